package org.chanjiao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Which parts of a relationship a request reads: the stored properties behind the
 * {@code Relation} fields it selects, whether its evidence, and which properties of each
 * end, if that end is selected at all. A statement returns the relationship as a map of
 * just these ({@link #cypher}); its stored type, which says its type and status
 * ({@link StoredType}), is always there and costs no property read.
 *
 * @param properties the relationship's properties read (evidence aside), or null for all
 * @param evidence whether the evidence (the {@code sources} and {@code evidence} lists)
 * is read
 * @param from what is read of the start node, or null when {@code from} is not selected
 * @param to what is read of the end node, or null when {@code to} is not selected
 */
public record RelationFields(Set<String> properties, boolean evidence, OrganizationFields from, OrganizationFields to) {

	/** Every property, the evidence, and every property of both ends. */
	public static final RelationFields ALL = new RelationFields(null, true, OrganizationFields.ALL,
			OrganizationFields.ALL);

	private static final List<String> SCALARS = List.of("id", "role", "kind", "title", "level", "stage", "since",
			"until");

	private static final Map<String, String> READS = Map.of("id", "id", "role", "role", "kind", "kind", "title",
			"title", "level", "level", "stage", "stage", "since", "since", "until", "until");

	public RelationFields {
		properties = (properties != null) ? Set.copyOf(properties) : null;
	}

	/**
	 * What the {@code Relation} fields at {@code path} below this selection read
	 * ({@code "relations"}, {@code "coFounders"}…; empty for the selection itself), or
	 * null when nothing is selected there.
	 */
	public static RelationFields at(DataFetchingFieldSelectionSet selection, String path) {
		String prefix = path.isEmpty() ? "" : path + "/";
		if (!path.isEmpty() && !selection.contains(path)) {
			return null;
		}
		Collection<SelectedField> fields = path.isEmpty() ? selection.getImmediateFields()
				: selection.getFields(path + "/*");
		Set<String> properties = new TreeSet<>();
		boolean evidence = false;
		for (SelectedField field : fields) {
			String name = field.getName();
			if (READS.containsKey(name)) {
				properties.add(READS.get(name));
			}
			else if (name.equals("evidence")) {
				evidence = true;
			}
			else if (!name.equals("type") && !name.equals("from") && !name.equals("to") && !name.equals("__typename")) {
				return ALL;
			}
		}
		return new RelationFields(properties, evidence, OrganizationFields.at(selection, prefix + "from"),
				OrganizationFields.at(selection, prefix + "to"));
	}

	/** These fields, and this property too. */
	public RelationFields with(String property) {
		if (this.properties == null || this.properties.contains(property)) {
			return this;
		}
		Set<String> more = new TreeSet<>(this.properties);
		more.add(property);
		return new RelationFields(more, this.evidence, this.from, this.to);
	}

	/**
	 * Both ends with the union of what either end reads, or null when neither is read.
	 */
	public OrganizationFields ends() {
		return (this.from != null) ? this.from.and(this.to) : this.to;
	}

	/**
	 * A Cypher map of the relationship in {@code variable}: {@code type} and the selected
	 * properties; without the ends, which the caller reads as it knows best.
	 */
	public String cypher(String variable) {
		StringBuilder map = new StringBuilder("{type: type(").append(variable).append(')');
		for (String property : (this.properties != null) ? new TreeSet<>(this.properties) : SCALARS) {
			map.append(", ").append(property).append(": ").append(variable).append('.').append(property);
		}
		if (this.evidence) {
			map.append(", sources: ")
				.append(variable)
				.append(".sources, evidence: ")
				.append(variable)
				.append(".evidence");
		}
		return map.append('}').toString();
	}

}
