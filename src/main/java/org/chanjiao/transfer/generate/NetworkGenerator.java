package org.chanjiao.transfer.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.organization.CommunityForm;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RecognitionLevel;
import org.chanjiao.organization.RecognitionStage;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.Interchange;

/**
 * Writes a synthetic national industry–education network in the interchange format
 * ({@code documents.csv}, {@code nodes.csv}, {@code relations.csv}), for trying the
 * analyses at real size. At scale 1: 1,500 schools, 10,000 industry colleges, 300
 * communities, 60,000 enterprises, 500 industry associations, 300 government bodies, 100
 * research institutes and about 500,000 relationships; counts scale linearly (0.01 gives
 * a hundredth).
 * <p>
 * Degrees are heavy-tailed: enterprises are drawn from a Zipf distribution (exponent 0.6)
 * for co-founding colleges, so a few co-found dozens of colleges across many schools
 * while most co-found none; schools host colleges by Zipf (0.3); partnerships and
 * community memberships draw enterprises by Zipf (0.7). Regions are 31 provinces and
 * their cities, weighted towards the populous ones. Every relationship has a
 * {@code since} year, a source document (the annual report of the school, government body
 * or community that would state it) and a synthetic evidence quote naming both ends.
 * Everything is drawn from one {@link Random} with the seed, in a fixed order, so the
 * same scale and seed give the same bytes.
 */
public final class NetworkGenerator {

	/** Organisation counts at scale 1. */
	static final int SCHOOLS = 1_500;

	static final int COLLEGES = 10_000;

	static final int COMMUNITIES = 300;

	static final int ENTERPRISES = 60_000;

	static final int ASSOCIATIONS = 500;

	static final int GOVERNMENTS = 300;

	static final int INSTITUTES = 100;

	/** Relationships per organisation at scale 1, chosen to total about 500,000. */
	static final double PARTNERSHIPS_PER_SCHOOL = 215;

	static final double MEMBERS_PER_COMMUNITY = 420;

	static final int FIRST_YEAR = 2012;

	static final int LAST_YEAR = 2025;

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

	/** What a run wrote. */
	public record Summary(int documents, int nodes, long relations) {
	}

	private final Random random;

	private final double scale;

	private final Set<String> relationKeys = new HashSet<>();

	private final List<Org> schools = new ArrayList<>();

	private final List<Org> colleges = new ArrayList<>();

	private final List<Org> communities = new ArrayList<>();

	private final List<Org> enterprises = new ArrayList<>();

	private final List<Org> associations = new ArrayList<>();

	private final List<Org> governments = new ArrayList<>();

	private final List<Org> institutes = new ArrayList<>();

	private CSVPrinter relationsOut;

	private long relationCount;

	private record Org(String id, OrgKind kind, String name, String province, String city, int founded,
			String document) {
	}

	private NetworkGenerator(double scale, long seed) {
		this.scale = scale;
		this.random = new Random(seed);
	}

	/**
	 * Writes the three files into {@code dir} (created if missing, files replaced).
	 * @param scale 1 for the national size; any positive fraction or multiple
	 */
	public static Summary generate(double scale, long seed, Path dir) throws IOException {
		if (!(scale > 0) || scale > 100) {
			throw new IllegalArgumentException("scale must be more than 0 and at most 100 (got " + scale + ")");
		}
		Files.createDirectories(dir);
		return new NetworkGenerator(scale, seed).write(dir);
	}

	private int count(int atScaleOne) {
		return Math.max(1, (int) Math.round(atScaleOne * this.scale));
	}

	private Summary write(Path dir) throws IOException {
		organisations();
		int documents = 0;
		try (Writer writer = Files.newBufferedWriter(dir.resolve(Interchange.DOCUMENTS), StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			out.printRecord(Interchange.DOCUMENT_COLUMNS);
			for (List<Org> publishers : List.of(this.schools, this.governments, this.communities)) {
				for (Org org : publishers) {
					out.printRecord(org.document(), org.name() + " 2025 年产教融合年度报告", org.name(), LAST_YEAR);
					documents++;
				}
			}
		}
		int nodes = 0;
		try (Writer writer = Files.newBufferedWriter(dir.resolve(Interchange.NODES), StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>(Interchange.NODE_COLUMNS);
			header.add("form");
			out.printRecord(header);
			for (List<Org> group : List.of(this.governments, this.schools, this.associations, this.enterprises,
					this.institutes, this.colleges, this.communities)) {
				for (Org org : group) {
					String form = (org.kind() == OrgKind.COMMUNITY) ? form(org.name()).name() : null;
					out.printRecord(org.id(), org.kind().name(), org.name(), null, null,
							org.province().equals(org.city()) ? org.province() : org.province() + org.city(),
							org.founded(), null, "合成数据（generate 命令生成），不是真实机构", form);
					nodes++;
				}
			}
		}
		try (Writer writer = Files.newBufferedWriter(dir.resolve(Interchange.RELATIONS), StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>(Interchange.RELATION_COLUMNS);
			header.addAll(List.of("kind", "title", "level", "stage"));
			out.printRecord(header);
			this.relationsOut = out;
			relations();
		}
		return new Summary(documents, nodes, this.relationCount);
	}

	private static CommunityForm form(String name) {
		if (name.contains("职业教育集团")) {
			return CommunityForm.VOCATIONAL_EDUCATION_GROUP;
		}
		return name.contains("市域产教联合体") ? CommunityForm.MUNICIPAL_CONSORTIUM : CommunityForm.INDUSTRY_COMMUNITY;
	}

	private void organisations() {
		double[] provinceWeights = zipf(REGIONS.length, 0.5);
		for (int i = 1; i <= count(GOVERNMENTS); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			boolean provincial = i <= REGIONS.length && this.random.nextInt(3) == 0;
			String city = provincial ? "" : pick(region, 1);
			String name = provincial ? region[0] + "教育厅" : city + pickOf("教育局", "人民政府", "人力资源和社会保障局", "工业和信息化局");
			this.governments.add(org("gen-gov-", i, OrgKind.GOVERNMENT, name, region[0], city, true));
		}
		for (int i = 1; i <= count(SCHOOLS); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			String city = pick(region, 1);
			String name = city + pickOf(INDUSTRIES) + pickOf(SCHOOL_TYPES) + "（" + i + "）";
			this.schools.add(org("gen-school-", i, OrgKind.SCHOOL, name, region[0], city, true));
		}
		for (int i = 1; i <= count(ASSOCIATIONS); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			String name = region[0] + pickOf(INDUSTRIES) + pickOf("行业协会", "产业协会", "学会") + "（" + i + "）";
			this.associations.add(org("gen-assoc-", i, OrgKind.INDUSTRY_ASSOCIATION, name, region[0], "", false));
		}
		for (int i = 1; i <= count(ENTERPRISES); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			String city = pick(region, 1);
			String name = city + pickOf(FIRM_WORDS) + pickOf(FIRM_WORDS) + pickOf(INDUSTRIES)
					+ pickOf("有限公司", "股份有限公司", "集团有限公司") + "（" + i + "）";
			this.enterprises.add(org("gen-ent-", i, OrgKind.ENTERPRISE, name, region[0], city, false));
		}
		for (int i = 1; i <= count(INSTITUTES); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			String name = region[0] + pickOf(INDUSTRIES) + "产教融合研究院（" + i + "）";
			this.institutes.add(org("gen-inst-", i, OrgKind.RESEARCH_INSTITUTE, name, region[0], "", false));
		}
		double[] hostWeights = zipf(this.schools.size(), 0.3);
		for (int i = 1; i <= count(COLLEGES); i++) {
			Org school = this.schools.get(draw(hostWeights));
			String name = pickOf(INDUSTRIES) + "产业学院（" + i + "）";
			Org college = new Org(String.format("gen-college-%05d", i), OrgKind.COLLEGE, name, school.province(),
					school.city(), year(2015), school.document());
			this.colleges.add(college);
			this.collegeHosts.add(school);
		}
		for (int i = 1; i <= count(COMMUNITIES); i++) {
			String[] region = REGIONS[draw(provinceWeights)];
			String name = region[0] + pickOf(INDUSTRIES) + pickOf("职业教育集团", "市域产教联合体", "行业产教融合共同体") + "（" + i + "）";
			this.communities.add(org("gen-community-", i, OrgKind.COMMUNITY, name, region[0], "", true));
		}
	}

	private final List<Org> collegeHosts = new ArrayList<>();

	private Org org(String prefix, int i, OrgKind kind, String name, String province, String city, boolean publishes) {
		String id = String.format("%s%05d", prefix, i);
		return new Org(id, kind, name, province, city, year(1980 + this.random.nextInt(30)),
				publishes ? "gen-report-" + id.substring(4) : null);
	}

	private void relations() throws IOException {
		double[] coFounders = zipf(this.enterprises.size(), 0.6);
		double[] partners = zipf(this.enterprises.size(), 0.7);
		// Colleges: part of their host school, led by it, co-founded by 0–6 enterprises
		// (mostly 1–3) and sometimes a government body, an association or an institute.
		for (int c = 0; c < this.colleges.size(); c++) {
			Org college = this.colleges.get(c);
			Org school = this.collegeHosts.get(c);
			int since = Math.max(college.founded(), FIRST_YEAR);
			relation(college, school, RelationType.PART_OF, null, since, null, school, "%2$s下设%1$s", null);
			relation(school, college, RelationType.CO_FOUNDED, "LEAD", since, null, school, "%1$s牵头建设%2$s", null);
			int firms = Math.min(6, (int) Math.round(-Math.log(1 - this.random.nextDouble()) * 2.2));
			for (int k = 0; k < firms; k++) {
				Org firm = this.enterprises.get(draw(coFounders));
				relation(firm, college, RelationType.CO_FOUNDED, "PARTNER", since + this.random.nextInt(2), null,
						school, "%3$s与%1$s共建%2$s", null);
			}
			if (this.random.nextInt(5) == 0) {
				relation(pickOf(this.governments), college, RelationType.CO_FOUNDED, "PARTNER", since, null, school,
						"%1$s支持%3$s共建%2$s", null);
			}
			if (this.random.nextInt(5) == 0) {
				relation(pickOf(this.associations), college, RelationType.CO_FOUNDED, "PARTNER", since, null, school,
						"%1$s参与共建%2$s", null);
			}
			if (this.random.nextInt(20) == 0) {
				relation(pickOf(this.institutes), college, RelationType.CO_FOUNDED, "PARTNER", since, null, school,
						"%1$s参与共建%2$s", null);
			}
			if (this.random.nextInt(8) == 0) {
				Org government = pickOf(this.governments);
				String[] recognition = recognition();
				relation(government, college, RelationType.RECOGNIZED, null, since + 1 + this.random.nextInt(3), null,
						government, "%2$s获%1$s认定为" + recognition[0], recognition);
			}
		}
		// Communities: led by a school, joined by a government body, with members.
		int members = (int) Math.round(MEMBERS_PER_COMMUNITY);
		for (Org community : this.communities) {
			int since = Math.max(community.founded(), FIRST_YEAR);
			Org lead = pickOf(this.schools);
			relation(lead, community, RelationType.CO_FOUNDED, "LEAD", since, null, community, "%1$s牵头成立%2$s", null);
			relation(pickOf(this.governments), community, RelationType.CO_FOUNDED, "PARTNER", since, null, community,
					"%1$s指导成立%2$s", null);
			int size = 1 + this.random.nextInt(2 * members);
			for (int k = 0; k < size; k++) {
				int r = this.random.nextInt(10);
				Org member = (r < 6) ? this.enterprises.get(draw(partners))
						: (r < 8) ? pickOf(this.schools) : (r < 9) ? pickOf(this.associations) : pickOf(this.colleges);
				String role = (this.random.nextInt(10) == 0) ? "EXECUTIVE_MEMBER" : "MEMBER";
				relation(member, community, RelationType.MEMBER_OF, role, since + this.random.nextInt(4), null,
						community, "%1$s成为%2$s" + (role.equals("MEMBER") ? "成员单位" : "常务理事单位"), null);
			}
			if (this.random.nextInt(3) == 0) {
				String[] recognition = recognition();
				relation(pickOf(this.governments), community, RelationType.RECOGNIZED, null, since + 1, null, community,
						"%2$s获%1$s认定为" + recognition[0], recognition);
			}
		}
		// Partnerships of enterprises with schools; some end.
		PartnershipKind[] kinds = PartnershipKind.values();
		for (Org school : this.schools) {
			int size = 1 + this.random.nextInt((int) Math.round(2 * PARTNERSHIPS_PER_SCHOOL));
			for (int k = 0; k < size; k++) {
				Org firm = this.enterprises.get(draw(partners));
				int since = year(FIRST_YEAR);
				Integer until = (this.random.nextInt(10) == 0) ? Math.min(LAST_YEAR, since + this.random.nextInt(5))
						: null;
				PartnershipKind kind = kinds[this.random.nextInt(kinds.length)];
				relation(firm, school, RelationType.PARTNERS_WITH, null, since, until, school,
						"%2$s与%1$s开展" + partnershipWords(kind) + "合作", new String[] { null, kind.name() });
			}
		}
	}

	private String[] recognition() {
		RecognitionLevel level = RecognitionLevel.values()[this.random.nextInt(3)];
		String title = switch (level) {
			case NATIONAL -> "国家级示范性产教融合项目";
			case PROVINCIAL -> "省级示范性产业学院";
			case MUNICIPAL -> "市级产教融合实训基地";
		};
		return new String[] { title, null, level.name(), RecognitionStage.values()[this.random.nextInt(3)].name() };
	}

	private static String partnershipWords(PartnershipKind kind) {
		return switch (kind) {
			case INTERNSHIP_BASE -> "实习基地";
			case APPRENTICESHIP -> "现代学徒制";
			case ORDER_CLASS -> "订单班";
			case EMPLOYMENT -> "就业";
			case EQUIPMENT -> "设备共建";
			case RESEARCH -> "技术研发";
			case OTHER -> "校企";
		};
	}

	/**
	 * Writes one relationship unless one with the same key was written.
	 * @param quote a pattern with %1$s the from name, %2$s the to name, %3$s the source's
	 * publisher
	 * @param extra for RECOGNIZED: title, -, level, stage; for PARTNERS_WITH: -, kind
	 */
	private void relation(Org from, Org to, RelationType type, String role, int since, Integer until, Org source,
			String quote, String[] extra) throws IOException {
		String qualifier = switch (type) {
			case CO_FOUNDED, MEMBER_OF -> "";
			case PARTNERS_WITH -> extra[1];
			case RECOGNIZED -> extra[0];
			case PART_OF, AFFILIATED_WITH -> "";
		};
		if (!this.relationKeys.add(from.id() + '|' + type.ordinal() + '|' + to.id() + '|' + qualifier)) {
			return;
		}
		int year = Math.min(since, LAST_YEAR);
		String kind = (type == RelationType.PARTNERS_WITH) ? extra[1] : null;
		String title = (type == RelationType.RECOGNIZED) ? extra[0] : null;
		String level = (type == RelationType.RECOGNIZED) ? extra[2] : null;
		String stage = (type == RelationType.RECOGNIZED) ? extra[3] : null;
		this.relationsOut.printRecord(from.id(), to.id(), type.name(), role, year,
				(until != null) ? Math.max(until, year) : null, "ASSERTED", source.document(),
				quote.formatted(from.name(), to.name(), source.name()), kind, title, level, stage);
		this.relationCount++;
	}

	private int year(int earliest) {
		return earliest + this.random.nextInt(Math.max(1, LAST_YEAR - earliest + 1));
	}

	private String pick(String[] region, int from) {
		return region[from + this.random.nextInt(region.length - from)];
	}

	@SafeVarargs
	private <T> T pickOf(T... items) {
		return items[this.random.nextInt(items.length)];
	}

	private <T> T pickOf(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** Cumulative Zipf weights {@code 1/rank^exponent} for ranks 1..n. */
	static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		return cumulative;
	}

	private int draw(double[] cumulative) {
		double target = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, target);
		return Math.min(cumulative.length - 1, (index >= 0) ? index : -index - 1);
	}

}
