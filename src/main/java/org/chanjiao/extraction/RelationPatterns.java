package org.chanjiao.extraction;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.curation.DuplicateFinder;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * The Chinese sentence patterns that state relationships, applied to one sentence and its
 * mentions. A subject the sentence leaves out (reports write 与A合作 for 学校与A合作) is the
 * reporting organisation; without one, such a relationship is counted as unresolved and
 * left out. See docs/EXTRACTION.md for each pattern and the roles it gives.
 */
final class RelationPatterns {

	private static final Pattern FOUNDING = Pattern
		.compile("共同发起成立|牵头成立|牵头组建|牵头建设|发起成立|共同发起|联合成立|联合组建|联合共建|合作共建|共同建设|共同组建|共同共建|揭牌成立|参与申报|参与建设|参与组建|共建|成立|组建|建设");

	private static final Pattern RECOGNITION = Pattern.compile("入选|获批|获评|荣获|获得|获|被认定为|认定为|被评为|评为|立项|通过|建成|遴选为");

	private static final Pattern MEMBERSHIP = Pattern.compile("常务理事单位|副理事长单位|理事长单位|常务理事|理事单位|成员单位|会员单位");

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

	private static final Pattern UNNAMED_COLLEGES = Pattern.compile("^[^，。；]{0,6}?\\d+\\s*[个所家]?[^，。；]{0,6}产业学院");

	private static final Set<String> STEM_STOPWORDS = Set.of("产业", "学院", "集团", "科技", "有限", "公司", "股份", "中国", "广东", "北京",
			"上海", "技术", "教育", "职业", "服务", "工程", "智能", "管理", "发展", "国际");

	private final Org reporter;

	private int unresolved;

	/**
	 * Enterprises that co-built unnamed colleges, to tie to colleges bearing their name.
	 */
	final List<Object[]> unnamedCoFounders = new ArrayList<>();

	RelationPatterns(Org reporter) {
		this.reporter = reporter;
	}

	int unresolved() {
		return this.unresolved;
	}

	/** The relationships one sentence states. */
	List<ExtractedRelation> apply(String sentence, List<Mention> mentions) {
		Integer year = year(sentence);
		List<ExtractedRelation> out = new ArrayList<>();
		founding(sentence, mentions, year, out);
		membership(sentence, mentions, year, out);
		recognition(sentence, mentions, year, out);
		partnership(sentence, mentions, year, out);
		affiliation(sentence, mentions, year, out);
		return out;
	}

	// --- CO_FOUNDED (and PART_OF of a college to its one founding school)

	private void founding(String s, List<Mention> mentions, Integer year, List<ExtractedRelation> out) {
		Matcher m = FOUNDING.matcher(s);
		while (m.find()) {
			String verb = m.group();
			int verbStart = m.start();
			int verbEnd = m.end();
			List<Mention> objects = new ArrayList<>();
			for (Mention x : mentions) {
				if (x.start() < verbEnd || !isPlatform(x)) {
					continue;
				}
				String between = s.substring(verbEnd, x.start());
				if (verb.equals("建设")) {
					// 建设 is common; only 建设[全国首个]Z founds Z
					if (between.length() <= 6 && !between.matches(".*[，、；].*")) {
						objects.add(x);
					}
					break;
				}
				if (!between.contains("，") && !between.contains("；")) {
					objects.add(x);
				}
			}
			int by = s.lastIndexOf('由', verbStart);
			int clauseStart = Math.max(s.lastIndexOf('，', verbStart - 1), s.lastIndexOf('；', verbStart - 1)) + 1;
			if (objects.isEmpty() && by >= 0) {
				// Z由A、B共建: the platform named before 由
				for (Mention x : mentions) {
					if (x.end() <= by && isPlatform(x)) {
						objects.clear();
						objects.add(x);
					}
				}
			}
			if (objects.isEmpty() && by < 0) {
				// Z与X共建: a platform before 与 is the object, the others co-build it with
				// its host
				for (Mention x : mentions) {
					if (isPlatform(x) && x.end() < verbStart && x.start() >= clauseStart
							&& "与和同".indexOf(s.charAt(x.end())) >= 0) {
						for (Mention f : mentions) {
							if (f.start() > x.end() && f.end() <= verbStart && f.resolved() && !sameOrg(f, x)
									&& !s.startsWith("附属", f.end())) {
								add(out, RelationType.CO_FOUNDED, f.org(), x.org(), "PARTNER", null, null, null, null,
										year, s);
							}
						}
						break;
					}
				}
			}
			List<Mention> founders = new ArrayList<>();
			boolean implicitSubject = false;
			if (by >= 0 && by < verbStart && by >= clauseStart - 1 - 40) {
				for (Mention x : mentions) {
					if (x.start() > by && x.end() <= verbStart && !objects.contains(x)) {
						founders.add(x);
					}
				}
			}
			if (founders.isEmpty()) {
				by = -1;
				for (Mention x : mentions) {
					if (x.end() <= verbStart && !objects.contains(x) && !isObjectOnlyPlatform(x)) {
						founders.add(x);
					}
				}
				implicitSubject = founders.isEmpty() || precededByPreposition(s, founders.get(0));
			}
			if (objects.isEmpty()) {
				if (verb.contains("共建") && UNNAMED_COLLEGES.matcher(s.substring(verbEnd)).find()) {
					for (Mention f : founders) {
						if (f.resolved() && f.org().kind() == OrgKind.ENTERPRISE) {
							this.unnamedCoFounders.add(new Object[] { f, s, year });
						}
					}
				}
				continue;
			}
			boolean lead = verb.contains("牵头");
			boolean joint = verb.contains("联合") || verb.contains("发起") || s.substring(0, verbStart).contains("联合");
			boolean partake = verb.startsWith("参与");
			List<Org> orgs = new ArrayList<>();
			if (implicitSubject) {
				if (this.reporter == null) {
					this.unresolved += objects.size();
				}
				else {
					orgs.add(this.reporter);
				}
			}
			for (Mention f : founders) {
				if (!f.resolved()) {
					this.unresolved += objects.size();
				}
				else if (!orgs.contains(f.org())) {
					orgs.add(f.org());
				}
			}
			for (Mention object : objects) {
				if (!object.resolved()) {
					continue;
				}
				Org target = object.org();
				List<Org> schools = orgs.stream().filter((o) -> o.kind() == OrgKind.SCHOOL).toList();
				for (int i = 0; i < orgs.size(); i++) {
					Org founder = orgs.get(i);
					String role;
					if (partake) {
						role = "PARTNER";
					}
					else if (target.kind() == OrgKind.COLLEGE && !schools.isEmpty()) {
						role = (founder.kind() == OrgKind.SCHOOL) ? "LEAD" : "PARTNER";
					}
					else if (lead) {
						role = (i == 0 && !implicitSubject) || (implicitSubject && founder.equals(this.reporter))
								? "LEAD" : "PARTNER";
					}
					else if (joint || orgs.size() == 1) {
						role = "LEAD";
					}
					else {
						role = "PARTNER";
					}
					add(out, RelationType.CO_FOUNDED, founder, target, role, null, null, null, null, year, s);
				}
				if (!partake && schools.size() == 1
						&& (target.kind() == OrgKind.COLLEGE || target.kind() == OrgKind.PRACTICE_BASE)) {
					add(out, RelationType.PART_OF, target, schools.get(0), null, null, null, null, null, year, s);
				}
			}
		}
	}

	private static boolean isPlatform(Mention x) {
		return x.resolved() && x.org().kind().isPlatform() && x.source() != Source.REPORTER;
	}

	// Colleges, communities and bases are the objects of a founding, not its founders,
	// unless listed after 由.
	private static boolean isObjectOnlyPlatform(Mention x) {
		return x.resolved() && (x.org().kind() == OrgKind.COLLEGE || x.org().kind() == OrgKind.COMMUNITY
				|| x.org().kind() == OrgKind.PRACTICE_BASE);
	}

	private static boolean precededByPreposition(String s, Mention x) {
		String before = s.substring(Math.max(0, x.start() - 2), x.start());
		return before.endsWith("与") || before.endsWith("和") || before.endsWith("同") || before.endsWith("联合")
				|| before.endsWith("携手") || before.endsWith("依托");
	}

	/**
	 * Ties each enterprise that co-built unnamed colleges (与A、B等企业共建9个产业学院) to the named
	 * colleges of the report that share a distinctive part of its name (A产业学院).
	 */
	List<ExtractedRelation> tieUnnamedColleges(List<Org> colleges) {
		List<ExtractedRelation> out = new ArrayList<>();
		for (Object[] pending : this.unnamedCoFounders) {
			Mention enterprise = (Mention) pending[0];
			for (Org college : colleges) {
				if (sharesStem(enterprise.text(), college.name())
						|| sharesStem(enterprise.org().name(), college.name())) {
					add(out, RelationType.CO_FOUNDED, enterprise.org(), college, "PARTNER", null, null, null, null,
							(Integer) pending[2], (String) pending[1]);
				}
			}
		}
		return out;
	}

	private static boolean sharesStem(String enterprise, String college) {
		String a = DuplicateFinder.normalize(enterprise);
		String b = college.replace("产业学院", "");
		for (int len = Math.min(a.length(), b.length()); len >= 2; len--) {
			for (int i = 0; i + len <= a.length(); i++) {
				String part = a.substring(i, i + len);
				if (b.contains(part) && !STEM_STOPWORDS.contains(part) && part.codePoints()
					.allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					return true;
				}
			}
		}
		return false;
	}

	// --- MEMBER_OF

	private void membership(String s, List<Mention> mentions, Integer year, List<ExtractedRelation> out) {
		Matcher m = MEMBERSHIP.matcher(s);
		if (!m.find()) {
			Matcher join = Pattern.compile("加入").matcher(s);
			while (join.find()) {
				for (Mention x : mentions) {
					if (x.start() >= join.end() && x.start() - join.end() <= 2 && x.resolved()
							&& x.org().kind() == OrgKind.COMMUNITY) {
						Org subject = subjectBefore(s, mentions, 0, join.start());
						if (subject != null) {
							add(out, RelationType.MEMBER_OF, subject, x.org(), "MEMBER", null, null, null, null, year,
									s);
						}
					}
				}
			}
			return;
		}
		String role = switch (m.group()) {
			case "常务理事单位", "常务理事" -> "EXECUTIVE_MEMBER";
			case "副理事长单位" -> "VICE_CHAIR";
			case "理事长单位" -> "CHAIR";
			case "理事单位" -> "COUNCIL_MEMBER";
			default -> "MEMBER";
		};
		Mention community = null;
		for (Mention x : mentions) {
			if (x.start() < m.start() && x.resolved() && x.org().kind() == OrgKind.COMMUNITY) {
				community = x;
			}
		}
		if (community == null) {
			return;
		}
		// Members named between the community and the role (集团新增A、B等常务理事单位),
		// else before the community (A成为B常务理事单位).
		Mention c = community;
		List<Mention> members = mentions.stream()
			.filter((x) -> x.start() >= c.end() && x.end() <= m.start() && !sameOrg(x, c))
			.toList();
		if (members.isEmpty()) {
			members = mentions.stream().filter((x) -> x.end() <= c.start() && !sameOrg(x, c)).toList();
		}
		for (Mention x : members) {
			if (!x.resolved()) {
				this.unresolved++;
			}
			else {
				add(out, RelationType.MEMBER_OF, x.org(), c.org(), role, null, null, null, null, year, s);
			}
		}
	}

	private static boolean sameOrg(Mention a, Mention b) {
		return a.org() != null && b.org() != null && a.org().id().equals(b.org().id());
	}

	// --- RECOGNIZED

	private void recognition(String s, List<Mention> mentions, Integer year, List<ExtractedRelation> out) {
		Matcher m = RECOGNITION.matcher(s);
		while (m.find()) {
			Mention body = null;
			for (Mention x : mentions) {
				if (x.start() >= m.end() && x.start() - m.end() <= 2 && x.resolved()
						&& x.org().kind() == OrgKind.GOVERNMENT) {
					body = x;
					break;
				}
			}
			if (body == null) {
				continue;
			}
			int clauseEnd = firstOf(s, body.end(), "，", "。", "；", "、");
			String title = s.substring(body.end(), clauseEnd).strip();
			if (title.length() < 2) {
				continue;
			}
			Mention subject = null;
			for (Mention x : mentions) {
				if (x.end() <= m.start() && x.resolved() && x.org().kind() != OrgKind.GOVERNMENT
						&& x.source() != Source.NESTED) {
					subject = x;
				}
			}
			Org recognised;
			if (subject != null) {
				if (s.substring(subject.end(), m.start()).contains("项目")) {
					continue; // a project of the subject is recognised, not the subject
				}
				recognised = subject.org();
			}
			else if (this.reporter != null) {
				recognised = this.reporter;
			}
			else {
				this.unresolved++;
				continue;
			}
			String stage = title.contains("验收") ? "ACCEPTED" : m.group().equals("建成") ? "BUILT" : "APPROVED";
			add(out, RelationType.RECOGNIZED, body.org(), recognised, null, null, title, level(body.org(), title),
					stage, year, s);
		}
	}

	private static String level(Org body, String title) {
		String name = body.name();
		if (name.startsWith("中华人民共和国") || name.startsWith("国家") || name.startsWith("国务院") || name.equals("教育部")
				|| name.endsWith("部")) {
			return "NATIONAL";
		}
		if (name.contains("省") || name.contains("自治区")) {
			return "PROVINCIAL";
		}
		if (name.contains("市")) {
			return "MUNICIPAL";
		}
		return title.contains("国家级") ? "NATIONAL" : title.contains("省级") ? "PROVINCIAL" : null;
	}

	// --- PARTNERS_WITH

	private void partnership(String s, List<Mention> mentions, Integer year, List<ExtractedRelation> out) {
		String kind = partnershipKind(s);
		Matcher m = Pattern.compile("合作(?!共建)").matcher(s);
		while (m.find()) {
			if (FOUNDING.matcher(s.substring(m.end())).find()) {
				continue; // 与X合作，牵头成立Z: X co-founds Z, see founding()
			}
			int clauseStart = Math.max(s.lastIndexOf('，', m.start()), s.lastIndexOf('；', m.start())) + 1;
			int with = Math.max(s.lastIndexOf('与', m.start()),
					Math.max(s.lastIndexOf('同', m.start()), s.lastIndexOf('和', m.start())));
			if (with < clauseStart) {
				continue;
			}
			List<Mention> partners = mentions.stream().filter((x) -> x.start() > with && x.end() <= m.start()).toList();
			Org subject = subjectBefore(s, mentions, clauseStart, with);
			for (Mention p : partners) {
				if (subject == null || !p.resolved()) {
					this.unresolved++;
					continue;
				}
				partner(out, subject, p.org(), kind, year, s);
			}
		}
		// E等…实习基地: an enterprise is the school's internship base
		int base = s.indexOf("实习基地");
		if (base >= 0) {
			for (Mention x : mentions) {
				if (x.end() <= base && x.resolved() && x.org().kind() == OrgKind.ENTERPRISE
						&& x.source() != Source.NESTED && !s.substring(x.end(), base).contains("，")) {
					Org school = schoolOf(s, mentions, x);
					if (school != null) {
						partner(out, x.org(), school, "INTERNSHIP_BASE", year, s);
					}
				}
			}
		}
		// 在E任职/就业, E等…就业育人项目: the enterprise employs the school's graduates
		Matcher employ = Pattern.compile("在([^，。；]{2,40}?)(任职|就业|工作)").matcher(s);
		while (employ.find()) {
			for (Mention x : mentions) {
				if (x.start() >= employ.start(1) && x.end() <= employ.end(1) && x.resolved()
						&& x.org().kind() == OrgKind.ENTERPRISE) {
					Org school = schoolOf(s, mentions, x);
					if (school != null) {
						partner(out, x.org(), school, "EMPLOYMENT", year, s);
					}
				}
			}
		}
		if (s.contains("就业育人")) {
			for (Mention x : mentions) {
				if (x.resolved() && x.org().kind() == OrgKind.ENTERPRISE && x.source() != Source.NESTED) {
					Org school = schoolOf(s, mentions, x);
					if (school != null) {
						partner(out, x.org(), school, "EMPLOYMENT", year, s);
					}
				}
			}
		}
	}

	private void partner(List<ExtractedRelation> out, Org a, Org b, String kind, Integer year, String s) {
		// The school is the "to" end of a school's partnership with another kind.
		if (a.kind() == OrgKind.SCHOOL && b.kind() != OrgKind.SCHOOL) {
			Org t = a;
			a = b;
			b = t;
		}
		add(out, RelationType.PARTNERS_WITH, a, b, null, kind, null, null, null, year, s);
	}

	private Org schoolOf(String s, List<Mention> mentions, Mention enterprise) {
		for (Mention x : mentions) {
			if (x != enterprise && x.resolved() && x.org().kind() == OrgKind.SCHOOL) {
				return x.org();
			}
		}
		if (this.reporter == null) {
			this.unresolved++;
		}
		return this.reporter;
	}

	private static String partnershipKind(String s) {
		if (s.contains("订单班")) {
			return "ORDER_CLASS";
		}
		if (s.contains("学徒")) {
			return "APPRENTICESHIP";
		}
		if (s.contains("实习基地")) {
			return "INTERNSHIP_BASE";
		}
		if (s.contains("就业")) {
			return "EMPLOYMENT";
		}
		if (s.contains("设备") || s.contains("捐赠")) {
			return "EQUIPMENT";
		}
		if (s.contains("科研") || s.contains("研发") || s.contains("技术攻关") || s.contains("联合攻关")) {
			return "RESEARCH";
		}
		return "OTHER";
	}

	/**
	 * The explicit subject of a clause: its first mention before {@code at}, else the
	 * sentence's first mention (an earlier clause's subject carries over), else the
	 * reporter.
	 */
	private Org subjectBefore(String s, List<Mention> mentions, int clauseStart, int at) {
		for (int from : new int[] { clauseStart, 0 }) {
			for (Mention x : mentions) {
				if (x.start() >= from && x.end() <= at) {
					if (precededByPreposition(s, x) || s.startsWith("附属", x.end())) {
						break;
					}
					return x.resolved() ? x.org() : null;
				}
			}
		}
		return this.reporter;
	}

	// --- AFFILIATED_WITH

	private void affiliation(String s, List<Mention> mentions, Integer year, List<ExtractedRelation> out) {
		Matcher m = Pattern.compile("附属(的)?").matcher(s);
		while (m.find()) {
			Mention school = null;
			Mention affiliate = null;
			for (Mention x : mentions) {
				if (x.end() <= m.start() && m.start() - x.end() <= 1) {
					school = x;
				}
				if (affiliate == null && x.start() >= m.end() && x.start() - m.end() <= 1) {
					affiliate = x;
				}
			}
			if (school == null || affiliate == null) {
				continue;
			}
			if (!school.resolved()) {
				this.unresolved++;
				continue;
			}
			if (affiliate.resolved()) {
				add(out, RelationType.AFFILIATED_WITH, affiliate.org(), school.org(), null, null, null, null, null,
						null, s);
			}
		}
	}

	// --- helpers

	private static void add(List<ExtractedRelation> out, RelationType type, Org from, Org to, String role, String kind,
			String title, String level, String stage, Integer year, String evidence) {
		if (from == null || to == null || from.id().equals(to.id()) || !type.allows(from.kind(), to.kind())
				|| type.checkRole(role).isPresent()) {
			return;
		}
		out.add(new ExtractedRelation(type, from, to, role, kind, title, level, stage, year, evidence));
	}

	private static int firstOf(String s, int from, String... marks) {
		int end = s.length();
		for (String mark : marks) {
			int at = s.indexOf(mark, from);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return end;
	}

	static Integer year(String s) {
		Matcher m = YEAR.matcher(s);
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			if (year >= 1900 && year <= Year.now().getValue() + 1) {
				return year;
			}
		}
		return null;
	}

}
