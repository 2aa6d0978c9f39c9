package org.chanjiao.store;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
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
			InProcessContext context = new InProcessContext(tx);
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
			throw DriverErrors.translate(ex);
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

}
