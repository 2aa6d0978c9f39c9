package org.chanjiao.extraction;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

/**
 * The words a name does not start with, found from what HanLP's segmenter tags them
 * rather than from a list: a preposition, an adverb, a pronoun, a conjunction (经, 向, 随着,
 * 就); a verb before a place's or an organisation's name (列入某市政府); 有 after a place; 现/原; a
 * verb of co-founding. {@link NameBoundary} cuts a name's left edge past them.
 */
final class LeadingWords {

	private LeadingWords() {
	}

	/** A year in figures, then a word that opens a name (a place's, 中国, 全国). */
	private static final java.util.regex.Pattern YEAR_BEFORE_NAME = java.util.regex.Pattern
		.compile("(?:19|20)\\d{2}(?=[\\u4e00-\\u9fa5&&[^年届级度期]])");

	/** Words that open with 原 or 现 and mean neither: 现代城市建设学院, 原创设计中心. */
	private static final java.util.regex.Pattern NOT_FORMER = java.util.regex.Pattern.compile("现代|现场|原创|原生|原始");

	/** A place's name after 原 or 现: 全国, 中国, 国家, 某省, 某市. */
	private static final java.util.regex.Pattern FORMER_PLACE = java.util.regex.Pattern
		.compile("全国|中国|国家|[\\u4e00-\\u9fa5]{2,3}[省市县区]");

	/**
	 * A name does not start with a preposition, an adverb, a pronoun, a conjunction or 是
	 * (经, 向, 随着, 就, 这次, 无论是): words of those kinds that lead what is left are skipped, so
	 * long as a word of the name's head remains before the suffix. Which words these are
	 * is what HanLP's segmenter tags them. A verb is skipped only before a proper name
	 * (列入某市政府), 现/原 before any word, and time words never: the segmenter tags too many
	 * names' first words so (黎明, 前进, 开沃).
	 */
	static int skip(int cut, int suffixStart, NameBoundary.Tokens tokens) {
		String s = tokens.source();
		// 打造成某示范基地: 成 ends the verb before the name when the segmenter took it into the
		// verb (造成); one that starts a word of its own starts the name (共建成都某中学), and so
		// does one that opens a place read alone (共建成渝地区某联盟: the segmenter read 建成)
		if (s != null && cut > 0 && cut + 3 < suffixStart && s.charAt(cut) == '成'
				&& "造建设变".indexOf(s.charAt(cut - 1)) >= 0 && !tokens.starts().contains(cut)
				&& !(s.startsWith("共建", cut - 2) && BoundaryWords.opensProperNoun(s, cut, suffixStart))) {
			cut++;
		}
		// 原全国某中心主任, 原某省某厅: 原/现 before a place's name is the former or current
		// post's, though the segmenter reads the two as a person's name (原全国/nr)
		if (s != null && cut + 3 < suffixStart && (s.charAt(cut) == '原' || s.charAt(cut) == '现')
				&& !NOT_FORMER.matcher(s).region(cut, suffixStart).lookingAt()
				&& Places.leadingPlace(s.substring(cut, suffixStart)) == 0
				&& (Places.leadingPlace(s.substring(cut + 1, suffixStart)) > 0
						|| FORMER_PLACE.matcher(s).region(cut + 1, suffixStart).lookingAt())) {
			cut++;
		}
		// 建设好某共同体, 办好某学院: 好 completes the verb before the name
		if (s != null && cut > 0 && cut + 3 < suffixStart && s.charAt(cut) == '好'
				&& "设办做建用管搞".indexOf(s.charAt(cut - 1)) >= 0) {
			cut++;
		}
		// “2025某协会设计艺术节”: a year that opens an event's title, before the name of who
		// holds it
		if (s != null && cut + 6 < suffixStart && YEAR_BEFORE_NAME.matcher(s).region(cut, suffixStart).lookingAt()
				&& (cut == 0 || !Character.isDigit(s.charAt(cut - 1)))) {
			cut += 4;
		}
		cut = skipLeadingPreposition(cut, suffixStart, tokens);
		List<Term> terms = tokens.terms();
		cut = skipSecondVerb(s, cut, suffixStart, terms);
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			int end = term.offset + term.length();
			if (term.offset < cut) {
				continue;
			}
			Term next = (i + 1 < terms.size()) ? terms.get(i + 1) : null;
			if (term.offset != cut || end > suffixStart || quotesInside(s, term, suffixStart) || isPlaceTaggedVerb(term)
					|| NameJoins.isNamesFirstJoiner(s, term, next) || isBrandTaggedAdverb(term, next)
					|| opensListedName(s, term)
					|| !isLeadingNonName(term) && !isVerbBeforeName(term, next) && !isFormerOrCurrent(term, next)
							&& !isWhereBeforePlace(term, next) && !isVerbBeforeWords(term, next, end, suffixStart)) {
				break;
			}
			cut = end;
		}
		cut = skipPastFoundingVerb(skipPastHave(cut, suffixStart, tokens), suffixStart, tokens);
		return cut;
	}

	/**
	 * 于某地合办某学院, 某大学共建某中心: a verb of leading, initiating or co-building, as a word of its
	 * own, never stands inside a name; the name starts after it. (Verbs of plain
	 * establishing such as 建设 do: 中国建设银行.)
	 */
	private static int skipPastFoundingVerb(int cut, int suffixStart, NameBoundary.Tokens tokens) {
		for (Term term : tokens.terms()) {
			int end = term.offset + term.length();
			if (term.offset >= cut && end + 2 <= suffixStart && tokens.isWord(term.offset, end)
					&& RelationCues.isJointFoundingVerb(term.word)) {
				cut = end;
			}
		}
		return cut;
	}

	/**
	 * 共同建设和运行联合实验室: a verb joined by 和, 并 or 及 to a verb of founding (运行, 运营, 管理) is no
	 * name's first word; the name starts after it.
	 */
	private static int skipSecondVerb(String s, int cut, int suffixStart, List<Term> terms) {
		if (s == null || !SECOND_VERB_AFTER.matcher(s.substring(Math.max(0, cut - 3), cut)).find()) {
			return cut;
		}
		for (Term term : terms) {
			int end = term.offset + term.length();
			if (term.offset == cut && end + 2 <= suffixStart && String.valueOf(term.nature).matches("v|vn|vi")) {
				return end;
			}
		}
		return cut;
	}

	private static final java.util.regex.Pattern SECOND_VERB_AFTER = java.util.regex.Pattern
		.compile("(?:建设|共建|组建|创建|建立)[和并及]$");

	/**
	 * 开封经济技术开发区: a city's name the segmenter tags a verb (开封, "to unseal") is the place
	 * the name opens with.
	 */
	private static boolean isPlaceTaggedVerb(Term term) {
		return term.nature != null && term.nature.toString().startsWith("v") && Places.isListed(term.word);
	}

	/**
	 * 列入某市政府, 接受教育部, 充分体现教育部: a verb (or a manner adverb) right before a word the
	 * segmenter tags as a place or an organisation's name starts no name; a name whose
	 * first word is tagged a verb (黎明, 前进) goes on with a common word, not a proper one.
	 */
	private static boolean isVerbBeforeName(Term term, Term next) {
		if (next == null) {
			return false;
		}
		String nature = (term.nature != null) ? term.nature.toString() : "";
		String following = (next.nature != null) ? next.nature.toString() : "";
		if (nature.equals("ad")) {
			return following.startsWith("v"); // 充分体现某部: the adverb, then the verb
		}
		boolean verb = (nature.equals("v") || nature.equals("vi") || nature.equals("vg")) && term.length() >= 2
				|| nature.equals("vyou");
		// 到广州某学院, 赴上海某公司: a one-character verb before a place's name starts no name
		boolean shortVerbBeforePlace = nature.equals("v") && term.length() == 1 && following.startsWith("ns");
		return shortVerbBeforePlace || verb && (following.startsWith("ns") || following.startsWith("nt")
				|| following.equals("nz") || following.startsWith("nr") && term.length() >= 2);
	}

	/**
	 * 负责氢能研究所, 选派城市轨道交通学院, 立足国家某基地: a verb of two characters or more before at least two
	 * words' worth of name starts no name (a brand the segmenter tags a verb, 联想集团, 前进中学,
	 * leaves too little after it).
	 */
	private static boolean isVerbBeforeWords(Term term, Term next, int end, int suffixStart) {
		// (联想(上海)有限公司: a brand before a place in brackets)
		// (联想企业科技集团: a brand the segmenter tags a verb opens its company's name)
		return isWordVerb(term) && !ListedNames.isBrand(term.word) && suffixStart - end >= 4 && next != null
				&& !next.word.isEmpty() && Character.isIdeographic(next.word.codePointAt(0))
				&& !MODIFYING_VERBS.contains(term.word);
	}

	/**
	 * Verbs that name what a platform works on, first in its name: 开源鸿蒙某学院, 开放某实验室,
	 * 创新创业教育学院.
	 */
	static final Set<String> MODIFYING_VERBS = Set.of("开源", "开放", "创新");

	/** A verb of two characters or more, as the segmenter tags it (选派, 负责, 立足). */
	static boolean isWordVerb(Term term) {
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return (nature.equals("v") || nature.equals("vi")) && term.length() >= 2;
	}

	// “数字城市”实训基地, ‘一带一路’某联盟: a quotation that closes inside the name opens it
	private static boolean quotesInside(String s, Term term, int suffixStart) {
		int kind = "“「‘".indexOf(term.word);
		if (s == null || term.word.length() != 1 || kind < 0) {
			return false;
		}
		int close = s.indexOf("”」’".charAt(kind), term.offset);
		return close > term.offset + 1 && close < suffixStart;
	}

	/**
	 * 走访了园区安徽某公司, 辖区江苏某企业: a word of where (the park, the district, the locality) right
	 * before a place's name is the page's, not the name's; the name starts with the
	 * place.
	 */
	private static boolean isWhereBeforePlace(Term term, Term next) {
		return next != null && WHERE.contains(term.word) && next.nature != null
				&& next.nature.toString().startsWith("ns");
	}

	private static final Set<String> WHERE = Set.of("园区", "辖区", "区内", "市内", "省内", "县内", "境内", "当地", "本地", "全省", "全市",
			"全县", "全区");

	/** (现某研究院), 原某学院: "now" and "formerly" stand before a name, not in it. */
	private static boolean isFormerOrCurrent(Term term, Term next) {
		return next != null && (term.word.equals("现") || term.word.equals("原"));
	}

	/**
	 * 天津有某汽车, 省有某集团: 有 as a word of its own (the segmenter's verb of having) ends a
	 * place's list of what it has; the name starts after it.
	 */
	private static int skipPastHave(int cut, int suffixStart, NameBoundary.Tokens tokens) {
		for (Term term : tokens.terms()) {
			if (term.offset >= cut && term.offset + 1 < suffixStart && term.word.equals("有") && term.nature != null
					&& term.nature.toString().equals("vyou")) {
				cut = term.offset + 1;
			}
		}
		return cut;
	}

	/**
	 * 向晋陵集团, 到通运集团, 以东陵某学院为牵头学校: a preposition the segmenter glued to the name's first
	 * word (以东, a place word there); it starts no name when what follows it starts one (a
	 * place, a brand).
	 */
	private static int skipLeadingPreposition(int cut, int suffixStart, NameBoundary.Tokens tokens) {
		if (cut + 3 <= suffixStart && tokens.source() != null
				&& "向到经被把从给让使将对属以".indexOf(tokens.source().charAt(cut)) >= 0 && !tokens.starts().contains(cut + 1)) {
			List<Term> rest = MentionFinder.terms(tokens.source().substring(cut + 1, suffixStart));
			if (!rest.isEmpty() && NameBoundary.isProper(rest.get(0))) {
				return cut + 1;
			}
		}
		return cut;
	}

	/**
	 * 某公司、当农电子商务公司: a one-character word the segmenter tags a preposition, right after a
	 * list's comma, is the first of the listed name's characters (a list's item opens
	 * with its name, not with a preposition).
	 */
	private static boolean opensListedName(String s, Term term) {
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return s != null && term.offset > 0 && s.charAt(term.offset - 1) == '、' && term.length() == 1
				&& nature.startsWith("p") && "与和及同跟向对在为由".indexOf(term.word) < 0;
	}

	/**
	 * 在共同药业某研究院: 共同, tagged an adverb, opens a brand where a trade in 业 follows it.
	 */
	private static boolean isBrandTaggedAdverb(Term term, Term next) {
		return term.word.equals("共同") && next != null && next.word.endsWith("业")
				&& OrganizationLexicon.TRADE_SUFFIXES.contains(next.word);
	}

	private static boolean isLeadingNonName(Term term) {
		if (term.word.equals("属") || term.word.equals("隶属") || term.word.equals("归属")) {
			return true; // 属某研究会二级分会: what it belongs to follows
		}
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return nature.equals("vshi") || nature.startsWith("p") || nature.equals("d") || nature.equals("ad")
				|| nature.startsWith("r") || nature.equals("c") || nature.equals("cc") || nature.startsWith("u")
				|| nature.equals("y") || nature.equals("e") || nature.equals("o") || nature.equals("w")
				// (研发出某新材料: the verb's direction, 出, 上, 起; not 北川/vf, a place)
				|| nature.equals("vf") && term.word.length() == 1;
	}

}
