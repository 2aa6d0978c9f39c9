package org.chanjiao.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * China's provinces, cities and counties as data ({@code extraction/places.tsv}, from
 * modood/Administrative-divisions-of-China, MIT): the places HanLP's segmenter does not
 * tag as places (开封 is a verb to it). A province's or a city's name is a place with or
 * without its 省/市 (开封市委, 开封); a county's only as written (兰考县), since many counties and
 * districts are named by common words without theirs (和平, 朝阳, 新华).
 */
final class Places {

	private static final Pattern ADMINISTRATIVE = Pattern.compile("(?:省|市|自治区|特别行政区|回族自治区|壮族自治区|维吾尔自治区|自治州|地区|盟)$");

	private static final Set<String> NAMES = load();

	private static final int LONGEST = NAMES.stream().mapToInt(String::length).max().orElse(0);

	private Places() {
	}

	/** Whether the text ends with a place's name (江苏省开封 does, 开封 does). */
	static boolean endsWithPlace(String text) {
		for (int length = Math.min(LONGEST, text.length()); length >= 2; length--) {
			if (NAMES.contains(text.substring(text.length() - length))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text is a listed place's name as written (兰考县, 开封市, 开封). */
	static boolean isListed(String text) {
		return NAMES.contains(text);
	}

	/** Whether the text starts with a place's name. */
	static boolean startsWithPlace(String text) {
		return leadingPlace(text) > 0;
	}

	/**
	 * The length of the longest place's name the text starts with (湖北 of 湖北共同药业, 苏州市 of
	 * 苏州市汇川), or 0.
	 */
	static int leadingPlace(String text) {
		for (int length = Math.min(LONGEST, text.length()); length >= 2; length--) {
			if (NAMES.contains(text.substring(0, length))) {
				return length;
			}
		}
		return 0;
	}

	private static Set<String> load() {
		Set<String> names = new HashSet<>();
		for (String[] cells : DataFile.rows("/extraction/places.tsv")) {
			String name = cells[2].strip();
			names.add(name);
			if (!cells[1].equals("county")) {
				String stem = ADMINISTRATIVE.matcher(name).replaceFirst("");
				if (stem.length() >= 2) {
					names.add(stem);
				}
			}
		}
		return Set.copyOf(names);
	}

}
