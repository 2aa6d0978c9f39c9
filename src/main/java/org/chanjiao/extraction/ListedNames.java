package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.chanjiao.organization.OrgKind;

/**
 * Names found from lists rather than by their shape, each list data of its own: China's
 * national party and state organs, people's organisations and national news organisations
 * ({@code extraction/national-bodies.tsv}: 党中央, 中办, 全国政协, 中国文联, 光明日报), and companies by
 * their brands ({@code extraction/brands.tsv}: 华为, 中石油, 潍柴), with the best-known
 * universities by their short forms ({@code extraction/school-short-names.tsv}: 复旦, 北航).
 * Most carry no suffix the lexicon reads, or a short form of one (中办 for 中共中央办公厅), so
 * only a list finds them. A name shorter than four characters is found only where the
 * segmenter's words begin and end with it (中办 is not in 集中办学). Loaded once, on first use.
 */
final class ListedNames {

	/** An organisation of a list: its name as listed and its kind. */
	record Body(String name, OrgKind kind) {
	}

	/** An organisation of a list found in a text: [start, end). */
	record Found(int start, int end, Body body) {
	}

	private static final AhoCorasickDoubleArrayTrie<Body> TRIE = load("/extraction/national-bodies.tsv");

	private static final AhoCorasickDoubleArrayTrie<Body> BRANDS = load("/extraction/brands.tsv",
			"/extraction/school-short-names.tsv");

	private ListedNames() {
	}

	private static AhoCorasickDoubleArrayTrie<Body> load(String... resources) {
		TreeMap<String, Body> bodies = new TreeMap<>();
		for (String resource : resources) {
			for (String[] cells : DataFile.rows(resource)) {
				String name = cells[0].strip();
				bodies.put(ScriptConverter.normalize(name), new Body(name, OrgKind.valueOf(cells[1].strip())));
			}
		}
		AhoCorasickDoubleArrayTrie<Body> trie = new AhoCorasickDoubleArrayTrie<>();
		trie.build(bodies);
		return trie;
	}

	/**
	 * The bodies a normalised sentence names, the longest where two overlap.
	 * @param tokens the segmenter's words of the sentence
	 */
	static List<Found> find(String s, NameBoundary.Tokens tokens) {
		return find(TRIE, s, tokens);
	}

	/** Whether a word is a company's brand as the list writes it (联想, 华为). */
	static boolean isBrand(String word) {
		return BRANDS.get(word) != null;
	}

	/**
	 * The companies a normalised sentence names by their brands
	 * ({@code extraction/brands.tsv}: 华为, 中石油, 潍柴), the longest where two overlap. The
	 * caller reads a brand only where no other name covers it (中国建设银行, 联想某集团, 县招商局).
	 */
	static List<Found> brands(String s, NameBoundary.Tokens tokens) {
		return find(BRANDS, s, tokens);
	}

	/**
	 * After a group's brand, the number of one of its institutes, works or bureaus: 38所,
	 * 二院, 七〇二所, 中铁一局.
	 */
	static final Pattern NUMBERED_UNIT = Pattern
		.compile("第?(?:[一二三四五六七八九十〇零]{1,4}|\\d{1,4})(?:研究所|研究院|所|院|厂|局|公局|航局)(?![\\u4e00-\\u9fa5]{0,2}(?:长|士))"
				// (东软三所大学: a count of schools, not an institute)
				+ "(?!大学|大學|高校|院校|学校|學校|学院|學院|职校|職校|中学|中學|企业|企業|单位|單位|机构|機構)");

	private static List<Found> find(AhoCorasickDoubleArrayTrie<Body> trie, String s, NameBoundary.Tokens tokens) {
		List<Found> found = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie<Body>.Hit<Body> hit : trie.parseText(s)) {
			// (与中铁一局: the segmenter splits 中|铁一局, the number after the brand keeps it)
			if (hit.end - hit.begin < 4 && !tokens.isWord(hit.begin, hit.end)
					&& !NUMBERED_UNIT.matcher(s).region(hit.end, s.length()).lookingAt()) {
				continue;
			}
			found.removeIf((f) -> f.start() >= hit.begin && f.end() <= hit.end);
			if (found.stream().noneMatch((f) -> f.start() <= hit.begin && f.end() >= hit.end)) {
				found.add(new Found(hit.begin, hit.end, hit.value));
			}
		}
		return found;
	}

}
