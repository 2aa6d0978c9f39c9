package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.history.History;
import org.chanjiao.extraction.Candidates.CandidateCorrection;
import org.chanjiao.extraction.Candidates.CandidateDecision;
import org.chanjiao.extraction.Candidates.CandidateOrganization;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.system.InvalidInputException.Violation;
import org.chanjiao.system.NotFoundException;
import org.chanjiao.transfer.RelationKeys;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * A curator's decisions on extraction candidates: accepting makes them ASSERTED facts (a
 * candidate organisation an Organization), rejecting makes them DEPRECATED with the
 * reason, so that the same evidence is not proposed again ({@link CandidateStore} checks
 * it); nothing is deleted. Every decision is one Spring-managed transaction
 * ({@link WriteTransaction}), its statements through {@link WriteStatements}, recorded in
 * the {@link History} in it.
 */
@Component
class CandidateReview {

	private final WriteStatements statements;

	private final History history;

	CandidateReview(WriteStatements statements, History history) {
		this.statements = statements;
		this.history = history;
	}

	/**
	 * Accepts candidates: relationships become ASSERTED (their candidate ends become
	 * organisations), candidate organisations become organisations. A correction gives a
	 * candidate relationship another type or role ({@link CorrectedCandidate}), checked
	 * like a curator's relationship. Everything is checked before anything is written;
	 * all or none.
	 */
	@WriteTransaction
	List<CandidateDecision> accept(List<String> ids, List<CandidateCorrection> corrections) {
		List<Violation> violations = new ArrayList<>();
		Map<String, Integer> corrected = new LinkedHashMap<>();
		List<CandidateCorrection> given = (corrections != null) ? corrections : List.of();
		for (int i = 0; i < given.size(); i++) {
			String id = given.get(i).id();
			if (!ids.contains(id)) {
				violations.add(new Violation("corrections[" + i + "].id", "ids",
						"'" + id + "' is not among the ids to accept"));
			}
			else if (corrected.putIfAbsent(id, i) != null) {
				violations.add(new Violation("corrections[" + i + "].id", "unique", "'" + id + "' is corrected twice"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Map<String, Record> relations = new LinkedHashMap<>();
		Map<String, CorrectedCandidate> planned = new HashMap<>();
		Set<String> plannedIds = new HashSet<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Record relation = candidateRelation(this.statements, id);
			Integer index = corrected.get(id);
			if (relation != null) {
				relations.put(id, relation);
				if (index != null) {
					CorrectedCandidate correction = CorrectedCandidate.plan(this.statements, relation, given.get(index),
							"corrections[" + index + "]", violations, plannedIds);
					if (correction != null) {
						planned.put(id, correction);
					}
				}
			}
			else if (candidateOrganization(this.statements, id) == null) {
				throw new NotFoundException("No candidate with id '" + id + "'");
			}
			else if (index != null) {
				violations.add(new Violation("corrections[" + index + "].id", "relation",
						"'" + id + "' is an organisation; only a relationship's type and role can be corrected"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<CandidateDecision> decisions = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Record relation = relations.get(id);
			if (relation == null) {
				promote(id);
				decisions.add(new CandidateDecision(id, "ASSERTED", null));
				continue;
			}
			for (String end : List.of("a", "b")) {
				Value node = relation.get(end);
				if (node.asNode().hasLabel("CandidateOrganization")) {
					promote(node.get("id").asString());
				}
			}
			List<String> ends = List.of(relation.get("a").get("id").asString(), relation.get("b").get("id").asString());
			CorrectedCandidate correction = planned.get(id);
			if (correction == null) {
				RelationType type = StoredType.of(relation.get("type").asString()).type();
				this.statements.run(StoredType.retype(type, RelationStatus.ASSERTED), Map.of("id", id));
				this.statements.run("MATCH ()-[r:%s {id: $id}]->() SET r.updatedAt = $now".formatted(type.name()),
						Map.of("id", id, "now", History.now()));
				this.history.record("ACCEPT_CANDIDATE", List.of(id, ends.get(0), ends.get(1)), state(relation),
						Map.of("status", "ASSERTED"), null);
				decisions.add(new CandidateDecision(id, "ASSERTED", id));
			}
			else {
				Map<String, Object> after = correction.write(this.statements, History.now());
				this.history.record("ACCEPT_CANDIDATE", List.of(id, correction.id(), ends.get(0), ends.get(1)),
						state(relation), after, "accepted as " + correction.type()
								+ ((after.get("role") != null) ? " " + after.get("role") : "") + " (corrected)");
				decisions.add(new CandidateDecision(id, "ASSERTED", correction.id()));
			}
		}
		return decisions;
	}

	private void promote(String id) {
		Value node = candidateOrganization(this.statements, id);
		if (node == null) {
			return; // promoted earlier in this transaction
		}
		if (!"CANDIDATE".equals(node.get("status").asString())) {
			throw InvalidInputException.of("ids", "status",
					"'" + id + "' is " + node.get("status").asString() + "; only a CANDIDATE can be accepted");
		}
		if (this.statements.any("MATCH (o:Organization {id: $id}) RETURN o", Map.of("id", id))) {
			throw new ConflictException("an organisation with id '" + id + "' exists already; merge instead");
		}
		OrgKind kind = OrgKind.valueOf(node.get("kind").asString());
		Value after = this.statements.single("""
				MATCH (c:CandidateOrganization {id: $id})
				REMOVE c:CandidateOrganization, c.status
				SET c:Organization:%s, c.version = 0, c.updatedAt = $now
				RETURN c
				""".formatted(kind.label()), Map.of("id", id, "now", History.now())).get("c");
		this.history.record("ACCEPT_CANDIDATE", List.of(id), node.asMap(), after.asMap(), null);
	}

	/**
	 * Rejects candidates: each becomes DEPRECATED with the reason; a rejected
	 * organisation's candidate relationships are rejected with it. All or none.
	 */
	@WriteTransaction
	List<CandidateDecision> reject(List<String> ids, String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "required", "say why; the reason is kept in the history");
		}
		List<CandidateDecision> decisions = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Record relation = candidateRelation(this.statements, id);
			if (relation != null) {
				deprecate(relation, reason);
			}
			else {
				Value node = candidateOrganization(this.statements, id);
				if (node == null) {
					throw new NotFoundException("No candidate with id '" + id + "'");
				}
				if (!"CANDIDATE".equals(node.get("status").asString())) {
					throw InvalidInputException.of("ids", "status",
							"'" + id + "' is " + node.get("status").asString() + "; only a CANDIDATE can be rejected");
				}
				this.statements.run("""
						MATCH (c:CandidateOrganization {id: $id})
						SET c.status = 'DEPRECATED', c.reason = $reason, c.updatedAt = $now
						""", Map.of("id", id, "reason", reason, "now", History.now()));
				this.history.record("REJECT_CANDIDATE", List.of(id), node.asMap(), Map.of("status", "DEPRECATED"),
						reason);
				for (Record r : this.statements.list("""
						MATCH (c:CandidateOrganization {id: $id})-[r]-()
						WHERE type(r) IN $candidates
						RETURN r.id AS id
						""",
						Map.of("id", id, "candidates", StoredType.names(null, List.of(RelationStatus.CANDIDATE))))) {
					Record related = candidateRelation(this.statements, r.get("id").asString());
					if (related != null) {
						deprecate(related, reason);
					}
				}
			}
			decisions.add(new CandidateDecision(id, "DEPRECATED", null));
		}
		return decisions;
	}

	private void deprecate(Record relation, String reason) {
		String id = relation.get("r").get("id").asString();
		RelationType type = StoredType.of(relation.get("type").asString()).type();
		this.statements.run(StoredType.retype(type, RelationStatus.DEPRECATED), Map.of("id", id));
		this.statements.run(
				"MATCH ()-[r:%s {id: $id}]->() SET r.reason = $reason, r.updatedAt = $now"
					.formatted(new StoredType(type, RelationStatus.DEPRECATED).name()),
				Map.of("id", id, "reason", reason, "now", History.now()));
		this.history.record("REJECT_CANDIDATE",
				List.of(id, relation.get("a").get("id").asString(), relation.get("b").get("id").asString()),
				state(relation), Map.of("status", "DEPRECATED"), reason);
	}

	/**
	 * A relationship's properties and its status (which is its type, StoredType), as the
	 * history records a state.
	 */
	static Map<String, Object> state(Record relation) {
		Map<String, Object> state = new LinkedHashMap<>(relation.get("r").asMap());
		state.put("status", StoredType.of(relation.get("type").asString()).status().name());
		return state;
	}

	/**
	 * A relationship in status CANDIDATE by id, or null when the id is no relationship.
	 */
	private static Record candidateRelation(WriteStatements statements, String id) {
		RelationType type = RelationKeys.typeOf(id).orElse(null);
		if (type == null) {
			return null;
		}
		List<Record> found = RelationById.find(statements, type, id).stream().toList();
		if (found.isEmpty()) {
			return null;
		}
		Record record = found.get(0);
		String status = StoredType.of(record.get("type").asString()).status().name();
		if (!"CANDIDATE".equals(status)) {
			throw InvalidInputException.of("ids", "status",
					"relationship '" + id + "' is " + status + "; only a CANDIDATE can be accepted or rejected");
		}
		return record;
	}

	private static Value candidateOrganization(WriteStatements statements, String id) {
		List<Record> found = statements.list("MATCH (c:CandidateOrganization {id: $id}) RETURN c", Map.of("id", id));
		return found.isEmpty() ? null : found.get(0).get("c");
	}

}
