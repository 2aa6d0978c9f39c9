package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a fact's type and status are stored: as its relationship type. An accepted fact is
 * stored under its type's name ({@code CO_FOUNDED}); a candidate or a deprecated one
 * under that name with its status before it ({@code CANDIDATE_CO_FOUNDED},
 * {@code DEPRECATED_CO_FOUNDED}). Queries of accepted facts then name their types and
 * read no property on the relationships they pass; a relationship's degree by type is the
 * number of its accepted facts. Changing a fact's status changes its relationship type:
 * the relationship is created again under the new type with the same ends and properties
 * ({@code StoredType#retype}). Chosen by measurement (docs/BENCHMARKS.md, "Accepted
 * facts").
 *
 * @param type the fact's type
 * @param status its status
 */
public record StoredType(RelationType type, RelationStatus status) {

	/** The relationship type this fact is stored under. */
	public String name() {
		return (this.status == RelationStatus.ASSERTED) ? this.type.name()
				: this.status.name() + "_" + this.type.name();
	}

	@Override
	public String toString() {
		return name();
	}

	/**
	 * The fact a stored relationship type stands for.
	 * @throws IllegalArgumentException when the name is none of ours
	 */
	public static StoredType of(String name) {
		return parse(name).orElseThrow(() -> new IllegalArgumentException("not a fact's relationship type: " + name));
	}

	/** The fact a stored relationship type stands for, if it is one of ours. */
	public static Optional<StoredType> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (RelationStatus status : RelationStatus.values()) {
			String prefix = (status == RelationStatus.ASSERTED) ? "" : status.name() + "_";
			if (name.startsWith(prefix)) {
				Optional<RelationType> type = RelationType.parse(name.substring(prefix.length()));
				if (type.isPresent()) {
					return Optional.of(new StoredType(type.get(), status));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The stored names of these types in these statuses, for a {@code type(r) IN $types}
	 * parameter; null or empty means all.
	 */
	public static List<String> names(Collection<RelationType> types, Collection<RelationStatus> statuses) {
		Set<RelationType> someTypes = (types == null || types.isEmpty()) ? EnumSet.allOf(RelationType.class)
				: EnumSet.copyOf(types);
		Set<RelationStatus> someStatuses = (statuses == null || statuses.isEmpty())
				? EnumSet.allOf(RelationStatus.class) : EnumSet.copyOf(statuses);
		List<String> names = new ArrayList<>();
		for (RelationStatus status : someStatuses) {
			for (RelationType type : someTypes) {
				names.add(new StoredType(type, status).name());
			}
		}
		return names;
	}

	/**
	 * These types in these statuses as a Cypher relationship-type pattern,
	 * {@code CO_FOUNDED|CANDIDATE_CO_FOUNDED}; null or empty means all.
	 */
	public static String pattern(Collection<RelationType> types, Collection<RelationStatus> statuses) {
		return String.join("|", names(types, statuses));
	}

	/** This type in any status, as a relationship-type pattern (for look-ups by id). */
	public static String anyStatus(RelationType type) {
		return pattern(List.of(type), null);
	}

	/** Every stored type, as a relationship-type pattern. */
	public static String any() {
		return pattern(null, null);
	}

	/** Every stored type's name. */
	public static List<String> all() {
		return names(null, null);
	}

	/**
	 * A Cypher expression of the fact type ({@link RelationType}'s name) of relationship
	 * variable {@code r}, whatever its status: its stored type without the status prefix.
	 * {@code r} is a fixed variable name, never input.
	 */
	public static String typeExpression(String r) {
		StringBuilder cases = new StringBuilder("CASE");
		for (RelationStatus status : notAccepted()) {
			String prefix = status.name() + "_";
			cases.append(" WHEN type(%1$s) STARTS WITH '%2$s' THEN substring(type(%1$s), %3$d)".formatted(r, prefix,
					prefix.length()));
		}
		return cases.append(" ELSE type(%s) END".formatted(r)).toString();
	}

	/** Every status but accepted. */
	public static Set<RelationStatus> notAccepted() {
		return EnumSet.complementOf(EnumSet.of(RelationStatus.ASSERTED));
	}

	/**
	 * A statement that stores the relationship {@code $id} of {@code type}, now in
	 * another status, under {@code status}: the same ends and properties under the new
	 * relationship type, and the old relationship deleted. Answers {@code r, a, b}.
	 */
	public static String retype(RelationType type, RelationStatus status) {
		return """
				MATCH (a)-[old:%s {id: $id}]->(b)
				CREATE (a)-[r:%s]->(b) SET r = properties(old)
				DELETE old
				RETURN r, a, b
				""".formatted(anyStatus(type), new StoredType(type, status).name());
	}

}
