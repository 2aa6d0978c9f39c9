package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Where two names meet inside what the {@link NameBoundary} walk took for one: a joiner
 * (与, 和, 及) between two names rather than inside one (沈阳某环保与节能科技有限公司), a complete name
 * followed by a joiner (A协会和B公司), and two names written one after the other
 * (民政部中国社区发展协会).
 */
final class NameJoins {

	private NameJoins() {
	}

	/** After a joiner, a school's whole name and a college's words: 某大学创业(学院). */
	private static final java.util.regex.Pattern SCHOOL_THEN_COLLEGE = java.util.regex.Pattern
		.compile("[\\u4e00-\\u9fa5]{2,10}?大学[\\u4e00-\\u9fa5]{2,8}");

	/** A university's suffix where a name's suffix starts: 大学, 工业大学, 师范大学. */
	private static final java.util.regex.Pattern UNIVERSITY_SUFFIX = java.util.regex.Pattern
		.compile("[\\u4e00-\\u9fa5]{0,4}?大学(?!生)");

	/** A school's name and a field of two to four characters (某大学酒店). */
	private static final java.util.regex.Pattern FIELD_AFTER_SCHOOL = java.util.regex.Pattern
		.compile(".*(?:大学|学院)[\\u4e00-\\u9fa5]{2,4}");

	/**
	 * 某大学酒店与旅游管理学院: the one-character joiner at {@code joiner} is inside the name of one
	 * of a school's colleges, named by the two fields it joins (the first a word that
	 * could end a name of its own), when the name from {@code from} to it is a school's
	 * and a field and at most eight characters follow it before 学院 at
	 * {@code suffixStart}.
	 */
	private static boolean joinsFieldsOfACollege(String s, int from, int joiner, int suffixStart) {
		return s.startsWith("学院", suffixStart) && suffixStart - joiner - 1 <= 8
				&& FIELD_AFTER_SCHOOL.matcher(s.substring(from, joiner)).matches();
	}

	/**
	 * 新闻与传播学院: 新闻 ending at an offset is the first of the fields a college teaches, no
	 * news service before 与.
	 */
	static boolean isNewsAndCommunication(String s, int newsEnd) {
		return newsEnd >= 2 && s.startsWith("新闻", newsEnd - 2) && s.startsWith("与传播", newsEnd);
	}

	/**
	 * A complete name followed by 和/与/及 ends a list item (A协会和B公司); so does one followed
	 * by a preposition, an adverb or a conjunction that the segmenter sees as a
	 * one-character word of its own (某学院就全国某共同体, 某大学为某中心): what follows it starts another
	 * name. Which words these are is what HanLP tags them, not a list.
	 */
	static int afterCompleteName(String s, int left, int suffixStart, NameBoundary.Tokens tokens) {
		int cut = left;
		for (String suffix : OrganizationLexicon.SUFFIXES_LONGEST_FIRST) {
			for (int at = s.indexOf(suffix, left); at >= 0
					&& at + suffix.length() < suffixStart; at = s.indexOf(suffix, at + 1)) {
				int after = at + suffix.length();
				if (isNewsAndCommunication(s, after)) {
					continue;
				}
				if (!joinsFieldsOfACollege(s, left, after, suffixStart)
						&& ("和与及".indexOf(s.charAt(after)) >= 0 && after + 1 <= suffixStart
								|| after + 2 < suffixStart && isOneCharFunctionWord(tokens, after))) {
					cut = Math.max(cut, after + 1);
				}
				// 某中心（现某研究院）设在某大学: past the bracket that closes after the name
				int next = after;
				while (next < suffixStart && "）)”」》".indexOf(s.charAt(next)) >= 0) {
					next++;
				}
				if (next > after && next + 2 < suffixStart && isOneCharFunctionWord(tokens, next)) {
					cut = Math.max(cut, next + 1);
				}
				cut = Math.max(cut, afterVerbBeforeName(tokens, next, suffixStart));
			}
		}
		cut = Math.max(cut, lastWholeNameEnd(s, cut, suffixStart));
		return cut;
	}

	/**
	 * 某联盟接受某市教育局: a complete name, then a verb of two or more characters, then a place's,
	 * a person's or an organisation's name (as the segmenter tags them) — the verb ends
	 * the first name's clause and the next name starts after it.
	 */
	private static int afterVerbBeforeName(NameBoundary.Tokens tokens, int offset, int suffixStart) {
		Term term = tokens.termAt(offset);
		if (term == null) {
			return -1;
		}
		String nature = (term.nature != null) ? term.nature.toString() : "";
		int end = offset + term.length();
		Term next = tokens.termAt(end);
		boolean verb = (nature.equals("v") || nature.equals("vi")) && term.length() >= 2;
		// 某学院组织南昌某医院: a verb the segmenter tagged a noun (组织, 服务) before a place
		// (某大学附属望江中医院: 附属 joins the affiliate to its school's name)
		boolean verbAsNoun = (nature.equals("n") || nature.equals("vn")) && term.length() == 2 && next != null
				&& next.nature != null && next.nature.toString().startsWith("ns") && !term.word.equals("附属");
		// 某学院建有某中心: a verb of having or building after a complete name ends its clause
		boolean has = verb && term.word.matches("(?:建有|拥有|设有|下设|建成|成立|组建|打造|获批|入选)");
		return ((verb || verbAsNoun) && end + 2 <= suffixStart && next != null && (NameBoundary.isProper(next) || has))
				? end : -1;
	}

	private static boolean isOneCharFunctionWord(NameBoundary.Tokens tokens, int offset) {
		Term term = tokens.termAt(offset);
		String nature = (term != null && term.nature != null) ? term.nature.toString() : "";
		return term != null && term.length() == 1
				&& (nature.startsWith("p") || nature.equals("d") || nature.equals("c") || nature.equals("cc")
						|| nature.equals("uzhi") // 某大学之教学医院
						|| nature.equals("v") && !brokenUp(tokens, offset + 1) // 某市政府建某研究院
						// 某学院要用好某实训室: a modal opens the clause's verb
						|| nature.startsWith("v") && "要将会应须需".contains(term.word));
	}

	// 产/v 教/v 融合: single characters one after another are a word the segmenter broke up
	private static boolean brokenUp(NameBoundary.Tokens tokens, int next) {
		Term after = tokens.termAt(next);
		return after != null && after.length() == 1;
	}

	/**
	 * Two names written one after the other (民政部中国社区发展协会, 某技师学院全国总工会, 某旅游协会湖北某学院): a
	 * complete name ends where one that starts with 全国, 中国 or a province begins — unless
	 * what follows is a unit of it or a company (某集团江苏分公司, 某大学湖北研究院, 中国某通信集团江苏有限公司).
	 */
	static int lastWholeNameEnd(String s, int from, int suffixStart) {
		if (SUB_UNIT.matcher(s.substring(suffixStart)).lookingAt()) {
			return from;
		}
		int cut = from;
		Matcher m = WHOLE_NAME_END.matcher(s);
		m.region(from, suffixStart);
		while (m.find()) {
			int next = m.end();
			if (next - from < 3 || next >= suffixStart) {
				continue;
			}
			String rest = s.substring(next, suffixStart);
			if (rest.startsWith("全国") || rest.startsWith("中国")
					|| OrganizationLexicon.PROVINCES.stream().anyMatch(rest::startsWith) && rest.length() > 3) {
				cut = Math.max(cut, next);
			}
		}
		return cut;
	}

	private static final Pattern WHOLE_NAME_END = Pattern.compile("(?:学院|大学|协会|学会|工会|民政部|教育部|人社部|教育厅|教育局|集团|公司)");

	private static final Pattern SUB_UNIT = Pattern.compile(
			"(?:分公司|事业部|分行|支行|分会|分院|分校|研究院|研究所|研究中心|中心|实验室|学院|子公司|办事处|有限公司|有限责任公司|股份有限公司|公司|委员会|专业委员会|工作委员会|教学指导委员会|指导委员会)");

	/**
	 * After 与, 和 or 及 that joins two names (华为与某大学, 过去与某高中, 资金与温州某学院), but not inside a
	 * name (沈阳某环保与节能科技有限公司, 智能制造及先进装备产业学院): the joiner separates when the word before it
	 * is a name of its own (an organisation, a brand, a person's or a place's name) or
	 * ends in a suffix, when what follows it starts with a place's name, or when what
	 * precedes it in the walk is no name (a time, a verb, an adverb).
	 */
	static int lastJoinerEnd(String s, int from, int to, NameBoundary.Tokens tokens) {
		int cut = from;
		List<Term> terms = tokens.terms();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			int end = term.offset + term.length();
			if (term.offset < cut || end > to
					|| !(term.word.equals("与") || term.word.equals("和") || term.word.equals("及"))) {
				continue;
			}
			if (mergedBureau(s, cut, term, to) || regionsStudied(s, terms, i, to)
					|| committeeOfTwoFields(s, cut, term.offset, to)) {
				continue;
			}
			if (term.offset == cut && isNamesFirstJoiner(s, term, (i + 1 < terms.size()) ? terms.get(i + 1) : null)) {
				continue;
			}
			if (i == 0 || term.offset == cut || end == to) {
				cut = end;
				continue;
			}
			Term before = terms.get(i - 1);
			// 某大学酒店管理专业与某集团, 某学院生物工程系与某公司: a school's major or department is no
			// name's first half
			// (领导和某学校, 现场与某职院: people and occasions are no name's half either)
			// (利用学校的技术服务优势与某集团合作: nor what one brings to the work)
			boolean unit = before.word
				.matches("专业|专业群|.{0,3}系|学科|团队|方面|领域|方向|层面|领导|师生|代表|人员|负责人|现场|会上|优势|实力|经验|需求|作用|力量")
					|| "nnt".equals(String.valueOf(before.nature)) // 某社社长和某会: a title
					// 其中多位与某会联系紧密: a measure word counts people or things, no field
					|| "q".equals(String.valueOf(before.nature));
			String upTo = s.substring(cut, term.offset);
			boolean closedName = (upTo.endsWith("）") || upTo.endsWith(")"))
					&& OrganizationLexicon.suffixOf(upTo.replaceFirst("[（(][^（(]*[）)]$", "")).isPresent();
			boolean named = closedName || NameBoundary.isProper(before) && !"nz".equals(String.valueOf(before.nature))
					|| OrganizationLexicon.suffixOf(upTo).isPresent() && !isNewsAndCommunication(s, term.offset)
					|| OrganizationLexicon.ZONE_SUFFIXES.stream().anyMatch(upTo::endsWith)
					|| KIND_BEFORE_JOINER.matcher(upTo).find()
					|| OrganizationLexicon.SHORT_SCHOOL_SUFFIXES.stream().anyMatch(upTo::endsWith)
					// (争创国家“双高” 和某集团: a quotation ends before a firm's name; in
					// 某“数字城市”和某实验室 the two fields are one name's)
					|| upTo.matches(".*[”」’]\\s*") && BoundaryWords.COMPANY_SUFFIX.matcher(s.substring(to)).lookingAt();
			Term after = (i + 1 < terms.size()) ? terms.get(i + 1) : null;
			String afterNature = (after != null && after.nature != null) ? after.nature.toString() : "";
			boolean placeAfter = afterNature.startsWith("ns");
			// 的科研优势与江川某学院: a phrase with 的 before the joiner is no name's first
			// half when a proper name follows it; with none (某大学的智慧半导体及永续制造学院,
			// 项目的艺术与设计学院) the joiner is inside the name that follows 的
			boolean properAfter = placeAfter || afterNature.startsWith("nr") || afterNature.startsWith("nt");
			boolean noNameBefore = upTo.indexOf('的') > 0 || cut > 0 && s.charAt(cut - 1) == '的' && properAfter;
			// 黎明大学资源与环境科学学院: words before a complete name inside the walk are that name's
			int nameEnd = cut + lastSuffixEnd(upTo);
			for (int j = i - 1; j >= 0 && terms.get(j).offset >= nameEnd; j--) {
				noNameBefore |= isFunctionWord(terms.get(j));
			}
			// 中国一汽与国家增材制造创新中心: what follows opens a name of its own (国家, 中国, 全国, a
			// province)
			String rest = s.substring(end, to);
			// (某战略和国家发改委: 国家 alone before the suffix, a national body's name)
			boolean opensName = rest.length() > 4
					&& (rest.startsWith("国家") || rest.startsWith("中国") || rest.startsWith("全国")
							|| OrganizationLexicon.PROVINCES.stream().anyMatch(rest::startsWith))
					|| rest.matches("国家|中国");
			// 超分子结构与材料国家重点实验室: a key laboratory is named by the two fields it joins; a
			// word the segmenter takes for a verb (超) in the first is no reason to cut
			boolean keyLaboratory = KEY_LABORATORY.matcher(s).region(end, s.length()).lookingAt()
					&& upTo.indexOf('的') < 0 && OrganizationLexicon.suffixOf(upTo).isEmpty();
			// 江川科技与青禾大学: a proper name on both sides of the joiner names two parties
			boolean properBefore = false;
			for (int j = i - 1; j >= 0 && terms.get(j).offset >= cut; j--) {
				properBefore |= NameBoundary.isProper(terms.get(j))
						&& !"nz".equals(String.valueOf(terms.get(j).nature));
			}
			// (the proper name right before the suffix: 山东省现代物流与数智供应链…共同体 is one
			// name)
			named |= properBefore && (afterNature.startsWith("nr") || afterNature.startsWith("ns"))
					&& after.offset + after.length() == to;
			// 浙大与江川科技有限公司: a short word that opens the walk, and a person's or
			// an organisation's name right after the joiner, are two parties (a name's
			// first field is a common word: 环保与节能科技有限公司)
			// (智慧旅游与康养…中心: two common words are a field of a centre or a college,
			// whatever the segmenter takes the word after the joiner for; a firm is named
			// by its brand, 数字经济与江川科技有限公司, and a proper name right before the suffix
			// is the name, 智慧旅游与江川研究院)
			named |= upTo.length() <= 4 && (afterNature.startsWith("nr") || afterNature.startsWith("nt"))
					&& (before.offset == cut || properBefore || afterNature.startsWith("nt")
							|| after.offset + after.length() == to
							|| BoundaryWords.COMPANY_SUFFIX.matcher(s).region(to, s.length()).lookingAt());
			// GMCC美芝与江川工业大学: no university's name joins two words with 与, so a
			// university named with a proper name after the joiner is a party of its own
			named |= UNIVERSITY_SUFFIX.matcher(s).region(to, s.length()).lookingAt()
					&& (afterNature.startsWith("nr") || afterNature.startsWith("ns"));
			named &= !joinsFieldsOfACollege(s, cut, term.offset, to);
			// 某镇与某大学创业学院: a school named whole after the joiner opens a name of its
			// own, whatever stands before
			named |= SCHOOL_THEN_COLLEGE.matcher(s.substring(end, to)).matches();
			// 成立某新型显示与集成电路产教联盟, 共建某技术集成与应用协同创新中心: a verb or a number
			// before the joiner is a field's word when only a few common words of another
			// field follow it to the suffix; the joiner joins the two fields of one name
			boolean fieldsJoined = !upTo.contains("的") && isFieldAfterJoiner(terms, i + 1, to)
					|| isFoundedFields(s, cut, upTo, end, to, terms, i);
			if (named || placeAfter || noNameBefore && !keyLaboratory && !fieldsJoined || unit || opensName) {
				cut = end;
			}
		}
		return cut;
	}

	/**
	 * 与和远气体某公司, 、和远气体某公司: 和 right after a list's comma or another joiner, before a common
	 * word, is a name's first character (before a proper name, 、和江川大学, the two separators
	 * are written twice).
	 */
	static boolean isNamesFirstJoiner(String s, Term term, Term next) {
		return s != null && term.word.equals("和") && term.offset > 0 && "、与及".indexOf(s.charAt(term.offset - 1)) >= 0
				&& next != null && !NameBoundary.isProper(next);
	}

	/**
	 * 当阳市经济信息化和商务局, 某县自然资源和规划局, 某市文化广电和旅游局: a place's bureau named by the two fields
	 * merged into it; 和 joins the fields, not two bodies. A place opens the words before
	 * 和, which hold no suffix, and at most a few words of a field stand between 和 and the
	 * bureau's 局, 厅 or 委.
	 */
	private static boolean mergedBureau(String s, int cut, Term joiner, int to) {
		if (!joiner.word.equals("和") || joiner.offset <= cut || !BUREAU.matcher(s).region(to, s.length()).lookingAt()) {
			return false;
		}
		String before = s.substring(cut, joiner.offset);
		String field = s.substring(joiner.offset + 1, to);
		boolean place = Places.startsWithPlace(before) || PLACE_HEAD.matcher(before).lookingAt();
		// (某市科技和工业信息化局: a field of up to six characters after the joiner)
		return place && field.length() <= 6 && !Places.startsWithPlace(field)
				&& OrganizationLexicon.suffixOf(before).isEmpty() && before.matches("[\\u4e00-\\u9fa5]+");
	}

	/**
	 * 某研究会产业创新与产教融合专业委员会: between a society's name and its committee's suffix, 与 joins
	 * the two fields the committee works in.
	 */
	private static boolean committeeOfTwoFields(String s, int from, int at, int to) {
		return COMMITTEE.matcher(s).region(to, s.length()).lookingAt()
				&& SOCIETY_THEN_FIELD.matcher(s.substring(from, at)).find() && to - at <= 9;
	}

	/** The suffix of a society's committee: 某学会某与某专业委员会. */
	private static final Pattern COMMITTEE = Pattern.compile("(?:专业委员会|专委会|工作委员会|分会)");

	/**
	 * A society's name and a field of at most eight characters after it, to the joiner.
	 */
	private static final Pattern SOCIETY_THEN_FIELD = Pattern.compile("(?:研究会|学会|协会|联合会|促进会)[\\u4e00-\\u9fa5]{2,8}$");

	/**
	 * 东北与东北亚研究院, 中国与全球化研究中心: an institute that studies two regions is named by both; 与
	 * between two places' names right before 研究 joins them (a province's or a city's
	 * body, 某省与某研究院, is named with its 省, 市 or 县).
	 */
	private static boolean regionsStudied(String s, List<Term> terms, int i, int to) {
		Term before = (i > 0) ? terms.get(i - 1) : null;
		Term after = (i + 1 < terms.size()) ? terms.get(i + 1) : null;
		return before != null && after != null && String.valueOf(before.nature).startsWith("ns")
				&& String.valueOf(after.nature).startsWith("ns") && after.offset + after.length() == to
				&& s.startsWith("研究", to) && !before.word.matches(".*[省市县区州]");
	}

	/**
	 * A bureau's suffix, with at most a few words of its field before it: 商务局, 局, 旅游局.
	 */
	private static final Pattern BUREAU = Pattern.compile("[\\u4e00-\\u9fa5]{0,4}?[局厅委](?!员)");

	/** A place's name before the fields of its bureau: 江川县, 某市. */
	private static final Pattern PLACE_HEAD = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}?[省市县区](?!委|政府)");

	/**
	 * 高校与商协会, 某人才网与某联盟, 大湾区与中西部地区学校: a kind of body, a website or a region before the
	 * joiner is a party (or a place) of its own, never a name's first half (某市某区某镇与某大学: a
	 * town, a county or a village too).
	 */
	private static final Pattern KIND_BEFORE_JOINER = Pattern.compile("(?:高校|企业|学校|院校|部室|政府|[区网镇乡县村])$");

	private static final Pattern KEY_LABORATORY = Pattern.compile("[\\u4e00-\\u9fa5]{2,12}?(?:国家|教育部|省部共建|省)?重点实验室");

	private static int lastSuffixEnd(String text) {
		int end = 0;
		for (String suffix : List.of("大学", "学院", "学校", "集团", "公司")) {
			int at = text.lastIndexOf(suffix);
			if (at >= 0) {
				end = Math.max(end, at + suffix.length());
			}
		}
		return end;
	}

	/**
	 * Whether the words from {@code first} up to the suffix at {@code to} are a field's
	 * common words: at most eight characters, a noun or a verbal noun first, and no
	 * proper name, function word or punctuation among them.
	 */
	private static boolean isFieldAfterJoiner(List<Term> terms, int first, int to) {
		if (first >= terms.size() || to - terms.get(first).offset > 8 || to - terms.get(first).offset < 2) {
			return false;
		}
		String opening = String.valueOf(terms.get(first).nature);
		if (!opening.equals("n") && !opening.equals("vn") && !opening.equals("gi")) {
			return false;
		}
		for (int j = first; j < terms.size() && terms.get(j).offset < to; j++) {
			Term t = terms.get(j);
			String nature = String.valueOf(t.nature);
			if (NameBoundary.isProper(t) || nature.startsWith("w") || nature.startsWith("p") || nature.startsWith("c")
					|| nature.startsWith("r") || nature.startsWith("u") || nature.equals("d") || nature.equals("t")) {
				return false;
			}
		}
		return true;
	}

	/** A founding verb right before a walk: what the walk names is what is founded. */
	private static final java.util.regex.Pattern FOUNDED_RIGHT_BEFORE = java.util.regex.Pattern
		.compile("(?:" + SuffixNames.FOUNDING_VERBS + "|建设|揭牌)了?$");

	/**
	 * 共建学前与托育服务产教融合共同体, 共建先进气动力热预测与推进技术联合创新中心: right after a founding verb, a few words
	 * of a field before the joiner, with no name, suffix or 的 among them, and a few more
	 * before the suffix: the joiner joins two fields of the one name founded (not
	 * 共建某实训基地与某研究院: a suffix before the joiner closes a name).
	 */
	private static boolean isFoundedFields(String s, int cut, String upTo, int end, int to, List<Term> terms,
			int joiner) {
		if (!FOUNDED_RIGHT_BEFORE.matcher(s.substring(Math.max(0, cut - 4), cut)).find() || upTo.length() > 8
				|| to - end > 12 || !upTo.matches("[\\u4e00-\\u9fa5]+") || upTo.contains("的")
				|| OrganizationLexicon.suffixOf(upTo).isPresent()) {
			return false;
		}
		for (int j = joiner - 1; j >= 0 && terms.get(j).offset >= cut; j--) {
			if (NameBoundary.isProper(terms.get(j))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isFunctionWord(Term term) {
		String nature = (term.nature != null) ? term.nature.toString() : "";
		// 西部, 东北 (f) open names of regions (西部智能制造与机器人…基地); 上, 之间 do not
		boolean region = nature.equals("f") && term.word.matches("[东西南北中][部方北南]?");
		return nature.equals("t") || nature.equals("v") || nature.equals("vi") || nature.equals("vd")
				|| nature.equals("d") || nature.startsWith("p") || nature.startsWith("r") || nature.startsWith("u")
				|| nature.equals("f") && !region || nature.equals("m");
	}

}
