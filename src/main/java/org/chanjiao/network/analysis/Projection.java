package org.chanjiao.network.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.BadArgumentException;

/**
 * Which part of the network an analysis looks at: organisations of some kinds, joined by
 * accepted relationships of some types that hold in a year. Relationships are read as
 * undirected ties (see {@link ProjectedGraph}).
 *
 * @param kinds the organisation kinds (both ends of a relationship must have one)
 * @param types the relationship types
 * @param asOf only relationships that hold in this year ({@code since <= asOf <= until},
 * a missing bound is open); null for all
 */
public record Projection(Set<OrgKind> kinds, Set<RelationType> types, Integer asOf) {

	/** The earliest and latest year {@code asOf} may name. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	/**
	 * A projection from request arguments: null or empty lists mean every kind or type.
	 */
	public static Projection of(List<OrgKind> kinds, List<RelationType> types, Integer asOf) {
		checkYear(asOf);
		return new Projection((kinds == null || kinds.isEmpty()) ? EnumSet.allOf(OrgKind.class) : EnumSet.copyOf(kinds),
				(types == null || types.isEmpty()) ? EnumSet.allOf(RelationType.class) : EnumSet.copyOf(types), asOf);
	}

	/** Checks an {@code asOf} argument. */
	public static Integer checkYear(Integer asOf) {
		if (asOf != null && (asOf < FIRST_YEAR || asOf > LAST_YEAR)) {
			throw new BadArgumentException("asOf",
					"asOf must be a year between " + FIRST_YEAR + " and " + LAST_YEAR + " (got " + asOf + ")");
		}
		return asOf;
	}

	/**
	 * The Cypher condition that relationship variable {@code r} holds in {@code $asOf};
	 * {@code r} is a fixed variable name, never input. That it is an accepted fact is
	 * said by its type: the statements match the accepted types only
	 * ({@code StoredType}).
	 */
	public static String holds(String r) {
		return "($asOf IS NULL OR ((%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR %1$s.until >= $asOf)))"
			.formatted(r);
	}

	List<String> kindNames() {
		return this.kinds.stream().map(Enum::name).sorted().toList();
	}

	List<String> typeNames() {
		return this.types.stream().map(Enum::name).sorted().toList();
	}

	/** The parameters {@code $kinds}, {@code $types} and {@code $asOf}. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", kindNames());
		parameters.put("types", typeNames());
		parameters.put("asOf", this.asOf);
		return parameters;
	}

}
