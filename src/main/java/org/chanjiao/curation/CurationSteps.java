package org.chanjiao.curation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.system.ConflictException;
import org.chanjiao.system.InvalidInputException;
import org.chanjiao.system.NotFoundException;
import org.chanjiao.transfer.ImportLock;
import org.chanjiao.transfer.RelationKeys;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;

import org.springframework.stereotype.Component;

/**
 * What the curators' writes share, in their Spring-managed transaction: the check that no
 * import is being written, the evidence documents (checked, then created), locking an
 * organisation, reading a relationship by id; and the rules and record shapes that are no
 * statement (input violations, a reason, a relationship's state for the history, the
 * time).
 */
@Component
class CurationSteps {

	private final WriteStatements statements;

	CurationSteps(WriteStatements statements) {
		this.statements = statements;
	}

	/**
	 * Makes sure no import is being written, first thing in a write transaction: a
	 * failing import is rolled back from its journal, which would undo an edit made
	 * meanwhile.
	 */
	void requireNoImport() {
		if (ImportLock.held(this.statements)) {
			throw new ConflictException("An import is being written; try again when it has finished");
		}
	}

	/** Each evidence document must exist, or come with a title to create it. */
	void checkEvidence(CurationInput reader) {
		for (CurationInput.EvidenceItem item : reader.evidence) {
			boolean exists = this.statements.any("MATCH (d:Document {id: $id}) RETURN d",
					Map.of("id", item.documentId()));
			if (!exists && item.title() == null) {
				reader.violation(item.field() + ".documentId", "document", "no document with id '" + item.documentId()
						+ "'; give documentTitle (and publisher, year) to create it");
			}
		}
	}

	void createDocuments(CurationInput reader) {
		for (CurationInput.EvidenceItem item : reader.evidence) {
			if (item.title() != null) {
				Map<String, Object> properties = new HashMap<>();
				properties.put("title", item.title());
				properties.put("publisher", item.publisher());
				properties.put("year", item.year());
				properties.values().removeIf(java.util.Objects::isNull);
				this.statements.run("MERGE (d:Document {id: $id}) ON CREATE SET d += $properties",
						Map.of("id", item.documentId(), "properties", properties));
			}
		}
	}

	/** Locks an organisation for this transaction and answers its current properties. */
	Map<String, Object> lock(String id) {
		List<Record> found = this.statements.list("MATCH (o:Organization {id: $id}) SET o._lock = true RETURN o",
				Map.of("id", id));
		if (found.isEmpty()) {
			throw new NotFoundException("No organisation with id '" + id + "'");
		}
		return found.get(0).get("o").asMap();
	}

	/** A relationship by id with its ends ({@link RelationById}), else NOT_FOUND. */
	Record relation(RelationType type, String id) {
		return RelationById.find(this.statements, type, id)
			.orElseThrow(() -> new NotFoundException("No relation with id '" + id + "'"));
	}

	static void throwIfInvalid(CurationInput reader) {
		if (!reader.violations.isEmpty()) {
			throw new InvalidInputException(reader.violations);
		}
	}

	static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "required", "say why; the reason is kept in the history");
		}
	}

	static Map<String, Object> withoutLock(Map<String, Object> properties) {
		Map<String, Object> copy = new HashMap<>(properties);
		copy.remove("_lock");
		return copy;
	}

	/**
	 * A relationship's properties, type, status and ends, as the history records them.
	 */
	static Map<String, Object> relationState(Record record) {
		StoredType stored = StoredType.of(type(record));
		Map<String, Object> state = new LinkedHashMap<>(record.get("r").asMap());
		state.put("type", stored.type().name());
		state.put("status", stored.status().name());
		state.put("from", record.get("a").get("id").asString());
		state.put("to", record.get("b").get("id").asString());
		return state;
	}

	static String type(Record record) {
		return record.get("r").asRelationship().type();
	}

	static RelationType typeOf(String id) {
		return RelationKeys.typeOf(id).orElseThrow(() -> new NotFoundException("No relation with id '" + id + "'"));
	}

}
