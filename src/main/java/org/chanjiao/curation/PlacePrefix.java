package org.chanjiao.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a Chinese organisation name opens with — 中国, a province-level region (广东,
 * 广东省, 广西壮族自治区 …), then up to two cities, districts or counties (广州市, 黄埔区 …) — and the
 * rest of the name. 广东长隆集团有限公司 is {@code [广东]} + 长隆集团有限公司; 广州市黄埔区泓贝贝幼儿园 is
 * {@code [广州, 黄埔]} + 泓贝贝幼儿园. Places are given without their 省/市/区/县 suffix, so that 广东省
 * and 广东 are the same place. A city or district is recognised by its suffix alone, so a
 * few words that end like one but name no place (城市, 园区, 社区 …) are not taken for one.
 *
 * @param places the places, in the order written, without their suffixes
 * @param rest the name after them
 */
record PlacePrefix(List<String> places, String rest) {

	/** Province-level regions as names open with them. */
	private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
			"浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
			"广西", "西藏", "宁夏", "新疆", "香港", "澳门");

	private static final Pattern PROVINCE_SUFFIX = Pattern.compile("^(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)");

	private static final Pattern LOCALITY = Pattern.compile("^(\\p{IsHan}{2,4}?)(市|区|县)");

	/** Words that end in 市, 区 or 县 but name no place. */
	private static final Set<String> NOT_PLACES = Set.of("城市", "都市", "超市", "门市", "园区", "校区", "社区", "景区", "片区", "街区",
			"小区", "专区", "展区", "厂区", "矿区", "营区", "产区", "库区", "郊区", "山区", "城区", "市区", "辖区", "地区", "县区");

	/** Splits a name into its leading places and the rest. */
	static PlacePrefix of(String name) {
		List<String> places = new ArrayList<>();
		String rest = name;
		if (rest.startsWith("中华人民共和国")) {
			places.add("中国");
			rest = rest.substring("中华人民共和国".length());
		}
		else if (rest.startsWith("中国")) {
			places.add("中国");
			rest = rest.substring(2);
		}
		for (String province : PROVINCES) {
			if (rest.startsWith(province) && rest.length() > province.length()) {
				places.add(province);
				rest = rest.substring(province.length());
				Matcher suffix = PROVINCE_SUFFIX.matcher(rest);
				if (suffix.find()) {
					rest = rest.substring(suffix.end());
				}
				break;
			}
		}
		for (int i = 0; i < 2; i++) {
			Matcher locality = LOCALITY.matcher(rest);
			if (!locality.find() || isNoPlace(locality.group()) || locality.end() >= rest.length()) {
				break;
			}
			places.add(locality.group(1));
			rest = rest.substring(locality.end());
		}
		return new PlacePrefix(List.copyOf(places), rest);
	}

	private static boolean isNoPlace(String locality) {
		return NOT_PLACES.stream().anyMatch(locality::endsWith);
	}

	/**
	 * Whether two names' places can be the same place: one's places are among the
	 * other's, in the same order (广东 and 广东 + 广州; nothing and 广东), not two different
	 * places (广州 and 深圳).
	 */
	boolean compatibleWith(PlacePrefix other) {
		List<String> shorter = (this.places.size() <= other.places.size()) ? this.places : other.places;
		List<String> longer = (shorter == this.places) ? other.places : this.places;
		int at = 0;
		for (String place : longer) {
			if (at < shorter.size() && shorter.get(at).equals(place)) {
				at++;
			}
		}
		return at == shorter.size();
	}

}
