package org.chanjiao.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal of an import run ({@code :ImportUndo} nodes): each batch records, in its
 * own transaction, the ids it created and the before-image of every row it overwrote; a
 * run that fails or was interrupted is played back from it, and a run that succeeded
 * deletes it. {@link EmbeddedBatches} writes the same entries through the embedded API.
 */
final class ImportJournal {

	private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** What the journal records an overwritten or created row of. */
	enum Entity {

		DOCUMENT, NODE, RELATION

	}

	private final GraphStore store;

	ImportJournal(GraphStore store) {
		this.store = store;
	}

	/**
	 * Records, in the batch's transaction, which of its rows it creates (one list) and
	 * what each row it overwrites held before.
	 */
	static <T> void journal(TransactionContext tx, String run, Entity entity, String typeName, List<T> batch,
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

	void deleteJournal(String run) {
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

}
