package org.chanjiao.network.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Leydesdorff's triple-helix indicator: the mutual information in three dimensions among
 * government (政), school (校) and enterprise (企) participation in platforms.
 * <p>
 * Each platform is one observation of three binary variables — it has a GOVERNMENT
 * co-founder ({@code g}), a SCHOOL co-founder ({@code s}), an ENTERPRISE co-founder
 * ({@code e}). With Shannon entropies in bits of the marginal and joint distributions
 * over the observations,
 * {@code T(g;s;e) = H(g) + H(s) + H(e) − H(g,s) − H(g,e) − H(s,e) + H(g,s,e)}. A negative
 * T is synergy: the three together reduce uncertainty more than the pairs suggest.
 * <p>
 * Leydesdorff, L. (2003). The mutual information of university–industry–government
 * relations: An indicator of the Triple Helix dynamics. <i>Scientometrics</i> 58(2),
 * 445–467.
 */
public final class TripleHelix {

	private TripleHelix() {
	}

	/** One platform's sector participation. */
	public record Observation(boolean government, boolean school, boolean enterprise) {
	}

	/** The indicator and its parts, in bits. */
	public record Result(int observations, double t, double hG, double hS, double hE, double hGS, double hGE,
			double hSE, double hGSE) {
	}

	public static Result of(List<Observation> observations) {
		double hG = entropy(observations, (o) -> o.government() ? "1" : "0");
		double hS = entropy(observations, (o) -> o.school() ? "1" : "0");
		double hE = entropy(observations, (o) -> o.enterprise() ? "1" : "0");
		double hGS = entropy(observations, (o) -> bits(o.government(), o.school()));
		double hGE = entropy(observations, (o) -> bits(o.government(), o.enterprise()));
		double hSE = entropy(observations, (o) -> bits(o.school(), o.enterprise()));
		double hGSE = entropy(observations, (o) -> bits(o.government(), o.school()) + (o.enterprise() ? "1" : "0"));
		double t = hG + hS + hE - hGS - hGE - hSE + hGSE;
		return new Result(observations.size(), clean(t), hG, hS, hE, hGS, hGE, hSE, hGSE);
	}

	/**
	 * Shannon entropy in bits of the distribution of {@code key} over the observations.
	 */
	static double entropy(List<Observation> observations, Function<Observation, String> key) {
		if (observations.isEmpty()) {
			return 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		observations.forEach((o) -> counts.merge(key.apply(o), 1, Integer::sum));
		double n = observations.size();
		double h = 0;
		for (int count : counts.values()) {
			double p = count / n;
			h -= p * Math.log(p) / Math.log(2);
		}
		return clean(h);
	}

	private static String bits(boolean a, boolean b) {
		return (a ? "1" : "0") + (b ? "1" : "0");
	}

	// Rounding noise such as -1.1e-16 reads as 0.
	private static double clean(double value) {
		return (Math.abs(value) < 1e-12) ? 0.0 : value;
	}

}
