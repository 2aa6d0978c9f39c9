package org.chanjiao.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.organization.OrgKind;

/**
 * What a name looks like beyond its suffix: where a suffix really ends one (not 大学生, 布局),
 * a government body with the place its suffix needs, a school's department or a base
 * named by a kind (its first word a word of the language), a zone that acts rather than
 * being a place.
 */
final class NameShapes {

	private NameShapes() {
	}

	/** 某市委市政府: a party committee and its government, spoken of together. */
	private static final java.util.regex.Pattern COMMITTEE_AND_GOVERNMENT = java.util.regex.Pattern
		.compile("[省市区县州]委[省市区县州](?:人民)?政府");

	/**
	 * 某汽车武汉工厂: a company's works in a city, named by the company and the city (not 智能工厂,
	 * a kind).
	 */
	private static boolean isPlacedWorks(String head) {
		String before = head.substring(0, head.length() - 1);
		for (int n = 2; n <= 3 && before.length() >= n + 2; n++) {
			if (Places.isListed(before.substring(before.length() - n))) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.regex.Pattern TITLE_AFTER_COMMITTEE = java.util.regex.Pattern
		.compile("(?:常务)?(?:副)?书记|委员|常委");

	/**
	 * A count right after a kind that ends the clause: 等特色产业学院5个。 (not a count of the
	 * list the name ends: 某公司两家合作单位).
	 */
	private static final java.util.regex.Pattern COUNTED_AFTER = java.util.regex.Pattern
		.compile("(?:\\d{1,3}|[一二两三四五六七八九十百]{1,3})余?(?:个|家|所)(?=[，,。；;）)]|$)");

	/** Words opening with 务 that follow a whole name: 务必, 务实, 务工, 务农. */
	private static final java.util.regex.Pattern OWN_WORD_AFTER = java.util.regex.Pattern.compile("务(?:必|实|工|农)");

	private static final java.util.regex.Pattern LONG_TIME = java.util.regex.Pattern
		.compile("长(?:期|远|足|效|久|[\\u4e00-\\u9fa5]{1,5}?[处科室](?:副)?(?:处长|科长|主任))");

	/** An office of science after a university's name: 科技处, 科研处, 科学技术研究院. */
	private static final Pattern SCIENCE_OFFICE = Pattern.compile("科(?:技|研|学技术)(?:处|部|研究院|院|发展)");

	private static final Pattern MEDICAL_SCHOOLS = Pattern.compile("医学院校(?![长友区园企训庆史])");

	/**
	 * A master's name, then his studio: 王某技能大师工作室, 李某劳模创新工作室 (after its company's name,
	 * the studio is named with it).
	 */
	static final String MASTERS_STUDIO = "[\\u4e00-\\u9fa5]{2,3}(?:技能大师|大师|劳模创新|劳模|工匠创新|工匠|职工创新)工作室";

	private static final Pattern COMPANY_THEN_MASTER = Pattern.compile(MASTERS_STUDIO);

	static boolean endsAName(String s, int suffixStart, int end) {
		// 某发展中心化工园区服务处: 化工, 化学 start a word of their own (not 集团化, 中心化)
		boolean chemistry = s.startsWith("化工", end) || s.startsWith("化学", end) || s.startsWith("化肥", end);
		// 向省教育厅、工信厅长期以来…: 长期, 长远 after a name, no title (厅长) of its officer; nor a
		// division of it (某市发展改革委长三角处副处长)
		boolean longTime = LONG_TIME.matcher(s).region(end, s.length()).lookingAt();
		if (end < s.length() && OrganizationLexicon.NOT_AN_END.indexOf(s.charAt(end)) >= 0 && !chemistry && !longTime) {
			return false;
		}
		// 某公司大区经理, 片区总监: a sales region's manager, a title (not a district)
		if (end > 0 && s.charAt(end - 1) == '区' && (s.startsWith("经理", end) || s.startsWith("总监", end))) {
			return false;
		}
		// 等食品行业特色产业学院5个: a kind counted, not a name
		if (COUNTED_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
			return false;
		}
		// 省工信厅厅务会议, 某局局务会: the suffix's character opens the office's own meeting (not 务必,
		// 务实, nor 在某公司务工)
		if (s.startsWith("务", end) && !OWN_WORD_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
			return false;
		}
		// 某大学校董会, 某大学校长: 学校 there is the university's 学 and the title's 校
		if (s.startsWith("学校", suffixStart) && suffixStart > 0 && s.charAt(suffixStart - 1) == '大') {
			return false;
		}
		// 沿黄医学院校, 黄河流域医学院校: 医学院校 (medical schools) is a kind of school, not a
		// 医学院 and a 校 (某医学院校长, 某医学院校友会 are)
		if (end >= 3 && MEDICAL_SCHOOLS.matcher(s).region(end - 3, s.length()).lookingAt()) {
			return false;
		}
		// 某有限公司王某技能大师工作室: a master's studio named after its company and its master
		if (COMPANY_THEN_MASTER.matcher(s).region(end, s.length()).lookingAt()
				&& s.substring(suffixStart, end).matches("(?:股份)?有限(?:责任)?公司")) {
			return false;
		}
		// 某市新闻发布会: a meeting for the press, no news service; 新闻与传播学院: a college's field
		if (s.startsWith("发布", end) && s.startsWith("新闻", end - 2) || NameJoins.isNewsAndCommunication(s, end)) {
			return false;
		}
		// 落地某某海洋科技大学园: a park of universities (大学园) is a place, no university (not
		// 某大学园艺学院, 园林学院: the university's college of gardening)
		if (s.startsWith("园", end) && s.startsWith("大学", end - 2) && !s.startsWith("园艺", end)
				&& !s.startsWith("园林", end)) {
			return false;
		}
		// 某合作周温州分会场: 会场 is where something is held; the 分会 is no body
		if (s.startsWith("场", end) && s.startsWith("会", end - 1)) {
			return false;
		}
		// 某大学附属中心医院, 某集团公司: a hospital's or a company's name goes on
		if (s.startsWith("医院", end) || s.startsWith("公司", end) || s.startsWith("有限公司", end)) {
			return false;
		}
		// 某局党委副书记: 党委 opens the officer's title; the organisation ends before it
		// (a zone's 党工委 is the body that runs it, and named so: 某高新区党工委书记; so is a
		// town's, a street's or a community's: 某镇党委副书记, 某街道党工委书记; and a zone
		// committee's: 某高新区管委会党工委委员)
		String before = s.substring(0, suffixStart);
		if ((s.startsWith("党委", suffixStart) || s.startsWith("党工委", suffixStart))
				&& TITLE_AFTER_COMMITTEE.matcher(s.substring(end)).lookingAt()
				&& OrganizationLexicon.ZONE_SUFFIXES.stream().noneMatch(before::endsWith)
				&& !before.matches(".*(?:[\\u4e00-\\u9fa5]{2}[镇乡]|街道|社区|[区县市]教育工作|管委会)$")) {
			return false;
		}
		// 某药业参股公司——某制药有限公司: what the company is to another, before its own name
		if (STAKE.matcher(s.substring(0, end)).find() && APPOSITION.matcher(s).region(end, s.length()).lookingAt()) {
			return false;
		}
		// 某市委市政府: a party committee spoken of with its government is neither alone
		if (end >= 2 && COMMITTEE_AND_GOVERNMENT.matcher(s).region(end - 2, s.length()).lookingAt()) {
			return false;
		}
		for (String word : chemistry ? List.<String>of() : OrganizationLexicon.NOT_AN_END_WORDS) {
			for (int at = s.indexOf(word, Math.max(0, suffixStart - word.length())); at >= 0
					&& at < end; at = s.indexOf(word, at + 1)) {
				// (大学科技园: 学|科技园, not 学科; 医学科学院: 医学|科学院)
				// (某大学科技处, 某大学科研处: 大学 and an office of science, not 学科)
				boolean overlaps = at + word.length() > suffixStart
						&& !(word.equals("学科") && (s.startsWith("科技", suffixStart) || s.startsWith("科学院", suffixStart)
								|| s.startsWith("大学", suffixStart)
										&& SCIENCE_OFFICE.matcher(s).region(end, s.length()).lookingAt()));
				// (某中心组织专家组: the centre, then the verb 组织; not its study group, 中心组)
				boolean organises = word.equals("中心组") && s.startsWith("织", at + word.length());
				// (某立法会议员: a member of the council, 议员, after its name)
				boolean councillor = word.equals("会议") && s.startsWith("员", at + word.length());
				if (overlaps && !organises && !councillor && (at < suffixStart || at + word.length() > end)) {
					return false; // 大学生, 布局: the suffix is part of a longer word
				}
			}
		}
		return true;
	}

	private static final java.util.regex.Pattern STAKE = java.util.regex.Pattern
		.compile("(?:参股|控股|全资|独资|合资)(?:子)?公司$|子公司$");

	/** Verbs of what must or may be done: 要, 应, 需要 … */
	private static final Set<String> MODALS = Set.of("要", "应", "应当", "需要", "必须", "应该", "须");

	private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("—|－|-|：|:");

	// 江川职院党委书记, 江川职院与: a short form may be followed by a title or a verb
	static boolean isTitleOrVerbStart(String s, int at) {
		String rest = s.substring(at, Math.min(s.length(), at + 4));
		return rest.matches(
				"^(党委|校长|副校长|书记|院长|副院长|领导|师生|学生|教师|团队|与|和|及|联合|牵头|携手|共建|签|举行|作为|成为|等|是|为|在|将|的|获|入选|牵|参与|参加|新建|成立|组建|揭牌|启动|建设|打造|一行(?!业)).*");
	}

	private static final java.util.regex.Pattern VISITED = java.util.regex.Pattern
		.compile("赴|前往|深入|走访|考察|调研|参观|来到|到访|落户|位于|地处");

	private static final java.util.regex.Pattern ACTED_WITH = java.util.regex.Pattern.compile("与|和|携手|联合|共建|牵头|签");

	// A zone that acts (某高新区与…, 由某开发区牵头, 某经开区将…) is an organisation; one that is a
	// place (在某开发区) is not
	static boolean acts(String s, int start, int end) {
		String before = s.substring(Math.max(0, start - 2), start);
		String after = s.substring(end, Math.min(s.length(), end + 2));
		if (before.endsWith("在") || before.endsWith("于") || before.endsWith("到") || before.endsWith("入驻")) {
			return false;
		}
		// 赴某开发区、某产业园调研, 深入A、B: the places a clause visits, with nobody acting with them
		String upTo = s.substring(Clauses.phraseStart(s, start), start);
		if (VISITED.matcher(upTo).find() && !ACTED_WITH.matcher(upTo).find()) {
			return false;
		}
		// (某联合体的牵头园区为某开发区: the zone named by the lead's noun)
		if (LEAD_PARK_BEFORE.matcher(s.substring(Math.max(0, start - 8), start)).find()) {
			return true;
		}
		return before.matches(".*(与|和|、|由|联合|携手)$") || after.matches("^(与|和|、|牵头|联合|携手|签署|作为|将|正|积极|大力|支持|党工|共同).*")
				|| TAKES_A_TITLE.matcher(s).region(end, s.length()).lookingAt()
				|| PURPOSE_THEN_WITH.matcher(s).region(end, s.length()).lookingAt();
	}

	// 某高新区为提升某产业发展水平，与某大学联合成立…: a purpose between the zone and what it does
	private static final java.util.regex.Pattern PURPOSE_THEN_WITH = java.util.regex.Pattern
		.compile("为了?[^，,。；;]{2,30}[，,](?:与|同|联合|携手)");

	private static final java.util.regex.Pattern LEAD_PARK_BEFORE = java.util.regex.Pattern
		.compile("牵头(?:园区|单位)(?:为|是)?[：:]?$");

	// 某高新区被推选为联盟首届理事长单位: a zone that takes a member's title is a member
	static final java.util.regex.Pattern TAKES_A_TITLE = java.util.regex.Pattern
		.compile("(?:被)?(?:推选|选举|选|增选)?(?:为|当选|当选为|担任|成为)[^，。；;]{0,12}?(?:理事长|理事|会员|成员|会长)单位");

	/**
	 * Whether a name ending in a suffix is a name: not only generic words (产业学院), a
	 * government body with a place before it where its suffix needs one (某市人民政府, not
	 * 建立政府), 省教育厅 and 教育部 as they are.
	 */
	private static final java.util.regex.Pattern PARTY_WORK_COMMITTEE = java.util.regex.Pattern
		.compile("[\\u4e00-\\u9fa5]{0,6}(?:省|市|区|县|自治区)?委(?:教育|科技|机关|企业|国资|金融|社会|卫生|工业|农村|城市)");

	// (所有 but not in 研究所有限公司, where 所 ends 研究所 and 有限 opens 有限公司)
	private static final java.util.regex.Pattern QUANTIFIED = java.util.regex.Pattern
		.compile("多所|多家|不少|部分|众多|一些|若干|公私立|各级|各类|所有(?!限)|诸多|不同"
				// 汕尾、梅州三地骨干企业: the firms of places counted
				+ "|[两三四五六七八九十多几数]地(?:骨干|龙头|重点|相关|知名|优秀|优质)?(?:企业|院校|高校|学校|单位)"
				// 中国最北某种植基地, 最大的某库: a description, not a name (not 最高人民法院)
				+ "|最(?!高人民)[\\u4e00-\\u9fa5]");

	private static final java.util.regex.Pattern OWN_BODY_OF_A_PLACE = java.util.regex.Pattern
		.compile("工商联|科协|侨联|妇联|总工会|残联|社科联|工经联|职教社");

	private static final java.util.regex.Pattern CITY_ROLE = java.util.regex.Pattern
		.compile("(?:(?:国际|区域|全国|全球)(?:性)?(?:航运|金融|贸易|商贸|制造业|科技创新|科创|消费|交通|物流)(?:枢纽)?"
				// 世界重要人才中心, 某领域一流研究院: what a city or a body aims to be
				+ "|世界(?:重要)?人才)中心$|一流(?:研究院|大学|学院|学科|企业)$");

	/** An institution that owns a centre named like a city's role. */
	private static final java.util.regex.Pattern OWNER_BEFORE_ROLE = java.util.regex.Pattern
		.compile("(?:大学|学院|研究院|科学院|集团|公司)");

	private static final java.util.regex.Pattern PARTY_DEPARTMENT = java.util.regex.Pattern
		.compile("宣传部|统战部|组织部|网信办|政法委");

	/**
	 * 陕西省军民融合办公室, 市医养健康产业链办公室: an office a province or a city runs for a task is a
	 * government body, and so is its government's (广东省人民政府港澳事务办公室); a school's 办公室 is not
	 * (no place opens its name), nor the office of a department (某省教育厅某办公室).
	 */
	private static boolean isPlacesOffice(String head) {
		return PLACES_OFFICE.matcher(head).matches() && !INSIDE_A_BODY.matcher(head).find();
	}

	private static final java.util.regex.Pattern PLACES_OFFICE = java.util.regex.Pattern
		.compile("(?:[\\u4e00-\\u9fa5]{2,3}[省市]|[省市])(?![委政])[\\u4e00-\\u9fa5]{3,}");

	private static final java.util.regex.Pattern INSIDE_A_BODY = java.util.regex.Pattern
		.compile("大学|学院|学校|公司|集团|医院|中心|协会|[厅局部]");

	private static final java.util.regex.Pattern THINK_TANK_KIND = java.util.regex.Pattern
		.compile("高端|新型|特色|专业|国家级|省级|市级|一流");

	/**
	 * A school's name (in full or short, a bracketed seat after it) and a place's name of
	 * two to four characters: 某大学苏州校区, 某大学(北京)某某校区, 某职教集团某某山校区.
	 */
	private static final java.util.regex.Pattern CAMPUS_OF_A_SCHOOL = java.util.regex.Pattern.compile(
			"(?:[\\u4e00-\\u9fa5]{2,}(?:大学|学院|职教集团|职院|学校)|[\\u4e00-\\u9fa5]+大(?!学))(?:[（(][\\u4e00-\\u9fa5]{2,3}[）)])?[\\u4e00-\\u9fa5]{2,4}");

	static boolean isWellFormed(String name, OrgKind kind) {
		return isWellFormed(name, kind, false);
	}

	/**
	 * As {@link #isWellFormed(String, OrgKind)}, where {@code founded} says the name
	 * follows a founding verb (共建乡村振兴实验站, 成立智慧园区实践基地): a base or a centre named by four
	 * or more words of what it does is then the name of the one founded, not a kind of
	 * base.
	 */
	static boolean isWellFormed(String name, OrgKind kind, boolean founded) {
		if (name.matches("^[^（(]*[）)].*") || name.matches(".*[”\"」][（(][^（()）]*[）)][\\u4e00-\\u9fa5].*")) {
			// RTEA)就是某学院, “某联盟”(RTEA)就是某学院: a bracket closed before any
			// opens, or a quoted name's note, is no part of a name that goes on
			return false;
		}
		String suffix = OrganizationLexicon.suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length());
		if (suffix.equals("厅") && head.matches(".*(?:校区|楼|馆|大厦|中心|园|宾馆|酒店).+")) {
			return false; // 滨海校区铁人厅, 某宾馆金色大厅: a hall, where a meeting is held
		}
		if (head.startsWith("公司") && !head.startsWith("公司法")) {
			// (向公司技术中心主任颁发: the company spoken of, and one of its departments)
			return false;
		}
		if (name.matches("[“\"]?非?(?:直属|直管)[”\"]?附属医院")) {
			return false; // 共建直属附属医院, 开展“非直管”附属医院合作: a kind of affiliated hospital
		}
		if ((suffix.equals("学院") || suffix.equals("学校")) && head.length() >= 3 && head.matches(".*[向对给]")) {
			// 某林业局向学院捐赠, 云南方对学校…赞赏: the publishing school after a preposition, with
			// whoever acts on it before (the segmenter reads 向学院 as a person's name)
			return false;
		}
		if (suffix.equals("厂") && (!head.matches("[\\u4e00-\\u9fa5]{3,}") || head.endsWith("工") && !isPlacedWorks(head)
				|| head.endsWith("校中"))) {
			// 水电厂, 黑灯工厂, 智能工厂: a kind of works; 校中厂: a school's workshop run as one
			return false;
		}
		if (VERB_BEFORE_KIND.matcher(suffix).matches() && isOneVerb(head)) {
			return false; // 支持保障共同体高水平建设: a verb, then the community spoken of
		}
		if (suffix.equals("智库") && (head.length() < 4 || THINK_TANK_KIND.matcher(head).lookingAt())) {
			return false; // 共建侨情智库, 高端康养智库: what kind of think tank, not its name
		}
		if (OrganizationLexicon.GOVERNMENT_HEADS.contains(head) && OWN_BODY_OF_A_PLACE.matcher(suffix).matches()) {
			return true; // 市工商联, 县科协: the one body of its kind the place has
		}
		if (kind == OrgKind.GOVERNMENT) {
			if (suffix.equals("教育部") && OrganizationLexicon.FIELD_BEFORE_EDUCATION.matcher(head).find()) {
				return false; // 学校职业与继续教育部: a school's department
			}
			if (name.matches(".*" + COMMITTEE_AND_GOVERNMENT.pattern()) || head.matches(".*(?:[两三]省|两市|两地)")) {
				return false; // 某市委市政府, named together, is neither; 龙粤两省教育厅 is two bodies
			}
			if (suffix.equals("司") && !head.contains("部") || suffix.equals("办公室")
					&& (!head.matches(".*(厅|局|部|委|政府|委员会)$") && !isPlacesOffice(head) || head.matches(".{0,2}党委"))) {
				return false;
			}
			if (PARTY_DEPARTMENT.matcher(suffix).matches() && !head.matches(".*(?:[省市区县州]委|工委)")) {
				return false; // 宣传部 of a party committee only: 市委宣传部, 中山市委网信办, 某高新区工委组织部
			}
			if (OrganizationLexicon.STANDALONE.contains(name) || OrganizationLexicon.isNationalBody(name)
					|| OrganizationLexicon.GOVERNMENT_HEADS.contains(head)
					|| suffix.equals("工委") && PARTY_WORK_COMMITTEE.matcher(head).matches()) {
				return true; // 重庆市委教育工委, 省委科技工委: a party committee's work committee
			}
			if (OrganizationLexicon.PLACE_BEFORE.contains(suffix) && !endsWithPlace(head)
					&& !isCommitteesPlace(head, suffix) && !isWorkCommitteesHead(head, suffix)
					// (永中街道办事处, 某市瑶溪街道办事处: a street's office, its name a street's,
					// which the segmenter knows as no place)
					&& !(suffix.equals("街道办事处") && STREETS_NAME.matcher(head).matches())
					|| OrganizationLexicon.PLACE_FIRST.contains(suffix) && !isPlace(head)
							&& !head.matches("^(?:全国|中国|国家).{4,}") && !isUnitOfANationalBody(head)
							// (省水文水资源勘测局: the province's own office, its place said by 省)
							&& !head.matches("^[省市县](?!场).{3,}")) {
				// 建立政府, 某某局 without a place (全国某某标准建设委员会, 国家某某工业局 are national)
				return false;
			}
		}
		if (QUANTIFIED.matcher(name).find()) {
			return false; // 香港多所大学, 不少顶尖大学, 公私立大学: a number of schools, not one
		}
		if (suffix.equals("学校")
				&& (head.length() < 3 || !startsWithPlace(name) && !head.matches("^[\\u4e00-\\u9fa5]{2,4}[省市区县州].+")
						|| head.matches(".*(相关|有关|各|(?<![中高初])等).*"))) {
			// (某区中等职业教育学校: 中等 is a level of school, not 等)
			return false; // 农村学校, 华东地区相关学校: a kind of school; 某市聋哑学校 is one
		}
		if (suffix.equals("校区") && !CAMPUS_OF_A_SCHOOL.matcher(head).matches()) {
			return false; // 新校区, 学校东校区: where a school is; 某大学苏州校区 is a campus that acts
		}
		if (suffix.equals("酒店") && !startsWithPlace(name)) {
			return false; // 品牌酒店, 假日酒店, 洲际集团所属酒店: a kind or a brand of hotel
		}
		// the head's first word, as the segmenter tags it (one segmentation for the
		// checks below)
		Term first = head.isEmpty() ? null : MentionFinder.terms(head).get(0);
		if (kind == OrgKind.ENTERPRISE && head.length() <= 2 && first != null && suffix.endsWith("有限公司")
				&& isCommonWord(first)) {
			return false; // 运营有限公司, 科技有限公司: what a company does, not which one
		}
		if (name.endsWith("企业集团") && MentionFinder.terms(name.substring(0, name.length() - 4))
			.stream()
			.noneMatch(NameBoundary::isProper)) {
			return false; // 国有跨国企业集团, 大型茶叶企业集团: what kind of group, not which
		}
		java.util.regex.Matcher role = CITY_ROLE.matcher(name);
		if (role.find() && !OWNER_BEFORE_ROLE.matcher(name.substring(0, role.start())).find()) {
			// 某区国际航运中心建设, 区域制造业中心: what a city is to become (not 某大学杭州国际科创中心:
			// a school's centre)
			return false;
		}
		if (suffix.equals("中心") && head.length() < 4) {
			return false;
		}
		String owned = head.replaceFirst("^(?:国立|私立|公立|省立|市立|县立|州立|区立)", ""); // 国立台湾科技大学
		if (kind == OrgKind.SCHOOL && Set.of("学院", "大学", "中专", "中学", "小学", "高中").contains(suffix)
				&& !head.contains("职业") && !head.isEmpty()
				&& (owned.isEmpty() || isCommonWord(MentionFinder.terms(owned).get(0))) && !isNational(name)) {
			return false; // 医药学院, 学前教育学院: a school's own department, not a school
		}
		if (suffix.equals("科技小院") && head.matches("[\\u4e00-\\u9fa5]{2,8}")) {
			// 蜜桔科技小院: a science courtyard is named by the crop or trade it serves
			// (第一批国家级科技小院: a title conferred)
			return !OrganizationLexicon.isDesignation(name);
		}
		if ((kind == OrgKind.PRACTICE_BASE || Set.of("中心", "医院", "农场").contains(suffix)) && first != null
				&& isCommonWord(first) && (head.length() < 6 || isQualifier(first))
				&& !(founded && isNamedByWhatItDoes(head))) {
			// 护理实训基地, 生活服务中心, 教学医院, 重要科技创新基地: a kind of base, centre or hospital, not
			// one with a name; one of six words or more (乡村振兴产业服务中心) is named by what it
			// does
			return false;
		}
		if (kind == OrgKind.COMMUNITY && !head.isEmpty()
				&& MentionFinder.terms(head)
					.stream()
					.anyMatch((term) -> "d".equals(String.valueOf(term.nature)) || term.word.equals("并")
							|| MODALS.contains(term.word))
				|| kind == OrgKind.COMMUNITY && head.startsWith("会议")) {
			// 参会人员就联盟, 会议并作集团, 会议倡导要创新共同体: an adverb, 并 or a modal is in no
			// community's name, nor is the meeting that speaks of it
			return false;
		}
		if (OrganizationLexicon.isDesignation(name)) {
			return false; // 国家级示范性职教集团, 河南省骨干职教集团: a title conferred, not a name
		}
		if (first != null && first.nature != null && first.nature.toString().equals("v") && first.length() >= 2
				&& first.length() < name.length() && OrganizationLexicon.isGeneric(name.substring(first.length()))
				&& !Places.startsWithPlace(head)) {
			// 逐步形成职教集团, 进行产业学院: a verb, then only the kind of platform (开封市委: a
			// place the segmenter tags as a verb)
			return false;
		}
		return name.length() >= 3 && !OrganizationLexicon.isGeneric(name);
	}

	/** Ranks and kinds before a base's words (国家级, 高水平): no part of what it does. */
	private static final java.util.regex.Pattern RANK = java.util.regex.Pattern
		.compile("^(?:(?:国家|省|市|县|区|校)级|高水平|示范性?|新型|综合性?|重点|一流|特色|共享型?|开放型?)+");

	/**
	 * The kinds a verb may stand right before, saying what is done to the one spoken of.
	 */
	private static final java.util.regex.Pattern VERB_BEFORE_KIND = java.util.regex.Pattern.compile("共同体|联合体|联盟|职教集团");

	/** Whether a head is one verb of two characters to the segmenter (保障/vn, 支持/v). */
	private static boolean isOneVerb(String head) {
		List<Term> terms = MentionFinder.terms(head);
		return head.length() == 2 && terms.size() == 1 && String.valueOf(terms.get(0).nature).matches("v|vn");
	}

	/** Four characters or more of what a base does, once its rank is set aside. */
	private static boolean isNamedByWhatItDoes(String head) {
		return RANK.matcher(head).replaceFirst("").length() >= 4;
	}

	/** 国务院学位委员会, 教育部某某中心: a unit of a national body, which needs no place. */
	private static boolean isUnitOfANationalBody(String head) {
		return OrganizationLexicon.STANDALONE.stream()
			.anyMatch((body) -> (body.endsWith("部") || body.startsWith("国")) && head.startsWith(body)
					&& head.length() > body.length());
	}

	/** A name whose suffix is 学院 itself (not 职业技术学院, 产业学院). */
	private static boolean endsInCollege(String name) {
		return name.endsWith("学院") && OrganizationLexicon.suffixOf(name).filter("学院"::equals).isPresent();
	}

	/**
	 * 海尔中央空调物联服务学院, 京东物流学院: a 学院 whose name opens with a company's, as HanLP's segmenter
	 * tags it, is the company's college (a 企业学院 or an industry college), not a school.
	 */
	static boolean isCompanyCollege(String name) {
		if (!endsInCollege(name)) {
			return false;
		}
		List<Term> terms = MentionFinder.terms(name);
		return terms.size() >= 3 && "ntc".equals(String.valueOf(terms.get(0).nature));
	}

	/**
	 * A 学院 named by what it teaches (经济管理学院, 汽车工程学院, 智能制造与机器人学院): its head opens with a
	 * word of the language, not a place or a name, so it is a school's own college (二级学院)
	 * rather than a school.
	 */
	static boolean isDepartment(String name) {
		if (!endsInCollege(name)) {
			return false;
		}
		String head = name.substring(0, name.length() - 2);
		if (head.isEmpty() || head.contains("职业")) {
			return false;
		}
		List<Term> terms = MentionFinder.terms(head);
		// a place inside is a walk past the name's edge; 继续教育学院 is a department too,
		// which
		// the segmenter reads as one proper word
		return (isCommonWord(terms.get(0)) || EDUCATION_FIELD.matcher(head).matches()) && terms.stream()
			.map((t) -> (t.nature != null) ? t.nature.toString() : "")
			.noneMatch((n) -> n.startsWith("ns")) && !hasOneCharacterVerb(terms);
	}

	// 供民航人员到香港修读某学院: a one-character verb in a head of common words is a clause the
	// walk went through, not part of a name
	private static boolean hasOneCharacterVerb(List<Term> terms) {
		return terms.stream()
			.anyMatch((t) -> t.length() == 1 && t.nature != null && t.nature.toString().startsWith("v"));
	}

	// 重要, 优质, 高水平: an adjective or a distinguishing word says what kind, not which one
	private static boolean isQualifier(Term term) {
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return Set.of("a", "ad", "an", "b", "d").contains(nature);
	}

	// A word of the language rather than a name: 医药, 学前, 自动控制 (not 东莞, 华为, 江川)
	/** Fields of education a school's own college is named by: 继续教育学院. */
	private static final java.util.regex.Pattern EDUCATION_FIELD = java.util.regex.Pattern
		.compile("(?:继续|成人|国际|网络|远程|开放|终身|师范|体育|艺术|学前|特殊|创新创业|双创|通识|素质)教育");

	static boolean isCommonWord(Term term) {
		if (term.length() < 2) {
			return false; // 德成, 红顶: a name the segmenter broke up
		}
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return Set
			.of("n", "vn", "v", "vd", "vi", "a", "b", "t", "ad", "an", "d", "f", "gi", "gm", "gp", "gb", "gc", "gg",
					"nnt", "nis", "nit", "ng", "vg", "nf", "nmc", "nhd", "nhm")
			.contains(nature);
	}

	/**
	 * 国家老年大学, 国家开放大学: 国家 before a school the segmenter reads as one institution's word is
	 * the nation's own school (not 国家重点大学: a kind, in three words).
	 */
	private static boolean isNational(String name) {
		if (!name.startsWith("国家") || name.length() < 5) {
			return false;
		}
		List<Term> rest = MentionFinder.terms(name.substring(2));
		return rest.size() == 1 && String.valueOf(rest.get(0).nature).matches("ni.*|nt.*");
	}

	// 昌吉州, 镇巴县, 中共某市: a place ends the head (not 某大学 in 某大学党委)
	static boolean endsWithPlace(String head) {
		if (head.isEmpty()) {
			return false;
		}
		if (OrganizationLexicon.PLACE_ENDS.indexOf(head.charAt(head.length() - 1)) >= 0 || head.startsWith("中共")
				|| head.matches("^(省|市|区|县)委.*") || head.matches(".*[区县][\\u4e00-\\u9fa5]{2,3}")
				|| Places.endsWithPlace(head)) {
			return true;
		}
		List<Term> terms = MentionFinder.terms(head);
		Term last = terms.get(terms.size() - 1);
		return last.nature != null && last.nature.toString().startsWith("ns");
	}

	/** A district's or county's name after its province's or city's: 天津市|津南. */
	private static final java.util.regex.Pattern WITHIN_A_PLACE = java.util.regex.Pattern
		.compile("(.+[省市])([\\u4e00-\\u9fa5]{2,3})");

	/**
	 * 启东某科技园党工委, 某职教城党工委: the party committee that runs a zone, a park or a street;
	 * 青岛市教育工委: a place's education work committee, written without the 委 of 市委教育工委.
	 */
	private static boolean isWorkCommitteesHead(String head, String suffix) {
		// 教育工委, 农垦工委: the work committee of a sector, its place left to the page
		if (suffix.equals("工委") && head.matches("教育|农垦|科技|机关|企业|国资|金融|卫生|工业|农村|城市|社会")) {
			return true;
		}
		if (suffix.equals("工委") && head.endsWith("教育")) {
			return endsWithPlace(head.substring(0, head.length() - 2));
		}
		// 某区教育工作党委, 上海市教卫工作党委: a place's party committee for its schools (and
		// hospitals)
		if (suffix.equals("党委") && head.matches(".*(?:教育|教卫)工作")) {
			return endsWithPlace(head.substring(0, head.length() - 4));
		}
		return suffix.equals("党工委") && head.length() >= 4
				&& (OrganizationLexicon.ZONE_SUFFIXES.stream().anyMatch(head::endsWith)
						|| head.matches(".*(?:科技园|职教城|街道|片区)"));
	}

	/**
	 * A street's own name, after its city's or district's if any, and no word for streets
	 * in general.
	 */
	private static final java.util.regex.Pattern STREETS_NAME = java.util.regex.Pattern
		.compile("(?:.{2,}[省市区县旗])?(?!各|该|本|所在|辖区|城区|相关|有关|部分|全|多|其他|沿线|周边|属地|当地|乡镇)[\\u4e00-\\u9fa5]{2,3}");

	/**
	 * 平邑县委, 闵行区委: the committee's suffix says what the place is, and the segmenter sees
	 * the head with it as one place's name (平邑县), though it tags the head alone a
	 * person's.
	 */
	private static boolean isCommitteesPlace(String head, String suffix) {
		java.util.regex.Matcher within = WITHIN_A_PLACE.matcher(head);
		if (suffix.matches("[区县]委") && within.matches() && endsWithPlace(within.group(1))) {
			// 天津市津南区委: the city's name, then the district's
			return isCommitteesPlace(within.group(2), suffix);
		}
		if (!suffix.matches("[省市区县]委") || !head.matches("[\\u4e00-\\u9fa5]{2,3}")) {
			return false;
		}
		List<Term> terms = MentionFinder.terms(head + suffix.charAt(0));
		if (terms.size() == 1 && String.valueOf(terms.get(0).nature).startsWith("ns")) {
			return true;
		}
		// 嘉鱼县委: a proper name the segmenter sets apart before the committee's word
		List<Term> whole = MentionFinder.terms(head + suffix);
		return whole.size() == 2 && whole.get(0).word.equals(head) && NameBoundary.isProper(whole.get(0))
				&& whole.get(1).word.equals(suffix);
	}

	private static boolean startsWithPlace(String name) {
		List<Term> terms = MentionFinder.terms(name);
		return !terms.isEmpty() && terms.get(0).nature != null && terms.get(0).nature.toString().startsWith("ns");
	}

	static boolean isPlace(String head) {
		if (head.isEmpty()) {
			return false;
		}
		if (OrganizationLexicon.PLACE_ENDS.indexOf(head.charAt(head.length() - 1)) >= 0 || head.startsWith("中共")
				|| head.matches(".*[省市区县][\\u4e00-\\u9fa5]{1,4}")
				// (某县自然资源和规划局: a bureau named by the two fields merged into it)
				|| head.matches(".*[省市区县][\\u4e00-\\u9fa5]{1,5}和[\\u4e00-\\u9fa5]{1,6}")) {
			return true;
		}
		if (head.matches("^(省|市|区|县)委.*") || Places.startsWithPlace(head) || Places.endsWithPlace(head)) {
			return true;
		}
		List<Term> terms = MentionFinder.terms(head);
		Term last = terms.get(terms.size() - 1);
		Term first = terms.get(0);
		return last.nature != null && last.nature.toString().startsWith("ns")
				|| first.nature != null && first.nature.toString().startsWith("ns");
	}

}
