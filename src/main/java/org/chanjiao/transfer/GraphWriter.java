package org.chanjiao.transfer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * Writes a validated {@link Dataset} in one transaction: all of it or nothing. Rows are
 * merged on their stable ids, so writing the same dataset twice changes nothing. Labels
 * and relationship types come from the enums, never from input text, and rows go in
 * batches through {@code UNWIND}.
 */
@Component
public class GraphWriter {

	static final int BATCH = 5_000;

	private final GraphStore store;

	GraphWriter(GraphStore store) {
		this.store = store;
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
	 * Writes the dataset in one transaction.
	 * @param progress told the number of rows written so far, after each batch
	 */
	public Written write(Dataset dataset, Duration timeout, LongConsumer progress) {
		String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
		return this.store.inWrite((tx) -> {
			long[] done = { 0 };
			for (List<Map<String, Object>> batch : batches(documentRows(dataset))) {
				tx.run("""
						UNWIND $rows AS row
						MERGE (d:Document {id: row.id})
						SET d += row.properties
						""", Map.of("rows", batch)).consume();
				progress.accept(done[0] += batch.size());
			}
			Map<OrgKind, List<Map<String, Object>>> nodesByKind = new EnumMap<>(OrgKind.class);
			for (NodeRow node : dataset.nodes()) {
				Map<String, Object> properties = new LinkedHashMap<>(node.properties());
				properties.put("kind", node.kind().name());
				Map<String, Object> row = new HashMap<>();
				row.put("id", node.id());
				row.put("properties", withoutNulls(properties, "createdAt", "updatedAt", "version"));
				row.put("createdAt", properties.get("createdAt"));
				row.put("updatedAt", properties.get("updatedAt"));
				row.put("version", properties.get("version"));
				nodesByKind.computeIfAbsent(node.kind(), (k) -> new ArrayList<>()).add(row);
			}
			for (var entry : nodesByKind.entrySet()) {
				for (List<Map<String, Object>> batch : batches(entry.getValue())) {
					writeNodes(tx, entry.getKey(), batch, now);
					progress.accept(done[0] += batch.size());
				}
			}
			Map<RelationType, List<Map<String, Object>>> relationsByType = new EnumMap<>(RelationType.class);
			for (RelationRow relation : dataset.relations()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", relation.id());
				row.put("from", relation.from());
				row.put("to", relation.to());
				row.put("properties", withoutNulls(relation.properties(), "createdAt", "updatedAt"));
				row.put("createdAt", relation.properties().get("createdAt"));
				row.put("updatedAt", relation.properties().get("updatedAt"));
				relationsByType.computeIfAbsent(relation.type(), (k) -> new ArrayList<>()).add(row);
			}
			for (var entry : relationsByType.entrySet()) {
				for (List<Map<String, Object>> batch : batches(entry.getValue())) {
					writeRelations(tx, entry.getKey(), batch, now);
					progress.accept(done[0] += batch.size());
				}
			}
			return new Written(dataset.documents().size(), dataset.nodes().size(), dataset.relations().size());
		}, timeout);
	}

	private static void writeNodes(TransactionContext tx, OrgKind kind, List<Map<String, Object>> batch, String now) {
		// The label is the enum's, never input text; an old kind label is replaced.
		// Values a
		// row leaves empty keep what the node has (timestamps, version) or are removed
		// (the rest).
		tx.run("""
				UNWIND $rows AS row
				MERGE (o:Organization {id: row.id})
				ON CREATE SET o.createdAt = coalesce(row.createdAt, $now), o.version = 0
				WITH o, row, o.createdAt AS created, o.updatedAt AS updated, o.version AS version
				SET o = row.properties
				SET o.id = row.id, o.createdAt = coalesce(row.createdAt, created),
					o.updatedAt = coalesce(row.updatedAt, updated), o.version = coalesce(row.version, version)
				REMOVE o:%s
				SET o:%s
				""".formatted(OrgKind.allLabels(), kind.label()), Map.of("rows", batch, "now", now)).consume();
	}

	private static void writeRelations(TransactionContext tx, RelationType type, List<Map<String, Object>> batch,
			String now) {
		// The type is the enum's name, never input text.
		int written = tx.run("""
				UNWIND $rows AS row
				MATCH (a:Organization {id: row.from})
				MATCH (b:Organization {id: row.to})
				MERGE (a)-[r:%s {id: row.id}]->(b)
				ON CREATE SET r.createdAt = coalesce(row.createdAt, $now)
				WITH r, row, r.createdAt AS created, r.updatedAt AS updated
				SET r = row.properties
				SET r.id = row.id, r.createdAt = coalesce(row.createdAt, created),
					r.updatedAt = coalesce(row.updatedAt, updated)
				RETURN count(r) AS written
				""".formatted(type.name()), Map.of("rows", batch, "now", now)).single().get("written").asInt();
		if (written < batch.size()) {
			// An end was deleted after validation: fail the transaction rather than drop
			// facts.
			throw new ImportException(List.of(new ImportProblem(Interchange.RELATIONS, 0, null, (batch.size() - written)
					+ " " + type + " relation(s) refer to organisations that no longer exist; nothing written")));
		}
	}

	private static List<Map<String, Object>> documentRows(Dataset dataset) {
		return dataset.documents()
			.stream()
			.map((d) -> Map.<String, Object>of("id", d.id(), "properties", withoutNulls(d.properties())))
			.toList();
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

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += BATCH) {
			batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
		}
		return batches;
	}

}
