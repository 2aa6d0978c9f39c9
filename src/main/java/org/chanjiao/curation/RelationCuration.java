package org.chanjiao.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.transfer.RelationKeys;
import org.chanjiao.history.History;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransaction;

import org.springframework.stereotype.Service;

/**
 * The curators' writes to relationships: add one (between organisations that exist, of a
 * type their kinds allow, not twice), update its years and status, add evidence,
 * deprecate or delete it; and one relationship by id. Each write runs in one
 * Spring-managed write transaction ({@link WriteTransaction}) whose statements go through
 * {@link WriteStatements}, validates everything before writing anything, and records
 * itself in the {@link History} in the same transaction. Relationship types in Cypher
 * text come from the enums ({@link StoredType}), never from input.
 */
@Service
public class RelationCuration {

	private final GraphStore store;

	private final WriteStatements statements;

	private final CurationSteps steps;

	private final History history;

	RelationCuration(GraphStore store, WriteStatements statements, CurationSteps steps, History history) {
		this.store = store;
		this.statements = statements;
		this.steps = steps;
		this.history = history;
	}

	@WriteTransaction
	public Relation addRelation(Map<String, Object> input) {
		RelationType type = RelationType.valueOf(input.get("type").toString());
		CurationInput reader = new CurationInput();
		String requestedFrom = reader.text("input.from", input.get("from"), 128);
		String requestedTo = reader.text("input.to", input.get("to"), 128);
		String role = reader.text("input.role", input.get("role"), 64);
		type.checkRole(role).ifPresent((m) -> reader.violation("input.role", "role", m));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("role", role);
		CurationInput.relationFields(reader, type, input, properties);
		CurationInput.requireTitle(reader, type, properties);
		List<String> sources = new ArrayList<>();
		List<String> quotes = new ArrayList<>();
		if (input.get("evidence") instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				CurationInput.EvidenceItem item = reader.evidence("input.evidence[" + i + "]", items.get(i));
				if (item != null) {
					sources.add(item.documentId());
					quotes.add(item.quote());
				}
			}
		}
		properties.put("sources", sources.isEmpty() ? null : sources);
		properties.put("evidence", quotes.isEmpty() ? null : quotes);
		Object qualifier = properties.get(RelationKeys.qualifierProperty(type));
		this.steps.requireNoImport();
		// The id of a merged organisation stands for its survivor.
		String from = MergedIds.resolve(this.statements, requestedFrom);
		String to = MergedIds.resolve(this.statements, requestedTo);
		if (from != null && from.equals(to)) {
			reader.violation("input.to", "self",
					"a relation from '" + from + "' to itself is not allowed"
							+ (requestedFrom.equals(requestedTo) ? "" : " ('" + requestedFrom + "' and '" + requestedTo
									+ "' are the same organisation since a merge)"));
		}
		String id = RelationKeys.id(from, type, to, qualifier);
		Map<String, OrgKind> kinds = kinds(from, to);
		if (from != null && !kinds.containsKey(from)) {
			reader.violation("input.from", "exists", "no organisation with id '" + from + "'");
		}
		if (to != null && !kinds.containsKey(to)) {
			reader.violation("input.to", "exists", "no organisation with id '" + to + "'");
		}
		if (kinds.containsKey(from) && kinds.containsKey(to) && !type.allows(kinds.get(from), kinds.get(to))) {
			reader.violation("input.type", "kinds", type + " is not allowed from " + kinds.get(from) + " to "
					+ kinds.get(to) + "; it joins " + type.fromKinds() + " to " + type.toKinds());
		}
		this.steps.checkEvidence(reader);
		if (reader.violations.isEmpty() && relationExists(type, id)) {
			String qualifierName = RelationKeys.qualifierProperty(type);
			reader.violation("input", "unique",
					"a " + type + " relation from '" + from + "' to '" + to + "'"
							+ ((qualifierName != null) ? " with " + qualifierName + " '" + qualifier + "'" : "")
							+ " exists already (id " + id + "); update it or add evidence to it instead");
		}
		CurationSteps.throwIfInvalid(reader);
		this.steps.createDocuments(reader);
		properties.values().removeIf(java.util.Objects::isNull);
		// The status is the relationship's type (StoredType), not a property.
		RelationStatus status = RelationStatus.valueOf((String) properties.remove("status"));
		Record record = this.statements.single("""
				MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
				CREATE (a)-[r:%s {id: $id}]->(b)
				SET r += $properties, r.createdAt = $now
				RETURN r, a, b
				""".formatted(new StoredType(type, status).name()),
				Map.of("from", from, "to", to, "id", id, "properties", properties, "now", History.now()));
		this.history.record("ADD_RELATION", List.of(id, from, to), null, CurationSteps.relationState(record), null);
		return GraphMapping.relation(record.get("r"), record.get("a"), record.get("b"));
	}

	@WriteTransaction
	public Relation updateRelation(String id, Map<String, Object> input) {
		RelationType type = CurationSteps.typeOf(id);
		CurationInput reader = new CurationInput();
		Map<String, Object> changes = new LinkedHashMap<>();
		CurationInput.relationFields(reader, type, input, changes);
		changes.keySet().retainAll(input.keySet());
		this.steps.requireNoImport();
		Record before = this.steps.relation(type, id);
		Map<String, Object> merged = new HashMap<>(before.get("r").asMap());
		merged.putAll(changes);
		Number since = (Number) merged.get("since");
		Number until = (Number) merged.get("until");
		if (since != null && until != null && since.intValue() > until.intValue()) {
			reader.violation("input.until", "since-until", "until " + until + " is before since " + since);
		}
		CurationSteps.throwIfInvalid(reader);
		return writeRelation(type, id, before, changes, "UPDATE_RELATION", null);
	}

	@WriteTransaction
	public Relation addEvidence(String id, Map<String, Object> evidence) {
		RelationType type = CurationSteps.typeOf(id);
		CurationInput reader = new CurationInput();
		CurationInput.EvidenceItem item = reader.evidence("evidence", evidence);
		this.steps.requireNoImport();
		Record before = this.steps.relation(type, id);
		this.steps.checkEvidence(reader);
		CurationSteps.throwIfInvalid(reader);
		this.steps.createDocuments(reader);
		Map<String, Object> r = before.get("r").asMap();
		List<Object> sources = new ArrayList<>((r.get("sources") != null) ? (List<?>) r.get("sources") : List.of());
		List<Object> quotes = new ArrayList<>((r.get("evidence") != null) ? (List<?>) r.get("evidence") : List.of());
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).equals(item.documentId()) && quotes.get(i).equals(item.quote())) {
				throw InvalidInputException.of("evidence", "unique",
						"this quote of this document is already " + "evidence of " + id);
			}
		}
		sources.add(item.documentId());
		quotes.add(item.quote());
		return writeRelation(type, id, before, Map.of("sources", sources, "evidence", quotes), "ADD_EVIDENCE", null);
	}

	@WriteTransaction
	public Relation deprecateRelation(String id, String reason) {
		CurationSteps.requireReason(reason);
		RelationType type = CurationSteps.typeOf(id);
		this.steps.requireNoImport();
		return writeRelation(type, id, this.steps.relation(type, id),
				Map.of("status", RelationStatus.DEPRECATED.name()), "DEPRECATE_RELATION", reason);
	}

	@WriteTransaction
	public String deleteRelation(String id, String reason) {
		CurationSteps.requireReason(reason);
		RelationType type = CurationSteps.typeOf(id);
		this.steps.requireNoImport();
		Record before = this.steps.relation(type, id);
		this.statements.run("MATCH ()-[r:%s {id: $id}]->() DELETE r".formatted(StoredType.anyStatus(type)),
				Map.of("id", id));
		this.history.record("DELETE_RELATION",
				List.of(id, before.get("a").get("id").asString(), before.get("b").get("id").asString()),
				CurationSteps.relationState(before), null, reason);
		return id;
	}

	/** One relationship by id, or null. */
	public Relation findRelation(String id) {
		return RelationKeys.typeOf(id)
			.flatMap((type) -> this.store
				.read(RelationById.statement(type), Map.of("id", id),
						(r) -> GraphMapping.relation(r.get("r"), r.get("a"), r.get("b")))
				.stream()
				.findFirst())
			.orElse(null);
	}

	private Relation writeRelation(RelationType type, String id, Record before, Map<String, Object> changes,
			String action, String reason) {
		Map<String, Object> withTime = new HashMap<>(changes);
		withTime.put("updatedAt", History.now());
		// A new status is a new relationship type (StoredType).
		Object status = withTime.remove("status");
		if (status != null && !status.equals(StoredType.of(CurationSteps.type(before)).status().name())) {
			this.statements.run(StoredType.retype(type, RelationStatus.valueOf(status.toString())), Map.of("id", id));
		}
		Record after = this.statements.single("""
				MATCH (a)-[r:%s {id: $id}]->(b)
				SET r += $changes
				RETURN r, a, b
				""".formatted(StoredType.anyStatus(type)), Map.of("id", id, "changes", withTime));
		this.history.record(action,
				List.of(id, after.get("a").get("id").asString(), after.get("b").get("id").asString()),
				CurationSteps.relationState(before), CurationSteps.relationState(after), reason);
		return GraphMapping.relation(after.get("r"), after.get("a"), after.get("b"));
	}

	private Map<String, OrgKind> kinds(String from, String to) {
		Map<String, OrgKind> kinds = new HashMap<>();
		List<String> ids = new ArrayList<>();
		if (from != null) {
			ids.add(from);
		}
		if (to != null) {
			ids.add(to);
		}
		this.statements
			.list("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.kind AS kind",
					Map.of("ids", ids))
			.forEach((r) -> kinds.put(r.get("id").asString(), OrgKind.valueOf(r.get("kind").asString())));
		return kinds;
	}

	private boolean relationExists(RelationType type, String id) {
		return RelationById.exists(this.statements, type, id);
	}

}
