package org.chanjiao.network.analysis;

import java.util.Map;

import org.chanjiao.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Which engine computes centralities and clusters, decided once at start-up: Neo4j Graph
 * Data Science when the connected database has its procedures ({@code gds.*}), otherwise
 * JGraphT in this application. The embedded Neo4j never has GDS (it is not on Maven
 * Central), so JGraphT is what runs here.
 */
@Component
class AnalysisEngine implements InitializingBean {

	static final String JGRAPHT = "JGraphT";

	static final String GDS = "GDS";

	private static final Logger log = LoggerFactory.getLogger(AnalysisEngine.class);

	private final GraphStore store;

	private volatile String name = JGRAPHT;

	AnalysisEngine(GraphStore store) {
		this.store = store;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			long procedures = this.store
				.read("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(name) AS n", Map.of(),
						(r) -> r.get("n").asLong())
				.get(0);
			this.name = (procedures > 0) ? GDS : JGRAPHT;
		}
		catch (RuntimeException ex) {
			// A server that will not list its procedures to us is treated as one without
			// GDS.
			log.warn("Could not list the database's procedures ({}); analyses run in JGraphT", ex.getMessage());
			this.name = JGRAPHT;
		}
		log.info("Network analyses run in {}", this.name);
	}

	/** {@code JGraphT} or {@code GDS}. */
	String name() {
		return this.name;
	}

	boolean isGds() {
		return GDS.equals(this.name);
	}

}
