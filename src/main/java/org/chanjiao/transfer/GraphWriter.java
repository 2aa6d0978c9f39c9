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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.store.EmbeddedNeo4j;
import org.chanjiao.store.GraphStore;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.TimedOutException;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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
 * runs at a time ({@code (:Meta {id: 'import'}).running}), and curation refuses to write
 * while one runs, so a rollback never undoes a curator's edit. Readers may see a running
 * import's finished batches.
 * <p>
 * Rows known to be new are written with {@code CREATE}, which is several times faster
 * than {@code MERGE} on a relationship whose ends have thousands of relationships; the
 * check which rows exist is an index seek per row.
 */
@Component
public class GraphWriter {

	private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** What the journal records an overwritten or created row of. */
	enum Entity {

		DOCUMENT, NODE, RELATION

	}

	private final GraphStore store;

	private final int batchSize;

	private final BatchTarget target;

	private final Duration staleAfter;

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
		this.target = (target != null) ? target : new CypherBatches();
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
				rollBack(run);
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
		List<Record> runs = this.store.read("""
				MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL
				RETURN m.running AS run, coalesce(m.heartbeat, 0) AS heartbeat
				""", Map.of(), (r) -> r);
		boolean recovered = false;
		for (Record found : runs) {
			String run = found.get("run").asString();
			long quiet = now - found.get("heartbeat").asLong();
			if (quiet < staleAfter.toMillis()) {
				log.info("Import {} wrote its last batch {} s ago; another instance may be writing it; left alone", run,
						quiet / 1000);
				continue;
			}
			log.warn("Import {} did not finish (the application stopped while it ran); rolling it back", run);
			rollBack(run);
			recovered = true;
		}
		return recovered;
	}

	/**
	 * Whether an import is writing now, asked in the caller's write transaction; curation
	 * waits for it.
	 */
	public static boolean importRunning(WriteStatements statements) {
		return statements.any("MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL RETURN 1", Map.of());
	}

	String begin() {
		// An import abandoned by a crashed instance does not block this one for ever.
		recover(this.staleAfter);
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
		this.store.write("MATCH (m:Meta {id: 'import'}) WHERE m.running = $run SET m.heartbeat = $beat",
				Map.of("run", run, "beat", System.currentTimeMillis()), (r) -> r);
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

	/**
	 * Batches as Cypher {@code UNWIND} statements over the driver: works with any Neo4j.
	 */
	private final class CypherBatches implements BatchTarget {

		@Override
		public void documents(String run, List<DocumentRow> batch, long timeoutMillis) {
			inWrite(timeoutMillis, (tx) -> writeDocuments(tx, run, batch));
		}

		@Override
		public void nodes(String run, OrgKind kind, List<NodeRow> batch, String now, long timeoutMillis) {
			inWrite(timeoutMillis, (tx) -> writeNodes(tx, run, kind, batch, now));
		}

		@Override
		public void relations(String run, StoredType type, List<RelationRow> batch, String now, long timeoutMillis) {
			inWrite(timeoutMillis, (tx) -> writeRelations(tx, run, type, batch, now));
		}

		private void inWrite(long timeoutMillis, java.util.function.Consumer<TransactionContext> work) {
			GraphWriter.this.store.inWrite((tx) -> {
				work.accept(tx);
				return null;
			}, Duration.ofMillis(timeoutMillis));
		}

	}

	private static void writeDocuments(TransactionContext tx, String run, List<DocumentRow> batch) {
		Map<String, Map<String, Object>> existing = existing(tx,
				"UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, properties(d) AS properties",
				ids(batch, DocumentRow::id));
		journal(tx, run, Entity.DOCUMENT, null, batch, DocumentRow::id, existing);
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				SET d += row.properties
				""",
				Map.of("rows", batch.stream()
					.map((d) -> Map.<String, Object>of("id", d.id(), "properties", withoutNulls(d.properties())))
					.toList()))
			.consume();
	}

	private static void writeNodes(TransactionContext tx, String run, OrgKind kind, List<NodeRow> batch, String now) {
		Map<String, Map<String, Object>> existing = existing(tx, """
				UNWIND $ids AS id MATCH (o:Organization {id: id})
				RETURN o.id AS id, properties(o) AS properties, labels(o) AS labels
				""", ids(batch, NodeRow::id));
		journal(tx, run, Entity.NODE, null, batch, NodeRow::id, existing);
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		for (NodeRow node : batch) {
			Map<String, Object> properties = new LinkedHashMap<>(node.properties());
			properties.put("kind", node.kind().name());
			Map<String, Object> row = new HashMap<>();
			row.put("id", node.id());
			row.put("properties", withoutNulls(properties, "createdAt", "updatedAt", "version"));
			row.put("createdAt", properties.get("createdAt"));
			row.put("updatedAt", properties.get("updatedAt"));
			row.put("version", properties.get("version"));
			(existing.containsKey(node.id()) ? updated : created).add(row);
		}
		// The label is the enum's, never input text.
		if (!created.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					CREATE (o:Organization:%s)
					SET o = row.properties
					SET o.id = row.id, o.createdAt = coalesce(row.createdAt, $now), o.updatedAt = row.updatedAt,
						o.version = coalesce(row.version, 0)
					""".formatted(kind.label()), Map.of("rows", created, "now", now)).consume();
		}
		if (!updated.isEmpty()) {
			// An old kind label is replaced. Values a row leaves empty keep what the node
			// has (timestamps, version) or are removed (the rest).
			tx.run("""
					UNWIND $rows AS row
					MATCH (o:Organization {id: row.id})
					WITH o, row, o.createdAt AS created, o.updatedAt AS updated, o.version AS version
					SET o = row.properties
					SET o.id = row.id, o.createdAt = coalesce(row.createdAt, created),
						o.updatedAt = coalesce(row.updatedAt, updated), o.version = coalesce(row.version, version)
					REMOVE o:%s
					SET o:%s
					""".formatted(OrgKind.allLabels(), kind.label()), Map.of("rows", updated)).consume();
		}
	}

	private static void writeRelations(TransactionContext tx, String run, StoredType type, List<RelationRow> batch,
			String now) {
		// The types are the enums' names, never input text.
		Map<String, Map<String, Object>> existing = existing(tx, """
				UNWIND $ids AS id MATCH ()-[r:%s {id: id}]->()
				RETURN r.id AS id, properties(r) AS properties, type(r) AS type
				""".formatted(StoredType.anyStatus(type.type())), ids(batch, RelationRow::id));
		journal(tx, run, Entity.RELATION, type.name(), batch, RelationRow::id, existing);
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		List<Map<String, Object>> moved = new ArrayList<>();
		for (RelationRow relation : batch) {
			Map<String, Object> properties = relation.storedProperties();
			Map<String, Object> row = new HashMap<>();
			row.put("id", relation.id());
			row.put("from", relation.from());
			row.put("to", relation.to());
			row.put("properties", withoutNulls(properties, "createdAt", "updatedAt"));
			row.put("createdAt", properties.get("createdAt"));
			row.put("updatedAt", properties.get("updatedAt"));
			Map<String, Object> before = existing.get(relation.id());
			if (before == null) {
				created.add(row);
			}
			else {
				(type.name().equals(before.get("type")) ? updated : moved).add(row);
			}
		}
		Set<String> written = new HashSet<>();
		if (!created.isEmpty()) {
			written.addAll(tx.run("""
					UNWIND $rows AS row
					MATCH (a:Organization {id: row.from})
					MATCH (b:Organization {id: row.to})
					CREATE (a)-[r:%s]->(b)
					SET r = row.properties
					SET r.id = row.id, r.createdAt = coalesce(row.createdAt, $now), r.updatedAt = row.updatedAt
					RETURN collect(r.id) AS written
					""".formatted(type.name()), Map.of("rows", created, "now", now))
				.single()
				.get("written")
				.asList(Value::asString));
		}
		if (!updated.isEmpty()) {
			// The id is a hash of the ends, so an existing relation has the row's ends.
			written.addAll(tx.run("""
					UNWIND $rows AS row
					MATCH ()-[r:%s {id: row.id}]->()
					WITH r, row, r.createdAt AS created, r.updatedAt AS updated
					SET r = row.properties
					SET r.id = row.id, r.createdAt = coalesce(row.createdAt, created),
						r.updatedAt = coalesce(row.updatedAt, updated)
					RETURN collect(r.id) AS written
					""".formatted(type.name()), Map.of("rows", updated))
				.single()
				.get("written")
				.asList(Value::asString));
		}
		if (!moved.isEmpty()) {
			// In another status now: the same ends, under this row's type.
			written.addAll(tx.run("""
					UNWIND $rows AS row
					MATCH (a)-[old:%s {id: row.id}]->(b)
					WITH a, b, old, row, old.createdAt AS created, old.updatedAt AS updated
					DELETE old
					CREATE (a)-[r:%s]->(b)
					SET r = row.properties
					SET r.id = row.id, r.createdAt = coalesce(row.createdAt, created),
						r.updatedAt = coalesce(row.updatedAt, updated)
					RETURN collect(r.id) AS written
					""".formatted(StoredType.anyStatus(type.type()), type.name()), Map.of("rows", moved))
				.single()
				.get("written")
				.asList(Value::asString));
		}
		List<RelationRow> missing = batch.stream().filter((row) -> !written.contains(row.id())).toList();
		if (!missing.isEmpty()) {
			// An end was deleted after validation: fail rather than drop facts.
			throw vanishedEnds(missing);
		}
	}

	static ImportException vanishedEnds(List<RelationRow> rows) {
		return new ImportException(rows.stream()
			.limit(100)
			.map((row) -> new ImportProblem(Interchange.RELATIONS, row.line(), null,
					row.type() + " " + row.from() + " → " + row.to()
							+ ": an end was deleted while the import ran; nothing written"))
			.toList());
	}

	private static <T> List<String> ids(List<T> batch, Function<T, String> id) {
		return batch.stream().map(id).toList();
	}

	/** The before-images of the rows of a batch that exist already, by id. */
	private static Map<String, Map<String, Object>> existing(TransactionContext tx, String cypher, List<String> ids) {
		Map<String, Map<String, Object>> existing = new HashMap<>();
		tx.run(cypher, Map.of("ids", ids)).forEachRemaining((r) -> {
			Map<String, Object> before = new HashMap<>();
			before.put("properties", r.get("properties").asMap());
			if (r.keys().contains("labels")) {
				before.put("labels", r.get("labels").asList(Value::asString));
			}
			if (r.keys().contains("type")) {
				before.put("type", r.get("type").asString());
			}
			existing.put(r.get("id").asString(), before);
		});
		return existing;
	}

	/**
	 * Records, in the batch's transaction, which of its rows it creates (one list) and
	 * what each row it overwrites held before.
	 */
	private static <T> void journal(TransactionContext tx, String run, Entity entity, String typeName, List<T> batch,
			Function<T, String> id, Map<String, Map<String, Object>> existing) {
		List<String> created = batch.stream().map(id).filter((i) -> !existing.containsKey(i)).toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("run", run);
		parameters.put("entity", entity.name());
		parameters.put("type", typeName);
		if (!created.isEmpty()) {
			parameters.put("created", created);
			tx.run("CREATE (:ImportUndo {run: $run, entity: $entity, type: $type, created: $created})", parameters)
				.consume();
		}
		if (!existing.isEmpty()) {
			List<Map<String, Object>> befores = new ArrayList<>();
			existing
				.forEach((key, before) -> befores.add(Map.of("id", key, "before", JSON.writeValueAsString(before))));
			parameters.put("befores", befores);
			tx.run("""
					UNWIND $befores AS b
					CREATE (:ImportUndo {run: $run, entity: $entity, type: $type, id: b.id, before: b.before})
					""", parameters).consume();
		}
	}

	/** A journal before-image as text. */
	static String json(Map<String, Object> before) {
		return JSON.writeValueAsString(before);
	}

	/** The import succeeded: its journal goes and the next import may start. */
	private void finish(String run) {
		deleteJournal(run);
		this.store.inWrite((tx) -> tx
			.run("MATCH (m:Meta {id: 'import'}) WHERE m.running = $run REMOVE m.running", Map.of("run", run))
			.consume());
	}

	private void deleteJournal(String run) {
		int deleted;
		do {
			deleted = this.store.inWrite((tx) -> tx.run("""
					MATCH (u:ImportUndo {run: $run}) WITH u LIMIT 1000
					DELETE u RETURN count(*) AS deleted
					""", Map.of("run", run)).single().get("deleted").asInt());
		}
		while (deleted > 0);
	}

	/**
	 * Plays the journal of a run back: relations first, then organisations, then
	 * documents; for each, created rows are deleted and overwritten ones restored. Each
	 * journal entry is undone and deleted in one transaction, so a rollback that is
	 * itself interrupted resumes where it stopped.
	 */
	void rollBack(String run) {
		for (Entity entity : List.of(Entity.RELATION, Entity.NODE, Entity.DOCUMENT)) {
			while (undoSome(run, entity)) {
				// until the journal of this entity is empty
			}
		}
		this.store.inWrite((tx) -> tx
			.run("MATCH (m:Meta {id: 'import'}) WHERE m.running = $run REMOVE m.running", Map.of("run", run))
			.consume());
		log.info("Import {} rolled back", run);
	}

	private boolean undoSome(String run, Entity entity) {
		return this.store.inWrite((tx) -> {
			List<Record> entries = tx.run("""
					MATCH (u:ImportUndo {run: $run, entity: $entity}) WITH u LIMIT 1000
					RETURN elementId(u) AS element, u.type AS type, u.created AS created, u.id AS id, u.before AS before
					""", Map.of("run", run, "entity", entity.name())).list();
			for (Record entry : entries) {
				if (!entry.get("created").isNull()) {
					deleteCreated(tx, entity, entry.get("type").asString(null),
							entry.get("created").asList(Value::asString));
				}
				else {
					restore(tx, entity, entry.get("type").asString(null), entry.get("id").asString(),
							JSON.readValue(entry.get("before").asString(), MAP));
				}
			}
			tx.run("UNWIND $elements AS e MATCH (u:ImportUndo) WHERE elementId(u) = e DELETE u",
					Map.of("elements", entries.stream().map((e) -> e.get("element").asString()).toList()))
				.consume();
			return !entries.isEmpty();
		});
	}

	private static void deleteCreated(TransactionContext tx, Entity entity, String type, List<String> ids) {
		String cypher = switch (entity) {
			case RELATION -> "UNWIND $ids AS id MATCH ()-[r:%s {id: id}]->() DELETE r"
				.formatted(StoredType.anyStatus(StoredType.of(type).type()));
			case NODE -> "UNWIND $ids AS id MATCH (o:Organization {id: id}) DETACH DELETE o";
			case DOCUMENT -> "UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d";
		};
		tx.run(cypher, Map.of("ids", ids)).consume();
	}

	@SuppressWarnings("unchecked")
	private static void restore(TransactionContext tx, Entity entity, String type, String id,
			Map<String, Object> before) {
		Map<String, Object> properties = (Map<String, Object>) before.get("properties");
		String cypher = switch (entity) {
			case RELATION -> {
				// Stored again under the type it had (its status then); a journal written
				// before statuses were types names the accepted type in the entry.
				StoredType stored = StoredType.of((String) before.getOrDefault("type", type));
				yield """
						MATCH (a)-[r:%s {id: $id}]->(b)
						DELETE r
						CREATE (a)-[n:%s]->(b) SET n = $properties
						""".formatted(StoredType.anyStatus(stored.type()), stored.name());
			}
			case NODE -> {
				// The labels were the enum's; a label the journal names that is not a
				// kind
				// is not set back.
				List<String> labels = (List<String>) before.getOrDefault("labels", List.of());
				String label = java.util.Arrays.stream(OrgKind.values())
					.map(OrgKind::label)
					.filter(labels::contains)
					.findFirst()
					.orElse(null);
				yield "MATCH (o:Organization {id: $id}) SET o = $properties REMOVE o:%s".formatted(OrgKind.allLabels())
						+ ((label != null) ? " SET o:" + label : "");
			}
			case DOCUMENT -> "MATCH (d:Document {id: $id}) SET d = $properties";
		};
		tx.run(cypher, Map.of("id", id, "properties", properties)).consume();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> properties, String... except) {
		Set<String> skip = Set.of(except);
		Map<String, Object> result = new HashMap<>();
		properties.forEach((k, v) -> {
			if (v != null && !skip.contains(k)) {
				result.put(k, v);
			}
		});
		return result;
	}

	private <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += this.batchSize) {
			batches.add(rows.subList(i, Math.min(rows.size(), i + this.batchSize)));
		}
		return batches;
	}

}
