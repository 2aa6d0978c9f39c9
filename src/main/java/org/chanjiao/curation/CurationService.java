package org.chanjiao.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chanjiao.organization.FieldRules;
import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RecognitionLevel;
import org.chanjiao.organization.RecognitionStage;
import org.chanjiao.organization.Relation;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.system.NotFoundException;
import org.chanjiao.transfer.GraphWriter;
import org.chanjiao.transfer.RelationKeys;
import org.chanjiao.history.History;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransactions;
import org.neo4j.driver.Value;

import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' writes. Each runs in one Spring-managed write transaction
 * ({@link WriteTransactions}: its timeout, a transient failure retried) whose statements
 * go through {@link WriteStatements}, validates everything before writing anything, and
 * records itself in the {@link History} in the same transaction, so a failure anywhere
 * writes nothing. Labels and relationship types in Cypher text come from the enums, never
 * from input.
 */
@Service
public class CurationService {

	private final GraphStore store;

	private final WriteStatements statements;

	private final History history;

	CurationService(GraphStore store, WriteStatements statements, History history) {
		this.store = store;
		this.statements = statements;
		this.history = history;
	}

	/**
	 * Makes sure no import is being written, first thing in a write transaction: a
	 * failing import is rolled back from its journal, which would undo an edit made
	 * meanwhile.
	 */
	private void requireNoImport() {
		if (GraphWriter.importRunning(this.statements)) {
			throw new ConflictException("An import is being written; try again when it has finished");
		}
	}

	// --- organisations

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Organization createOrganization(Map<String, Object> input) {
		OrgKind kind = OrgKind.valueOf(input.get("kind").toString());
		CurationInput reader = new CurationInput();
		Map<String, Object> properties = reader.organization(input, kind, true);
		String requestedId = reader.text("input.id", input.get("id"), 128);
		if (requestedId != null && !CurationInput.ID.matcher(requestedId).matches()) {
			reader.violation("input.id", "id", "'" + requestedId
					+ "' is not a valid id (letters, digits, '.', '_', '~', '-'; starting with a letter or digit)");
		}
		requireNoImport();
		checkEvidence(this.statements, reader);
		throwIfInvalid(reader);
		String id = (requestedId != null) ? requestedId : freeId(this.statements, slug(properties));
		if (idTaken(this.statements, id)) {
			throw new ConflictException("id '" + id + "' is taken (ids are never reused, even after a merge)");
		}
		createDocuments(this.statements, reader);
		properties.put("kind", kind.name());
		properties.values().removeIf(java.util.Objects::isNull);
		Value node = this.statements.single("""
				CREATE (o:Organization {id: $id})
				SET o += $properties, o.createdAt = $now, o.version = 0, o:%s
				RETURN o
				""".formatted(kind.label()), Map.of("id", id, "properties", properties, "now", now())).get("o");
		this.history.record("CREATE_ORGANIZATION", List.of(id), null, node.asMap(), null);
		return GraphMapping.organization(node);
	}

	/**
	 * Applies a patch if {@code version} is current. The node is locked first (by writing
	 * a lock property) so that its version is read after any concurrent writer committed:
	 * of several writers holding the same version exactly one succeeds.
	 */
	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Organization updateOrganization(String requestedId, long version, Map<String, Object> input) {
		requireNoImport();
		String id = MergedIds.resolve(this.statements, requestedId);
		Map<String, Object> before = lock(this.statements, id);
		long current = ((Number) before.get("version")).longValue();
		if (current != version) {
			throw new ConflictException("version " + version + " of '" + id + "' is stale: it is at version " + current
					+ "; reload it and apply your change again");
		}
		OrgKind kind = (input.get("kind") != null) ? OrgKind.valueOf(input.get("kind").toString())
				: OrgKind.valueOf((String) before.get("kind"));
		CurationInput reader = new CurationInput();
		Map<String, Object> changes = reader.organization(input, kind, false);
		if (kind != OrgKind.COMMUNITY && before.get("form") != null && !changes.containsKey("form")) {
			changes.put("form", null);
		}
		checkEvidence(this.statements, reader);
		throwIfInvalid(reader);
		if (!kind.name().equals(before.get("kind"))) {
			checkRelationsAllowKind(this.statements, id, kind);
		}
		createDocuments(this.statements, reader);
		changes.put("kind", kind.name());
		Value node = this.statements.single("""
				MATCH (o:Organization {id: $id})
				SET o += $changes, o.version = o.version + 1, o.updatedAt = $now
				REMOVE o._lock
				REMOVE o:%s
				SET o:%s
				RETURN o
				""".formatted(OrgKind.allLabels(), kind.label()), Map.of("id", id, "changes", changes, "now", now()))
			.get("o");
		this.history.record("UPDATE_ORGANIZATION", List.of(id), withoutLock(before), node.asMap(), null);
		return GraphMapping.organization(node);
	}

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public String deleteOrganization(String requestedId, String reason) {
		requireReason(reason);
		requireNoImport();
		String id = MergedIds.resolve(this.statements, requestedId);
		Map<String, Object> before = lock(this.statements, id);
		List<String> relationIds = this.statements.list("MATCH (:Organization {id: $id})-[r]-() RETURN r.id AS id",
				Map.of("id", id), (r) -> r.get("id").asString(null));
		this.statements.run("MATCH (o:Organization {id: $id}) DETACH DELETE o", Map.of("id", id));
		List<String> subjects = new ArrayList<>(List.of(id));
		relationIds.stream().filter(java.util.Objects::nonNull).forEach(subjects::add);
		this.history.record("DELETE_ORGANIZATION", subjects, withoutLock(before), null, reason);
		return id;
	}

	// --- relationships

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Relation addRelation(Map<String, Object> input) {
		RelationType type = RelationType.valueOf(input.get("type").toString());
		CurationInput reader = new CurationInput();
		String requestedFrom = reader.text("input.from", input.get("from"), 128);
		String requestedTo = reader.text("input.to", input.get("to"), 128);
		String role = reader.text("input.role", input.get("role"), 64);
		type.checkRole(role).ifPresent((m) -> reader.violation("input.role", "role", m));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("role", role);
		relationFields(reader, type, input, properties);
		requireTitle(reader, type, properties);
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
		requireNoImport();
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
		Map<String, OrgKind> kinds = kinds(this.statements, from, to);
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
		checkEvidence(this.statements, reader);
		if (reader.violations.isEmpty() && relationExists(this.statements, type, id)) {
			String qualifierName = RelationKeys.qualifierProperty(type);
			reader.violation("input", "unique",
					"a " + type + " relation from '" + from + "' to '" + to + "'"
							+ ((qualifierName != null) ? " with " + qualifierName + " '" + qualifier + "'" : "")
							+ " exists already (id " + id + "); update it or add evidence to it instead");
		}
		throwIfInvalid(reader);
		createDocuments(this.statements, reader);
		properties.values().removeIf(java.util.Objects::isNull);
		// The status is the relationship's type (StoredType), not a property.
		RelationStatus status = RelationStatus.valueOf((String) properties.remove("status"));
		Record record = this.statements.single("""
				MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
				CREATE (a)-[r:%s {id: $id}]->(b)
				SET r += $properties, r.createdAt = $now
				RETURN r, a, b
				""".formatted(new StoredType(type, status).name()),
				Map.of("from", from, "to", to, "id", id, "properties", properties, "now", now()));
		this.history.record("ADD_RELATION", List.of(id, from, to), null, relationState(record), null);
		return GraphMapping.relation(record.get("r"), record.get("a"), record.get("b"));
	}

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Relation updateRelation(String id, Map<String, Object> input) {
		RelationType type = typeOf(id);
		CurationInput reader = new CurationInput();
		Map<String, Object> changes = new LinkedHashMap<>();
		relationFields(reader, type, input, changes);
		changes.keySet().retainAll(input.keySet());
		requireNoImport();
		Record before = relation(this.statements, type, id);
		Map<String, Object> merged = new HashMap<>(before.get("r").asMap());
		merged.putAll(changes);
		Number since = (Number) merged.get("since");
		Number until = (Number) merged.get("until");
		if (since != null && until != null && since.intValue() > until.intValue()) {
			reader.violation("input.until", "since-until", "until " + until + " is before since " + since);
		}
		throwIfInvalid(reader);
		return writeRelation(this.statements, type, id, before, changes, "UPDATE_RELATION", null);
	}

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Relation addEvidence(String id, Map<String, Object> evidence) {
		RelationType type = typeOf(id);
		CurationInput reader = new CurationInput();
		CurationInput.EvidenceItem item = reader.evidence("evidence", evidence);
		requireNoImport();
		Record before = relation(this.statements, type, id);
		checkEvidence(this.statements, reader);
		throwIfInvalid(reader);
		createDocuments(this.statements, reader);
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
		return writeRelation(this.statements, type, id, before, Map.of("sources", sources, "evidence", quotes),
				"ADD_EVIDENCE", null);
	}

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Relation deprecateRelation(String id, String reason) {
		requireReason(reason);
		RelationType type = typeOf(id);
		requireNoImport();
		return writeRelation(this.statements, type, id, relation(this.statements, type, id),
				Map.of("status", RelationStatus.DEPRECATED.name()), "DEPRECATE_RELATION", reason);
	}

	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public String deleteRelation(String id, String reason) {
		requireReason(reason);
		RelationType type = typeOf(id);
		requireNoImport();
		Record before = relation(this.statements, type, id);
		this.statements.run("MATCH ()-[r:%s {id: $id}]->() DELETE r".formatted(StoredType.anyStatus(type)),
				Map.of("id", id));
		this.history.record("DELETE_RELATION",
				List.of(id, before.get("a").get("id").asString(), before.get("b").get("id").asString()),
				relationState(before), null, reason);
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

	// --- merging

	/**
	 * Moves everything of {@code duplicateId} to {@code survivorId}. A relationship that
	 * the survivor already has (same type, other end and role) gains the duplicate's
	 * evidence and the wider of the two year ranges; one between the two is dropped (it
	 * would join the survivor to itself) and kept in the history. The duplicate's id is
	 * recorded as {@code (:MergedId)} so that it keeps resolving to the survivor.
	 */
	@Transactional(timeoutString = WriteTransactions.TIMEOUT)
	@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
			delay = WriteTransactions.DELAY, multiplier = 2)
	public Organization merge(String requestedSurvivorId, String requestedDuplicateId) {
		if (requestedSurvivorId.equals(requestedDuplicateId)) {
			throw InvalidInputException.of("duplicateId", "self", "an organisation cannot be merged into itself");
		}
		requireNoImport();
		String survivorId = MergedIds.resolve(this.statements, requestedSurvivorId);
		String duplicateId = MergedIds.resolve(this.statements, requestedDuplicateId);
		if (survivorId.equals(duplicateId)) {
			throw InvalidInputException.of("duplicateId", "merged", "'" + requestedDuplicateId + "' and '"
					+ requestedSurvivorId + "' are one organisation already ('" + survivorId + "')");
		}
		Map<String, Object> survivor = lock(this.statements, survivorId);
		Map<String, Object> duplicate = lock(this.statements, duplicateId);
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
				properties.put("updatedAt", now());
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
				kept.put("updatedAt", now());
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
				""", Map.of("duplicate", duplicateId, "survivor", survivorId, "now", now()));
		Value node = this.statements.single("""
				MATCH (o:Organization {id: $id})
				SET o += $changes, o.version = o.version + 1, o.updatedAt = $now
				REMOVE o._lock
				RETURN o
				""", Map.of("id", survivorId, "changes", changes, "now", now())).get("o");
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("survivor", withoutLock(survivor));
		before.put("duplicate", withoutLock(duplicate));
		before.put("droppedRelations", dropped);
		this.history.record("MERGE", new LinkedHashSet<>(subjects), before, node.asMap(), null);
		return GraphMapping.organization(node);
	}

	// --- helpers

	private Relation writeRelation(WriteStatements statements, RelationType type, String id, Record before,
			Map<String, Object> changes, String action, String reason) {
		Map<String, Object> withTime = new HashMap<>(changes);
		withTime.put("updatedAt", now());
		// A new status is a new relationship type (StoredType).
		Object status = withTime.remove("status");
		if (status != null && !status.equals(StoredType.of(type(before)).status().name())) {
			this.statements.run(StoredType.retype(type, RelationStatus.valueOf(status.toString())), Map.of("id", id));
		}
		Record after = this.statements.single("""
				MATCH (a)-[r:%s {id: $id}]->(b)
				SET r += $changes
				RETURN r, a, b
				""".formatted(StoredType.anyStatus(type)), Map.of("id", id, "changes", withTime));
		this.history.record(action,
				List.of(id, after.get("a").get("id").asString(), after.get("b").get("id").asString()),
				relationState(before), relationState(after), reason);
		return GraphMapping.relation(after.get("r"), after.get("a"), after.get("b"));
	}

	private static void relationFields(CurationInput reader, RelationType type, Map<String, Object> input,
			Map<String, Object> properties) {
		for (String year : List.of("since", "until")) {
			Integer value = (Integer) input.get(year);
			FieldRules.checkYear(value).ifPresent((m) -> reader.violation("input." + year, "year", m));
			properties.put(year, value);
		}
		Integer since = (Integer) input.get("since");
		Integer until = (Integer) input.get("until");
		if (since != null && until != null && since > until) {
			reader.violation("input.until", "since-until", "until " + until + " is before since " + since);
		}
		Object status = input.get("status");
		properties.put("status", (status != null) ? RelationStatus.valueOf(status.toString()).name()
				: (input.containsKey("status") ? null : RelationStatus.ASSERTED.name()));
		if (input.containsKey("status") && status == null) {
			reader.violation("input.status", "required", "status cannot be cleared");
		}
		String kind = reader.text("input.kind", input.get("kind"), 64);
		String title = reader.text("input.title", input.get("title"), 300);
		String level = reader.text("input.level", input.get("level"), 64);
		String stage = reader.text("input.stage", input.get("stage"), 64);
		onlyFor(reader, type, RelationType.PARTNERS_WITH, "kind", kind);
		onlyFor(reader, type, RelationType.RECOGNIZED, "title", title);
		onlyFor(reader, type, RelationType.RECOGNIZED, "level", level);
		onlyFor(reader, type, RelationType.RECOGNIZED, "stage", stage);
		checkEnum(reader, "input.kind", kind, PartnershipKind.class);
		checkEnum(reader, "input.level", level, RecognitionLevel.class);
		checkEnum(reader, "input.stage", stage, RecognitionStage.class);
		if (type == RelationType.PARTNERS_WITH) {
			properties.put("kind", (kind != null) ? kind : PartnershipKind.OTHER.name());
		}
		if (type == RelationType.RECOGNIZED) {
			properties.put("title", title);
			properties.put("level", level);
			properties.put("stage", stage);
		}
	}

	static void requireTitle(CurationInput reader, RelationType type, Map<String, Object> properties) {
		if (type == RelationType.RECOGNIZED && properties.get("title") == null) {
			reader.violation("input.title", "required", "a RECOGNIZED relation needs the title it confers");
		}
	}

	private static void onlyFor(CurationInput reader, RelationType type, RelationType owner, String field,
			Object value) {
		if (value != null && type != owner) {
			reader.violation("input." + field, "type", "only a " + owner + " relation has a " + field);
		}
	}

	private static <E extends Enum<E>> void checkEnum(CurationInput reader, String field, String value, Class<E> type) {
		if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch((e) -> e.name().equals(value))) {
			reader.violation(field, "enum",
					"'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static void throwIfInvalid(CurationInput reader) {
		if (!reader.violations.isEmpty()) {
			throw new InvalidInputException(reader.violations);
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "required", "say why; the reason is kept in the history");
		}
	}

	/** Each evidence document must exist, or come with a title to create it. */
	private static void checkEvidence(WriteStatements statements, CurationInput reader) {
		for (CurationInput.EvidenceItem item : reader.evidence) {
			boolean exists = statements.any("MATCH (d:Document {id: $id}) RETURN d", Map.of("id", item.documentId()));
			if (!exists && item.title() == null) {
				reader.violation(item.field() + ".documentId", "document", "no document with id '" + item.documentId()
						+ "'; give documentTitle (and publisher, year) to create it");
			}
		}
	}

	private static void createDocuments(WriteStatements statements, CurationInput reader) {
		for (CurationInput.EvidenceItem item : reader.evidence) {
			if (item.title() != null) {
				Map<String, Object> properties = new HashMap<>();
				properties.put("title", item.title());
				properties.put("publisher", item.publisher());
				properties.put("year", item.year());
				properties.values().removeIf(java.util.Objects::isNull);
				statements.run("MERGE (d:Document {id: $id}) ON CREATE SET d += $properties",
						Map.of("id", item.documentId(), "properties", properties));
			}
		}
	}

	private static void checkRelationsAllowKind(WriteStatements statements, String id, OrgKind kind) {
		List<String> refused = statements.list("""
				MATCH (o:Organization {id: $id})-[r]-(other:Organization)
				RETURN type(r) AS type, startNode(r) = o AS outgoing, other.kind AS otherKind, r.id AS rid
				""", Map.of("id", id), (r) -> {
			RelationType type = StoredType.of(r.get("type").asString()).type();
			OrgKind other = OrgKind.valueOf(r.get("otherKind").asString());
			boolean ok = r.get("outgoing").asBoolean() ? type.allows(kind, other) : type.allows(other, kind);
			return ok ? null : r.get("rid").asString();
		}).stream().filter(java.util.Objects::nonNull).toList();
		if (!refused.isEmpty()) {
			throw InvalidInputException.of("input.kind", "kinds", "as a " + kind + ", '" + id
					+ "' could not keep its relations " + refused + "; deprecate or delete them first");
		}
	}

	/** Locks an organisation for this transaction and answers its current properties. */
	private static Map<String, Object> lock(WriteStatements statements, String id) {
		List<Record> found = statements.list("MATCH (o:Organization {id: $id}) SET o._lock = true RETURN o",
				Map.of("id", id));
		if (found.isEmpty()) {
			throw new NotFoundException("No organisation with id '" + id + "'");
		}
		return found.get(0).get("o").asMap();
	}

	private static Map<String, Object> withoutLock(Map<String, Object> properties) {
		Map<String, Object> copy = new HashMap<>(properties);
		copy.remove("_lock");
		return copy;
	}

	private static Record relation(WriteStatements statements, RelationType type, String id) {
		return RelationById.find(statements, type, id)
			.orElseThrow(() -> new NotFoundException("No relation with id '" + id + "'"));
	}

	private static RelationType typeOf(String id) {
		return RelationKeys.typeOf(id).orElseThrow(() -> new NotFoundException("No relation with id '" + id + "'"));
	}

	private static boolean relationExists(WriteStatements statements, RelationType type, String id) {
		return RelationById.exists(statements, type, id);
	}

	private static String type(Record record) {
		return record.get("r").asRelationship().type();
	}

	/**
	 * A relationship's properties, type, status and ends, as the history records them.
	 */
	private static Map<String, Object> relationState(Record record) {
		StoredType stored = StoredType.of(type(record));
		Map<String, Object> state = new LinkedHashMap<>(record.get("r").asMap());
		state.put("type", stored.type().name());
		state.put("status", stored.status().name());
		state.put("from", record.get("a").get("id").asString());
		state.put("to", record.get("b").get("id").asString());
		return state;
	}

	private static Map<String, OrgKind> kinds(WriteStatements statements, String from, String to) {
		Map<String, OrgKind> kinds = new HashMap<>();
		List<String> ids = new ArrayList<>();
		if (from != null) {
			ids.add(from);
		}
		if (to != null) {
			ids.add(to);
		}
		statements
			.list("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.kind AS kind",
					Map.of("ids", ids))
			.forEach((r) -> kinds.put(r.get("id").asString(), OrgKind.valueOf(r.get("kind").asString())));
		return kinds;
	}

	private static boolean idTaken(WriteStatements statements, String id) {
		return statements.single("""
				OPTIONAL MATCH (o:Organization {id: $id})
				OPTIONAL MATCH (m:MergedId {id: $id})
				RETURN o IS NOT NULL OR m IS NOT NULL AS taken
				""", Map.of("id", id)).get("taken").asBoolean();
	}

	private static String freeId(WriteStatements statements, String base) {
		String id = base;
		for (int n = 2; idTaken(statements, id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** An id from the English name, or a random one for a Chinese-only name. */
	private static String slug(Map<String, Object> properties) {
		Object english = properties.get("nameEn");
		if (english != null) {
			String slug = english.toString()
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-+|-+$)", "");
			if (!slug.isEmpty()) {
				return (slug.length() > 60) ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
			}
		}
		return "org-" + UUID.randomUUID().toString().substring(0, 8);
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

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
	}

}
