package org.chanjiao.network.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClustersTests {

	@Test
	void shouldFindTheTwoTriangles() {
		List<List<String>> clusters = Clusters.of(SmallGraphs.twoTriangles().graph(), 42);
		assertThat(clusters).containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("d", "e", "f"));
	}

	@Test
	void shouldGiveTheSameClustersForTheSameSeed() {
		ProjectedGraph.Builder builder = ProjectedGraph.builder();
		// a ring of 40 with chords: ties everywhere, so the random order matters
		for (int i = 0; i < 40; i++) {
			builder.tie("n" + i, null, "n" + ((i + 1) % 40), null);
			builder.tie("n" + i, null, "n" + ((i + 7) % 40), null);
		}
		ProjectedGraph graph = builder.build();
		for (long seed = 1; seed <= 5; seed++) {
			assertThat(Clusters.of(graph.graph(), seed)).isEqualTo(Clusters.of(builderCopy(graph), seed));
		}
	}

	private static org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> builderCopy(ProjectedGraph graph) {
		// the same data, ties given in another order
		ProjectedGraph.Builder builder = ProjectedGraph.builder();
		List<org.jgrapht.graph.DefaultEdge> edges = List.copyOf(graph.graph().edgeSet());
		for (int i = edges.size() - 1; i >= 0; i--) {
			builder.tie(graph.graph().getEdgeTarget(edges.get(i)), null, graph.graph().getEdgeSource(edges.get(i)),
					null);
		}
		return builder.build().graph();
	}

}
