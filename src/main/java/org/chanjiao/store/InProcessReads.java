package org.chanjiao.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

	/**
	 * At most so many reads at once, as the driver's pool allowed over Bolt: on two
	 * cores, 32 concurrent transactions only share the same CPU and the slow ones pass
	 * their timeout. Further reads wait for a permit, which does not count against the
	 * transaction's timeout.
	 */
	private final Semaphore permits;

	private final Duration queueTimeout;

	/** Reads this thread is inside: a read within a read takes no second permit. */
	private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

	InProcessReads(Supplier<GraphDatabaseService> database, int concurrentReads, Duration queueTimeout) {
		this.database = database;
		this.permits = new Semaphore(concurrentReads, true);
		this.queueTimeout = queueTimeout;
	}

	<T> T inRead(TransactionCallback<T> work, Duration timeout) {
		int[] inside = this.depth.get();
		if (inside[0] == 0) {
			acquire();
		}
		inside[0]++;
		try {
			return run(work, timeout);
		}
		finally {
			inside[0]--;
			if (inside[0] == 0) {
				this.permits.release();
			}
		}
	}

	private void acquire() {
		try {
			if (!this.permits.tryAcquire(this.queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new TransientException("Chanjiao.TransientError.Store.ReadsBusy",
						"No read could start within chanjiao.store.read-queue-timeout = " + this.queueTimeout
								+ ": chanjiao.store.max-concurrent-reads are all busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceUnavailableException("Interrupted while waiting to read", ex);
		}
	}

	private <T> T run(TransactionCallback<T> work, Duration timeout) {
		GraphDatabaseAPI db = database();
		try (InternalTransaction tx = db.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
				ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			Context context = new Context(tx);
			T answer;
			try {
				answer = work.execute(context);
			}
			finally {
				context.closeResults();
			}
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

		private final List<StreamedResult> results = new ArrayList<>();

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
			try {
				StreamedResult result = new StreamedResult(this.tx.execute(query, normalised));
				this.results.add(result);
				return result;
			}
			catch (RuntimeException ex) {
				throw translate(ex);
			}
		}

		void closeResults() {
			this.results.forEach(StreamedResult::close);
			this.results.clear();
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
	 * The embedded result, each row converted to a driver record when it is read, as the
	 * driver streams records: a large result (an export, an analysis's projection) is not
	 * held twice. Valid inside the transaction, as a driver result is; errors that
	 * surface while rows are read arrive as driver exceptions too.
	 */
	private static final class StreamedResult implements Result {

		private final org.neo4j.graphdb.Result rows;

		private final List<String> keys;

		private Record peeked;

		private boolean closed;

		StreamedResult(org.neo4j.graphdb.Result rows) {
			this.rows = rows;
			this.keys = List.copyOf(rows.columns());
		}

		@Override
		public List<String> keys() {
			return this.keys;
		}

		@Override
		public boolean hasNext() {
			if (this.peeked != null) {
				return true;
			}
			if (this.closed) {
				return false;
			}
			try {
				if (this.rows.hasNext()) {
					return true;
				}
			}
			catch (RuntimeException ex) {
				throw translate(ex);
			}
			close();
			return false;
		}

		@Override
		public Record next() {
			if (!hasNext()) {
				throw new NoSuchRecordException("No more records");
			}
			if (this.peeked != null) {
				Record record = this.peeked;
				this.peeked = null;
				return record;
			}
			try {
				Map<String, Object> row = this.rows.next();
				// One converter per row: a streamed result keeps nothing of rows read.
				DriverValues converter = new DriverValues();
				List<Value> values = new ArrayList<>(this.keys.size());
				for (String key : this.keys) {
					values.add(converter.of(row.get(key)));
				}
				return new InternalRecord(this.keys, values);
			}
			catch (RuntimeException ex) {
				throw translate(ex);
			}
		}

		@Override
		public Record single() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
			}
			Record record = next();
			if (hasNext()) {
				close();
				throw new NoSuchRecordException("Expected a result with a single record, but this result "
						+ "contains at least one more. Ensure your query returns only one record.");
			}
			return record;
		}

		@Override
		public Record peek() {
			if (this.peeked == null) {
				this.peeked = next();
			}
			return this.peeked;
		}

		@Override
		public Stream<Record> stream() {
			Spliterator<Record> records = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED);
			return StreamSupport.stream(records, false).onClose(this::close);
		}

		@Override
		public List<Record> list() {
			return list(Function.identity());
		}

		@Override
		public <T> List<T> list(Function<Record, T> mapFunction) {
			List<T> mapped = new ArrayList<>();
			while (hasNext()) {
				mapped.add(mapFunction.apply(next()));
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
			return !this.closed;
		}

		void close() {
			if (!this.closed) {
				this.closed = true;
				this.rows.close();
			}
		}

		@Override
		public void remove() {
			throw new UnsupportedOperationException();
		}

	}

}
