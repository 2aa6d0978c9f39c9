package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Which organisation a document means where it does not write the full name: short names
 * it defines (（以下简称“江川职院”）), short forms of a school's name it gave in full (江川交通职院 for
 * 江川交通职业技术学院), an enterprise's name without its legal form (江川钢铁 for 江川钢铁集团有限公司),
 * demonstratives (该联合体, 这个共同体, 该校 — the last organisation of that kind), 双方 (the two
 * organisations just named together) and 我校 (the reporting organisation, when one is
 * given). One instance reads one document: first every sentence's names ({@link #learn}),
 * then each sentence again ({@link #resolve}).
 */
final class Coreference {

	private static final Pattern DEFINITION = Pattern.compile("^[”\"」]?\\s*(?:" + MentionFinder.DEFINITION_OPENS
			+ "为?[：:]?|[，,](?:以下)?简称为?[：:]?)" + "\\s*[“\"「]?([^”\"」）)，。]{2,12}?)[”\"」]?[）)]?(?=[^\\u4e00-\\u9fa5]|$)");

	/**
	 * A short name in brackets after a name, with no word that defines it: 香港城市大学(城大).
	 */
	static final Pattern BRACKETED = Pattern.compile("[（(][“\"「]?([\\u4e00-\\u9fa5]{2,6})[”\"」]?[）)]");

	/** An acronym in brackets after a name: “某铁路国际人才教育联盟”(RTEA). */
	static final Pattern ACRONYM = Pattern.compile("[”\"」]?[（(]\\s*([A-Z][A-Za-z&]{1,9})\\s*[）)]");

	/**
	 * 五征奖学金, 某某2024年冠名班, “某某现代学徒制班”, 某某国际订单班: a company's brand naming a programme it
	 * funds, not the company acting.
	 */
	private static final Pattern PROGRAMME_AFTER = Pattern
		// (江西省建材行业: a company's short form before 行业 or 产业 names the trade)
		.compile(
				"(?:\\d{4}(?:年|级)?)?(?:国际|海外|“一带一路”)?(?:奖学金|助学金|冠名班|订单班|现代学徒制班|学徒制班|定向班|杯|行业|产业(?!学院|园|研究院|集团|联盟|发展))");

	/** What makes a short name before it a place's (青岩镇, not the brand 青岩). */
	private static final Pattern PLACE_AFTER = Pattern.compile("[镇乡县省]|市(?!场)|区(?!域|块)");

	/**
	 * What follows a brand that names its company: the end of a phrase, a verb or a
	 * function word (诺斯贝尔将, 好想你在), an officer's title (中裕人力资源总监); not a word that makes
	 * it part of another name (京东班, 凯悦酒店集团, 共同药业武汉研究院).
	 */
	private static final Pattern BRAND_CONTEXT = Pattern.compile("$|[\\p{Punct}，。；：、（）“”「」《》\\s]"
			+ "|将|与|和|及|跟|同|在|的|等|是|为|已|还|也|于|向|对|把|被|共同|携手|联合|积极|作为|一直|始终|成立|创办|现|有|通过|主动"
			+ "|副|总|董事|党|人力|人事|负责|代表|高管|专家|工程师|技术|相关|旗下");

	/**
	 * The kind of word after a brand that names its company: a verb, adverb, preposition,
	 * place.
	 */
	private static final Pattern WORD_AFTER_BRAND = Pattern.compile("v.*|d.*|p.*|c.*|u.*|r.*|ns.*");

	/** What makes a short name after it a person's ((记者江川), not the brand 江川). */
	private static final Pattern PERSON_BEFORE = Pattern.compile("(?:记者|通讯员|作者|摄影|编辑|撰稿)[：:]?$");

	/** 你院, 贵校: the organisation a notice or a reply is addressed to. */
	private static final Pattern ADDRESSED = Pattern.compile("(?:你|贵)(?:院|校|单位|公司|局|厅|会|所|中心)");

	/** 学校与A, 学校联合A: the school as a party. */
	private static final Pattern SCHOOL_AS_PARTY = Pattern.compile("(?:与|和|联合|携手|牵头)");

	private static final Pattern PARTIES = Pattern.compile("(?:政校|校地)?(?<!校企)双方");

	/**
	 * 校企双方, or 校企 opening its clause before what the two do (校企将共建Z; not 深化校企合作): a
	 * school and a firm named together last.
	 */
	private static final Pattern SCHOOL_AND_FIRM = Pattern
		.compile("校企双方|(?<=^|[，,。；;：:])校企(?=(?:将|还|也|正式|已|拟)?(?:共同|联合|携手)?(?:共建|签署|签订|成立|组建|打造|建设|创建))");

	/** 三方共建: the three organisations named together last. */
	private static final Pattern THREE_PARTIES = Pattern.compile("(?:政校企|政企校|校政企|校企行|政行校)?三方");

	/** A counted reference to platforms named before: 四大产教联盟, 这三个产业学院, 上述两个基地. */
	private static final Pattern COUNTED = Pattern
		.compile("(?:这|上述|以上|该)?([两二三四五六七八九十2-9])(?:大|个|家|所)?(?:[\\u4e00-\\u9fa5]{0,4}?)"
				// (此次获批的5家科技小院: the courtyards named before)
				+ "(产业学院|共同体|联合体|联盟|职教集团|基地|研究院|实验室|小院|工坊)(?![\\u4e00-\\u9fa5]*(?:名单|建设单位))");

	/** A counted reference to the parties named before: 上述三所高等院校, 以上5家单位. */
	private static final Pattern COUNTED_PARTIES = Pattern
		.compile("(?:上述|以上|前述)([两二三四五六七八九十2-9])(?:所|家|个)(?:[\\u4e00-\\u9fa5]{0,2}?)(院校|高校|学校|大学|企业|单位)");

	/**
	 * The document's mentions before an offset of this sentence: those before it, then
	 * this one's.
	 */
	private static List<Mention> contextBefore(List<Mention> before, List<Mention> mentions, int at) {
		List<Mention> context = new ArrayList<>(before);
		mentions.stream().filter((x) -> x.end() <= at).forEach(context::add);
		return context;
	}

	/** A count written in figures or in one Chinese numeral (三, 两, 12). */
	static int count(String numeral) {
		int spelled = "〇一两三四五六七八九十".indexOf(numeral.replace('二', '两'));
		return (spelled >= 0) ? spelled : Integer.parseInt(numeral);
	}

	private final Org reporter;

	/** What 我校, 学校 and 学院 mean when no reporting organisation is given. */
	private final SchoolsSpokenOf spokenOf = new SchoolsSpokenOf();

	/** What 该共同体, 这个联合体, 该校 mean. */
	private final Demonstratives demonstratives = new Demonstratives();

	/**
	 * The short names (simplified) the document gives, and the stems of its enterprises.
	 */
	private final ShortNames aliases = new ShortNames();

	/** The number of sentences learnt. */
	private int learnt;

	/**
	 * The brands of the enterprises the document names in full (诺斯贝尔, 张裕), among the
	 * aliases.
	 */
	private final Set<String> brands = new HashSet<>();

	/**
	 * Brands read after a place (共同药业 of 湖北共同药业…): a word of the trade when the document
	 * names other organisations with it too (新材料 of 安徽紫金新材料…, with 新材料研发基地 and
	 * 薄膜新材料研发中心), not the company's brand.
	 */
	private final Set<String> brandsAfterPlace = new HashSet<>();

	/**
	 * The companies' names without their legal form (时代新能源 of 时代新能源公司): never a trade
	 * word.
	 */
	private final Set<String> stems = new HashSet<>();

	/** Enterprises the document names in full, for their short names (优通物流). */
	private final List<Org> enterprises = new ArrayList<>();

	/** Every organisation the document names in full, for partial names (现代农业产教联合体). */
	private final List<Org> named = new ArrayList<>();

	/** Schools the document names in full, for its short forms. */
	private final List<Org> schools = new ArrayList<>();

	private final Map<String, String> normalizedNames = new LinkedHashMap<>();

	/** The organisation the document is addressed to (某学院：at its head), or null. */
	private Org addressee;

	/** The last two organisations named together, in an earlier sentence. */
	private List<Org> lastPair = List.of();

	/** The last school and firm named together, in an earlier sentence (校企双方). */
	private List<Org> lastSchoolAndFirm = List.of();

	/** The last three organisations named together, for 三方 in a later sentence. */
	private List<Org> lastTriple = List.of();

	/** The mentions of the sentences read. */
	private final List<Mention> earlier = new ArrayList<>();

	Coreference(Org reporter) {
		this.reporter = reporter;
	}

	/**
	 * Names that differ only in a written-out word (职教集团 / 职业教育集团) or a legal form name
	 * one organisation: the first one met.
	 */
	private final Map<String, Org> byCanonical = new LinkedHashMap<>();

	/** An organisation's id → the organisation it is the same as. */
	private final Map<String, Org> sameAs = new LinkedHashMap<>();

	/**
	 * Whether a word is in the name of an organisation the document names other than one.
	 */
	private boolean namesOthers(String word, Org one) {
		return this.normalizedNames.entrySet()
			.stream()
			.anyMatch((e) -> !e.getKey().equals(one.id()) && e.getValue().contains(word));
	}

	/** Learns the full names, their defined short names and the enterprises' stems. */
	void learn(String s, List<Mention> names) {
		for (Mention m : names) {
			String normalized = s.substring(m.start(), m.end());
			Org first = this.byCanonical.putIfAbsent(ShortForms.canonical(normalized), m.org());
			if (first != null && !first.id().equals(m.org().id()) && first.kind() == m.org().kind()
					&& ShortForms.sameProvince(this.normalizedNames.get(first.id()), normalized)) {
				this.sameAs.putIfAbsent(m.org().id(), first);
			}
			this.normalizedNames.putIfAbsent(m.org().id(), normalized);
			if (m.source() != Source.SHORT && m.source() != Source.ALIAS) {
				// 某联盟（以下简称“联盟”）… then 另一联盟…联盟常务理事单位: a kind defined as a short name means
				// the last of that kind named since (as in a file of many documents)
				// (某共同体(职教集团): its second form in brackets after the kind)
				String bare = normalized.replaceFirst("[（(][^（()）]*[）)]$", "");
				for (String kind : this.aliases.longestFirst()) {
					if ((normalized.endsWith(kind) || bare.endsWith(kind)) && bare.length() > kind.length()
							&& OrganizationLexicon.isGeneric(kind) && this.aliases.defines(kind)) {
						Org meant = this.aliases.meant(kind, this.learnt);
						if (meant != null && !meant.id().equals(m.org().id()) && meant.kind() == m.org().kind()) {
							this.aliases.define(kind, m.org(), this.learnt);
						}
					}
				}
			}
			Matcher d = DEFINITION.matcher(s.substring(m.end()));
			boolean chained = s.substring(0, m.start()).matches("(?s).*简称[：:]?[“\"「]?");
			if (d.find() && !(chained && OrganizationLexicon.isGeneric(d.group(1).strip()))
					&& !countsSeveral(d.group(1).strip(), normalized)) {
				// a bare kind defined for a short name (简称“某农教集团”(以下简称“集团”)) is left to
				// the demonstratives; 某联合体与某共同体(以下简称“两体”) names two, not the last
				this.aliases.define(d.group(1).strip(), definedBy(s, d.group(1).strip(), m, names), this.learnt);
			}
			else {
				Matcher b = BRACKETED.matcher(s.substring(m.end()));
				Matcher acronym = ACRONYM.matcher(s.substring(m.end()));
				if (b.lookingAt() && isAbbreviation(b.group(1), normalized)) {
					this.aliases.define(b.group(1), m.org(), this.learnt);
				}
				else if (acronym.lookingAt()) {
					this.aliases.define(acronym.group(1), m.org(), this.learnt);
				}
			}
			if (m.org().kind() == OrgKind.SCHOOL && m.source() != Source.SHORT && !this.schools.contains(m.org())) {
				this.schools.add(m.org());
			}
			if (m.org().kind() == OrgKind.ENTERPRISE && m.source() != Source.LIST) {
				List<String> stems = ShortForms.stems(normalized);
				stems.forEach((stem) -> this.aliases.anywhere(stem, m.org(), this.learnt));
				this.stems.addAll(stems);
				for (String brand : ShortForms.brands(normalized)) {
					if (!stems.contains(brand)) { // a stem stands for its company
													// anywhere
						this.aliases.anywhere(brand, m.org(), this.learnt);
						this.brands.add(brand);
						if (!normalized.startsWith(brand)) {
							this.brandsAfterPlace.add(brand);
						}
					}
				}
				if (!this.enterprises.contains(m.org())) {
					this.enterprises.add(m.org());
				}
			}
			if (m.source() == Source.LEXICON && normalized.length() >= 6 && m.host() == null
					&& !this.aliases.defines(normalized)) {
				// a name found once is found again where the document repeats it
				// (当选Z常务理事单位); not a short name the document defines (某学院(简称某某学院)),
				// which stands for the name before it
				this.aliases.anywhere(normalized, m.org(), this.learnt);
			}
			if (m.source() != Source.SHORT && m.source() != Source.LIST && !this.named.contains(m.org())) {
				this.named.add(m.org());
			}
		}
		this.spokenOf.learn(s, names, this.learnt);
		this.learnt++;
	}

	/**
	 * 某联合体与某共同体(以下简称“两体”): a number and a kind count the bodies named before; 某部电子第五研究所
	 * (以下简称“五所”) is one, numbered by it.
	 */
	private static boolean countsSeveral(String shortName, String name) {
		Matcher counted = COUNTED_KIND.matcher(shortName);
		return counted.matches() && !name.contains("第" + counted.group(1));
	}

	/** A number and a kind of one or two characters (两体, 五所). */
	private static final Pattern COUNTED_KIND = Pattern.compile("([两二三四五六七八九十]+)[\\u4e00-\\u9fa5]{1,2}");

	/**
	 * 双方, 三方: the organisations named together last before the word in this sentence,
	 * else in an earlier one.
	 */
	private static List<Mention> parties(Pattern word,
			java.util.function.BiFunction<String, List<Mention>, List<Org>> named, List<Org> earlier, String s,
			String written, List<Mention> mentions) {
		List<Mention> out = new ArrayList<>();
		Matcher p = word.matcher(s);
		while (p.find()) {
			int at = p.start();
			List<Org> together = named.apply(s, mentions.stream().filter((x) -> x.end() <= at).toList());
			for (Org party : together.isEmpty() ? earlier : together) {
				out.add(new Mention(p.start(), p.end(), written.substring(p.start(), p.end()), party, Source.PARTIES));
			}
		}
		return out;
	}

	/**
	 * Two organisations that are a school (or its college) and a firm, as 校企双方 says, else
	 * none (校企双方 after two firms named together means the school and the firm named
	 * before them).
	 */
	private static List<Org> schoolAndFirm(List<Org> pair) {
		if (pair.size() != 2) {
			return List.of();
		}
		long schools = pair.stream().filter((o) -> o.kind() == OrgKind.SCHOOL || o.kind() == OrgKind.COLLEGE).count();
		long firms = pair.stream().filter((o) -> o.kind() == OrgKind.ENTERPRISE).count();
		return (schools == 1 && firms == 1) ? pair : List.of();
	}

	/**
	 * 某灯业与理工学院开展合作: a name proposed across 与 whose words before it are a short name of an
	 * organisation the document named before is that organisation and a name of its own
	 * (a college may hold 与 in its name: 冶金与汽车工程学院).
	 */
	private boolean splitAtWith(String s, String written, Mention m, List<Mention> out) {
		if (m.org() == null || m.org().known() || m.source() != Source.LEXICON) {
			return false;
		}
		String name = s.substring(m.start(), m.end());
		int with = Math.max(name.indexOf('与'), name.indexOf('與'));
		if (with < 2 || name.length() - with - 1 < 3) {
			return false;
		}
		Org before = this.aliases.meant(name.substring(0, with), this.sentences);
		if (before == null) {
			return false;
		}
		int split = m.start() + with;
		int rest = split + 1;
		out.add(new Mention(m.start(), split, written.substring(m.start(), split), before, Source.ALIAS));
		out.add(new Mention(rest, m.end(), written.substring(rest, m.end()),
				Org.proposed(written.substring(rest, m.end()), s.substring(rest, m.end()), m.org().kind()),
				m.source()));
		return true;
	}

	/**
	 * The sentence's mentions with short forms and short names resolved and references
	 * added.
	 * @param names what {@link MentionFinder} found in it
	 * @param before the document's mentions so far, in order
	 */
	List<Mention> resolve(String s, String written, List<Mention> names, List<Mention> before) {
		List<Mention> mentions = new ArrayList<>();
		Set<String> inFull = new HashSet<>();
		names.stream().filter((m) -> m.org() != null).forEach((m) -> inFull.add(m.org().id()));
		for (Mention m : names) {
			Org meant = meant(s.substring(m.start(), m.end()), m, inFull);
			if (meant == null && splitAtWith(s, written, m, mentions)) {
				continue;
			}
			mentions.add((meant != null) ? new Mention(m.start(), m.end(), m.text(), meant, Source.ALIAS) : m);
		}
		boolean[] covered = new boolean[s.length()];
		mentions.forEach((m) -> cover(covered, m));
		for (String alias : this.aliases.longestFirst()) {
			if (!s.contains(alias)) {
				// (most names of a long document are not in this one sentence;
				// resolving them all took a sixth of the corpus time)
				continue;
			}
			Org meant = this.aliases.meant(alias, this.sentences);
			// (向开创集团…: where the stem stands at the head of its company's whole name, the
			// mention is the whole name, not the stem)
			String whole = (meant != null) ? ScriptConverter.normalize(meant.name()) : "";
			for (int at = (meant != null) ? s.indexOf(alias) : -1; at >= 0; at = s.indexOf(alias, at + 1)) {
				boolean wholeName = whole.length() > alias.length() && whole.startsWith(alias)
						&& s.startsWith(whole, at);
				int end = wholeName ? at + whole.length() : at + alias.length();
				if (!isCovered(covered, at, end) && !PLACE_AFTER.matcher(s).region(end, s.length()).lookingAt()
						&& !PROGRAMME_AFTER.matcher(s).region(end, s.length()).lookingAt()
						&& !PERSON_BEFORE.matcher(s).region(0, at).find()
						&& (!this.brands.contains(alias) || wholeName || namesItsCompany(s, end))
						&& !(this.brandsAfterPlace.contains(alias) && !this.stems.contains(alias)
								&& namesOthers(alias, meant))) {
					Mention m = new Mention(at, end, written.substring(at, end), meant, Source.ALIAS);
					mentions.add(m);
					cover(covered, m);
				}
			}
		}
		abbreviatedSchools(s, written, covered, mentions);
		abbreviatedEnterprises(s, written, covered, mentions);
		mentions.sort(Comparator.comparingInt(Mention::start));
		List<Mention> references = new ArrayList<>();
		Matcher a = RelationCues.ANAPHOR.matcher(s);
		while (a.find()) {
			if (isCovered(covered, a.start(), a.end()) || a.group().equals("本校") || a.group().equals("本院")) {
				continue;
			}
			Org referent = this.demonstratives.referent(a.group(1), contextBefore(before, mentions, a.start()));
			if (referent != null && a.group().equals("产业学院")
					&& !ScriptConverter.normalize(referent.name()).endsWith("产业学院")) {
				// 与某公司共建产业学院 with no demonstrative: only an industry college the
				// document named so (not a school's 机电工程学院)
				referent = null;
			}
			if (referent != null) {
				references.add(new Mention(a.start(), a.end(), written.substring(a.start(), a.end()), referent,
						Source.ANAPHOR));
			}
		}
		Matcher c = COUNTED.matcher(s);
		while (c.find()) {
			if (isCovered(covered, c.start(), c.end())) {
				continue;
			}
			List<Mention> context = contextBefore(before, mentions, c.start());
			for (Org referent : this.demonstratives.referents(c.group(2), count(c.group(1)), context)) {
				references.add(new Mention(c.start(), c.end(), written.substring(c.start(), c.end()), referent,
						Source.ANAPHOR));
			}
		}
		Matcher parties = COUNTED_PARTIES.matcher(s);
		while (parties.find()) {
			if (isCovered(covered, parties.start(), parties.end())) {
				continue;
			}
			List<Mention> context = contextBefore(before, mentions, parties.start());
			for (Org referent : Demonstratives.parties(parties.group(2), count(parties.group(1)), context)) {
				references.add(new Mention(parties.start(), parties.end(),
						written.substring(parties.start(), parties.end()), referent, Source.ANAPHOR));
			}
		}
		if (mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).org() != null
				&& s.substring(mentions.get(0).end()).strip().matches("[：:]")) {
			// 某技师学院：at the head of a notice or a reply: whom it is addressed to
			this.addressee = mentions.get(0).org();
		}
		Matcher you = ADDRESSED.matcher(s);
		while (this.addressee != null && you.find()) {
			if (!isCovered(covered, you.start(), you.end())) {
				references.add(new Mention(you.start(), you.end(), written.substring(you.start(), you.end()),
						this.addressee, Source.ANAPHOR));
			}
		}
		List<Mention> schools = new ArrayList<>();
		Matcher r = ((this.reporter != null) ? SchoolsSpokenOf.REPORTER : SchoolsSpokenOf.REPORTER_OR_COLLEGE)
			.matcher(s);
		while (r.find()) {
			if (!isCovered(covered, r.start(), r.end())) {
				Org meant = (this.reporter != null) ? this.reporter : SchoolsSpokenOf.speakersOwn(s, r, mentions);
				if (meant == null) {
					meant = this.spokenOf.meant(s, r, this.sentences);
				}
				if (meant == null && r.group().equals("学校")
						&& SCHOOL_AS_PARTY.matcher(s).region(r.end(), s.length()).lookingAt()
						&& s.substring(0, r.start()).matches(".*(?:是|由)$")) {
					// 某学院成立了Z，该产业学院是学校与A…组建而成: the school named before it in the
					// sentence
					int at = r.start();
					meant = mentions.stream()
						.filter((m) -> m.end() <= at && m.org() != null && m.org().kind() == OrgKind.SCHOOL)
						.reduce((first, second) -> second)
						.map(Mention::org)
						.orElse(null);
				}
				if (meant == null && SchoolsSpokenOf.isCommonNoun(s, r)) {
					continue; // 牵头学校, 推动学校与企业: a common noun
				}
				int end = r.end();
				if (meant == null && r.group().matches("我校|本校") && r.start() > 0
						&& "与和同".indexOf(s.charAt(r.start() - 1)) >= 0
						&& mentions.stream()
							.anyMatch(
									(m) -> m.start() == end && m.org() != null && m.org().kind() == OrgKind.COLLEGE)) {
					// (与我校某学院签署, 我校 unresolved: it says whose the college is)
					continue;
				}
				schools.add(
						new Mention(r.start(), r.end(), written.substring(r.start(), r.end()), meant, Source.REPORTER));
			}
		}
		// 2017年学校与某委签署协议以来，双方共建…: the school the sentence calls 学校 is one of the two
		List<Mention> named = new ArrayList<>(mentions);
		named.addAll(schools);
		named.sort(Comparator.comparingInt(Mention::start));
		references.addAll(parties(PARTIES, PairWords::lastPair, this.lastPair, s, written, named));
		references.addAll(parties(SCHOOL_AND_FIRM, (x, sofar) -> schoolAndFirm(PairWords.lastPair(x, sofar)),
				this.lastSchoolAndFirm, s, written, named));
		references.addAll(parties(THREE_PARTIES, PairWords::lastTriple, this.lastTriple, s, written, named));
		references.addAll(PairWords.references(s, written, mentions, this.lastPair, this.earlier));
		references.addAll(schools);
		mentions.addAll(references);
		mentions.sort(Comparator.comparingInt(Mention::start));
		this.spokenOf.remember(s, mentions, this.sentences);
		this.demonstratives.remember(mentions, this.sentences);
		this.sentences++;
		List<Org> pair = PairWords.lastPair(s, mentions);
		if (pair.size() == 2 || pair.size() == 1 && this.lastPair.size() != 2) {
			// (a party beside a school never named is 双方 only in its own sentence: it
			// replaces no two named together before)
			this.lastPair = pair;
		}
		if (!schoolAndFirm(pair).isEmpty()) {
			this.lastSchoolAndFirm = pair;
		}
		List<Org> triple = PairWords.lastTriple(s, mentions);
		if (!triple.isEmpty()) {
			this.lastTriple = triple;
		}
		this.earlier.addAll(mentions);
		return mentions;
	}

	/**
	 * Where a word stands that may be a school's short name: after the start, a stop, a
	 * conjunction or a preposition.
	 */
	private static final Pattern ABBREVIATION_BEFORE = Pattern.compile(
			"(?:^|[\\p{Punct}，。；：、（）“”「」《》\\s]|与|和|及|同|由|在|是|为|向|给|对|把|邀请|希望|感谢|支持|代表|赴|到|来到|走进|访问|拜访|参观|宣传|介绍|推介|展示|参观了|访问了|走进了|感谢了)$");

	/**
	 * What follows a school's short name: a stop, a verb or function word, an officer.
	 */
	private static final Pattern ABBREVIATION_AFTER = Pattern
		.compile("$|[\\p{Punct}，。；：、（）“”「」《》\\s]|与|和|及|同|在|的|等|是|为|将|已|还|也|于|向|对|继|牵头|联合|携手|共同|签|合作|倡议|发起|成立|举办|主办|承办"
				+ "|校长|院长|书记|党委|副校长|副院长|师生|学子|学生|教师|团队|校友|校区|举行|召开|获|入选|作为|一直|积极|主动|持续|深化|服务|提供|负责|承担|派出|主导"
				// (亚大推动某领域, 某大致力于: what the school does next)
				+ "|推动|推进|开展|打造|致力|依托|立足|拥有"
				// (对某工大专家团的到访, 某职院样本: its people, its example)
				+ "|专家|领导|代表|相关|样本|经验|方案|模式|品牌|特色"
				// (宣传某大办学成果: what the school does)
				+ "|办学|育人"
				// (向威职捐赠机器人, 与某科共建: what is given to it, what it builds)
				+ "|捐赠|赠送|共建|申报|获批|荣获|参加|参与"
				// (某鼓不断打破垄断: an adverb before what it does)
				+ "|不断|始终|先后|多次|正在|已经");

	/**
	 * 厦大, 北邮, 南理工, 威职, 浙经院: a word of two or three characters that starts with a school's
	 * first character and writes some of its characters in order, standing where a name
	 * stands, is that school's short name, when the document names the school in full.
	 * (No segmenter tags these words as one: 厦/大, 南/理工, 浙/经/院.)
	 */
	private void abbreviatedSchools(String s, String written, boolean[] covered, List<Mention> mentions) {
		for (Org school : this.schools) {
			String full = this.normalizedNames.getOrDefault(school.id(), school.name());
			if (full.length() < 4) {
				continue;
			}
			for (int at = s.indexOf(full.charAt(0)); at >= 0; at = s.indexOf(full.charAt(0), at + 1)) {
				// (黄河水院: four characters of a long name, ending in its kind's character)
				for (int length = (full.length() >= 8) ? 4 : 3; length >= 2; length--) {
					int end = at + length;
					if (end > s.length() || isCovered(covered, at, end)) {
						continue;
					}
					String word = s.substring(at, end);
					if (!word.matches("[\\u4e00-\\u9fa5]+") || full.startsWith(word) || !ShortForms.inOrder(word, full)
							|| length == 4 && "院校大".indexOf(word.charAt(3)) < 0 || !standsAsAShortForm(s, at, end, word)
							|| this.schools.stream()
								.anyMatch((other) -> other != school && ShortForms.inOrder(word,
										this.normalizedNames.getOrDefault(other.id(), other.name())))) {
						continue;
					}
					Mention m = new Mention(at, end, written.substring(at, end), school, Source.SHORT);
					mentions.add(m);
					cover(covered, m);
					break;
				}
			}
		}
	}

	/**
	 * 沈鼓 for 沈阳鼓风机集团: a company named in full, shortened to its place's first character
	 * and its brand's, where a school's short form may stand (before and after as there).
	 */
	private void abbreviatedEnterprises(String s, String written, boolean[] covered, List<Mention> mentions) {
		for (Org enterprise : this.enterprises) {
			String full = this.normalizedNames.getOrDefault(enterprise.id(), enterprise.name());
			int place = Places.leadingPlace(full);
			if (place < 2 || full.length() < place + 4) {
				continue;
			}
			String word = full.substring(0, 1) + full.charAt(place);
			for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
				int end = at + 2;
				if (isCovered(covered, at, end) || !standsAsAShortForm(s, at, end, word) || this.normalizedNames
					.entrySet()
					.stream()
					.anyMatch((e) -> !e.getKey().equals(enterprise.id()) && ShortForms.inOrder(word, e.getValue()))) {
					continue;
				}
				Mention m = new Mention(at, end, written.substring(at, end), enterprise, Source.SHORT);
				mentions.add(m);
				cover(covered, m);
			}
		}
	}

	/**
	 * Whether a word stands where a short name may (between the words that go before and
	 * after one) and is neither a place nor a generic word.
	 */
	private static boolean standsAsAShortForm(String s, int at, int end, String word) {
		return ABBREVIATION_BEFORE.matcher(s).region(0, at).find()
				&& ABBREVIATION_AFTER.matcher(s).region(end, s.length()).lookingAt() && !isPlace(word)
				&& !OrganizationLexicon.isGeneric(word);
	}

	private static boolean isPlace(String word) {
		return NameShapes.isPlace(word) || OrganizationLexicon.PROVINCES.contains(word);
	}

	/** The number of sentences read. */
	private int sentences;

	/**
	 * The organisation a short form or a defined short name stands for, or null.
	 * @param named the organisations the sentence names in full: a school's name that
	 * only looks like a shorter way of writing one of them (合肥学院 beside 合肥职业技术学院 in one
	 * list) is another school
	 */
	private Org meant(String normalized, Mention m, Set<String> named) {
		Org same = this.sameAs.get(m.org().id());
		if (same != null && same.kind() == m.org().kind()) {
			// (only of the same kind: a name read as a school in one sentence and as a
			// founded college in another is not the school named before)
			return same;
		}
		Org alias = this.aliases.meant(normalized, this.sentences);
		if (alias != null && !alias.id().equals(m.org().id())) {
			return alias;
		}
		boolean shortForm = m.source() == Source.SHORT || m.source() == Source.HOST
				&& OrganizationLexicon.SHORT_SCHOOL_SUFFIXES.stream().anyMatch(normalized::endsWith);
		boolean partial = m.org().kind() == OrgKind.SCHOOL
				&& (m.source() == Source.LEXICON || m.source() == Source.KNOWN && normalized.length() <= 4);
		if (shortForm || partial) {
			for (Org school : this.schools) {
				String full = this.normalizedNames.getOrDefault(school.id(), school.name());
				if (!school.id().equals(m.org().id()) && (shortForm ? ShortForms.abbreviates(normalized, full)
						: !named.contains(school.id()) && ShortForms.shortens(normalized, full))) {
					return school;
				}
			}
		}
		if (m.source() == Source.LIST && m.org().kind() == OrgKind.ENTERPRISE && normalized.length() <= 3) {
			// 江传与某公司共建…: a brand's place that a school's short name takes
			List<Org> abbreviated = this.schools.stream()
				.filter((school) -> ShortForms.abbreviates(normalized,
						this.normalizedNames.getOrDefault(school.id(), school.name())))
				.toList();
			if (abbreviated.size() == 1) {
				return abbreviated.get(0);
			}
		}
		if (m.source() == Source.LIST && m.org().kind() == OrgKind.ENTERPRISE) {
			// 优通物流 for 上海优通国际物流有限公司
			for (Org enterprise : this.enterprises) {
				String full = this.normalizedNames.getOrDefault(enterprise.id(), enterprise.name());
				if (!enterprise.id().equals(m.org().id()) && ShortForms.abbreviates(normalized, full)
						&& OrganizationLexicon.TRADE_SUFFIXES.stream().anyMatch(normalized::endsWith)) {
					return enterprise;
				}
			}
		}
		if (m.source() == Source.LEXICON && normalized.length() >= 5 && m.host() == null) {
			// (a college named after its school, 某大学某产业学院, is named in full)
			// 现代农业产教联合体 for 昌吉国家农高区现代农业产教联合体 named before or after
			for (Org org : this.named) {
				String full = this.normalizedNames.getOrDefault(org.id(), org.name());
				if (!org.id().equals(m.org().id()) && org.kind() == m.org().kind()
						&& full.length() > normalized.length() && full.endsWith(normalized)) {
					return org;
				}
			}
		}
		return null;
	}

	/**
	 * The organisation a short name defined right after a name means: that name's, unless
	 * it is no abbreviation of it and an earlier name of the note in brackets, or the
	 * name the note is on, is (（A隶属于B，以下简称a）, A（隶属于B，以下简称a）: a abbreviates A).
	 */
	private static Org definedBy(String s, String shortName, Mention m, List<Mention> names) {
		if (ShortForms.inOrder(shortName, s.substring(m.start(), m.end()))) {
			return m.org();
		}
		int open = Math.max(s.lastIndexOf('（', m.start()), s.lastIndexOf('(', m.start()));
		return names.stream()
			.filter((x) -> x != m && x.org() != null && open >= 0 && (x.start() > open || x.end() == open)
					&& x.end() <= m.start() && ShortForms.inOrder(shortName, s.substring(x.start(), x.end())))
			.map(Mention::org)
			.findFirst()
			.orElse(m.org());
	}

	/**
	 * Whether a word in brackets after a name abbreviates it: its characters in the
	 * name's order, shorter than half of it, no place and no kind alone (香港理工大学(理大), not
	 * 中国石油大学(北京) or 某学院(筹)).
	 */
	private static boolean isAbbreviation(String word, String name) {
		if (word.length() * 2 > name.length() || OrganizationLexicon.isGeneric(word)
				|| OrganizationLexicon.GENERIC.contains(word) || Places.leadingPlace(word) == word.length()) {
			return false;
		}
		return ShortForms.inOrder(word, name);
	}

	/**
	 * Whether a brand that ends at an offset names its company ({@link #BRAND_CONTEXT}).
	 */
	private static boolean namesItsCompany(String s, int end) {
		if (BRAND_CONTEXT.matcher(s).region(end, s.length()).lookingAt()) {
			return true;
		}
		List<Term> next = MentionFinder.terms(s.substring(end, Math.min(s.length(), end + 8)));
		return !next.isEmpty() && WORD_AFTER_BRAND.matcher(String.valueOf(next.get(0).nature)).matches();
	}

	/** Marks the characters a mention covers. */
	private static void cover(boolean[] covered, Mention m) {
		for (int i = m.start(); i < m.end(); i++) {
			covered[i] = true;
		}
	}

	private static boolean isCovered(boolean[] covered, int start, int end) {
		for (int i = start; i < end; i++) {
			if (covered[i]) {
				return true;
			}
		}
		return false;
	}

}
