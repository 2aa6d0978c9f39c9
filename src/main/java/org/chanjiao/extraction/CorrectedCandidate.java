package org.chanjiao.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chanjiao.extraction.Candidates.CandidateCorrection;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.system.InvalidInputException.Violation;
import org.chanjiao.transfer.RelationKeys;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;

/**
 * A candidate relationship accepted with another type or role than the extraction gave.
 * The type and the qualifier are part of a relationship's id, so the corrected fact is a
 * new relationship between the same ends, with the candidate's evidence, years and
 * provenance; the candidate stays, DEPRECATED with a reason that names its replacement
 * (so that an extraction of the same evidence does not propose it again).
 *
 * @param candidateId the candidate's id
 * @param candidateType the candidate's type
 * @param type the corrected type
 * @param id the corrected relationship's id
 * @param properties the corrected relationship's properties
 */
record CorrectedCandidate(String candidateId, RelationType candidateType, RelationType type, String id,
		Map<String, Object> properties) {

	/**
	 * Plans a correction of a candidate relationship ({@code MATCH (a)-[r]->(b) RETURN r,
	 * a, b, type(r) AS type}) with the rules of curation: the type must join the ends'
	 * kinds ({@link RelationType#allows}), the role must suit it
	 * ({@link RelationType#checkRole}), a RECOGNIZED relationship needs a title, and no
	 * relationship may have the corrected id already.
	 * @param field the input path named in violations, e.g. {@code corrections[0]}
	 * @param planned ids of the corrected relationships planned so far in this request
	 * @return the correction, or null when type and role are those of the candidate (or
	 * invalid: then {@code violations} says why)
	 */
	static CorrectedCandidate plan(WriteStatements statements, Record candidate, CandidateCorrection correction,
			String field, List<Violation> violations, Set<String> planned) {
		Map<String, Object> old = candidate.get("r").asMap();
		RelationType oldType = StoredType.of(candidate.get("type").asString()).type();
		RelationType type = correction.type();
		String role = (correction.role() == null || correction.role().isBlank()) ? null : correction.role().strip();
		if (type == oldType && Objects.equals(role, old.get("role"))) {
			return null;
		}
		int before = violations.size();
		String from = candidate.get("a").get("id").asString();
		String to = candidate.get("b").get("id").asString();
		OrgKind fromKind = OrgKind.valueOf(candidate.get("a").get("kind").asString());
		OrgKind toKind = OrgKind.valueOf(candidate.get("b").get("kind").asString());
		if (!type.allows(fromKind, toKind)) {
			violations.add(new Violation(field + ".type", "kinds", type + " is not allowed from " + fromKind + " to "
					+ toKind + "; it joins " + type.fromKinds() + " to " + type.toKinds()));
		}
		type.checkRole(role).ifPresent((m) -> violations.add(new Violation(field + ".role", "role", m)));
		Map<String, Object> properties = new HashMap<>(old);
		properties.keySet().removeAll(List.of("role", "kind", "title", "level", "stage", "reason"));
		properties.put("role", role);
		if (type == RelationType.PARTNERS_WITH) {
			Object kind = (oldType == type) ? old.get("kind") : null;
			properties.put("kind", (kind != null) ? kind : PartnershipKind.OTHER.name());
		}
		if (type == RelationType.RECOGNIZED) {
			if (oldType == type && old.get("title") != null) {
				properties.put("title", old.get("title"));
				properties.put("level", old.get("level"));
				properties.put("stage", old.get("stage"));
			}
			else {
				violations.add(new Violation(field + ".type", "title",
						"a RECOGNIZED relation needs the title it confers, which this candidate does not give; "
								+ "add it with addRelation"));
			}
		}
		properties.values().removeIf(Objects::isNull);
		String id = RelationKeys.id(from, type, to, properties.get(RelationKeys.qualifierProperty(type)));
		if (violations.size() > before) {
			return null;
		}
		boolean exists = RelationById.exists(statements, type, id);
		if (exists || !planned.add(id)) {
			violations.add(new Violation(field, "unique",
					"a " + type + " relation from '" + from + "' to '" + to + "'"
							+ ((role != null) ? " with role '" + role + "'" : "") + " exists already (id " + id
							+ "); accept or reject that one instead"));
			return null;
		}
		properties.put("id", id);
		properties.put("correctedFrom", candidate.get("r").get("id").asString());
		return new CorrectedCandidate(candidate.get("r").get("id").asString(), oldType, type, id, properties);
	}

	/**
	 * Creates the corrected relationship and deprecates the candidate.
	 * @return the corrected relationship's properties, its type included (for the
	 * history)
	 */
	Map<String, Object> write(WriteStatements statements, String now) {
		Map<String, Object> created = new HashMap<>(this.properties);
		created.put("updatedAt", now);
		String reason = "corrected on acceptance: stored as " + this.id;
		// The corrected fact is accepted (its type's own name); the candidate is
		// deprecated, which moves it to the deprecated type (StoredType).
		statements.run(
				"""
						MATCH (a)-[old:%s {id: $old}]->(b)
						CREATE (a)-[r:%s]->(b) SET r = $properties
						CREATE (a)-[deprecated:%s]->(b)
						SET deprecated = properties(old), deprecated.reason = $reason, deprecated.correctedTo = $id,
							deprecated.updatedAt = $now
						DELETE old
						""".formatted(StoredType.anyStatus(this.candidateType), this.type.name(),
						new StoredType(this.candidateType, RelationStatus.DEPRECATED).name()),
				Map.of("old", this.candidateId, "properties", created, "reason", reason, "id", this.id, "now", now));
		created.put("type", this.type.name());
		created.put("status", RelationStatus.ASSERTED.name());
		return created;
	}

}
