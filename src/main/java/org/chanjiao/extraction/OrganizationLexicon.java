package org.chanjiao.extraction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chanjiao.organization.OrgKind;

/**
 * What organisation names in Chinese look like: the suffixes that end them and the kind
 * each tells, the words that stand before a name (and so end it on the left), and the
 * words that alone do not make a name (产业学院, 行业龙头企业, 共同体 …). General rules of the
 * language of 产教融合 texts, not a list of names; the names come from the graph and the
 * institution gazetteer.
 */
final class OrganizationLexicon {

	/** Suffix → kind; the longest suffix that ends a name wins. */
	static final Map<String, OrgKind> SUFFIXES;

	static {
		Map<String, OrgKind> s = new LinkedHashMap<>();
		put(s, OrgKind.COMMUNITY, "职业教育集团", "职教集团", "职业教育联盟", "职教联盟", "产教联合体", "联合体", "共同体", "产教融合联盟", "联盟", "协作体",
				"协作组", "产教融合体", "技工教育集团");
		put(s, OrgKind.COLLEGE, "产业学院", "现代产业学院", "产教融合学院", "工匠学院", "企业学院");
		put(s, OrgKind.RESEARCH_INSTITUTE, "研究院", "研究所", "研究中心", "设计院", "设计研究院", "科学院", "工程院", "研究总院", "实验室", "技术中心",
				"创新中心", "研发中心", "工程中心", "中心", "产研院", "创新院", "农科院", "社科院", "林科院",
				// a centre that promotes a field (某省生产力促进中心, 某市海洋健康促进中心); a ministry's
				// is its institution (kindOf)
				"促进中心",
				// a centre that guides and serves (某省社区教育指导服务中心): 指导 before 服务 is no verb
				"指导服务中心",
				// a survey institute (某矿业地质勘查院), a planning one; a think tank: 某某产业智库
				// (国家级智库, 高端智库 are kinds, not names)
				"勘查院", "勘察院", "勘探院", "规划院", "智库",
				// a university's science park (某大学科技园): its institution for research
				// and firms, which founds platforms with others (other parks are bases)
				"大学科技园",
				// a centre of joint research (某产业共同研究中心: 共同 is its word, not an adverb)
				"共同研究中心",
				// a government's office of research (某省人民政府研究室), a city's of vocational
				// education (市职教研究室)
				"研究室");
		put(s, OrgKind.INDUSTRY_ASSOCIATION, "研究会", "协会", "学会", "商会", "联合会", "促进会", "职业教育社", "专业委员会", "专委会", "教学指导委员会",
				"行业指导委员会", "工商联", "总工会", "总会", "分会", "协进会", "协作会", "商会", "科协", "侨联", "妇联", "社科联", "校友会", "基金会",
				// 某省中华职教社, 省工经联 (工业经济联合会), 全国某行指委 (行业教学指导委员会), 中国农技协,
				// 某区某同业公会
				"职教社", "工经联", "行指委", "农技协", "同业公会",
				// 某市工商发展投资策进会: a council that promotes a trade, as a 促进会
				"策进会",
				// the associations of people from one place (柬埔寨某某同乡会) or who meet as
				// friends
				"同乡会", "联谊会",
				// a city's council for the promotion of trade (某市贸促会)
				"贸促会");
		put(s, OrgKind.GOVERNMENT, "教育厅", "教育局", "教育部", "教委", "人民政府", "政府", "工委", "工作委员会", "发展和改革委员会", "发展和改革委",
				"发展改革委", "发改委", "管委会", "教育委员会", "管理委员会", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障部", "人力资源社会保障厅",
				"人力资源社会保障局", "人力资源社会保障部", "人力资源保障厅", "人力资源保障局", "人社厅", "人社局", "科技厅", "科技局", "科学技术厅", "科学技术局", "科学技术部",
				"工业和信息化厅", "工业和信息化局", "工业和信息化部", "工信厅", "工信局", "经济和信息化厅", "经济和信息化局", "经信厅", "经信局", "财政厅", "财政局", "财政部",
				"商务厅", "商务局", "商务部", "国资委", "农业农村厅", "农业农村局", "农业农村部", "交通运输厅", "交通运输局", "交通运输部", "住房和城乡建设厅",
				"住房和城乡建设局", "住房和城乡建设部", "文化和旅游厅", "文化和旅游局", "文化和旅游部", "卫生健康委员会", "卫生健康委", "卫健委", "民政厅", "民政局", "民政部",
				"国务院", "办公厅", "省委", "市委", "区委", "县委", "人力社保局", "人力社保厅", "人社部", "工信部", "科技部", "农业部", "发展改革委", "政协",
				"街道办事处", "街道", "党工委", "教育体育局", "教体局", "人大常委会", "人大", "立法会", "立法院", "厅", "办公室", "发展中心", "事务中心", "司", "局",
				"委员会", "党委", "经信委", "指挥部", "国资委", "管理办", "交通委", "科委", "农委", "建委",
				// the offices of a party committee and of a government: 区委办, 市府办
				"委办", "府办",
				// a zone's executive committee (某示范区执委会), a city's commission (某市科技创新委)
				"执委会", "科技创新委", "科创委",
				// a government's office of foreign affairs (某自治区外事办), of cooperation and
				// pairing (上海市合作交流办, 某市东西部协作办, 某县扶贫办)
				"外事办", "合作交流办", "协作办", "扶贫办", "乡村振兴办",
				// a party committee's departments: 市委宣传部, 某区委统战部 (NameShapes asks for the
				// committee)
				"宣传部", "统战部", "组织部", "网信办", "政法委");
		put(s, OrgKind.SCHOOL, "职业技术大学", "职业大学", "职业技术学院", "职业学院", "技师学院", "高等专科学校", "专科学校", "大学", "学院", "职业学校", "职业中学",
				"职业高级中学", "中等专业学校", "中等职业学校", "技工学校", "技术学校", "中学", "小学", "幼儿园", "师范学校", "党校", "培训学校", "高中", "高工", "中专",
				"职业高中", "中专学校",
				// a county's or a city's 职教中心 is its secondary vocational school
				"职教中心", "职业教育中心", "职教中心学校", "职业教育中心学校",
				// the secondary schools named for their trade (某市卫生学校, 某农业学校)
				"农业学校", "卫生学校", "商业学校", "工业学校", "艺术学校", "体育学校", "财经学校", "旅游学校", "交通学校", "机电学校", "工程学校", "经济学校", "林业学校",
				"水利学校", "电力学校", "护士学校", "外国语学校", "工贸学校", "信息工程学校", "贸易学校", "经贸学校", "商贸学校", "建筑学校", "烹饪学校", "实验学校",
				// any other 学校 only with a place at its head (NameShapes): 某市聋哑学校
				"学校");
		// (a university's residential college, 某书院, and one a school and a firm build:
		// 共建“序伦书院”)
		put(s, OrgKind.COLLEGE, "分院", "学部", "书院");
		// a school's campus named for its place (某大学苏州校区): NameShapes asks for the school
		put(s, OrgKind.SCHOOL, "分校", "校区");
		put(s, OrgKind.ENTERPRISE, "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "酒店", "银行", "医院", "事务所", "合作社", "养老院", "敬老院",
				"福利院", "保健院", "国际站", "分公司", "事业部", "分行", "支行", "分社", "大区", "农场", "林场", "牧场", "博物馆", "体验馆", "文献馆", "纪念馆",
				"厂",
				// a station (某市教育电视台, 某市广电总台), a hall named for what it keeps or shows
				"电视台", "广播电视台", "广电总台", "广播电视总台", "文化馆", "资料馆", "美术馆", "科技馆",
				// a bank's head office (某银行总行), a winery (某某酒庄), a hydropower station
				"总行", "酒庄", "水电站",
				// a coal mine that a company runs (某某塔拉壕煤矿), a ski resort (某某国际滑雪场)
				"煤矿", "滑雪场");
		// a palace museum (某某博物院), an institute of advanced training (某国际金融研修院), a
		// field station (某盐碱地防治研究站), a germplasm bank (某药用资源种质库)
		put(s, OrgKind.RESEARCH_INSTITUTE, "博物院", "研修院", "研究站", "种质库",
				// a school's park of science and teaching in another city (某大学某地科教园), a
				// branch of a science park (某大学科技园某分园)
				"科教园", "科教创新园", "分园",
				// a platform of joint innovation (某陶瓷协同创新平台); 科技创新平台 alone is a kind
				"创新平台", "协同创新平台",
				// a platform of research and pilot production (某产业中试研发平台)
				"研发平台", "中试平台");
		// a park for students' start-ups (某数字传媒创业园)
		put(s, OrgKind.PRACTICE_BASE, "创业园", "科创园",
				// a school's teaching site at a partner's premises (某老年大学-某银行教学点)
				"教学点");
		// a bank's sub-branch (某支行某分理处)
		put(s, OrgKind.ENTERPRISE, "分理处");
		// an embassy, a consulate (中国驻某国大使馆, 某国驻华大使馆, 中国驻某地总领馆); a government's office of
		// inspection (某省政府教育督导室)
		put(s, OrgKind.GOVERNMENT, "大使馆", "领事馆", "总领事馆", "总领馆", "督导室");
		// a national administration (海关总署), an agency of development (某劳动力发展署); not 署
		// alone, which ends 签署 and 部署
		put(s, OrgKind.GOVERNMENT, "总署", "发展署", "总局");
		// a corps of a national force (某局常备力量第二总队, 某省消防救援总队)
		put(s, OrgKind.GOVERNMENT, "总队");
		// a province's or a ministry's station of a trade's service (某省畜牧总站, 某部农业机械化总站),
		// a group's institute of research (某集团研发总院, 某医工总院)
		put(s, OrgKind.GOVERNMENT, "总站");
		// a prefecture's administrative office (某地区行署, 某地区行政公署)
		put(s, OrgKind.GOVERNMENT, "行署", "行政公署");
		put(s, OrgKind.RESEARCH_INSTITUTE, "总院");
		// a zone's departments (某高新区教育文体部, 某开发区社会事业部)
		put(s, OrgKind.GOVERNMENT, "文体部", "社会事业部", "社会事务部");
		// a newspaper's office or a news service, cited or reporting (某某日报社, 澎湃新闻); a
		// paper
		// itself (科技日报) is read where it acts, as a brand is
		put(s, OrgKind.ENTERPRISE, "日报社", "晚报社", "报社", "新闻");
		// a province's union of supply and marketing cooperatives (某省供销合作联社), a health
		// and family planning commission (省卫生计生委), a committee's office of staffing
		// (区委编办)
		put(s, OrgKind.GOVERNMENT, "供销合作联社", "供销联社", "计生委", "编办");
		// a county's supply and marketing cooperative (某区供销社, 某县供销合作社); a city's or a
		// county's fire and rescue brigade (某市消防救援支队, 某区消防救援大队)
		put(s, OrgKind.GOVERNMENT, "供销社", "供销合作社", "消防救援支队", "消防救援大队", "消防救援总队", "消防支队", "消防大队");
		// a party's committee of a place (民进某市委会, 某党派省委会), an organising committee (某大赛
		// 组委会), a zone's committee written short (某新区管委)
		put(s, OrgKind.GOVERNMENT, "市委会", "省委会", "区委会", "县委会", "组委会", "管委");
		// a university's graduate school (某大学深圳国际研究生院)
		put(s, OrgKind.SCHOOL, "研究生院");
		// a school of agricultural broadcasting written short (某部中央农广校, 某省农广校)
		put(s, OrgKind.SCHOOL, "农广校");
		// a guild hall of fellow provincials abroad (某国福建会馆)
		put(s, OrgKind.INDUSTRY_ASSOCIATION, "会馆");
		put(s, OrgKind.PRACTICE_BASE, "实训基地", "实践教学基地", "实习基地", "实践基地", "基地", "实践中心", "实训中心", "实验站", "试验站", "工作站",
				"工作室", "众创空间", "双创空间", "流动站", "工坊", "科技园", "科技创新园", "产业创新园", "科技小院", "实训室",
				// a zone named for 产教融合 is a platform, not a place: 某产教融合示范区
				"产教融合示范区", "产教融合园区", "产教融合实验区", "产教融合试验区", "产教融合先导区", "产教融合产业园",
				// and a platform named for it (国家某产教融合创新平台); a bare 平台 names too much
				"产教融合创新平台", "产教融合集成平台", "产教融合平台", "产教融合示范园");
		SUFFIXES = s;
	}

	// A set of words, where a word listed twice is no mistake worth failing over
	private static Set<String> words(String... words) {
		return Set.copyOf(java.util.Arrays.asList(words));
	}

	private static void put(Map<String, OrgKind> map, OrgKind kind, String... suffixes) {
		for (String suffix : suffixes) {
			map.put(suffix, kind);
		}
	}

	/** A branch named after what it is a branch of (某研究院分院). */
	static final Set<String> SUB_UNITS = Set.of("分院", "分校");

	/** The suffixes, longest first. */
	static final List<String> SUFFIXES_LONGEST_FIRST = SUFFIXES.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/**
	 * Short forms of school names (江川交通职院, 某某师大): linked to a full name of the same
	 * document when they abbreviate it, else proposed as written.
	 */
	static final List<String> SHORT_SCHOOL_SUFFIXES = List.of("职院", "职大", "职校", "师大", "工大", "农大", "医大", "科大", "交大",
			"财大", "理工", "民大", "职技院", "农校", "卫校", "高专", "工程大", "技校", "职专", "美院", "职高", "职中",
			// 某师专, 某幼专, 某医专: a college of teachers, of nursery teachers, of medicine
			"师专", "幼专", "医专");

	/**
	 * Suffixes that are whole names by themselves: 教育部 needs no head, 省教育厅 and 市政府 name
	 * the province's or city's body.
	 */
	static final Set<String> STANDALONE = Set.of("教育部", "财政部", "商务部", "科学技术部", "工业和信息化部", "人力资源和社会保障部", "人力资源社会保障部",
			"农业农村部", "交通运输部", "住房和城乡建设部", "文化和旅游部", "民政部", "国务院", "国资委", "发改委", "工信部", "人社部", "科技部", "农业部", "国家发展改革委",
			"国家发改委", "教育局", "科技局", "财政局", "财政厅", "交通厅", "人社局", "人社厅", "人力社保局", "总工会", "教育厅", "工信局", "工信厅", "农业局",
			"农业农村局", "农业农村厅", "住建局", "住建厅", "商务局", "商务厅", "民政局", "文旅局", "卫健局", "卫健委", "发改局", "科技厅", "市场监管局", "自然资源局",
			"生态环境局", "交通运输局", "交通局", "水利局", "水务局", "统计局", "税务局", "审计局", "应急管理局", "国资局", "企投局", "经信局", "经信委", "科工局",
			"林业局", "体育局", "文广旅局", "文旅厅", "工信委",
			// the provinces' departments beside the cities' bureaus (交通运输厅 as 交通运输局)
			"交通运输厅", "自然资源厅", "生态环境厅", "水利厅", "民政厅", "卫健厅", "市场监管厅", "教体局", "交通委",
			// the State Council's other ministries, whose units (水利部某某委员会) need no place
			"外交部", "国防部", "公安部", "司法部", "自然资源部", "生态环境部", "水利部", "应急管理部", "退役军人事务部", "国家卫生健康委员会", "国家民族事务委员会");

	/**
	 * The bodies of that list every city or county has (教育局, 工信局, 住建厅): written bare,
	 * each names the body of the place the document is about, so each document's is its
	 * own.
	 */
	static boolean isLocalBody(String name) {
		return STANDALONE.contains(name) && name.matches(".*(?:局|厅|委)") && !NATIONAL.contains(name);
	}

	/**
	 * 学校国际教育部, 某大学继续教育部, 学校职业与继续教育部: a field of education before 教育部 makes a school's
	 * department of that name, not the ministry.
	 */
	static final Pattern FIELD_BEFORE_EDUCATION = Pattern
		.compile("(?:继续|国际|成人|职业|通识|基础|留学生|创新创业|体育|美育|劳动|社区|远程|开放|终身|宣传)$");

	private static final Set<String> NATIONAL = Set.of("国资委", "发改委", "国家发展改革委", "国家发改委");

	/**
	 * 市中心医院, 县人民医院, 市第三人民医院: a hospital named by the place's level only; 县职业中学, 市职教中心:
	 * its vocational school; 创新创业学院: the school's college for starting businesses, named
	 * in common words. Each is a name, and each document's own
	 * (Extraction.withOwnGenericNames).
	 */
	static boolean isDocumentsOwn(String name) {
		return DOCUMENTS_OWN.matcher(name).matches();
	}

	private static final Pattern DOCUMENTS_OWN = Pattern.compile("[市县区](?:中心|人民|第[一二三四五六七八九十]+人民|中医)医院|创新创业(?:教育)?学院"
			// 县职业中学, 市职教中心: the place's own vocational school
			+ "|[市县区](?:职业中学|职业高级中学|职业中专|职教中心|职业教育中心|中等职业学校|技工学校)");

	/** 生产型公司, 技术先导型公司: a kind of company. */
	private static final Pattern KIND_OF_COMPANY = Pattern.compile("[\\u4e00-\\u9fa5]{1,6}型(?:公司|企业)");

	/** 行动联合体, 情感联合体: what the members of a community are to be to each other. */
	private static final Pattern WHAT_MEMBERS_ARE = Pattern
		// (铸牢中华民族共同体意识, 人类命运共同体, 校企命运共同体: what people are to one another)
		.compile("(?:行动|情感|利益|责任|价值|事业|生命|心灵|中华民族|[\\u4e00-\\u9fa5]{0,4}命运)(?:联合体|共同体)");

	/**
	 * Government suffixes that need a place before them (某市人民政府, 某省委): 建立政府 and 贯彻落实市委
	 * are no names.
	 */
	static final Set<String> PLACE_BEFORE = Set.of("人民政府", "政府", "省委", "市委", "区委", "县委", "政协", "街道", "街道办事处", "党工委",
			"工委", "党委", "人大常委会", "人大");

	/** Government suffixes whose name starts with a place (香港职业训练局, 某省某委员会). */
	static final Set<String> PLACE_FIRST = Set.of("局", "委员会", "厅");

	/** The characters that end a place's name. */
	static final String PLACE_ENDS = "省市区县州镇乡旗盟村";

	/** Heads that make a government suffix a name (省教育厅, 市政府, 区教育局). */
	static final Set<String> GOVERNMENT_HEADS = Set.of("省", "市", "区", "县", "州", "镇", "乡", "自治区", "省委", "市委", "区委", "县委",
			"州委");

	/**
	 * The trade words that end a company's short name (云蝶科技, 京东物流, 长城汽车): a name when
	 * what stands before is a brand of two to four characters, not a word of the language
	 * (信息技术, 智能制造, 新能源汽车 are none).
	 */
	static final List<String> TRADE_SUFFIXES = List.of("科技", "网络", "物流", "汽车", "电子", "机电", "电机", "电气", "控股", "医药", "药业",
			"化工", "能源", "电力", "钢铁", "传媒", "软件", "通信", "通讯", "电器", "食品", "物业", "地产", "置业", "重工", "光电", "生物", "制药", "航空",
			"动力", "新材", "智造", "数科", "云计算", "信息", "股份", "机械", "精密", "机器人", "机器", "实业", "企业", "锂业", "表业", "管业", "窗业",
			"乳业", "矿业", "纸业", "水务", "新材料", "电工", "新能源", "装备", "医疗", "轮胎", "数控", "检测", "技术", "影视", "影业", "高科", "环保",
			"酒业", "茶业", "米业", "娱乐", "电影", "核电", "教育", "家居", "轴承", "农业");

	/** Zones and parks: organisations only where a platform is built upon them (依托). */
	static final List<String> ZONE_SUFFIXES = List.of("自由贸易试验区", "综合保税区", "保税区", "高新技术产业开发区", "经济技术开发区", "开发区", "高新区",
			"经开区", "新区", "产业园区", "产业园", "工业园区", "工业园", "园区", "科技城", "示范区", "农高区", "综合实验区", "实验区", "产业集聚区",
			// a county's cluster zone (某县产业聚集区), a new town's starting zone (某新旧动能转换起步区),
			// a free trade zone's area (某自由贸易试验区某片区), a high-tech park (某某高科园)
			"产业聚集区", "起步区", "片区", "高科园");

	/** Quantities and years before a name: 15 家, 第二批, 2023 年, 首批. */
	static final Pattern QUANTITY = Pattern.compile(
			"(\\d+\\s*年度|\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元|\\d+\\s*余?\\s*[家个所项名批年届月日号位亩畝]|第[一二三四五六七八九十\\d]+[批届期个家所]|共\\s*\\d+"
					// 近百家, 上百个, 逾八十位, 三百余家: a round number (not 百家 alone, a word of
					// names)
					+ "|(?:近|上|数|逾|超|约)[一二两三四五六七八九十百千]+余?[家个所批位]|[一二两三四五六七八九十]+[百千]?余?[家个所批位]|[两三四五六七八九十]大"
					// 省内多家企业, 几所高校: an unnumbered count
					+ "|(?<![一二两三四五六七八九十百千])[多几数]+[家所]"
					// 政校企三方在某管委会召开: the parties counted, then where they met (not 第三方)
					+ "|(?<!第)[双两三四五六七八九十多各]方[在于])");

	/** Words that describe rather than name; a name made only of them is no name. */
	static final Set<String> GENERIC = words("全国", "省内外", "国内外", "海内外", "境内外", "省内", "国内", "国家", "国家级", "省级", "市级",
			"区级", "县级", "省", "市", "区", "县", "街道", "社区", "首个", "首批", "第一批", "第二批", "一批", "特色", "示范", "示范性", "高水平", "现代",
			"行业", "产业", "产教融合", "产教", "融合", "就业", "实习", "实践", "教学", "校外", "校内", "实训", "教育", "职业教育", "职教", "高职", "高职教育",
			"高等", "高等学校", "区域", "开放型", "开放", "型", "该", "本", "其", "各", "我", "相关", "重点", "龙头", "领军", "企业", "500强",
			"世界500强", "世界", "市域", "城域", "新型", "共享", "公共", "综合", "培育", "合作", "校企", "校企合作", "一流", "优质", "骨干", "管理", "运营",
			"服务", "行企", "政校行企", "政校企", "校行企", "多元", "协同", "协同创新", "创新", "技术", "技能", "专业", "专业群", "学院", "学校", "高校", "院校",
			"职业", "人才", "培养", "育人", "共建", "联合", "科研", "研究", "生产性", "示范性职业教育", "示范性职教", "中心", "平台", "一体化", "数字化", "智能化",
			"国际", "地方", "本地", "头部", "上下游", "大型", "中小", "知名", "优秀", "先进", "标杆", "首家", "全新", "命运", "制造业", "先进制造业", "培训",
			"教师", "双师型", "试点", "示范基地", "省内", "省外", "国内", "境外", "海外", "各类", "各级", "多家", "多所", "若干", "部分", "全部", "所有",
			"其他", "有关", "上级", "下属", "附属", "成员", "理事", "理事长", "副理事长", "常务理事", "会员", "实体化", "实体", "紧密型", "两岸", "海峡两岸",
			"工作", "科技", "指导", "本地", "机构", "组织", "院所", "团体", "部门", "创业", "科研机构", "上下游企业", "工程", "多家", "全资", "新一代", "未来",
			"高质量", "标准化", "规范化", "高端", "前沿", "上市", "A股", "港股", "主板", "省管", "市管", "两大", "三大", "四大", "五大", "六大", "几大",
			"共同", "命运共同体", "利益共同体", "发展共同体", "学习共同体", "这个", "这些", "此", "上述", "中国特色", "民营", "国有", "外资", "合资", "高新技术",
			"科技型", "应用型", "研究型", "本科", "专科", "中职", "高职院校", "职业院校", "职业学校", "普通", "普通高等学校", "师范", "开放大学", "产学研", "产学研用",
			"政产学研", "校地", "校政", "政校", "国家示范", "省示范", "市属", "省属", "部属", "中央", "地方政府", "当地政府", "各级政府", "人民", "市人民", "省人民",
			"区人民", "县人民", "集团", "多科性", "综合性", "教学型", "研究性", "学历型", "非学历型", "大中小", "中小学", "发展", "级", "家", "所", "个", "类",
			"级示范", "双高", "双高计划", "一带一路", "鲁班", "工坊", "战略", "策略", "链主",
			// 为研学基地揭牌: a base for study tours, of no one named
			"研学",
			// 全国劳模工匠创新工作室, 技能大师工作室: a kind of studio, none of them named
			"劳模", "劳模工匠", "技能大师",
			// (含中职学校、高职专科学校和本科层次职业学校): a level of school, none named
			"本科层次", "专科层次", "高职专科",
			// 室内外滑雪场近30处: where a kind of place is, none named
			"室内外", "室内", "室外",
			// 全日制高等职业学院: how a kind of school teaches, none named
			"全日制", "非全日制",
			// 打破跨国公司的垄断, 一般企业, 传统企业: what kind of firm, not which
			"跨国", "一般", "传统",
			// 共建的重大科技创新平台, 重要科研平台: how much it matters (重大 alone is also a
			// university's short form, so only with 科技)
			"重要", "重大科技",
			// 共建技能大师工作室, 劳模创新工作室, 院士工作站: whose studio, by the kind of person,
			// none named
			"技能大师", "大师", "名师", "劳模", "院士", "专家");

	// Longest first, so that stripping does not depend on the set's iteration order.
	private static final List<String> GENERIC_LONGEST_FIRST = GENERIC.stream()
		.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
		.toList();

	/** The state's ministry named with 国家 (国家科学技术部), the party centre's own offices. */
	private static final Pattern NATIONAL_BODY = Pattern
		.compile("(?:国家|中华人民共和国)(.{2,12}部)|(?:中共)?中央(?:办公厅|宣传部|组织部|统战部|政法委|网信办|财经委员会)");

	/**
	 * Whether a name is a ministry with 国家 before it or an office of the party centre.
	 */
	static boolean isNationalBody(String name) {
		Matcher m = NATIONAL_BODY.matcher(name);
		return m.matches() && (m.group(1) == null || STANDALONE.contains(m.group(1)));
	}

	/** Province-level regions: a base named only by one is a designation. */
	static final Set<String> PROVINCES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
			"福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
			"宁夏", "新疆", "香港", "澳门");

	/**
	 * Characters after a suffix that show it is not the end of a name: 集团化办学, 大学生, 学院路,
	 * 公司制.
	 */
	static final String NOT_AN_END = "化生城路街式型制级派风籍长界";

	/** Words of a suffix that begin a longer word and so are no suffix there. */
	static final Set<String> NOT_AN_END_WORDS = Set.of("基地建设", "大学生", "集团化", "联盟链", "公司化", "布局", "格局", "大局", "结局", "开局",
			"全局", "时局", "当局", "骗局", "饭局", "中心化", "中心组", "学术", "学科", "董事局", "董事会", "酒店管理",
			// 县农业农村部门: a department of government, no ministry
			"部门",
			// 实施联席理事管理办法, 某局办理: 办 of an office (管理办) opening a word of its own
			"办法", "办理",
			// 在某大学会议室举行: 学会 of a university's 会议室 (会议 opens a word of its own)
			"会议");

	private OrganizationLexicon() {
	}

	/** The longest suffix that ends {@code name}, if any. */
	static Optional<String> suffixOf(String name) {
		for (String suffix : SUFFIXES_LONGEST_FIRST) {
			if (name.endsWith(suffix)) {
				return Optional.of(suffix);
			}
		}
		return Optional.empty();
	}

	/** A committee of an alliance, a 共同体 or a 联合体: 某联盟某专业委员会. */
	private static final Pattern COMMUNITY_COMMITTEE = Pattern.compile(".*(?:联盟|共同体|联合体).*(?:专业委员会|工作委员会|专委会)");

	/** 某学会某工作委员会, 某行业协会某委员会: an association's committee is the association's kind. */
	private static final Pattern ASSOCIATION_COMMITTEE = Pattern
		.compile("(?!中共).*(?:学会|协会|研究会|商会|促进会)[\\u4e00-\\u9fa5]*委员会");

	/** The kind a name's suffix tells, if it has one. */
	static Optional<OrgKind> kindOf(String name) {
		return suffixOf(name).map((suffix) -> {
			OrgKind kind = SUFFIXES.get(suffix);
			String unit = name.substring(0, name.length() - suffix.length());
			if (SUB_UNITS.contains(suffix) && suffixOf(unit).isPresent()) {
				// 某研究院分院, 某产业学院分院: a branch of its kind; 某大学分院 is one of the
				// university's colleges (a 分校 stays a school)
				OrgKind branch = kindOf(unit).orElse(kind);
				return (branch == OrgKind.SCHOOL && suffix.equals("分院")) ? OrgKind.COLLEGE : branch;
			}
			if (kind == OrgKind.RESEARCH_INSTITUTE && (suffix.equals("中心") || suffix.equals("促进中心"))
					&& opensWithGovernmentBody(unit)) {
				return OrgKind.GOVERNMENT; // 教育部某中心, 某市教委某中心: the body's institution
			}
			if (kind == OrgKind.INDUSTRY_ASSOCIATION && name.startsWith("中共")) {
				return OrgKind.GOVERNMENT;
			}
			if (COMMUNITY_COMMITTEE.matcher(name).matches()) {
				return OrgKind.COMMUNITY; // 某联盟某专业委员会: a committee of a community is one
			}
			if (kind == OrgKind.GOVERNMENT && ASSOCIATION_COMMITTEE.matcher(name).matches()) {
				return OrgKind.INDUSTRY_ASSOCIATION;
			}
			if (kind == OrgKind.SCHOOL && name.endsWith("学院") && !name.endsWith("职业技术学院")
					&& Stream.of("产业", "工匠").anyMatch(name::contains)) {
				return OrgKind.COLLEGE;
			}
			return kind;
		});
	}

	/**
	 * Whether a name's head opens with a ministry's, a commission's, a department's or a
	 * bureau's name (教育部, 工业和信息化部, 上海市教委, 湖南省卫健委): what follows is a unit of that body.
	 */
	private static boolean opensWithGovernmentBody(String head) {
		for (int length = 3; length <= head.length() - 2; length++) {
			String body = head.substring(0, length);
			Optional<String> suffix = suffixOf(body);
			if (suffix.isPresent() && SUFFIXES.get(suffix.get()) == OrgKind.GOVERNMENT
					&& body.matches(".*(?:部|委|厅|局|委员会)")) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern DESIGNATION = Pattern.compile("^(?:国家级|省级|市级|区级|县级|首批|第[一二三四五六七八九十]+批)");

	/** A level and the bare kind of a centre: 教育部工程研究中心, 山东省重点实验室. */
	private static final Pattern LEVELLED_KIND = Pattern
		.compile("(.{1,6}?)(?:工程研究中心|工程技术研究中心|重点实验室|协同创新中心|工程实验室|技术创新中心|企业技术中心|国际联合研究中心|工程中心)");

	private static final Pattern RATING = Pattern.compile("(?:\\d|[一二三四五])A{0,5}级行业|\\dA级");

	private static final Pattern NATIONAL_TITLE = Pattern
		.compile("^(?:国家|中华|全国)[\\u4e00-\\u9fa5]{0,6}?(?:示范|重要|优秀|新型工业化|骨干|标杆|特色)");

	private static final Pattern DESIGNATION_WORD = Pattern.compile("骨干|示范|重点|优质|特色|标杆|高水平|品牌|一流|专精特新");

	/**
	 * Whether a name is a title a body confers rather than a name (国家级畜牧兽医职教集团,
	 * 河南省骨干职教集团): it starts with a level, or is a place and designating words only.
	 */
	static boolean isDesignation(String name) {
		if (DESIGNATION.matcher(name).find()) {
			return true;
		}
		// 中国4A级行业协会, 一级行业协会: a rating, not a name
		if (RATING.matcher(name).find()) {
			return true;
		}
		// 教育部工程研究中心, 山东省工程研究中心, 国家重点实验室: the kind of centre a ministry, the
		// state or a province designates, no one centre's name
		Matcher levelled = LEVELLED_KIND.matcher(name);
		// (新序列国家工程研究中心: the state's kind, in its new series)
		if (levelled.matches() && (levelled.group(1).matches("教育部|科技部|工信部|国家|省|市|省部共建|新序列国家|新一批国家")
				|| PROVINCES.contains(levelled.group(1).replaceFirst("(?:省|市|自治区)$", "")))) {
			return true;
		}
		// 某省市域产教联合体, 某省现代产业学院: a province's programme (a city's 市域产教联合体 is one)
		// (某省研究生工作站: the province's programme of stations firms set up)
		String programme = name.replaceFirst("(?:省|自治区)?(?:市域产教联合体|现代产业学院|行业产教融合共同体|研究生工作站)$", "");
		if (programme.length() < name.length() && PROVINCES.contains(programme)) {
			return true;
		}
		if (!DESIGNATION_WORD.matcher(name).find() && !NATIONAL_TITLE.matcher(name).find()) {
			return false;
		}
		if (NATIONAL_TITLE.matcher(name).find()) {
			return true; // 国家新型工业化产业示范基地, 国家重要先进制造业中心: a title a city holds
		}
		String rest = distinctive(name).replaceAll("^[\\u4e00-\\u9fa5]{2,3}?(省|市|自治区)", "");
		return rest.isEmpty() || PROVINCES.contains(distinctive(name).replaceAll("(省|市|自治区)$", ""));
	}

	/**
	 * What remains of a name once its suffix and the generic words around it are set
	 * aside.
	 */
	static String distinctive(String name) {
		String suffix = suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length());
		head = head.replaceAll("[\\d\\s“”\"'（）()+·-]", "");
		boolean changed = true;
		while (changed && !head.isEmpty()) {
			changed = false;
			for (String word : GENERIC_LONGEST_FIRST) {
				if (head.startsWith(word)) {
					head = head.substring(word.length());
					changed = true;
				}
				if (head.endsWith(word) && head.length() >= word.length()) {
					head = head.substring(0, head.length() - word.length());
					changed = true;
				}
			}
		}
		return head;
	}

	/**
	 * 省/市 and a trade or a cause before an association's suffix: the association of the
	 * province or the city the document is about (省产教融合促进会), named as 省教育厅 is; and so the
	 * world's or the country's association of a trade (世界茶联合会, 中国茶叶学会), and its alliance
	 * of one (世界职业技术教育发展联盟, 省职业教育集团联盟).
	 */
	private static final Pattern OWN_ASSOCIATION = Pattern
		.compile("(?:[省市](?![级内外属直])(?=[\\u4e00-\\u9fa5]{2})|(?:世界|全球|国际|全国|中国)(?![性级]))"
				+ "(?!(?:行业|企业|相关|有关|各类|部分|重点|社会|民间|各)+(?:促进会|联合会|协会|学会|研究会|联盟)$)"
				+ "[\\u4e00-\\u9fa5]{1,10}(?:促进会|联合会|协会|学会|研究会|联盟)");

	/**
	 * Whether a name is only generic words and its suffix (产业学院, 省级示范产业学院, 行业产教融合共同体,
	 * “政-校-企”型产业学院 …).
	 */
	static boolean isGeneric(String name) {
		String suffix = suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length());
		String whole = head;
		if (STANDALONE.stream().anyMatch((body) -> body.length() >= 3 && whole.startsWith(body))) {
			return false; // 教育部办公厅, 教育部职业教育发展中心: a body's own unit
		}
		if (isNationalBody(name)) {
			return false; // 国家科学技术部, 中央办公厅: the state's or the party centre's own body
		}
		if (whole.matches("[\\u4e00-\\u9fa5][县区旗]") && Places.isListed(whole)) {
			return false; // 眉县职业教育中心: a county of one character and its 县 is a place
		}
		if (isDocumentsOwn(name)) {
			return false; // 市中心医院, 创新创业学院: the page's city's own hospital, its school's
							// college
		}
		if (name.matches("^[“‘\"']一带一路[”’\"'].{2,}")) {
			return false; // “一带一路”职业教育产教联合体: the initiative quoted opens a name of its
							// own
		}
		if (OWN_ASSOCIATION.matcher(name).matches()) {
			return false; // 省产教融合促进会, 市现代服务业联合会: the place's own association of a trade
		}
		if (whole.startsWith("家") && whole.length() >= 2 && MentionFinder.terms(whole).get(0).length() >= 2) {
			return false; // 家政学院, 家居学院: 家 opens a word of a trade, counting nothing
		}
		head = head.replaceAll("“[政校行企研中厂\\-－—·]+”", "")
			.replaceAll("^[政校行企研中厂\\-－—·]+”", "")
			.replaceAll("\\d*[A-Z]+级", "") // 5A级: a rating
			// 5S, 5G: letters and digits of a name, not a number
			.replaceAll("\\d+(?=[A-Za-z])|(?<=[A-Za-z])\\d+", "#")
			.replaceAll("[\\d\\s“”\"'（）()+·-]", "")
			.replaceAll("^(第[一二三四五六七八九十]+批)", "");
		boolean changed = true;
		while (changed && !head.isEmpty()) {
			changed = false;
			for (String word : GENERIC_LONGEST_FIRST) {
				if (head.startsWith(word)) {
					head = head.substring(word.length());
					changed = true;
				}
				if (head.endsWith(word) && head.length() >= word.length()) {
					head = head.substring(0, head.length() - word.length());
					changed = true;
				}
			}
		}
		if (whole.matches("(?:世界|国际|国内|全球|行业)?一流.*")) {
			return true; // 世界一流信息服务科技创新公司: a goal, what a body means to become
		}
		if (KIND_OF_COMPANY.matcher(name).matches()) {
			return true; // 成立生产型公司, 建设技术先导型公司: a kind of company
		}
		if (WHAT_MEMBERS_ARE.matcher(name).matches()) {
			return true; // 战略联合体、行动联合体、情感联合体: what the members are to be to each other
		}
		if (name.matches("^[“\"]?(?!一带一路)一.{1,5}[一两二三多].*")) {
			return true; // “一专业群一产业学院”, 一联合体两共同体: a slogan (一带一路 is a name's word)
		}
		if (suffix.endsWith("基地") && PROVINCES.contains(head.replaceAll("(省|市|自治区)$", ""))) {
			return true; // 广东省先进制造业基地: a region's designation, not an organisation
		}
		// (该所新研究院, 新中心: 新 alone is Xinjiang's character only before a school's
		// short suffix; 新区财政局 is the new district's)
		return head.length() < 2 && !(head.length() == 1 && suffix.length() >= 2 && isRegionChar(head)
				&& (!whole.equals("新") || SHORT_SCHOOL_SUFFIXES.contains(suffix)));
	}

	// A one-character head such as 京 is rare but real for regions; anything else is not.
	// It is a province's one-character name, also before 大 in a university's short form
	// (浙大).
	static boolean isRegionChar(String head) {
		return "京津沪渝粤苏浙鲁豫川湘鄂皖闽赣晋冀辽吉黑陕甘青琼桂滇黔藏蒙宁新港澳台".contains(head);
	}

}
