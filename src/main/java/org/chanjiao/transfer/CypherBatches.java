package org.chanjiao.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Batches as Cypher {@code UNWIND} statements over the driver: works with any Neo4j.
 */
final class CypherBatches implements BatchTarget {

	private final GraphStore store;

	CypherBatches(GraphStore store) {
		this.store = store;
	}

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

	private void inWrite(long timeoutMillis, Consumer<TransactionContext> work) {
		this.store.inWrite((tx) -> {
			work.accept(tx);
			return null;
		}, Duration.ofMillis(timeoutMillis));
	}

	private static void writeDocuments(TransactionContext tx, String run, List<DocumentRow> batch) {
		Map<String, Map<String, Object>> existing = existing(tx,
				"UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, properties(d) AS properties",
				ids(batch, DocumentRow::id));
		ImportJournal.journal(tx, run, ImportJournal.Entity.DOCUMENT, null, batch, DocumentRow::id, existing);
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
		ImportJournal.journal(tx, run, ImportJournal.Entity.NODE, null, batch, NodeRow::id, existing);
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
					%s, o.version = coalesce(row.version, 0)
					""".formatted(kind.label(), setRow("o", "$now", null)), Map.of("rows", created, "now", now))
				.consume();
		}
		if (!updated.isEmpty()) {
			// An old kind label is replaced. Values a row leaves empty keep what the node
			// has (timestamps, version) or are removed (the rest).
			tx.run("""
					UNWIND $rows AS row
					MATCH (o:Organization {id: row.id})
					WITH o, row, o.createdAt AS created, o.updatedAt AS updated, o.version AS version
					%s, o.version = coalesce(row.version, version)
					REMOVE o:%s
					SET o:%s
					""".formatted(setRow("o", "created", "updated"), OrgKind.allLabels(), kind.label()),
					Map.of("rows", updated))
				.consume();
		}
	}

	private static void writeRelations(TransactionContext tx, String run, StoredType type, List<RelationRow> batch,
			String now) {
		// The types are the enums' names, never input text.
		Map<String, Map<String, Object>> existing = existing(tx, """
				UNWIND $ids AS id MATCH ()-[r:%s {id: id}]->()
				RETURN r.id AS id, properties(r) AS properties, type(r) AS type
				""".formatted(StoredType.anyStatus(type.type())), ids(batch, RelationRow::id));
		ImportJournal.journal(tx, run, ImportJournal.Entity.RELATION, type.name(), batch, RelationRow::id, existing);
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
					%s
					RETURN collect(r.id) AS written
					""".formatted(type.name(), setRow("r", "$now", null)), Map.of("rows", created, "now", now))
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
					%s
					RETURN collect(r.id) AS written
					""".formatted(type.name(), setRow("r", "created", "updated")), Map.of("rows", updated))
				.single()
				.get("written")
				.asList(Value::asString));
		}
		if (!moved.isEmpty()) {
			// In another status now: the same ends, under this row's type.
			String move = """
					UNWIND $rows AS row
					MATCH (a)-[old:%s {id: row.id}]->(b)
					WITH a, b, old, row, old.createdAt AS created, old.updatedAt AS updated
					DELETE old
					CREATE (a)-[r:%s]->(b)
					%s
					RETURN collect(r.id) AS written
					""".formatted(StoredType.anyStatus(type.type()), type.name(), setRow("r", "created", "updated"));
			written.addAll(tx.run(move, Map.of("rows", moved)).single().get("written").asList(Value::asString));
		}
		List<RelationRow> missing = batch.stream().filter((row) -> !written.contains(row.id())).toList();
		if (!missing.isEmpty()) {
			// An end was deleted after validation: fail rather than drop facts.
			throw ImportException.vanishedEnds(missing);
		}
	}

	/**
	 * The SET lines every statement writing a row shares: the row's properties replace
	 * those of {@code entity} (a node or relationship variable), then its id and
	 * timestamps are set. A timestamp the row leaves empty takes {@code createdAt} or
	 * {@code updatedAt}, Cypher expressions (the entity's value before, or the import's
	 * {@code $now}); a null {@code updatedAt} leaves it empty.
	 */
	private static String setRow(String entity, String createdAt, String updatedAt) {
		String updated = (updatedAt != null) ? "coalesce(row.updatedAt, " + updatedAt + ")" : "row.updatedAt";
		return """
				SET %1$s = row.properties
				SET %1$s.id = row.id, %1$s.createdAt = coalesce(row.createdAt, %2$s), %1$s.updatedAt = %3$s"""
			.formatted(entity, createdAt, updated);
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

}
