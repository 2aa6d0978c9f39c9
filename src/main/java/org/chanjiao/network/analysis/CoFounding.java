package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one-mode organisation–organisation projection of the two-mode network of founders ×
 * platforms (CO_FOUNDED into colleges, communities, research institutes and practice
 * bases): two founders are tied when they co-founded a platform together, with weight the
 * number of platforms they co-founded.
 */
public final class CoFounding {

	private CoFounding() {
	}

	/** A founder co-founded a platform. */
	public record Founding(String founder, String platform, String role) {
	}

	/**
	 * Two founders ({@code a} before {@code b} by id) and the platforms they co-founded.
	 */
	public record Pair(String a, String b, List<String> platforms) {

		public int weight() {
			return this.platforms.size();
		}

	}

	/**
	 * Projects foundings onto founder pairs, heaviest first, then by ids.
	 * @param leadOnly count only LEAD co-foundings (牵头): pairs that led a platform
	 * together
	 */
	public static List<Pair> pairs(List<Founding> foundings, boolean leadOnly) {
		Map<String, TreeSet<String>> foundersByPlatform = new TreeMap<>();
		for (Founding founding : foundings) {
			if (!leadOnly || "LEAD".equals(founding.role())) {
				foundersByPlatform.computeIfAbsent(founding.platform(), (p) -> new TreeSet<>()).add(founding.founder());
			}
		}
		Map<String, TreeSet<String>> platformsByPair = new TreeMap<>();
		for (var entry : foundersByPlatform.entrySet()) {
			List<String> founders = new ArrayList<>(entry.getValue());
			for (int i = 0; i < founders.size(); i++) {
				for (int j = i + 1; j < founders.size(); j++) {
					platformsByPair
						.computeIfAbsent(founders.get(i) + '\u0000' + founders.get(j), (k) -> new TreeSet<>())
						.add(entry.getKey());
				}
			}
		}
		List<Pair> pairs = new ArrayList<>();
		platformsByPair.forEach((key, platforms) -> {
			int split = key.indexOf('\u0000');
			pairs.add(new Pair(key.substring(0, split), key.substring(split + 1), List.copyOf(platforms)));
		});
		pairs.sort(Comparator.comparingInt(Pair::weight).reversed().thenComparing(Pair::a).thenComparing(Pair::b));
		return pairs;
	}

}
