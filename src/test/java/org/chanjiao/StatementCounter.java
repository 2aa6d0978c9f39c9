package org.chanjiao;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.chanjiao.store.EmbeddedNeo4j;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the database executes, whichever way they arrive (through
 * the driver over Bolt, or in-process reads): a listener on the embedded database's own
 * query monitor, so the count does not depend on the application's code. Registered again
 * when the database was restarted (the fault tests stop and start it).
 */
public final class StatementCounter {

	private final AtomicLong statements = new AtomicLong();

	private final List<String> texts = new ArrayList<>();

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private GraphDatabaseService watched;

	StatementCounter(ObjectProvider<EmbeddedNeo4j> embedded) {
		this.embedded = embedded;
	}

	/** Statements finished (successfully or not) since the counter was first used. */
	public synchronized long count() {
		GraphDatabaseService database = this.embedded.getObject().database();
		if (database != this.watched) {
			((GraphDatabaseAPI) database).getDependencyResolver()
				.resolveDependency(Monitors.class)
				.addMonitorListener(new Listener(this.statements, this.texts));
			this.watched = database;
		}
		return this.statements.get();
	}

	/**
	 * The text of each statement finished since {@code count} returned {@code since}, in
	 * order (the last 1,000 are kept).
	 */
	public List<String> textsSince(long since) {
		long now = count();
		synchronized (this.texts) {
			int n = (int) Math.min(now - since, this.texts.size());
			return List.copyOf(this.texts.subList(this.texts.size() - n, this.texts.size()));
		}
	}

	private record Listener(AtomicLong statements, List<String> texts) implements QueryExecutionMonitor {

		private void finished(ExecutingQuery query) {
			synchronized (this.texts) {
				this.texts.add(query.rawQueryText());
				if (this.texts.size() > 1000) {
					this.texts.remove(0);
				}
				this.statements.incrementAndGet();
			}
		}

		@Override
		public void startProcessing(ExecutingQuery query) {
		}

		@Override
		public void startExecution(ExecutingQuery query) {
		}

		@Override
		public void endFailure(ExecutingQuery query, Throwable failure) {
			finished(query);
		}

		@Override
		public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gqlStatus) {
			finished(query);
		}

		@Override
		public void endSuccess(ExecutingQuery query) {
			finished(query);
		}

	}

	/** The counter as a bean; the benchmark harness passes it as a source too. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementCounter statementCounter(ObjectProvider<EmbeddedNeo4j> embedded) {
			return new StatementCounter(embedded);
		}

	}

}
