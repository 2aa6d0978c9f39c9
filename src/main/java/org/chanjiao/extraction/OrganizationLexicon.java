package org.chanjiao.extraction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.chanjiao.organization.OrgKind;

/**
 * What organisation names in Chinese look like: the suffixes that end them and the kind
 * each suffix tells, the words that end a name on its left (verbs, prepositions,
 * quantities), and the generic words that alone do not make a name (产业学院, 行业龙头企业, 共同体 …).
 * General rules of the language of 产教融合 reports, not a list of names.
 */
final class OrganizationLexicon {

	/** Suffix → kind; the longest suffix that ends a name wins. */
	static final Map<String, OrgKind> SUFFIXES;

	static {
		Map<String, OrgKind> s = new LinkedHashMap<>();
		for (String x : List.of("职业教育集团", "职教集团", "职业教育联盟", "职教联盟", "产教联合体", "联合体", "共同体", "产教融合联盟")) {
			s.put(x, OrgKind.COMMUNITY);
		}
		for (String x : List.of("产业学院", "现代产业学院", "产教融合学院")) {
			s.put(x, OrgKind.COLLEGE);
		}
		for (String x : List.of("研究院", "研究所", "研究中心", "设计院", "设计研究院", "科学院", "实验室")) {
			s.put(x, OrgKind.RESEARCH_INSTITUTE);
		}
		for (String x : List.of("研究会", "协会", "学会", "商会", "联合会", "促进会", "专业委员会", "教学指导委员会", "行业指导委员会")) {
			s.put(x, OrgKind.INDUSTRY_ASSOCIATION);
		}
		for (String x : List.of("教育厅", "教育局", "教育部", "人民政府", "政府", "工委", "工作委员会", "发展和改革委员会", "发改委", "管委会", "教育委员会",
				"管理委员会", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源社会保障厅", "人力资源社会保障局", "人社厅", "人社局", "科技厅", "科技局", "工业和信息化厅",
				"工业和信息化部", "工信厅", "财政厅", "财政部", "科学技术部", "人力资源和社会保障部", "国务院", "办公厅")) {
			s.put(x, OrgKind.GOVERNMENT);
		}
		for (String x : List.of("职业技术大学", "职业技术学院", "职业学院", "技师学院", "大学", "学院", "职业学校", "中等专业学校", "技工学校", "中学", "小学",
				"幼儿园", "师范学校")) {
			s.put(x, OrgKind.SCHOOL);
		}
		for (String x : List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "酒店", "银行")) {
			s.put(x, OrgKind.ENTERPRISE);
		}
		for (String x : List.of("实训基地", "实践教学基地", "实习基地", "基地", "实践中心", "实训中心")) {
			s.put(x, OrgKind.PRACTICE_BASE);
		}
		SUFFIXES = s;
	}

	/** The suffixes, longest first. */
	static final List<String> SUFFIXES_LONGEST_FIRST = SUFFIXES.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/**
	 * Words after which a name starts: verbs, prepositions and conjunctions that stand
	 * before an organisation's name in these reports. Single characters among them only
	 * cut where the segmenter also sees a word of its own.
	 */
	static final List<String> LEFT_BOUNDARIES = List.of("牵头成立", "牵头组建", "牵头建设", "发起成立", "联合成立", "联合组建", "共同建设", "共同发起",
			"合作共建", "联合共建", "揭牌成立", "参与申报", "参与建设", "参与组建", "联合", "共建", "共同", "建设", "建成", "成立", "组建", "发起", "牵头", "依托",
			"推进", "推动", "新增", "立项", "入选", "获批", "获评", "获得", "通过", "参与", "申报", "加入", "成为", "携手", "打造", "揭牌", "签约", "签署",
			"举办", "开展", "合作", "支持", "面向", "对接", "培养", "引入", "连接", "拓展", "搭建", "优化", "升级", "完善", "构建", "带动", "附属", "隶属",
			"深化", "形成", "制定", "规范", "促进", "构筑", "探索", "提升", "实现", "助力", "基于", "当选", "增选", "担任", "推荐", "新增为", "下属", "旗下",
			"授予", "认定", "评为", "遴选", "公布", "发布", "印发", "首批", "首个", "一批", "其中", "包括", "以及", "我校", "本校", "学校", "与", "和",
			"及", "同", "跟", "由", "在", "对", "为", "是", "的", "了", "将", "把", "被", "向", "从", "以", "于", "等", "如", "获", "即",
			"经");

	/** Quantities and years before a name: 15 家, 第二批, 2023 年. */
	static final Pattern QUANTITY = Pattern.compile("(\\d+\\s*[家个所项名批年届]|第[一二三四五六七八九十\\d]+[批届期]|共\\s*\\d+)");

	/** Words that describe rather than name; a name made only of them is no name. */
	static final Set<String> GENERIC = Set.of("全国", "国家", "国家级", "省级", "市级", "区级", "省", "市", "首个", "首批", "第一批", "第二批",
			"一批", "特色", "示范", "示范性", "高水平", "现代", "行业", "产业", "产教融合", "产教", "融合", "就业", "实习", "实践", "教学", "校外", "校内",
			"实训", "教育", "职业教育", "职教", "高职", "高职教育", "高等", "高等学校", "区域", "开放型", "开放", "型", "该", "本", "其", "各", "我", "相关",
			"重点", "龙头", "领军", "企业", "500强", "世界500强", "世界", "市域", "城域", "新型", "共享", "公共", "综合", "培育", "合作", "校企",
			"校企合作", "一流", "优质", "骨干", "管理", "服务", "行企", "政校行企", "政校企", "校行企", "多元", "协同", "协同创新", "创新", "技术", "技能",
			"专业", "专业群", "学院", "学校", "高校", "院校", "职业", "人才", "培养", "育人", "共建", "联合", "科研", "研究", "生产性", "示范性职业教育",
			"示范性职教", "中心", "平台", "一体化", "数字化", "智能化", "国际", "地方", "本地", "头部", "上下游", "大型", "中小", "知名", "优秀", "先进", "标杆",
			"首家", "全新", "命运", "制造业", "先进制造业", "培训", "教师", "双师型", "试点", "示范基地");

	// Longest first, so that stripping does not depend on the set's iteration order.
	private static final List<String> GENERIC_LONGEST_FIRST = GENERIC.stream()
		.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
		.toList();

	/** Province-level regions: a base named only by one is a designation. */
	private static final Set<String> PROVINCES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
			"浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
			"广西", "西藏", "宁夏", "新疆", "香港", "澳门");

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

	/** The kind a name's suffix tells, if it has one. */
	static Optional<OrgKind> kindOf(String name) {
		return suffixOf(name).map((suffix) -> {
			OrgKind kind = SUFFIXES.get(suffix);
			if (kind == OrgKind.ENTERPRISE && (name.endsWith("职业教育集团") || name.endsWith("职教集团"))) {
				return OrgKind.COMMUNITY;
			}
			if (kind == OrgKind.INDUSTRY_ASSOCIATION && name.startsWith("中共")) {
				return OrgKind.GOVERNMENT;
			}
			return kind;
		});
	}

	/**
	 * Whether a name is only generic words and its suffix (产业学院, 省级示范产业学院, 行业产教融合共同体,
	 * “政-校-企”型产业学院 …).
	 */
	static boolean isGeneric(String name) {
		String suffix = suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length());
		head = head.replaceAll("“[政校行企研中厂\\-－—·]+”", "")
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
		if (suffix.endsWith("基地") && PROVINCES.contains(head.replaceAll("(省|市|自治区)$", ""))) {
			return true; // 广东省先进制造业基地: a region's designation, not an organisation
		}
		return head.length() < 2 && !(head.length() == 1 && suffix.length() >= 2 && isRegionChar(head));
	}

	// A one-character head such as 京 is rare but real for regions; anything else is not.
	private static boolean isRegionChar(String head) {
		return "京津沪渝粤苏浙鲁豫川湘鄂皖闽赣晋冀辽吉黑陕甘青琼桂滇黔藏蒙宁新港澳台".contains(head);
	}

}
