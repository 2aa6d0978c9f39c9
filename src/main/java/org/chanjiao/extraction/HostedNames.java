package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Names that hold another: a college written after its host school (东陵大学某产业学院, or after
 * the school's 简称 definition) is two mentions with the PART_OF between them, an affiliate
 * named with its school (某医学院附属医院) likewise.
 */
final class HostedNames {

	private static final Pattern AFFILIATE = Pattern.compile(
			"(.{2,}?(?:大学|学院|职院|学校))附属(?:的)?[\\u4e00-\\u9fa5]{0,6}?(?:第[一二三四五六七八九十]+)?(?:中心医院|人民医院|医院|中学|小学|幼儿园|学校|实验学校|高级中学|口腔医院|妇幼保健院)");

	private final KnownNames known;

	HostedNames(KnownNames known) {
		this.known = known;
	}

	/** A person's posts at a school, before the next post at one of its colleges. */
	private static final Pattern POSTS_AT_THE_SCHOOL = Pattern
		.compile("(?:党委|党组)?(?:常委|委员|成员|副?书记|副?校长|校长助理|副?院长|副?主任|副?部长|副?处长|教授)[、，,]");

	/**
	 * A college's officer named, then the next college's: 某产业学院院长李某，某产业学院院长徐某 (one
	 * school's delegation).
	 */
	private static final Pattern OFFICER_THEN_NEXT = Pattern
		.compile("(?:副?院长|院长助理|副?书记|副?主任)[\\u4e00-\\u9fa5]{2,3}[、，,]");

	/**
	 * A 学院 written right after a school's name (or after 的), or after its 简称 definition,
	 * is a college of that school (北川职业技术学院（以下简称“北川职院”）华为ICT学院, 某大学的某研究学院).
	 */
	static List<Mention> hosted(String w, List<Mention> mentions) {
		List<Mention> out = new ArrayList<>(mentions);
		for (int i = 1; i < out.size(); i++) {
			Mention school = out.get(i - 1);
			Mention college = out.get(i);
			if (college.start() < school.end()) {
				continue;
			}
			if (college.start() == school.end() && Departments.isDepartment(w, college) && school.org() != null
					&& (school.org().kind() == OrgKind.COLLEGE || school.org().kind() == OrgKind.SCHOOL)) {
				// 某学院某系: the college holds the department and is no party beside it
				out.set(i - 1, new Mention(school.start(), school.end(), school.text(), school.org(), Source.HOST));
				out.set(i, new Mention(college.start(), college.end(), college.text(), college.org(), college.source(),
						school.org()));
				continue;
			}
			String between = w.substring(school.end(), college.start());
			if (between.matches("[（(]") && (w.startsWith(")", college.end()) || w.startsWith("）", college.end()))) {
				// 某大学依托数学与计算机科学学院（大数据学院）: the college's other name, a college of the
				// same school
				if (school.org() != null && school.org().kind() == OrgKind.COLLEGE && college.host() == null
						&& college.source() == Source.LEXICON && college.text().endsWith("学院")
						&& !college.org().known()) {
					Org org = college.org();
					out.set(i, new Mention(college.start(), college.end(), college.text(),
							new Org(org.id(), org.name(), OrgKind.COLLEGE, false), college.source(), school.host()));
				}
				continue;
			}
			// 某大学的某学院 too, and 某大学党委委员、某学院院长: one person's posts, at the school and
			// at its college
			boolean adjacent = between.matches("｜*|的") || POSTS_AT_THE_SCHOOL.matcher(between).matches()
					&& college.org() != null && college.org().kind() == OrgKind.COLLEGE;
			if (adjacent && college.host() == null && school.org().kind() == OrgKind.SCHOOL
					&& school.source() != Source.HOST && college.source() == Source.LEXICON
					&& w.substring(college.start(), college.end()).endsWith("学院") && !college.org().known()) {
				Org org = college.org();
				Org asCollege = new Org(org.id(), org.name(), OrgKind.COLLEGE, false);
				out.set(i, new Mention(college.start(), college.end(), college.text(), asCollege, college.source(),
						school.org()));
			}
		}
		// 某学院校长助理、某产业学院院长李某，某产业学院院长徐某…一行: the next industry college of the
		// delegation is the same school's
		for (int i = 1; i < out.size(); i++) {
			Mention before = out.get(i - 1);
			Mention college = out.get(i);
			if (before.host() != null && before.org() != null && before.org().kind() == OrgKind.COLLEGE
					&& college.host() == null && college.org() != null && college.org().kind() == OrgKind.COLLEGE
					&& college.source() == Source.LEXICON && !college.org().known() && college.start() > before.end()
					&& OFFICER_THEN_NEXT.matcher(w.substring(before.end(), college.start())).matches()) {
				out.set(i, new Mention(college.start(), college.end(), college.text(), college.org(), college.source(),
						before.host()));
			}
		}
		collegesSaidToBeOfASchool(w, out);
		return out;
	}

	/**
	 * What stands between a college and its school: 是, 系, 隶属于 (which needs no unit after
	 * it).
	 */
	private static final Pattern IS_OF = Pattern.compile("(?:现)?(?:是|系|为|属|属于|隶属|隶属于)");

	/** What follows that school: 的二级学院, 下属学院, 二级教学单位. */
	private static final Pattern ITS_UNIT = Pattern.compile("(?:的|所属的?)?(?:二级学院|二级教学单位|二级机构|下属学院|直属学院|下属二级学院|教学单位)");

	/**
	 * 某学院是某大学的二级学院, 某学院系某职业技术学院下属学院: a 学院 said to be a school's own unit is a college of
	 * that school, though its name, read alone, would be a school's.
	 */
	private static void collegesSaidToBeOfASchool(String w, List<Mention> out) {
		for (int i = 1; i < out.size(); i++) {
			Mention college = out.get(i - 1);
			Mention school = out.get(i);
			if (college.org() == null || school.org() == null || college.host() != null
					|| college.source() != Source.LEXICON || college.org().known()
					|| school.org().kind() != OrgKind.SCHOOL || school.source() == Source.HOST
					|| !college.text().endsWith("学院")
					|| !IS_OF.matcher(w.substring(college.end(), Math.max(college.end(), school.start()))).matches()
					|| !ITS_UNIT.matcher(w).region(school.end(), w.length()).lookingAt()
							&& !w.startsWith("隶属", college.end())) {
				continue;
			}
			Org org = college.org();
			out.set(i - 1, new Mention(college.start(), college.end(), college.text(),
					new Org(org.id(), org.name(), OrgKind.COLLEGE, false), college.source(), school.org()));
		}
	}

	/**
	 * A college or a 学院 named after its host school (东陵大学生物医药现代产业学院) is two mentions: the
	 * school, and the college named by the rest.
	 */
	void split(String s, String written, NameCandidate c, List<NameCandidate> all, List<Mention> out) {
		Matcher affiliate = AFFILIATE.matcher(s.substring(c.start(), c.end()));
		if (c.source() == Source.LEXICON && affiliate.matches()) {
			// 某医学院附属医院: the affiliate, named with its school, and the school
			int schoolEnd = c.start() + affiliate.end(1);
			Org school = this.known.linkOrPropose(s, written, c.start(), schoolEnd, OrgKind.SCHOOL);
			out.add(new Mention(c.start(), schoolEnd, written.substring(c.start(), schoolEnd), school, Source.HOST));
			out.add(new Mention(c.start(), c.end(), written.substring(c.start(), c.end()), c.org(), c.source()));
			return;
		}
		Matcher independent = INDEPENDENT_COLLEGE.matcher(s.substring(c.start(), c.end()));
		if (c.source() == Source.GAZETTEER && c.org().kind() == OrgKind.SCHOOL && independent.matches()) {
			// 某大学某学院 of the list (an independent college): read as the guide reads every
			// X大学Y学院, the college Y学院 and its host X大学
			int hostEnd = c.start() + independent.end(1);
			Org host = this.known.linkOrPropose(s, written, c.start(), hostEnd, OrgKind.SCHOOL);
			out.add(new Mention(c.start(), hostEnd, written.substring(c.start(), hostEnd), host, Source.HOST));
			addCollege(s, written, hostEnd, c.end(), Source.LEXICON, host, out);
			return;
		}
		if (c.source() == Source.LEXICON && (c.org().kind() == OrgKind.COLLEGE || c.org().kind() == OrgKind.SCHOOL)) {
			int bareHostEnd = hostEnd(s, c, all);
			// 某工业大学(深圳)某学院: the host's campus is part of its name
			int campusEnd = (bareHostEnd > 0) ? SuffixNames.campusEnd(s, bareHostEnd) : -1;
			int hostEnd = (campusEnd < c.end() - 2) ? campusEnd : bareHostEnd;
			// (某大学-某公司产业学院: a name that joins its founders with a dash is one name, as
			// written)
			if (hostEnd > 0 && !JOINED_FOUNDERS.matcher(s.substring(hostEnd, hostEnd + 1)).matches()) {
				Matcher campus = CAMPUS.matcher(s.substring(hostEnd, c.end()));
				Matcher shortForm = SHORT_FORM_IN_BRACKETS.matcher(s.substring(hostEnd, c.end()));
				// (某大学(某大)工程学院: the school's short form, in brackets, before its college)
				int afterCampus = hostEnd
						+ (campus.lookingAt() ? campus.end() : shortForm.lookingAt() ? shortForm.end() : 0);
				int collegeStart = afterVerb(s, afterCampus, c.end());
				String collegeName = s.substring(collegeStart, c.end());
				Org host = this.known.linkOrPropose(s, written, c.start(), hostEnd, OrgKind.SCHOOL);
				out.add(new Mention(c.start(), hostEnd, written.substring(c.start(), hostEnd), host, Source.HOST));
				int inner = collegeName.indexOf("学院");
				// 某大学汽车学院比亚迪产业学院: two colleges of the school, one after the other
				boolean two = inner >= 2 && isCollegeName(collegeName.substring(inner + 2));
				int split = two ? collegeStart + inner + 2 : c.end();
				addCollege(s, written, collegeStart, split, c.source(), host, out);
				if (two) {
					addCollege(s, written, split, c.end(), c.source(), host, out);
				}
				return;
			}
		}
		if (c.source() == Source.LEXICON
				&& (c.org().kind() == OrgKind.RESEARCH_INSTITUTE || c.org().kind() == OrgKind.PRACTICE_BASE)) {
			// 某大学某研究院, 某学院教学实践基地: the platform keeps its whole name, and the school (or
			// the group) its name opens with is named too — its founder (RelationReader)
			int hostEnd = platformHostEnd(s, c, all);
			if (hostEnd > 0) {
				int hostStart = listedHostStart(c, hostEnd, all);
				String hostName = s.substring(hostStart, hostEnd);
				// (某产业学院综合实训中心: a school's industry college, not a school)
				OrgKind kind = ENTERPRISE_HOST.matcher(hostName).find() ? OrgKind.ENTERPRISE
						: hostName.endsWith("产业学院") ? OrgKind.COLLEGE : OrgKind.SCHOOL;
				Org host = this.known.linkOrPropose(s, written, hostStart, hostEnd, kind);
				out.add(new Mention(hostStart, hostEnd, written.substring(hostStart, hostEnd), host, Source.HOST));
				int own = afterVerb(s, hostEnd, c.end());
				if (own > hostEnd) {
					// 某大学选派某研究院专家: the school and the institute, two names
					Org platform = this.known.linkOrPropose(s, written, own, c.end(), c.org().kind());
					out.add(new Mention(own, c.end(), written.substring(own, c.end()), platform, c.source()));
					return;
				}
			}
		}
		out.add(new Mention(c.start(), c.end(), written.substring(c.start(), c.end()), c.org(), c.source()));
	}

	/**
	 * Where the host of a platform's name starts: at the name's start, or where a school
	 * of the list or the graph ends the host's words (山海协作某理工学院|泰顺研究院: the school is
	 * 某理工学院, 山海协作 the programme the platform belongs to).
	 */
	private static int listedHostStart(NameCandidate c, int hostEnd, List<NameCandidate> all) {
		int start = c.start();
		for (NameCandidate a : all) {
			if (a.end() == hostEnd && a.start() > c.start() && a.anchored() && a.org().kind() == OrgKind.SCHOOL
					&& (start == c.start() || a.start() < start)) {
				start = a.start();
			}
		}
		return start;
	}

	private static final Pattern INDEPENDENT_COLLEGE = Pattern
		.compile("([\\u4e00-\\u9fa5]{2,8}?大学)([\\u4e00-\\u9fa5]{2,6}学院)");

	private static final Pattern JOINED_FOUNDERS = Pattern.compile("[-—－–·‧•]");

	private static final Pattern LEGAL_FORM_AFTER = Pattern.compile("(?:股份)?有限(?:责任)?公司");

	private static final Pattern UNIVERSITY_PARK = Pattern.compile("大学(?:科技园|科技创新园)");

	private static final Pattern ENTERPRISE_HOST = Pattern.compile("(?:集团|有限公司)$");

	/**
	 * Where the school or group a platform's name opens with ends (东陵大学|东陵研究院), or -1: a
	 * school of the list or the graph, else a name ending in 大学, 学院, 集团 or 有限公司 with at
	 * least three characters of the platform's own after it.
	 */
	private static int platformHostEnd(String s, NameCandidate c, List<NameCandidate> all) {
		for (NameCandidate a : all) {
			if (a != c && a.start() == c.start() && a.end() < c.end() - 2 && a.anchored()
					&& (a.org().kind() == OrgKind.SCHOOL || a.org().kind() == OrgKind.ENTERPRISE)) {
				return a.end();
			}
		}
		int end = -1;
		for (String suffix : List.of("职业技术大学", "职业技术学院", "职业大学", "职业学院", "大学", "学院", "集团", "有限公司")) {
			int at = s.indexOf(suffix, c.start());
			// (德威新材-苏州大学氢能研究所: two founders joined by a dash are not one host)
			if (at >= 0 && at + suffix.length() < c.end() - 2 && at - c.start() >= 2
					&& !JOINED_FOUNDERS.matcher(s.substring(c.start(), at)).find()
					// (某教育园大学科技园: a zone's 大学科技园 is a kind of park, 某大学科技园 the
					// school's own)
					&& !(suffix.equals("大学") && "园区城".indexOf(s.charAt(at - 1)) >= 0
							&& UNIVERSITY_PARK.matcher(s).region(at, c.end()).lookingAt())
					// (江苏省大学生实习实训基地: 大学生 are students, no university ends there)
					&& OrganizationLexicon.NOT_AN_END_WORDS.stream()
						.noneMatch((w) -> w.length() > suffix.length() && s.startsWith(w, at))
					&& !OrganizationLexicon.isGeneric(s.substring(c.start(), at + suffix.length()))
					&& NameShapes.isWellFormed(s.substring(c.start(), at + suffix.length()),
							OrganizationLexicon.kindOf(s.substring(c.start(), at + suffix.length()))
								.orElse(OrgKind.SCHOOL))) {
				end = (end < 0) ? at + suffix.length() : Math.min(end, at + suffix.length());
			}
		}
		// 某集团有限公司第七一三研究所: a numbered unit of a company is its branch, not its
		// foundation
		Matcher legal = LEGAL_FORM_AFTER.matcher(s.substring(Math.max(end, 0), c.end()));
		int hostEnd = (end > 0 && legal.lookingAt()) ? end + legal.end() : end;
		return (hostEnd > 0 && s.startsWith("第", hostEnd)) ? -1 : hostEnd;
	}

	/**
	 * 某大学选派城市轨道交通学院…: a verb between a school and its college's name (of two characters,
	 * with a name of six or more after it) is no part of the college's name.
	 */
	private static int afterVerb(String s, int from, int end) {
		List<com.hankcs.hanlp.seg.common.Term> terms = MentionFinder.terms(s.substring(from, end));
		if (terms.size() < 2) {
			return from;
		}
		com.hankcs.hanlp.seg.common.Term first = terms.get(0);
		return (LeadingWords.isWordVerb(first) && !LeadingWords.MODIFYING_VERBS.contains(first.word)
				&& end - from - first.length() >= 6) ? from + first.length() : from;
	}

	private void addCollege(String s, String written, int from, int end, Source source, Org host, List<Mention> out) {
		int skipped = from;
		while (skipped < end && Character.isWhitespace(s.charAt(skipped))) {
			skipped++; // 某大学 某学院: the space between them is no part of the college's name
		}
		int start = skipped;
		Org college = this.known.linkOrPropose(s, written, start, end, OrgKind.COLLEGE);
		out.add(new Mention(start, end, written.substring(start, end), college, source, host));
	}

	/** A campus in brackets between a school and its college: 某职业学院(某校区)某学院. */
	private static final Pattern CAMPUS = Pattern.compile("[（(][\\u4e00-\\u9fa5]{1,8}校区[）)]");

	/** A short form in brackets right after a school's name: (港大), (江大). */
	private static final Pattern SHORT_FORM_IN_BRACKETS = Pattern.compile("[（(][\\u4e00-\\u9fa5]{2,4}[）)]");

	/**
	 * What ends a host's name: a school's suffix, long ones first, then its short forms.
	 */
	private static final List<String> HOST_SUFFIXES = Stream
		.concat(Stream.of("职业技术大学", "职业技术学院", "职业大学", "职业学院", "大学", "学院"),
				OrganizationLexicon.SHORT_SCHOOL_SUFFIXES.stream())
		.toList();

	private int hostEnd(String s, NameCandidate c, List<NameCandidate> all) {
		for (NameCandidate a : all) {
			if (a != c && a.start() == c.start() && a.end() < c.end() - 2 && a.org().kind() == OrgKind.SCHOOL
					&& a.anchored() && isCollegeName(s.substring(a.end(), c.end()))) {
				return a.end();
			}
		}
		for (String suffix : HOST_SUFFIXES) {
			for (int at = s.indexOf(suffix, c.start()); at >= 0
					&& at + suffix.length() < c.end() - 2; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (end - c.start() >= ((suffix.length() == 2 && !suffix.equals("大学") && !suffix.equals("学院")) ? 3 : 4)
						&& isCollegeName(s.substring(end, c.end()))
						// (高职院校产业学院: 院校 is one word, schools in general, no host's end)
						&& !(s.charAt(end - 1) == '院' && s.charAt(end) == '校')
						&& !OrganizationLexicon.isGeneric(s.substring(c.start(), end))
						&& !isSchoolAfterShortForm(suffix, s.substring(end, c.end()))) {
					return end;
				}
			}
		}
		return -1;
	}

	/**
	 * 某理工职业学院, 某理工职业技术学院: a short form's word followed by nothing but a school's own
	 * suffix is the school's full name, not a college of the school the short form names.
	 */
	private static boolean isSchoolAfterShortForm(String hostSuffix, String rest) {
		return OrganizationLexicon.SHORT_SCHOOL_SUFFIXES.contains(hostSuffix)
				&& OrganizationLexicon.SUFFIXES.get(rest) == OrgKind.SCHOOL;
	}

	/**
	 * What may follow a school's name as one of its colleges: any 学院, an ordinary one
	 * (管理学院, 医学院) too — a school's name followed by a 学院 names that college of it.
	 */
	static boolean isCollegeName(String rest) {
		return rest.length() >= 3 && rest.endsWith("学院") && !rest.startsWith("附属") && !rest.startsWith("和")
				&& !rest.startsWith("与")
				// (某学院相关职能部门及二级学院: which of its units, no college's name)
				&& !rest.matches("^(?:相关|有关|各|其他|其它|部分|所属|下属|全体).*");
	}

}
