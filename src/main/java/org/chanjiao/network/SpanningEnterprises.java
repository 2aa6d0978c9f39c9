package org.chanjiao.network;

import java.util.List;
import java.util.Map;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.OrganizationFields;
import org.chanjiao.store.GraphStore;

import org.springframework.stereotype.Component;

/**
 * Which enterprises span several industry colleges: a count over each enterprise's
 * co-founding and partnership relationships, not a traversal. One statement in one read
 * transaction.
 */
@Component
public class SpanningEnterprises {

	private final GraphStore store;

	SpanningEnterprises(GraphStore store) {
		this.store = store;
	}

	/** An enterprise and the industry colleges it co-founded or partners with. */
	public record CollegeSpan(Organization enterprise, List<Organization> colleges, int collegeCount,
			List<Organization> schools) {
	}

	/**
	 * Enterprises spanning colleges, reading everything of the enterprises, colleges and
	 * schools.
	 * @see #enterprisesSpanningColleges(int, int, OrganizationFields, OrganizationFields,
	 * OrganizationFields)
	 */
	public List<CollegeSpan> enterprisesSpanningColleges(int minColleges, int first) {
		return enterprisesSpanningColleges(minColleges, first, OrganizationFields.ALL, OrganizationFields.ALL,
				OrganizationFields.ALL);
	}

	/**
	 * Enterprises with an accepted CO_FOUNDED or PARTNERS_WITH relationship (either
	 * direction) to at least {@code minColleges} colleges, most colleges first, with the
	 * colleges and the schools those colleges are PART_OF, each read only when asked for
	 * (null fields: the list is not read and answers empty). An enterprise with fewer
	 * such relationships of any status to anything than {@code minColleges} cannot
	 * qualify; that count is the node's stored degree, so most enterprises are skipped
	 * without expanding them.
	 */
	public List<CollegeSpan> enterprisesSpanningColleges(int minColleges, int first, OrganizationFields enterprise,
			OrganizationFields colleges, OrganizationFields schools) {
		String collegeList = (colleges == null) ? "" : """
				,
				  COLLECT { UNWIND colleges AS c WITH c ORDER BY c.name, c.id RETURN %s } AS colleges"""
			.formatted(colleges.cypher("c"));
		String schoolList = (schools == null) ? "" : """
				,
				  COLLECT {
				    UNWIND colleges AS c
				    MATCH (c)-[:PART_OF]->(s:School)
				    WITH DISTINCT s ORDER BY s.name, s.id RETURN %s
				  } AS schools""".formatted(schools.cypher("s"));
		return this.store.read("""
				MATCH (e:Enterprise)
				WHERE COUNT { (e)-[:CO_FOUNDED|PARTNERS_WITH]-() } >= $min
				MATCH (e)-[:CO_FOUNDED|PARTNERS_WITH]-(c:College)
				WITH e, collect(DISTINCT c) AS colleges
				WHERE size(colleges) >= $min
				WITH e, colleges, size(colleges) AS n
				ORDER BY n DESC, e.name, e.id
				LIMIT $first
				RETURN %s AS e, n%s%s
				""".formatted(enterprise.cypher("e"), collegeList, schoolList),
				Map.of("min", minColleges, "first", first),
				(r) -> new CollegeSpan(GraphMapping.organization(r.get("e")),
						(colleges == null) ? List.of() : r.get("colleges").asList(GraphMapping::organization),
						r.get("n").asInt(),
						(schools == null) ? List.of() : r.get("schools").asList(GraphMapping::organization)));
	}

}
