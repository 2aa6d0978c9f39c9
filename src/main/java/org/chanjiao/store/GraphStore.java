package org.chanjiao.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one way the application runs Cypher: parameterised statements in managed read or
 * write transactions, each with a timeout. Reads run in read transactions so that a
 * {@code neo4j://} cluster routes them to secondaries; the driver retries transient
 * failures. With embedded Neo4j, reads run in-process instead
 * ({@code chanjiao.store.in-process-reads}, {@link InProcessReads}): same callbacks, same
 * records, no Bolt round trips.
 */
@Component
public class GraphStore {

	private final Driver driver;

	private final StoreProperties properties;

	private final InProcessReads inProcess;

	GraphStore(Driver driver, StoreProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.properties = properties;
		EmbeddedNeo4j local = embedded.getIfAvailable();
		boolean defaultDatabase = properties.database() == null || properties.database().isBlank()
				|| properties.database().equals(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		this.inProcess = (properties.inProcessReads() && local != null && defaultDatabase)
				? new InProcessReads(local::database, properties.maxConcurrentReads(), properties.readQueueTimeout())
				: null;
	}

	/** Whether reads bypass the driver (embedded Neo4j, in-process reads on). */
	public boolean readsInProcess() {
		return this.inProcess != null;
	}

	/** Runs one read statement and maps each record. */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inRead((tx) -> tx.run(cypher, parameters).list(mapper::apply));
	}

	/** Runs several statements in one read transaction. */
	public <T> T inRead(TransactionCallback<T> work) {
		return inRead(work, this.properties.readTimeout());
	}

	/**
	 * Runs several statements in one read transaction with its own timeout (exports,
	 * analyses).
	 */
	public <T> T inRead(TransactionCallback<T> work, Duration timeout) {
		if (this.inProcess != null) {
			return this.inProcess.inRead(work, timeout);
		}
		try (Session session = session(AccessMode.READ)) {
			return session.executeRead(work, config(timeout));
		}
	}

	/** Runs one write statement and maps each record. */
	public <T> List<T> write(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inWrite((tx) -> tx.run(cypher, parameters).list(mapper::apply));
	}

	/** Runs several statements in one write transaction: all of them or none. */
	public <T> T inWrite(TransactionCallback<T> work) {
		return inWrite(work, this.properties.writeTimeout());
	}

	/** Runs several statements in one write transaction with its own timeout. */
	public <T> T inWrite(TransactionCallback<T> work, Duration timeout) {
		try (Session session = session(AccessMode.WRITE)) {
			return session.executeWrite(work, config(timeout));
		}
	}

	/**
	 * Runs a statement outside an explicit transaction, for schema changes, which cannot
	 * share a transaction with anything else.
	 */
	public void autoCommit(String cypher) {
		try (Session session = session(AccessMode.WRITE)) {
			session.run(cypher).consume();
		}
	}

	private Session session(AccessMode mode) {
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		if (this.properties.database() != null && !this.properties.database().isBlank()) {
			builder.withDatabase(this.properties.database());
		}
		return this.driver.session(builder.build());
	}

	private static TransactionConfig config(Duration timeout) {
		return TransactionConfig.builder().withTimeout(timeout).build();
	}

}
