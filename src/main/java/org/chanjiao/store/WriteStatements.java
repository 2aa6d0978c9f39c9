package org.chanjiao.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.NoSuchRecordException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The write side's statements (curation, candidate review, history), run on Spring Data
 * Neo4j's {@link Neo4jClient#getQueryRunner() query runner}, which is the caller's
 * Spring-managed transaction ({@link WriteTransactions}): every statement of one
 * {@code @Transactional} service method commits with the others or not at all. A
 * statement outside such a transaction is refused rather than run on its own.
 * <p>
 * The runner is used directly rather than through the client's fluent
 * {@code query(...).bindAll(...).fetchAs(...)}: that path converts every parameter value
 * with SDN's conversion service and post-processes every result summary, which made each
 * curation write 4–9 % slower than the driver's own transaction functions
 * (docs/BENCHMARKS.md, "Curation writes through Spring-managed transactions"); the
 * statements here bind only driver-native values (strings, numbers, lists and maps of
 * them), which need no conversion.
 */
@Component
public class WriteStatements {

	private final Neo4jClient client;

	WriteStatements(Neo4jClient client) {
		this.client = client;
	}

	/** The records of one statement, as the driver gives them. */
	public List<Record> list(String cypher, Map<String, Object> parameters) {
		return list(cypher, parameters, (r) -> r);
	}

	/** The records of one statement, each mapped. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return runner().run(cypher, parameters).list(mapper::apply);
	}

	/**
	 * The one record of a statement.
	 * @throws NoSuchRecordException when it answers none or several, as the driver's
	 * {@code Result.single()} does
	 */
	public Record single(String cypher, Map<String, Object> parameters) {
		List<Record> records = list(cypher, parameters);
		if (records.size() != 1) {
			throw new NoSuchRecordException("Expected one record, got " + records.size());
		}
		return records.get(0);
	}

	/** Whether a statement answers at least one record. */
	public boolean any(String cypher, Map<String, Object> parameters) {
		return !list(cypher, parameters).isEmpty();
	}

	/** Runs a statement for its effect. */
	public void run(String cypher, Map<String, Object> parameters) {
		runner().run(cypher, parameters).consume();
	}

	/**
	 * The caller's transaction, as the client hands it out. Not closed here: inside a
	 * Spring-managed transaction the runner wraps that transaction, which its manager
	 * commits or rolls back (closing the wrapper would close nothing).
	 */
	private QueryRunner runner() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"a write statement runs in a Spring-managed transaction (@Transactional), never on its own");
		}
		return this.client.getQueryRunner();
	}

}
