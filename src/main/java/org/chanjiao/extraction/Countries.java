package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Foreign countries written before an institution's own name (泰国佛统皇家大学, 新加坡东盟教育中心): the
 * country says where it is and is not part of the name — unless the name goes on with a
 * word that needs it (新加坡国立大学, 美国饭店协会教育学院). The countries are data
 * ({@code extraction/countries.tsv}, from CLDR through umpirsky/country-list, MIT).
 */
final class Countries {

	private static final List<String> NAMES = load();

	/** What an institution abroad is: a school or a research body. */
	private static final Pattern INSTITUTION_SUFFIX = Pattern.compile("^(?:大学|学院|学校|中心|研究院|研究所|实验室|教育中心)");

	/** Words after which the country belongs to the name: 国立, 国家, 皇家 … */
	private static final Pattern NEEDS_COUNTRY = Pattern.compile("^(?:国立|国家|国际|皇家|驻|中央|联邦|王立)");

	private Countries() {
	}

	/**
	 * Where a name starting at {@code cut} starts once a country before it is left out,
	 * or {@code cut}.
	 */
	static int skip(String s, int cut, int suffixStart) {
		// (on every name found: the suffix is read in place, not copied)
		if (s == null || !INSTITUTION_SUFFIX.matcher(s).region(suffixStart, s.length()).lookingAt()) {
			return cut;
		}
		for (String country : NAMES) {
			int rest = cut + country.length();
			if (!s.startsWith(country, cut) || suffixStart - rest < 2
					|| NEEDS_COUNTRY.matcher(s.substring(rest)).find()) {
				continue;
			}
			List<Term> terms = MentionFinder.terms(s.substring(rest, suffixStart));
			String nature = (terms.isEmpty() || terms.get(0).nature == null) ? "" : terms.get(0).nature.toString();
			// 美国饭店协会教育学院: an institution's word right after the country keeps it
			return nature.startsWith("ni") || nature.startsWith("nt") ? cut : rest;
		}
		return cut;
	}

	private static List<String> load() {
		List<String> names = new ArrayList<>();
		for (String[] cells : DataFile.rows("/extraction/countries.tsv")) {
			names.add(cells[1].strip());
			if (cells.length > 2 && !cells[2].isBlank()) {
				names.addAll(List.of(cells[2].strip().split("\\|")));
			}
		}
		// the longest first: 几内亚比绍 before 几内亚
		names.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(names);
	}

}
