package org.chanjiao.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.chanjiao.curation.DuplicateFinder;
import org.chanjiao.organization.OrgKind;

/**
 * The organisations a graph already holds, by every name and alias: found in a text with
 * one Aho-Corasick pass (so the cost grows with the text, not with the number of names),
 * and matched to a candidate name exactly, folded (full-/half-width, brackets, spaces) or
 * normalised (legal-form suffixes such as 有限公司 set aside, as
 * {@link DuplicateFinder#normalize}). A surface form two organisations share is left out
 * of the scan, since it does not tell them apart.
 */
public final class KnownNames {

	/** An organisation of the graph, or one an extraction proposes. */
	public record Org(String id, String name, OrgKind kind, boolean known) {

		/** A proposed organisation, with an id derived from its folded name. */
		static Org proposed(String name, OrgKind kind) {
			return new Org(proposedId(name), name, kind, false);
		}

		/**
		 * A proposed organisation named as written, with an id derived from its
		 * normalised form (simplified characters), so that 職業技術學院 and 职业技术学院 are one.
		 */
		static Org proposed(String written, String normalized, OrgKind kind) {
			return new Org(proposedId(normalized), written, kind, false);
		}

	}

	/** An organisation's names as the graph holds them. */
	public record Entry(String id, String name, OrgKind kind, List<String> aliases) {
	}

	public static final KnownNames EMPTY = new KnownNames(List.of());

	private final Map<String, Org> byId = new HashMap<>();

	private final Map<String, Org> byFolded = new HashMap<>();

	private final Map<String, Org> byNormalized = new HashMap<>();

	private final AhoCorasickDoubleArrayTrie<Org> trie = new AhoCorasickDoubleArrayTrie<>();

	private final boolean empty;

	public KnownNames(Collection<Entry> entries) {
		Map<String, Org> surfaces = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		Set<String> ambiguousFolded = new HashSet<>();
		Set<String> ambiguousNormalized = new HashSet<>();
		for (Entry entry : entries) {
			Org org = new Org(entry.id(), entry.name(), entry.kind(), true);
			this.byId.put(entry.id(), org);
			List<String> names = new ArrayList<>();
			names.add(entry.name());
			names.addAll(entry.aliases());
			for (String name : names) {
				if (name == null || name.isBlank()) {
					continue;
				}
				String surface = name.strip();
				if (isRelative(surface)) {
					continue; // 省教育厅 is every province's department: it names none by
								// itself
				}
				if (isScannable(surface)) {
					put(surfaces, ambiguous, surface, org);
				}
				put(this.byFolded, ambiguousFolded, DuplicateFinder.fold(surface), org);
				String normalized = DuplicateFinder.normalize(surface);
				if (normalized.length() > 1) {
					put(this.byNormalized, ambiguousNormalized, normalized, org);
				}
			}
		}
		ambiguous.forEach(surfaces::remove);
		ambiguousFolded.forEach(this.byFolded::remove);
		ambiguousNormalized.forEach(this.byNormalized::remove);
		this.empty = surfaces.isEmpty();
		if (!this.empty) {
			this.trie.build(new TreeMap<>(surfaces));
		}
	}

	private static void put(Map<String, Org> map, Set<String> ambiguous, String key, Org org) {
		Org previous = map.putIfAbsent(key, org);
		if (previous != null && !previous.id().equals(org.id())) {
			ambiguous.add(key);
		}
	}

	// Two-character aliases of Latin letters (e.g. "MO") would match inside words.
	private static boolean isRelative(String surface) {
		return surface.length() > 1 && "省市区县州".indexOf(surface.charAt(0)) >= 0 && !surface.startsWith("市域");
	}

	private static boolean isScannable(String surface) {
		boolean cjk = surface.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return cjk ? surface.length() >= 2 : surface.length() >= 4;
	}

	/** A known organisation by id. */
	public Optional<Org> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** Where known names occur in a text: [begin, end) and the organisation. */
	List<AhoCorasickDoubleArrayTrie<Org>.Hit<Org>> scan(String text) {
		return this.empty ? List.of() : this.trie.parseText(text);
	}

	/** The known organisation a name denotes: exact, folded or normalised. */
	public Optional<Org> link(String name) {
		Org org = this.byFolded.get(DuplicateFinder.fold(name));
		if (org == null) {
			String normalized = DuplicateFinder.normalize(name);
			if (normalized.length() > 1) {
				org = this.byNormalized.get(normalized);
			}
		}
		return Optional.ofNullable(org);
	}

	/**
	 * The organisation named by the words from {@code start} to {@code end} of a
	 * sentence: the one known by them, else one proposed of the given kind, named as
	 * written.
	 * @param s the sentence as read (script converted)
	 * @param written the sentence as written
	 */
	Org linkOrPropose(String s, String written, int start, int end, OrgKind kind) {
		String name = s.substring(start, end);
		return link(name).orElseGet(() -> Org.proposed(written.substring(start, end), name, kind));
	}

	/**
	 * The id of a proposed organisation: {@code x-} and 8 hex digits of the SHA-256 of
	 * its folded name, so the same name gets the same id in every run and database.
	 */
	public static String proposedId(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(DuplicateFinder.fold(name).getBytes(StandardCharsets.UTF_8));
			return "x-" + HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
