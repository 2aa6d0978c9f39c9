package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * The items of lists that say what kind of organisation they hold: 与A、B等企业, A、B等12家院校,
 * 6家企业，包括A、B、C. Each item is a name of that kind (a brand needs no suffix there).
 */
final class KindLists {

	private static final Pattern ENTERPRISE_LIST = Pattern.compile(
			"(?:^|[，,；：:]|与|和|联合了|联合|携手|引入|包括|如|汇聚了|汇聚|吸纳了|吸纳|吸引|涵盖|集聚|汇集|有|由)([^，,。；;：]{2,160}?)等(?:\\s*\\d+\\s*[余多]?\\s*[家个所]|多家|多所|近\\d+[家个所]|[一二三四五六七八九十百]+[家个所])?[\\u4e00-\\u9fa5]{0,8}?(企业|公司|单位|机构|院校|高校|协会|成员|媒体)");

	/** 6家知名科技企业，包括A、B、C: the kind and its number first, the names after. */
	private static final Pattern KIND_FIRST_LIST = Pattern.compile(
			"(?:\\d+|[一二两三四五六七八九十]+)\\s*[家间个所][^，,。；;]{0,10}?(企业|公司|单位|机构|院校|高校|协会)[，,]?(?:包括|分别是|分别为|如|即)[：:]?([^，,。；;：]{2,160})");

	/** How many items a list has, written after its last item: 三家, 14所, 两个. */
	static final String LIST_COUNT = "(?:\\d{1,3}|[两三四五六七八九十]{1,3})余?[家所个]";

	/** A count of platforms: 3个, 两座. */
	static final String PLATFORM_COUNT = "(?:\\d+|[一二两三四五六七八九十]+)\\s*[个家所座]";

	/**
	 * 共建了3个实践基地，分别是A、B、C: platforms counted first and named after, each by what it does.
	 */
	static final Pattern PLATFORM_FIRST_LIST = Pattern.compile(PLATFORM_COUNT
			+ "[^，,。；;]{0,10}?(?:基地|平台|中心|实验室|研究院|研究所|学院|工作站|工坊)[，,](?:分别是|分别为|包括|即)[：:]?([^，,。；;：]{4,160})");

	/**
	 * 智能制造、生物医药等产业领域企业, 集家电、新能源等产业为主的企业: what comes before such a kind is a field, not a
	 * name.
	 */
	static final String FIELD_WORDS = "领域|板块|赛道|产业|专业";

	private static final Pattern FIELD = Pattern.compile(FIELD_WORDS + "|方面");

	private static final String LIST_SEPARATORS = "、和及";

	/** Words that open a list, found inside the text before its first item. */
	private static final Pattern OPENER_INSIDE = Pattern
		// (某学院联合A、B等企业: 联合 right after a school's or a company's name is what it does)
		.compile("其中|有|与|包括|包含|涵盖|汇聚|吸纳|联合了|携手|(?<=大学|学院|学校|公司|集团)联合(?![会体])"
				// (某县以A、B等10家企业为重点: 以 after a place,
				// or at the clause's start, opens the list)
				+ "|(?:(?<=[县市区省镇乡])|^)以(?!色列)");

	private static final Pattern ITEM_OPENER = Pattern.compile("^(?:与|和|联合了|联合|携手|包括|包含|如|汇聚|吸纳|吸引|涵盖|集聚|汇集|有|由)");

	/** Nouns of matters and tasks: a list of them is none of organisations. */
	private static final Pattern OTHER_THINGS = Pattern.compile("事项|工作|活动|问题|内容|方面|环节|项目|任务|措施");

	/** Words tagged as verbs that qualify a kind (相关企业, 合作企业, 签约企业, 参与单位). */
	private static final Set<String> QUALIFYING_VERBS = Set.of("相关", "有关", "合作", "签约", "参与", "参会", "入驻", "知名", "领先",
			"共建", "协作", "发起", "加盟", "落户", "成员",
			// 农副产品加工企业, 装备制造企业: what they make
			"加工", "生产", "制造");

	private final KnownNames known;

	KindLists(KnownNames known) {
		this.known = known;
	}

	void lists(String s, String written, List<NameCandidate> candidates) {
		Matcher m = ENTERPRISE_LIST.matcher(s);
		while (m.find()) {
			// (与区内优秀高等院校: 等 of 高等 ends no list)
			if (!FIELD.matcher(s.substring(m.end(1), m.start(2))).find() && !m.group(1).endsWith("高")
					&& !isOtherPhrase(s.substring(m.end(1) + 1, m.start(2)))) {
				addItems(s, written, m.start(1), m.group(1), m.group(2), candidates);
			}
		}
		Matcher k = KIND_FIRST_LIST.matcher(s);
		while (k.find()) {
			addItems(s, written, k.start(2), k.group(2), k.group(1), candidates);
		}
		Matcher p = PLATFORM_FIRST_LIST.matcher(s);
		while (p.find()) {
			addPlatforms(s, written, p.start(1), p.group(1), candidates);
		}
		departmentsListed(s, written, candidates);
	}

	/**
	 * 湖南省教育厅、工业和信息化厅: a department listed right after a government body named with its
	 * place is that place's, and needs no place of its own (its 和 joins its fields, as in
	 * 人力资源和社会保障厅).
	 */
	private void departmentsListed(String s, String written, List<NameCandidate> candidates) {
		for (NameCandidate c : List.copyOf(candidates)) {
			if (c.org() == null || c.org().kind() != OrgKind.GOVERNMENT) {
				continue;
			}
			int at = c.end();
			while (at < s.length() && s.charAt(at) == '、') {
				Matcher d = LISTED_DEPARTMENT.matcher(s).region(at + 1, s.length());
				if (!d.lookingAt()) {
					break;
				}
				int start = d.start(1);
				int end = d.end(1);
				String name = d.group(1);
				Org org = this.known.link(name)
					.orElseGet(() -> Org.proposed(written.substring(start, end), name, OrgKind.GOVERNMENT));
				candidates.add(new NameCandidate(start, end, org, Source.LIST));
				at = end;
			}
		}
	}

	/**
	 * A department's name: its fields (two joined by 和) and the word for its rank; no
	 * place or government of its own inside (市政府和某省教育厅 are two).
	 */
	private static final Pattern LISTED_DEPARTMENT = Pattern.compile(
			"([\\u4e00-\\u9fa5&&[^省市县区府和]]{2,8}(?:和[\\u4e00-\\u9fa5&&[^省市县区府和]]{2,8})?(?:厅|局|委员会|委))(?=[、，,。；;等和及]|联合|批准|印发)");

	/**
	 * Whether the words between 等 and the kind are a phrase of their own, so the list is
	 * of something else (技能培训、科研转化等事项与有关企业: matters, then a partner; 转型升级等离不开一流高校): a
	 * verb, a preposition or a conjunction, or a noun of matters and tasks.
	 */
	private static boolean isOtherPhrase(String between) {
		if (OTHER_THINGS.matcher(between).find()) {
			return true;
		}
		return MentionFinder.terms(between)
			.stream()
			.anyMatch((term) -> !QUALIFYING_VERBS.contains(term.word)
					&& String.valueOf(term.nature).matches("v.*|p.*|c.*|d"));
	}

	/** The items of a counted list of platforms that end in a platform's suffix. */
	private void addPlatforms(String s, String written, int from, String items, List<NameCandidate> candidates) {
		for (int[] span : itemSpans(items)) {
			String item = items.substring(span[0], span[1]).strip();
			OrgKind kind = OrganizationLexicon.kindOf(item).filter(OrgKind::isPlatform).orElse(null);
			if (kind != null && item.length() >= 5 && !OrganizationLexicon.isGeneric(item)
					&& !OrganizationLexicon.isDesignation(item) && !item.matches(".*(等|的|了|在|为|是|由|将).*")) {
				int st = from + span[0];
				int end = from + span[1];
				Org org = this.known.link(item)
					.orElseGet(() -> Org.proposed(written.substring(st, end).strip(), item, kind));
				candidates.add(new NameCandidate(st, end, org, Source.LIST));
			}
		}
	}

	/**
	 * Where each item of a list starts and ends ({start, end} in the list), split at its
	 * separators.
	 */
	private static List<int[]> itemSpans(String items) {
		List<int[]> spans = new ArrayList<>();
		int itemStart = 0;
		for (int i = 0; i <= items.length(); i++) {
			if (i == items.length() || LIST_SEPARATORS.indexOf(items.charAt(i)) >= 0) {
				spans.add(new int[] { itemStart, i });
				itemStart = i + 1;
			}
		}
		return spans;
	}

	/** The items of a list of names of one kind (企业, 院校, 协会 …), each a name. */
	private void addItems(String s, String written, int from, String items, String kindWord,
			List<NameCandidate> candidates) {
		if (onlyCommonWords(items)) {
			return; // 航天、航空、兵器等军工单位, 原材料、整机制造等企业: trades, not names
		}
		List<int[]> spans = itemSpans(items);
		for (int[] span : spans) {
			int itemStart = span[0];
			int i = span[1];
			// A以及B: 以 belongs to the separator
			int end = from + i - ((i > 0 && i < items.length() && items.startsWith("以及", i - 1)) ? 1 : 0);
			Matcher opener = ITEM_OPENER.matcher(s.substring(from + itemStart, end));
			int start = from + itemStart + (opener.find() ? opener.end() : 0);
			if (itemStart == 0 && start == from) {
				// 其中北京有A、B等6家企业: the list starts after what opens it
				Matcher inside = OPENER_INSIDE.matcher(s.substring(from, end));
				while (inside.find()) {
					start = from + inside.end();
				}
			}
			String item = s.substring(start, end).strip();
			// (设计研发、原材料、整机制造等高校: among several, an item of common words only
			// is a trade)
			if (isBrandItem(item)
					&& !(spans.size() > 1 && MentionFinder.terms(item).stream().allMatch(NameShapes::isCommonWord))) {
				int st = start;
				OrgKind kind = switch (kindWord) {
					case "院校", "高校" -> OrgKind.SCHOOL;
					case "协会" -> OrgKind.INDUSTRY_ASSOCIATION;
					default -> OrgKind.ENTERPRISE;
				};
				Org org = this.known.link(item)
					.orElseGet(() -> Org.proposed(written.substring(st, end).strip(), item, kind));
				candidates.add(new NameCandidate(start, end, org, Source.LIST));
			}
		}
	}

	/**
	 * Whether no word of a list of several items is a proper name to the segmenter (one
	 * item, 迅达电梯等企业, is a brand however common its words).
	 */
	private static boolean onlyCommonWords(String items) {
		List<int[]> spans = itemSpans(items);
		if (spans.size() < 2) {
			return false;
		}
		for (int[] span : spans) {
			String item = items.substring(span[0], span[1]).strip();
			if (!item.isEmpty() && MentionFinder.terms(item).stream().anyMatch(NameBoundary::isProper)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBrandItem(String item) {
		return item.length() >= 2 && item.length() <= 12 && item.matches("[\\u4e00-\\u9fa5A-Za-z0-9（）()]+")
				&& !String.valueOf(MentionFinder.terms(item).get(0).nature).matches("ad|d|v|vi|vd|p|c|r.*")
				&& !item.matches(".*(等|的|和|与|及|了|在|为|是|由|将).*")
				&& !item.matches(".*(机构|组织|企业|院校|高校|单位|部门|学校|院所|团体|行业|处|室|办|科|系)$")
				&& !ListNames.PERSON_WORDS.matcher(item).find() && !ListNames.isPersonName(item)
				&& !ListNames.isScope(item) && !ListNames.isActivity(item)
				&& OrganizationLexicon.suffixOf(item).isEmpty()
				// 某技师学院21等家: a number after a name (the page's 等21家 misspelt) is none of
				// it
				&& OrganizationLexicon.suffixOf(item.replaceFirst("[0-9]+$", "")).isEmpty()
				&& !ListNames.namedWithSuffix(item) && !OrganizationLexicon.isGeneric(item)
				&& !OrganizationLexicon.GENERIC.contains(item)
				// (航嘉、湖北等企业: a place on its own names no company)
				&& !Places.isListed(item);
	}

}
