package org.chanjiao.network.analysis;

import java.util.List;
import java.util.Map;

import org.chanjiao.network.analysis.Brokerage.ArticulationPoint;
import org.chanjiao.network.analysis.Brokerage.StructuralHoles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrokerageTests {

	@Test
	void shouldFindTheCentreOfAStarAsTheOnlyArticulationPoint() {
		ProjectedGraph star = SmallGraphs.star();
		List<ArticulationPoint> points = Brokerage.articulationPoints(star.graph(), star::kind);
		// 4 pieces of one leaf each: 4 choose 2 pairs; the centre is the school itself
		assertThat(points).containsExactly(new ArticulationPoint("c", 4, 6, false));
	}

	@Test
	void shouldFindBothEndsOfABridgeBetweenSchoolsAndEnterprises() {
		ProjectedGraph graph = SmallGraphs.twoTriangles();
		List<ArticulationPoint> points = Brokerage.articulationPoints(graph.graph(), graph::kind);
		// without c: {a, b} (schools) and {d, e, f} (enterprises): 2 × 3 pairs
		assertThat(points).containsExactly(new ArticulationPoint("c", 2, 6, true),
				new ArticulationPoint("d", 2, 6, true));
	}

	@Test
	void shouldFindTheInnerVerticesOfAPath() {
		ProjectedGraph path = SmallGraphs.path();
		assertThat(Brokerage.articulationPoints(path.graph(), path::kind)).extracting(ArticulationPoint::id)
			.containsExactly("b", "c");
	}

	@Test
	void shouldComputeBurtsMeasuresOfAStar() {
		Map<String, StructuralHoles> holes = Brokerage.structuralHoles(SmallGraphs.star().graph());
		// centre: 4 · (1/4)² ; no ties among its contacts
		assertThat(holes.get("c").constraint()).isCloseTo(0.25, within(1e-12));
		assertThat(holes.get("c").effectiveSize()).isCloseTo(4.0, within(1e-12));
		assertThat(holes.get("c").efficiency()).isCloseTo(1.0, within(1e-12));
		assertThat(holes.get("l1").constraint()).isCloseTo(1.0, within(1e-12));
		assertThat(holes.get("l1").effectiveSize()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void shouldComputeBurtsMeasuresOfTwoTriangles() {
		Map<String, StructuralHoles> holes = Brokerage.structuralHoles(SmallGraphs.twoTriangles().graph());
		// a: contacts b (degree 2) and c (degree 3), tied to each other:
		// b: (1/2 + 1/2·1/3)² = 4/9 (via c), c: (1/2 + 1/2·1/2)² = 9/16 (via b)
		assertThat(holes.get("a").constraint()).isCloseTo(4.0 / 9 + 9.0 / 16, within(1e-12));
		// 2 − 2·1/2
		assertThat(holes.get("a").effectiveSize()).isCloseTo(1.0, within(1e-12));
		// c: contacts a, b (tied to each other), d. p = 1/3; via b to a: 1/3 · 1/2
		// (1/3 + 1/6)² · 2 + (1/3)² = 1/2 + 1/9
		assertThat(holes.get("c").constraint()).isCloseTo(0.5 + 1.0 / 9, within(1e-12));
		// 3 − 2·1/3
		assertThat(holes.get("c").effectiveSize()).isCloseTo(3 - 2.0 / 3, within(1e-12));
	}

	@Test
	void shouldComputeBurtsMeasuresOfAPath() {
		Map<String, StructuralHoles> holes = Brokerage.structuralHoles(SmallGraphs.path().graph());
		// b: contacts a and c, not tied to each other: 2 · (1/2)²
		assertThat(holes.get("b").constraint()).isCloseTo(0.5, within(1e-12));
		assertThat(holes.get("b").effectiveSize()).isCloseTo(2.0, within(1e-12));
	}

}
