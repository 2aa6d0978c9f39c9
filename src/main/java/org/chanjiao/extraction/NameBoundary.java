package org.chanjiao.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Where a name that ends in a known suffix starts. Chinese writes no space before a name,
 * so the left edge is found by walking back over the characters a name may hold and then
 * cutting after the last word that stands before names in these texts: a verb (举行, 签署,
 * 共建), a preposition or conjunction (由, 与, 和), a list word (分别是, 包括), a quantity (36 家,
 * 第二批), a pronoun or a generic noun (该, 企业). Words that also occur inside names (建设 in
 * 中国建设银行, 联合 in 北京联合大学) cut only where HanLP's segmenter sees them as words of their own;
 * names the gazetteer or the graph knows are found whole before this is needed.
 */
final class NameBoundary {

	/** The longest name the walk considers, in characters before the suffix. */
	static final int MAX_NAME = 30;

	private static final Pattern ENUMERATOR = Pattern.compile("[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.、．]");

	private static final Pattern BYLINE_BRACKET = Pattern
		.compile("[（(][^（()）]{0,12}(?:记者|通讯员|摄影|编辑|供稿)[^（()）]{0,12}[）)]");

	/** A span of time up to now: 以来, 多年来, 一年多来, 三个月来. */
	private static final Pattern SINCE = Pattern.compile("以来|[一二三四五六七八九十两几数多近\\d]个?[年月天周]多?来");

	/** The missions 驻 stands inside the name of (中国驻某国大使馆, 中国驻某地总领馆). */
	private static final Pattern MISSION = Pattern.compile("(?:总)?(?:大使馆|领事馆|领馆|使馆|代表处|办事处)");

	/**
	 * 西南交大城轨学院 (西南/交/大城), 一汽解放青岛汽车有限公司 (一汽/解放): the segmenter's verb lies inside a listed
	 * short name. Asked only where a cut would follow, so the sentence is scanned for
	 * listed names only then.
	 */
	private static boolean insideListedName(Tokens tokens, Term verb) {
		return tokens.source() != null && ListedNames.brands(tokens.source(), tokens)
			.stream()
			.anyMatch((f) -> f.start() <= verb.offset && f.end() >= verb.offset + verb.length());
	}

	/**
	 * 负责同志到广州某学院, 前往安徽某公司: a verb (as the segmenter tags it) right before a place's name
	 * inside the walk ends the clause before the name; the name starts at the place.
	 */
	private static int lastVerbBeforePlace(int cut, int suffixStart, Tokens tokens) {
		List<Term> terms = tokens.terms();
		for (int i = 0; i + 1 < terms.size(); i++) {
			Term verb = terms.get(i);
			Term place = terms.get(i + 1);
			String nature = (verb.nature != null) ? verb.nature.toString() : "";
			// a one-character verb after another single character (not a noun) is a name
			// the segmenter broke up (科大讯飞西安研究院: 讯/ng 飞/vi; but 率/v 队/n 到/v)
			Term previous = (i > 0) ? terms.get(i - 1) : null;
			boolean brokenUp = verb.length() == 1 && previous != null && previous.length() == 1
					&& !"n".equals(String.valueOf(previous.nature));
			boolean isVerb = nature.equals("v") || nature.equals("vi");
			// (中国驻某国大使馆: 驻 before the country names where a mission sits, inside its
			// name)
			boolean mission = verb.word.equals("驻")
					&& MISSION.matcher(tokens.source() != null ? tokens.source().substring(suffixStart) : "")
						.lookingAt();
			// (产教融合淄博基地: 融合 of 产教融合, which the segmenter reads as three verbs, is a
			// word of the name)
			boolean integration = tokens.source() != null && verb.offset + verb.length() >= 4
					&& tokens.source().startsWith("产教融合", verb.offset + verb.length() - 4)
					&& BASE_OR_COMMUNITY.matcher(tokens.source())
						.region(suffixStart, tokens.source().length())
						.lookingAt();
			// (国家技术转移西南中心: 转移 of 技术转移, the field the centre works in, is a word of the
			// name)
			boolean field = previous != null && (previous.word.equals("技术") || previous.word.equals("成果"))
					&& (verb.word.equals("转移") || verb.word.equals("转化"));
			boolean beforePlace = (isVerb || KIND_BEFORE_PLACE.contains(verb.word)) && !mission && !integration
					&& !field;
			if (verb.offset >= cut && place.offset < suffixStart && beforePlace && !brokenUp && place.nature != null
					&& (place.nature.toString().startsWith("ns")
							|| verb.length() >= 2 && place.nature.toString().equals("ntc"))
					&& !insideListedName(tokens, verb)) {
				// (联合宣布海尔某学院成立: a verb before a company's name, as the segmenter
				// tags it, too)
				cut = place.offset;
			}
			// 校长某某任集团…, 董事长某某率队到…: an officer's name and what they do start no name
			Term title = (i > 1) ? terms.get(i - 2) : null;
			if (previous != null && previous.offset >= cut && isVerb && verb.offset + verb.length() <= suffixStart
					&& String.valueOf(previous.nature).startsWith("nr") && previous.length() >= 2 && title != null
					&& "nnt".equals(String.valueOf(title.nature))) {
				cut = Math.max(cut, verb.offset + verb.length());
			}
			// 副局长某某襄阳某公司总经理某某: a guest list that lost its commas.
			// An officer's title and name start no name; the next guest's body
			// does. (代表 is tagged a title too, but it stands before the body it
			// speaks for.)
			if (previous != null && "nnt".equals(String.valueOf(previous.nature)) && !previous.word.equals("代表")
					&& verb.offset >= cut && String.valueOf(verb.nature).equals("nr") && verb.length() >= 2
					&& verb.length() <= 3 && place.offset + place.length() <= suffixStart) {
				// (主任某某汇报某基地: and what they do)
				boolean does = String.valueOf(place.nature).matches("v|vi|vn");
				cut = Math.max(cut, does ? place.offset + place.length() : place.offset);
			}
		}
		return cut;
	}

	/** A base's or a community's suffix: 产教融合 may open such a name (产教融合淄博基地). */
	private static final Pattern BASE_OR_COMMUNITY = Pattern.compile("(?:实训基地|实践基地|基地|中心|共同体|联合体|联盟|产业园|园区)");

	/**
	 * 高等教育学府香港大学, 行业龙头企业江苏某公司: what kind of body it is, said right before its place's
	 * name, is read as the verb before a place is: the name starts at the place.
	 */
	private static final Set<String> KIND_BEFORE_PLACE = Set.of("学府", "高校", "院校", "名校", "企业", "龙头企业", "单位",
			// 该校对口常州技师学院: paired with a school of that place (对口支援办公室 goes on: no
			// place follows)
			"对口",
			// 负责建立并运营广西某研究院有限公司: running what is named after a place (某建设运营有限公司
			// goes on: no place follows)
			"运营");

	// 某集团有限公司第七一三研究所: a numbered unit goes on with its company's name
	// (某有限公司云南分公司, 某有限公司国际公司, 某有限公司某事业部: a branch named after its company is one name;
	// 某大学-某有限公司联合实验室: a joint platform named after its founders; 某发电有限公司某电厂: a
	// plant of the company; 某有限公司王某技能大师工作室: a master's studio at the company)
	private static final Pattern LEGAL_FORM = Pattern.compile(
			"有限(?:责任)?公司(?![分子]|第[一二三四五六七八九十零〇百\\d]+(?:研究|设计|分)|[\\u4e00-\\u9fa5&&[^与和及]]{2,5}(?:分公司|事业部|分行|支行|电厂|电站)|国际公司|海外公司|联合(?:实验室|研究院|研究中心|研发中心|创新中心|技术中心)"
					+ "|" + NameShapes.MASTERS_STUDIO + ")");

	private NameBoundary() {
	}

	/**
	 * The offset where a name ending at {@code end}, whose suffix starts at
	 * {@code suffixStart}, starts.
	 * @param tokens the segmenter's word boundaries in the sentence
	 */
	static int leftEdge(String s, int suffixStart, Tokens tokens) {
		int left = suffixStart;
		while (left > 0 && suffixStart - left < MAX_NAME
				&& (isNameChar(s.charAt(left - 1)) || isLayoutSpace(s, left - 1) || isJoiningDash(s, left - 1)
						|| isJointUnitsDash(s, left - 1, suffixStart))) {
			left--;
		}
		// a walk that ran out of length inside the first party's name, across a joint
		// unit's dash, keeps to the second party's part
		int dash = s.lastIndexOf("——", suffixStart);
		if (suffixStart - left >= MAX_NAME && left > 0 && isNameChar(s.charAt(left - 1)) && dash >= left) {
			left = dash + 2;
		}
		int cut = left;
		cut = Math.max(cut,
				BoundaryWords.lastWordEnd(s, left, suffixStart, BoundaryWords.STRONG_BOUNDARIES, null, tokens));
		cut = Math.max(cut,
				BoundaryWords.lastWordEnd(s, left, suffixStart, BoundaryWords.ALIGNED_BOUNDARIES, tokens, tokens));
		// 1 家清远市某协会: a measure word after a number and a space starts no name
		if (left >= 2 && Character.isWhitespace(s.charAt(left - 1)) && Character.isDigit(s.charAt(left - 2))
				&& "家个所项名批".indexOf(s.charAt(left)) >= 0) {
			cut = Math.max(cut, left + 1);
		}
		// 某集团向某学院授牌, 某公司给某大学: 向 or 给 right after a name's suffix is the
		// preposition to the next name (the segmenter may read 向 as a surname: 向江川/nr)
		for (int at = left + 2; at < suffixStart - 1; at++) {
			if ("向给".indexOf(s.charAt(at)) >= 0
					&& (OrganizationLexicon.suffixOf(s.substring(0, at)).filter((x) -> x.length() >= 2).isPresent()
							|| s.startsWith("工厂", at - 2))) {
				cut = Math.max(cut, at + 1);
			}
		}
		// ，向某集团一行表示欢迎: 向 that opens a clause is the preposition (not 向阳, 向东)
		if (s.charAt(left) == '向' && (left == 0 || RelationCues.CLAUSE_ENDS.indexOf(s.charAt(left - 1)) >= 0)
				&& suffixStart - left >= 3 && "阳日东西南北前上".indexOf(s.charAt(left + 1)) < 0) {
			cut = Math.max(cut, left + 1);
		}
		// 中科院某所与某大学: the name after an institute of the Academy starts after the
		// conjunction
		Matcher academy = SuffixNames.ACADEMY_INSTITUTE.matcher(s);
		academy.region(left, suffixStart);
		while (academy.find()) {
			if (academy.end() < suffixStart && "与和及、".indexOf(s.charAt(academy.end())) >= 0) {
				cut = Math.max(cut, academy.end() + 1);
			}
		}
		// 在某市经济开发区安徽某公司会议室: a zone before a name that opens with a place of its
		// own is where the organisation is, not the start of its name
		String head = s.substring(left, suffixStart);
		for (String zone : OrganizationLexicon.ZONE_SUFFIXES) {
			for (int at = head.indexOf(zone); at >= 0
					&& at + zone.length() < head.length() - 2; at = head.indexOf(zone, at + 1)) {
				if (Places.startsWithPlace(head.substring(at + zone.length()))) {
					cut = Math.max(cut, left + at + zone.length());
				}
			}
		}
		Matcher q = OrganizationLexicon.QUANTITY.matcher(s);
		q.region(left, suffixStart);
		while (q.find()) {
			if (q.group().matches("第.+届") && s.startsWith("组委会", suffixStart)) {
				continue; // 第45届某大赛组委会: the committee of that one contest
			}
			cut = Math.max(cut, q.end());
		}
		// 12月经某市某协会: after a date, 经/由/在 before a place is "approved by", "by", "in" (the
		// segmenter's 月经 hides it)
		if (cut >= 2 && cut + 1 < suffixStart && Character.isDigit(s.charAt(cut - 2))
				&& "月日年号".indexOf(s.charAt(cut - 1)) >= 0 && "经由在于向".indexOf(s.charAt(cut)) >= 0
				&& NameShapes.isPlace(s.substring(cut + 1, Math.min(suffixStart, cut + 4)))) {
			cut++;
		}
		// 经省发改委批准, 项目经市教育局: 经 before a province's, city's or county's body is
		// "approved by", never a name's first character
		for (int at = s.indexOf('经', cut); at >= 0 && at + 1 < suffixStart; at = s.indexOf('经', at + 1)) {
			if ("省市县区".indexOf(s.charAt(at + 1)) >= 0) {
				cut = at + 1;
			}
		}
		// A bracket that opens the name and holds no name (记者某某报道): the name starts after
		// it
		if (cut < suffixStart && "(（".indexOf(s.charAt(cut)) >= 0) {
			int close = Math.max(s.indexOf(')', cut), s.indexOf('）', cut));
			if (close > cut && close < suffixStart - 1) {
				cut = close + 1;
			}
		}
		// A dateline's bracket (电(记者某某)某大学): the name starts after it
		Matcher byline = BYLINE_BRACKET.matcher(s);
		byline.region(cut, suffixStart);
		while (byline.find()) {
			cut = Math.max(cut, byline.end());
		}
		cut = Math.max(cut, lastVerbBeforePlace(cut, suffixStart, tokens));
		cut = Math.max(cut, NameJoins.lastJoinerEnd(s, cut, suffixStart, tokens));
		cut = Math.max(cut, NameJoins.afterCompleteName(s, left, suffixStart, tokens));
		// A company's legal form ends its name: 某贸易有限公司投入…与某学院 is two names
		Matcher legal = LEGAL_FORM.matcher(s);
		legal.region(cut, suffixStart).useTransparentBounds(true);
		while (legal.find()) {
			cut = Math.max(cut, legal.end());
		}
		// 总结过去一年多来联盟开展的工作, 多年来某集团: a span of time ends before a name
		Matcher since = SINCE.matcher(s);
		since.region(cut, suffixStart);
		while (since.find()) {
			cut = Math.max(cut, since.end());
		}
		// 详细说明了集团, 介绍了某集团: a verb in its completed form (…了) ends before a name; no
		// name holds one
		for (int at = s.indexOf('了', cut); at >= 0 && at < suffixStart; at = s.indexOf('了', at + 1)) {
			if (tokens.starts().contains(at + 1)) {
				cut = at + 1;
			}
		}
		Matcher e = ENUMERATOR.matcher(s);
		e.region(cut, suffixStart);
		while (e.find()) {
			cut = Math.max(cut, e.end());
		}
		// 某商业广场与某技工学校: a school (学校) is named alone; what stands before 与 is the
		// other party (a 学院 or a 大学 may hold 与: 冶金与汽车工程学院)
		// (大工与市中心医院: a hospital too)
		if (s.startsWith("学校", suffixStart) || s.startsWith("医院", suffixStart) || s.startsWith("学校", suffixStart + 2)
				&& OrganizationLexicon.SUFFIXES.containsKey(s.substring(suffixStart, suffixStart + 4))) {
			int with = Math.max(s.lastIndexOf('与', suffixStart - 1), s.lastIndexOf('與', suffixStart - 1));
			if (with >= cut && suffixStart - with > 2) {
				cut = with + 1;
			}
		}
		// A closing quote or bracket without its opening one: the name starts after it
		for (String pair : List.of("“”", "‘’", "（）", "()", "《》", "「」")) {
			int close = s.lastIndexOf(pair.charAt(1), suffixStart - 1);
			if (close >= cut && s.lastIndexOf(pair.charAt(0), close) < cut) {
				cut = close + 1;
			}
		}
		while (cut < suffixStart && "”’）)》」·-".indexOf(s.charAt(cut)) >= 0) {
			cut++;
		}
		// A bracket that opens inside the name and is not closed before its suffix: the
		// name
		// starts after it (示范性职教集团（联盟）)
		for (int i = suffixStart - 1; i >= cut; i--) {
			char c = s.charAt(i);
			if (c == '）' || c == ')') {
				break;
			}
			if ((c == '（' || c == '(') && i > cut) {
				cut = i + 1;
				break;
			}
		}
		// A quotation that opens inside the name and closes after it: the name is what it
		// quotes
		for (int i = suffixStart - 1; i >= cut; i--) {
			if (s.charAt(i) == '“' && s.indexOf('”', i) >= suffixStart) {
				cut = i + 1;
				break;
			}
			if (s.charAt(i) == '”') {
				break;
			}
		}
		// An opening quote or bracket that is not closed inside the name is not part of
		// it
		while (cut < suffixStart && "“‘（(《「".indexOf(s.charAt(cut)) >= 0) {
			char open = s.charAt(cut);
			char close = switch (open) {
				case '“' -> '”';
				case '‘' -> '’';
				case '（' -> '）';
				case '(' -> ')';
				case '《' -> '》';
				default -> '」';
			};
			int closed = s.indexOf(close, cut);
			if (closed >= 0 && closed < suffixStart) {
				break;
			}
			cut++;
		}
		cut = provinceAfterCity(s, cut, suffixStart);
		// 书记某某和某公司, 院长某和联盟理事长: an officer's name, then 和, then the next party
		Matcher officer = OFFICER_AND.matcher(s);
		officer.region(Math.max(0, cut - 3), suffixStart);
		while (officer.find()) {
			cut = Math.max(cut, officer.end());
		}
		// 省管国有企业某集团, A股主板上市公司某集团: what kind of firm it is comes before its name
		Matcher kindOfFirm = KIND_OF_FIRM.matcher(s);
		kindOfFirm.region(cut, suffixStart);
		// (上海三国企业发展集团: 国企 across two words, 三国|企业, is no kind of firm)
		if (kindOfFirm.lookingAt() && suffixStart - kindOfFirm.end() >= 2
				&& tokens.starts().contains(kindOfFirm.end())) {
			cut = kindOfFirm.end();
		}
		// 学院动漫艺术系当选…, 学校信息工程学院党总支书记: a name never opens with 学院 or 学校 as a
		// word of its own; that is the publishing school, and its department's name
		// follows
		if ((s.startsWith("学院", cut) || s.startsWith("学校", cut)) && suffixStart - cut >= 4
				&& tokens.isWord(cut, cut + 2)) {
			cut += 2;
		}
		int skipped = LeadingWords.skip(cut, suffixStart, tokens);
		// 经某联盟理事会审议: 经 before a body that approves is "by"; 并向某局授予: 向 after an
		// adverb is "to" (the segmenter reads either into a person's name: 经鲁班, 向县)
		if (skipped + 4 <= suffixStart && s.charAt(skipped) == '经' && !s.startsWith("经济", skipped)
				&& APPROVES_AFTER.matcher(s).region(suffixStart, s.length()).lookingAt()
				|| skipped + 2 <= suffixStart && s.charAt(skipped) == '向' && skipped > 0
						&& "并还也又将已再均".indexOf(s.charAt(skipped - 1)) >= 0) {
			skipped++;
		}
		return notInsideAListedSchool(s, left, skipped, suffixStart);
	}

	/**
	 * 和君职业学院稀金产业学院: a cut inside a school of the list (after 和 the segmenter took for a
	 * conjunction) moves back to the school's first character.
	 */
	private static int notInsideAListedSchool(String s, int left, int cut, int suffixStart) {
		if (cut <= left || cut >= suffixStart) {
			return cut;
		}
		String head = s.substring(left, suffixStart);
		for (var hit : Gazetteer.institutions().scan(head)) {
			if (left + hit.begin < cut && left + hit.begin >= cut - 2 && left + hit.end > cut) {
				return left + hit.begin;
			}
		}
		return cut;
	}

	/**
	 * 在本溪市辽宁某公司召开: a city's or a county's name, then a province's — where the company is,
	 * then its name, which starts with the province (a company's name never runs from a
	 * city to its province; a chamber of another province's people does, 某市江苏商会, so
	 * companies only).
	 */
	private static int provinceAfterCity(String s, int cut, int suffixStart) {
		String head = s.substring(cut, suffixStart);
		int city = Places.leadingPlace(head);
		if (city < 2 || "市县区".indexOf(head.charAt(city - 1)) < 0 || head.length() - city < 4
				|| !BoundaryWords.COMPANY_SUFFIX.matcher(s).region(suffixStart, s.length()).lookingAt()) {
			return cut;
		}
		String rest = head.substring(city);
		return OrganizationLexicon.PROVINCES.stream().anyMatch(rest::startsWith) ? cut + city : cut;
	}

	/** A body's suffix, then its council, and what it does in approving: 联盟理事会审议. */
	private static final Pattern APPROVES_AFTER = Pattern
		.compile("[\\u4e00-\\u9fa5]{1,4}?(?:理事会|常委会|党委|党组|会议)?(?:审议|批准|同意|研究决定|认定|评审)");

	/** An officer's title, the officer's name and 和: 党委书记某某和. */
	private static final Pattern OFFICER_AND = Pattern
		.compile("(?:书记|校长|院长|董事长|总经理|总裁|主任|会长|秘书长|局长|厅长|处长|部长|经理|总监|理事长|所长|主席|创始人|负责人)[\\u4e00-\\u9fa5]{2,3}和");

	private static final Pattern KIND_OF_FIRM = Pattern.compile(
			"[A-Za-z\\u4e00-\\u9fa5]{0,6}?(?:国有企业|上市公司|龙头企业|民营企业|央企|国企|民企|外企|台企|港企|外资企业|台资企业|合资企业|高新技术企业|母公司|子公司|控股股东)");

	static boolean isProper(Term term) {
		String nature = (term.nature != null) ? term.nature.toString() : "";
		return nature.startsWith("nt") || nature.startsWith("nr") || nature.startsWith("ns") || nature.equals("nz")
				|| nature.equals("nx") || nature.equals("j");
	}

	// 滨州北海经济开发 区, 5G 物联网实验室: one space between two characters of a name is the
	// page's layout (the check compares names without spaces)
	private static boolean isLayoutSpace(String s, int at) {
		return s.charAt(at) == ' ' && at > 0 && at + 1 < s.length() && isNameChar(s.charAt(at - 1))
				&& isNameChar(s.charAt(at + 1)) && !Character.isDigit(s.charAt(at - 1));
	}

	// 中国—东盟某职教集团, 某大学—某公司联合实验室: one dash between two characters joins a name's
	// parts (two, ——, set off what follows, but in a joint unit's name:
	// isJointUnitsDash);
	// so does a dot other than · (京津冀.鲁某联盟, 某大学•某县某研究院, 某電子‧某大研發中心)
	private static boolean isJoiningDash(String s, int at) {
		return "—–•.‧・".indexOf(s.charAt(at)) >= 0 && at > 0 && at + 1 < s.length() && isHan(s.charAt(at - 1))
				&& isHan(s.charAt(at + 1));
	}

	/**
	 * The suffixes of a unit two parties run together (联合实验室, 研究院, 创新中心, 实践基地, and the
	 * alliances of two regions: 某经济圈——某区域合作联盟).
	 */
	private static final Pattern JOINT_UNIT = Pattern
		.compile("(?:联合)?(?:实验室|研究院|研究中心|创新中心|工程中心|研发中心|技术中心|基地|实践基地|实训基地|联盟|共同体)");

	/**
	 * A kind of platform before a double dash: what the name after it is, not a party.
	 */
	private static final Pattern KIND_BEFORE_DASH = Pattern.compile("(?:平台|载体|机构|组织|阵地|高地|窗口)$");

	/**
	 * 某大学——某公司某某联合实验室, 某大学——某省产业研究院: a double dash between two parties' names joins them
	 * in the name of the unit they run together (elsewhere —— sets off what follows).
	 */
	private static boolean isJointUnitsDash(String s, int at, int suffixStart) {
		if (s.charAt(at) != '—' || !JOINT_UNIT.matcher(s).region(suffixStart, s.length()).lookingAt()) {
			return false;
		}
		boolean second = at >= 2 && s.charAt(at - 1) == '—' && at + 1 < s.length() && isHan(s.charAt(at - 2))
				&& isHan(s.charAt(at + 1));
		boolean first = at >= 1 && at + 2 < s.length() && s.charAt(at + 1) == '—' && isHan(s.charAt(at - 1))
				&& isHan(s.charAt(at + 2));
		// (成立了某科研创新平台——某研究院: a kind of platform before the dash, no party, is what
		// the name after it is)
		int dashStart = second ? at - 1 : at;
		return (second || first) && !KIND_BEFORE_DASH.matcher(s.substring(0, dashStart)).find();
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static boolean isNameChar(char c) {
		// 丨 is written as a headline's separator (重磅丨某大学…), though the script is Han
		return c != '丨' && (isHan(c) || Character.isLetterOrDigit(c) || "（）()“”‘’+·-".indexOf(c) >= 0);
	}

	/** The segmenter's words of a sentence and their boundaries. */
	record Tokens(List<Term> terms, Set<Integer> starts, Set<Integer> ends, String source) {

		static Tokens of(List<Term> terms) {
			return of(terms, null);
		}

		static Tokens of(List<Term> terms, String source) {
			Set<Integer> starts = new HashSet<>();
			Set<Integer> ends = new HashSet<>();
			for (Term term : terms) {
				starts.add(term.offset);
				ends.add(term.offset + term.length());
			}
			return new Tokens(terms, starts, ends, source);
		}

		/** The segmenter's word that starts at an offset, or null. */
		Term termAt(int offset) {
			for (Term term : this.terms) {
				if (term.offset == offset) {
					return term;
				}
			}
			return null;
		}

		/** The segmenter's word that ends at an offset, or null. */
		Term termEndingAt(int offset) {
			for (Term term : this.terms) {
				if (term.offset + term.length() == offset) {
					return term;
				}
			}
			return null;
		}

		/** Whether [start, end) begins and ends at word boundaries. */
		boolean isWord(int start, int end) {
			return this.starts.contains(start) && this.ends.contains(end);
		}

	}

}
