package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.chanjiao.organization.OrgKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * A projection of the network as an undirected simple graph of organisation ids, ready
 * for JGraphT.
 * <p>
 * <b>Why undirected.</b> The direction of our relationships records grammar, not flow: a
 * school co-founds a college, a college is part of a school, an enterprise partners with
 * a school — in each case both ends are tied to each other, and information, staff and
 * students move both ways. Brokerage (Burt), articulation points and the usual
 * centralities of collaboration networks are defined on undirected ties, and Gephi and
 * NetworkX users compare against undirected results. Several relationships between the
 * same two organisations count as one tie; a relationship from an organisation to itself
 * is not possible in the data.
 * <p>
 * Organisations are the ends of the projection's relationships: an organisation with no
 * relationship in the projection is not in it. Vertices are added in id order and edges
 * in (id, id) order, so every computation on the graph that depends on iteration order
 * gives the same answer for the same data.
 */
public final class ProjectedGraph {

	private final Graph<String, DefaultEdge> graph;

	private final Map<String, OrgKind> kinds;

	private final int relationships;

	private ProjectedGraph(Graph<String, DefaultEdge> graph, Map<String, OrgKind> kinds, int relationships) {
		this.graph = graph;
		this.kinds = kinds;
		this.relationships = relationships;
	}

	/** The graph (do not modify it). */
	public Graph<String, DefaultEdge> graph() {
		return this.graph;
	}

	/** The kind of an organisation of the projection. */
	public OrgKind kind(String id) {
		return this.kinds.get(id);
	}

	/** The number of relationships read (before several between two ends became one). */
	public int relationships() {
		return this.relationships;
	}

	public int nodeCount() {
		return this.graph.vertexSet().size();
	}

	public int edgeCount() {
		return this.graph.edgeSet().size();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Collects relationships in any order. */
	public static final class Builder {

		private final Map<String, OrgKind> kinds = new TreeMap<>();

		private final List<String[]> ties = new ArrayList<>();

		private Builder() {
		}

		/** An organisation with no tie (yet). */
		public Builder node(String id, OrgKind kind) {
			this.kinds.put(id, kind);
			return this;
		}

		/** A relationship between two organisations, in either direction. */
		public Builder tie(String a, OrgKind aKind, String b, OrgKind bKind) {
			node(a, aKind);
			node(b, bKind);
			this.ties.add((a.compareTo(b) <= 0) ? new String[] { a, b } : new String[] { b, a });
			return this;
		}

		public ProjectedGraph build() {
			Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
			this.kinds.keySet().forEach(graph::addVertex);
			Set<String> seen = new TreeSet<>();
			List<String[]> sorted = new ArrayList<>(this.ties);
			sorted.sort((x, y) -> (x[0].equals(y[0])) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
			for (String[] tie : sorted) {
				if (!tie[0].equals(tie[1]) && seen.add(tie[0] + '\u0000' + tie[1])) {
					graph.addEdge(tie[0], tie[1]);
				}
			}
			return new ProjectedGraph(graph, Collections.unmodifiableMap(new TreeMap<>(this.kinds)), this.ties.size());
		}

	}

}
