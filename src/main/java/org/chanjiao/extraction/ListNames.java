package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * Names found by where they stand rather than by a suffix: the other items of lists most
 * of whose items are names, and a brand in 由某某牵头, 与某某共建 or 以某某为龙头 (the items of 与A、B等企业
 * lists are {@link KindLists}').
 */
final class ListNames {

	private static final Pattern FIELDS_AFTER_ETC = Pattern
		.compile("等[\\u4e00-\\u9fa5]{0,4}?(?:" + KindLists.FIELD_WORDS + ")(?!链)"
		// 集成电路、石墨烯、新能源汽车、新材料4个产业类专业委员会: fields counted by their kind
				+ "|(?:\\d+|[两三四五六七八九十]+)个(?:产业|专业|领域|行业)类?");

	/** A list item that holds one of these is a person or an event, not a name. */
	static final Pattern PERSON_WORDS = Pattern
		.compile("校长|院长|所长|书记|主任|经理|董事长|总裁|部长|厅长|局长|省长|市长|县长|区长|主席|会长|理事长|秘书长|教授|院士|代表|出席|参加|表示|负责人|专家|老师|同学|记者|嘉宾|领导"
				// 教务处某某处长, 某系班子成员: a school's officers among a list of guests
				+ "|处长|科长|社长|行长|站长|馆长|司长|署长|总监|总工|董事|班子成员");

	private static final Pattern LIST_OPENER = Pattern
		.compile("来自|由|以及|包括|包含|涵盖|汇聚了|汇聚|聚合了|聚合|吸纳了|吸纳|集结了|集结|联合了|联合|携手|如|有|是|为|：|:|与|和");

	/** The verbs by which a brand builds, signs or founds with another: 共建, 签约, 联合成立. */
	private static final String BUILDS_OR_SIGNS = "共建|合作共建|共同建设|合作建设|签署|签订|签约|(?:联合|共同|率先)(?:成立|组建|发起|打造)";

	private static final Pattern BRAND_WITH = Pattern
		.compile("(?<=^|[，,。；：:]|^由|[，,。；：:]由)([\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=(?:与|、|携手)[^，。；]{2,30}?(?:"
				+ BUILDS_OR_SIGNS + "|联合建设))");

	/**
	 * ，与玲珑轮胎共建…, 与某大学、力合科创共建…, 与某开发区、中国一汽联合成立…: a brand the clause builds, founds or
	 * signs with (the 与 of 参与 is none: 参与全域共建; 与某大学通过共建…: 通过 is the clause's, not the
	 * name's).
	 */
	private static final Pattern BRAND_AFTER_WITH = Pattern
		.compile("(?<=(?<!参)与|、)([\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=(?:近日|日前|今日|昨日|正式|通过)?(?:" + BUILDS_OR_SIGNS
				+ "|建设的|合作|开展合作|深度合作|战略合作|建立合作|建立了合作))");

	/**
	 * 某大学和某市共建…: a city, a county or a district joined by 和 to a name before the verb by
	 * which they build or sign (和 alone joins too much else to open a brand).
	 */
	private static final Pattern PLACE_AFTER_AND = Pattern
		.compile("(?<=和)([\\u4e00-\\u9fa5]{1,5}[市县区])(?=(?:近日|日前|正式)?(?:" + BUILDS_OR_SIGNS + "))");

	/** 与“翔棋科技”签订: a brand quoted whole after 与, before the verb. */
	private static final Pattern QUOTED_BRAND_AFTER_WITH = Pattern.compile(
			"(?<=(?<!参)与[“\"「])([\\u4e00-\\u9fa5A-Za-z]{2,8}?)(?=[”\"」](?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:近日|日前|今日|昨日|正式)?(?:"
					+ BUILDS_OR_SIGNS + "|合作|开展合作|深度合作|战略合作|建立合作|建立了合作))");

	/** 与杭纳半导体装备签约: a longer brand, one that ends in its trade. */
	private static final Pattern LONG_BRAND_AFTER_WITH = Pattern
		.compile(BRAND_AFTER_WITH.pattern().replace("{2,6}?", "{7,10}?"));

	/**
	 * 联合京东、百度共建…, 与中国移动、华为共同打造…: brands listed after 与, 联合 or 携手 before the verb by which
	 * they build, sign or found together.
	 */
	private static final Pattern BRAND_LIST_AFTER_WITH = Pattern
		.compile("(?:(?<!参)与|联合|携手)((?:[\\u4e00-\\u9fa5A-Za-z]{2,6}、)+[\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=(?:"
				+ BUILDS_OR_SIGNS + "|共同(?:建设|打造|成立|组建)))");

	/** 与某经济技术开发区、: a zone right after 与 (zones are read after brands). */
	private static final Pattern ZONE_AFTER_WITH = Pattern
		.compile("与[\\u4e00-\\u9fa5]{2,14}(?:" + String.join("|", OrganizationLexicon.ZONE_SUFFIXES) + "|[市县区])$");

	/** 昊鸿、德发、天马(等企业)加入: brands that open a clause before the verb of joining. */
	private static final Pattern BRANDS_JOINING = Pattern
		.compile("(?<=^|[，,。；;：:])((?:[\\u4e00-\\u9fa5A-Za-z]{2,6}、)*[\\u4e00-\\u9fa5A-Za-z]{2,6}?)"
				+ "(?:等\\d*[家个所]?(?:单位|企业)?)?(?:正式|成功|均|先后)?加入(?:了)?");

	/** 以冠捷、ABB、友达光电为龙头的25家联盟单位: the brands member units gather around. */
	private static final Pattern CORE_LIST = Pattern
		.compile("以([^，。；：“”]{2,40}?)为(?:核心|龙头|骨干|主体)(?=[^，。；]{0,12}?(?:单位|企业|成员))");

	/** 由阿里云、浙江大学牵头, 由浙大、复旦共同牵头: the leads listed after 由. */
	private static final Pattern LEADS_LISTED = Pattern
		.compile("(?<=由)((?:[\\u4e00-\\u9fa5A-Za-z（）()]{2,20}?[、和与及])+[\\u4e00-\\u9fa5A-Za-z（）()]{2,20}?)"
				+ "(?=(?:共同|联合)?牵头|(?:共同|联合)发起)");

	/**
	 * 由A作为指导单位，B、C和D共同发起的Z: the founders listed after a clause, before 共同发起 (read only
	 * where another of them is a name).
	 */
	private static final Pattern FOUNDERS_LISTED = Pattern
		.compile("(?<=[，,])((?:[\\u4e00-\\u9fa5A-Za-z（）()]{2,20}?[、和与及])+[\\u4e00-\\u9fa5A-Za-z（）()]{2,20}?)"
				+ "(?=(?:共同|联合)发起)");

	private static final Pattern BRAND_SLOT = Pattern.compile("(?<=由)([\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=牵头|联合牵头|共同牵头)");

	private static final Pattern INSTITUTE_SHORT_FORM = Pattern.compile("[\\u4e00-\\u9fa5]{2}院");

	/**
	 * A word of 院 (医院, 学院, 法院, 本院 …): a kind of 院 or a pronoun's, not a short form's end.
	 */
	private static final Pattern WORD_OF_YUAN = Pattern.compile(".[医学法剧书影分寺庭宅大本该我全两病戏住入出议参众]院");

	/** The verb of a clause after a place (清远市加强合作), not a brand's second word. */
	private static final Pattern CLAUSE_VERB = Pattern
		.compile("加强|开展|深化|推进|建立|进行|实现|推动|促进|共同|联合|签署|签订|达成|携手|持续|积极|全面|围绕");

	/** Characters of a kind of party or of a pronoun, not of a brand (村企, 其他, 各地, 双方). */
	private static final Pattern BROKEN_UP_KINDS = Pattern
		.compile("^[此其之我你他它各该本这那每某全诸另贵对双多几数近约共再又也还将已均都并村镇乡县区市省校院企政名优]");

	private final KnownNames known;

	ListNames(KnownNames known) {
		this.known = known;
	}

	/**
	 * 全国交通运输(及…上下游企业), 各地制造: a scope and a trade, not a name (全国工商联, 全国妇联 end as bodies
	 * do).
	 */
	static boolean isScope(String item) {
		return item.matches("^(?:全国|全省|全市|全区|国内外|省内外|各地|各类).*") && !item.matches(".*[联会委局部厅院校社所]$");
	}

	/**
	 * The most common Chinese surnames (a hundred of them; the segmenter's person tag is
	 * too loose alone to tell a person from a brand of three characters).
	 */
	private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤";

	// 副院长李某、周某等领导: an item the segmenter reads as one person's name is a person
	static boolean isPersonName(String item) {
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(item);
		return terms.size() == 1 && String.valueOf(terms.get(0).nature).startsWith("nr");
	}

	/**
	 * The items of a list (A、B、C) most of whose items are names: the others are names too
	 * (奇瑞集团、中安联合、中国铁建、中铁四局 — a brand or a short name needs no suffix there), of the kind
	 * most of the list has.
	 */
	List<NameCandidate> listItems(String s, String written, List<NameCandidate> chosen) {
		List<NameCandidate> added = new ArrayList<>();
		int clauseStart = 0;
		for (int i = 0; i <= s.length(); i++) {
			if (i < s.length() && "，,。；;：:！？".indexOf(s.charAt(i)) < 0) {
				continue;
			}
			int clauseEnd = i;
			List<int[]> items = new ArrayList<>();
			int itemStart = clauseStart;
			for (int j = clauseStart; j <= clauseEnd; j++) {
				if (j == clauseEnd || s.charAt(j) == '、') {
					items.add(new int[] { itemStart, j });
					itemStart = j + 1;
				}
			}
			clauseStart = i + 1;
			// 机电、汽车6个二级学院和A、B等7个产业学院: a list counted and closed by its kind ends
			// there; the next list starts after 和
			boolean restarted = false;
			for (int k = items.size() - 2; k >= 0; k--) {
				Matcher counted = COUNTED_LIST_ENDS.matcher(s.substring(items.get(k)[0], items.get(k)[1]));
				if (counted.find()) {
					int restart = items.get(k)[0] + counted.end();
					items = new ArrayList<>(items.subList(k, items.size()));
					items.set(0, new int[] { restart, items.get(0)[1] });
					restarted = true;
					break;
				}
			}
			// 由A、B和北京某某共同发起的Z: after the last named item, 和 and one more, before the
			// verb by which the list acts
			if (items.size() >= 2) {
				int[] last = items.get(items.size() - 1);
				NameCandidate lastNamed = chosen.stream()
					.filter((c) -> c.start() == last[0] && c.end() < last[1])
					.findFirst()
					.orElse(null);
				Matcher joinedLast = (lastNamed != null)
						? LAST_JOINED_ACTS.matcher(s.substring(lastNamed.end(), last[1])) : null;
				if (joinedLast != null && joinedLast.lookingAt()) {
					int from = lastNamed.end() + joinedLast.start(1);
					int to = lastNamed.end() + joinedLast.end(1);
					if (chosen.stream().noneMatch((c) -> c.start() < to && c.end() > from)) {
						items.set(items.size() - 1, new int[] { last[0], lastNamed.end() });
						items.add(new int[] { from, to });
					}
				}
			}
			// the kind the list's closing 等 names, if any (A、B等7个特色产业学院)
			OrgKind said = kindAfterEtc(s.substring(items.get(items.size() - 1)[0], clauseEnd));
			// (two items only where 等 and their kind close the list)
			if (items.size() < 2 || items.size() == 2 && said == null) {
				continue;
			}
			// A、B、…等10家企业 with ten items: the count says every item is one of them
			boolean counted = said != null
					&& countAfterEtc(s.substring(items.get(items.size() - 1)[0], clauseEnd)) == items.size();
			List<OrgKind> kinds = new ArrayList<>();
			int names = 0; // items that are names of another list's kind
			List<int[]> free = new ArrayList<>();
			for (int k = 0; k < items.size(); k++) {
				int[] item = items.get(k);
				int itemEnd = item[0] + etcAt(s.substring(item[0], item[1]));
				// (A、B、C等知名光伏企业的代表: what follows 等 is the kind, not the last item)
				List<NameCandidate> inItem = chosen.stream()
					.filter((c) -> c.start() >= item[0] && c.end() <= item[1] && c.start() < itemEnd)
					.toList();
				NameCandidate named = inItem.isEmpty() ? null : inItem.get(inItem.size() - 1);
				Matcher joined = (named != null && named.end() <= itemEnd)
						? JOINED.matcher(s.substring(named.end(), itemEnd)) : null;
				NameCandidate first = inItem.isEmpty() ? null : inItem.get(0);
				Matcher acts = (first != null && k > 0 && k == items.size() - 1 && first.start() > item[0])
						? LAST_ITEM_ACTS.matcher(s.substring(item[0], first.start())) : null;
				if (acts != null && acts.matches()) {
					// A、B、宝雅汽车加入某联盟: the last item acts on the name after it, which is no
					// item of the list
					names++;
					free.add(new int[] { item[0], item[0] + acts.end(1) });
				}
				else if (named != null && (named.end() == itemEnd || k == items.size() - 1)) {
					kinds.add(named.org().kind());
				}
				else if (joined != null && joined.lookingAt() && joined.end() < itemEnd - named.end()) {
					// 某研究院联合科大讯飞、…: after the verb of joining, an item of its own
					kinds.add(named.org().kind());
					free.add(new int[] { named.end() + joined.end(), itemEnd });
				}
				else if (named == null) {
					int at = (k == 0 && !restarted) ? firstItemStart(s, item[0], itemEnd) : item[0];
					free.add(new int[] { (at < 0 && counted && item[0] == 0) ? item[0] : at, itemEnd });
				}
				else if (k == 0 && named.end() < itemEnd) {
					// Z由学校与A、B、C三家企业联合成立: the list opens after the name before it
					int at = firstItemStart(s, named.end(), itemEnd);
					if (at > named.end()) {
						free.add(new int[] { at, itemEnd });
					}
				}
			}
			if (FIELDS_AFTER_ETC.matcher(s.substring(items.get(items.size() - 1)[0], clauseEnd)).find()) {
				continue; // 集家电、新能源、半导体等产业为主: fields, not names
			}
			if ((kinds.size() + names) * 2 < items.size() && said == null || free.isEmpty()) {
				continue;
			}
			OrgKind kind = (said != null) ? said : kinds.stream()
				.reduce((a, b) -> (kinds.stream().filter(a::equals).count() >= kinds.stream().filter(b::equals).count())
						? a : b)
				.orElse(OrgKind.ENTERPRISE);
			// (江川大学、某公司、冠捷、ABB: as many companies as schools; a brand with no
			// suffix is most often a company's, unless it ends as a school's does)
			boolean companiesTie = said == null && kind != OrgKind.ENTERPRISE
					&& kinds.stream().filter(OrgKind.ENTERPRISE::equals).count() == kinds.stream()
						.filter(kind::equals)
						.count();
			// (not the words after 等: A、B等企业的代表出席 lists companies)
			boolean personsListed = items.stream()
				.anyMatch((item) -> PERSON_WORDS
					.matcher(s.substring(item[0], item[0] + etcAt(s.substring(item[0], item[1]))))
					.find());
			for (int[] item : free) {
				int start = item[0];
				int end = item[1];
				if (start < 0 || PERSON_WORDS.matcher(s.substring(start, end)).find()
						|| personsListed && isPersonName(s.substring(start, end).strip())) {
					continue; // (刘某某、王某某分别代表A、B: persons, where the list speaks of them)
				}
				String name = s.substring(start, end).strip();
				if (name.length() >= 2 && name.length() <= 10 && name.matches("[\\u4e00-\\u9fa5A-Za-z0-9（）()·]+")
						&& !OrganizationLexicon.GENERIC.contains(name) && !OrganizationLexicon.isGeneric(name + "公司")
						// (院校、协会等嘉宾: a suffix on its own is a kind)
						&& !OrganizationLexicon.SUFFIXES.containsKey(name)
						&& !name.matches(".*(机构|组织|企业|院校|高校|单位|部门|学校|院所|团体|行业|专业|领域|产业|处|室|科|办|系|部)$")
						// (人才交流机制, 浙江和安徽的: a way of working, a phrase — no name)
						&& !name.matches(".*(机制|模式|体系|方案|计划|标准|理念|战略|课程|教材|的|之间|之中|以来)$")
						// 企业和研究院所组成: kinds of members and what they do, not a name
						&& !name.matches(".*(?:企业|院校|高校|单位|机构|院所|协会)(?:和|及|与).*") && !name.endsWith("组成")
						&& !isScope(name) && !namedWithSuffix(name) && (counted || !isActivity(name))
						// (研发、生产等企业: of two items, a short one is a name only if proper)
						&& (items.size() > 2 || name.length() >= 4
								|| MentionFinder.terms(name).stream().anyMatch(NameBoundary::isProper))
						// 相关院校、行业协会: a kind of member, not a name (nor 3家行业协会: members
						// counted)
						&& !KIND_OF_MEMBER.matcher(name).find()
						&& !OrganizationLexicon.QUANTITY.matcher(name).lookingAt()
						// (航嘉、湖北等企业: a place on its own names no company)
						&& !Places.isListed(name)) {
					int st = start;
					int en = end;
					// 猫眼娱乐, 华策影视 among schools: a name that ends in a trade is a
					// company's; 黎明大学 among bodies, a hospital among colleges: a school's
					// or a hospital's suffix says the kind
					OrgKind itemKind = OrganizationLexicon.kindOf(name)
						.filter((suffixKind) -> suffixKind == OrgKind.SCHOOL && name.matches(".*(?:大学|学院)$")
								// (附属第一医院 among colleges: a hospital, whatever the list)
								|| name.endsWith("医院"))
						.orElse((said != OrgKind.COLLEGE && endsInTrade(name)
								|| companiesTie && !name.matches(".*[大院校]$")) ? OrgKind.ENTERPRISE : kind);
					Org org = this.known.link(name)
						.orElseGet(() -> Org.proposed(written.substring(st, en), name, itemKind));
					added.add(new NameCandidate(start, end, org, Source.LIST));
				}
			}
		}
		return added;
	}

	/**
	 * 和 (及, 以及) and the list's last item, then the verb by which the list acts:
	 * 和北京某某共同发起, 及某某承办.
	 */
	private static final Pattern LAST_JOINED_ACTS = Pattern
		.compile("(?:和|及|以及)([\\u4e00-\\u9fa5A-Za-z]{2,10}?)(?=(?:共同|联合)?(?:牵头|发起|承办|主办|协办|共建|签署|签订|成立|组建|参与))");

	/**
	 * The last item of a list and the verb by which the list acts on the name after it.
	 */
	private static final Pattern LAST_ITEM_ACTS = Pattern
		.compile("([\\u4e00-\\u9fa5A-Za-z0-9]{2,10}?)(?:正式|成功|共同|联合)?(?:加入|共建|发起成立|牵头成立|成立|组建|发起)(?:了)?");

	private static final Pattern KIND_OF_MEMBER = Pattern.compile("^(?:行业|相关|有关|各类|各级|其他|其它)");

	/**
	 * 零部件供应、整机制造、试验试飞等…单位: links of a chain the members work in, common words that end in
	 * what is done, with no proper name among them.
	 */
	/** What is signed or issued: an agreement, a contract, a plan. */
	private static final Pattern PAPER = Pattern.compile("(?:协议|协议书|合同|备忘录|意向书|方案|通知|意见)$");

	static boolean isActivity(String name) {
		if (PAPER.matcher(name).find()) {
			return true; // 校校合作、校企战略合作协议: what is signed, not who signs it
		}
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(name);
		String last = String.valueOf(terms.get(terms.size() - 1).nature);
		return terms.size() > 1 && last.matches("v|vn|vi") && terms.stream().noneMatch(NameBoundary::isProper)
				&& !endsInTrade(name);
	}

	/**
	 * 某财政局(区财政局): a name with a suffix, and another in brackets, is for the lexicon, not
	 * a brand.
	 */
	static boolean namedWithSuffix(String item) {
		return item.matches(".+[（(][^（(]*[）)]$")
				&& OrganizationLexicon.suffixOf(item.replaceFirst("[（(][^（(]*[）)]$", "")).isPresent();
	}

	private static final Pattern JOINED = Pattern.compile("(?:联合|携手|会同)(?:了)?");

	/** A list's count and kind, and the word that joins the next list: 6个二级学院和. */
	private static final Pattern COUNTED_LIST_ENDS = Pattern
		.compile("(?:\\d{1,3}|[两三四五六七八九十]{1,3})[个家所][\\u4e00-\\u9fa5]{1,8}?(?:和|及|以及|与)");

	private static final Pattern ETC_KIND = Pattern.compile("(?:(?<![高平同中初上次均])等|" + "(?=" + KindLists.LIST_COUNT + "))"
			+ "(?:(?!领域|方面|方向|企业|公司|集团|院校|高校|大学|产业学院)[^，。、；]){0,14}?(企业|公司|集团|院校|高校|大学|产业学院)(?![家主])"
			// …等领军企业及多所院校共同发起: the kind of the list's items comes first, others after
			+ "(?:(?:及|和|以及|与)[^，。、；]{0,6}?(?:院校|高校|单位|机构|企业))?"
			+ "(?:[^，。、；]{0,2}|(?:联合|共同|携手)?(?:发起成立|成立|组建|发起|共建|打造|签约)[^，。、；]{0,4}"
			// 来自A、B、C等知名光伏企业的代表出席: those who came for the companies listed
			+ "|的(?:主要)?(?:代表|负责人|负责同志|专家|领导|嘉宾)[^，。、；]{0,6})$");

	/**
	 * 中国移动, 中国联通: a state company's short name, 中国 and two characters the segmenter may
	 * call verbal (移动).
	 */
	private static boolean isNationalBrand(String name) {
		return name.length() == 4 && name.startsWith("中国");
	}

	private static boolean endsInTrade(String name) {
		return Stream.concat(OrganizationLexicon.TRADE_SUFFIXES.stream(), MORE_TRADES.stream())
			.anyMatch((trade) -> name.endsWith(trade) && name.length() > trade.length());
	}

	/**
	 * Trades a company's short name ends in that are not legal suffixes (杭纳半导体装备, 某某乳业,
	 * 学大教育).
	 */
	private static final List<String> MORE_TRADES = List.of("影业", "影视", "娱乐", "电影", "文娱", "装备", "乳业", "供热", "水务", "检测",
			"海运", "速递", "包装", "餐饮", "酒业", "米业", "茶业", "环保", "新材料", "教育", "智能制造");

	/** 吉林某某、辽宁某某、西安某某三家无人机企业: a count of the list before the kind of its items. */
	private static final Pattern COUNT_OF_LIST = Pattern
		.compile(KindLists.LIST_COUNT + "(?=(?:(?!领域|方面|方向)[^，。、；]){0,10}?(?:企业|公司|集团|院校|高校|大学))");

	/**
	 * 科大讯飞、东方财富、优刻得等长三角优秀数字科创企业: a list closed by 等 and the kind of all its items names
	 * that kind, though few of its items carry a suffix (not 养老、托幼等社会领域企业: fields, not
	 * firms).
	 */
	private static OrgKind kindAfterEtc(String lastItem) {
		Matcher m = ETC_KIND.matcher(lastItem);
		if (!m.find()) {
			return null;
		}
		return switch (m.group(1)) {
			case "院校", "高校", "大学" -> OrgKind.SCHOOL;
			// 富纳智能制造、东软数字等7个特色产业学院: industry colleges named by their partner
			case "产业学院" -> OrgKind.COLLEGE;
			default -> OrgKind.ENTERPRISE;
		};
	}

	/** The count after 等 that closes a list (等10家企业: 10), or -1. */
	private static int countAfterEtc(String lastItem) {
		Matcher m = COUNT_AFTER_ETC.matcher(lastItem);
		return m.find() ? Coreference.count(m.group(1)) : -1;
	}

	private static final Pattern COUNT_AFTER_ETC = Pattern.compile("等(\\d{1,3}|[两二三四五六七八九十])[家所个]");

	private static int etcAt(String item) {
		int at = item.indexOf('等');
		Matcher count = COUNT_OF_LIST.matcher(item);
		if (at < 0 && count.find() && count.start() > 0) {
			at = count.start();
		}
		return (at >= 0) ? at : item.length();
	}

	// The first item of a list starts after the word that opens the list (由, 包括, 联合了 …),
	// or is no name (-1)
	private static int firstItemStart(String s, int start, int end) {
		Matcher m = LIST_OPENER.matcher(s.substring(start, end));
		int at = -1;
		while (m.find()) {
			at = start + m.end();
		}
		// ，北京奔驰、北京现代等企业加入: a short first item that opens its clause with a proper word
		if (at < 0 && end - start >= 2 && end - start <= 6 && (start == 0 || "，,；;：:".indexOf(s.charAt(start - 1)) >= 0)
				&& String.valueOf(MentionFinder.terms(s.substring(start, end)).get(0).nature).matches("n[srtz].*")) {
			at = start;
		}
		return at;
	}

	/**
	 * 由西门子牵头, 会上，某某与某中心共建…: a brand named where only an organisation can stand — led by,
	 * or opening a clause as the one that builds or signs with an organisation named
	 * after 与.
	 */
	void leadingBrands(String s, String written, List<NameCandidate> candidates) {
		List<NameCandidate> named = List.copyOf(candidates);
		for (Pattern slot : List.of(BRAND_SLOT, BRAND_WITH, BRAND_AFTER_WITH, LONG_BRAND_AFTER_WITH,
				QUOTED_BRAND_AFTER_WITH, PLACE_AFTER_AND)) {
			Matcher m = slot.matcher(s);
			while (m.find()) {
				int after = m.end(1) + (s.startsWith("携手", m.end(1)) ? 2 : 1);
				int before = m.start(1) - 1;
				if (slot == BRAND_WITH && named.stream().noneMatch((c) -> c.start() == after)) {
					continue; // 与 must be followed by a name
				}
				if (slot == PLACE_AFTER_AND && named.stream().noneMatch((c) -> c.end() == before)) {
					continue; // 和 must follow a name
				}
				if ((slot == BRAND_AFTER_WITH || slot == LONG_BRAND_AFTER_WITH) && s.charAt(before) == '、'
						&& named.stream()
							.noneMatch((c) -> c.end() == before && c.start() > 0 && s.charAt(c.start() - 1) == '与')
						&& !ZONE_AFTER_WITH.matcher(s.substring(0, before)).find()) {
					continue; // 与A、B共建: the item before must be a name (or a zone) right
								// after 与
				}
				if (slot == LONG_BRAND_AFTER_WITH && (!endsInTrade(m.group(1))
						|| named.stream().anyMatch((c) -> c.start() < after - 1 && before + 1 < c.end()))) {
					continue;
				}
				brand(s, written, m.group(1), m.start(1), m.end(1), slot != BRAND_WITH, candidates);
			}
		}
		brandsListed(s, written, BRAND_LIST_AFTER_WITH, "、", named, candidates);
		brandsListed(s, written, LEADS_LISTED, "[、和与及]", named, candidates);
		Matcher founders = FOUNDERS_LISTED.matcher(s);
		while (founders.find()) {
			int from = founders.start(1);
			int to = founders.end(1);
			if (named.stream().anyMatch((c) -> c.start() >= from && c.end() <= to)) {
				brandsListed(s, written, founders, "[、和与及]", named, candidates);
			}
		}
		Matcher joining = BRANDS_JOINING.matcher(s);
		while (joining.find()) {
			int joined = joining.end();
			// 昊鸿、德发、天马加入某协会: brands that open a clause and join a body named
			// right after the verb
			if (named.stream()
				.anyMatch((c) -> c.start() == joined && RelationType.MEMBER_OF.toKinds().contains(c.org().kind()))) {
				brandsListed(s, written, joining, "、", named, candidates);
			}
		}
		brandsListed(s, written, CORE_LIST, "[、和及]", named, candidates);
		brandsListed(s, written, BRANDS_TAKING_TITLE, "、", named, candidates);
		brandsListed(s, written, BRANDS_AFTER_TITLE, "、", named, candidates);
	}

	/** 某协会副会长单位昊鸿、德发、天马参加: brands listed right after the members' title. */
	private static final Pattern BRANDS_AFTER_TITLE = Pattern
		.compile("(?<=(?:协会|联合会|商会|学会|研究会|促进会|联盟|集团|共同体|联合体)(?:常务)?副?(?:理事长|理事|会长)单位)"
				+ "((?:[\\u4e00-\\u9fa5A-Za-z]{2,6}、)+[\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=等|参加|出席|参与|共同|[，,。；;])");

	/** 普开数据当选副理事长单位: brands that open a clause and take a member's title. */
	private static final Pattern BRANDS_TAKING_TITLE = Pattern
		.compile("(?<=^|[，,。；;：:])((?:[\\u4e00-\\u9fa5A-Za-z]{2,6}、)*[\\u4e00-\\u9fa5A-Za-z]{2,6}?)"
				+ "(?:当选|当选为|被推选为|成为)(?:常务)?(?:副)?(?:理事长|理事|会长|秘书长)单位");

	/**
	 * The items of each list a pattern finds (group 1), split, that no name covers:
	 * brands.
	 */
	private void brandsListed(String s, String written, Pattern lists, String separator, List<NameCandidate> named,
			List<NameCandidate> candidates) {
		Matcher m = lists.matcher(s);
		while (m.find()) {
			brandsListed(s, written, m, separator, named, candidates);
		}
	}

	/** The items of the list a matcher has just found (group 1). */
	private void brandsListed(String s, String written, Matcher m, String separator, List<NameCandidate> named,
			List<NameCandidate> candidates) {
		int from = m.start(1);
		for (String item : m.group(1).split(separator, -1)) {
			int start = from;
			int end = from + item.length();
			// (东陵集团、和江川大学: two separators in a row leave an empty item, no brand)
			if (item.length() >= 2 && named.stream().noneMatch((c) -> c.start() < end && start < c.end())) {
				brand(s, written, item, start, end, true, candidates);
			}
			from += item.length() + 1;
		}
	}

	/**
	 * @param compound whether a brand of two common words will do (玲珑轮胎 after 与, 东方财富
	 * between 由 and 牵头, where only a party stands; 社区 alone is no brand)
	 */
	private void brand(String s, String written, String name, int start, int end, boolean compound,
			List<NameCandidate> candidates) {
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(name);
		if (terms.isEmpty()) {
			return;
		}
		String first = String.valueOf(terms.get(0).nature);
		String last = String.valueOf(terms.get(terms.size() - 1).nature);
		// 与某副院长签署, 与某某共同签署, 与高校搭建: a person, an adverb or a verb is no brand
		boolean notABrand = NameShapes.isCommonWord(terms.get(0)) && !(compound && terms.size() > 1)
				|| PERSON_WORDS.matcher(name).find()
				// (阿里/nt 云/vg: a proper name and a morpheme the segmenter calls verbal is
				// a brand)
				|| last.startsWith("v") && !(last.equals("vg") && first.matches("nt.*|nz")) && !isNationalBrand(name)
						&& !(compound && endsInTrade(name))
				|| last.equals("d") || name.matches(".*(?:共同|一起|携手|正式|联合|合作|的|在|产学研|紧密|深入|深度|之间)$")
				|| name.matches(".*(?:业界|院地|校地|政校|校企|各方|多方).*");
		// 汇/v 川/b, 复/dg 创/v, 中/f 交/v 航/vg 信/n: a brand the segmenter knows no word of
		// is broken into single characters, whose tags say nothing of it (not 村企, 各方:
		// kinds of party)
		boolean kindOfParty = BROKEN_UP_KINDS.matcher(name).find();
		boolean brokenUp = terms.size() >= 2 && terms.stream().allMatch((t) -> t.length() == 1) && !kindOfParty;
		// 中物院, 深信院, 浙经院: an institute's or a school's short form of three characters
		// (not 县医院, 该学院: a kind of 院 and a place's or a pronoun's word before it)
		boolean instituteShortForm = INSTITUTE_SHORT_FORM.matcher(name).matches()
				&& !WORD_OF_YUAN.matcher(name).matches() && !OrganizationLexicon.SUFFIXES.containsKey(name)
				&& !kindOfParty;
		// 浙大, 鄂大: a province's one-character name and 大 is a university's short form
		boolean provincesUniversity = name.length() == 2 && name.charAt(1) == '大'
				&& OrganizationLexicon.isRegionChar(name.substring(0, 1));
		// 北京/ns 奔驰/vi, 吉林/ns 联通/v, 学大/nr 教育/vn: a proper word and a verbal one, where
		// only a party stands, is a brand
		boolean properThenVerbal = compound && terms.size() == 2 && first.matches("n[srtz].*")
				&& last.matches("v|vi|vn") && terms.get(1).length() >= 2 && !terms.get(0).word.matches(".*[市县区省镇乡村]")
				&& !CLAUSE_VERB.matcher(terms.get(1).word).matches();
		// 东方/s 财富/n, 汇/v 川/b 技术/n, 八/m 马/n 茶业/nis, 世纪/qt 鼎/ng 利/n: where
		// only a party stands, a word the segmenter calls a place-word, a verb or a
		// numeral opens a brand whose last word is a noun's (not 多/m 家, 对方/r, 其/r)
		boolean opensOddly = compound && terms.size() >= 2 && first.matches("s|v|m|qt") && last.matches("n.*|b")
				&& !kindOfParty && !name.matches("^[一二两三四五六七八九十百千万多几数首].*[家所个名批位方]$");
		notABrand &= !brokenUp && !instituteShortForm && !provincesUniversity && !properThenVerbal;
		// 与马某某签署: three characters read as one person's name, opening with a common
		// surname, are a person (not 阿特斯, 比亚迪: brands)
		notABrand |= name.length() == 3 && terms.size() == 1 && "nr".equals(first)
				&& COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0;
		// 与港大的合作, 与学校全面合作: a possessive or a manner adverb ends no brand, broken up or
		// not
		notABrand |= name.contains("的") || last.equals("ad");
		// 此次, 针对, 现场, 大连市: a pronoun, a preposition, a time or a place opens no brand
		if (first.matches("[prdtscufmqv].*") && !brokenUp && !instituteShortForm && !opensOddly
				|| terms.size() == 1 && first.startsWith("ns") || OrganizationLexicon.GENERIC.contains(name)
				|| OrganizationLexicon.isGeneric(name + "公司") || OrganizationLexicon.suffixOf(name).isPresent()
				|| notABrand
				|| name.matches(".*(?:校|院|方|局|我|其|该|本|年|月|日|上|中|后|企业|机构|单位|部门|行业|产业|领域|组织|团体)$") && !instituteShortForm
				|| name.endsWith("省")
				// 浙大将与某公司…: the segmenter's 大将 hides the adverb of the clause's verb
				|| name.matches(".{2,}(?:将|还|也|又|已|均)$")) {
			return;
		}
		// 与磐石某镇共建, 某市某区与某大学签署: a place that builds or signs with a name is its
		// government
		OrgKind kind = ((compound || last.startsWith("ns")) && name.matches(".*[市县区镇乡]$")) ? OrgKind.GOVERNMENT
				: provincesUniversity || name.matches(".大") ? OrgKind.SCHOOL : OrgKind.ENTERPRISE;
		Org org = this.known.link(name).orElseGet(() -> Org.proposed(written.substring(start, end), name, kind));
		candidates.add(new NameCandidate(start, end, org, Source.LIST));
	}

}
