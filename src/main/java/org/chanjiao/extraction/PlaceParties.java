package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * A province, city, county, district or town that is a party (青岛市与某大学签署协议, 由某大学与广州市合作共建,
 * 某大学与威海市签署…): the place stands for its government, which signs, founds and leads like
 * any organisation. A place is a party only when it is joined to another party by 与, 和, 及
 * or 、, in a sentence that signs, founds or cooperates, and is not where something
 * happens (在广州市, 赴威海市) or what a noun belongs to (广州市多家企业).
 * <p>
 * The segmenter tags places (ns); the place's own words are kept whole, so that 昌乐鄌郚镇
 * (two place words) is one name.
 */
final class PlaceParties {

	/** What a place's name ends in when it names a government. */
	private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{1,12}(?:市|县|区|镇|乡|州|旗|省|自治区|街道)");

	/** A town's officer named after it: 张某副镇长, 党委书记. */
	private static final String TOWN_OFFICER = "(?:[\\u4e00-\\u9fa5]{2,3})?(?:党委)?(?:副)?(?:镇长|乡长|书记)";

	/**
	 * A town's name (after its county's or banner's, 某旗某镇) between a clause's start or a
	 * joining word and a joining word or the town's officer (某镇张某副镇长代表双方签订).
	 */
	private static final Pattern TOWN = Pattern
		// (浙江省宁波市海曙区石碶镇与某大学: after its province's, city's and district's)
		.compile(
				"(?<=^|[，,；;：:、与和及同])(?![与和及同])(?:[\\u4e00-\\u9fa5]{1,6}?[省市州区县旗]){0,4}[\\u4e00-\\u9fa5]{2,4}(?:[镇乡]|街道)(?=[与和及同、]|"
						+ TOWN_OFFICER + ")");

	/** 特色小镇, 各乡镇, 重点镇: a kind of town, not one. */
	private static final Pattern GENERIC_TOWN = Pattern
		.compile(".*(?:小|城|乡|村|集|各|全|该|本|重点|特色|中心|街道)(?:[镇乡]|街道)|(?:[县市区]|各)?[乡镇]+|(?:[县市区]|各|该|本)?街道");

	/** A sentence in which parties sign, found or cooperate. */
	private static final Pattern PARTY_CUE = Pattern
		.compile("签署|签订|签约|共建|合作|携手|牵头|联合|协议|共同建设|共同成立|共同组建|共同打造|共同发起|共同创建|共同筹建|联建|合建|揭牌|结对");

	/** The words that join two parties named one after the other: A与B, A、B. */
	static final String JOINERS = "与|和|同|及|、";

	private static final Pattern JOINED_BEFORE = Pattern.compile("(?:" + JOINERS + ")$");

	private static final Pattern JOINED_AFTER = Pattern.compile("^(?:" + JOINERS + ")");

	/**
	 * After a place: a party's verb or a clause's end, not a noun it qualifies (or an
	 * adverb before the verb: 某大学和杭州市全面深化市校战略合作共建Z).
	 */
	private static final Pattern PARTY_AFTER = Pattern
		// (与某县相关领导共同为Z揭牌: the place's leaders act for it; 与某市产学研战略合作签约: what the
		// two sign)
		.compile(
				"^(?:与|和|同|及|、|签|共建|合作|携手|牵头|联合|达成|正式|战略|共同|全面|深化|深入|进一步|[，,。；;]|相关领导|有关领导|领导|负责人|产学研|校地|市校|县校|政校|结对|还将|将)");

	private static final Pattern TOWN_SPEAKS = Pattern.compile(TOWN_OFFICER + "(?:代表|签署|签订|致辞)");

	/**
	 * Whether the place that ends at an offset speaks through its officer: 某镇张某副镇长代表….
	 */
	static boolean speaksFor(String s, int end) {
		return TOWN_SPEAKS.matcher(s).region(end, s.length()).lookingAt();
	}

	/**
	 * A city's, county's or district's mayor, named, then signing for it: 副市长张某与, 县长张某代表.
	 */
	private static final Pattern MAYOR_SIGNS = Pattern
		.compile("(?:人民政府|政府)?(?:常务)?副?(?:市长|县长|区长|州长|旗长)[\\u4e00-\\u9fa5]{2,3}(?:与|和|代表)");

	/** Words of where: 在, 赴, 位于, 落户 … */
	private static final String WHERE = "(?:在|于|赴|到|至|来|位于|落户|覆盖|辐射|服务)";

	/** A list's first item after a word of where: 到上海、. */
	private static final Pattern WHERE_LIST_OPENS = Pattern.compile(WHERE + "[\\u4e00-\\u9fa5]{2,6}$");

	/** The rest of a list of places: 、杭州下沙、金华等地. */
	private static final Pattern PLACES_LISTED = Pattern
		.compile("(?:、[\\u4e00-\\u9fa5]{1,8}?)*等(?:地|城市|地区|省市|市县|区县|省份)");

	/** Before a place: where or to which something happens. */
	private static final Pattern WHERE_BEFORE = Pattern.compile(WHERE + "$");

	private PlaceParties() {
	}

	static void find(String s, String written, NameBoundary.Tokens tokens, KnownNames known,
			List<NameCandidate> candidates) {
		if (!PARTY_CUE.matcher(s).find()) {
			return;
		}
		List<int[]> places = new java.util.ArrayList<>();
		List<Term> terms = tokens.terms();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			if (!isPlace(term)) {
				continue;
			}
			int start = term.offset;
			// 昌乐/ns 鄌郚镇/ns: a place before a place is part of its name
			if (i > 0 && isPlace(terms.get(i - 1)) && terms.get(i - 1).offset + terms.get(i - 1).length() == start) {
				start = terms.get(i - 1).offset;
			}
			places.add(new int[] { start, term.offset + term.length() });
		}
		// 与建水县合作: a county the segmenter breaks up (建/v 水/n 县/n) is a place all the same
		// when the list of places has it as written
		for (int end = 3; end <= s.length(); end++) {
			if ("市县区旗".indexOf(s.charAt(end - 1)) < 0) {
				continue;
			}
			for (int start = Math.max(0, end - 6); start <= end - 3; start++) {
				int from = start;
				int to = end;
				if (Places.isListed(s.substring(start, end))
						&& places.stream().noneMatch((p) -> p[0] < to && from < p[1])
						&& tokens.starts().contains(start)) {
					places.add(new int[] { start, end });
					break;
				}
			}
		}
		// 吕亭镇与某大学, 与昌乐鄌郚镇、某公司: a town the segmenter does not see as a place (吕亭镇/nr),
		// whole between a clause's start or a joining word and the next party
		Matcher town = TOWN.matcher(s);
		while (town.find()) {
			int from = town.start();
			int to = town.end();
			if (!GENERIC_TOWN.matcher(town.group()).matches() && tokens.starts().contains(from)
					&& places.stream().noneMatch((p) -> p[0] < to && from < p[1] && (p[0] < from || to < p[1]))) {
				// (土默特左旗毕克齐镇: the town takes in its banner's name)
				places.removeIf((p) -> from <= p[0] && p[1] <= to);
				places.add(new int[] { from, to });
			}
		}
		for (int[] place : places) {
			int start = place[0];
			int end = place[1];
			String name = s.substring(start, end);
			// (江西省与某大学签署: a province signs as its government does, 省校合作; 在某经济开发区与:
			// a zone's kind alone, which the segmenter may tag a place, is no party)
			if (!PLACE.matcher(name).matches() || OrganizationLexicon.ZONE_SUFFIXES.contains(name)) {
				continue;
			}
			String before = s.substring(Math.max(0, start - 2), start);
			String after = s.substring(end, Math.min(s.length(), end + 4));
			boolean joined = JOINED_BEFORE.matcher(before).find() || JOINED_AFTER.matcher(after).find();
			// (和某镇张某副镇长代表双方签订: a town whose officer speaks for it)
			boolean speaks = speaksFor(s, end);
			// (某市副市长张某与某学院院长李某签订: a city whose mayor signs for it)
			boolean mayorSigns = MAYOR_SIGNS.matcher(s).region(end, s.length()).lookingAt();
			if (!joined && !mayorSigns || WHERE_BEFORE.matcher(before).find()
					|| !PARTY_AFTER.matcher(after).find() && !speaks && !mayorSigns) {
				continue;
			}
			// 到上海、厦门、广州调研: a place listed after a word of where is a place too;
			// 与台州、金华等地合作:
			// so is one of a list that says it names places
			int firstItem = start;
			while (firstItem > 1 && s.charAt(firstItem - 1) == '、') {
				int item = firstItem - 1;
				while (item > 0 && firstItem - 1 - item < 8 && NameBoundary.isHan(s.charAt(item - 1))) {
					item--;
				}
				firstItem = item;
			}
			boolean listedWhere = firstItem < start
					&& WHERE_LIST_OPENS.matcher(s.substring(0, s.indexOf('、', firstItem))).find();
			if (listedWhere || PLACES_LISTED.matcher(s).region(end, s.length()).lookingAt()) {
				continue;
			}
			if (candidates.stream().anyMatch((c) -> c.end() == start)) {
				continue; // 某大学广州、山东校友: a place right after a name is where that one is
			}
			candidates
				.add(NameCandidate.linkedOrProposed(known, s, written, start, end, OrgKind.GOVERNMENT, Source.ZONE));
		}
	}

	private static boolean isPlace(Term term) {
		return term.nature != null && term.nature.toString().startsWith("ns");
	}

}
