package org.chanjiao.extraction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that state relationships in 产教融合 texts, as data: which verbs found a platform
 * and with what role, which titles make a member, which words recognise, agree,
 * affiliate. {@link RelationReader} applies them; docs/EXTRACTION.md lists them with an
 * example each.
 */
final class RelationCues {

	/** How a founding verb casts the organisations that do it. */
	enum Founding {

		/** 牵头: every organisation named as doing it leads */
		LEAD,
		/** 发起: leads, unless a separate lead is named, then partners */
		INITIATE,
		/** 共建, 合作共建, 签约共建: every co-builder is a partner */
		COBUILD,
		/** 参与建设: partners */
		PARTAKE,
		/** 成立, 组建: a sole founder leads; several found it together as partners */
		ESTABLISH

	}

	/** Founding verbs, longest first. */
	static final List<Map.Entry<String, Founding>> FOUNDING;

	static {
		Map<String, Founding> f = new LinkedHashMap<>();
		for (String w : List.of("共同牵头", "联合牵头", "牵头成立", "牵头组建", "牵头建设", "牵头共建", "牵头打造", "牵头")) {
			f.put(w, Founding.LEAD);
		}
		for (String w : List.of("共同发起成立", "联合发起成立", "发起成立", "共同发起", "联合发起", "发起组建", "发起",
				// A倡议成立Z: who proposed it initiates it (倡议 alone, FoundingCues)
				"倡议发起", "倡议成立", "倡议组建",
				// 由A、B、C等5个部门联合推动成立Z: who pushed for its founding initiates it
				"联合推动成立", "共同推动成立", "推动成立")) {
			f.put(w, Founding.INITIATE);
		}
		for (String w : List.of("签约共建", "合作共建", "联合共建", "共同共建", "携手共建", "共建", "共同建设", "合作建设", "合作成立", "合作组建", "共同组建",
				"共同成立", "联合组建", "联合成立", "联合打造", "共同打造", "携手打造", "共同创建", "联合创建", "合作创办", "共同创办", "联合创办", "合办", "共同举办",
				"联合举办", "合作举办", "共同投资建设", "共同出资建设", "联合投资建设", "合作投资建设", "共同投资", "投资共建", "出资共建", "合资共建",
				// 由A、B联合申请的Z (获批): those who applied for the platform together build it
				"联合申请", "共同申请", "联合申报", "共同申报")) {
			f.put(w, Founding.COBUILD);
		}
		for (String w : List.of("参与建设", "参与组建", "参与共建", "参与成立", "参建", "参与申报")) {
			f.put(w, Founding.PARTAKE);
		}
		for (String w : List.of("揭牌成立", "挂牌成立", "正式成立", "成立", "组建", "设立", "建立", "创建", "创办", "打造", "建设", "筹建", "投资建设",
				"投资兴建")) {
			f.put(w, Founding.ESTABLISH);
		}
		FOUNDING = f.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Founding> e) -> e.getKey().length()).reversed())
			.toList();
	}

	/**
	 * A verb of leading, initiating, co-building or taking part (not of plain
	 * establishing).
	 */
	static boolean isJointFoundingVerb(String word) {
		return FOUNDING.stream().anyMatch((e) -> e.getKey().equals(word) && e.getValue() != Founding.ESTABLISH);
	}

	/** Membership titles, longest first, and the role each gives. */
	static final List<Map.Entry<String, String>> MEMBER_TITLES = List.of(
			// 理事长及秘书处单位: the chair that also keeps the secretariat
			Map.entry("理事长及秘书处单位", "CHAIR"), Map.entry("理事长兼秘书处单位", "CHAIR"), Map.entry("理事长和秘书处单位", "CHAIR"),
			Map.entry("理事长及秘书长单位", "CHAIR"), Map.entry("理事长兼秘书长单位", "CHAIR"), Map.entry("常务副理事长单位", "VICE_CHAIR"),
			Map.entry("轮值理事长单位", "CHAIR"), Map.entry("联席理事长单位", "CHAIR"),
			// 某协会: A为会长单位, B为副会长单位 (an association's chair and vice-chairs)
			Map.entry("常务副会长单位", "VICE_CHAIR"), Map.entry("副会长单位", "VICE_CHAIR"), Map.entry("会长单位", "CHAIR"),
			Map.entry("副理事长单位", "VICE_CHAIR"), Map.entry("副理事单位", "COUNCIL_MEMBER"),
			Map.entry("常务理事单位", "EXECUTIVE_MEMBER"), Map.entry("理事长单位", "CHAIR"), Map.entry("理事单位", "COUNCIL_MEMBER"),
			// 作为理事成员单位获得授牌: a member of the council
			Map.entry("常务理事成员单位", "EXECUTIVE_MEMBER"), Map.entry("理事成员单位", "COUNCIL_MEMBER"),
			// 副常务理事单位: a deputy of the executive council, of it all the same
			Map.entry("副常务理事单位", "EXECUTIVE_MEMBER"), Map.entry("副秘书长单位", "MEMBER"), Map.entry("监事长单位", "MEMBER"),
			Map.entry("监事单位", "MEMBER"), Map.entry("秘书长单位", "MEMBER"), Map.entry("秘书处单位", "MEMBER"),
			Map.entry("成员单位", "MEMBER"), Map.entry("会员单位", "MEMBER"), Map.entry("签约单位", "MEMBER"),
			Map.entry("成员代表", "MEMBER"), Map.entry("代表会员", "MEMBER"), Map.entry("成员院校", "MEMBER"),
			Map.entry("成员高校", "MEMBER"),
			// 以A、B等单位为核心成员，联合…共同成立: members without the word 单位
			Map.entry("核心成员", "MEMBER"), Map.entry("骨干成员", "MEMBER"),
			// 某工作委员会: A被聘为主任单位, B为常务副主任单位 (a committee's chair and deputies)
			Map.entry("常务副主任单位", "VICE_CHAIR"), Map.entry("副主任单位", "VICE_CHAIR"), Map.entry("主任单位", "CHAIR"),
			// A、B等63家单位当选理事: elected to the council without the word 单位 (not 当选理事长)
			Map.entry("当选为常务理事", "EXECUTIVE_MEMBER"), Map.entry("当选常务理事", "EXECUTIVE_MEMBER"),
			Map.entry("当选为理事", "COUNCIL_MEMBER"), Map.entry("当选理事", "COUNCIL_MEMBER"));

	/**
	 * Between members and their title: A为/当选/成为/(在大会中)被推选为 [Z的] 常务理事单位, and
	 * A作为牵头单位(理事长单位): the lead's title in brackets; A作为某设备供应商，被当选为…: an epithet with 作为
	 * before the verb; A等院校及优势企业等35位代表会员: the kinds and the count between;
	 * A、B等15家企业获颁“理事单位”铜牌: the title conferred, in quotes.
	 */
	static final Pattern BEFORE_TITLE = Pattern.compile(
			"^(?:作为[\\u4e00-\\u9fa5]{2,20}[，,])?(?:(?:\\d*等\\s*\\d*|\\d+)\\s*余?[家个所]?(?:单位|(?:(?!单位)[\\u4e00-\\u9fa5、\\d]){0,14}?))?(?:联合体|共同体|联盟|职教集团|集团)?(?:理事会)?(?:在[\\u4e00-\\u9fa5]{1,12}?[中上])?(?:此次|本次)?(?:正式|首批|均|分别|同时|还|也|新|成功|顺利|再次|再度|继续|连续)?(?:(?:作为|为|是)牵头单位(?:[（(]|和|及|、|兼)|为|是|作为|(?:被)?当选为|(?:被)?当选|成为|成|担任|被选为|被聘为|新增为|列为|增补为|入选|任|代表|(?:被)?(?:推选|选举|增选|确定)为|获颁|获授|(?:被|获)?授予|荣获|获评)?(?:了)?(?:(?:首届|新一届|第[一二三四五六七八九十]届)?(?:理事会|监事会))?(?:该?(?:联合体|共同体|联盟|职教集团|集团|协会|学会|商会|研究会)的?)?(?:[\\u4e00-\\u9fa5]{2,8}?单位兼)?(?:首届|新一届|第[一二三四五六七八九十]届)?(?:首批|第一批|正式|核心)?[“\"「]?$");

	/** Who a person is, written after the organisation: 党委副书记、副校长 */
	// (党委委员、副院长, 党组成员、副局长: a seat on the party committee, before the office)
	private static final String OFFICE = "(?:(?:党委|党组|党总支)(?:委员|常委|成员)|(?:原|署理|代理|执行)?(?:党委|党总支|党组|行政|[\\u4e00-\\u9fa5]{1,6}?(?:部|处|办|室|中心)|[\\u4e00-\\u9fa5]{2,4}?(?=(?:副)?(?:总监|经理)))?(?:常务)?(?:副)?(?:书记|校长|院长|董事长|总经理|总裁|主任|会长|秘书长|局长|厅长|处长|部长|经理|总监|理事长|所长|主席|董事会秘书))";

	/** An organisation's officer named after it: A党委副书记、副校长王某，… */
	// (校长办公室: a title before 办公室 names the office, no officer)
	// (某公司张某副总经理: the officer's name before the title)
	static final String BYLINE = "(?:(?:" + OFFICE + "(?:[、兼])?){1,4}(?!办公室)[\\u4e00-\\u9fa5]{2,3}(?:教授|博士|先生|女士|院士)?"
			+ "|[\\u4e00-\\u9fa5]{2,3}(?:常务)?(?:副)?(?:总经理|董事长|总裁|经理|总监))";

	/** Between two organisations whose officers speak for them: …副校长王某，B… */
	static final Pattern BYLINE_BETWEEN = Pattern.compile("^" + BYLINE + "(?:[，,、]|[，,]?以及|及|和)$");

	/**
	 * An officer named after an organisation: 党委副书记王某 (what follows the last speaker).
	 */
	static final Pattern BYLINE_AFTER = Pattern.compile(BYLINE);

	/**
	 * Between the last officer and the title they speak for: …副总裁李某代表副理事长单位, …作为副理事长单位领导,
	 * …校长某作为联盟第一届秘书长单位代表
	 */
	static final Pattern BYLINE_BEFORE_TITLE = Pattern.compile(
			"^" + BYLINE + "(?:等(?:人)?)?(?:代表|作为)(?:该|本)?(?:联合体|共同体|联盟|职教集团|集团)?(?:的)?(?:首届|新一届|第[一二三四五六七八九十]届)?$");

	/** Between a title and its members: 理事长单位为 / 副理事长单位（3家）分别是 / 成员单位包括. */
	static final Pattern AFTER_TITLE = Pattern.compile("^(?:[（(]?(?:达到|已达|达|共有|共|总计|合计|近|超过)?\\d+\\s*[余多]?\\s*家[）)]?)?"
			// 成员单位覆盖全国22个省，包括A: where the members come from, then who they are
			+ "(?:[，,]?(?:覆盖|来自|遍布|涵盖)了?[^，,。；]{1,20}[，,])?[，,]?(?:其中)?(?:名单)?(?:为|是|有|包括|涵盖|包含|分别是|分别为|分别由|由|如下|：|:|—{1,2}|－)\\s*[：:]?(?:[^，。；：]{0,30}?(?:以及|和|、|及))?$");

	/**
	 * A community and the list of its members: 某联盟包括, 某联合体成员有, 联盟涵盖了各类机构，既有A.
	 */
	static final Pattern INCLUDES = Pattern
		// (某集团先后吸纳A、B等企业加入: over the years)
		// (加入联盟的外方成员单位还包括: which side they come from, and more of them)
		.compile(
				"^(?:的)?(?:首批|现有)?(?:中方|外方|国内|国外|境外)?(?:成员|成员单位|会员|会员单位)?(?:还|也)?(?:包括|有|涵盖|包含|(?:先后|陆续|相继|已|共)?(?:吸纳|汇聚|聚合|集结|吸引|汇集)了?)"
						+ "(?:了?[^，,。；：:]{1,12}[，,]既有)?[：:]?$");

	/**
	 * After one list of a community's members, the next
	 * (联合体吸纳了A、B等11所院校，聚合了C、D等42家企业，联合了E…): the same community's members.
	 */
	static final Pattern MORE_MEMBERS = Pattern
		.compile("^等?[^，,。；]{0,15}[，,](?:还|并|同时|又)?(?:吸纳|汇聚|聚合|集结|吸引|汇集|联合|涵盖)了?(?:[^，,。；]{1,12}、)?$"
				// (既有A等院校，又有B等企业，还有C: the same community's)
				+ "|^等[^，,。；]{0,15}[，,](?:又有|还有|也有)$");

	/**
	 * Between one list of a title's members and the next
	 * (成员单位包括A等22个政府部门，B等41家企业，以及C、D等39所院校): the next holds the same title.
	 */
	static final Pattern MORE_OF_TITLE = Pattern
		// (分别是A、B 6所学校，以及C、D等25家企业: the count with no 等)
		.compile("^等?\\s*\\d+\\s*余?[家个所名][^，,。；;]{0,12}[，,；;]\\s*(?:以及|还有|另有|和|及)?$");

	/** Joining a body with members: A加入Z, A、B等单位加入Z. */
	static final Pattern JOIN = Pattern.compile(
			"^(?:等\\s*\\d*\\s*余?[家个所]?(?:单位|学校|院校|企业|高校|机构)?)?(?:(?:将|也)?以)?(?:正式|成功|率先|首批|均|已|先后|受邀|应邀|获准|获批)?加入(?:了)?$");

	/** Recognition verbs: X入选 / 获批 / 被认定为 (a title the issuing body confers). */
	static final List<String> RECOGNITION = List.of("顺利通过", "通过", "成功入选", "入选", "获批", "获评", "被认定为", "认定为", "被评为", "评为",
			"列入", "被确定为", "确定为", "被遴选为", "遴选为", "获准", "被授予", "授予",
			// 某大学被国务院纳入为首批“双创”示范基地
			"纳入为");

	/** A body's approval of a platform: 批准筹建, 备案批准, 同意设立, 审核同意设立. */
	static final Pattern APPROVAL = Pattern.compile("(?:审核|审批)?(?:批准|同意)(?:筹建|成立|设立|组建|建设)(?:了)?|备案批准|批准");

	/** Words between a recognised organisation and the verb: X成功/正式/顺利入选. */
	// (等69家民营企业: a few words of what kind of unit they are)
	static final Pattern BEFORE_RECOGNITION = Pattern
		.compile("^[”」』\"']?(?:成功|正式|顺利|已|均|先后|分别|被|等(?:\\d*|[一二两三四五六七八九十]*)[家所个项]?"
				+ "(?:[\\u4e00-\\u9fa5]{0,4}?(?:单位|学校|院校|企业|高校|基地|项目|平台|中心|集团|联盟|共同体|联合体))?)*$");

	/** An agreement between two organisations, with no platform founded. */
	static final Pattern AGREEMENT = Pattern.compile(
			"签署[^，。；]{0,20}?(?:协议|备忘录|合同)|签[订定][^，。；]{0,20}?(?:协议|备忘录|合同)|(?<!见证|出席)签约(?!共建|仪式)|(?:合作|冠名|办学)(?:协议)?签约仪式|达成[^，。；]{0,10}?合作|战略合作");

	/**
	 * A pair that cooperates: A与B(进行)校企合作, A和B深化产学研合作, A与B正式牵手, A与B、C等多家企业开展合作.
	 */
	static final Pattern COOPERATION = Pattern.compile("^" + RelationCues.LIST_CLOSED
			+ "(?:[^，。；]{0,4}?)(?:进行|开展|深化|加强|达成|推进)?(?:校企|产学研|产学|产教|战略|深度|全面|建教|紧密|长期)?合作(?!共建|成立|组建|建设|打造|创办)"
			// A与B、C等企业开展订单式人才培养: an order class or apprenticeship is cooperation
			+ "|^" + RelationCues.LIST_CLOSED + "(?:开展|进行|实施)了?(?:订单式|订单|现代学徒制|定向|联合)(?:人才)?培养"
			// A与B正式牵手, A与B联手开展某项研发 (not 联手共建Z: a founding)
			+ "|^(?:正式|再次|成功|强强)?(?:牵手|联手)(?!共建|成立|组建|建设|打造|创办|发起|共同|携手)"
			// A率先与B携手，旨在…: joined hands, and the clause ends there
			+ "|^(?:正式|再次|成功|强强|率先)?携手(?=[，,。；;]|$|并进|同行|前行|共进)");

	/** What closes a list of parties, if anything: 等近50家头部企业, 等多家单位. */
	static final String LIST_CLOSED = "(?:等(?:近|约|超过|逾)?(?:\\d+|[多数几一二两三四五六七八九十百]+)?余?[家所个]?[\\u4e00-\\u9fa5]{0,4}?"
			+ "(?:企业|单位|院校|高校|学校|机构|公司))?";

	/** Between the members of a list: A、B和C, A与B, A及B, A、B，以及C. */
	// (与我校某学院: 我校 unresolved, with no reporter, stands between two it joins)
	static final Pattern JOINER = Pattern.compile("^(?:、|和|与|及|以及|同|跟|暨|、和|、及|、以及|[，,]以及|[，,]及|&|＆|/|与我校|与本校|和我校)$");

	/** Before a group: 由A、B / 是由A. */
	static final Pattern BY = Pattern.compile("(?:由|是由)(?:共同)?$");

	/**
	 * Before a group that joins a lead: 联合A、B / 携手A / 携手行业龙头A / 联合某产业链龙头企业——A (what the
	 * one joined is, said before its name).
	 */
	static final Pattern CO = Pattern
		.compile("(?:联合|携手|会同|协同)(?:了)?(?:[^，,。；;、：:“”—]{0,12}?(?:龙头|领军|骨干|知名|头部|重点)(?:企业|高校|院校|单位)?(?:——|—)?)?$");

	/**
	 * Between a school and the college it relies on (某学院依托某学院与某公司签约): the college is the
	 * school's own.
	 */
	static final String RELIES_ON = "(?:主要|充分)?依托(?:其|本校|学校)?";

	/** A base, not a founder: 依托A / 以A为依托. */
	static final Pattern BASE_BEFORE = Pattern.compile("(?:依托|以|由|立足|扎根|背靠)$");

	static final Pattern BASE_AFTER = Pattern.compile("^为(?:依托|载体|基础|支撑|主体)");

	/** A place, not a founder: 在A举行 / 于A召开. */
	static final Pattern PLACE_BEFORE = Pattern.compile("(?:在|于|位于|落户|走进|来到|赴)$");

	/** A guide or sponsor, not a founder: 在A的指导下 / 在A支持下. */
	static final Pattern GUIDE_AFTER = Pattern.compile("^(?:的)?(?:指导|支持|关心|推动|主导|领导|统筹|见证)");

	/** An approver, not a founder: 经A批准 / 经A同意 / 经A批复. */
	static final Pattern APPROVAL_AFTER = Pattern.compile("^(?:的)?(?:批准|同意|批复|审批|认定|备案)");

	/**
	 * Before a group whose sentence left its subject out: 与A共建 / 分别与A、B签署 /
	 * 与副理事长单位A、B开展合作 (the partners' seat named before them).
	 */
	static final Pattern WITH = Pattern
		.compile("(?:与|同|跟|和|分别与|先后与|还与|并与|又与|也与|分别同)(?:副?理事长单位|常务理事单位|理事单位|成员单位|会员单位|我校|本校)?$");

	/**
	 * 将与, 希望与: a word of intent before 与, which joins the one before it and the one after
	 * as partners in what follows (A希望与B携手，…共建Z).
	 */
	private static final Pattern INTENDS_WITH = Pattern
		.compile("(?:也|还|更)?(?:将|希望|愿|愿意|期待|期望|计划|拟|有望)(?:进一步|继续)?(?:与|同|跟)");

	/** Whether a word of intent and 与 alone stand between two groups (A将与B). */
	static boolean intendsWith(String s, MentionGroup a, MentionGroup b) {
		return INTENDS_WITH.matcher(s.substring(a.end(), b.start())).matches();
	}

	/** Words that end a founding verb's object: 建设点, 建设单位, 成立大会. */
	static final List<String> NOT_AN_OBJECT_AFTER = List.of("大会", "仪式", "会议", "典礼", "项目", "工作", "方案", "周年", "以来", "点",
			"单位", "方面", "成果", "情况", "进展", "路径", "规划", "任务", "目标", "内容", "标准", "阶段", "经验", "模式", "水平", "质量", "过程", "期间",
			"文件", "批复", "通知", "意见", "办法", "协议", "合同", "备忘录",
			// 牵头申报的Z, 牵头承办的Z成立大会: who applies for it or runs its meeting (主办, as
			// 共同发起主办, is read as founding)
			"申报", "承办",
			// 将某农场建设成为某试验站: what is made into a platform does not found it
			"成为", "成了",
			// 对学科建设给予的支持: the building of something, the subject of a verb of giving
			"给予", "给与");

	/** Leads named by a noun: 牵头单位为A / A为牵头单位. */
	static final Pattern LEAD_NOUN_BEFORE = Pattern.compile(
			"(?:牵头(?:组建|建设|成立)?单位|牵头方|发起单位|牵头(?:高水平|高等|职业|本科|龙头|骨干|行业|重点)*(?:院校|企业|学校|高校|园区))(?:为|是|有|包括|分别是|分别为)?[：:—\\-]*$");

	/**
	 * 作为Z牵头单位，A…, 作为Z的组建牵头单位，A…: what A is, said before it (the platform before the
	 * noun).
	 */
	static final Pattern AS_LEAD_NOUN_BEFORE = Pattern
		.compile("^(?:的)?(?:(?:组建|筹建|建设)?牵头(?:单位|院校|学校|企业|高校|园区)|发起单位)(?:之一)?[，,]$");

	static final Pattern LEAD_NOUN_AFTER = Pattern
		// (A、B等职业院校与龙头企业为牵头单位: the kinds the list is of, said before the noun)
		.compile(
				"^(?:等(?:[\\u4e00-\\u9fa5]{0,6}?(?:院校|高校|学校|企业|单位|园区|机构)[与和及、]?){1,3})?(?:(?:作为|为|是|担任)(?:该|本)?(?:联盟|共同体|联合体|职教集团|集团)?(?:的)?(?:首批|第一批|主要)?(?:共同)?"
						+ "(?:牵头(?:单位|企业|院校|学校|高校|高等学校|职业学校|方|行业|部门|园区)|发起单位)" + "|的?(?:共同|联合)?牵头(?:主办|组织|推动|组建)?下"
						// Z是以A为龙头，联合B…共同组建的: A leads
						+ "|为龙头(?:单位|院校|企业)?[，,])");

	/** The nouns of partners: 共建单位, 合作企业, 合作建设单位. */
	private static final String PARTNER_NOUNS = "共建单位|参建单位|合作单位|合作企业|合作院校|联合单位|参与单位|共建企业|共建院校|合作建设单位|联合建设单位|共同建设单位";

	/** After a role noun, before its names: 为, 有, 包括, a colon. */
	private static final String NOUN_THEN = "(?:为|是|有|包括|分别是|分别为)?[：:]?$";

	/** Partners named by a noun: 共建单位有A、B. */
	static final Pattern PARTNER_NOUN_BEFORE = Pattern.compile("(?:" + PARTNER_NOUNS + ")" + NOUN_THEN);

	/**
	 * 建设单位为A和B: those who build a platform, named by the noun alone (a 建设单位 written
	 * without 为 is a status: 首批示范性职教集团建设单位).
	 */
	static final Pattern BUILDER_NOUN_BEFORE = Pattern
		.compile("(?:^|[，,；;的])(?:其|该[\\u4e00-\\u9fa5]{1,4}?的?)?建设单位(?:为|是|有|包括|分别是|分别为)[：:]?$");

	/**
	 * A clause that opens with a role noun and its names (牵头单位为A，合作建设单位为B): said of a
	 * platform named before.
	 */
	static final Pattern ROLE_NOUN_OPENS = Pattern
		.compile("^[，,；;]?(?:其)?(?:牵头(?:组建|建设|成立)?单位|发起单位|建设单位|" + PARTNER_NOUNS + ")" + NOUN_THEN);

	/** Partners named by a noun after them: A牵头，B、C为共建单位. */
	static final Pattern PARTNER_NOUN_AFTER = Pattern.compile("^(?:作为|为|是|担任)(?:共建|参建|合作共建|联合共建)(?:单位|企业|院校|高校|方)");

	/** Where a clause ends. */
	static final String CLAUSE_ENDS = "，,；;：:。！？!?";

	private RelationCues() {
	}

	/**
	 * A demonstrative and the kind it stands for (该共同体, 这个联合体, 此基地), or a kind named bare
	 * where only the platform the document speaks of can be meant ({@link Coreference}):
	 * a kind that opens a clause as its subject (联盟由…, 研究院是A和B共建单位).
	 */
	static final Pattern ANAPHOR = Pattern.compile(
			// (此次产教融合联合体, 本次成立的联盟: the one whose event the page reports)
			"(?:(?:此次|本次)(?:新)?(?:成立|组建|揭牌)?的?(?:产教融合|职业教育|职教|产教)?(?=联合体|共同体|联盟|职教集团)|该|这个|这一|此|上述|这所|这家|本|(?<=^|，|,|。|年)(?=(?:共同体|联合体|协作组|协作体|联盟|职教集团|集团|产业学院|联合实验室|研究院|基地)(?:由|是|将|于|在|以|成立|启动|旨在|实行|设|现有|共有|首届|理事会|(?:常务)?(?:副)?理事长单位|常务理事单位|理事单位|成员|新增|顺利|先后|已|目前|现|拥有|下设|通过|获|荣获|入选|被|还|也|的|牵头|吸纳|汇聚|聚合|集结|汇集|涵盖))"
					// 三方共同牵头建设联合体，: the platform the document speaks of, founded or
					// joined
					// (与某公司共建产业学院，: the industry college the document speaks of)
					// (加入联盟并任联席理事长单位: joined, then a seat in it)
					// (共同建设和运行联合实验室，: the joint laboratory the document named)
					+ "|(?<=建设|组建|成立|共建|加入|发起|牵头|建设和运行|建设和运营)(?=(?:共同体|联合体|联盟|职教集团|产业学院|联合实验室)(?:[，,。；、]|建设|的|并))"
					// (A与B开展实训基地建设: the base the document named, being built)
					+ "|(?<=开展(?:实训|实践|实习)?)(?=(?:基地|产业学院|联合实验室)建设)"
					// A与B合作共建的产业学院: the industry college the document named
					+ "|(?<=共建的)(?=产业学院)"
					// 宣告联盟正式成立, 标志着联合体成立: the platform whose founding the
					// sentence announces
					+ "|(?<=宣告|宣布|标志着|标志)(?=(?:共同体|联合体|联盟|职教集团|产业学院)(?:正式)?(?:成立|揭牌成立|组建))"
					// 当选为第一届产教融合共同体理事长单位, 作为联盟理事单位: the community the document
					// speaks of, by the title one holds in it
					+ "|(?<=当选为|当选|成为|担任|作为|加入)(?:第[一二三四五六七八九十\\d]{1,3}届|首届)?(?:产教融合|职业教育|职教)?"
					+ "(?=(?:共同体|联合体|联盟|职教集团)(?:首届|第[一二三四五六七八九十\\d]{1,3}届)?(?:常务副理事长|副理事长|理事长|常务理事|理事|成员|会员)单位)"
					// (作为研究院的理事单位, 作为研究院的牵头单位: the institute the document named)
					+ "|(?=(?:研究院|产业学院|联合实验室)的?(?:常务副理事长|副理事长|理事长|常务理事|理事|成员|会员|牵头|发起|共建)单位))"
					// 这所特色产业学院: a word of what kind between the demonstrative and the
					// noun
					+ "(?:(?<=该|这所|这家|这个|此)(?:特色|新型|现代|示范性|重点))?"
					+ "(产业学院|学院|共同体|联合体|协作组|协作体|联合实验室|联盟|职教集团|集团|基地|研究院|中心|实验室|工坊|平台|公司|企业|协会|委员会|学校|校|院(?!士))");

}
