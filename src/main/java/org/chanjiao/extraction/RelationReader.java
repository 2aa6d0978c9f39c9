package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * Reads the relationships one sentence states from its mentions and the
 * {@link RelationCues}: the mentions are grouped into lists ({@link MentionGroup}), then
 * each kind of relationship has a reader of its own — {@link FoundingReader},
 * {@link MembershipReader}, {@link RecognitionReader}, {@link PartnershipReader} — and a
 * college named after its host is PART_OF it. One instance reads one document: the
 * {@link DocumentContext} remembers what later sentences leave out.
 */
final class RelationReader {

	private final DocumentContext context;

	private final FoundingReader founding;

	private final MembershipReader membership;

	private final RecognitionReader recognition;

	private final PartnershipReader partnership;

	RelationReader(Org reporter) {
		this.context = new DocumentContext(reporter);
		this.founding = new FoundingReader(this.context);
		this.membership = new MembershipReader(this.context);
		this.recognition = new RecognitionReader(this.context);
		this.partnership = new PartnershipReader(this.context);
	}

	/** Relationships left out because an end is 我校 without a reporting organisation. */
	int unresolved() {
		return this.context.unresolved;
	}

	/**
	 * The relationships of a sentence.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (the evidence)
	 * @param mentions its mentions, in order
	 */
	List<ExtractedRelation> read(String s, String written, List<Mention> mentions) {
		Integer year = Clauses.year(s);
		List<Mention> units = Clauses.withoutBracketedHosts(s, Clauses.units(mentions));
		List<MentionGroup> groups = MentionGroup.of(s, Clauses.withoutNotes(s, units));
		List<ExtractedRelation> out = new ArrayList<>();
		Org school = this.context.lastSchool;
		for (Mention m : mentions) {
			if (m.host() != null && m.org() != null) {
				// 西工大航海学院 after 西北工业大学: the host as the page knows it, named right before
				Org host = mentions.stream()
					.filter((x) -> x != m && x.end() == m.start() && x.org() != null && x.source() != Source.HOST
							&& x.org().kind() == m.host().kind() && x.text().equals(m.host().name()))
					.map(Mention::org)
					.findFirst()
					.orElse(m.host());
				Clauses.add(out, RelationType.PART_OF, m.org(), host, null, null, null, null, null, year, written, m,
						null);
			}
			else if (school != null && m.org() != null && m.org().kind() == OrgKind.COLLEGE && m.start() > 0
					&& (s.charAt(m.start() - 1) == '其' || ITS_SCHOOL.matcher(s.substring(0, m.start())).find())) {
				// 某大学…，其材料与能源学院建有…, 该校机械学院: "its" college is the school's named
				// before
				Clauses.add(out, RelationType.PART_OF, m.org(), school, null, null, null, null, null, year, written, m,
						null);
			}
			if (m.org() != null && m.org().kind() == OrgKind.SCHOOL) {
				school = m.org();
			}
			foundedByHost(s, m, mentions, year, written, out);
		}
		collegesReliedOn(s, units, year, written, out);
		collegesListedWithOne(groups, year, written, out);
		collegesItHas(groups, year, written, out);
		heldCeremony(s, groups, year, written, out);
		readOpenedAtSchool(s, written, groups, year, out);
		int founded = this.founding.read(s, written, groups, year, out);
		this.membership.read(s, written, groups, year, out);
		this.recognition.read(s, written, groups, year, out);
		if (founded == 0 || s.contains("战略合作")) {
			this.partnership.read(s, written, groups, year, out);
		}
		this.partnership.readAffiliation(s, written, units, mentions, year, out);
		this.partnership.affiliatesMade(s, written, groups, year, out);
		unveiledFor(s, groups, year, written, out);
		foundedFurtherOn(s, groups, year, written, out);
		partnersListedBeforeTheirNoun(groups, year, written, out);
		FoundersNearby.read(s, groups, year, written, out, this.context.founded);
		this.context.officers.learn(s, mentions);
		this.context.officers.read(s, mentions, year, written, out, this.context.founded);
		remember(s, units, groups);
		out.stream()
			.filter((r) -> r.type() == RelationType.CO_FOUNDED && "LEAD".equals(r.role()))
			.forEach((r) -> this.context.led.add(r.to().id()));
		FoundersNearby.foundedIn(out).forEach(this.context.founded::add);
		this.context.sentence++;
		return out;
	}

	/**
	 * 某大学某研究院揭牌, 签约共建某学院教学实践基地: the school (or the group) a platform's name opens with
	 * co-founded it, where the sentence opens, signs or builds it (not where its head
	 * only speaks).
	 */
	private static void foundedByHost(String s, Mention host, List<Mention> mentions, Integer year, String written,
			List<ExtractedRelation> out) {
		if (host.source() != Source.HOST || host.org() == null || !OPENED.matcher(s).find()) {
			return;
		}
		// (某学院金融学院和某银行签订共建某学院实习基地协议: the school's own college acts for it,
		// and founds the platform in its place)
		boolean itsCollegeActs = mentions.stream()
			.anyMatch((c) -> c.org() != null && c.org().kind() == OrgKind.COLLEGE && c.host() != null
					&& c.host().name().equals(host.org().name()) && c.end() <= host.start());
		if (itsCollegeActs) {
			return;
		}
		for (Mention p : mentions) {
			if (p != host && p.start() == host.start() && p.end() > host.end() && p.org() != null
					&& (p.org().kind() == OrgKind.RESEARCH_INSTITUTE || p.org().kind() == OrgKind.PRACTICE_BASE)
					// (某大学科技园 is the school's own park, as 某大学某学院 is its college)
					&& !ScriptConverter.normalize(p.org().name()).matches(".*大学(?:科技园|科技创新园)")
					// (A与某大学某研究院签署协议: the platform is a party that signs, not one opened)
					&& !(p.start() > 0 && "与同跟".indexOf(s.charAt(p.start() - 1)) >= 0)
					// (某大学-某公司联合实验室: a joint unit's name that sets the school beside its
					// partner by a dash is a label, not the school's own unit)
					&& !(host.end() < s.length() && "-－—–·‧•".indexOf(s.charAt(host.end())) >= 0)
					// (某大学某实验室主任某出席签约仪式: the platform's head attends what others sign)
					&& !HEAD_ATTENDS.matcher(s).region(p.end(), s.length()).lookingAt()
					// (某某为某大学实习基地揭牌, 举行“某大学实践教学基地”挂牌仪式: people unveil a plaque
					// that bears the school's name, which opens nothing the school
					// builds)
					&& !(PLAQUE_FOR.matcher(s.substring(Clauses.clauseStart(s, p.start()), p.start())).find()
							&& UNVEILING_AFTER.matcher(s.substring(p.end(), Clauses.clauseEnd(s, p.end()))).lookingAt()
							&& !unveiledWithABody(s, p, host, mentions))
					&& (OPENED.matcher(s.substring(p.end(), Clauses.clauseEnd(s, p.end()))).find()
							|| OPENED.matcher(s.substring(Math.max(0, p.start() - 6), p.start())).find())) {
				// (the verb is the platform's own: 某大学某中心落地郑州后…共建Y is not its founding)
				Clauses.add(out, RelationType.CO_FOUNDED, host.org(), p.org(), "PARTNER", null, null, null, null, year,
						written, host, p);
			}
		}
	}

	/**
	 * 某学院依托数学与计算机科学学院与某公司签约: the college a school relies on, named right after 依托, is the
	 * school's own.
	 */
	private static void collegesReliedOn(String s, List<Mention> units, Integer year, String written,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < units.size(); i++) {
			Mention school = units.get(i);
			Mention college = units.get(i + 1);
			if (school.org() != null && school.org().kind() == OrgKind.SCHOOL && college.org() != null
					&& college.org().kind() == OrgKind.COLLEGE && college.start() > school.end()
					&& RELIES_ON.matcher(s.substring(school.end(), college.start())).matches()) {
				Clauses.add(out, RelationType.PART_OF, college.org(), school.org(), null, null, null, null, null, year,
						written, college, school);
			}
		}
	}

	private static final java.util.regex.Pattern RELIES_ON = java.util.regex.Pattern.compile(RelationCues.RELIES_ON);

	/**
	 * 前往A、B等Z共建单位考察, A作为Z的共建单位: those listed before 等 (or named before 作为, 是) and a
	 * platform's partner noun are its partners.
	 */
	private static void partnersListedBeforeTheirNoun(List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup partners = groups.get(i);
			MentionGroup next = groups.get(i + 1);
			if (!NAMED_BEFORE_NOUN.matcher(partners.after()).matches() || next.members().size() != 1
					|| !next.isPlatform() || !PARTNER_NOUN.matcher(next.after()).lookingAt()) {
				continue;
			}
			Mention platform = next.members().get(0);
			for (Mention m : partners.members()) {
				Clauses.add(out, RelationType.CO_FOUNDED, m.org(), platform.org(), "PARTNER", null, null, null, null,
						year, written, m, platform);
			}
		}
	}

	/** 该校, 本校, 我校 right before a college: the school named before. */
	private static final java.util.regex.Pattern ITS_SCHOOL = java.util.regex.Pattern.compile("(?:该校|本校|我校)$");

	/** 某大学下设A学院、B学院: what follows the school and its verb of having, in its clause. */
	private static final java.util.regex.Pattern HAS_COLLEGES = java.util.regex.Pattern
		.compile("^(?:现)?(?:下设|设有|下辖|拥有|共有|现有|设置了?|开设了?)(?:[^，。；]{0,6}[：:])?$");

	/** A school's offices named right after it, then a list's mark: 校长办公室、, 教务处、科技处、. */
	private static final java.util.regex.Pattern ITS_OFFICES = java.util.regex.Pattern
		.compile("^(?:[\\u4e00-\\u9fa5]{1,6}?(?:处|办公室|办|部|科|室)、)+$");

	/**
	 * 某大学下设机械学院、电气学院等12个二级学院, 某大学校长办公室、中药学院和…: the colleges a school has, and those it
	 * lists after its own offices (up to the list's first item that is no college or
	 * opens with a place of its own), are part of it.
	 */
	private static void collegesItHas(List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup school = groups.get(i);
			Mention host = school.members().get(school.members().size() - 1);
			boolean has = school.members().size() == 1 && HAS_COLLEGES.matcher(school.after()).matches();
			if (host.org() == null || host.org().kind() != OrgKind.SCHOOL
					|| !has && !ITS_OFFICES.matcher(school.after()).matches()) {
				continue;
			}
			for (Mention m : groups.get(i + 1).members()) {
				boolean college = m.org() != null && m.org().kind() == OrgKind.COLLEGE;
				if (!has && (!college || opensWithAPlace(m))) {
					break;
				}
				if (college) {
					Clauses.add(out, RelationType.PART_OF, m.org(), host.org(), null, null, null, null, null, year,
							written, m, null);
				}
			}
		}
	}

	private static boolean opensWithAPlace(Mention college) {
		String name = ScriptConverter.normalize(college.text());
		return name.startsWith("中国") || Places.leadingPlace(name) > 0;
	}

	// 等 after a list (A、B等Z共建单位), or 作为, 是 after one named so (A作为Z的共建单位, B是Z共建单位之一)
	private static final java.util.regex.Pattern NAMED_BEFORE_NOUN = java.util.regex.Pattern
		.compile("(?:等(?:\\d+[家所个])?|作为|为|是|系|成为|担任)[“\"「]?");

	private static final java.util.regex.Pattern PARTNER_NOUN = java.util.regex.Pattern
		.compile("[”\"」]?(?:的)?(?:共建|合作共建|联合共建|参建)(?:单位|院校|企业|高校)");

	/**
	 * 某大学A学院、B学院等: colleges listed after one named with its school are that school's too
	 * (not 中国某某产业学院, 某市某学院: one that opens with a place of its own is named whole).
	 */
	private static void collegesListedWithOne(List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		for (MentionGroup g : groups) {
			Org host = null;
			for (Mention m : g.members()) {
				if (m.host() != null) {
					host = m.host();
				}
				else if (host != null && m.org() != null && m.org().kind() == OrgKind.COLLEGE
						&& m.source() != Source.HOST && !opensWithAPlace(m)) {
					Clauses.add(out, RelationType.PART_OF, m.org(), host, null, null, null, null, null, year, written,
							m, null);
				}
			}
		}
	}

	/** A举行某产业学院签约仪式: who holds a platform's signing or unveiling co-founded it. */
	private static void heldCeremony(String s, List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup holder = groups.get(i);
			MentionGroup next = groups.get(i + 1);
			if (!HOLDS.matcher(holder.after()).matches() || next.members().size() != 1
					|| !Clauses.isPlatformMention(next.members().get(0)) || holder.isPlace() || holder.isGuide()
					|| !CEREMONY_AFTER.matcher(s.substring(next.end())).lookingAt()) {
				continue;
			}
			Mention platform = next.members().get(0);
			for (Mention m : holder.members()) {
				if (m.org() != null && !Clauses.sameOrg(m, platform) && !m.org().kind().isPlatform()) {
					Clauses.add(out, RelationType.CO_FOUNDED, m.org(), platform.org(), "PARTNER", null, null, null,
							null, year, written, m, platform);
				}
			}
		}
	}

	/**
	 * A与B为Z揭牌，与C、D为Y揭牌: those who unveil a platform together co-build it; a phrase that
	 * opens with 与 leaves out its subject, the one who unveiled with others before. (Who
	 * 授牌 awards, and is no party.)
	 */
	private static void unveiledFor(String s, List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		List<Mention> subjects = List.of();
		for (MentionGroup g : groups) {
			if (g.members().size() != 1 || !Clauses.isPlatformMention(g.members().get(0))
					|| !UNVEILED_FOR.matcher(g.before()).find()
					|| !UNVEILED.matcher(s.substring(g.end())).lookingAt()) {
				continue;
			}
			Mention platform = g.members().get(0);
			int phraseStart = Clauses.phraseStart(s, g.start());
			List<Mention> parties = new ArrayList<>();
			for (MentionGroup party : groups) {
				if (party.start() >= phraseStart && party.end() <= g.start() && !party.isPlace() && !party.isGuide()
						&& !party.isBase()) {
					party.members()
						.stream()
						.filter((m) -> m.org() != null && !Clauses.isPlatformMention(m))
						.forEach(parties::add);
				}
			}
			if (parties.isEmpty() || OFFICIALS.matcher(s.substring(parties.get(0).end(), g.start())).find()) {
				continue; // 某科学院某副处长及某局某总工程师为Z揭牌: guests' officials unveil it
			}
			if (WITH_OPENS.matcher(s.substring(phraseStart, parties.get(0).start())).matches()) {
				parties.addAll(subjects); // ，与C、D为Y揭牌: the subject unveiled before
			}
			else {
				subjects = List.of(parties.get(0));
			}
			for (Mention party : parties) {
				Clauses.add(out, RelationType.CO_FOUNDED, party.org(), platform.org(), "PARTNER", null, null, null,
						null, year, written, party, platform);
			}
		}
	}

	/**
	 * Z是在G指导下，由A、B和C联合…，按照“…”的原则组建的…: the verb that makes 由's list founders may stand a
	 * clause or two further on, past phrases that name no party; what they found is the
	 * platform the sentence opens with. LEAD where they 牵头 or 发起, else PARTNER.
	 */
	private static void foundedFurtherOn(String s, List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		if (groups.size() < 2 || !groups.get(0).isPlatform() || groups.get(0).members().size() != 1
				|| !s.substring(groups.get(0).end()).startsWith("是")) {
			return;
		}
		Mention platform = groups.get(0).members().get(0);
		if (out.stream()
			.anyMatch((r) -> r.type() == RelationType.CO_FOUNDED && r.to().id().equals(platform.org().id()))) {
			return;
		}
		for (int i = 1; i < groups.size(); i++) {
			MentionGroup by = groups.get(i);
			if (!by.before().endsWith("由") || by.isPlace() || by.isGuide() || by.isBase()) {
				continue;
			}
			int sentenceEnd = s.indexOf('。', by.end());
			java.util.regex.Matcher verb = FOUNDED_RELATIVE.matcher(s)
				.region(by.end(), (sentenceEnd >= 0) ? sentenceEnd : s.length());
			if (!verb.find() || i + 1 < groups.size() && groups.get(i + 1).start() < verb.start()) {
				return; // no such verb, or another party before it: the readers' business
			}
			String between = s.substring(by.end(), verb.start());
			String role = (between.contains("牵头") || verb.group().contains("发起")) ? "LEAD" : "PARTNER";
			for (Mention founder : by.members()) {
				if (founder.org() != null && !Clauses.isPlatformMention(founder)) {
					Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), platform.org(), role, null, null, null,
							null, year, written, founder, platform);
				}
			}
			return;
		}
	}

	private static final java.util.regex.Pattern FOUNDED_RELATIVE = java.util.regex.Pattern
		.compile("(?:共同|联合)?(?:发起成立|发起|成立|组建|创办|创建|筹建|共建)的");

	private static final java.util.regex.Pattern UNVEILED_FOR = java.util.regex.Pattern
		.compile("(?:^|[^认])(?:共同|一同|一起|联合)?为[“\"「]?$");

	private static final java.util.regex.Pattern UNVEILED = java.util.regex.Pattern.compile("[”\"」]?(?:揭牌|挂牌|揭幕)");

	private static final java.util.regex.Pattern OFFICIALS = java.util.regex.Pattern
		.compile("处长|工程师|院长|书记|局长|主任|校长|董事长|经理|领导|主席|会长|厅长|部长|市长|县长|区长|教授|代表|嘉宾");

	private static final java.util.regex.Pattern WITH_OPENS = java.util.regex.Pattern
		.compile("(?:还|并|又|同时|另)?(?:与|和|同)");

	private static final java.util.regex.Pattern HOLDS = java.util.regex.Pattern
		.compile("(?:隆重|正式|在[^，。；]{0,12})?(?:举行|举办)(?:了)?[“\"「]?");

	/** 某产业学院项目签约仪式, 某基地合作签约仪式, 某中心揭牌仪式: the ceremony of a platform. */
	private static final java.util.regex.Pattern CEREMONY_AFTER = java.util.regex.Pattern
		.compile("[”\"」]?(?:项目|合作|共建|战略合作)*(?:签约|揭牌)(?:[和与暨及]?(?:签约|揭牌|授牌))?(?:仪式|活动)");

	private static final java.util.regex.Pattern HEAD_ATTENDS = java.util.regex.Pattern
		.compile(RelationCues.BYLINE + "[，,、]?(?:等)?(?:应邀|受邀)?(?:出席|参加|见证|莅临)");

	/**
	 * 某学院院长代表学校与某县相关领导共同为某大学某基地揭牌: an organisation named in the clause unveils it with
	 * the school, as a party does (not 双方领导, nor people alone).
	 */
	private static boolean unveiledWithABody(String s, Mention p, Mention host, List<Mention> mentions) {
		int from = Clauses.clauseStart(s, p.start());
		return mentions.stream()
			.anyMatch((m) -> m != p && m != host && m.org() != null && m.source() != Source.PARTIES && m.start() >= from
					&& m.end() <= p.start());
	}

	/** Before a plaque's name, in its clause: 为, 举行. */
	private static final java.util.regex.Pattern PLAQUE_FOR = java.util.regex.Pattern.compile("(?:为|举行)[^，,。；;]*$");

	/** After it: only its unveiling (揭牌, 挂牌仪式), not its founding (揭牌成立). */
	private static final java.util.regex.Pattern UNVEILING_AFTER = java.util.regex.Pattern
		.compile("[^，,。；;]*?(?:揭牌|挂牌|授牌)(?!成立)");

	// (把某研究院建设成为某高地: what an existing unit is to become, not its opening)
	private static final java.util.regex.Pattern OPENED = java.util.regex.Pattern
		.compile("揭牌|挂牌|授牌|成立|签约|签署|共建|组建|建设(?!成)|启用|落成|启动");

	/**
	 * 某学校…——A学院、B产业学院在学校相继揭牌成立: colleges opened at "the school" are its colleges; the
	 * school is the sentence's subject, else the reporting organisation.
	 */
	private void readOpenedAtSchool(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		for (MentionGroup g : groups) {
			if (!AT_SCHOOL.matcher(s.substring(g.end())).find() || !allColleges(g)) {
				continue;
			}
			List<Mention> colleges = new ArrayList<>(g.members());
			int i = groups.indexOf(g);
			if (i > 0 && groups.get(i - 1).after().startsWith("、") && allColleges(groups.get(i - 1))) {
				colleges.addAll(groups.get(i - 1).members()); // A学院、某省首个B学院在学校…
			}
			Mention school = null;
			MentionGroup first = groups.get(0);
			if (first != g && first.members().size() == 1 && first.members().get(0).org() != null
					&& first.members().get(0).org().kind() == OrgKind.SCHOOL) {
				school = first.members().get(0);
			}
			else if (this.context.reporter != null && this.context.reporter.kind() == OrgKind.SCHOOL) {
				school = new Mention(0, 0, null, this.context.reporter, Source.REPORTER);
			}
			if (school == null) {
				continue;
			}
			for (Mention college : colleges) {
				Clauses.add(out, RelationType.PART_OF, college.org(), school.org(), null, null, null, null, null, year,
						written, college, school);
			}
		}
	}

	private static boolean allColleges(MentionGroup g) {
		return g.isAll(OrgKind.COLLEGE);
	}

	private static final java.util.regex.Pattern AT_SCHOOL = java.util.regex.Pattern
		.compile("^(?:等|两个|二个|三个|\\d个)?在(?:学校|我校|本校|该校|校内|校园)(?:内)?(?:相继|先后|正式|隆重|同时)?(?:揭牌|挂牌)?(?:成立|揭牌|挂牌)");

	/** Whether an offset lies inside a 《…》 title. */
	static boolean insideTitle(String s, int at) {
		int open = s.lastIndexOf('《', at);
		return open >= 0 && s.lastIndexOf('》', at) < open && s.indexOf('》', at) >= 0;
	}

	/**
	 * 某联盟秘书长某某等出席: a community named only as where a guest holds office is not the
	 * community the document goes on to speak of.
	 */
	private static final java.util.regex.Pattern OFFICER_AFTER = java.util.regex.Pattern
		.compile("(?:常务)?副?(?:秘书长|理事长|会长|主席)(?!单位)[\\u4e00-\\u9fa5]{2,3}(?:[，,、等]|出席)");

	// What later sentences may leave out: the community, the platform, the subject
	private void remember(String s, List<Mention> units, List<MentionGroup> groups) {
		for (Mention m : units) {
			if (insideTitle(s, m.start())) {
				continue; // 《关于成立某集团的批复》: a document's title names what it is about
			}
			if (m.org() != null && m.org().kind() == OrgKind.SCHOOL && !SchoolsSpokenOf.listedWithOffices(s, m)) {
				this.context.lastSchool = m.org();
			}
			// 某行业协会成立。A为会长单位: an association's own titles go to the association
			if (m.org() != null && m.org().kind() == OrgKind.INDUSTRY_ASSOCIATION) {
				this.context.lastAssociation = m.org();
			}
			if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY
					&& !OFFICER_AFTER.matcher(s.substring(m.end())).lookingAt()) {
				this.context.lastCommunity = m.org();
			}
			if (Clauses.isPlatformMention(m)) {
				this.context.lastPlatform = m;
				if (CEREMONY_AFTER.matcher(s.substring(m.end())).lookingAt()) {
					this.context.signedPlatform = m.org();
					this.context.signedAt = this.context.sentence;
				}
			}
		}
		if (!groups.isEmpty()) {
			MentionGroup first = groups.get(0);
			int opening = Clauses.clauseEnd(s, 0);
			// 她指出，2017年学校与某委签署…: the subject is that of what is said
			// (当天，某学院还与…: a time that opens the sentence is no clause of its own)
			if (opening < s.length() && (SAYS.matcher(s.substring(0, opening)).matches()
					|| WHEN.matcher(s.substring(0, opening)).matches() && first.start() > opening)) {
				opening = Clauses.clauseEnd(s, opening + 1);
			}
			boolean leads = opening >= first.start() && !first.isPlace() && !first.isBase() && !first.isGuide()
					&& !RelationCues.WITH.matcher(first.before()).find()
					&& !ATTENDS.matcher(s.substring(first.end(), Clauses.clauseEnd(s, first.end()))).find()
					&& !GUESTS_ARE.matcher(first.before()).find();
			List<Mention> subjects = Clauses.distinct(first.members());
			if (leads && !subjects.isEmpty()
					&& (subjects.size() > 1 || first.members().get(0).source() != Source.PARTIES)) {
				this.context.lastSubjects = subjects; // 双方 stands for both
			}
		}
	}

	/** A clause that only says when: 当天, 同时, 近日, 近年来, 12月3日上午. */
	private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
			"(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:当天|当日|同时|近日|日前|随后|近年来|近几年来?|多年来|近期|目前|当前|此前|今年以来|今年|去年)?(?:上午|下午|晚上)?");

	/** A clause that only says who speaks: 她指出, 某校长表示. */
	private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern
		.compile("[^，,。；;：:“”]{0,12}(?:指出|表示|介绍|强调|说|谈到|提到)");

	/**
	 * A某局长某、B校长某出席大会: those who attend an event do nothing the next sentence leaves
	 * without its subject.
	 */
	private static final java.util.regex.Pattern ATTENDS = java.util.regex.Pattern
		.compile("(?:出席|参加|莅临|参会|与会|见证)(?:了)?(?:大会|会议|仪式|活动|典礼|开幕式|论坛|本次|此次|$)");

	/** 出席本次成立大会的有A某院士: those named after it attend; they are no subject. */
	private static final java.util.regex.Pattern GUESTS_ARE = java.util.regex.Pattern
		.compile("(?:出席|参加|莅临|参会|与会)[^，,。；;]{0,20}?(?:的|嘉宾|领导|代表)(?:有|包括|是)[：:]?$");

}
