package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;

/**
 * Communities of a projection by label propagation (Raghavan, Albert and Kumara 2007),
 * JGraphT's {@link LabelPropagationClustering}. JGraphT 1.5.3 has no Louvain; label
 * propagation is near-linear, so it runs on the whole national network, where
 * Girvan–Newman (also in JGraphT) would recompute betweenness once per removed edge.
 * <p>
 * Label propagation visits vertices in a random order and breaks ties at random: with a
 * seeded {@link Random} and the vertices in id order ({@link ProjectedGraph}), the same
 * data and seed give the same clusters.
 */
public final class Clusters {

	/** The most rounds of label propagation. */
	static final int MAX_ITERATIONS = 100;

	private Clusters() {
	}

	/**
	 * The clusters, each with its members in id order; largest first, then by first
	 * member.
	 */
	public static List<List<String>> of(Graph<String, DefaultEdge> graph, long seed) {
		List<List<String>> clusters = new ArrayList<>();
		for (Set<String> cluster : new LabelPropagationClustering<>(graph, MAX_ITERATIONS, new Random(seed))
			.getClustering()
			.getClusters()) {
			clusters.add(cluster.stream().sorted().toList());
		}
		clusters.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing((c) -> c.get(0)));
		return clusters;
	}

}
