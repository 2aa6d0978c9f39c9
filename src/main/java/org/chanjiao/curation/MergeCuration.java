package org.chanjiao.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.transfer.RelationKeys;
import org.chanjiao.history.History;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Merging a duplicate organisation into its survivor, in one Spring-managed write
 * transaction ({@link WriteTransaction}) whose statements go through
 * {@link WriteStatements}, recorded in the {@link History} with both organisations'
 * states and the relationships dropped.
 */
@Service
public class MergeCuration {

	private final WriteStatements statements;

	private final CurationSteps steps;

	private final History history;

	MergeCuration(WriteStatements statements, CurationSteps steps, History history) {
		this.statements = statements;
		this.steps = steps;
		this.history = history;
	}

	/**
	 * Moves everything of {@code duplicateId} to {@code survivorId}. A relationship that
	 * the survivor already has (same type, other end and role) gains the duplicate's
	 * evidence and the wider of the two year ranges; one between the two is dropped (it
	 * would join the survivor to itself) and kept in the history. The duplicate's id is
	 * recorded as {@code (:MergedId)} so that it keeps resolving to the survivor.
	 */
	@WriteTransaction
	public Organization merge(String requestedSurvivorId, String requestedDuplicateId) {
		if (requestedSurvivorId.equals(requestedDuplicateId)) {
			throw InvalidInputException.of("duplicateId", "self", "an organisation cannot be merged into itself");
		}
		this.steps.requireNoImport();
		String survivorId = MergedIds.resolve(this.statements, requestedSurvivorId);
		String duplicateId = MergedIds.resolve(this.statements, requestedDuplicateId);
		if (survivorId.equals(duplicateId)) {
			throw InvalidInputException.of("duplicateId", "merged", "'" + requestedDuplicateId + "' and '"
					+ requestedSurvivorId + "' are one organisation already ('" + survivorId + "')");
		}
		Map<String, Object> survivor = this.steps.lock(survivorId);
		Map<String, Object> duplicate = this.steps.lock(duplicateId);
		List<String> subjects = new ArrayList<>(List.of(survivorId, duplicateId));
		List<Map<String, Object>> dropped = new ArrayList<>();
		List<Record> relations = this.statements.list("""
				MATCH (d:Organization {id: $id})-[r]-(other:Organization)
				RETURN r, type(r) AS type, startNode(r) = d AS outgoing, other.id AS other
				""", Map.of("id", duplicateId));
		for (Record record : relations) {
			StoredType stored = StoredType.of(record.get("type").asString());
			RelationType type = stored.type();
			Map<String, Object> properties = new HashMap<>(record.get("r").asMap());
			String oldId = (String) properties.get("id");
			subjects.add(oldId);
			String other = record.get("other").asString();
			if (other.equals(survivorId)) {
				Map<String, Object> state = new HashMap<>(properties);
				state.put("type", type.name());
				state.put("status", stored.status().name());
				dropped.add(state);
				continue;
			}
			boolean outgoing = record.get("outgoing").asBoolean();
			String from = outgoing ? survivorId : other;
			String to = outgoing ? other : survivorId;
			String newId = RelationKeys.id(from, type, to, properties.get(RelationKeys.qualifierProperty(type)));
			subjects.add(newId);
			List<Record> existing = RelationById.find(this.statements, type, newId).stream().toList();
			if (existing.isEmpty()) {
				properties.put("id", newId);
				properties.put("updatedAt", History.now());
				this.statements.run("""
						MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
						CREATE (a)-[r:%s]->(b) SET r = $properties
						""".formatted(stored.name()), Map.of("from", from, "to", to, "properties", properties));
			}
			else {
				Map<String, Object> kept = new HashMap<>(existing.get(0).get("r").asMap());
				mergeEvidence(kept, properties);
				kept.put("since", minYear(kept.get("since"), properties.get("since")));
				kept.put("until", (kept.get("until") == null || properties.get("until") == null) ? null : Math
					.max(((Number) kept.get("until")).intValue(), ((Number) properties.get("until")).intValue()));
				kept.put("updatedAt", History.now());
				this.statements.run(
						"MATCH ()-[r:%s {id: $id}]->() SET r = $properties".formatted(StoredType.anyStatus(type)),
						Map.of("id", newId, "properties", kept));
			}
		}
		Map<String, Object> changes = new HashMap<>();
		Set<String> aliases = new LinkedHashSet<>(strings(survivor.get("aliases")));
		aliases.addAll(strings(duplicate.get("aliases")));
		for (String name : List.of("name", "nameEn")) {
			if (duplicate.get(name) != null) {
				aliases.add((String) duplicate.get(name));
			}
		}
		aliases.remove(survivor.get("name"));
		aliases.remove(survivor.get("nameEn"));
		changes.put("aliases", aliases.isEmpty() ? null : List.copyOf(aliases));
		for (String list : List.of("identifiers", "honours")) {
			Set<String> union = new LinkedHashSet<>(strings(survivor.get(list)));
			union.addAll(strings(duplicate.get(list)));
			changes.put(list, union.isEmpty() ? null : List.copyOf(union));
		}
		for (String field : List.of("nameEn", "region", "founded", "description", "declaredModel",
				"declaredModelSources", "declaredModelEvidence")) {
			if (survivor.get(field) == null && duplicate.get(field) != null) {
				changes.put(field, duplicate.get(field));
			}
		}
		this.statements.run("MATCH (d:Organization {id: $id}) DETACH DELETE d", Map.of("id", duplicateId));
		this.statements.run("""
				MERGE (m:MergedId {id: $duplicate}) SET m.into = $survivor, m.at = $now
				WITH m
				MATCH (earlier:MergedId {into: $duplicate}) SET earlier.into = $survivor
				""", Map.of("duplicate", duplicateId, "survivor", survivorId, "now", History.now()));
		Value node = this.statements.single("""
				MATCH (o:Organization {id: $id})
				SET o += $changes, o.version = o.version + 1, o.updatedAt = $now
				REMOVE o._lock
				RETURN o
				""", Map.of("id", survivorId, "changes", changes, "now", History.now())).get("o");
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("survivor", CurationSteps.withoutLock(survivor));
		before.put("duplicate", CurationSteps.withoutLock(duplicate));
		before.put("droppedRelations", dropped);
		this.history.record("MERGE", new LinkedHashSet<>(subjects), before, node.asMap(), null);
		return GraphMapping.organization(node);
	}

	private static void mergeEvidence(Map<String, Object> kept, Map<String, Object> moved) {
		List<Object> sources = new ArrayList<>(
				(kept.get("sources") != null) ? (List<?>) kept.get("sources") : List.of());
		List<Object> quotes = new ArrayList<>(
				(kept.get("evidence") != null) ? (List<?>) kept.get("evidence") : List.of());
		List<?> movedSources = (moved.get("sources") != null) ? (List<?>) moved.get("sources") : List.of();
		List<?> movedQuotes = (moved.get("evidence") != null) ? (List<?>) moved.get("evidence") : List.of();
		for (int i = 0; i < movedSources.size(); i++) {
			boolean present = false;
			for (int j = 0; j < sources.size(); j++) {
				present |= sources.get(j).equals(movedSources.get(i)) && quotes.get(j).equals(movedQuotes.get(i));
			}
			if (!present) {
				sources.add(movedSources.get(i));
				quotes.add(movedQuotes.get(i));
			}
		}
		kept.put("sources", sources.isEmpty() ? null : sources);
		kept.put("evidence", quotes.isEmpty() ? null : quotes);
	}

	private static Object minYear(Object a, Object b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return Math.min(((Number) a).intValue(), ((Number) b).intValue());
	}

	private static List<String> strings(Object list) {
		List<String> result = new ArrayList<>();
		if (list instanceof List<?> items) {
			items.forEach((i) -> result.add(i.toString()));
		}
		return result;
	}

}
