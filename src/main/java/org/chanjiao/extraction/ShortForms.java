package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.curation.DuplicateFinder;

/**
 * How a document writes a name shorter than in full: a school's abbreviation (江川交通职院,
 * 三峡职院 leaving out the province), a shortened school name (理工学院, 东方学院), a company without
 * its legal form or trade words (江钢 → 江川钢铁集团有限公司), and the canonical form under which
 * 职教集团 and 职业教育集团 are one name.
 */
final class ShortForms {

	private static final Pattern LEGAL_FORM = Pattern
		.compile("(?:（集团）|\\(集团\\)|集团)?(?:股份)?有限(?:责任)?公司$|集团$|股份公司$|(?:（集团）|\\(集团\\))?公司$");

	private static final Pattern TRADE_WORDS = Pattern
		.compile("(?:科技|技术|信息|网络|电子|智能|软件|数据|通信|通讯|实业|控股|投资|发展|贸易|国际|电器|电气|工程)+$");

	/**
	 * Words of a trade at a company name's end: common nouns, adjectives, verbal nouns.
	 */
	private static final Pattern TRADE_NATURE = Pattern.compile("n|nf|nis|nnt|vn|a|an|ns|gi|gm|gp");

	/**
	 * A word that can be a brand alone: a proper noun, a person's, an organisation's
	 * name.
	 */
	private static final Pattern PROPER_NATURE = Pattern.compile("nz|nr.*|nt.*|nx");

	private ShortForms() {
	}

	/**
	 * The province a name opens with (湖北省教育厅 → 湖北), or null. Two names whose
	 * {@link #canonical} forms agree name one organisation only when at most one of them
	 * names a province or both name the same one: 湖北工业大学 is not 天津工业大学.
	 */
	static String province(String name) {
		for (String province : OrganizationLexicon.PROVINCES) {
			if (name.startsWith(province) && name.length() > province.length() + 3) {
				return province;
			}
		}
		return null;
	}

	// 河南省教育厅 and 湖北省教育厅 share their canonical form without the province
	static boolean sameProvince(String first, String other) {
		String a = (first != null) ? province(first) : null;
		String b = province(other);
		return a == null || b == null || a.equals(b);
	}

	static String canonical(String name) {
		String province = province(name);
		if (province != null) {
			name = name.substring(province.length()).replaceFirst("^(省|市|自治区)", "");
		}
		return DuplicateFinder.normalize(name.replace("职业教育", "职教").replace("职业技术学院", "职院").replace("电子商务", "电商"));
	}

	/**
	 * Whether a short form abbreviates a name: same first character (a province before
	 * the name may be left out), its characters in order.
	 */
	static boolean abbreviates(String shortForm, String full) {
		String a = DuplicateFinder.fold(shortForm);
		String b = withoutProvince(DuplicateFinder.fold(full), a);
		if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || a.length() >= b.length()) {
			return false;
		}
		return inOrder(a, b);
	}

	/** Whether the characters of a word are a name's, in the name's order. */
	static boolean inOrder(String word, String name) {
		int j = 0;
		for (int i = 0; i < name.length() && j < word.length(); i++) {
			if (word.charAt(j) == name.charAt(i)) {
				j++;
			}
		}
		return j == word.length();
	}

	/**
	 * Whether a school's name is written shorter: its end (理工学院 for 东莞理工学院), or its
	 * distinctive part with the kind of school (东方学院 for 浙江东方职业技术学院).
	 */
	static boolean shortens(String shorter, String full) {
		if (shorter.length() >= full.length() || shorter.length() < 4) {
			return false;
		}
		if (full.endsWith(shorter)) {
			return true;
		}
		String rest = withoutProvince(full, shorter);
		String suffix = shorter.endsWith("大学") ? "大学" : shorter.endsWith("学院") ? "学院" : null;
		if (suffix == null || !full.contains("职业") || shorter.contains("职业") || !rest.endsWith(suffix)) {
			return false;
		}
		String stem = shorter.substring(0, shorter.length() - suffix.length());
		return stem.length() >= 2 && rest.startsWith(stem);
	}

	private static String withoutProvince(String full, String other) {
		for (String province : OrganizationLexicon.PROVINCES) {
			if (full.startsWith(province) && !other.startsWith(province)) {
				String rest = full.substring(province.length());
				return rest.replaceFirst("^(省|市|自治区)", "");
			}
		}
		return full;
	}

	private static boolean isPlace(String word) {
		List<Term> terms = MentionFinder.terms(word);
		return terms.size() == 1 && terms.get(0).nature != null && terms.get(0).nature.toString().startsWith("ns")
				|| OrganizationLexicon.PROVINCES.contains(word.replaceAll("(省|市|区|县)$", ""));
	}

	/**
	 * The shorter names a company goes by in a text that gave its full name: without its
	 * legal form (江川钢铁集团), without its trade words too (江川钢铁); never a generic word or a
	 * place's name alone.
	 */
	static List<String> stems(String name) {
		List<String> out = new ArrayList<>();
		String stem = LEGAL_FORM.matcher(name).replaceFirst("");
		if (stem.equals(name)) {
			return out;
		}
		addStem(out, stem);
		if (name.matches(".*集团(?:股份)?有限(?:责任)?公司$")) {
			addStem(out, name.replaceFirst("(?:股份)?有限(?:责任)?公司$", ""));
		}
		String bare = TRADE_WORDS.matcher(stem).replaceFirst("");
		if (!bare.equals(stem)) {
			addStem(out, bare);
		}
		return out;
	}

	/**
	 * The names a company goes by without its place (共同药业 for 湖北共同药业股份有限公司, 清雅源 for
	 * 厦门清雅源实业有限公司; not 航空 for 昆明航空有限公司) and its brands ({@link #brandsOf}); some may be
	 * {@link #stems} too.
	 */
	static List<String> brands(String name) {
		List<String> out = new ArrayList<>();
		String stem = LEGAL_FORM.matcher(name).replaceFirst("");
		if (stem.equals(name)) {
			return out;
		}
		String bare = TRADE_WORDS.matcher(stem).replaceFirst("");
		if (FIELD_AT_END.matcher(bare).find()) {
			// 扬州康养产业发展集团: what comes before 产业 names the trade (康养, 康养产业), no brand
			return out;
		}
		List<Term> terms = MentionFinder.terms(bare);
		int place = 0;
		int first = 0;
		while (first < terms.size() - 1 && isPlace(terms.get(first))) {
			place += terms.get(first++).length();
		}
		List<Term> local = terms.subList(first, terms.size());
		if (place > 0 && isBrand(local)) {
			addStem(out, stem.substring(place));
			addStem(out, bare.substring(place));
		}
		else if (place > 0 && local.size() == 1 && local.get(0).length() >= 2 && stem.length() > bare.length()
				&& !String.valueOf(local.get(0).nature).matches("n.*|vn")) {
			// 加速科技 of 杭州加速科技有限公司: a verb is a brand with the trade's words after it,
			// though not alone (加速); a common noun with them is still a trade (教育科技)
			addStem(out, stem.substring(place));
		}
		List<String> brands = brandsOf(bare.substring(0, place), bare.substring(place), local);
		brands.forEach((brand) -> addStem(out, brand));
		// 深开鸿 of 深圳开鸿数字产业发展有限公司: the place's first character before a brand of two
		// (the way a city's firms are called at home)
		if (place >= 2 && Places.isListed(bare.substring(0, place).replaceFirst("[省市区县]$", ""))) {
			for (String brand : brands) {
				if (brand.length() == 2) {
					addStem(out, bare.charAt(0) + brand);
				}
			}
		}
		return out;
	}

	private static boolean isPlace(Term term) {
		String nature = String.valueOf(term.nature);
		return nature.startsWith("ns") || Places.leadingPlace(term.word) == term.length();
	}

	/**
	 * A company's brand: its name without the place, the legal form and the words of its
	 * trade (诺斯贝尔 of 诺斯贝尔化妆品, 张裕 of 张裕葡萄酿酒, 好想你 of 好想你健康食品, 西门子 of 西门子中国), and the brand
	 * with the trade's first words (太古可口可乐 of 太古可口可乐饮料), each also after the place (海南海马
	 * of 海南海马汽车, though 海马 alone is a common noun); none when the name has no such words.
	 * No word list can hold every trade, so the words dropped are the segmenter's common
	 * nouns, adjectives, verbal nouns and places at the end.
	 * @param place the place the name starts with, or ""
	 * @param name the name without place and legal form
	 * @param terms its words
	 */
	private static List<String> brandsOf(String place, String name, List<Term> terms) {
		List<String> out = new ArrayList<>();
		int length = name.length();
		for (int last = terms.size() - 1; last > 0
				&& TRADE_NATURE.matcher(String.valueOf(terms.get(last).nature)).matches()
				&& length - terms.get(last).length() >= 2; last--) {
			length -= terms.get(last).length();
			if (isBrand(terms.subList(0, last))) {
				out.add(name.substring(0, length));
			}
			if (!place.isEmpty()) {
				out.add(place + name.substring(0, length)); // 海南海马 of 海南海马汽车
			}
		}
		return out;
	}

	/**
	 * Whether words can be a brand alone: more than one word, or a proper noun (共同 of
	 * 共同药业 is an adverb, 农垦 of 宁夏农垦集团 a common noun: neither is a brand).
	 */
	private static boolean isBrand(List<Term> terms) {
		return terms.size() > 1
				|| terms.size() == 1 && PROPER_NATURE.matcher(String.valueOf(terms.get(0).nature)).matches();
	}

	/** A field of work at a name's end: 康养产业, 文旅行业, 教育事业. */
	private static final Pattern FIELD_AT_END = Pattern.compile("(?:产业|行业|事业)$");

	private static void addStem(List<String> out, String stem) {
		if (stem.length() < 2 || FIELD_AT_END.matcher(stem).find() || OrganizationLexicon.isGeneric(stem + "公司")
				|| OrganizationLexicon.GENERIC.contains(stem) || isPlace(stem) || out.contains(stem)) {
			return;
		}
		out.add(stem);
	}

}
