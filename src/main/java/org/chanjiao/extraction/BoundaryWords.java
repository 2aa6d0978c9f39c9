package org.chanjiao.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * The words that stand before a name in these texts — verbs (举行, 签署), list words (分别是,
 * 包括), titles (校长), time words (近日) — where {@link NameBoundary} cuts a name's left edge:
 * the strong ones wherever they occur, the aligned ones only where the segmenter sees
 * them as words of their own (建设 before 江川学院, not in 中国建设银行) — and {@link #lastWordEnd}
 * says where the last of them ends.
 */
final class BoundaryWords {

	private BoundaryWords() {
	}

	/**
	 * Words that stand before a name and never start one: a name's left edge is after the
	 * last of them, wherever it occurs.
	 */
	static final List<String> STRONG_BOUNDARIES = List.of("牵头成立", "牵头组建", "牵头建设", "牵头单位", "发起成立", "揭牌成立", "签约共建",
			"合作共建", "联合共建", "共同建设", "共同发起", "共同牵头", "联合牵头", "联合发起", "举行", "举办", "召开", "签署", "签订", "签定", "分别是", "分别为",
			"分别与", "包括", "其中", "以及", "标志着", "标志著", "辜负", "携手", "依托", "授牌", "揭牌", "挂牌", "当选", "成为", "入选", "获批", "获评",
			"加入", "走进", "走访", "来到", "前往", "奔赴", "赶赴", "莅临", "调研", "考察", "邀请", "与会", "正式", "近日", "日前", "今日", "目前", "此次",
			"本次", "双方", "代表", "出席", "参加", "主办", "承办", "协办", "指导", "支持下", "面向", "围绕", "服务于", "通过", "同时", "并与", "还与",
			"先后与", "分别", "联合", "共建", "牵头", "发起", "组建", "成立", "期间", "之间", "落户", "位于", "来自", "根据", "按照", "公布", "发布", "印发",
			"公示", "认定", "遴选", "批准", "同意", "确定", "遴选为", "认定为", "评为", "列为", "作为", "担任", "上午", "下午", "晚上", "日上午", "日下午",
			"月份", "协议", "合作协议", "战略合作", "负责人", "校长", "书记", "院长", "主任", "经理", "董事长", "总裁", "部长", "厅长", "局长", "市长", "县长",
			"区长", "主席", "会长", "理事长", "常务理事", "秘书长", "教授", "院士", "一行", "到访", "参观", "访问", "陪同", "介绍", "表示", "指出", "强调",
			"认为", "提出", "响应", "给予", "支持", "积极", "大力", "聚焦", "锚定", "瞄准", "贯彻落实", "落实", "贯彻", "拟入围", "入围", "拟", "建立",
			"感谢", "欢迎", "致辞", "见证", "签字", "带领", "带队", "推进", "助推", "赋能", "发挥", "整合", "加强", "深入", "服务好", "全力", "为了",
			"为推进", "实体化", "园区内", "首家", "首个", "首批", "力争", "吸引", "已吸引", "选举出", "选举", "牵手", "拥有", "一年来", "以来", "把握", "入职",
			"开设", "帮助", "协助", "认识", "有助于", "身为", "提供", "预示", "预示着",
			// 感谢某协会支持并汇报某协会工作: a verb of reporting, before whose work it reports
			"汇报",
			// 两位进入某银行挂职的老师: a verb of going into where one works
			"进入",
			// 老师、学生们及某电厂: people in the plural, before a name
			"们",
			// 某学校学生至某集团实习: people and 至 (to), before where they go (至 alone also
			// begins names: 至诚, 至善)
			"学生至", "师生至", "学子至",
			// 某市唯一省级示范基地: the only one of a kind, said before the kind
			"唯一", "唯一一家", "唯一一个",
			// 最后某学院院长, 近年特区政府: words that order what a page says, before a name
			"最后", "首先", "其次", "近年", "近年来", "今年", "去年", "当前", "如今",
			// 用好某实训室, 建好某学院: a verb and its complement
			"用好", "建好", "办好", "管好", "做好", "抓好", "建设好",
			// 院内已有的分析测试中心: what a place already has (有的 is one word to the
			// segmenter)
			"已有的", "现有的",
			// 该行某支行: the bank spoken of, before its branch
			"该行", "本行", "我行", "可说是", "这天", "当天", "今天", "昨天", "这次", "依据", "办理", "全国首家", "全国首个", "全省首家", "全省首个", "国内首家",
			"新成立的", "新组建的", "成立的", "组建的", "共建的", "牵头的", "筹建", "设立", "创建", "创办", "会同", "投入", "捐赠", "资助", "打造", "汇聚",
			"吸纳", "涵盖", "依托于", "兼", "相关", "期盼", "期待", "期许", "期望", "希望", "均由", "是由", "则由", "并由", "还由", "旗下", "隶属于", "隶属",
			"属于", "下属的", "所属的", "会上", "会后", "会前", "席间", "下一步", "随着", "首届", "混合所有制", "恰逢", "理事长单位", "理事单位", "会员单位",
			"成员单位",
			// 共同体视域下高职院校…, 新时代背景下: the frame a phrase is set in
			"视域下", "视角下", "背景下", "框架下", "引领下", "指导下", "推动下", "形势下", "情况下", "条件下",
			// 启动仪式上县职业中学, 在讲话中鼓励某校: where it was said, and a verb of urging
			"仪式上", "活动上", "大会上", "讲话中", "鼓励",
			// 某联盟交接仪式和某共同体授牌仪式: one ceremony, then another's name; 申报参评某基地: a
			// designation applied for
			"仪式和", "仪式及", "仪式暨", "参评",
			// 本报讯 某大学…: a paper's own dateline
			"本报讯", "本网讯",
			// 可实名向某厅反映: how one may write to a body
			"实名向",
			// 等一系列高端创新平台: a kind in the plural
			"一系列",
			// 省教育厅委托某联盟, 对标某集团, 汇总后报某委: a verb between two bodies
			"委托", "对标", "汇总后",
			// 热烈祝贺某集团成立: a greeting before what it greets
			"祝贺", "庆祝", "恭贺",
			// 发展离不开某职院的支持: what one depends on
			"离不开",
			// 某市各家银行机构, 各大高校: each of a kind, none named
			"各家", "各大",
			// 干部配备比照研究生院模式: what something is modelled on
			"比照", "参照");

	/**
	 * Words that stand before a name where the segmenter sees them as words of their own
	 * (建设 before 江川学院 ends a name; 建设 in 中国建设银行 does not).
	 */
	static final List<String> ALIGNED_BOUNDARIES = List.of(
			// 帮某企业解决: a verb; 、万帮某有限公司: a listed company's brand (isListedCompany)
			"帮", "暨", "组成", "进行", "展现", "展现出", "共同", "建设", "建成", "推进", "推动", "新增", "立项", "获得", "参与", "申报", "打造", "签约",
			"开展", "对接", "培养", "引入", "连接", "拓展", "搭建", "优化", "升级", "完善", "构建", "带动", "附属", "深化", "形成", "制定", "规范", "促进",
			"构筑", "探索", "提升", "实现", "助力", "基于", "增选", "推荐", "下属", "授予", "首批", "首个", "首家", "一批", "企业", "单位", "学校", "我校",
			"本校", "该校", "该院", "我院", "本院", "我们", "我国", "全省", "全市", "国内", "省内", "市内", "当地", "知名", "龙头", "头部", "合作伙伴",
			"伙伴", "三方", "多方", "各方", "这个", "如", "或", "这些", "这所", "这家", "那个", "上述", "该", "此", "其", "我", "它", "这", "同",
			"跟", "由", "获", "在", "对", "为", "是", "的", "了", "把", "被", "向", "从", "以", "于", "等", "给", "让", "使", "赴", "继",
			"并", "作", "将", "立足", "着", "负责", "承建", "总结", "理解", "说明", "促成", "筹划", "表彰", "建有", "铸牢", "修读", "重视", "凭借",
			"下设", "分设", "设有", "下辖", "就", "到", "放在", "放到",
			// 第一个入驻某集团某基地的单位: a verb before the name it moves into; 倡议联盟加大合作: a
			// verb before the body it calls on
			"入驻", "倡议",
			// 让科技成果走出实验室: a verb of moving before the place moved to or from
			"走出", "走向", "走入",
			// 与受某公司资助的学生: the passive before who acts
			"受",
			// 将简报报送某银行总行: a verb of sending before the body sent to
			"报送", "呈报", "上报", "报",
			// 某企业不断打破跨国公司的垄断, 既不像一般企业, 首次获准某中心: an adverb or a verb of a
			// clause, never a word inside a name
			"不断", "持续", "率先", "首次", "获准", "打破", "像", "主动", "努力",
			// 某联盟启动“某行动”某基地认定工作: what a body launches follows it
			"启动",
			// 该中心将联同某大学: a verb of joining before the body joined (not 运营, a word of
			// companies' names: 某建设运营有限公司)
			"联同",
			// 中国银行各分行: each of its branches, none named (lastWordEnd asks for a name or
			// a place before it)
			"各",
			// 牵头院校某学院院长: the lead's noun, not the start of its name (院校 alone goes on in
			// 全国某院校联盟)
			"牵头院校", "牵头高校", "牵头企业", "牵头园区", "合作院校", "成员院校");

	/**
	 * 附属 inside a name: right before its suffix, before a numbered or central hospital's
	 * words (附属第一医院, 附属中心医院), or right after a school's name (某大学附属中学).
	 */
	private static boolean joinsAffiliate(String s, int at, int after, int to) {
		return after == to || s.substring(after, to).matches("(?:的)?(?:第[一二三四五六七八九十]+|中心|人民)")
				|| s.startsWith("大学", at - 2) || s.startsWith("学院", at - 2);
	}

	/** Nouns that stand before names (签约企业某公司) but also end a name's head (企业联盟). */
	private static final Set<String> NOUNS = Set.of("企业", "单位", "学校", "合作伙伴", "伙伴", "政府", "双方", "三方", "培养", "实践", "创新");

	/** Words of a field that also stand before names (培养, 实践, 创新). */
	private static final Set<String> FIELD_WORDS = Set.of("培养", "实践", "创新");

	private static final Pattern PROMOTERS_SUFFIX = Pattern.compile("研究会|会|协会|中心");

	private static final Pattern SCHOOL_SUFFIX = Pattern
		.compile("职业技术学院|职业学院|职业技术大学|职业大学|技师学院|技工学校|职业技术学校|职业学校|中等职业学校|中等专业学校|学校|学院|大学|产业学院|现代产业学院");

	static final Pattern COMPANY_WORDS = Pattern.compile("工程|集团|投资|发展|开发|管理|有限|股份|银行|科技|机械|安装|实业|运营|咨询|经营");

	/**
	 * Where the last of the words between {@code from} and {@code to} ends (the left edge
	 * of the name after it), else {@code from}: with {@code aligned}, only where the
	 * segmenter sees the word as its own; a word that is part of the name there (某大学附属医院,
	 * 某建设工程有限公司, 湖北共同药业, 某联合会…分会, 北京毅为科技) cuts nothing.
	 */
	private static final Pattern COMMUNITY_AFTER_BUILDING = Pattern.compile("联盟|共同体|联合体|协作体|协作组|委员会");

	/** What a community's members are, named between the field and its suffix: 高校, 校企. */
	private static final Pattern MEMBERS_OF_A_KIND = Pattern.compile("高校|院校|校企|产教|产教融合|政校企|校地");

	// the segmenter's word before an offset is a noun (工坊/nz, 专业/n), not a verb or an
	// adverb
	private static boolean isNounBefore(int at, NameBoundary.Tokens tokens) {
		return isWordBefore(at, tokens, "n.*");
	}

	/** A field's word before: 数字, 创新 (a noun, or a verb used as one). */
	private static boolean isFieldBefore(int at, NameBoundary.Tokens tokens) {
		return isWordBefore(at, tokens, "n.*|v.*");
	}

	/**
	 * Whether the segmenter's word before an offset has two or more characters and a tag
	 * of those given.
	 */
	private static boolean isWordBefore(int at, NameBoundary.Tokens tokens, String natures) {
		Term before = (tokens != null) ? tokens.termEndingAt(at) : null;
		return before != null && before.length() >= 2 && String.valueOf(before.nature).matches(natures);
	}

	/** After 推进 where it names propulsion, a field inside a name: 装备, 技术, 系统. */
	private static final java.util.regex.Pattern PROPULSION = java.util.regex.Pattern
		.compile("(?:装备|技术|系统|剂|器|动力)[\\u4e00-\\u9fa5]{0,10}$");

	/**
	 * Before 推进 where it names propulsion: what is propelled, or another field joined.
	 */
	private static final java.util.regex.Pattern PROPELLED = java.util.regex.Pattern
		.compile("(?:动力|与|和|及|电|核|航空|航天|火箭|船舶|舰船|热)$");

	static int lastWordEnd(String s, int from, int to, List<String> words, NameBoundary.Tokens aligned,
			NameBoundary.Tokens tokens) {
		int cut = from;
		for (String word : words) {
			for (int at = s.indexOf(word, from); at >= 0 && at + word.length() <= to; at = s.indexOf(word, at + 1)) {
				int after = at + word.length();
				if (after <= cut) {
					continue;
				}
				if (aligned != null && !aligned.isWord(at, after)) {
					continue;
				}
				if (aligned != null && word.length() == 1 && companyFollows(s, at, to)
						&& (isBrokenBrand(at, tokens) || isListedCompany(s, at))
						|| word.equals("联合") && companyFollows(s, at, to) && isListedCompany(s, at)) {
					// 北京毅为科技有限公司: 毅/为 is a brand the segmenter broke up;
					// 、紫光同芯微电子有限公司: 同 follows no name of its own; 、中安联合煤化有限责任公司:
					// nor does 联合
					continue;
				}
				if (aligned != null && (word.equals("同") || word.equals("跟")) && to - after <= 6
						&& companyFollows(s, at, to) && isTradeAfterPlace(s, at, tokens)
						&& followsTwoPlaces(at, tokens)) {
					// 山西平遥同妙机车有限公司: right after a province's and a county's
					// names (no body of their own to be joined to another), 同 opens
					// the company's brand (湖北同某公司签约 is left to the preposition)
					continue;
				}
				if (word.equals("像") && at > 0 && "映影图肖录摄成画偶想".indexOf(s.charAt(at - 1)) >= 0) {
					continue; // 某映像文化创意有限公司: 像 of a word the segmenter cut in two (not
								// 像一般企业)
				}
				if (word.equals("的") && at > 0 && s.charAt(at - 1) == '美'
						&& (at < 2 || "最很更好真太优完精柔甜秀俊壮健华赞审唯之".indexOf(s.charAt(at - 2)) < 0)) {
					continue; // 湖北美的楼宇科技有限公司: the brand 美的 (not 最美的)
				}
				int wordAt = at;
				if (OrganizationLexicon.SUFFIXES_LONGEST_FIRST.stream()
					.anyMatch((suffix) -> suffix.length() > word.length() && suffix.startsWith(word)
							&& s.startsWith(suffix, wordAt) && wordAt + suffix.length() <= to)) {
					continue; // 某联合会职业教育分会: 联合 of a suffix inside the name
				}
				if (FIELD_WORDS.contains(word) && s.substring(after, to).matches("[与和及][\\u4e00-\\u9fa5]{2,6}")) {
					continue; // 某人才培养与评价联盟: the first of two fields joined in the name
				}
				if (after == to && (NOUNS.contains(word) || word.equals("指导"))
						|| word.equals("附属") && joinsAffiliate(s, at, after, to)) {
					// 合作企业联盟, 某技术指导中心 (a body that guides), 某大学附属(中心)医院: the word
					// is part of the name
					continue;
				}
				if (word.equals("建设") && (COMPANY_WORDS.matcher(s.substring(after, to)).lookingAt()
						|| after == to && s.startsWith("有限", to) || isTradeAfterPlace(s, at, tokens)
						|| isTradeOfASchool(s, at, after, to, tokens))) {
					continue; // 某建设工程有限公司, 某投资建设有限公司, 湖北建设职业教育集团: 建设 of a trade
				}
				if (word.equals("建设") && (after == to || MEMBERS_OF_A_KIND.matcher(s.substring(after, to)).matches())
						&& COMMUNITY_AFTER_BUILDING.matcher(s.substring(to)).lookingAt() && isNounBefore(at, tokens)) {
					continue; // 鲁班工坊建设联盟, 某专业建设共同体, 某标准建设委员会: those who build a
								// thing (乡村建设高校联盟: of a kind of members)
				}
				if (word.equals("暨") && OrganizationLexicon.suffixOf(s.substring(from, at)).isEmpty()
						&& !s.substring(from, at).matches(".*(?:会|议|式|坛|动|礼|赛|节|展|落成|成立|揭牌|签约|开业|开园|开幕|启动)")
						&& !Places.startsWithPlace(s.substring(after, to)) && s.substring(from, at).indexOf('·') < 0) {
					// 某区工具机暨零组件工业同业公会: 暨 joins two trades; 成立大会暨某联盟, 某口号暨中原某学院:
					// two things, the second a name of its own (a slogan's halves joined
					// by ·)
					continue;
				}
				if ((word.equals("龙头") || word.equals("头部")) && s.substring(after, to).equals("企业")) {
					continue; // 某市农业产业化龙头企业协会: an association of the leading firms
				}
				if (word.equals("各") && OrganizationLexicon.suffixOf(s.substring(from, at)).isEmpty()
						&& (at == 0 || "省市县区州国".indexOf(s.charAt(at - 1)) < 0)) {
					continue; // 圣方济各大学: 各 inside a name; 中国银行各分行, 全省各学校: each of them
				}
				if (word.equals("推进") && PROPULSION.matcher(s).region(after, to).lookingAt()
						&& PROPELLED.matcher(s.substring(from, at)).find()) {
					continue; // 船舶动力推进装备联合实验室, 某推进技术联合创新中心: propulsion, a field
				}
				if (word.equals("赋能") && s.substring(after, to).matches("(?:联合)?") && isFieldBefore(at, tokens)) {
					// 某科技AI创新赋能联合实验室, 数字赋能中心: what the platform empowers, in its name
					continue;
				}
				if (word.equals("促进") && isPromotersBody(s, at, after, to, tokens)) {
					continue; // 某省中非经贸合作促进研究会: the body promotes the cooperation
				}
				if (word.equals("共同") && isBrandBeforeTrade(s, wordAt, after, tokens)) {
					// 湖北共同药业股份有限公司: a brand after a place, before its trade (在共同药业某研究院:
					// after a preposition, before a trade in 业)
					continue;
				}
				if ((NOUNS.contains(word) && !schoolSpokenOf(word, at, tokens)
						|| word.equals("联合") && !opensClause(s, at) && !joinsTwoBodies(s, from, at, after, to))
						&& !startsAName(after, tokens)) {
					continue; // 某企业咨询管理有限公司, 华为(永川)联合技术创新中心: a common word goes on
				}
				if (word.equals("建成") && at > 0 && s.charAt(at - 1) == '共' && opensProperNoun(s, at + 1, to)) {
					cut = Math.max(cut, at + 1); // 共建成渝地区某联盟: 共建 is the verb, 成渝 the
													// name's place
					continue;
				}
				cut = after;
			}
		}
		return cut;
	}

	/**
	 * 湖北共同药业股份有限公司, 在共同药业某研究院: 共同 opens a brand where its trade follows, after a place's
	 * name, or after a preposition before a trade in 业.
	 */
	private static boolean isBrandBeforeTrade(String s, int at, int after, NameBoundary.Tokens tokens) {
		boolean afterPlace = isTradeAfterPlace(s, at, tokens);
		boolean afterPreposition = at == 0 || "在与和及、，".indexOf(s.charAt(at - 1)) >= 0;
		return OrganizationLexicon.TRADE_SUFFIXES.stream()
			.anyMatch((trade) -> s.startsWith(trade, after) && (afterPlace || afterPreposition && trade.endsWith("业")));
	}

	/**
	 * Whether the text from {@code at} opens with a proper noun of two characters or more
	 * as the segmenter reads it alone (成渝 of 成渝地区, which it joins to the verb before as
	 * 建成 when read in the sentence).
	 */
	static boolean opensProperNoun(String s, int at, int to) {
		List<Term> terms = MentionFinder.terms(s.substring(at, to));
		return !terms.isEmpty() && terms.get(0).length() >= 2 && terms.get(0).nature != null
				&& terms.get(0).nature.toString().matches("n[rsz].*");
	}

	/**
	 * 为学校生态环境产业学院, 以学校某学院为基础: 学校 after a word that is no name (a preposition, a verb) is
	 * the school spoken of, before its college's name.
	 */
	private static boolean schoolSpokenOf(String word, int at, NameBoundary.Tokens tokens) {
		Term before = tokens.termEndingAt(at);
		return word.equals("学校") && before != null && before.nature != null
				&& !before.nature.toString().startsWith("n");
	}

	/**
	 * 某发展中心联合某部宣传教育中心共同启动: 联合 after a whole name, before a long one, is the verb between
	 * two bodies (not 某大学联合实验室, 某大学联合创新中心: a joint platform).
	 */
	private static boolean joinsTwoBodies(String s, int from, int at, int after, int to) {
		return to - after >= 6
				&& OrganizationLexicon.suffixOf(s.substring(from, at)).filter((x) -> x.length() >= 2).isPresent();
	}

	/** 由A牵头，联合B…: 联合 that opens a clause is the verb, whatever follows it. */
	private static boolean opensClause(String s, int at) {
		return at > 0 && "，,；;：:".indexOf(s.charAt(at - 1)) >= 0;
	}

	/** A company's suffix: 集团, 有限公司, 公司 (NameBoundary asks for it too). */
	static final Pattern COMPANY_SUFFIX = Pattern.compile("集团|有限公司|有限责任公司|股份有限公司|公司");

	/**
	 * 建设 between a noun and a school's bare suffix (江苏城乡建设职业技术学院, 交通建设学校): cut there, the
	 * name would be the suffix alone, so 建设 is the trade the school teaches; the same
	 * before a company's (湖南某某建设集团). After a verb or an adverb (共同建设学院) it stays a verb.
	 */
	private static boolean isTradeOfASchool(String s, int at, int after, int to, NameBoundary.Tokens tokens) {
		if (after != to || !SCHOOL_SUFFIX.matcher(s.substring(to)).lookingAt()
				&& !COMPANY_SUFFIX.matcher(s.substring(to)).lookingAt()) {
			return false;
		}
		Term before = tokens.termEndingAt(at);
		if (before == null || before.nature == null) {
			return false;
		}
		String nature = before.nature.toString();
		// (学校在宜昌建设产业学院: after 在 and a place, 建设 builds there)
		return nature.startsWith("n") && !(nature.startsWith("ns") && isWhereItHappens(s, before))
				&& !STRONG_BOUNDARIES.contains(before.word) && !ALIGNED_BOUNDARIES.contains(before.word);
	}

	/**
	 * 促进 between what is promoted and an association's bare suffix (经贸合作促进研究会, 产学研合作促进会):
	 * the name of a body that promotes it, not a verb before one.
	 */
	private static boolean isPromotersBody(String s, int at, int after, int to, NameBoundary.Tokens tokens) {
		if (after != to || !PROMOTERS_SUFFIX.matcher(s.substring(to)).lookingAt()) {
			return false;
		}
		Term before = tokens.termEndingAt(at);
		String nature = (before == null || before.nature == null) ? "" : before.nature.toString();
		return (nature.startsWith("n") || nature.equals("vn")) && !STRONG_BOUNDARIES.contains(before.word)
				&& !ALIGNED_BOUNDARIES.contains(before.word);
	}

	/**
	 * A one-character word after a one-character proper word that follows a place, in a
	 * company's name (北京/毅/为/科技有限公司): the two characters are the company's brand.
	 */
	private static boolean isBrokenBrand(int at, NameBoundary.Tokens tokens) {
		Term brand = tokens.termEndingAt(at);
		// (温州市三将贸易有限公司: a numeral may open the brand too)
		if (brand == null || brand.length() != 1 || !String.valueOf(brand.nature).matches("nz|ng|nr")
				&& !(String.valueOf(brand.nature).equals("m") && "一二三四五六七八九十百千万".indexOf(brand.word.charAt(0)) >= 0)) {
			return false;
		}
		Term place = tokens.termEndingAt(brand.offset);
		return place != null && String.valueOf(place.nature).startsWith("ns");
	}

	/**
	 * 、紫光同芯微电子有限公司: one or two characters after a list's mark and before a one-character
	 * word (同, 跟, 为) are no name of their own that the word could follow as a preposition
	 * (A、B同C签约 names B in full), so they begin the company's name.
	 */
	private static boolean isListedCompany(String s, int at) {
		int start = at;
		while (start > 0 && at - start < 3
				&& Character.UnicodeScript.of(s.charAt(start - 1)) == Character.UnicodeScript.HAN) {
			start--;
		}
		return start > 0 && start < at && at - start <= 2 && s.charAt(start - 1) == '、';
	}

	/** Whether the segmenter's two words before an offset are both places' names. */
	private static boolean followsTwoPlaces(int at, NameBoundary.Tokens tokens) {
		Term place = tokens.termEndingAt(at);
		Term before = (place != null) ? tokens.termEndingAt(place.offset) : null;
		if (before != null && String.valueOf(before.nature).startsWith("ns")) {
			return true;
		}
		// (其中平遥同妙机车有限公司: a county's bare name after a word that opens a list, where no
		// province stands that could be a party of its own)
		return place != null && place.length() == 2 && !OrganizationLexicon.PROVINCES.contains(place.word)
				&& before != null && before.word.matches("其中|以及|包括|、");
	}

	/**
	 * Whether a company's legal form (有限公司, 集团, 公司) follows, up to six characters past
	 * the name.
	 */
	private static boolean companyFollows(String s, int at, int to) {
		return COMPANY_SUFFIX.matcher(s.substring(at, Math.min(s.length(), to + 6))).find();
	}

	/**
	 * Whether the word at an offset follows a place's name that no locative word stands
	 * before: 湖北建设职业教育集团 names a trade, 在湖北建设 builds somewhere.
	 */
	private static boolean isTradeAfterPlace(String s, int at, NameBoundary.Tokens tokens) {
		Term place = tokens.termEndingAt(at);
		if (place == null || place.nature == null || !place.nature.toString().startsWith("ns")) {
			return false;
		}
		return !isWhereItHappens(s, place);
	}

	/** A place after 在, 于, 到, 赴 or 往: where something happens, not part of a name. */
	private static boolean isWhereItHappens(String s, Term place) {
		return place.offset > 0 && "在于到赴往".indexOf(s.charAt(place.offset - 1)) >= 0;
	}

	// Whether the word at an offset can start a name: a place, a person's or a brand's
	// name
	private static boolean startsAName(int offset, NameBoundary.Tokens tokens) {
		Term term = tokens.termAt(offset);
		return term == null || NameBoundary.isProper(term) || term.length() == 1;
	}

}
