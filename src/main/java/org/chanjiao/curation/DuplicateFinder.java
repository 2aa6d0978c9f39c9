package org.chanjiao.curation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.Organization;
import org.chanjiao.store.GraphStore;

import org.springframework.stereotype.Component;

/**
 * Finds organisations that are probably the same: equal identifiers, equal normalised
 * names, or a name or alias of one equal to a name or alias of the other. Candidates are
 * grouped by key (hash maps, not pairwise comparison), so the cost grows with the number
 * of organisations, not its square.
 */
@Component
public class DuplicateFinder {

	/** Legal-form and group suffixes that do not tell two organisations apart. */
	private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "股份公司", "公司", "集团", "股份",
			"coltd", "co", "ltd", "limited", "inc", "corporation", "corp", "group", "company");

	private static final Pattern BRACKETS_AND_SPACES = Pattern.compile("[\\s()\\[\\]{}<>《》〈〉「」『』【】〔〕.,·'\"-]+");

	private final GraphStore store;

	DuplicateFinder(GraphStore store) {
		this.store = store;
	}

	/** Two likely duplicates and why. */
	public record DuplicateCandidate(Organization a, Organization b, List<String> reasons) {
	}

	public List<DuplicateCandidate> find(int first) {
		List<Organization> organizations = this.store.read("MATCH (o:Organization) RETURN o ORDER BY o.id", Map.of(),
				(r) -> GraphMapping.organization(r.get("o")));
		Map<String, List<Organization>> byIdentifier = new HashMap<>();
		Map<String, List<Organization>> byName = new HashMap<>();
		Map<String, List<Organization>> byAnyName = new HashMap<>();
		for (Organization o : organizations) {
			o.identifiers()
				.forEach((i) -> byIdentifier.computeIfAbsent(i.scheme() + ":" + i.value(), (k) -> new ArrayList<>())
					.add(o));
			String name = normalize(o.name());
			if (!name.isEmpty()) {
				byName.computeIfAbsent(name, (k) -> new ArrayList<>()).add(o);
			}
			Set<String> names = new LinkedHashSet<>();
			names.add(o.name());
			if (o.nameEn() != null) {
				names.add(o.nameEn());
			}
			names.addAll(o.aliases());
			for (String n : names) {
				String key = normalize(n);
				if (key.length() > 1) {
					byAnyName.computeIfAbsent(key, (k) -> new ArrayList<>()).add(o);
				}
			}
		}
		Map<String, Candidate> pairs = new TreeMap<>();
		byIdentifier.forEach((key, group) -> pair(pairs, group, "same identifier " + key));
		byName.forEach((key, group) -> pair(pairs, group, "same name once normalised: " + key));
		byAnyName.forEach((key, group) -> pair(pairs, group,
				"a name or alias of one equals a name or alias of the other, normalised: " + key));
		return pairs.values()
			.stream()
			.sorted(Comparator.comparingInt((Candidate c) -> -c.reasons.size())
				.thenComparing((c) -> c.a.id())
				.thenComparing((c) -> c.b.id()))
			.limit(first)
			.map((c) -> new DuplicateCandidate(c.a, c.b, List.copyOf(c.reasons)))
			.toList();
	}

	private record Candidate(Organization a, Organization b, Set<String> reasons) {
	}

	private static void pair(Map<String, Candidate> pairs, List<Organization> group, String reason) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				Organization a = group.get(i);
				Organization b = group.get(j);
				if (a.id().equals(b.id())) {
					continue;
				}
				if (a.id().compareTo(b.id()) > 0) {
					Organization t = a;
					a = b;
					b = t;
				}
				Organization first = a;
				Organization second = b;
				pairs
					.computeIfAbsent(a.id() + "\u0000" + b.id(),
							(k) -> new Candidate(first, second, new LinkedHashSet<>()))
					.reasons()
					.add(reason);
			}
		}
	}

	/**
	 * Full- and half-width folded, lower-cased, brackets, punctuation and spaces removed.
	 */
	public static String fold(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return BRACKETS_AND_SPACES.matcher(folded).replaceAll("");
	}

	/**
	 * {@link #fold} with legal-form suffixes such as 有限公司, 集团, 股份 removed from the end.
	 */
	public static String normalize(String name) {
		String key = fold(name);
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String suffix : SUFFIXES) {
				if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
					key = key.substring(0, key.length() - suffix.length());
					stripped = true;
				}
			}
		}
		return key;
	}

}
