package org.chanjiao.network.analysis;

import org.chanjiao.organization.OrgKind;

/** Graphs whose measures are known by hand. */
final class SmallGraphs {

	private SmallGraphs() {
	}

	/** A star: centre {@code c}, leaves {@code l1..l4}. */
	static ProjectedGraph star() {
		ProjectedGraph.Builder builder = ProjectedGraph.builder();
		for (int i = 1; i <= 4; i++) {
			builder.tie("c", OrgKind.SCHOOL, "l" + i, OrgKind.ENTERPRISE);
		}
		return builder.build();
	}

	/** A path a – b – c – d. */
	static ProjectedGraph path() {
		return ProjectedGraph.builder()
			.tie("a", OrgKind.SCHOOL, "b", OrgKind.COLLEGE)
			.tie("c", OrgKind.COLLEGE, "b", OrgKind.COLLEGE)
			.tie("c", OrgKind.COLLEGE, "d", OrgKind.ENTERPRISE)
			.build();
	}

	/**
	 * Two triangles a-b-c (schools) and d-e-f (enterprises) joined by the bridge c – d.
	 */
	static ProjectedGraph twoTriangles() {
		return ProjectedGraph.builder()
			.tie("a", OrgKind.SCHOOL, "b", OrgKind.SCHOOL)
			.tie("b", OrgKind.SCHOOL, "c", OrgKind.SCHOOL)
			.tie("a", OrgKind.SCHOOL, "c", OrgKind.SCHOOL)
			.tie("c", OrgKind.SCHOOL, "d", OrgKind.ENTERPRISE)
			.tie("d", OrgKind.ENTERPRISE, "e", OrgKind.ENTERPRISE)
			.tie("e", OrgKind.ENTERPRISE, "f", OrgKind.ENTERPRISE)
			// the same tie twice, the other way round: one edge
			.tie("f", OrgKind.ENTERPRISE, "d", OrgKind.ENTERPRISE)
			.tie("d", OrgKind.ENTERPRISE, "f", OrgKind.ENTERPRISE)
			.build();
	}

}
