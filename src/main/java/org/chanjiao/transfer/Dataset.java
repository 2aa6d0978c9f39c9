package org.chanjiao.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.organization.StoredType;

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
	 * null for empty cells; its {@code status} (ASSERTED when absent) is stored as the
	 * relationship's type ({@link #stored()}), the rest as its properties
	 * ({@link #storedProperties()}).
	 */
	public record RelationRow(long line, String id, String from, String to, RelationType type,
			Map<String, Object> properties) {

		/** The relationship type this row is stored under. */
		public StoredType stored() {
			Object status = this.properties.get("status");
			return new StoredType(this.type,
					(status != null) ? RelationStatus.valueOf(status.toString()) : RelationStatus.ASSERTED);
		}

		/** The properties stored on the relationship: all but the status. */
		public Map<String, Object> storedProperties() {
			Map<String, Object> stored = new LinkedHashMap<>(this.properties);
			stored.remove("status");
			return stored;
		}

	}

}
