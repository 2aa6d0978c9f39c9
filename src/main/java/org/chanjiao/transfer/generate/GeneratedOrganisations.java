package org.chanjiao.transfer.generate;

import java.util.ArrayList;
import java.util.List;

import org.chanjiao.organization.CommunityForm;
import org.chanjiao.organization.OrgKind;

/**
 * The organisations of a generated network and who they are: ids, names made of a city,
 * an industry and a type, a region drawn from 31 provinces weighted towards the populous
 * ones (Zipf 0.5), a founding year, which of them publish an annual report (schools,
 * government bodies, communities) and each college's host school, drawn by Zipf (0.3).
 * Counts are those at scale 1 times the scale, at least one of each kind.
 *
 * @param colleges the colleges, each hosted by the school at the same index of
 * {@code collegeHosts}
 */
record GeneratedOrganisations(List<Org> governments, List<Org> schools, List<Org> associations, List<Org> enterprises,
		List<Org> institutes, List<Org> colleges, List<Org> collegeHosts, List<Org> communities) {

	/** Organisation counts at scale 1. */
	static final int SCHOOLS = 1_500;

	static final int COLLEGES = 10_000;

	static final int COMMUNITIES = 300;

	static final int ENTERPRISES = 60_000;

	static final int ASSOCIATIONS = 500;

	static final int GOVERNMENTS = 300;

	static final int INSTITUTES = 100;

	private static final String[][] REGIONS = { { "广东省", "广州市", "深圳市", "佛山市", "东莞市", "清远市" },
			{ "山东省", "济南市", "青岛市", "烟台市" }, { "河南省", "郑州市", "洛阳市", "新乡市" }, { "江苏省", "南京市", "苏州市", "无锡市" },
			{ "四川省", "成都市", "绵阳市", "宜宾市" }, { "河北省", "石家庄市", "唐山市", "保定市" }, { "湖南省", "长沙市", "株洲市", "湘潭市" },
			{ "浙江省", "杭州市", "宁波市", "温州市" }, { "安徽省", "合肥市", "芜湖市" }, { "湖北省", "武汉市", "宜昌市", "襄阳市" },
			{ "广西壮族自治区", "南宁市", "柳州市" }, { "云南省", "昆明市", "曲靖市" }, { "江西省", "南昌市", "赣州市" }, { "辽宁省", "沈阳市", "大连市" },
			{ "福建省", "福州市", "厦门市", "泉州市" }, { "陕西省", "西安市", "宝鸡市" }, { "贵州省", "贵阳市", "遵义市" }, { "山西省", "太原市", "大同市" },
			{ "重庆市", "重庆市" }, { "黑龙江省", "哈尔滨市", "大庆市" }, { "新疆维吾尔自治区", "乌鲁木齐市" }, { "甘肃省", "兰州市" }, { "上海市", "上海市" },
			{ "内蒙古自治区", "呼和浩特市", "包头市" }, { "吉林省", "长春市", "吉林市" }, { "北京市", "北京市" }, { "天津市", "天津市" }, { "海南省", "海口市" },
			{ "宁夏回族自治区", "银川市" }, { "青海省", "西宁市" }, { "西藏自治区", "拉萨市" } };

	private static final String[] INDUSTRIES = { "智能制造", "电子信息", "新能源汽车", "生物医药", "现代物流", "数字媒体", "装配式建筑", "轨道交通",
			"旅游服务", "婴幼儿托育", "电梯工程", "软件服务", "化工新材料", "食品加工", "纺织服装", "航空服务", "现代农业", "跨境电商", "工业机器人", "康养服务" };

	private static final String[] FIRM_WORDS = { "华", "瑞", "恒", "鑫", "达", "信", "通", "创", "远", "盛", "安", "联", "科", "泰",
			"丰", "宏", "新", "光", "德", "和" };

	private static final String[] SCHOOL_TYPES = { "职业技术学院", "职业学院", "技师学院", "职业技术大学", "中等职业学校" };

	/**
	 * One generated organisation.
	 *
	 * @param city the city, or "" for a provincial body
	 * @param document the id of its annual report, or null when it publishes none
	 */
	record Org(String id, OrgKind kind, String name, String province, String city, int founded, String document) {

		/** The region cell: the province, followed by the city unless they are one. */
		String region() {
			return this.province.equals(this.city) ? this.province : this.province + this.city;
		}

		/** A community's form, read from its name; null for any other kind. */
		CommunityForm form() {
			if (this.kind != OrgKind.COMMUNITY) {
				return null;
			}
			if (this.name.contains("职业教育集团")) {
				return CommunityForm.VOCATIONAL_EDUCATION_GROUP;
			}
			return this.name.contains("市域产教联合体") ? CommunityForm.MUNICIPAL_CONSORTIUM
					: CommunityForm.INDUSTRY_COMMUNITY;
		}

	}

	/** Draws the organisations of a network of the given scale, kind after kind. */
	static GeneratedOrganisations draw(double scale, SeededDraws draws) {
		GeneratedOrganisations orgs = new GeneratedOrganisations(new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		double[] provinceWeights = SeededDraws.zipf(REGIONS.length, 0.5);
		for (int i = 1; i <= count(GOVERNMENTS, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			boolean provincial = i <= REGIONS.length && draws.nextInt(3) == 0;
			String city = provincial ? "" : draws.pick(region, 1);
			String name = provincial ? region[0] + "教育厅" : city + draws.pickOf("教育局", "人民政府", "人力资源和社会保障局", "工业和信息化局");
			orgs.governments.add(org(draws, "gen-gov-", i, OrgKind.GOVERNMENT, name, region[0], city, true));
		}
		for (int i = 1; i <= count(SCHOOLS, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			String city = draws.pick(region, 1);
			String name = city + draws.pickOf(INDUSTRIES) + draws.pickOf(SCHOOL_TYPES) + "（" + i + "）";
			orgs.schools.add(org(draws, "gen-school-", i, OrgKind.SCHOOL, name, region[0], city, true));
		}
		for (int i = 1; i <= count(ASSOCIATIONS, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			String name = region[0] + draws.pickOf(INDUSTRIES) + draws.pickOf("行业协会", "产业协会", "学会") + "（" + i + "）";
			orgs.associations
				.add(org(draws, "gen-assoc-", i, OrgKind.INDUSTRY_ASSOCIATION, name, region[0], "", false));
		}
		for (int i = 1; i <= count(ENTERPRISES, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			String city = draws.pick(region, 1);
			String name = city + draws.pickOf(FIRM_WORDS) + draws.pickOf(FIRM_WORDS) + draws.pickOf(INDUSTRIES)
					+ draws.pickOf("有限公司", "股份有限公司", "集团有限公司") + "（" + i + "）";
			orgs.enterprises.add(org(draws, "gen-ent-", i, OrgKind.ENTERPRISE, name, region[0], city, false));
		}
		for (int i = 1; i <= count(INSTITUTES, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			String name = region[0] + draws.pickOf(INDUSTRIES) + "产教融合研究院（" + i + "）";
			orgs.institutes.add(org(draws, "gen-inst-", i, OrgKind.RESEARCH_INSTITUTE, name, region[0], "", false));
		}
		double[] hostWeights = SeededDraws.zipf(orgs.schools.size(), 0.3);
		for (int i = 1; i <= count(COLLEGES, scale); i++) {
			Org school = orgs.schools.get(draws.draw(hostWeights));
			String name = draws.pickOf(INDUSTRIES) + "产业学院（" + i + "）";
			orgs.colleges.add(new Org(String.format("gen-college-%05d", i), OrgKind.COLLEGE, name, school.province(),
					school.city(), draws.year(2015), school.document()));
			orgs.collegeHosts.add(school);
		}
		for (int i = 1; i <= count(COMMUNITIES, scale); i++) {
			String[] region = REGIONS[draws.draw(provinceWeights)];
			String name = region[0] + draws.pickOf(INDUSTRIES) + draws.pickOf("职业教育集团", "市域产教联合体", "行业产教融合共同体") + "（"
					+ i + "）";
			orgs.communities.add(org(draws, "gen-community-", i, OrgKind.COMMUNITY, name, region[0], "", true));
		}
		return orgs;
	}

	private static int count(int atScaleOne, double scale) {
		return Math.max(1, (int) Math.round(atScaleOne * scale));
	}

	private static Org org(SeededDraws draws, String prefix, int i, OrgKind kind, String name, String province,
			String city, boolean publishes) {
		String id = String.format("%s%05d", prefix, i);
		return new Org(id, kind, name, province, city, draws.year(1980 + draws.nextInt(30)),
				publishes ? "gen-report-" + id.substring(4) : null);
	}

}
