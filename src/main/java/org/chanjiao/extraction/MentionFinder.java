package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Finds the names of organisations in one sentence: names and aliases the graph holds,
 * names of the institution {@link Gazetteer}, names that end in a suffix of the
 * {@link OrganizationLexicon} (their left edge found by {@link NameBoundary}), short
 * forms of school names (…职院, …师大), zones a platform is built upon (依托…开发区), and the
 * items of 与A、B等企业 lists. Where candidates overlap the longer wins, except that a name
 * the graph or the gazetteer knows wins over a longer suffix match ending at the same
 * place (the extra characters on the left are not part of it). A college named after its
 * host (X大学Y产业学院) is two names, the host and the college.
 * <p>
 * Works on the sentence in simplified characters ({@link ScriptConverter}) and cuts every
 * name from the sentence as written, at the same offsets.
 */
final class MentionFinder {

	/** 《书名》 and 简称 definitions hold no names of their own. */
	private static final Pattern BARRIERS = Pattern.compile("《[^》]{0,60}》|[（(](?:以下|下文)?(?:简称|下称|以下称)[^）)]{0,20}[）)]");

	private static final Pattern ENTERPRISE_LIST = Pattern.compile(
			"(?:^|[，,；：:]|与|和|联合|携手|引入|包括|如|汇聚|吸纳|吸引|涵盖|集聚|汇集|有|由)([^，。；：]{2,80}?)等(?:\\s*\\d+\\s*[家个所]|多家|多所|近\\d+[家个所]|[一二三四五六七八九十百]+[家个所])?[\\u4e00-\\u9fa5]{0,8}?(企业|公司|单位|机构|院校|高校|协会|成员)");

	private static final String LIST_SEPARATORS = "、和及";

	private static final Pattern AFFILIATE = Pattern
		.compile("(.{2,}?(?:大学|学院|职院|学校))附属(?:的)?(?:第[一二三四五六七八九十]+)?(?:医院|中学|小学|幼儿园|学校|实验学校|高级中学|口腔医院|妇幼保健院)");

	private static final Pattern ITEM_OPENER = Pattern.compile("^(?:与|和|联合了|联合|携手|包括|包含|如|汇聚|吸纳|吸引|涵盖|集聚|汇集|有|由)");

	/** A list item that holds one of these is a person or an event, not a name. */
	private static final Pattern PERSON_WORDS = Pattern
		.compile("校长|院长|书记|主任|经理|董事长|总裁|部长|厅长|局长|市长|县长|区长|主席|会长|理事长|秘书长|教授|院士|代表|出席|参加|表示|负责人|专家|老师|同学|记者|嘉宾|领导");

	private static final Pattern LIST_OPENER = Pattern.compile("由|包括|包含|涵盖|汇聚|联合了|联合|携手|如|有|是|为|：|:|与|和");

	/** Newsrooms named in a dateline: 新华网合肥11月27日电, (中国青年报·中青在线记者 …). */
	private static final Pattern BYLINE = Pattern
		.compile("(?<=^|[（(【·])([\\u4e00-\\u9fa5A-Za-z]{1,8}?(?:网|日报|晚报|早报|报|在线|电视台|广播电视台|新闻社|通讯社|融媒体中心|客户端|财经|新闻))"
				+ "(?=\\s*(?:[讯电·（(\\-—/]|记者|消息|\\d|[\\u4e00-\\u9fa5]{2,4}(?:频道|\\d+月|\\d+日)))");

	private static final Pattern ZONE_HOST = Pattern.compile("(?:依托|以|立足|扎根)$");

	private static volatile Segment segment;

	private final KnownNames known;

	private final Gazetteer gazetteer;

	MentionFinder(KnownNames known, Gazetteer gazetteer) {
		this.known = known;
		this.gazetteer = gazetteer;
	}

	private static Segment segment() {
		if (segment == null) {
			synchronized (MentionFinder.class) {
				if (segment == null) {
					segment = HanLP.newSegment().enableOffset(true);
				}
			}
		}
		return segment;
	}

	/**
	 * The segmenter's words of a sentence; the HanLP segment is not shared across
	 * threads.
	 */
	static List<Term> terms(String sentence) {
		synchronized (MentionFinder.class) {
			return segment().seg(sentence);
		}
	}

	private record Candidate(int start, int end, Org org, Source source) {

		int length() {
			return this.end - this.start;
		}

		boolean anchored() {
			return this.source == Source.KNOWN || this.source == Source.GAZETTEER;
		}

	}

	/**
	 * The names of a sentence, in order.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (same length)
	 */
	List<Mention> find(String s, String written) {
		String w = barriers(s);
		NameBoundary.Tokens tokens = NameBoundary.Tokens.of(terms(w), w);
		List<Candidate> candidates = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie<Org>.Hit<Org> hit : this.known.scan(w)) {
			candidates.add(new Candidate(hit.begin, hit.end, hit.value, Source.KNOWN));
		}
		for (AhoCorasickDoubleArrayTrie<String>.Hit<String> hit : this.gazetteer.scan(w)) {
			String normalized = w.substring(hit.begin, hit.end);
			Org org = this.known.link(normalized)
				.orElseGet(() -> Org.proposed(written.substring(hit.begin, hit.end), normalized, OrgKind.SCHOOL));
			candidates.add(new Candidate(hit.begin, hit.end, org, Source.GAZETTEER));
		}
		lexicon(w, written, tokens, candidates);
		shortForms(w, written, tokens, candidates);
		tradeNames(w, written, tokens, candidates);
		leadingBrands(w, written, candidates);
		zones(w, written, tokens, candidates);
		lists(w, written, candidates);
		bylines(w, written, candidates);
		List<Candidate> chosen = choose(candidates);
		chosen.addAll(listItems(w, written, chosen));
		chosen.sort(Comparator.comparingInt(Candidate::start));
		List<Mention> mentions = new ArrayList<>();
		for (Candidate c : chosen) {
			split(w, written, c, candidates, mentions);
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		return hosted(w, mentions);
	}

	/**
	 * A 学院 written right after a school's name, or after its 简称 definition, is a college
	 * of that school (北川职业技术学院（以下简称“北川职院”）华为ICT学院).
	 */
	private static List<Mention> hosted(String w, List<Mention> mentions) {
		List<Mention> out = new ArrayList<>(mentions);
		for (int i = 1; i < out.size(); i++) {
			Mention school = out.get(i - 1);
			Mention college = out.get(i);
			if (college.start() < school.end()) {
				continue;
			}
			boolean adjacent = w.substring(school.end(), college.start()).matches("｜*");
			if (adjacent && college.host() == null && school.org().kind() == OrgKind.SCHOOL
					&& school.source() != Source.HOST && college.source() == Source.LEXICON
					&& w.substring(college.start(), college.end()).endsWith("学院") && !college.org().known()) {
				Org org = college.org();
				Org asCollege = new Org(org.id(), org.name(), OrgKind.COLLEGE, false);
				out.set(i, new Mention(college.start(), college.end(), college.text(), asCollege, college.source(),
						school.org()));
			}
		}
		return out;
	}

	/** The sentence with 《…》 and 简称 definitions made into barriers no name crosses. */
	static String barriers(String s) {
		Matcher m = BARRIERS.matcher(s);
		if (!m.find()) {
			return s;
		}
		StringBuilder b = new StringBuilder(s);
		do {
			for (int i = m.start(); i < m.end(); i++) {
				b.setCharAt(i, '｜');
			}
		}
		while (m.find());
		return b.toString();
	}

	private void lexicon(String s, String written, NameBoundary.Tokens tokens, List<Candidate> candidates) {
		Set<Integer> ends = new HashSet<>();
		for (String suffix : OrganizationLexicon.SUFFIXES_LONGEST_FIRST) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (!ends.add(end) || !endsAName(s, at, end)) {
					continue; // a longer suffix ends here already, or the word goes on
				}
				int start = NameBoundary.leftEdge(s, at, tokens);
				if (start < at || OrganizationLexicon.STANDALONE.contains(suffix)) {
					addNamed(candidates, s, written, start, end, Source.LEXICON);
				}
			}
		}
	}

	private static boolean endsAName(String s, int suffixStart, int end) {
		if (end < s.length() && OrganizationLexicon.NOT_AN_END.indexOf(s.charAt(end)) >= 0) {
			return false;
		}
		for (String word : OrganizationLexicon.NOT_AN_END_WORDS) {
			for (int at = s.indexOf(word, Math.max(0, suffixStart - word.length())); at >= 0
					&& at < end; at = s.indexOf(word, at + 1)) {
				boolean overlaps = at + word.length() > suffixStart;
				if (overlaps && (at < suffixStart || at + word.length() > end)) {
					return false; // 大学生, 布局: the suffix is part of a longer word
				}
			}
		}
		return true;
	}

	/** 由西门子牵头: a brand named where only an organisation can stand. */
	private void leadingBrands(String s, String written, List<Candidate> candidates) {
		Matcher m = BRAND_SLOT.matcher(s);
		while (m.find()) {
			String name = m.group(1);
			int start = m.start(1);
			int end = m.end(1);
			if (OrganizationLexicon.GENERIC.contains(name) || OrganizationLexicon.suffixOf(name).isPresent()
					|| isCommonWord(terms(name).get(0))) {
				continue;
			}
			Org org = this.known.link(name)
				.orElseGet(() -> Org.proposed(written.substring(start, end), name, OrgKind.ENTERPRISE));
			candidates.add(new Candidate(start, end, org, Source.LIST));
		}
	}

	private static final Pattern BRAND_SLOT = Pattern.compile("(?<=由)([\\u4e00-\\u9fa5A-Za-z]{2,6}?)(?=牵头|联合牵头|共同牵头)");

	private void tradeNames(String s, String written, NameBoundary.Tokens tokens, List<Candidate> candidates) {
		for (String suffix : OrganizationLexicon.TRADE_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (end < s.length() && NameBoundary.isNameChar(s.charAt(end)) && !isTitleOrVerbStart(s, end)) {
					continue; // 科技有限公司, 汽车学院: a longer name goes on
				}
				int start = NameBoundary.leftEdge(s, at, tokens);
				String head = s.substring(start, at);
				if (head.length() < 2 || head.length() > 4 || OrganizationLexicon.GENERIC.contains(head)
						|| isCommonWord(terms(head).get(0)) || !tokens.starts().contains(start)
						|| !tokens.ends().contains(at)) {
					continue;
				}
				String normalized = s.substring(start, end);
				Org org = this.known.link(normalized)
					.orElseGet(() -> Org.proposed(written.substring(start, end), normalized, OrgKind.ENTERPRISE));
				candidates.add(new Candidate(start, end, org, Source.LIST));
			}
		}
	}

	private void shortForms(String s, String written, NameBoundary.Tokens tokens, List<Candidate> candidates) {
		for (String suffix : OrganizationLexicon.SHORT_SCHOOL_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (end < s.length() && NameBoundary.isNameChar(s.charAt(end)) && !isTitleOrVerbStart(s, end)) {
					continue; // 理工科, 师大附中: the word goes on
				}
				int start = NameBoundary.leftEdge(s, at, tokens);
				if (at - start >= 1 && at - start <= 8
						&& !(at - start == 1 && "高中各本我该全省市".indexOf(s.charAt(start)) >= 0)) {
					String normalized = s.substring(start, end);
					if (OrganizationLexicon.isGeneric(normalized)
							|| OrganizationLexicon.GENERIC.contains(s.substring(start, at))) {
						continue;
					}
					Org org = this.known.link(normalized)
						.orElseGet(() -> Org.proposed(written.substring(start, end), normalized, OrgKind.SCHOOL));
					candidates.add(new Candidate(start, end, org, Source.SHORT));
				}
			}
		}
	}

	// 江川职院党委书记, 江川职院与: a short form may be followed by a title or a verb
	private static boolean isTitleOrVerbStart(String s, int at) {
		String rest = s.substring(at, Math.min(s.length(), at + 4));
		return rest.matches("^(党委|校长|副校长|书记|院长|副院长|领导|师生|学生|教师|团队|与|和|及|联合|牵头|携手|共建|签|举行|作为|成为|等|是|为|在|将|的|获|入选|牵).*");
	}

	private void zones(String s, String written, NameBoundary.Tokens tokens, List<Candidate> candidates) {
		for (String suffix : OrganizationLexicon.ZONE_SUFFIXES) {
			for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				int start = NameBoundary.leftEdge(s, at, tokens);
				if (start >= at) {
					continue;
				}
				boolean hosts = s.startsWith("为依托", end) || s.startsWith("为载体", end) || s.startsWith("为基础", end)
						|| s.substring(Math.max(0, start - 2), start).endsWith("依托");
				if (hosts || acts(s, start, end)) {
					String normalized = s.substring(start, end);
					if (!OrganizationLexicon.isGeneric(normalized)) {
						Org org = this.known.link(normalized)
							.orElseGet(
									() -> Org.proposed(written.substring(start, end), normalized, OrgKind.GOVERNMENT));
						candidates.add(new Candidate(start, end, org, Source.ZONE));
					}
				}
			}
		}
	}

	private void bylines(String s, String written, List<Candidate> candidates) {
		Matcher m = BYLINE.matcher(s);
		while (m.find()) {
			if (m.start() > 30) {
				break;
			}
			String name = m.group(1);
			int start = m.start(1);
			int end = m.end(1);
			if (name.startsWith("本") || name.startsWith("我")) {
				continue; // 本报讯: the paper that prints it, unnamed
			}
			Org org = this.known.link(name)
				.orElseGet(() -> Org.proposed(written.substring(start, end), name, OrgKind.ENTERPRISE));
			candidates.add(new Candidate(start, end, org, Source.BYLINE));
		}
	}

	// A zone that acts (某高新区与…, 由某开发区牵头, 某经开区将…) is an organisation; one that is a
	// place (在某开发区) is not
	private static boolean acts(String s, int start, int end) {
		String before = s.substring(Math.max(0, start - 2), start);
		String after = s.substring(end, Math.min(s.length(), end + 2));
		if (before.endsWith("在") || before.endsWith("于") || before.endsWith("到") || before.endsWith("入驻")) {
			return false;
		}
		return before.matches(".*(与|和|、|由|联合|携手)$") || after.matches("^(与|和|、|牵头|联合|携手|签署|作为|将|正|积极|大力|支持|党工|共同).*");
	}

	private void lists(String s, String written, List<Candidate> candidates) {
		Matcher m = ENTERPRISE_LIST.matcher(s);
		while (m.find()) {
			int from = m.start(1);
			String items = m.group(1);
			int itemStart = 0;
			for (int i = 0; i <= items.length(); i++) {
				if (i == items.length() || LIST_SEPARATORS.indexOf(items.charAt(i)) >= 0) {
					int end = from + i;
					Matcher opener = ITEM_OPENER.matcher(s.substring(from + itemStart, end));
					int start = from + itemStart + (opener.find() ? opener.end() : 0);
					String item = s.substring(start, end).strip();
					if (item.length() >= 2 && item.length() <= 12 && item.matches("[\\u4e00-\\u9fa5A-Za-z0-9（）()]+")
							&& !String.valueOf(terms(item).get(0).nature).matches("ad|d|v|vi|vd|p|c|r.*")
							&& !item.matches(".*(等|的|和|与|及|了|在|为|是|由|将).*")
							&& !item.matches(".*(机构|组织|企业|院校|高校|单位|部门|学校|院所|团体|行业|处|室|办|科|系)$")
							&& !PERSON_WORDS.matcher(item).find() && OrganizationLexicon.suffixOf(item).isEmpty()) {
						if (!OrganizationLexicon.isGeneric(item) && !OrganizationLexicon.GENERIC.contains(item)) {
							int st = start;
							OrgKind kind = switch (m.group(2)) {
								case "院校", "高校" -> OrgKind.SCHOOL;
								case "协会" -> OrgKind.INDUSTRY_ASSOCIATION;
								default -> OrgKind.ENTERPRISE;
							};
							Org org = this.known.link(item)
								.orElseGet(() -> Org.proposed(written.substring(st, end).strip(), item, kind));
							candidates.add(new Candidate(start, end, org, Source.LIST));
						}
					}
					itemStart = i + 1;
				}
			}
		}
	}

	/**
	 * The items of a list (A、B、C) most of whose items are names: the others are names too
	 * (奇瑞集团、中安联合、中国铁建、中铁四局 — a brand or a short name needs no suffix there), of the kind
	 * most of the list has.
	 */
	private List<Candidate> listItems(String s, String written, List<Candidate> chosen) {
		List<Candidate> added = new ArrayList<>();
		int clauseStart = 0;
		for (int i = 0; i <= s.length(); i++) {
			if (i < s.length() && "，,。；;：:！？".indexOf(s.charAt(i)) < 0) {
				continue;
			}
			int clauseEnd = i;
			List<int[]> items = new ArrayList<>();
			int itemStart = clauseStart;
			for (int j = clauseStart; j <= clauseEnd; j++) {
				if (j == clauseEnd || s.charAt(j) == '、') {
					items.add(new int[] { itemStart, j });
					itemStart = j + 1;
				}
			}
			clauseStart = i + 1;
			if (items.size() < 3) {
				continue;
			}
			List<OrgKind> kinds = new ArrayList<>();
			List<int[]> free = new ArrayList<>();
			for (int k = 0; k < items.size(); k++) {
				int[] item = items.get(k);
				int itemEnd = item[0] + etcAt(s.substring(item[0], item[1]));
				Candidate named = chosen.stream()
					.filter((c) -> c.start >= item[0] && c.end <= item[1])
					.reduce((a, b) -> b)
					.orElse(null);
				if (named != null && (named.end == itemEnd || k == items.size() - 1)) {
					kinds.add(named.org.kind());
				}
				else if (named == null) {
					free.add(new int[] { (k == 0) ? firstItemStart(s, item[0], itemEnd) : item[0], itemEnd });
				}
			}
			if (kinds.size() * 2 < items.size() || free.isEmpty()) {
				continue;
			}
			OrgKind kind = kinds.stream()
				.reduce((a, b) -> (kinds.stream().filter(a::equals).count() >= kinds.stream().filter(b::equals).count())
						? a : b)
				.orElse(OrgKind.ENTERPRISE);
			for (int[] item : free) {
				int start = item[0];
				int end = item[1];
				if (start < 0 || PERSON_WORDS.matcher(s.substring(start, end)).find()) {
					continue;
				}
				String name = s.substring(start, end).strip();
				if (name.length() >= 2 && name.length() <= 10 && name.matches("[\\u4e00-\\u9fa5A-Za-z0-9（）()·]+")
						&& !OrganizationLexicon.GENERIC.contains(name) && !OrganizationLexicon.isGeneric(name + "公司")
						&& !name.matches(".*(机构|组织|企业|院校|高校|单位|部门|学校|院所|团体|行业|专业|领域|产业|处|室|科|办|系|部)$")) {
					int st = start;
					int en = end;
					Org org = this.known.link(name)
						.orElseGet(() -> Org.proposed(written.substring(st, en), name, kind));
					added.add(new Candidate(start, end, org, Source.LIST));
				}
			}
		}
		return added;
	}

	private static int etcAt(String item) {
		int at = item.indexOf('等');
		return (at >= 0) ? at : item.length();
	}

	// The first item of a list starts after the word that opens the list (由, 包括, 联合了 …),
	// or is no name (-1)
	private static int firstItemStart(String s, int start, int end) {
		Matcher m = LIST_OPENER.matcher(s.substring(start, end));
		int at = -1;
		while (m.find()) {
			at = start + m.end();
		}
		return at;
	}

	private void addNamed(List<Candidate> candidates, String s, String written, int start, int end, Source source) {
		String name = s.substring(start, end);
		OrgKind kind = OrganizationLexicon.kindOf(name).orElse(null);
		if (kind == null || !isWellFormed(name, kind)) {
			return;
		}
		Org org = this.known.link(name).orElseGet(() -> Org.proposed(written.substring(start, end), name, kind));
		candidates.add(new Candidate(start, end, org, source));
	}

	/**
	 * Whether a name ending in a suffix is a name: not only generic words (产业学院), a
	 * government body with a place before it where its suffix needs one (某市人民政府, not
	 * 建立政府), 省教育厅 and 教育部 as they are.
	 */
	static boolean isWellFormed(String name, OrgKind kind) {
		String suffix = OrganizationLexicon.suffixOf(name).orElse("");
		String head = name.substring(0, name.length() - suffix.length());
		if (kind == OrgKind.GOVERNMENT) {
			if (suffix.equals("司") && !head.contains("部")
					|| suffix.equals("办公室") && (!head.matches(".*(厅|局|部|委|政府|委员会)$") || head.matches(".{0,2}党委"))) {
				return false;
			}
			if (OrganizationLexicon.STANDALONE.contains(name) || OrganizationLexicon.GOVERNMENT_HEADS.contains(head)) {
				return true;
			}
			if (OrganizationLexicon.PLACE_BEFORE.contains(suffix) && !endsWithPlace(head)
					|| OrganizationLexicon.PLACE_FIRST.contains(suffix) && !isPlace(head)) {
				return false;
			}
		}
		if (suffix.equals("中心") && head.length() < 4) {
			return false;
		}
		if (kind == OrgKind.SCHOOL && Set.of("学院", "大学", "中专", "中学", "小学", "高中").contains(suffix)
				&& !head.contains("职业") && !head.isEmpty() && isCommonWord(terms(head).get(0))) {
			return false; // 医药学院, 学前教育学院: a school's own department, not a school
		}
		if ((kind == OrgKind.PRACTICE_BASE || suffix.equals("中心")) && !head.isEmpty()
				&& isCommonWord(terms(head).get(0))) {
			return false; // 护理实训基地, 生活服务中心: a kind of base or centre, not one with a name
		}
		if (OrganizationLexicon.isDesignation(name)) {
			return false; // 国家级示范性职教集团, 河南省骨干职教集团: a title conferred, not a name
		}
		return name.length() >= 3 && !OrganizationLexicon.isGeneric(name);
	}

	// A word of the language rather than a name: 医药, 学前, 自动控制 (not 东莞, 华为, 江川)
	private static boolean isCommonWord(Term term) {
		if (term.length() < 2) {
			return false; // 德成, 红顶: a name the segmenter broke up
		}
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return Set
			.of("n", "vn", "v", "vi", "a", "b", "t", "ad", "an", "d", "f", "gi", "gm", "gp", "gb", "gc", "gg", "nnt",
					"nis", "nit", "ng", "vg", "nf", "nmc", "nhd", "nhm")
			.contains(nature);
	}

	// 昌吉州, 镇巴县, 中共某市: a place ends the head (not 某大学 in 某大学党委)
	private static boolean endsWithPlace(String head) {
		if (head.isEmpty()) {
			return false;
		}
		if (OrganizationLexicon.PLACE_ENDS.indexOf(head.charAt(head.length() - 1)) >= 0 || head.startsWith("中共")
				|| head.matches("^(省|市|区|县)委.*") || head.matches(".*[区县][\\u4e00-\\u9fa5]{2,3}")) {
			return true;
		}
		List<Term> terms = terms(head);
		Term last = terms.get(terms.size() - 1);
		return last.nature != null && last.nature.toString().startsWith("ns");
	}

	private static boolean isPlace(String head) {
		if (head.isEmpty()) {
			return false;
		}
		if (OrganizationLexicon.PLACE_ENDS.indexOf(head.charAt(head.length() - 1)) >= 0 || head.startsWith("中共")
				|| head.matches(".*[省市区县][\\u4e00-\\u9fa5]{1,4}")) {
			return true;
		}
		if (head.matches("^(省|市|区|县)委.*")) {
			return true;
		}
		List<Term> terms = terms(head);
		Term last = terms.get(terms.size() - 1);
		Term first = terms.get(0);
		return last.nature != null && last.nature.toString().startsWith("ns")
				|| first.nature != null && first.nature.toString().startsWith("ns");
	}

	private static List<Candidate> choose(List<Candidate> candidates) {
		List<Candidate> pool = new ArrayList<>(candidates);
		// A name the graph or the gazetteer knows beats a longer suffix match that ends
		// at the same place: the extra characters on its left are a verb or a noun before
		// it.
		pool.removeIf((c) -> !c.anchored() && candidates.stream()
			.anyMatch((a) -> a.anchored() && a.end == c.end && a.start > c.start && a.source == Source.GAZETTEER));
		pool.sort(Comparator.comparingInt(Candidate::length)
			.reversed()
			.thenComparingInt((c) -> c.source.ordinal())
			.thenComparingInt(Candidate::start));
		List<Candidate> chosen = new ArrayList<>();
		for (Candidate c : pool) {
			if (chosen.stream().noneMatch((x) -> x.start < c.end && c.start < x.end)) {
				chosen.add(c);
			}
		}
		chosen.sort(Comparator.comparingInt(Candidate::start));
		return chosen;
	}

	/**
	 * A college or a 学院 named after its host school (东陵大学生物医药现代产业学院) is two mentions: the
	 * school, and the college named by the rest.
	 */
	private void split(String s, String written, Candidate c, List<Candidate> all, List<Mention> out) {
		Matcher affiliate = AFFILIATE.matcher(s.substring(c.start, c.end));
		if (c.source == Source.LEXICON && affiliate.matches()) {
			// 某医学院附属医院: the affiliate, named with its school, and the school
			int schoolEnd = c.start + affiliate.end(1);
			String schoolName = s.substring(c.start, schoolEnd);
			Org school = this.known.link(schoolName)
				.orElseGet(() -> Org.proposed(written.substring(c.start, schoolEnd), schoolName, OrgKind.SCHOOL));
			out.add(new Mention(c.start, schoolEnd, written.substring(c.start, schoolEnd), school, Source.HOST));
			out.add(new Mention(c.start, c.end, written.substring(c.start, c.end), c.org, c.source));
			return;
		}
		if (c.source == Source.LEXICON && (c.org.kind() == OrgKind.COLLEGE || c.org.kind() == OrgKind.SCHOOL)) {
			int hostEnd = hostEnd(s, c, all);
			if (hostEnd > 0) {
				String hostName = s.substring(c.start, hostEnd);
				String collegeName = s.substring(hostEnd, c.end);
				Org host = this.known.link(hostName)
					.orElseGet(() -> Org.proposed(written.substring(c.start, hostEnd), hostName, OrgKind.SCHOOL));
				Org college = this.known.link(collegeName)
					.orElseGet(() -> Org.proposed(written.substring(hostEnd, c.end), collegeName, OrgKind.COLLEGE));
				out.add(new Mention(c.start, hostEnd, written.substring(c.start, hostEnd), host, Source.HOST));
				out.add(new Mention(hostEnd, c.end, written.substring(hostEnd, c.end), college, c.source, host));
				return;
			}
		}
		out.add(new Mention(c.start, c.end, written.substring(c.start, c.end), c.org, c.source));
	}

	private int hostEnd(String s, Candidate c, List<Candidate> all) {
		for (Candidate a : all) {
			if (a != c && a.start == c.start && a.end < c.end - 2 && a.org.kind() == OrgKind.SCHOOL && a.anchored()
					&& isCollegeName(s.substring(a.end, c.end))) {
				return a.end;
			}
		}
		for (String suffix : List.of("职业技术大学", "职业技术学院", "职业大学", "职业学院", "大学", "学院", "交大", "师大", "工大", "职院", "农大", "医大",
				"科大")) {
			for (int at = s.indexOf(suffix, c.start); at >= 0
					&& at + suffix.length() < c.end - 2; at = s.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (end - c.start >= 4 && isCollegeName(s.substring(end, c.end))
						&& !OrganizationLexicon.isGeneric(s.substring(c.start, end))) {
					return end;
				}
			}
		}
		return -1;
	}

	private static boolean isCollegeName(String rest) {
		return rest.length() >= 3 && rest.endsWith("学院") && OrganizationLexicon.distinctive(rest).length() >= 1
				&& !rest.startsWith("附属") && !rest.startsWith("和") && !rest.startsWith("与");
	}

}
