package org.chanjiao.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Read transactions on the embedded database's own Java API instead of through Bolt.
 * <p>
 * With Neo4j in this JVM, a read through the driver packs every value into Bolt messages,
 * sends four messages over loopback (BEGIN, RUN, PULL, COMMIT, each waited for) and
 * unpacks the values again on the other side: on two cores that was as much CPU as
 * running the statement (docs/BENCHMARKS.md). Here the same callback gets a
 * {@link TransactionContext} whose statements run in a kernel transaction of this JVM,
 * with the same timeout, read-only (a write is refused as it is in a driver read
 * transaction), and whose records are driver {@link Value}s, so the code that maps them
 * does not know which way they came. The driver has no in-process transport; this adapter
 * is the part written by hand.
 * <p>
 * Failures arrive as the driver's exceptions with the database's status codes
 * ({@code Neo.ClientError.Transaction.TransactionTimedOut}, …), and a stopped database as
 * {@link ServiceUnavailableException}, so error handling is the same on both ways.
 */
final class InProcessReads {

	private static final SecurityContext READ_ONLY = SecurityContext.authDisabled(AccessMode.Static.READ,
			ClientConnectionInfo.EMBEDDED_CONNECTION, null);

	private final Supplier<GraphDatabaseService> database;

	InProcessReads(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	<T> T inRead(TransactionCallback<T> work, Duration timeout) {
		GraphDatabaseAPI db = database();
		try (InternalTransaction tx = db.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
				ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			T answer = work.execute(new Context(tx));
			tx.commit();
			return answer;
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	private GraphDatabaseAPI database() {
		try {
			GraphDatabaseService db = this.database.get();
			if (!db.isAvailable()) {
				throw new ServiceUnavailableException("The embedded database is not available");
			}
			return (GraphDatabaseAPI) db;
		}
		catch (IllegalStateException ex) {
			throw new ServiceUnavailableException("The embedded database is stopped", ex);
		}
	}

	/**
	 * The driver exception the same failure would have arrived as through Bolt: the
	 * status code found on the exception or its causes decides the class. Exceptions that
	 * carry no status (the callback's own) pass through unchanged.
	 */
	static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof org.neo4j.driver.exceptions.Neo4jException) {
			return ex;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = null;
			if (cause instanceof Status.HasStatus hasStatus && hasStatus.status() != null) {
				code = hasStatus.status().code().serialize();
			}
			else if (cause instanceof QueryExecutionException query) {
				code = query.getStatusCode();
			}
			if (code == null) {
				continue;
			}
			String message = (cause.getMessage() != null) ? cause.getMessage() : code;
			if (code.endsWith(".DatabaseUnavailable")) {
				return new ServiceUnavailableException(message, ex);
			}
			if (code.startsWith("Neo.TransientError.")) {
				return new TransientException(code, message);
			}
			if (code.startsWith("Neo.DatabaseError.")) {
				return new DatabaseException(code, message);
			}
			return new ClientException(code, message);
		}
		return ex;
	}

	/** Statements of one in-process transaction, answered as the driver answers them. */
	private static final class Context implements TransactionContext {

		private final InternalTransaction tx;

		Context(InternalTransaction tx) {
			this.tx = tx;
		}

		@Override
		public Result run(String query, Value parameters) {
			return run(query, (parameters != null) ? parameters.asMap() : Map.of());
		}

		@Override
		public Result run(String query, Map<String, Object> parameters) {
			// Through the driver's own conversion: the database gets the values it would
			// get over Bolt (Integer as long, arrays as lists, Value as its object).
			Map<String, Object> normalised = (parameters == null || parameters.isEmpty()) ? Map.of()
					: Values.value(parameters).asMap();
			try (org.neo4j.graphdb.Result result = this.tx.execute(query, normalised)) {
				List<String> keys = List.copyOf(result.columns());
				List<Record> records = new ArrayList<>();
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(keys.size());
					for (String key : keys) {
						values.add(DriverValues.of(row.get(key)));
					}
					records.add(new InternalRecord(keys, values));
				}
				return new ListedResult(keys, records);
			}
			catch (RuntimeException ex) {
				throw translate(ex);
			}
		}

		@Override
		public Result run(String query, Record parameters) {
			return run(query, (parameters != null) ? parameters.asMap() : Map.of());
		}

		@Override
		public Result run(String query) {
			return run(query, Map.of());
		}

		@Override
		public Result run(Query query) {
			return run(query.text(), query.parameters());
		}

	}

	/**
	 * A result read to its end inside the transaction (the values must not outlive it),
	 * with the driver's {@link Result} semantics.
	 */
	private static final class ListedResult implements Result {

		private final List<String> keys;

		private final List<Record> records;

		private int next;

		ListedResult(List<String> keys, List<Record> records) {
			this.keys = keys;
			this.records = records;
		}

		@Override
		public List<String> keys() {
			return this.keys;
		}

		@Override
		public boolean hasNext() {
			return this.next < this.records.size();
		}

		@Override
		public Record next() {
			if (!hasNext()) {
				throw new NoSuchRecordException("No more records");
			}
			return this.records.get(this.next++);
		}

		@Override
		public Record single() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
			}
			Record record = next();
			if (hasNext()) {
				throw new NoSuchRecordException("Expected a result with a single record, but this result "
						+ "contains at least one more. Ensure your query returns only one record.");
			}
			return record;
		}

		@Override
		public Record peek() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot peek past the last record");
			}
			return this.records.get(this.next);
		}

		@Override
		public Stream<Record> stream() {
			List<Record> rest = remaining();
			return rest.stream();
		}

		@Override
		public List<Record> list() {
			return remaining();
		}

		@Override
		public <T> List<T> list(Function<Record, T> mapFunction) {
			List<T> mapped = new ArrayList<>(this.records.size() - this.next);
			for (Record record : remaining()) {
				mapped.add(mapFunction.apply(record));
			}
			return mapped;
		}

		@Override
		public ResultSummary consume() {
			// Reads never ask for counters or plans; a summary would have to be invented.
			throw new UnsupportedOperationException("In-process reads give no result summary");
		}

		@Override
		public boolean isOpen() {
			return hasNext();
		}

		private List<Record> remaining() {
			if (this.next >= this.records.size()) {
				this.next = this.records.size();
				return Collections.emptyList();
			}
			List<Record> rest = this.records.subList(this.next, this.records.size());
			this.next = this.records.size();
			return rest;
		}

		@Override
		public void remove() {
			throw new UnsupportedOperationException();
		}

	}

}
