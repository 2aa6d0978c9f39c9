package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Finds the names of organisations in one sentence: names and aliases the graph holds,
 * names of the institution {@link Gazetteer}, names that end in a suffix of the
 * {@link OrganizationLexicon} (their left edge found by {@link NameBoundary}), short
 * forms of school names (…职院, …师大), zones a platform is built upon (依托…开发区), and the
 * items of 与A、B等企业 lists. Where candidates overlap the longer wins, except that a name
 * the graph or the gazetteer knows wins over a longer suffix match ending at the same
 * place (the extra characters on the left are not part of it). A college named after its
 * host (X大学Y产业学院) is two names, the host and the college.
 * <p>
 * Works on the sentence in simplified characters ({@link ScriptConverter}) and cuts every
 * name from the sentence as written, at the same offsets.
 */
final class MentionFinder {

	/**
	 * What opens a short name's definition in brackets: （以下简称, （下称, （下文简称 … — one
	 * spelling for the readers that hold such a definition to be no name (here), to close
	 * a quoted name ({@link SuffixNames}) and to read the short name
	 * ({@link Coreference}).
	 */
	static final String DEFINITION_OPENS = "[（(](?:以下|下文)?(?:简称|下称|以下称|又称|亦称|又名|别称|俗称)";

	/** A short name's definition in brackets, whole: （以下简称“某某”）. */
	static final String DEFINITION = DEFINITION_OPENS + "[^）)]{0,20}[）)]";

	/** 将以“…共建某共同体”为目标: an aim in quotes, which names no body. */
	private static final String QUOTED_AIM = "“[^”]{2,60}”(?=为(?:目标|宗旨|愿景|使命|主题|口号|理念))";

	/**
	 * 《书名》, 简称 definitions and quoted aims hold no names of their own, also a definition
	 * that closes a note in brackets (（隶属于某集团，以下简称某某）).
	 */
	private static final Pattern BARRIERS = Pattern
		.compile("《[^》]{0,60}》|" + DEFINITION + "|[，,](?:以下|下文)(?:简称|称)[^（()）。，,；;]{1,20}(?=[）)])|" + QUOTED_AIM);

	private static volatile Segment segment;

	private final KnownNames known;

	private final Gazetteer gazetteer;

	private final SuffixNames suffixNames;

	private final ListNames listNames;

	private final KindLists kindLists;

	private final HostedNames hostedNames;

	private final Bylines bylines;

	MentionFinder(KnownNames known, Gazetteer gazetteer) {
		this.known = known;
		this.gazetteer = gazetteer;
		this.suffixNames = new SuffixNames(known);
		this.listNames = new ListNames(known);
		this.kindLists = new KindLists(known);
		this.hostedNames = new HostedNames(known);
		this.bylines = new Bylines(known);
	}

	private static Segment segment() {
		if (segment == null) {
			synchronized (MentionFinder.class) {
				if (segment == null) {
					segment = HanLP.newSegment().enableOffset(true);
				}
			}
		}
		return segment;
	}

	/**
	 * The segmenter's words of a sentence; the HanLP segment is not shared across
	 * threads.
	 */
	static List<Term> terms(String sentence) {
		synchronized (MentionFinder.class) {
			List<Term> terms = RECENT.get(sentence);
			if (terms == null) {
				terms = List.copyOf(segment().seg(sentence));
				RECENT.put(sentence, terms);
			}
			return terms;
		}
	}

	/**
	 * The words of the texts segmented last: the readers of one sentence ask for the same
	 * sentence's words more than once (the names, the officers, the relationships), and
	 * HanLP's segmentation is most of the extraction's time. Read-only lists, guarded by
	 * the same lock as the segmenter.
	 */
	private static final java.util.Map<String, List<Term>> RECENT = new java.util.LinkedHashMap<>(512, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Term>> eldest) {
			return size() > 512;
		}

	};

	/**
	 * The names of a sentence, in order.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (same length)
	 */
	List<Mention> find(String s, String written) {
		String w = barriers(s);
		NameBoundary.Tokens tokens = NameBoundary.Tokens.of(terms(w), w);
		List<NameCandidate> candidates = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie<Org>.Hit<Org> hit : this.known.scan(w)) {
			// 中亚教育部长会议: a ministry's or a bureau's name before 长 is its head's title
			if (hit.end < w.length() && w.charAt(hit.end) == '长' && "部厅局".indexOf(w.charAt(hit.end - 1)) >= 0) {
				continue;
			}
			if (w.startsWith("教育部", hit.begin)
					&& OrganizationLexicon.FIELD_BEFORE_EDUCATION.matcher(w).region(0, hit.begin).find()) {
				continue; // 学校国际教育部: a school's department
			}
			candidates.add(new NameCandidate(hit.begin, hit.end, hit.value, Source.KNOWN));
		}
		for (AhoCorasickDoubleArrayTrie<String>.Hit<String> hit : this.gazetteer.scan(w)) {
			candidates.add(listed(w, written, hit.begin, hit.end, OrgKind.SCHOOL));
		}
		for (ListedNames.Found body : ListedNames.find(w, tokens)) {
			candidates.add(listed(w, written, body.start(), body.end(), body.body().kind()));
		}
		this.suffixNames.lexicon(w, written, tokens, candidates);
		this.suffixNames.shortForms(w, written, tokens, candidates);
		this.suffixNames.shortFormsBeforeTitles(w, written, tokens, candidates);
		this.suffixNames.tradeNames(w, written, tokens, candidates);
		this.suffixNames.academyInstitutes(w, written, tokens, candidates);
		this.listNames.leadingBrands(w, written, candidates);
		this.suffixNames.zones(w, written, tokens, candidates);
		PlaceParties.find(w, written, tokens, this.known, candidates);
		this.kindLists.lists(w, written, candidates);
		Departments.find(w, written, tokens, this.known, this.suffixNames, candidates);
		this.bylines.find(w, written, candidates);
		campuses(w, written, candidates);
		platformsOfTheirSchool(w, written, candidates);
		numberedInstitutes(w, written, candidates);
		carriersOfAPlace(w, written, candidates);
		listedByStockCode(w, written, candidates);
		List<NameCandidate> chosen = choose(candidates);
		// 大空间厂房, 某厂区: 厂 begins the word for a works' building or grounds, and ends no
		// name there
		chosen.removeIf(
				(c) -> w.charAt(c.end() - 1) == '厂' && c.end() < w.length() && "房区".indexOf(w.charAt(c.end())) >= 0);
		// 与某市政府部门签订: the government's departments, none named
		chosen.removeIf((c) -> w.startsWith("政府", c.end() - 2) && w.startsWith("部门", c.end()));
		// (国办发〔2017〕95号: the short form that opens a document's number, no body named)
		chosen.removeIf((c) -> DOCUMENT_NUMBER_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		// 第一批20个“海丝学院”, 等25家长三角双创示范基地: a kind counted, not a name
		chosen
			.removeIf((c) -> c.source() == Source.LEXICON && COUNTED_BEFORE.matcher(w.substring(0, c.start())).find());
		// 是全国首个城市轨道交通职业教育集团, 第一个市域产教联合体: what kind of body it is, said after
		// 是…首个 (成立首个Z names Z)
		chosen.removeIf(
				(c) -> isNonGovernmentSuffixName(c) && (FIRST_OF_A_KIND_BEFORE.matcher(w.substring(0, c.start())).find()
						|| FIRST_OF_A_KIND.matcher(w).region(c.start(), c.end()).lookingAt()));
		splitDashed(w, written, chosen);
		personBeforeWith(w, written, chosen);
		// 入选为某项目集训基地, 被授予“某工作站”, 获“某示范老年大学”称号: the title conferred, not a body (a
		// government named there, 入选教育部…名单, or a body that 颁发 it, is the one that confers
		// it)
		chosen.removeIf(
				(c) -> isNonGovernmentSuffixName(c) && TITLE_CONFERRED_BEFORE.matcher(w.substring(0, c.start())).find()
						&& !CONFERS_AFTER.matcher(w).region(c.end(), w.length()).lookingAt()
						// (入选某联盟理事单位: a seat in a community, which is a body)
						&& !SEAT_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		// 学院定位为服务于智慧城市的新工科学院、研究型学院: what a body is meant to be, described
		chosen.removeIf(
				(c) -> isNonGovernmentSuffixName(c) && (MEANT_TO_BE_BEFORE.matcher(w.substring(0, c.start())).find()
						// (集…于一体的九江市某共同体: a placed name all the same)
						|| ALL_IN_ONE_BEFORE.matcher(w.substring(0, c.start())).find()
								&& !Places.startsWithPlace(w.substring(c.start(), c.end()))
						|| SEVERAL_BUILT_BEFORE.matcher(w.substring(0, c.start())).find()));
		// 成为某地区技能人才培养基地, 把学校建成…的协同创新中心: what a body is to become, a goal
		// described (成为某联盟理事单位: a seat in a body)
		chosen.removeIf((c) -> c.source() == Source.LEXICON && c.org() != null && GOAL_KINDS.contains(c.org().kind())
				&& BECOME_BEFORE.matcher(w.substring(0, c.start())).find()
				&& !BECOME_WHAT_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		// 某生产基地项目、某总部项目等17个项目实现签约: projects listed, no bodies
		chosen.removeIf((c) -> isNonGovernmentSuffixName(c)
				&& PROJECT_LISTED_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		// 公布了首批“某工场”暨应急管理学院建设名单: the title of a list, no body
		chosen.removeIf((c) -> isNonGovernmentSuffixName(c)
				&& LIST_TITLE_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		// 两市的教育局: the bodies of two places, not one body; 党工委管委会: two bodies' kinds, no
		// name; 大中小学: schools of every level
		chosen.removeIf((c) -> c.source() == Source.LEXICON && !c.org().known()
				&& (OrganizationLexicon.STANDALONE.contains(w.substring(c.start(), c.end()))
						&& PLACES_BEFORE.matcher(w.substring(0, c.start())).find()
						|| KINDS_ONLY.matcher(w.substring(c.start(), c.end())).matches()));
		// 先后获全国“四好”商会、市5A级社会组织等多项荣誉: the titles an honour list names
		chosen.removeIf((c) -> isNonGovernmentSuffixName(c) && AWARDED_BEFORE.matcher(w.substring(0, c.start())).find()
				&& HONOURS_AFTER.matcher(w).region(c.end(), w.length()).lookingAt());
		for (ListedNames.Found brand : ListedNames.brands(w, tokens)) {
			NameCandidate longer = brandOpening(w, written, brand, candidates);
			if (longer != null) {
				chosen.add(longer);
				continue;
			}
			if (isFree(candidates, brand.start(), brand.end()) && endsAName(brand.end(), tokens)) {
				chosen.add(listed(w, written, brand.start(), brand.end(), brand.body().kind()));
			}
			// 厦大材料学院: a school's listed short form opening a longer name hosts the
			// college after it (HostedNames reads the candidates for hosts)
			if (brand.body().kind() == OrgKind.SCHOOL && chosen.stream()
				.anyMatch((c) -> c.start() == brand.start() && c.end() > brand.end() + 2 && !c.org().known())) {
				candidates.add(listed(w, written, brand.start(), brand.end(), OrgKind.SCHOOL));
			}
			// 复旦与清华共同发起: a list's item taken for a company by its place in the list is
			// what the list of names says it is
			chosen.replaceAll((c) -> (c.start() == brand.start() && c.end() == brand.end() && !c.org().known()
					&& c.org().kind() != brand.body().kind())
							? listed(w, written, brand.start(), brand.end(), brand.body().kind()) : c);
		}
		chosen.addAll(this.listNames.listItems(w, written, chosen));
		chosen.sort(Comparator.comparingInt(NameCandidate::start));
		List<Mention> mentions = new ArrayList<>();
		for (NameCandidate c : chosen) {
			this.hostedNames.split(w, written, c, candidates, mentions);
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		return HostedNames.hosted(w, mentions);
	}

	/**
	 * 香港中文大学(深圳), 中国石油大学（华东）, 某研究院(衢州), 某大学产学研基地(烟台), 某学院(长安), 某共同体(连云港): a school's, a
	 * college's, an institute's, a base's or a community's name followed by a place in
	 * brackets is the name of that campus or seat, brackets included (the longer
	 * candidate wins the choice).
	 */
	private void campuses(String w, String written, List<NameCandidate> candidates) {
		for (NameCandidate c : List.copyOf(candidates)) {
			boolean campusKind = c.org() != null && (c.org().kind() == OrgKind.SCHOOL
					|| c.org().kind() == OrgKind.COLLEGE || c.org().kind() == OrgKind.RESEARCH_INSTITUTE
					|| c.org().kind() == OrgKind.PRACTICE_BASE || c.org().kind() == OrgKind.COMMUNITY);
			int end = campusKind ? SuffixNames.campusEnd(w, c.end()) : c.end();
			if (end == c.end()) {
				continue;
			}
			candidates.add(named(w, written, c.start(), end, c.org().kind(), c.source()));
		}
	}

	/**
	 * 某商务学校京东智慧物流实训基地, 某大学华为联合研究院: a base or an institute whose name a brand opens,
	 * written right after a school, is named with the school, as one without a brand is
	 * (某学院盾构机示范基地); the school is its host (a college is not: 某学院华为ICT学院 is the school's
	 * college and the school).
	 */
	private void platformsOfTheirSchool(String w, String written, List<NameCandidate> candidates) {
		for (NameCandidate c : List.copyOf(candidates)) {
			if (c.source() != Source.LEXICON || c.org() == null || c.org().known()
					|| c.org().kind() != OrgKind.PRACTICE_BASE && c.org().kind() != OrgKind.RESEARCH_INSTITUTE) {
				continue;
			}
			for (NameCandidate school : List.copyOf(candidates)) {
				if (school.end() == c.start() && school.end() - school.start() >= 4 && school.org() != null
						&& school.org().kind() == OrgKind.SCHOOL && school.source() != Source.SHORT
						&& candidates.stream().noneMatch((x) -> x.start() == school.start() && x.end() == c.end())) {
					candidates.add(named(w, written, school.start(), c.end(), c.org().kind(), c.source()));
				}
			}
		}
	}

	/**
	 * 704所, 603所: an institute of the state's industrial groups known by its number (the
	 * news writes 某集团第七〇四研究所 so once, then 704所). Three digits and 所 before what follows
	 * a name (a mark, 与, 副所长, 牵头 …), not a count of schools (100所高校, 124所相关院校) nor part
	 * of a longer number.
	 */
	private static final Pattern NUMBERED_INSTITUTE = Pattern
		.compile("(?<![0-9０-９.第约近余共有校院学职科])[1-9][0-9]{2}所(?=[、，,。；;：:（(与和及同跟副党共联牵签携在将是为作参承开就”\"」)）]|所长|$)");

	/** 5720工厂, 4805厂: a state works known by its number (not 3家工厂, 第二工厂). */
	private static final Pattern NUMBERED_WORKS = Pattern.compile("(?<![0-9０-９.第约近余共有])[1-9][0-9]{2,4}工?厂(?![长房区商家])");

	private void numberedInstitutes(String w, String written, List<NameCandidate> candidates) {
		Matcher m = NUMBERED_INSTITUTE.matcher(w);
		while (m.find()) {
			candidates.add(named(w, written, m.start(), m.end(), OrgKind.RESEARCH_INSTITUTE, Source.LEXICON));
		}
		Matcher works = NUMBERED_WORKS.matcher(w);
		while (works.find()) {
			candidates.add(named(w, written, works.start(), works.end(), OrgKind.ENTERPRISE, Source.LEXICON));
		}
	}

	/**
	 * 某新材(300325.SZ), 某科技（股票代码：688001）: a stock code in brackets after a short name; the
	 * exchanges give a listed company a short name of at most four characters.
	 */
	private static final Pattern STOCK_CODE = Pattern.compile(
			"(?<=[\\u4e00-\\u9fa5])[（(](?:(?:股票|证券)代码[:：]?\\s*)?(?:[0-9]{6}(?:\\.(?:SZ|SH|BJ|sz|sh|bj))?|[0-9]{4,5}\\.HK)[)）]");

	private void listedByStockCode(String w, String written, List<NameCandidate> candidates) {
		Matcher m = STOCK_CODE.matcher(w);
		while (m.find()) {
			int start = m.start();
			while (start > 0 && m.start() - start < 4 && NameBoundary.isHan(w.charAt(start - 1))) {
				start--;
			}
			String name = w.substring(start, m.start());
			// (某某股份有限公司(600000.SH): the full name has its suffix and is found by it)
			if (name.length() >= 2 && OrganizationLexicon.suffixOf(name).isEmpty()) {
				candidates.add(named(w, written, start, m.start(), OrgKind.ENTERPRISE, Source.LEXICON));
			}
		}
	}

	/** A carrier's name after a place's: 汕头电信, 吉林联通 (not 电信学院, 移动互联网, …). */
	private static final Pattern CARRIER = Pattern.compile(
			"(?:电信|联通|移动)(?!学院|工程|专业|业务|网络|运营|互联|应用|通信|支付|端|办公|技术|设备|终端|服务|号|卡|用户|行业|产业|系统|信息|数据|大学|学校|医疗|设施|基站|电话|宽带|政务|化)");

	/**
	 * 汕头电信, 山西联通, 广东移动: a province's or a city's branch of a national carrier, named by
	 * its place and the carrier's short name (the carrier alone, 中国电信, is a brand of the
	 * list).
	 */
	private void carriersOfAPlace(String w, String written, List<NameCandidate> candidates) {
		Matcher m = CARRIER.matcher(w);
		while (m.find()) {
			for (int start = Math.max(0, m.start() - 4); start <= m.start() - 2; start++) {
				String place = w.substring(start, m.start()).replaceFirst("[省市]$", "");
				if (Places.isListed(place) && !place.equals("中国")
						&& (start == 0 || !NameBoundary.isHan(w.charAt(start - 1))
								|| "与和及同在的是为由暨、".indexOf(w.charAt(start - 1)) >= 0)) {
					candidates.add(named(w, written, start, m.end(), OrgKind.ENTERPRISE, Source.LEXICON));
					break;
				}
			}
		}
	}

	/**
	 * A name the suffix lexicon proposed, not a government's: what a title, a count or a
	 * description may turn out to be (a government named there is the one that confers or
	 * counts).
	 */
	private static boolean isNonGovernmentSuffixName(NameCandidate c) {
		return c.source() == Source.LEXICON && c.org() != null && c.org().kind() != OrgKind.GOVERNMENT;
	}

	/**
	 * After a kind of platform, the list of those named so (建设名单, 认定名单, 名单), or the batch
	 * of a title conferred ((首批), （第二批）).
	 */
	private static final Pattern LIST_TITLE_AFTER = Pattern
		.compile("[”\"」]?(?:[（(](?:首批|第[一二三四五六七八九十]+批)[)）][”\"」]?)?(?:建设|培育|立项|认定|遴选|拟立项|拟认定)?"
				+ "(?:单位|项目|试点|试点院校|院校|高校)?名单|[”\"」]?[（(](?:首批|第[一二三四五六七八九十]+批)[)）]");

	/** 项目 and a list's mark or its end (、, 等): the name is a project's, listed. */
	private static final Pattern PROJECT_LISTED_AFTER = Pattern.compile("[”\"」]?项目(?:、|等)");

	/**
	 * 教授张强与东陵县人民政府副县长…: a person's name of two or three characters after a title, then 与
	 * or 和 and a placed name — the name starts after the joiner (the title ends the left
	 * edge, the person's name, which the segmenter may not know, does not).
	 */
	private void personBeforeWith(String w, String written, List<NameCandidate> chosen) {
		for (int i = 0; i < chosen.size(); i++) {
			NameCandidate c = chosen.get(i);
			if (c.source() != Source.LEXICON || c.org() == null || c.org().known()) {
				continue;
			}
			String span = w.substring(c.start(), c.end());
			Matcher with = PERSON_THEN_WITH.matcher(span);
			if (!with.lookingAt()) {
				continue;
			}
			String rest = span.substring(with.end());
			if ((Places.startsWithPlace(rest) || PLACED.matcher(rest).matches())
					&& OFFICER_TITLE_BEFORE.matcher(w).region(0, c.start()).find()) {
				chosen.set(i, NameCandidate.linkedOrProposed(this.known, w, written, c.start() + with.end(), c.end(),
						c.org().kind(), c.source()));
			}
		}
	}

	/** A name that opens with a place's name and its level (某县人民政府, 某市教育局). */
	private static final Pattern PLACED = Pattern.compile("[\\u4e00-\\u9fa5]{1,4}[省市县区州旗镇乡][\\u4e00-\\u9fa5]{2,}");

	/** Two or three characters, then 与 or 和. */
	private static final Pattern PERSON_THEN_WITH = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}[与和]");

	/** A title right before a person's name: 教授, 院长, 副校长, 主任. */
	private static final Pattern OFFICER_TITLE_BEFORE = Pattern
		.compile("(?:教授|院长|校长|书记|主任|经理|董事长|总裁|局长|厅长|处长|所长|会长|理事长|秘书长|部长|市长|县长|区长)$");

	/** The kinds a body is made to become (a base, a centre, a college, a community). */
	private static final java.util.Set<OrgKind> GOAL_KINDS = java.util.EnumSet.of(OrgKind.PRACTICE_BASE,
			OrgKind.RESEARCH_INSTITUTE, OrgKind.COLLEGE, OrgKind.COMMUNITY);

	/**
	 * 成为, 建设成为, 打造成, 建成…的 (made into, described) before a platform's name in the same
	 * clause: what something is to become.
	 */
	private static final Pattern BECOME_BEFORE = Pattern
		.compile("(?:(?:成为|建设成为|建设成(?![果效绩])|建成为|打造成为|打造成(?![果效绩])|发展成为|培育成为|办成)[^，,。；;：:]*|建成[^，,。；;：:]*的)$");

	/** 成为Z(的)理事单位, 成为Z成员, 成为Z的一员: a seat in a body, which is one. */
	private static final Pattern BECOME_WHAT_AFTER = Pattern
		.compile("(?:的)?(?:首批|首届|第[一二三四五六七八九十]+[届批])?(?:常务)?(?:副)?(?:理事长|理事|成员|会员|监事|一员|之一|合作|共建|牵头|发起)");

	/** 是全国首个, 作为唯一一家: before the kind of body it is. */
	private static final Pattern FIRST_OF_A_KIND_BEFORE = Pattern
		.compile("(?:是|为|作为|成为)[^，。；;“”\"]{0,12}?(?:首个|首家|第一个|第一家|唯一一个|唯一一家|唯一的)$");

	/** 第一个市域产教联合体: the first of a kind, no name. */
	private static final Pattern FIRST_OF_A_KIND = Pattern.compile("(?:第一个|第一家|首个|首家)");

	/** A dash between two names: 某大学—某集团, 某大学--某公司. */
	private static final Pattern DASH = Pattern.compile("[—–－\\-]{1,2}");

	/**
	 * 某大学—某钢铁集团战略合作签约仪式: two names joined by a dash name the two parties, not one firm; a
	 * platform named after both (某大学-某公司联合实验室, 某集团--某大学联合研究院) is one name.
	 */
	private void splitDashed(String s, String written, List<NameCandidate> chosen) {
		for (int i = 0; i < chosen.size(); i++) {
			NameCandidate c = chosen.get(i);
			if (c.source() != Source.LEXICON || c.org() == null || c.org().kind().isPlatform()) {
				continue;
			}
			Matcher dash = DASH.matcher(s);
			dash.region(c.start(), c.end());
			if (!dash.find() || dash.start() - c.start() < 3 || c.end() - dash.end() < 3
					|| OrganizationLexicon.suffixOf(s.substring(c.start(), dash.start())).isEmpty()) {
				continue;
			}
			List<NameCandidate> parts = new ArrayList<>();
			this.suffixNames.addNamed(parts, s, written, c.start(), dash.start(), Source.LEXICON);
			this.suffixNames.addNamed(parts, s, written, dash.end(), c.end(), Source.LEXICON);
			if (parts.size() == 2) {
				chosen.remove(i);
				chosen.addAll(i, parts);
				i++;
			}
		}
	}

	/** 入选为, 被授予“, 获“: before a title conferred. */
	private static final Pattern TITLE_CONFERRED_BEFORE = Pattern
		.compile("(?:(?:入选|入选为|获评|获评为|评为|被授予|认定为|确定为|列为|荣获|纳入为)(?:全国|全省|国家级|省级|市级)?(?:首批|第[一二三四五六七八九十]批)?[“\"「]?"
				+ "|获[“\"「])$");

	/**
	 * 定位为, 定位于 earlier in the clause: what follows describes what a body is meant to be.
	 */
	private static final Pattern MEANT_TO_BE_BEFORE = Pattern.compile("定位(?:为|于|是)[^，,。；;：:]*$");

	/**
	 * 集A、B于一体的, 三位一体的 right before a platform's name: what it is to be, described.
	 */
	private static final Pattern ALL_IN_ONE_BEFORE = Pattern.compile("(?:集[^，,。；;：:]{2,60}?(?:于一体|为一体)|[三四五]位一体)的$");

	/** 打造多个适应某产业的…基地: platforms of a kind, counted, not named. */
	private static final Pattern SEVERAL_BUILT_BEFORE = Pattern
		.compile("(?:打造|建设|建成|形成|培育|搭建)(?:了)?(?:多个|若干|一批|一系列|一大批)[^，,。；;：:]*$");

	/** 两市的, 各区: more than one place, before a body every place has. */
	private static final Pattern PLACES_BEFORE = Pattern.compile("(?:两|三|各|多|几)(?:省|市|县|区|地)(?:的)?$");

	/** Names of kinds only: 党工委管委会, 大中小学, 中小学. */
	private static final Pattern KINDS_ONLY = Pattern.compile("(?:党工委|党委|管委会|人民政府|政府)+|大?中小学(?:校)?|大中专(?:院校)?");

	/** 获, 荣获, 被评为 earlier in the clause, before the list of titles. */
	private static final Pattern AWARDED_BEFORE = Pattern.compile("(?:获|荣获|获得|评为|被授予)[^，,。；;：:]{0,30}$");

	/**
	 * What ends a list of titles conferred: 、某某等多项荣誉, 等荣誉称号, 称号 (not 、B等高校授予的荣誉: the
	 * bodies that confer).
	 */
	private static final Pattern HONOURS_AFTER = Pattern
		.compile("(?:[、，,](?:(?!授予|颁发|评选|认定)[^。；;的]){0,40}?)?(?:等)?(?:[0-9一二三四五六七八九十多]+[项个次])?(?:荣誉|称号)");

	/** A title of a seat in a community, right after its name: 理事单位, 常务理事单位, 成员单位. */
	private static final Pattern SEAT_AFTER = Pattern
		.compile("(?:的)?(?:首批|首届|第[一二三四五六七八九十]届)?(?:常务)?(?:副)?(?:理事长|理事|成员|会员|监事)单位");

	/**
	 * 获评某学会颁发的“Z”, 入选某研究院乡村振兴“十佳案例”: the body that confers the title, named after the
	 * verb (the title, quoted, follows it).
	 */
	private static final Pattern CONFERS_AFTER = Pattern
		.compile("(?:颁发|授予|评选|评定|认定|发布|公布|命名|[^，。；;“”\"「」]{0,12}[“\"「])");

	/** What follows the issuer's short form in a document's number: 发〔2017〕, 发[2019]. */
	private static final Pattern DOCUMENT_NUMBER_AFTER = Pattern
		.compile("发\\s*[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]");

	/**
	 * A count right before a name: 20个, 等25家, 十余所, 346个第46届 (what follows is the kind
	 * counted; not 一个, 1家, which may name the one).
	 */
	private static final Pattern COUNTED_BEFORE = Pattern
		.compile("(?<![\\d一二两三四五六七八九十百])(?!1\\s*[家个所]|一[家个所])(?:\\d+\\s*余?|[一二两三四五六七八九十百]+余?)\\s*[家个所]"
				+ "(?:第[\\d一二三四五六七八九十]+[届批])?[“\"「]?$|(?<![第\\d])一批[“\"「]?$");

	/**
	 * After a company's brand, the trade it names a business by (奇瑞汽车, 京东物流, 腾讯教育), where
	 * the name ends: at a mark, a joiner, 的, or an officer's title.
	 */
	private static final Pattern BRAND_TRADE = Pattern
		.compile("(?:汽车|教育|物流|数字|科技|电气|微电子|光电|智家|移动|电影|太阳能|航信|新道|云|智能|能源|新能源|电子|医药|药业|重工|机械|电器|通信)"
				+ "(?=[，,。、；;：:“”（）()\\s]|与|和|及|等|的|在|将|是|为|董事长|总经理|副总|总裁|总监|高级|首席|党委|负责人|相关|公司代表|代表|人才|项目|$)");

	/**
	 * The sentence with 《…》, 简称 definitions and quoted aims made into barriers no name
	 * crosses.
	 */
	static String barriers(String s) {
		Matcher m = BARRIERS.matcher(s);
		if (!m.find()) {
			return s;
		}
		StringBuilder b = new StringBuilder(s);
		do {
			Matcher founds = FOUNDING_TITLE.matcher(m.group());
			int keepFrom = m.end();
			int keepTo = m.end();
			if (founds.matches()) {
				keepFrom = m.start() + founds.start(1);
				keepTo = m.start() + founds.end(2);
			}
			else {
				Matcher named = AGREEMENT_ON.matcher(m.group());
				Matcher pair = PAIR_AGREEMENT.matcher(m.group());
				if (named.matches()) {
					keepFrom = m.start() + named.start(1);
					keepTo = m.start() + named.end(1);
				}
				else if (pair.matches()) {
					keepFrom = m.start() + pair.start(1);
					keepTo = m.start() + pair.end(1);
				}
				else {
					Matcher own = OWN_PAPER.matcher(m.group());
					if (own.matches()) {
						keepFrom = m.start() + own.start(1);
						keepTo = m.start() + own.end(1);
					}
				}
			}
			for (int i = m.start(); i < m.end(); i++) {
				if (i < keepFrom || i >= keepTo) {
					b.setCharAt(i, '｜');
				}
			}
		}
		while (m.find());
		return b.toString();
	}

	/** What an agreement's title names as the platform it builds: 某研究所, 某学院, 某实验站. */
	static final String AGREED_PLATFORM = "(?:研究院|研究所|学院|基地|中心|实验室|共同体|联合体|联盟|工作站|实验站|科技园|工坊)";

	/** The verbs of building together an agreement's title names. */
	static final String CO_BUILDING = "共建|合作共建|共同建设|联合共建|合作建设";

	/**
	 * An agreement whose title founds a platform (签署《关于共建某研究院的合作协议》, 《A和B共建某学院与某平台的
	 * 战略框架合作协议》): the title's verb and platform are read as the sentence's, the rest of
	 * it (the parties it names first too) stays a title (《关于共建中国科学院大学某研究院框架协议书》: the
	 * platform goes on past a suffix that a university's name has inside it).
	 */
	private static final Pattern FOUNDING_TITLE = Pattern.compile("《[^》]{0,30}?(?:关于)?(" + CO_BUILDING
			+ ")([^》的]{2,40}?(?:研究院|学院|基地|中心|实验室|共同体|联合体|联盟)(?!大学|研究生院|分院))的?[^》]{0,30}(?:协议|合同|备忘录)书?》");

	/**
	 * An agreement titled by the platform it builds, a verb after it or none (《某研究所共建协议》,
	 * 《某农民发展学院协议书》, 《某大学某学院合作框架协议》): the platform is read as a name, the rest stays a
	 * title. A school's name read so (《某职业技术学院合作协议》) is only a name: no platform is
	 * founded.
	 */
	static final Pattern AGREEMENT_ON = Pattern
		.compile("《([^》]{2,40}?" + AGREED_PLATFORM + ")(" + CO_BUILDING + "|建设|合作|战略合作)?(?:框架)?(?:协议|合同|备忘录)书?》");

	/**
	 * 《某学院与某市人民政府战略合作框架协议》: an agreement titled by its two parties names them, and their
	 * cooperation.
	 */
	static final Pattern PAIR_AGREEMENT = Pattern
		.compile("《([^》与和]{4,30}?(?:与|和)[^》与和]{4,30}?(?:全面|深化)?(?:战略)?合作)(?:框架)?(?:协议|协议书|备忘录)》");

	/**
	 * A body's own paper, titled by its name (《某职业教育集团章程》, 《某联盟一届四次理事会工作报告》): the name is
	 * read, the rest stays a title.
	 */
	private static final Pattern OWN_PAPER = Pattern.compile("《([^》]{4,40}?(?:集团|联盟|共同体|联合体|协会|学会|研究会|促进会))"
			+ "(?:(?:第?[一二三四五六七八九十\\d]+届)?(?:[一二三四五六七八九十\\d]+次)?(?:理事会|会员大会|会员代表大会|理事大会|常务理事会)(?:会议)?)?"
			+ "(?:\\d{4}年度?)?(?:工作报告|章程|章程（草案）|章程\\(草案\\)|发展规划|管理办法|工作要点|年度报告|工作计划)》");

	/**
	 * The longer name a brand opens, where no other candidate overlaps it, or null: a
	 * group's institute or works named by its number (中国电科38所, 航天科工二院, 中铁一局), a company
	 * named by its brand and its trade (奇瑞汽车, 京东物流, 腾讯教育).
	 */
	private NameCandidate brandOpening(String w, String written, ListedNames.Found brand,
			List<NameCandidate> candidates) {
		Matcher unit = ListedNames.NUMBERED_UNIT.matcher(w).region(brand.end(), w.length());
		if (unit.lookingAt() && isFree(candidates, brand.start(), unit.end())) {
			return listed(w, written, brand.start(), unit.end(),
					unit.group().matches(".*[厂局]") ? OrgKind.ENTERPRISE : OrgKind.RESEARCH_INSTITUTE);
		}
		Matcher trade = BRAND_TRADE.matcher(w).region(brand.end(), w.length());
		if (brand.body().kind() == OrgKind.ENTERPRISE && trade.lookingAt()
				&& isFree(candidates, brand.start(), trade.end())) {
			return listed(w, written, brand.start(), trade.end(), OrgKind.ENTERPRISE);
		}
		return null;
	}

	/** Whether no candidate overlaps the span [start, end). */
	private static boolean isFree(List<NameCandidate> candidates, int start, int end) {
		return candidates.stream().noneMatch((c) -> c.start() < end && start < c.end());
	}

	/** A name of a list: the graph's organisation of that name, else a proposed one. */
	private NameCandidate listed(String w, String written, int start, int end, OrgKind kind) {
		return named(w, written, start, end, kind, Source.GAZETTEER);
	}

	/**
	 * A name found one way or another: the graph's organisation of that name, else a
	 * proposed one.
	 */
	private NameCandidate named(String w, String written, int start, int end, OrgKind kind, Source source) {
		return NameCandidate.linkedOrProposed(this.known, w, written, start, end, kind, source);
	}

	/**
	 * Whether a brand ends its name where it ends: what follows is no further word of a
	 * name (扬州中远海运重工, 上汽通用汽车 go on, a longer name the suffixes did not find) but
	 * punctuation, a verb, a conjunction, a preposition, a particle or an adverb.
	 */
	private static boolean endsAName(int end, NameBoundary.Tokens tokens) {
		com.hankcs.hanlp.seg.common.Term next = tokens.termAt(end);
		return next == null
				|| String.valueOf(next.nature).matches("w|c|cc|p|v|vi|vd|vf|vx|vl|vg|vshi|vyou|u.*|d|m|r.*|f|q|t")
				|| personWithTitle(end, next, tokens);
	}

	/**
	 * 比亚迪某某执行副总裁: a person's name after the brand, then the person's title (right after
	 * it, or after one verb): the brand is the body the person speaks for.
	 */
	private static boolean personWithTitle(int end, com.hankcs.hanlp.seg.common.Term person,
			NameBoundary.Tokens tokens) {
		if (!String.valueOf(person.nature).startsWith("nr")) {
			return false;
		}
		com.hankcs.hanlp.seg.common.Term after = tokens.termAt(end + person.word.length());
		if (after != null && String.valueOf(after.nature).startsWith("v")) {
			after = tokens.termAt(end + person.word.length() + after.word.length());
		}
		return after != null && "nnt".equals(String.valueOf(after.nature));
	}

	private static List<NameCandidate> choose(List<NameCandidate> candidates) {
		List<NameCandidate> pool = new ArrayList<>(candidates);
		// A name the graph or the gazetteer knows beats a longer suffix match that ends
		// at the same place: the extra characters on its left are a verb or a noun before
		// it.
		pool.removeIf((c) -> !c.anchored() && candidates.stream()
			.anyMatch((a) -> a.anchored() && a.end() == c.end() && a.start() > c.start()
					&& a.source() == Source.GAZETTEER));
		pool.sort(Comparator.comparingInt(NameCandidate::length)
			.reversed()
			.thenComparingInt((c) -> c.source().ordinal())
			.thenComparingInt(NameCandidate::start));
		List<NameCandidate> chosen = new ArrayList<>();
		for (NameCandidate c : pool) {
			if (chosen.stream().noneMatch((x) -> x.start() < c.end() && c.start() < x.end())) {
				chosen.add(c);
			}
		}
		chosen.sort(Comparator.comparingInt(NameCandidate::start));
		return chosen;
	}

}
