package org.chanjiao.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chanjiao.store.WriteStatements;
import org.neo4j.driver.Record;

/**
 * The one place a relationship is found by its id: the id names the relationship's type
 * ({@code RelationKeys}), and the relationship is stored under that type or its candidate
 * or deprecated form ({@link StoredType}), so one index lookup per stored type finds it
 * whatever its status. Curation, candidate review and correction all ask here.
 */
public final class RelationById {

	private static final String WITH_ENDS = "MATCH (a)-[r:%s {id: $id}]->(b) RETURN r, a, b, type(r) AS type";

	private static final String EXISTS = "MATCH ()-[r:%s {id: $id}]->() RETURN r.id AS id LIMIT 1";

	private RelationById() {
	}

	/**
	 * The statement that reads a relationship of that type by its id: columns {@code r},
	 * its ends {@code a} and {@code b}, and the stored {@code type}; parameter
	 * {@code id}.
	 */
	public static String statement(RelationType type) {
		return WITH_ENDS.formatted(StoredType.anyStatus(type));
	}

	/**
	 * The relationship with its ends and stored type, in the caller's write transaction,
	 * if it exists.
	 */
	public static Optional<Record> find(WriteStatements statements, RelationType type, String id) {
		List<Record> found = statements.list(statement(type), Map.of("id", id));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/** Whether a relationship with this id exists, whatever its status. */
	public static boolean exists(WriteStatements statements, RelationType type, String id) {
		return statements.any(EXISTS.formatted(StoredType.anyStatus(type)), Map.of("id", id));
	}

}
