package org.chanjiao.network.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.OrgKind;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

/**
 * Who brokers: articulation points (cut vertices, from JGraphT's
 * {@link BiconnectivityInspector}) and Burt's structural-hole measures.
 * <p>
 * Burt, R. S. (1992). <i>Structural Holes: The Social Structure of Competition</i>.
 * Harvard University Press, chapter 2. On the undirected, unweighted projection, the
 * proportional tie strength of {@code i} to neighbour {@code j} is
 * {@code p(i,j) = 1/deg(i)}; then
 * <ul>
 * <li>constraint {@code c(i) = Σ_j (p(i,j) + Σ_{q≠i,j} p(i,q)·p(q,j))²} over the
 * neighbours {@code j} of {@code i} — low for a broker whose contacts are not tied to
 * each other (1/deg for the centre of a star), 1 for an organisation with one tie;</li>
 * <li>effective size {@code e(i) = Σ_j (1 − Σ_{q≠i,j} p(i,q)·m(j,q))} with
 * {@code m(j,q) = 1} when {@code j} and {@code q} are tied, which is
 * {@code deg(i) − 2t/deg(i)} for {@code t} ties among the neighbours (Borgatti 1997) —
 * the number of non-redundant contacts.</li>
 * </ul>
 * These are the definitions NetworkX implements ({@code constraint},
 * {@code effective_size}) for unweighted graphs.
 */
public final class Brokerage {

	private Brokerage() {
	}

	/**
	 * An organisation whose removal splits its component.
	 *
	 * @param id the organisation
	 * @param pieces how many pieces its component falls into without it
	 * @param separatedPairs how many pairs of other organisations are joined only through
	 * it
	 * @param separatesSchoolsFromEnterprises whether, without it, some school and some
	 * enterprise (other than itself) that were connected are not
	 */
	public record ArticulationPoint(String id, int pieces, long separatedPairs,
			boolean separatesSchoolsFromEnterprises) {
	}

	/** Burt's measures of one organisation; constraint is null for one with no tie. */
	public record StructuralHoles(String id, int degree, Double constraint, double effectiveSize) {

		/** Effective size per contact (Burt's efficiency); null with no tie. */
		public Double efficiency() {
			return (this.degree == 0) ? null : this.effectiveSize / this.degree;
		}

	}

	/**
	 * The articulation points, most separated pairs first, then by id.
	 * @param kinds the kind of each organisation
	 */
	public static List<ArticulationPoint> articulationPoints(Graph<String, DefaultEdge> graph,
			java.util.function.Function<String, OrgKind> kinds) {
		List<ArticulationPoint> points = new ArrayList<>();
		for (String cut : new BiconnectivityInspector<>(graph).getCutpoints()) {
			points.add(pieces(graph, cut, kinds));
		}
		points.sort(Comparator.comparingLong(ArticulationPoint::separatedPairs)
			.reversed()
			.thenComparing(ArticulationPoint::id));
		return points;
	}

	private static ArticulationPoint pieces(Graph<String, DefaultEdge> graph, String cut,
			java.util.function.Function<String, OrgKind> kinds) {
		Set<String> visited = new HashSet<>();
		visited.add(cut);
		List<int[]> pieces = new ArrayList<>(); // size, schools, enterprises
		for (String start : Graphs.neighborListOf(graph, cut)) {
			if (!visited.add(start)) {
				continue;
			}
			int[] piece = new int[3];
			Deque<String> queue = new ArrayDeque<>(List.of(start));
			while (!queue.isEmpty()) {
				String v = queue.poll();
				piece[0]++;
				OrgKind kind = kinds.apply(v);
				if (kind == OrgKind.SCHOOL) {
					piece[1]++;
				}
				else if (kind == OrgKind.ENTERPRISE) {
					piece[2]++;
				}
				for (String w : Graphs.neighborListOf(graph, v)) {
					if (visited.add(w)) {
						queue.add(w);
					}
				}
			}
			pieces.add(piece);
		}
		long pairs = 0;
		long before = 0;
		boolean schoolsFromEnterprises = false;
		for (int i = 0; i < pieces.size(); i++) {
			pairs += before * pieces.get(i)[0];
			before += pieces.get(i)[0];
			for (int j = 0; j < pieces.size(); j++) {
				if (i != j && pieces.get(i)[1] > 0 && pieces.get(j)[2] > 0) {
					schoolsFromEnterprises = true;
				}
			}
		}
		return new ArticulationPoint(cut, pieces.size(), pairs, schoolsFromEnterprises);
	}

	/** Burt's constraint and effective size of every organisation of the graph. */
	public static Map<String, StructuralHoles> structuralHoles(Graph<String, DefaultEdge> graph) {
		Map<String, Set<String>> neighbours = new HashMap<>();
		for (String v : graph.vertexSet()) {
			neighbours.put(v, new HashSet<>(Graphs.neighborListOf(graph, v)));
		}
		Map<String, StructuralHoles> result = new HashMap<>();
		for (String i : graph.vertexSet()) {
			Set<String> contacts = neighbours.get(i);
			int n = contacts.size();
			if (n == 0) {
				result.put(i, new StructuralHoles(i, 0, null, 0));
				continue;
			}
			double pi = 1.0 / n;
			// indirect(j) = Σ_q p(i,q)·p(q,j) over contacts q of i tied to j
			Map<String, Double> indirect = new HashMap<>();
			long tiesAmongContacts = 0; // counted twice, once from each end
			for (String q : contacts) {
				Set<String> ofQ = neighbours.get(q);
				double pq = 1.0 / ofQ.size();
				for (String j : ofQ) {
					if (!j.equals(i) && contacts.contains(j)) {
						indirect.merge(j, pi * pq, Double::sum);
						tiesAmongContacts++;
					}
				}
			}
			double constraint = 0;
			for (String j : contacts) {
				double c = pi + indirect.getOrDefault(j, 0.0);
				constraint += c * c;
			}
			double effectiveSize = n - (double) tiesAmongContacts / n;
			result.put(i, new StructuralHoles(i, n, constraint, effectiveSize));
		}
		return result;
	}

}
