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
		// Fixed answers, taken when the clustering was written: the same on every run,
		// machine and JVM, not only from one run to the next.
		assertThat(Clusters.of(graph.graph(), 1)).hasToString("[[n14, n15, n16, n21, n22, n23, n28, n29, n30, n35, "
				+ "n36, n37, n38, n39], [n0, n1, n10, n11, n2, n3, n4, n7, n8, n9], [n12, n13, n19, n20, n26, n27, n33, "
				+ "n34], [n17, n18, n24, n25, n31, n32], [n5, n6]]");
		assertThat(Clusters.of(graph.graph(), 2)).hasToString("[[n16, n17, n18, n23, n24, n25], [n19, n20, n26, n27, "
				+ "n33, n34], [n30, n31, n32, n37, n38, n39], [n0, n1, n7, n8], [n10, n2, n3, n9], [n12, n13, n5, n6], "
				+ "[n14, n15, n21, n22], [n28, n29, n35, n36], [n11, n4]]");
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
