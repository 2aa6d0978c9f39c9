package org.chanjiao.curation;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.chanjiao.system.BadArgumentException;

import org.springframework.stereotype.Component;

/**
 * Finds organisations that are probably the same: equal identifiers, equal normalised
 * names, a name or alias of one equal to a name or alias of the other, or — a weaker
 * reason — names equal once the places they open with are set aside
 * ({@link PlacePrefix}). Candidates are grouped by key (hash maps, not pairwise
 * comparison), so the cost grows with the number of organisations (every one is read on
 * each call), not its square.
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

	/**
	 * Two likely duplicates and why.
	 *
	 * @param cursor where this candidate stands in the order of {@link #find}, for
	 * {@code after}
	 */
	public record DuplicateCandidate(Organization a, Organization b, List<String> reasons, String cursor) {
	}

	/** Why two organisations may be one, strongest first. */
	enum Reason {

		IDENTIFIER, NAME, ANY_NAME, PLACE

	}

	/**
	 * The likely duplicates: pairs with more reasons first, then by their strongest
	 * reason (identifier, name, any name, name without its places), then by the two ids.
	 * @param first how many
	 * @param after a {@link DuplicateCandidate#cursor()}: only candidates after it
	 * @throws BadArgumentException for a cursor this did not give out
	 */
	public List<DuplicateCandidate> find(int first, String after) {
		Key from = (after != null) ? Key.parse(after) : null;
		List<Organization> organizations = this.store.read("MATCH (o:Organization) RETURN o ORDER BY o.id", Map.of(),
				(r) -> GraphMapping.organization(r.get("o")));
		Map<String, List<Organization>> byIdentifier = new HashMap<>();
		Map<String, List<Organization>> byName = new HashMap<>();
		Map<String, List<Organization>> byAnyName = new HashMap<>();
		Map<String, Map<Organization, PlacePrefix>> byNameWithoutPlaces = new HashMap<>();
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
				PlacePrefix places = PlacePrefix.of(fold(n));
				String rest = withoutSuffixes(places.rest());
				if (rest.length() > 1) {
					byNameWithoutPlaces.computeIfAbsent(rest, (k) -> new LinkedHashMap<>())
						.merge(o, places, (kept, other) -> kept.places().isEmpty() ? kept : other);
				}
			}
		}
		Map<String, Candidate> pairs = new TreeMap<>();
		byIdentifier.forEach((key, group) -> pair(pairs, group, Reason.IDENTIFIER, "same identifier " + key));
		byName.forEach((key, group) -> pair(pairs, group, Reason.NAME, "same name once normalised: " + key));
		byAnyName.forEach((key, group) -> pair(pairs, group, Reason.ANY_NAME,
				"a name or alias of one equals a name or alias of the other, normalised: " + key));
		byNameWithoutPlaces.forEach((key, group) -> pairAcrossPlaces(pairs, key, group));
		return pairs.values()
			.stream()
			.filter((c) -> !c.reasons.isEmpty())
			.map((c) -> Map.entry(new Key(c.reasons.size(), c.strongest.ordinal(), c.a.id(), c.b.id()), c))
			.filter((e) -> from == null || e.getKey().compareTo(from) > 0)
			.sorted(Map.Entry.comparingByKey())
			.limit(first)
			.map((e) -> new DuplicateCandidate(e.getValue().a, e.getValue().b, List.copyOf(e.getValue().reasons),
					e.getKey().cursor()))
			.toList();
	}

	/**
	 * The position of a candidate: more reasons first, then the strongest reason, then
	 * the ids.
	 */
	record Key(int reasons, int strongest, String a, String b) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparingInt((Key k) -> -k.reasons)
			.thenComparingInt(Key::strongest)
			.thenComparing(Key::a)
			.thenComparing(Key::b);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

		String cursor() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						("dup\u0000" + this.reasons + "\u0000" + this.strongest + "\u0000" + this.a + "\u0000" + this.b)
							.getBytes(StandardCharsets.UTF_8));
		}

		static Key parse(String cursor) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
					.split("\u0000", -1);
				if (parts.length == 5 && parts[0].equals("dup")) {
					return new Key(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3], parts[4]);
				}
			}
			catch (IllegalArgumentException ex) {
				// answered below
			}
			throw new BadArgumentException("after",
					"after must be the cursor of a duplicate candidate (its cursor field), not '" + cursor + "'");
		}

	}

	private static final class Candidate {

		private final Organization a;

		private final Organization b;

		private final Set<String> reasons = new LinkedHashSet<>();

		private Reason strongest = Reason.PLACE;

		Candidate(Organization a, Organization b) {
			this.a = a;
			this.b = b;
		}

		void add(Reason reason, String text) {
			this.reasons.add(text);
			if (reason.compareTo(this.strongest) < 0) {
				this.strongest = reason;
			}
		}

	}

	private static void pair(Map<String, Candidate> pairs, List<Organization> group, Reason reason, String text) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				candidate(pairs, group.get(i), group.get(j)).ifPresent((c) -> c.add(reason, text));
			}
		}
	}

	/**
	 * Pairs of names equal once their places are set aside, where at least one had a
	 * place and the places do not differ (广东长隆集团 and 长隆集团, not 广州市第一中学 and 深圳市第一中学).
	 */
	private static void pairAcrossPlaces(Map<String, Candidate> pairs, String key,
			Map<Organization, PlacePrefix> group) {
		List<Map.Entry<Organization, PlacePrefix>> members = new ArrayList<>(group.entrySet());
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				PlacePrefix one = members.get(i).getValue();
				PlacePrefix two = members.get(j).getValue();
				if ((one.places().isEmpty() && two.places().isEmpty()) || !one.compatibleWith(two)) {
					continue;
				}
				Set<String> places = new LinkedHashSet<>(one.places());
				places.addAll(two.places());
				candidate(pairs, members.get(i).getKey(), members.get(j).getKey())
					// Names equal as they are need no weaker reason.
					.filter((c) -> c.strongest.compareTo(Reason.NAME) > 0 || c.reasons.isEmpty())
					.ifPresent((c) -> c.add(Reason.PLACE, "names equal once the place " + String.join("", places)
							+ " is set aside (a weaker reason: check they are not two branches): " + key));
			}
		}
	}

	private static java.util.Optional<Candidate> candidate(Map<String, Candidate> pairs, Organization a,
			Organization b) {
		if (a.id().equals(b.id())) {
			return java.util.Optional.empty();
		}
		Organization first = (a.id().compareTo(b.id()) < 0) ? a : b;
		Organization second = (first == a) ? b : a;
		return java.util.Optional
			.of(pairs.computeIfAbsent(first.id() + "\u0000" + second.id(), (k) -> new Candidate(first, second)));
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
		return withoutSuffixes(fold(name));
	}

	private static String withoutSuffixes(String folded) {
		String key = folded;
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
