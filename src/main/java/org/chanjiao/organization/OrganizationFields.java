package org.chanjiao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Which stored properties of an organisation a request reads: those behind the
 * {@code Organization} fields it selects, and {@code id} always (nested fields load by
 * it). A statement returns the organisation as a map projection of just these
 * ({@link #cypher}), so a request that asks for names reads names, not descriptions,
 * identifiers and evidence. {@link #ALL} reads every property; so does a selection of a
 * field this class does not know, to be safe.
 *
 * @param properties the property names, or null for all
 */
public record OrganizationFields(Set<String> properties) {

	/** Every property. */
	public static final OrganizationFields ALL = new OrganizationFields(null);

	/** The id alone. */
	public static final OrganizationFields ID = new OrganizationFields(Set.of("id"));

	/** The properties each GraphQL field of {@code Organization} reads. */
	private static final Map<String, List<String>> READS = Map.ofEntries(Map.entry("id", List.of()),
			Map.entry("name", List.of("name")), Map.entry("nameEn", List.of("nameEn")),
			Map.entry("aliases", List.of("aliases")), Map.entry("kind", List.of("kind")),
			Map.entry("region", List.of("region")), Map.entry("founded", List.of("founded")),
			Map.entry("description", List.of("description")), Map.entry("identifiers", List.of("identifiers")),
			Map.entry("honours", List.of("honours")), Map.entry("form", List.of("form")),
			Map.entry("createdAt", List.of("createdAt")), Map.entry("updatedAt", List.of("updatedAt")),
			Map.entry("version", List.of("version")), Map.entry("__typename", List.of()),
			// Loaded by id in their own statements.
			Map.entry("relations", List.of()), Map.entry("relationsConnection", List.of()),
			Map.entry("coFounders", List.of()), Map.entry("cooperationModel",
					List.of("kind", "declaredModel", "declaredModelSources", "declaredModelEvidence")));

	public OrganizationFields {
		properties = (properties != null) ? Set.copyOf(new TreeSet<>(properties)) : null;
	}

	/** The properties read by these fields, selected on an {@code Organization}. */
	public static OrganizationFields of(Collection<SelectedField> fields) {
		Set<String> properties = new TreeSet<>();
		properties.add("id");
		for (SelectedField field : fields) {
			List<String> reads = READS.get(field.getName());
			if (reads == null) {
				return ALL;
			}
			properties.addAll(reads);
		}
		return new OrganizationFields(properties);
	}

	/**
	 * The properties read by the organisations at {@code path} below this selection
	 * ({@code "nodes"}, {@code "relations/from"}…; empty for the selection itself), or
	 * null when nothing is selected there.
	 */
	public static OrganizationFields at(DataFetchingFieldSelectionSet selection, String path) {
		if (path.isEmpty()) {
			return of(selection.getImmediateFields());
		}
		if (!selection.contains(path)) {
			return null;
		}
		return of(selection.getFields(path + "/*"));
	}

	/** Both sets of properties: what either reads. */
	public OrganizationFields and(OrganizationFields other) {
		if (other == null) {
			return this;
		}
		if (this.properties == null || other.properties == null) {
			return ALL;
		}
		Set<String> both = new TreeSet<>(this.properties);
		both.addAll(other.properties);
		return new OrganizationFields(both);
	}

	/** These fields and one more property. */
	public OrganizationFields with(String property) {
		if (this.properties == null || this.properties.contains(property)) {
			return this;
		}
		Set<String> more = new TreeSet<>(this.properties);
		more.add(property);
		return new OrganizationFields(more);
	}

	/**
	 * A Cypher map projection of the node in {@code variable}, e.g. {@code o {.id,
	 * .name}}, which {@link GraphMapping#organization} maps.
	 */
	public String cypher(String variable) {
		if (this.properties == null) {
			return variable + " {.*}";
		}
		StringBuilder projection = new StringBuilder(variable).append(" {");
		String separator = "";
		for (String property : new TreeSet<>(this.properties)) {
			projection.append(separator).append('.').append(property);
			separator = ", ";
		}
		return projection.append('}').toString();
	}

}
