package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Centrality of each organisation of a projection, computed with JGraphT on the
 * undirected projection.
 */
public final class Centrality {

	/** The damping factor of PageRank (the usual 0.85). */
	static final double DAMPING = 0.85;

	private Centrality() {
	}

	/** What a centrality measures. */
	public enum Measure {

		/** The number of distinct organisations tied to it. */
		DEGREE,
		/**
		 * The number of shortest paths between other pairs that pass through it (each
		 * unordered pair counted once; split between equally short paths), not
		 * normalised.
		 */
		BETWEENNESS,
		/** PageRank with damping 0.85 on the undirected ties; the scores sum to 1. */
		PAGERANK,
		/**
		 * Closeness within its connected component, scaled by the share of the graph it
		 * reaches (Wasserman and Faust): {@code (r-1)/sum(d) * (r-1)/(n-1)}, as NetworkX
		 * computes it; 0 for an organisation with no tie.
		 */
		CLOSENESS

	}

	/** One organisation's score and rank (1 = most central). */
	public record Score(String id, double score, int rank) {
	}

	/** Every organisation's score. */
	public static Map<String, Double> scores(Graph<String, DefaultEdge> graph, Measure measure) {
		return switch (measure) {
			case DEGREE -> degree(graph);
			case BETWEENNESS -> new BetweennessCentrality<>(graph, false).getScores();
			case PAGERANK -> new PageRank<>(graph, DAMPING).getScores();
			case CLOSENESS -> closeness(graph);
		};
	}

	/**
	 * The {@code first} highest scores, ties by id; equal scores share a rank (1, 2, 2,
	 * 4).
	 */
	public static List<Score> top(Map<String, Double> scores, int first) {
		List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
		sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		List<Score> top = new ArrayList<>();
		int rank = 0;
		double previous = Double.NaN;
		for (int i = 0; i < sorted.size() && i < first; i++) {
			double score = sorted.get(i).getValue();
			if (i == 0 || Math.abs(score - previous) > 1e-12) {
				rank = i + 1;
			}
			previous = score;
			top.add(new Score(sorted.get(i).getKey(), score, rank));
		}
		return top;
	}

	private static Map<String, Double> degree(Graph<String, DefaultEdge> graph) {
		Map<String, Double> scores = new HashMap<>();
		graph.vertexSet().forEach((v) -> scores.put(v, (double) graph.degreeOf(v)));
		return scores;
	}

	/**
	 * JGraphT's closeness is 0 everywhere on a disconnected graph, and ours are: so each
	 * component is scored alone and scaled by the share of the graph it reaches.
	 */
	private static Map<String, Double> closeness(Graph<String, DefaultEdge> graph) {
		Map<String, Double> scores = new HashMap<>();
		int n = graph.vertexSet().size();
		for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
			int r = component.size();
			if (r == 1) {
				scores.put(component.iterator().next(), 0.0);
				continue;
			}
			Map<String, Double> within = new ClosenessCentrality<>(new AsSubgraph<>(graph, component), false, true)
				.getScores();
			double share = (double) (r - 1) / (n - 1);
			within.forEach((v, score) -> scores.put(v, score * share));
		}
		return scores;
	}

}
