package org.chanjiao.transfer;

import java.util.List;
import java.util.Map;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * A parsed, validated interchange folder, ready to write.
 *
 * @param documents the source documents
 * @param nodes the organisations
 * @param relations the relationships
 */
public record Dataset(List<DocumentRow> documents, List<NodeRow> nodes, List<RelationRow> relations) {

	/** A document row; {@code properties} holds every column but {@code id}. */
	public record DocumentRow(long line, String id, Map<String, Object> properties) {
	}

	/**
	 * An organisation row; {@code properties} holds every column but {@code id}, null for
	 * empty cells.
	 */
	public record NodeRow(long line, String id, OrgKind kind, Map<String, Object> properties) {
	}

	/**
	 * A relationship row; {@code properties} holds every column but the ends and type,
	 * null for empty cells.
	 */
	public record RelationRow(long line, String id, String from, String to, RelationType type,
			Map<String, Object> properties) {
	}

}
