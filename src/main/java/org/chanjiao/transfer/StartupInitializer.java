package org.chanjiao.transfer;

import java.time.Duration;
import java.util.Map;

import org.chanjiao.store.GraphStore;
import org.chanjiao.store.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Prepares the database before the application serves: applies the schema, then loads the
 * curated seeds once — on the first start against a database that has not had them. A
 * curator's later edits are therefore never overwritten by a restart;
 * {@code import seeds/} loads them again on purpose. Bad seed data stops start-up with
 * every problem listed.
 */
@Component
class StartupInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StartupInitializer.class);

	private final SchemaInitializer schema;

	private final GraphStore store;

	private final GraphWriter writer;

	private final SeedProperties seeds;

	StartupInitializer(SchemaInitializer schema, GraphStore store, GraphWriter writer, SeedProperties seeds) {
		this.schema = schema;
		this.store = store;
		this.writer = writer;
		this.seeds = seeds;
	}

	@Override
	public void afterPropertiesSet() {
		this.schema.apply();
		this.writer.recover();
		if (!this.seeds.loadOnStart()) {
			return;
		}
		boolean loaded = !this.store.read("MATCH (m:Meta {id: 'seeds'}) RETURN m.loadedAt AS at", Map.of(), (r) -> r)
			.isEmpty();
		if (loaded) {
			log.info("Seeds were loaded before; not loading them again");
			return;
		}
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.seeds.location()), this.writer.knownGraph());
		GraphWriter.Written written = this.writer.write(dataset, Duration.ofMinutes(5), (n) -> {
		});
		this.store.write("MERGE (m:Meta {id: 'seeds'}) SET m.loadedAt = toString(datetime()), m.location = $location",
				Map.of("location", this.seeds.location()), (r) -> r);
		log.info("Seeds loaded from {}: {} documents, {} organisations, {} relations", this.seeds.location(),
				written.documents(), written.nodes(), written.relations());
	}

}
