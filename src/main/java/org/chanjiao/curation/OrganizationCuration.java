package org.chanjiao.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.history.History;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The curators' writes to organisations: create, update (at the current version) and
 * delete. Each runs in one Spring-managed write transaction ({@link WriteTransaction}:
 * its timeout, a transient failure retried) whose statements go through
 * {@link WriteStatements}, validates everything before writing anything, and records
 * itself in the {@link History} in the same transaction, so a failure anywhere writes
 * nothing. Labels in Cypher text come from the enums, never from input.
 */
@Service
public class OrganizationCuration {

	private final WriteStatements statements;

	private final CurationSteps steps;

	private final History history;

	OrganizationCuration(WriteStatements statements, CurationSteps steps, History history) {
		this.statements = statements;
		this.steps = steps;
		this.history = history;
	}

	@WriteTransaction
	public Organization createOrganization(Map<String, Object> input) {
		OrgKind kind = OrgKind.valueOf(input.get("kind").toString());
		CurationInput reader = new CurationInput();
		Map<String, Object> properties = reader.organization(input, kind, true);
		String requestedId = reader.text("input.id", input.get("id"), 128);
		if (requestedId != null && !CurationInput.ID.matcher(requestedId).matches()) {
			reader.violation("input.id", "id", "'" + requestedId
					+ "' is not a valid id (letters, digits, '.', '_', '~', '-'; starting with a letter or digit)");
		}
		this.steps.requireNoImport();
		this.steps.checkEvidence(reader);
		CurationSteps.throwIfInvalid(reader);
		String id = (requestedId != null) ? requestedId : freeId(slug(properties));
		if (idTaken(id)) {
			throw new ConflictException("id '" + id + "' is taken (ids are never reused, even after a merge)");
		}
		this.steps.createDocuments(reader);
		properties.put("kind", kind.name());
		properties.values().removeIf(java.util.Objects::isNull);
		Value node = this.statements.single("""
				CREATE (o:Organization {id: $id})
				SET o += $properties, o.createdAt = $now, o.version = 0, o:%s
				RETURN o
				""".formatted(kind.label()), Map.of("id", id, "properties", properties, "now", History.now())).get("o");
		this.history.record("CREATE_ORGANIZATION", List.of(id), null, node.asMap(), null);
		return GraphMapping.organization(node);
	}

	/**
	 * Applies a patch if {@code version} is current. The node is locked first (by writing
	 * a lock property) so that its version is read after any concurrent writer committed:
	 * of several writers holding the same version exactly one succeeds.
	 */
	@WriteTransaction
	public Organization updateOrganization(String requestedId, long version, Map<String, Object> input) {
		this.steps.requireNoImport();
		String id = MergedIds.resolve(this.statements, requestedId);
		Map<String, Object> before = this.steps.lock(id);
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
		this.steps.checkEvidence(reader);
		CurationSteps.throwIfInvalid(reader);
		if (!kind.name().equals(before.get("kind"))) {
			checkRelationsAllowKind(id, kind);
		}
		this.steps.createDocuments(reader);
		changes.put("kind", kind.name());
		Value node = this.statements
			.single("""
					MATCH (o:Organization {id: $id})
					SET o += $changes, o.version = o.version + 1, o.updatedAt = $now
					REMOVE o._lock
					REMOVE o:%s
					SET o:%s
					RETURN o
					""".formatted(OrgKind.allLabels(), kind.label()),
					Map.of("id", id, "changes", changes, "now", History.now()))
			.get("o");
		this.history.record("UPDATE_ORGANIZATION", List.of(id), CurationSteps.withoutLock(before), node.asMap(), null);
		return GraphMapping.organization(node);
	}

	@WriteTransaction
	public String deleteOrganization(String requestedId, String reason) {
		CurationSteps.requireReason(reason);
		this.steps.requireNoImport();
		String id = MergedIds.resolve(this.statements, requestedId);
		Map<String, Object> before = this.steps.lock(id);
		List<String> relationIds = this.statements.list("MATCH (:Organization {id: $id})-[r]-() RETURN r.id AS id",
				Map.of("id", id), (r) -> r.get("id").asString(null));
		this.statements.run("MATCH (o:Organization {id: $id}) DETACH DELETE o", Map.of("id", id));
		List<String> subjects = new ArrayList<>(List.of(id));
		relationIds.stream().filter(java.util.Objects::nonNull).forEach(subjects::add);
		this.history.record("DELETE_ORGANIZATION", subjects, CurationSteps.withoutLock(before), null, reason);
		return id;
	}

	private void checkRelationsAllowKind(String id, OrgKind kind) {
		List<String> refused = this.statements.list("""
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

	private boolean idTaken(String id) {
		return this.statements.single("""
				OPTIONAL MATCH (o:Organization {id: $id})
				OPTIONAL MATCH (m:MergedId {id: $id})
				RETURN o IS NOT NULL OR m IS NOT NULL AS taken
				""", Map.of("id", id)).get("taken").asBoolean();
	}

	private String freeId(String base) {
		String id = base;
		for (int n = 2; idTaken(id); n++) {
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

}
