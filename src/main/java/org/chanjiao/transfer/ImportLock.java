package org.chanjiao.transfer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chanjiao.store.GraphStore;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.system.ConflictException;
import org.neo4j.driver.Record;

/**
 * The lock that lets one import run at a time: the node {@code (:Meta {id: 'import'})},
 * whose {@code running} names the run holding it, {@code startedAt} when that run began
 * and {@code heartbeat} (epoch milliseconds) when its last batch committed, so that
 * another instance can tell an abandoned run from a live one. Curation asks, in its own
 * write transaction, whether the lock is held, and refuses to write while it is.
 */
public final class ImportLock {

	private final GraphStore store;

	ImportLock(GraphStore store) {
		this.store = store;
	}

	/** A run holding the lock, and when its last batch committed (epoch milliseconds). */
	record Holder(String run, long heartbeat) {
	}

	/**
	 * Whether an import holds the lock, asked in the caller's write transaction.
	 */
	public static boolean held(WriteStatements statements) {
		return statements.any("MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL RETURN 1", Map.of());
	}

	/**
	 * Takes the lock for a new run, in one write transaction.
	 * @return the new run's id
	 * @throws ConflictException when another run holds it
	 */
	String take() {
		String run = UUID.randomUUID().toString();
		String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
		Record previous = this.store.inWrite((tx) -> tx.run("""
				MERGE (m:Meta {id: 'import'})
				WITH m, m.running AS running, m.startedAt AS since
				SET m.running = coalesce(running, $run),
					m.startedAt = CASE WHEN running IS NULL THEN $now ELSE since END,
					m.heartbeat = CASE WHEN running IS NULL THEN $beat ELSE m.heartbeat END
				RETURN running, since
				""", Map.of("run", run, "now", now, "beat", System.currentTimeMillis())).single());
		if (!previous.get("running").isNull()) {
			throw new ConflictException("Another import, started at " + previous.get("since").asString("?")
					+ ", is still running; try again when it has finished");
		}
		return run;
	}

	/** Records that the run is alive: another instance's start-up leaves it alone. */
	void beat(String run) {
		this.store.write("MATCH (m:Meta {id: 'import'}) WHERE m.running = $run SET m.heartbeat = $beat",
				Map.of("run", run, "beat", System.currentTimeMillis()), (r) -> r);
	}

	/** Frees the lock the run holds; the next import may start. */
	void release(String run) {
		this.store.inWrite((tx) -> tx
			.run("MATCH (m:Meta {id: 'import'}) WHERE m.running = $run REMOVE m.running", Map.of("run", run))
			.consume());
	}

	/** The run holding the lock, if any. */
	List<Holder> holders() {
		return this.store.read("""
				MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL
				RETURN m.running AS run, coalesce(m.heartbeat, 0) AS heartbeat
				""", Map.of(), (r) -> new Holder(r.get("run").asString(), r.get("heartbeat").asLong()));
	}

}
