package org.chanjiao.network.analysis;

import java.util.List;
import java.util.Map;

import org.chanjiao.network.analysis.Centrality.Measure;
import org.chanjiao.network.analysis.Centrality.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CentralityTests {

	@Test
	void shouldCollapseRepeatedTiesIntoOneEdge() {
		ProjectedGraph graph = SmallGraphs.twoTriangles();
		assertThat(graph.nodeCount()).isEqualTo(6);
		assertThat(graph.edgeCount()).isEqualTo(7);
		assertThat(graph.relationships()).isEqualTo(8);
	}

	@Test
	void shouldScoreTheCentreOfAStarHighest() {
		ProjectedGraph star = SmallGraphs.star();
		assertThat(Centrality.scores(star.graph(), Measure.DEGREE)).containsEntry("c", 4.0).containsEntry("l1", 1.0);
		// every pair of leaves (4 choose 2) passes through the centre
		assertThat(Centrality.scores(star.graph(), Measure.BETWEENNESS)).containsEntry("c", 6.0)
			.containsEntry("l3", 0.0);
		Map<String, Double> closeness = Centrality.scores(star.graph(), Measure.CLOSENESS);
		assertThat(closeness.get("c")).isCloseTo(1.0, within(1e-9));
		// a leaf: distances 1 + 2 + 2 + 2 = 7 to the 4 others
		assertThat(closeness.get("l1")).isCloseTo(4.0 / 7, within(1e-9));
		// C = 0.15/5 + 0.85·4L, L = 0.15/5 + 0.85·C/4 => C = 0.132 / 0.2775
		Map<String, Double> pageRank = Centrality.scores(star.graph(), Measure.PAGERANK);
		assertThat(pageRank.get("c")).isCloseTo(0.132 / 0.2775, within(1e-3));
		assertThat(pageRank.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
	}

	@Test
	void shouldCountEachPairOnceInBetweennessOnAPath() {
		Map<String, Double> scores = Centrality.scores(SmallGraphs.path().graph(), Measure.BETWEENNESS);
		// b lies between a and c, a and d
		assertThat(scores).containsEntry("a", 0.0).containsEntry("b", 2.0).containsEntry("c", 2.0);
	}

	@Test
	void shouldRankTheBridgeEndsOfTwoTriangles() {
		ProjectedGraph graph = SmallGraphs.twoTriangles();
		Map<String, Double> betweenness = Centrality.scores(graph.graph(), Measure.BETWEENNESS);
		// {a, b} × {d, e, f} pass through c
		assertThat(betweenness).containsEntry("c", 6.0).containsEntry("d", 6.0).containsEntry("a", 0.0);
		Map<String, Double> closeness = Centrality.scores(graph.graph(), Measure.CLOSENESS);
		assertThat(closeness.get("c")).isCloseTo(5.0 / 7, within(1e-9));
		assertThat(closeness.get("a")).isCloseTo(5.0 / 10, within(1e-9));
		List<Score> top = Centrality.top(betweenness, 3);
		assertThat(top).extracting(Score::id).containsExactly("c", "d", "a");
		assertThat(top).extracting(Score::rank).containsExactly(1, 1, 3);
	}

	@Test
	void shouldScaleClosenessByTheShareOfAGraphAComponentReaches() {
		ProjectedGraph graph = ProjectedGraph.builder()
			.tie("a", null, "b", null)
			.tie("c", null, "d", null)
			.tie("d", null, "e", null)
			.build();
		Map<String, Double> closeness = Centrality.scores(graph.graph(), Measure.CLOSENESS);
		// a reaches 1 of 4 others at distance 1: (1/1)·(1/4)
		assertThat(closeness.get("a")).isCloseTo(0.25, within(1e-9));
		// d reaches 2 at distance 1: (2/2)·(2/4)
		assertThat(closeness.get("d")).isCloseTo(0.5, within(1e-9));
	}

}
