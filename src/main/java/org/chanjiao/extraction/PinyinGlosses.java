package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * Pages that print a reading after some characters, 職業(yè)學(xué)院 (mirror sites do this
 * to whole articles): the extraction reads the text without the readings, and quotes
 * names and sentences as the page writes them, readings included. A reading is lower-case
 * pinyin with a tone mark, in brackets, right after a Chinese character; (AI), (2023) or
 * a bracketed name are not readings. The same mirrors put a stray comma before a mark
 * (某市委宣传部,、某大学; 签署某协议,。), which would end a list; it is read without the comma too.
 * <p>
 * Written by hand: HanLP converts characters to pinyin, but does not find pinyin in a
 * text.
 */
final class PinyinGlosses {

	private PinyinGlosses() {
	}

	private static final String SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*";

	/** A reading: the character it follows is kept, the bracket goes. */
	private static final Pattern GLOSS = Pattern
		.compile("(?<=[\\u4e00-\\u9fff])[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])(" + SYLLABLE + ")[)）]");

	/** A comma a mirror puts before another mark: 某局,、某大学, 某开发区,,某学院. */
	private static final Pattern STRAY_COMMA = Pattern.compile(",(?=[、，。；：,])");

	/** The marks a stray comma may stand before. */
	private static final String MARKS = "、，。；：,";

	private static final String OPTIONAL_GLOSS = "(?:[(（]" + SYLLABLE + "[)）])?";

	static boolean present(String text) {
		return GLOSS.matcher(text).find() || STRAY_COMMA.matcher(text).find();
	}

	/** The text without its readings and stray commas. */
	static String strip(String text) {
		return STRAY_COMMA.matcher(GLOSS.matcher(text).replaceAll("")).replaceAll("");
	}

	/**
	 * The extraction of the text without readings, quoted as the page writes it: every
	 * proposed name, short form, evidence sentence and end's words are cut from the text
	 * with readings, {@code written}.
	 */
	static Extraction restore(Extraction plain, String written) {
		Map<String, String> cache = new HashMap<>();
		Map<String, Org> orgs = new LinkedHashMap<>();
		for (Org org : plain.organizations()) {
			orgs.put(org.id(),
					org.known() ? org : new Org(org.id(), asWritten(org.name(), written, cache), org.kind(), false));
		}
		List<ExtractedRelation> relations = new ArrayList<>();
		for (ExtractedRelation r : plain.relations()) {
			relations.add(new ExtractedRelation(r.type(), orgs.getOrDefault(r.from().id(), r.from()),
					orgs.getOrDefault(r.to().id(), r.to()), r.role(), r.kind(), r.title(), r.level(), r.stage(),
					r.since(), asWritten(r.evidence(), written, cache), asWritten(r.fromText(), written, cache),
					asWritten(r.toText(), written, cache)));
		}
		Map<String, List<String>> forms = new LinkedHashMap<>();
		plain.mentionedAs()
			.forEach((id, words) -> forms.put(id, words.stream().map((w) -> asWritten(w, written, cache)).toList()));
		return new Extraction(List.copyOf(orgs.values()), relations, plain.unresolved(), written, forms);
	}

	/**
	 * The words as the text with readings writes them, a reading after the last character
	 * and a stray comma before a mark included; the words themselves when the text does
	 * not hold them.
	 */
	static String asWritten(String words, String written, Map<String, String> cache) {
		if (words == null || words.isEmpty()) {
			return words;
		}
		return cache.computeIfAbsent(words, (w) -> {
			StringBuilder regex = new StringBuilder(w.length() * 8);
			w.codePoints()
				.forEach((c) -> regex.append((MARKS.indexOf(c) >= 0) ? ",?" : "")
					.append(Pattern.quote(new String(Character.toChars(c))))
					.append(Character.isIdeographic(c) ? OPTIONAL_GLOSS : ""));
			Matcher m = Pattern.compile(regex.toString()).matcher(written);
			return m.find() ? m.group() : w;
		});
	}

}
