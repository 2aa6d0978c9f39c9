package org.chanjiao.transfer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.store.EmbeddedNeo4j;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.TimedOutException;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes a validated {@link Dataset}: all of it or nothing. Rows are merged on their
 * stable ids, so writing the same dataset twice changes nothing. Labels and relationship
 * types come from the enums, never from input text.
 * <p>
 * A national folder (half a million relationships) does not fit in one transaction in a 2
 * GB heap, so rows go in batches of {@code chanjiao.transfer.batch-size}, one
 * {@code UNWIND} statement and one transaction each. Each batch journals, in its own
 * transaction, the ids it created and the before-image of every row it overwrote
 * ({@code :ImportUndo} nodes of the run). If any batch fails, the journal is played back
 * (created rows deleted, overwritten ones restored) and the error is rethrown; an import
 * interrupted by a crash is rolled back the same way at the next start. Only one import
 * runs at a time ({@link ImportLock}), and curation refuses to write while one runs, so a
 * rollback never undoes a curator's edit. Readers may see a running import's finished
 * batches.
 * <p>
 * Rows known to be new are written with {@code CREATE}, which is several times faster
 * than {@code MERGE} on a relationship whose ends have thousands of relationships; the
 * check which rows exist is an index seek per row.
 */
@Component
public class GraphWriter {

	private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

	private final GraphStore store;

	private final int batchSize;

	private final BatchTarget target;

	private final Duration staleAfter;

	private final ImportJournal journal;

	private final ImportLock lock;

	/**
	 * Whether the database is in this JVM, so that no other instance can be writing an
	 * import into it.
	 */
	private final boolean soleWriter;

	@Autowired
	GraphWriter(GraphStore store, TransferProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this(store, properties, embeddedTarget(properties, embedded.getIfAvailable()),
				embedded.getIfAvailable() != null);
	}

	private static BatchTarget embeddedTarget(TransferProperties properties, EmbeddedNeo4j embedded) {
		return (properties.inProcess() && embedded != null) ? new EmbeddedBatches(embedded::database) : null;
	}

	GraphWriter(GraphStore store, TransferProperties properties, BatchTarget target) {
		this(store, properties, target, false);
	}

	/**
	 * @param target where batches go; {@code null} for Cypher over the driver
	 * @param soleWriter whether no other instance can write into this database
	 */
	private GraphWriter(GraphStore store, TransferProperties properties, BatchTarget target, boolean soleWriter) {
		this.store = store;
		this.batchSize = properties.batchSize();
		this.staleAfter = properties.staleAfter();
		this.soleWriter = soleWriter;
		this.journal = new ImportJournal(store);
		this.lock = new ImportLock(store);
		this.target = (target != null) ? target : new CypherBatches(store);
		log.debug("Imports write through {}", this.target.getClass().getSimpleName());
	}

	/** What the database holds for references a folder does not define. */
	public InterchangeReader.KnownGraph knownGraph() {
		return new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(Collection<String> ids) {
				if (ids.isEmpty()) {
					return Map.of();
				}
				Map<String, OrgKind> kinds = new HashMap<>();
				GraphWriter.this.store
					.read("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.kind AS kind",
							Map.of("ids", List.copyOf(ids)), (r) -> r)
					.forEach((r) -> OrgKind.parse(r.get("kind").asString())
						.ifPresent((k) -> kinds.put(r.get("id").asString(), k)));
				return kinds;
			}

			@Override
			public Set<String> documents(Collection<String> ids) {
				if (ids.isEmpty()) {
					return Set.of();
				}
				return new HashSet<>(
						GraphWriter.this.store.read("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id",
								Map.of("ids", List.copyOf(ids)), (r) -> r.get("id").asString()));
			}
		};
	}

	/** Counts of what a write touched. */
	public record Written(int documents, int nodes, int relations) {
	}

	/**
	 * Writes the dataset, all or nothing.
	 * @param timeout how long the whole write may take
	 * @param progress told the number of rows written so far, after each batch
	 * @throws ConflictException when another import is running
	 * @throws ImportException when an end of a relation vanished after validation;
	 * nothing is written then
	 */
	public Written write(Dataset dataset, Duration timeout, LongConsumer progress) {
		String run = begin();
		try {
			Written written = writeBatches(run, dataset, System.nanoTime() + timeout.toNanos(), progress);
			finish(run);
			return written;
		}
		catch (RuntimeException | Error ex) {
			try {
				this.journal.rollBack(run);
			}
			catch (RuntimeException failure) {
				log.error("Rolling back import {} failed; it is rolled back at the next start", run, failure);
				ex.addSuppressed(failure);
			}
			throw ex;
		}
	}

	/**
	 * Rolls back an import a crash interrupted, if there is one; called at start-up. With
	 * the database in this JVM any unfinished import is one; with an external database
	 * only one whose last batch is older than {@code chanjiao.transfer.stale-after},
	 * since another instance may be writing it.
	 * @return whether there was one
	 */
	public boolean recover() {
		return recover(this.soleWriter ? Duration.ZERO : this.staleAfter);
	}

	/**
	 * Rolls back unfinished imports whose last batch committed longer than
	 * {@code staleAfter} ago.
	 * @return whether there was one
	 */
	boolean recover(Duration staleAfter) {
		long now = System.currentTimeMillis();
		boolean recovered = false;
		for (ImportLock.Holder found : this.lock.holders()) {
			String run = found.run();
			long quiet = now - found.heartbeat();
			if (quiet < staleAfter.toMillis()) {
				log.info("Import {} wrote its last batch {} s ago; another instance may be writing it; left alone", run,
						quiet / 1000);
				continue;
			}
			log.warn("Import {} did not finish (the application stopped while it ran); rolling it back", run);
			this.journal.rollBack(run);
			recovered = true;
		}
		return recovered;
	}

	String begin() {
		// An import abandoned by a crashed instance does not block this one for ever.
		recover(this.staleAfter);
		return this.lock.take();
	}

	/**
	 * Writes every batch, journalling each; does not roll back (see {@link #write}).
	 */
	Written writeBatches(String run, Dataset dataset, long deadline, LongConsumer progress) {
		String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
		long[] done = { 0 };
		for (List<DocumentRow> batch : batches(dataset.documents())) {
			this.target.documents(run, batch, millisLeft(deadline));
			done[0] = committed(run, done[0] + batch.size(), progress);
		}
		Map<OrgKind, List<NodeRow>> nodesByKind = new EnumMap<>(OrgKind.class);
		for (NodeRow node : dataset.nodes()) {
			nodesByKind.computeIfAbsent(node.kind(), (k) -> new ArrayList<>()).add(node);
		}
		for (var entry : nodesByKind.entrySet()) {
			for (List<NodeRow> batch : batches(entry.getValue())) {
				this.target.nodes(run, entry.getKey(), batch, now, millisLeft(deadline));
				done[0] = committed(run, done[0] + batch.size(), progress);
			}
		}
		Map<StoredType, List<RelationRow>> relationsByType = new TreeMap<>(Comparator.comparing(StoredType::name));
		for (RelationRow relation : dataset.relations()) {
			relationsByType.computeIfAbsent(relation.stored(), (k) -> new ArrayList<>()).add(relation);
		}
		for (var entry : relationsByType.entrySet()) {
			for (List<RelationRow> batch : batches(entry.getValue())) {
				this.target.relations(run, entry.getKey(), batch, now, millisLeft(deadline));
				done[0] = committed(run, done[0] + batch.size(), progress);
			}
		}
		return new Written(dataset.documents().size(), dataset.nodes().size(), dataset.relations().size());
	}

	/**
	 * After a batch committed: records that the run is alive (another instance's start-up
	 * leaves it alone) and reports the rows written so far.
	 * @return {@code rows}
	 */
	private long committed(String run, long rows, LongConsumer progress) {
		this.lock.beat(run);
		progress.accept(rows);
		return rows;
	}

	private static long millisLeft(long deadline) {
		long left = (deadline - System.nanoTime()) / 1_000_000;
		if (left <= 0) {
			throw new TimedOutException(
					"The import took longer than chanjiao.transfer.timeout allows and was rolled back; nothing written");
		}
		return left;
	}

	/** Plays the journal of a run back (see {@link ImportJournal#rollBack}). */
	void rollBack(String run) {
		this.journal.rollBack(run);
	}

	/** The import succeeded: its journal goes and the next import may start. */
	private void finish(String run) {
		this.journal.deleteJournal(run);
		this.lock.release(run);
	}

	private <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += this.batchSize) {
			batches.add(rows.subList(i, Math.min(rows.size(), i + this.batchSize)));
		}
		return batches;
	}

}
