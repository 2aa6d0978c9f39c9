package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * The names of China's higher-education institutions (教育部's 全国高等学校名单, see
 * {@code extraction/institutions.NOTICE.md}) and of Taiwan's (教育部統計處's 大專校院名錄, see
 * {@code extraction/institutions-hk-mo-tw.NOTICE.md}), found in a text with one
 * Aho-Corasick pass. A Taiwan name that opens with 國立, 私立 or 市立 is also found without it
 * (成功大學), as news writes it. A name of the list is a school with exact boundaries: 北京联合大学
 * is not cut at 联合, and 举行 before it is not part of it. Loaded once, on first use.
 */
final class Gazetteer {

	/**
	 * A list: its resource and whether its third column holds other spellings and its
	 * names are also written without their ownership (國立, 私立), as Taiwan's are.
	 */
	private record Source(String resource, boolean spelledOtherwise) {
	}

	private static final List<Source> SOURCES = List.of(new Source("/extraction/institutions.tsv", false),
			new Source("/extraction/institutions-hk-mo-tw.tsv", true));

	private static final Pattern OWNERSHIP = Pattern.compile("^(?:國立|私立|市立|縣立)");

	private static volatile Gazetteer instance;

	private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

	private final int size;

	private Gazetteer(TreeMap<String, String> names) {
		this.size = names.size();
		if (!names.isEmpty()) {
			this.trie.build(names);
		}
	}

	/** The list shipped with the application. */
	static Gazetteer institutions() {
		if (instance == null) {
			synchronized (Gazetteer.class) {
				if (instance == null) {
					instance = new Gazetteer(load());
				}
			}
		}
		return instance;
	}

	private static TreeMap<String, String> load() {
		TreeMap<String, String> names = new TreeMap<>();
		for (Source source : SOURCES) {
			for (String[] cells : DataFile.rows(source.resource())) {
				List<String> spellings = new ArrayList<>(List.of(cells[0].strip()));
				if (source.spelledOtherwise()) {
					if (cells.length > 2 && !cells[2].isBlank()) {
						spellings.addAll(List.of(cells[2].strip().split("\\|")));
					}
					String unowned = OWNERSHIP.matcher(cells[0].strip()).replaceFirst("");
					if (!opensWithWord(unowned)) {
						spellings.add(unowned);
					}
				}
				for (String name : spellings) {
					if (name.length() >= 4) {
						names.putIfAbsent(ScriptConverter.normalize(name), name);
					}
				}
			}
		}
		return names;
	}

	// 政治大學, 體育大學, 聯合大學: without 國立 the name opens with a noun of the language and reads
	// as a kind of school, not as that one
	private static boolean opensWithWord(String name) {
		String nature = String.valueOf(MentionFinder.terms(ScriptConverter.normalize(name)).get(0).nature);
		return nature.equals("n") || nature.equals("vn") || nature.equals("vd");
	}

	/** How many names the list holds. */
	int size() {
		return this.size;
	}

	/** Where names of the list occur in a (normalised) text: [begin, end). */
	List<AhoCorasickDoubleArrayTrie<String>.Hit<String>> scan(String text) {
		return (this.size == 0) ? List.of() : this.trie.parseText(text);
	}

}
