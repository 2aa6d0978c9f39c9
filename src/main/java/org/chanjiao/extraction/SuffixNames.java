package org.chanjiao.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Names that end in a suffix of the {@link OrganizationLexicon} — their left edge found
 * by {@link NameBoundary} — short forms of school names (…职院), trade names of companies
 * (云蝶科技) and zones that host a platform or act.
 */
final class SuffixNames {

	/** A founding verb right before a name: 合作成立“…”, 共建. */
	static final String FOUNDING_VERBS = "成立|共建|组建|创办|创建|筹建|打造";

	private static final Pattern FOUNDED_BEFORE = Pattern.compile("(?:" + FOUNDING_VERBS + ")[“\"]?$");

	/** Built by those who found it: 共建, 组建, 成立…, and 打造 only together (共同打造). */
	private static final Pattern BUILT_BEFORE = Pattern.compile("(?:成立|共建|组建|创办|创建|筹建|(?:共同|联合|合作|携手)打造)[“\"]?$");

	/**
	 * Before a 学院 that is founded (合办某国际学院, 合作创办的某学院, 双方合作设立的“某人工智能学院”), or listed after
	 * colleges that are (共建A学院、B产业学院、C学院): a college, since a school is not what is
	 * co-founded.
	 */
	private static final Pattern COLLEGE_FOUNDED_BEFORE = Pattern.compile(
			"(?<!批准|同意|获批)(?:" + FOUNDING_VERBS + "|合办|设立)(?:了|的)?(?:[“\"]?|(?:[“\"]?[^，,。；;、“”\"]{2,30}学院[”\"]?、)+)$");

	/**
	 * 等某技术创新学院共建单位: a 学院 that has co-builders is a platform they build, not a school
	 * (一个学院 is not founded by its 共建单位).
	 */
	private static final Pattern CO_BUILDERS_AFTER = Pattern.compile("(?:的)?(?:共建单位|共建院校|共建企业|共建方|合作共建单位)");

	/** Places where meetings are held, named by what they are. */
	private static final List<String> VENUES = List.of("会议中心", "会展中心", "博览中心", "展览中心", "学术交流中心", "行政中心", "市民中心", "报告厅",
			"音乐厅", "大剧院", "大会堂", "礼堂", "体育馆", "会议室",
			// 在某研究院展厅介绍: a hall where things are shown, no bureau (厅)
			"展厅", "展示厅", "展览厅", "大厅", "多功能厅");

	/**
	 * Suffixes of a place where a meeting is held, when it is (仪式在某校区举行, 论坛在某大酒店隆重举行,
	 * 签约仪式在某华侨历史博物馆举行): a campus, a hotel, a hall that shows or keeps.
	 */
	private static final Set<String> HELD_AT = Set.of("校区", "酒店", "宾馆", "饭店", "博物馆", "纪念馆", "展览馆", "美术馆", "图书馆", "科技馆");

	// (在某学院某校区9楼会议室隆重举行, 在某校区成功举办: a room of the campus, an adverb)
	private static final Pattern HELD_THERE = Pattern
		.compile("(?:[^，。；;]{0,10}?(?:会议室|报告厅|礼堂|会堂|大厅|多功能厅|会议中心))?(?:隆重|正式|顺利|成功|圆满|盛大)?(?:举行|举办|召开|开幕)");

	private static final Pattern ZONE_HOST = Pattern.compile("(?:依托|以|立足|扎根)$");

	/** 各 and places' levels before an office's name: 各县区, 各市. */
	private static final Pattern EACH_PLACES_BEFORE = Pattern.compile("各[省市县区州乡镇]{0,3}$");

	/** What a community of shared future is said of: 命运共同体, 利益共同体. */
	private static final Pattern SHARED_FUTURE = Pattern.compile("(?:命运|利益|责任|生命|人类卫生健康)$");

	private final KnownNames known;

	SuffixNames(KnownNames known) {
		this.known = known;
	}

	void lexicon(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		Set<Integer> ends = new HashSet<>();
		// 教育部学校规划建设发展中心: where a longer suffix (发展中心) found no head, a shorter one
		// ending there (中心) may, when its name starts before the longer suffix
		Map<Integer, Integer> bare = new HashMap<>();
		for (String suffix : OrganizationLexicon.SUFFIXES_LONGEST_FIRST) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				Integer bareAt = bare.remove(end);
				if (!ends.add(end) && bareAt == null || !NameShapes.endsAName(s, at, end)) {
					continue; // a longer suffix ends here already, or the word goes on
				}
				// 某会议中心, 某学院学术报告厅: where a meeting is held, not who holds it
				if (VENUES.stream().anyMatch((venue) -> s.startsWith(venue, end - venue.length()))) {
					continue;
				}
				// 某学会秘书处办公室主任: the office of a body's secretariat is inside the body
				if (suffix.equals("办公室") && s.startsWith("秘书处", at - 3)) {
					continue;
				}
				// 走进某学院实训室: a school's or a college's room, not named on its own
				if (suffix.equals("实训室") && (s.startsWith("学院", at - 2) || s.startsWith("大学", at - 2))) {
					continue;
				}
				// 中国—中亚命运共同体, 人类命运共同体: a community of shared future is a policy's
				// phrase, no body
				if (suffix.equals("共同体") && SHARED_FUTURE.matcher(s.substring(0, at)).find()) {
					continue;
				}
				// 职能部门及二级学院: 二级学院 is a school's kind of unit, the end of no name
				if (s.startsWith("二级学院", end - 4)) {
					continue;
				}
				// 仪式在某大学某地校区举行, 论坛在某大酒店隆重举行: a campus, a hotel or a museum where a
				// meeting is held is a place
				if (HELD_AT.contains(suffix) && HELD_THERE.matcher(s).region(end, s.length()).lookingAt()) {
					continue;
				}
				int walked = acrossFieldList(s, afterWhatFoundsIt(s, NameBoundary.leftEdge(s, at, tokens), at), suffix);
				int quote = QuotedNames.quoteStart(s, walked, end);
				int start = (quote >= 0) ? quote : afterEpithet(s, walked, at);
				if (bareAt != null && start >= bareAt) {
					continue;
				}
				// 各县区民政局, 各市卫健委: each of a kind of office, none named
				if ((EACH_PLACES_BEFORE.matcher(s.substring(Math.max(0, start - 4), start)).find()
						|| start < at && EACH_PLACES_BEFORE.matcher(s.substring(start, at)).find())
						&& OrganizationLexicon.SUFFIXES.get(suffix) == OrgKind.GOVERNMENT) {
					continue;
				}
				int before = candidates.size();
				int ownFrom = afterOwnSchool(s, start, at);
				if (quote >= 0 && QuotedNames.DEFINED.matcher(s.substring(end)).lookingAt()) {
					// “区域企业数智化产教融合实践中心”（以下简称“实践中心”）: a quoted name given a
					// short name is a name, though its words are common ones
					OrganizationLexicon.kindOf(s.substring(start, end))
						.filter((kind) -> !OrganizationLexicon.isDesignation(s.substring(start, end)))
						.ifPresent((kind) -> candidates.add(NameCandidate.linkedOrProposed(this.known, s, written,
								start, end, kind, Source.LEXICON)));
				}
				else if (start == at && BARE_COMMITTEES.contains(suffix) && opensWord(s, at)) {
					// 市委、市政府, 区委书记某某: a committee named without its place is named all
					// the same (each document's own, Extraction.withOwnGenericNames)
					candidates.add(new NameCandidate(at, end,
							Org.proposed(written.substring(at, end), suffix, OrgKind.GOVERNMENT), Source.LEXICON));
				}
				else if (start < at && isOwnDepartment(s, ownFrom, end, suffix)) {
					// 我校国际学院, 创新创业学院院长: a school's own department, named by common words
					// (each document's own, Extraction.withOwnGenericNames)
					candidates.add(new NameCandidate(ownFrom, end,
							Org.proposed(written.substring(ownFrom, end), s.substring(ownFrom, end), OrgKind.COLLEGE),
							Source.LEXICON));
				}
				else if (start > 0 && s.charAt(start - 1) == '等' && start < at
						&& MentionFinder.terms(s.substring(start, at)).stream().noneMatch(NameBoundary::isProper)) {
					continue; // A、B等汽车装饰服务公司: the kind of the list's items, no name
				}
				else if (start < at || OrganizationLexicon.STANDALONE.contains(suffix)) {
					addNamed(candidates, s, written, start, end, Source.LEXICON);
					if (candidates.size() == before && isVerbBrand(s, start, at, end, suffix, tokens)) {
						// (a name whose head is a verb is no well-formed one elsewhere)
						candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, end,
								OrgKind.ENTERPRISE, Source.LEXICON));
					}
				}
				if (candidates.size() == before && isBareDepartment(s, start, end, suffix)) {
					// 与工业和信息化厅签订, 、外事办、, 文化厅副厅长: a government's department named
					// without its place, as a party or a list's item (each document's
					// own,
					// Extraction.withOwnGenericNames)
					candidates.add(new NameCandidate(start, end,
							Org.proposed(written.substring(start, end), s.substring(start, end), OrgKind.GOVERNMENT),
							Source.LEXICON));
				}
				if (candidates.size() == before && start == at) {
					bare.put(end, at);
				}
			}
		}
	}

	/**
	 * A department's whole name written bare (工业和信息化厅, 外事办, 文化厅): a government's name of
	 * three to nine characters, no place in it, that ends in 厅, 局, 部, 办 or 委, right after
	 * a clause's start, a list's mark or 与, and before a list's mark, a verb of parties
	 * or an officer's title.
	 */
	private static boolean isBareDepartment(String s, int at, int end, String suffix) {
		String name = s.substring(at, end);
		if (OrganizationLexicon.SUFFIXES.get(suffix) != OrgKind.GOVERNMENT || name.length() < 3 || name.length() > 9
				|| !name.matches("[\\u4e00-\\u9fa5]+[厅局部办委]") || name.matches("办公厅|宣传部|统战部|组织部|.*[各该本其][厅局部办委]")
				|| Places.startsWithPlace(name) || OrganizationLexicon.isGeneric(name.substring(0, name.length() - 1))
				// (中铁四局, 中建八局, 招商局: state companies named as bureaus; 职业训练局: Hong
				// Kong's school of vocational training)
				|| name.matches("(?:中铁|中建|中交|中冶|中水|中电|中核|中化|招商|职业训练|職業訓練|职训|職訓).*")
				// (街道党工委, 社区党委: a level of government, not one of them)
				|| name.matches("(?:街道|社区|乡镇|镇|乡|村|区|县|市|省|州|盟|旗).*")
				// (员工餐厅, 报告厅, 总部, 承办: a room, a part or a deed, no department; 格局 and
				// the like never get here, NameShapes.endsAName has them)
				|| NOT_A_DEPARTMENT.matcher(name).find()
				// (闽宁两地教育厅: the departments of two places, not one)
				|| name.matches(".*(?:两|三|四|五|各|多)(?:地|省|市|区|县|方).*")) {
			return false;
		}
		// (签字仪式由文化厅副厅长某主持: after 由, before its officer)
		boolean opens = at == 0 || "，,、；;：:与和及同跟。由".indexOf(s.charAt(at - 1)) >= 0;
		return opens && BARE_DEPARTMENT_AFTER.matcher(s).region(end, s.length()).lookingAt();
	}

	private static final Pattern NOT_A_DEPARTMENT = Pattern
		.compile("(?:餐厅|大厅|展厅|客厅|歌厅|舞厅|门厅|前厅|报告厅|会议厅|营业厅|多功能厅|演播厅|音乐厅|宴会厅|咖啡厅|办事厅|邮局|"
				+ "总部|内部|外部|全部|局部|干部|俱乐部|本部|头部|[东西南北中]部|举办|主办|承办|协办|创办|开办|兴办|筹办|操办|督办|代办|合办|编委|常委)$");

	private static final Pattern BARE_DEPARTMENT_AFTER = Pattern
		.compile("[、，,和与及等]|签|合作|共建|联合|携手|牵头|(?:常务)?(?:副)?(?:厅长|局长|部长|主任|书记|处长)");

	/** The suffixes of a centre of research named by the fields it joins. */
	private static final Set<String> RESEARCH_CENTRES = Set.of("研究中心", "实验室", "工程中心", "技术中心", "研发中心", "创新中心");

	/**
	 * 江苏省轨道车辆重载、高速车轮…工程研究中心: a province's centre of research named by a list of fields
	 * runs back across the list's 、 to the place that opens it (the item before 、 opens
	 * with a place, says at least two characters more and ends in no suffix).
	 */
	private static int acrossFieldList(String s, int walked, String suffix) {
		if (walked < 3 || s.charAt(walked - 1) != '、' || !RESEARCH_CENTRES.contains(suffix)) {
			return walked;
		}
		int from = walked - 1;
		while (from > 0 && "，,。；;：:、与和及“”\"（()）".indexOf(s.charAt(from - 1)) < 0) {
			from--;
		}
		String item = s.substring(from, walked - 1);
		int place = Places.leadingPlace(item);
		boolean fieldsOfAPlace = place > 0 && item.length() - place >= 2 && item.length() <= 14
				&& OrganizationLexicon.suffixOf(item).isEmpty() && !Places.startsWithPlace(item.substring(place));
		return fieldsOfAPlace ? from : walked;
	}

	/** What founds a name and 的, right before it: 合作成立的, 共建的. */
	private static final Pattern FOUNDED_DE = Pattern.compile("(?:" + FOUNDING_VERBS + "|建设)的");

	/**
	 * 合作成立的船舶动力推进装备联合实验室: after what founds it and 的, a name runs whole to its suffix,
	 * though a word inside it (推进) stands before names elsewhere — where the walk stopped
	 * at most six characters after 的 and nothing between is punctuation or a word that
	 * joins names.
	 */
	private static final Pattern KIND_BEFORE = Pattern.compile("[\\u4e00-\\u9fa5]{0,4}(?:企业|单位|高校|院校|学府|名校)");

	private static int afterWhatFoundsIt(String s, int walked, int at) {
		Matcher m = FOUNDED_DE.matcher(s);
		m.region(Math.max(0, walked - 10), walked);
		int from = -1;
		while (m.find()) {
			from = m.end();
		}
		if (from < 0 || from >= walked || walked - from > 6 || at - from > 16) {
			return walked;
		}
		String between = s.substring(from, at);
		// (建设的龙头企业广州市某集团: what kind of firm it is, said before the name, is no part of
		// it)
		boolean kindBefore = KIND_BEFORE.matcher(s.substring(from, walked)).matches();
		return between.matches("[\\u4e00-\\u9fa5]+") && !between.matches(".*[的与和及、].*") && !kindBefore ? from : walked;
	}

	/**
	 * 等动力产业, 等新兴领域: the list's items are trades — where the trade's word ends the phrase
	 * (not 等产业链企业, 等产业园: companies, places).
	 */
	private static final Pattern TRADES_AFTER_ETC = Pattern
		.compile("等[\\u4e00-\\u9fa5]{0,4}?(?:" + KindLists.FIELD_WORDS + ")(?=$|[，,。；;、）)]|为|的|集群|发展|方面)");

	/** 等, and a word of praise or scope, right before a trade's firms: 等知名, 等龙头. */
	private static final Pattern KIND_AFTER_ETC = Pattern
		.compile("等(?:知名|优秀|龙头|头部|重点|相关|大型|骨干|领军|本地|当地|省内|国内|各类|一批)?$");

	/**
	 * Heads that are no brand: an ordinal (第一动力), a body whose division follows
	 * (省林业局科技和对外合作处).
	 */
	private static final Pattern NOT_A_BRAND = Pattern.compile("第[一二三四五六七八九十]+|.*(?:局|厅|委|(?<![东南西北中])部|办|院|校|会|中心)");

	/** Where a party stands before a name: 与, 和, 由, 联合, 携手, a list's comma. */
	private static final Pattern PARTY_BEFORE_NAME = Pattern.compile("(?:与|和|同|由|联合|携手|、|及)$");

	/** What a party does right after its name: 签署, 牵头, 共建, its officers. */
	private static final Pattern ACTS_AS_PARTY = Pattern
		.compile("(?:签署|签订|签约|牵头|共建|联合|携手|作为|党委|董事长|总经理|副总经理|总裁|负责人|等(?:单位|企业))");

	/** 与智能制造领域, 和新能源产业: the trade a place's trade is joined to. */
	private static final Pattern TRADES_JOINED = Pattern
		.compile("(?:与|和|及|、)[\\u4e00-\\u9fa5]{1,8}?(?:领域|行业|产业(?![学园研链联])|等)");

	private static final Pattern DESCRIBED_TRADE = Pattern.compile("(?:现代|新能源|新型|智能|数字|绿色|先进|高端|传统)");

	void tradeNames(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		for (String suffix : OrganizationLexicon.TRADE_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (end < s.length() && NameBoundary.isNameChar(s.charAt(end))
						&& !NameShapes.isTitleOrVerbStart(s, end)) {
					continue; // 科技有限公司, 汽车学院: a longer name goes on
				}
				int start = NameBoundary.leftEdge(s, at, tokens);
				String head = s.substring(start, at);
				// (新余鑫健辉科技: a brand of up to four characters after its place's name)
				// (中国电影技术: 中国 opens it as a place does)
				int place = head.startsWith("中国") ? 2 : Places.leadingPlace(head);
				// (某集团中南股份: a group's company named by its own brand after the group's
				// name)
				int group = head.lastIndexOf("集团");
				if (group >= 2 && head.length() - group - 2 >= 2) {
					place = group + 2;
				}
				int brand = head.length() - ((place > 0 && head.length() - place >= 2) ? place : 0);
				String brandWords = head.substring(head.length() - brand);
				if (head.length() < 2 || brand > 4 || OrganizationLexicon.GENERIC.contains(head)
						|| NameShapes.isCommonWord(MentionFinder.terms(head).get(0))
						// (曲靖市多家企业: a count after the place is no brand)
						|| brand < head.length() && (NameShapes.isCommonWord(MentionFinder.terms(brandWords).get(0))
								|| brandWords.matches("^(?:[多各几数某本该全]|[两三四五六七八九十]地)[\\u4e00-\\u9fa5]*"))
						// (新能源汽车, 现代金融科技: a trade described, with no place or brand
						// before it)
						|| brand == head.length() && DESCRIBED_TRADE.matcher(head).lookingAt()
						// (研发出耐高温新材料: a verb and its object, what is made)
						|| brand == head.length() && isVerbPhrase(head) || !tokens.starts().contains(start)
						|| !tokens.ends().contains(at)) {
					continue;
				}
				if (KIND_AFTER_ETC.matcher(s.substring(0, start)).find() || NOT_A_BRAND.matcher(head).matches()
						|| OrganizationLexicon.TRADE_SUFFIXES.contains(brandWords)
						|| suffix.equals("技术") && head.matches("[A-Za-z0-9]+")) {
					// A、B、C等知名光伏企业: the kind of the companies listed; 第一动力, 省林业局科技和…处,
					// 5G技术, 新材料技术: an ordinal, a body with its division, a technology
					continue;
				}
				String rest = s.substring(end, Clauses.clauseEnd(s, end));
				if (TRADES_AFTER_ETC.matcher(rest).lookingAt()
						|| rest.startsWith("、") && TRADES_AFTER_ETC.matcher(rest).find()
						|| place == head.length() && (TRADES_JOINED.matcher(rest).lookingAt()
								|| !PARTY_BEFORE_NAME.matcher(s.substring(0, start)).find()
										&& !ACTS_AS_PARTY.matcher(rest).lookingAt())) {
					// 轨道交通、新能源汽车等动力产业: a trade among trades, not a company;
					// 苏州机器人与智能制造领域, 继承上海电影精神: a place's trade, unless it stands where a
					// party does
					continue;
				}
				candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, end, OrgKind.ENTERPRISE,
						Source.LIST));
			}
		}
	}

	/**
	 * A verb, then words of the language only: 耐高温 (not a brand of two characters the
	 * segmenter splits, 立新, 领克).
	 */
	private static boolean isVerbPhrase(String head) {
		List<Term> terms = MentionFinder.terms(head);
		return head.length() >= 3 && terms.size() >= 2 && "v".equals(String.valueOf(terms.get(0).nature))
				&& terms.stream().noneMatch(NameBoundary::isProper);
	}

	/**
	 * 与开创集团签署: a company whose brand is a verb (开创/v), standing where a party does —
	 * after 与 and before what it does as one — is named by the verb and its suffix (not a
	 * company's trade: 发展集团, 投资公司).
	 */
	private static boolean isVerbBrand(String s, int start, int at, int end, String suffix,
			NameBoundary.Tokens tokens) {
		com.hankcs.hanlp.seg.common.Term verb = tokens.termEndingAt(at);
		return BoundaryWords.COMPANY_SUFFIX.matcher(suffix).matches() && verb != null && verb.offset == start
				&& verb.length() == 2 && String.valueOf(verb.nature).startsWith("v")
				&& !BoundaryWords.COMPANY_WORDS.matcher(verb.word).matches()
				&& PARTY_BEFORE_NAME.matcher(s.substring(0, start)).find()
				&& ACTS_AS_PARTY.matcher(s).region(end, s.length()).lookingAt();
	}

	/**
	 * “中国丝绸工业活化石”南充六合集团: a quoted epithet before a place's name that opens a name is what
	 * the body is called, not its name; the name starts after it.
	 */
	private static int afterEpithet(String s, int start, int at) {
		if (start >= at || s.charAt(start) != '“') {
			return start;
		}
		int close = s.indexOf('”', start);
		return (close > start + 1 && close + 1 < at && Places.startsWithPlace(s.substring(close + 1, at))) ? close + 1
				: start;
	}

	/**
	 * An institute of the Academy named by its short form (中科院物理所, 中国科学院宁波材料所): 所 alone
	 * ends no name elsewhere (所有, 场所, 派出所), so only after the Academy's name.
	 */
	static final Pattern ACADEMY_INSTITUTE = Pattern
		.compile("(?:中科院|中国科学院)(?!院士)[\\u4e00-\\u9fa5]{2,8}?所(?![在属有长以需谓说述])");

	void academyInstitutes(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		Matcher m = ACADEMY_INSTITUTE.matcher(s);
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, end,
					OrgKind.RESEARCH_INSTITUTE, Source.LEXICON));
		}
		Matcher g = OWNERS_INSTITUTE.matcher(s);
		while (g.find()) {
			int start = NameBoundary.leftEdge(s, g.start(1), tokens);
			if (g.start(1) - start >= 2) {
				candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, g.end(2),
						OrgKind.RESEARCH_INSTITUTE, Source.LEXICON));
			}
		}
	}

	/**
	 * A group's or an academy's institute named by its short form right after the owner's
	 * name (中国航空工业集团直升机所, 某研究院应用技术所), as the Academy's are.
	 */
	private static final Pattern OWNERS_INSTITUTE = Pattern
		.compile("(集团|研究院)((?!下属|所属|旗下|[各等和与及在于到向对为从把被给是的了将])[\\u4e00-\\u9fa5]{2,5}?所)(?![在属有长以需谓说述])");

	void shortForms(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		for (String suffix : OrganizationLexicon.SHORT_SCHOOL_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				// (an opening quote or bracket after it starts something else:
				// 某职院“一联合体两共同体”)
				if (end < s.length() && NameBoundary.isNameChar(s.charAt(end)) && "“（(".indexOf(s.charAt(end)) < 0
						&& !NameShapes.isTitleOrVerbStart(s, end) && !endsBeforeAWordOfItsOwn(end, tokens)
						&& !COOPERATES_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
					continue; // 理工科, 师大附中: the word goes on
				}
				int edge = NameBoundary.leftEdge(s, at, tokens);
				// 某新材料与北工大: a short form joins no names with 与 (a full name may)
				int joined = s.lastIndexOf('与', at - 2);
				int start = (joined >= edge) ? joined + 1 : edge;
				if (at - start >= 1 && at - start <= 8
						&& !(at - start == 1 && "高中各本我该全省市".indexOf(s.charAt(start)) >= 0)) {
					String normalized = s.substring(start, end);
					if (OrganizationLexicon.isGeneric(normalized)
							|| OrganizationLexicon.GENERIC.contains(s.substring(start, at))
							|| isVerbOrQuality(s.substring(start, at))) {
						continue;
					}
					candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, end, OrgKind.SCHOOL,
							Source.SHORT));
				}
			}
		}
	}

	/**
	 * 与某职院合作共建Z: 合作 and the verb of what is done together after a short form (the
	 * segmenter calls 合作 a noun, which a name could go on with).
	 */
	private static final Pattern COOPERATES_AFTER = Pattern.compile("合作(?:共建|建设|办学|开展|成立|签署|签订|举办|[，,。；])");

	/**
	 * 畅通职校学生成长通道: a verb or a quality as the whole head of a short form (职校 is then the
	 * kind of school, not a name).
	 */
	private static boolean isVerbOrQuality(String head) {
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(head);
		// (合工大, 合职院: one character, a place's, whatever the segmenter calls it)
		return terms.size() == 1 && head.length() >= 2
				&& String.valueOf(terms.get(0).nature).matches("a|an|ad|d|v|vi|vn");
	}

	/**
	 * 湖南农大友好协商, 某职院着力于: the segmenter ends a word at the short form's end and the next
	 * word is no noun that could go on with a name (an adjective, an adverb, a verb, a
	 * preposition, a conjunction) — unlike 理工科, 师大附中.
	 */
	private static boolean endsBeforeAWordOfItsOwn(int end, NameBoundary.Tokens tokens) {
		com.hankcs.hanlp.seg.common.Term next = tokens.termAt(end);
		return next != null && tokens.ends().contains(end)
				&& String.valueOf(next.nature).matches("a|ad|an|d|vd|v|vi|p|c|cc|u.*");
	}

	/**
	 * A short form of up to four characters ending in 院, 校 or 大 (a school's) or in 所, 局
	 * or 会 (an institute's, an office's, an association's) right before its officer's
	 * title (石铁院副院长, 江苏建院党委书记, 都大校长, 厂商会会长): the title says it is a body; a common word
	 * (医院, 本院, 研究院) is none.
	 */
	void shortFormsBeforeTitles(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		Matcher m = SHORT_BEFORE_TITLE.matcher(s);
		while (m.find()) {
			int group = (m.group(1) != null) ? 1 : 2;
			int at = m.end(group) - 1;
			int end = m.end(group);
			int start = NameBoundary.leftEdge(s, at, tokens);
			String head = s.substring(start, at);
			if (head.length() < 1 || head.length() > 3 || OrganizationLexicon.GENERIC.contains(head)
					|| "本我该全分学医法书研究".indexOf(s.charAt(at - 1)) >= 0) {
				continue;
			}
			String normalized = s.substring(start, end);
			List<Term> terms = MentionFinder.terms(normalized);
			if (terms.size() == 1 && !String.valueOf(terms.get(0).nature).matches("nz|nt.*|nr.*|j")) {
				continue; // a word the segmenter knows as a common noun
			}
			OrgKind kind = switch (s.charAt(at)) {
				case '所' -> OrgKind.RESEARCH_INSTITUTE;
				case '局' -> OrgKind.GOVERNMENT;
				case '会' -> OrgKind.INDUSTRY_ASSOCIATION;
				default -> OrgKind.SCHOOL;
			};
			candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, end, kind, Source.SHORT));
		}
	}

	private static final Pattern SHORT_BEFORE_TITLE = Pattern
		.compile("([\\u4e00-\\u9fa5][院校大])(?=(?:党委)?(?:副)?(?:院长|校长|书记|党委书记))"
				+ "|([\\u4e00-\\u9fa5][所局会])(?=(?:党委)?(?:副|常务副)?(?:所长|局长|会长|理事长|书记|党委书记))");

	/**
	 * Whether a zone named between two offsets is what a platform is built upon (依托某开发区).
	 */
	static boolean hosts(String s, int start, int end) {
		return s.startsWith("为依托", end) || s.startsWith("为载体", end) || s.startsWith("为基础", end)
				|| s.substring(Math.max(0, start - 2), start).endsWith("依托");
	}

	/**
	 * 某开发区联合某研究院召开…, 某园区党工委书记某出席: a zone that acts, or speaks through its own bodies, is
	 * an organisation even where no relationship is read for it (a zone listed with
	 * others, or named as what is built, is a place).
	 */
	static boolean actsOnItsOwn(String s, int start, int end) {
		return ZONE_ACTS_AFTER.matcher(s.substring(end)).lookingAt() || PlaceParties.speaksFor(s, end)
				|| NameShapes.TAKES_A_TITLE.matcher(s).region(end, s.length()).lookingAt()
				|| ZONE_ACTS_BEFORE.matcher(s.substring(Clauses.phraseStart(s, start), start)).find();
	}

	private static final Pattern ZONE_ACTS_AFTER = Pattern.compile("联合|携手|牵头|签署|党工委|管委会|将|正|积极|大力|共同|与(?!此)");

	private static final Pattern ZONE_ACTS_BEFORE = Pattern.compile("(?:由|联合|携手)$");

	void zones(String s, String written, NameBoundary.Tokens tokens, List<NameCandidate> candidates) {
		for (String suffix : OrganizationLexicon.ZONE_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				int start = NameBoundary.leftEdge(s, at, tokens);
				if (start >= at) {
					continue;
				}
				boolean hosts = hosts(s, start, end);
				// 某开发区党工委书记: the zone speaks through its party committee's officer
				boolean speaks = s.startsWith("党工委", end);
				// 由A及B合作共建的某职业教育园区: a park its founders build is a platform, a base
				// (打造川黔一流某园区 alone is what a plan aims at)
				boolean built = verbRightBefore(BUILT_BEFORE, s, start);
				// (某经济技术开发区（高新区）与…: the zone's second form in brackets is part of its
				// name)
				Matcher form = ZONE_FORM.matcher(s).region(end, s.length());
				int to = form.lookingAt() ? form.end() : end;
				if (hosts || speaks || built || NameShapes.acts(s, start, to)) {
					String normalized = s.substring(start, end);
					// (国家高新区: a kind of zone; 依托经济技术开发区: a longer zone word, no zone's
					// name)
					String head = normalized.substring(0, normalized.length() - suffix.length());
					// (将继续协同园区、高校: a verb and an adverb name no zone)
					String opening = String.valueOf(MentionFinder.terms(head).get(0).nature);
					if (!OrganizationLexicon.isGeneric(normalized) && !OrganizationLexicon.GENERIC.contains(head)
							&& !OrganizationLexicon.ZONE_SUFFIXES.contains(normalized)
							&& !opening.matches("v|vd|vi|d|ad")) {
						candidates.add(NameCandidate.linkedOrProposed(this.known, s, written, start, to,
								(built && !hosts) ? OrgKind.PRACTICE_BASE : OrgKind.GOVERNMENT, Source.ZONE));
					}
				}
			}
		}
	}

	/**
	 * 发起成立了全国高职院校社区教育联盟: a name of common words only, but national and founded right
	 * here, is the name of what is founded (not a kind of platform: its words after 全国
	 * are more than a suffix).
	 */
	private static boolean isFoundedNational(boolean founded, String name) {
		String suffix = OrganizationLexicon.suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length()).replaceFirst("^(?:全国|中国)", "");
		return name.matches("^(?:全国|中国).*") && head.length() >= 4 && !OrganizationLexicon.isDesignation(name)
				&& founded;
	}

	/**
	 * Whether a founding verb (成立, 共建 …, 了 or 的 after it or not) ends right before
	 * {@code start}.
	 */
	private static boolean isFoundedRightBefore(String s, int start) {
		return verbRightBefore(FOUNDED_BEFORE, s, start)
				|| FOUNDED_LIST_BEFORE.matcher(s.substring(Clauses.phraseStart(s, start), start)).find();
	}

	/**
	 * 共建了某展示实践基地、某康养实践基地: the platforms a founding verb lists are all founded, not only
	 * the first.
	 */
	private static final Pattern FOUNDED_LIST_BEFORE = Pattern.compile("(?:" + FOUNDING_VERBS
			+ ")(?:了|的)?(?:[“\"]?[^，,。；;、“”\"]{2,30}?(?:基地|中心|实验室|学院|研究院|工作站|工坊)[”\"]?(?:、|和|及|以及))+[“\"]?$");

	/**
	 * Whether one of {@code verbs} ends right before {@code start}, 了 or 的 after it or
	 * not.
	 */
	private static boolean verbRightBefore(Pattern verbs, String s, int start) {
		return verbs.matcher(s.substring(Math.max(0, start - 8), start).replaceFirst("(?:了|的)$", "")).find();
	}

	private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?<!第)一[个座处支所]$");

	private static final Pattern GOAL_BEFORE = Pattern.compile("(?:打造|建设|发展)成为?$|打造为$");

	void addNamed(List<NameCandidate> candidates, String s, String written, int start, int end, Source source) {
		String name = s.substring(start, end);
		OrgKind named = OrganizationLexicon.kindOf(name).orElse(null);
		if (named == OrgKind.SCHOOL && (NameShapes.isDepartment(name) || NameShapes.isCompanyCollege(name))) {
			named = OrgKind.COLLEGE; // 经济管理学院, 汽车工程学院: a school's own college;
										// 海尔某学院: a company's
		}
		boolean founded = isFoundedRightBefore(s, start);
		if (named == null || !NameShapes.isWellFormed(name, named, founded) && !isFoundedNational(founded, name)
				&& !QuotedNames.isQuotedFounded(s, start, end, name) || QuotedNames.isTask(s, end)) {
			return; // (“技术攻关联合体组建”: a task, what is to be built)
		}
		if (named != OrgKind.SCHOOL && INDEFINITE_BEFORE.matcher(s.substring(Math.max(0, start - 3), start)).find()) {
			return; // 建成一个微短剧拍摄实训中心: one of a kind, described, not named
		}
		if (name.startsWith("一") && start > 0 && "这那此".indexOf(s.charAt(start - 1)) >= 0) {
			return; // 成为这一省级重要产教融合平台的成员: the one spoken of, described
		}
		if (named != OrgKind.SCHOOL && GOAL_BEFORE.matcher(s.substring(Math.max(0, start - 4), start)).find()
				&& MentionFinder.terms(name).stream().noneMatch((t) -> String.valueOf(t.nature).matches("n[str].*"))) {
			return; // 努力打造成正能量传播示范基地: what it is to become, in common words (not
					// 打造成东陵某基地)
		}
		OrgKind kind = named;
		if (kind == OrgKind.SCHOOL
				&& (COLLEGE_FOUNDED_BEFORE.matcher(s.substring(Clauses.phraseStart(s, start), start)).find()
						|| CO_BUILDERS_AFTER.matcher(s).region(end, s.length()).lookingAt())
				&& OrganizationLexicon.suffixOf(name).filter("学院"::equals).isPresent()) {
			kind = OrgKind.COLLEGE; // 合作成立“中通学院”, 共建ICT学院: a college is founded, a school
									// is not
		}
		OrgKind proposedKind = kind;
		boolean zone = OrganizationLexicon.ZONE_SUFFIXES.stream().anyMatch(name::endsWith);
		Matcher status = ((kind == OrgKind.COMMUNITY) ? COMMUNITY_FORM : zone ? ZONE_FORM : STATUS).matcher(s);
		status.region(end, s.length());
		// 某研究院(总部), 某分院(筹), 某共同体(职教集团), 某经济技术开发区（高新区）: as written
		int to = status.lookingAt() ? status.end() : end;
		String full = s.substring(start, to);
		Org org = this.known.link(name)
			.or(() -> this.known.link(full))
			.orElseGet(() -> Org.proposed(written.substring(start, to), full, proposedKind));
		candidates.add(new NameCandidate(start, to, org, source));
	}

	private static final Set<String> BARE_COMMITTEES = Set.of("省委", "市委", "县委", "区委", "省委办", "市委办", "县委办", "区委办", "省府办",
			"市府办", "县府办", "区府办");

	private static final Pattern OWN_SCHOOL_BEFORE = Pattern.compile("(?:我|本|该)?校$");

	private static final Pattern OFFICER_AFTER = Pattern.compile("^(?:副?院长|党委|党总支|书记|(?:相关)?负责人)");

	// (现代产业学院 is a kind of platform; 现代服务管理学院 a department named by its field)
	private static final Pattern PLATFORM_WORDS = Pattern.compile("产业|产教|融合|示范|特色|现代(?=产业|学院)|未来|行业|共建|职业|合作");

	/**
	 * A 学院 named by common words right after 我校 (学校, 本校) or right before its officers
	 * (院长, 书记, 负责人) is a department of the school the page is about; a kind of platform
	 * (产业学院, 现代产业学院, 特色学院) is not one.
	 */
	private static boolean isOwnDepartment(String s, int start, int end, String suffix) {
		String name = s.substring(start, end);
		// (各二级学院负责人: every college, none named)
		return suffix.equals("学院") && name.length() >= 3 && OrganizationLexicon.isGeneric(name)
				&& !PLATFORM_WORDS.matcher(name).find() && !name.startsWith("二级")
				&& (OWN_SCHOOL_BEFORE.matcher(s.substring(Math.max(0, start - 2), start)).find()
						|| OFFICER_AFTER.matcher(s.substring(end)).lookingAt() || actsAsParty(s, start, end)
						|| listedWithColleges(s, start, end));
	}

	/**
	 * 某大学经济管理学院、艺术学院、理学院: a college named by its field, in a list whose item next to it
	 * is a college too.
	 */
	private static boolean listedWithColleges(String s, int start, int end) {
		return start > 0 && s.charAt(start - 1) == '、' && COLLEGE_BEFORE.matcher(s.substring(0, start)).find()
				|| COLLEGE_AFTER.matcher(s.substring(end)).lookingAt();
	}

	private static final Pattern COLLEGE_BEFORE = Pattern.compile("[\\u4e00-\\u9fa5]学院、$");

	private static final Pattern COLLEGE_AFTER = Pattern.compile("、[\\u4e00-\\u9fa5]{1,10}?学院(?=[、，,。；与和及])");

	/**
	 * 商学院与某公司签约, 某公司与医学院共建: a school's college named by its field, opening a clause
	 * before 与 and the party it acts with, or after 与 before the verb they act by (not
	 * 高校商学院, 各学院: colleges of a kind).
	 */
	private static boolean actsAsParty(String s, int start, int end) {
		if (end - start > 8 || !opensWord(s, start) || s.substring(start, end).matches("^(?:高校|各|全国|国内|地方|部分|相关).*")) {
			return false;
		}
		String after = s.substring(end);
		boolean afterWith = start > 0 && "与和".indexOf(s.charAt(start - 1)) >= 0;
		return !afterWith && PARTY_AFTER.matcher(after).lookingAt()
				|| afterWith && ACTS_AFTER.matcher(after).lookingAt();
	}

	private static final Pattern PARTY_AFTER = Pattern.compile("(?:与|和|联合|携手)[\\u4e00-\\u9fa5]");

	private static final Pattern ACTS_AFTER = Pattern.compile("(?:正式|共同)?(?:签署|签订|签约|共建|合作共建|联合成立|共同成立)");

	/**
	 * Where a name walked from 学校 (学校商学院) starts after it: the school is the reporter.
	 */
	private static int afterOwnSchool(String s, int start, int at) {
		return (start + 2 < at && OWN_SCHOOL.matcher(s.substring(start, start + 2)).matches()) ? start + 2 : start;
	}

	private static final Pattern OWN_SCHOOL = Pattern.compile("学校|我校|本校|该校");

	private static boolean opensWord(String s, int at) {
		return at == 0 || "，,、。；;：:“”（(和与及".indexOf(s.charAt(at - 1)) >= 0;
	}

	private static final Pattern CAMPUS = Pattern.compile("[（(]([\\u4e00-\\u9fa5]{2,4})[）)]");

	/**
	 * After a place in brackets right after a name (某工业大学(深圳), 中国石油大学（华东）, 某研究院(衢州)),
	 * else the name's end: the campus is part of the name.
	 */
	static int campusEnd(String s, int end) {
		Matcher campus = CAMPUS.matcher(s);
		campus.region(end, s.length());
		return (campus.lookingAt() && isCampusPlace(campus.group(1))) ? campus.end() : end;
	}

	// (宾西校区) is a campus between a school and its college, not part of the school's name
	private static boolean isCampusPlace(String word) {
		if (word.matches(".*(?:大学|学院|学校|公司|集团|研究院|研究所)")) {
			return false; // 某重点实验室(厦门大学): the school that hosts it, not a place
		}
		if (!word.endsWith("校区") && NameShapes.isPlace(word) || word.matches("华东|华北|华南|华中|西北|西南|东北")
				|| OrganizationLexicon.PROVINCES.contains(word.replaceAll("(省|市)$", ""))) {
			return true;
		}
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(word); // only
																					// when
																					// the
																					// rest
																					// fails
		return terms.size() == 1 && String.valueOf(terms.get(0).nature).startsWith("ns");
	}

	/**
	 * A unit's status written in brackets right after its name, part of the name as
	 * written.
	 */
	private static final String STATUS_WORDS = "总部|分部|筹|筹建|筹建中|筹备|试运行|平台";

	private static final Pattern STATUS = Pattern.compile("[（(](?:" + STATUS_WORDS + ")[）)]");

	/**
	 * A community's status or second form written in brackets after its name, part of the
	 * name as written.
	 */
	private static final Pattern COMMUNITY_FORM = Pattern.compile("[（(](?:" + STATUS_WORDS + "|职教集团|职业教育集团|联盟)[）)]");

	/** A zone's second form in brackets after its name: 某经济技术开发区（高新区）, 某开发区(滨海新区). */
	private static final Pattern ZONE_FORM = Pattern
		.compile("[（(][\\u4e00-\\u9fa5]{0,6}?(?:高新区|开发区|经开区|新区|保税区|自贸区|试验区|园区|产业园)[）)]");

}
