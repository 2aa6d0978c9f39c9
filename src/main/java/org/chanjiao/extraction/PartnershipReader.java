package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * PARTNERS_WITH and AFFILIATED_WITH: the parties of an agreement (A与B签署…协议, S分别与A、B签约,
 * A、B与C签约, A与B校企合作) with the hub it names; an affiliate of a school (S附属Y, 某医学院附属医院).
 */
final class PartnershipReader {

	/** An agreement signed under its title (签订《东陵职业技术学院合作协议》), its words a title's. */
	private static final Pattern SIGNED_TITLE = Pattern.compile("签(?:署|订|定)了?《[^》]{0,40}?(?:协议|合同|备忘录)书?》");

	private final DocumentContext context;

	PartnershipReader(DocumentContext context) {
		this.context = context;
	}

	/**
	 * A pair that runs a programme together (A与B联合开设订单班, 共同培养, 联合招生): a partnership, not
	 * a founding.
	 */
	private static final Pattern JOINT_WORK = Pattern
		.compile(RelationCues.LIST_CLOSED + "(?:联合|共同|携手)(?:开设|开办|举办|培养|招生|实施|开发)");

	/** A platform of a kind, named by its kind only: 产业学院, 联合实验室, 现代产业学院. */
	// (产教融合联合培养基地: a kind described by common words — no name was found there)
	private static final String UNNAMED = "[\\u4e00-\\u9fa5]{0,10}?(?:产业学院|实训基地|实践基地|实习基地|培养基地|实验室|研发中心|研究院|工作室)";

	/**
	 * A与B共建产业学院, S分别与A、B共建实训基地: a pair that builds a platform it does not name — no
	 * platform to found, so a partnership (a named one is a founding: FoundingReader).
	 */
	private static final Pattern UNNAMED_PLATFORM = Pattern
		.compile("^(?:合作|携手|联合|签约)?(?:共建|共同建设|合作建设|联合建设)了?(?:一个|一所|一批|多个|若干)?" + UNNAMED + "(?:(?:和|及|、)" + UNNAMED
				+ ")*(?:[，,。；;]|$)");

	/**
	 * A与B在学校报告厅举行“某现代学徒制班”授牌仪式: a pair that opens a class they run together (an order
	 * class, an apprenticeship class) are partners.
	 */
	private static final Pattern JOINT_CLASS = Pattern
		.compile("^(?:在[^，。；;]{0,12}?)?(?:举行|举办|共同举行)了?[“\"「]?[^，。；;”\"」]{0,16}?(?:订单班|学徒制班|冠名班|定向班)[”\"」]?"
				+ "(?:授牌|开班|签约|揭牌)(?:暨[^，。；;]{1,8})?仪式");

	/**
	 * Between a school and the list of its partners: 现有合作企业300余家，其中包括 (a school's
	 * partners counted, then named).
	 */
	private static final Pattern PARTNERS_LISTED = Pattern
		.compile("^(?:现有|已有|共有|已与)?[^。；;]{0,12}?(?:合作企业|合作单位|合作伙伴|合作院校|校企合作企业)[^。；;]{0,16}?(?:包括|包含|涵盖|如|有)[：:]?$");

	/** A school's partners named in a list after they are counted: each a partner. */
	private void partnersListed(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup school = groups.get(i);
			MentionGroup listed = groups.get(i + 1);
			Mention hub = school.members().get(0);
			if (school.members().size() != 1 || hub.org() == null
					|| hub.org().kind() != OrgKind.SCHOOL && hub.org().kind() != OrgKind.COLLEGE
					|| !PARTNERS_LISTED.matcher(s.substring(school.end(), listed.start())).matches()) {
				continue;
			}
			String kind = partnershipKind(s);
			for (Mention other : listed.members()) {
				if (other.org() != null && !Clauses.sameOrg(hub, other)) {
					partner(out, hub, other, kind, year, written);
				}
			}
		}
	}

	/** 共建附属医院, 开展“非直管”附属医院合作, 明确直属附属关系: hospitals made a school's affiliates. */
	private static final Pattern AFFILIATES_MADE = Pattern.compile("(?:共建|开展|建立|明确)[^，。；;]{0,12}?附属(?:医院|关系)");

	/** Between a school and the hospitals it makes its affiliates: 将与, 分别与. */
	private static final Pattern SCHOOL_WITH = Pattern.compile("(?:将|还|也|正式|先后)?(?:分别)?(?:与|同)");

	/**
	 * 某大学与A医院、B医院合作共建附属医院: the hospitals a school makes its affiliated hospitals are
	 * affiliated with it (the school that leaves itself out, 与A、B合作共建附属医院, is the
	 * page's).
	 */
	void affiliatesMade(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = AFFILIATES_MADE.matcher(s);
		while (m.find()) {
			int clause = Clauses.phraseStart(s, m.start());
			int i = -1;
			for (int j = 0; j < groups.size(); j++) {
				if (groups.get(j).end() <= m.start() && groups.get(j).start() >= clause) {
					i = j;
				}
			}
			if (i < 0) {
				continue;
			}
			MentionGroup group = groups.get(i);
			int with = firstWith(s, group.members());
			List<Org> schools = new ArrayList<>();
			List<Mention> hospitals = new ArrayList<>();
			if (with > 0) {
				// 某大学与A医院、B医院: one list, the school before 与
				group.members().subList(0, with).stream().map(Mention::org).forEach(schools::add);
				hospitals.addAll(group.members().subList(with, group.members().size()));
			}
			else if (RelationCues.WITH.matcher(group.before()).find()) {
				hospitals.addAll(group.members());
				MentionGroup before = (i > 0) ? groups.get(i - 1) : null;
				if (before != null && SCHOOL_WITH.matcher(s.substring(before.end(), group.start())).matches()) {
					before.members().stream().map(Mention::org).forEach(schools::add);
				}
				else if (group.start() - clause <= 4 && this.context.lastSchool != null) {
					schools.add(this.context.lastSchool);
				}
			}
			for (Org school : schools) {
				for (Mention hospital : hospitals) {
					if (school != null && school.kind() == OrgKind.SCHOOL && hospital.org() != null
							&& hospital.org().kind() != OrgKind.SCHOOL && hospital.org().kind() != OrgKind.GOVERNMENT) {
						Clauses.add(out, RelationType.AFFILIATED_WITH, hospital.org(), school, null, null, null, null,
								null, year, written, hospital, null);
					}
				}
			}
		}
	}

	void read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		partnersListed(s, written, groups, year, out);
		// 签订了《A与B合作协议》, 落实《A与B战略合作框架协议》: the two an agreement's title names
		Matcher titled = MentionFinder.PAIR_AGREEMENT.matcher(s);
		while (titled.find()) {
			for (MentionGroup g : groups) {
				if (g.start() >= titled.start(1) && g.end() <= titled.end(1) && g.members().size() >= 2
						&& firstWith(s, g.members()) > 0) {
					pairs(s, g, groups, partnershipKind(s), year, written, out);
				}
			}
		}
		Matcher m = RelationCues.AGREEMENT.matcher(MentionFinder.barriers(s));
		boolean signed = m.find();
		if (!signed) {
			m = SIGNED_TITLE.matcher(s);
			signed = m.find();
		}
		if (!signed) {
			// A与B(进行)校企合作: a pair named together and cooperating
			for (MentionGroup g : groups) {
				// (A与B（简称“B′”）的校企合作: the short name's definition stands before the cue)
				Matcher c = RelationCues.COOPERATION.matcher(MentionGroup.withoutDefinition(g.after()));
				boolean cooperate = c.find() || JOINT_WORK.matcher(g.after()).lookingAt()
						|| JOINT_CLASS.matcher(g.after()).lookingAt();
				MentionGroup subject = Clauses.previous(groups, g);
				if (g.members().size() >= 2 && cooperate && firstWith(s, g.members()) > 0) {
					pairs(s, g, groups, partnershipKind(s), year, written, out);
				}
				else if (cooperate && subject != null && !subject.isPlace() && !subject.isGuide() && !subject.isBase()
						&& ADVERBS_THEN_WITH.matcher(s.substring(subject.end(), g.start())).matches()) {
					// A先后与B、C等多家企业开展合作: those after 与 and the subject right before it
					eachOfWithEachOf(subject.members(), g.members(), partnershipKind(s), year, written, out);
				}
				else if (UNNAMED_PLATFORM.matcher(g.after()).lookingAt()
						&& (g.members().size() >= 2 && firstWith(s, g.members()) > 0
								|| RelationCues.WITH.matcher(g.before()).find())) {
					pairs(s, g, groups, partnershipKind(s), year, written, out);
				}
			}
			return;
		}
		String kind = partnershipKind(s);
		// 某某合作签约仪式在A举行，A校长某和B校长某共同签署了合作协议: the first agreement with signers
		// before it in its clause
		MentionGroup signers = signersBefore(s, groups, m.start());
		while (signers == null && m.find()) {
			signers = signersBefore(s, groups, m.start());
		}
		if (signers != null) {
			// A主委某与B校长某、C局长某共同签署: organisations named by their officers one after
			// the other sign as one list (back to a 与, whose subject then signs with
			// each)
			signers = MentionGroup.chainBack(s, groups, groups.indexOf(signers), RelationCues.BYLINE_BETWEEN);
			pairs(s, signers, groups, kind, year, written, out);
			signedAtCeremony(s, signers, groups, year, written, out);
			// A与B签订了协议，A与C就某项目进行了签约: a later clause that names both its
			// signers, joined, states an agreement of its own
			int clauseEnd = Clauses.clauseEnd(s, m.start());
			while (m.find()) {
				if (m.start() < clauseEnd) {
					continue;
				}
				clauseEnd = Clauses.clauseEnd(s, m.start());
				MentionGroup later = signersBefore(s, groups, m.start());
				if (later != null && later != signers && later.members().size() >= 2
						&& firstWith(s, later.members()) > 0) {
					pairs(s, later, groups, kind, year, written, out);
				}
			}
		}
	}

	private static MentionGroup signersBefore(String s, List<MentionGroup> groups, int at) {
		int clauseStart = Clauses.clauseStart(s, at);
		MentionGroup signers = null;
		for (MentionGroup g : groups) {
			if (g.end() <= at && g.start() >= clauseStart && !g.isPlace() && !g.isGuide()
					&& !TOPIC_BEFORE.matcher(g.before()).find()) {
				signers = g;
			}
		}
		return signers;
	}

	/**
	 * 某产业学院项目签约仪式举行。…A代表B与C、D签约: in the sentences after a platform's signing ceremony,
	 * those who sign (in a sentence naming no other platform) co-found it.
	 */
	private void signedAtCeremony(String s, MentionGroup signers, List<MentionGroup> groups, Integer year,
			String written, List<ExtractedRelation> out) {
		Org platform = this.context.signedPlatform;
		int after = this.context.sentence - this.context.signedAt;
		if (platform == null || after < 1 || after > 3
				|| groups.stream().anyMatch((g) -> g.members().stream().anyMatch(Clauses::isPlatformMention))) {
			return;
		}
		for (Mention party : signers.members()) {
			if (party.org() != null && !party.org().id().equals(platform.id())) {
				Clauses.add(out, RelationType.CO_FOUNDED, party.org(), platform, "PARTNER", null, null, null, null,
						year, written, party, null);
			}
		}
	}

	/** The partnerships a group of signers states: each with the hub of the agreement. */
	private void pairs(String s, MentionGroup signers, List<MentionGroup> groups, String kind, Integer year,
			String written, List<ExtractedRelation> out) {
		List<Mention> parties = signers.members().stream().filter((x) -> x.org() != null).toList();
		if (parties.size() < signers.members().size()) {
			this.context.unresolved++;
		}
		Mention hub = null;
		List<Mention> others = parties;
		if (RelationCues.WITH.matcher(signers.before()).find()) {
			// S分别与A、B签署: the subject signs with each; with none, the last sentence's
			// subject
			MentionGroup subjects = null;
			for (MentionGroup g : groups) {
				if (g != signers && g.end() <= signers.start() && !g.isPlace() && !g.isGuide() && !g.isBase()) {
					hub = g.members().get(0);
					subjects = g;
				}
			}
			MentionGroup first = groups.get(0);
			if (subjects != null && subjects != first && CLAUSE_WITH.matcher(signers.before()).find()
					&& first.end() <= signers.start() && first.start() <= SUBJECT_WITHIN && !first.isPlace()
					&& !first.isGuide() && !first.isBase()) {
				// A围绕B的需求开展培训，并与C签署: a clause that opens with 与 goes on with the
				// sentence's subject, not the organisation named last
				hub = first.members().get(0);
				subjects = first;
			}
			if (subjects != null && subjects.members().size() >= 2 && !EACH_WITH.matcher(signers.before()).find()
					&& (LIST_THEN_WITH.matcher(s.substring(subjects.end(), signers.start())).matches()
							// (A、B还与C签署: the list right before 还与)
							|| ADVERBS_THEN_WITH.matcher(s.substring(subjects.end(), signers.start())).matches())) {
				// A、B、C等12所高校代表与D签署: every one of the list signs with D (the list's
				// count, kind or 代表 parts it from the 与 that would otherwise join them)
				eachOfWithEachOf(Clauses.distinct(subjects.members()), Clauses.distinct(parties), kind, year, written,
						out);
				return;
			}
			if (subjects != null && EACH_WITH.matcher(signers.before()).find()) {
				List<Mention> each = Clauses.distinct(subjects.members());
				List<Mention> with = Clauses.distinct(parties);
				if (each.size() >= 2 && each.size() == with.size()) {
					// A、B分别与C、D签约: A with C, B with D
					for (int i = 0; i < each.size(); i++) {
						if (each.get(i).org() != null && !Clauses.sameOrg(each.get(i), with.get(i))) {
							partner(out, each.get(i), with.get(i), kind, year, written);
						}
					}
					return;
				}
				if (each.size() >= 2 && with.size() == 1) {
					// A、B、C分别与D签订: each of the list with D
					eachOfWithEachOf(each, with, kind, year, written, out);
					return;
				}
			}
			// (某某代表学校与A签订: the officer speaks for a body the sentence does not name —
			// not the last sentence's subject)
			if (hub == null && !SPOKEN_FOR.matcher(signers.before()).find()) {
				hub = this.context.lastSubjects.isEmpty() ? null : this.context.lastSubjects.get(0);
			}
		}
		else if (parties.size() >= 2) {
			// A与B、C签署: A signs with each; A、B、C与D签署: D signs with each
			String joiners = s.substring(signers.start(), signers.end());
			int with = firstWith(s, parties);
			if (with < 0 && parties.size() > 2 && EACH_AFTER.matcher(signers.after()).lookingAt()) {
				return; // A、B、C等分别签订…协议: each signed, with whom is not said
			}
			if (signers.members().get(0).org() == null && firstWith(s, signers.members()) == 1) {
				return; // 学校与A、B签署, 学校 unresolved: who signs with them is not known
			}
			if (parties.stream().anyMatch((x) -> x.source() == Source.PARTIES) || with < 0 && parties.size() > 2) {
				// (A、B、C签订框架协议: a list with no 与 signs one agreement of all of them)
				// A、B、C三方签订框架协议, 三方签署: one agreement of all of them
				eachWithEach(parties, kind, year, written, out);
				return;
			}
			if (with > 1 && with < parties.size() - 1) {
				// A、B与C、D签订: each of the first list with each of the second
				eachOfWithEachOf(parties.subList(0, with), parties.subList(with, parties.size()), kind, year, written,
						out);
				return;
			}
			hub = (with == parties.size() - 1 && parties.size() > 2) ? parties.get(parties.size() - 1) : parties.get(0);
			Mention h = hub;
			others = parties.stream().filter((x) -> x != h).toList();
			if (joiners.isEmpty()) {
				return;
			}
		}
		if (hub == null || hub.org() == null) {
			return;
		}
		for (Mention other : others) {
			if (!Clauses.sameOrg(hub, other)) {
				partner(out, hub, other, kind, year, written);
			}
		}
		if (JOINTLY.matcher(signers.after()).lookingAt()
				|| ALL_PARTIES_AGREEMENT.matcher(s.substring(signers.end())).lookingAt()) {
			// S与A、B共同签署: one agreement of all of them, so A and B are partners too
			eachWithEach(others, kind, year, written, out);
		}
	}

	/** 在人才培养、实习实训等方面: the fields two will work together in. */
	private static final String FIELDS_OF_WORK = "[^，,。；;]{1,30}?(?:方面|领域)";

	/** 先后与, 率先与: adverbs between a subject and 与. */
	private static final String ADVERBS = "(?:先后|还|也|并|又|分别|已经|已|曾|均|多次|积极|主动|正式|长期|通过|率先|首次|再次)";

	/**
	 * Between a subject and those it cooperates with: 先后与, 还与, 已经与, 通过与, 将与, 表示将在某方面与.
	 */
	private static final Pattern ADVERBS_THEN_WITH = Pattern.compile(
			// (A作为某地唯一某类院校，率先与B携手: what the subject is, said before it acts)
			"(?:作为[^，,。；;]{1,40}[，,])?(?:(?:表示|提出|希望)?(?:将|愿|愿意|还将|将继续)(?:在" + FIELDS_OF_WORK + ")?|在" + FIELDS_OF_WORK
					+ "|" + ADVERBS + ")(?:" + ADVERBS + ")*(?:与|同|跟)");

	/** A、B与C还签署了一份三方合作协议: one agreement of all three. */
	private static final Pattern ALL_PARTIES_AGREEMENT = Pattern
		.compile("[^，。；;]{0,12}?[三四五六多]方[^，。；;]{0,8}?(?:协议|备忘录|合同)");

	/**
	 * Each of one list a partner of each of another (a list's own members are not
	 * paired).
	 */
	private void eachOfWithEachOf(List<Mention> first, List<Mention> second, String kind, Integer year, String written,
			List<ExtractedRelation> out) {
		for (Mention a : first) {
			for (Mention b : second) {
				if (a.org() != null && !Clauses.sameOrg(a, b)) {
					partner(out, a, b, kind, year, written);
				}
			}
		}
	}

	/** The parties of one agreement, each a partner of each. */
	private void eachWithEach(List<Mention> parties, String kind, Integer year, String written,
			List<ExtractedRelation> out) {
		List<Mention> each = Clauses.distinct(parties);
		for (int i = 0; i < each.size(); i++) {
			for (int j = i + 1; j < each.size(); j++) {
				partner(out, each.get(i), each.get(j), kind, year, written);
			}
		}
	}

	/** After those who sign one agreement together: 共同签署, 三方签订. */
	private static final Pattern JOINTLY = Pattern
		// (A、B、C还共同签订: an adverb before 共同)
		.compile("(?:" + RelationCues.BYLINE + ")?(?:还|也|并|又|将|已)?(?:(?:[三四五六多]方)?共同|[三四五六多]方)");

	/** Before 与: an officer who speaks for a body (代表学校与, 代表公司与). */
	private static final Pattern SPOKEN_FOR = Pattern.compile("代表[\\u4e00-\\u9fa5]{0,4}(?:与|同|和)$");

	/** 就建设A、B达成合作, 围绕A签署: what an agreement is about, not who signs it. */
	private static final Pattern TOPIC_BEFORE = Pattern.compile("(?:就|围绕|针对)(?:建设|共建|开展|推进)?$");

	/** Before the second list of a positional pairing: A、B分别与C、D. */
	private static final Pattern EACH_WITH = Pattern.compile("分别(?:与|同|和)$");

	/** Between a list of signers and the 与 after it: 等12所高校代表与, 等单位与. */
	private static final Pattern LIST_THEN_WITH = Pattern.compile("等[^，,。；;：:]{0,10}?(?:代表)?(?:共同)?(?:与|同|和)");

	/** After a list of signers: 等分别, 分别 (each signed something). */
	private static final Pattern EACH_AFTER = Pattern.compile("(?:等[^，。；;]{0,6}?)?分别");

	/** A clause that opens with 与: ，并与, ，还与, ，与. */
	private static final Pattern CLAUSE_WITH = Pattern.compile("[，,](?:并|还|同时|也|又|随后|此外)?与$");

	/** How far into the sentence its subject may start (after a date, 近日…). */
	private static final int SUBJECT_WITHIN = 12;

	/** The index of the list member that 与/和/同 joins to the one before it, or -1. */
	private static int firstWith(String s, List<Mention> parties) {
		for (int i = 1; i < parties.size(); i++) {
			String between = s.substring(Math.min(parties.get(i - 1).end(), parties.get(i).start()),
					parties.get(i).start());
			// (A（简称“A′”）与B: the short name's definition stands before the joiner)
			if (MentionGroup.withoutDefinition(between).strip().matches("与|和|同|跟|及|以及|、和|、及")) {
				return i;
			}
		}
		return -1;
	}

	private void partner(List<ExtractedRelation> out, Mention a, Mention b, String kind, Integer year, String written) {
		// The school (or its college) is the "to" end of a partnership with another kind.
		if (educationRank(a.org().kind()) > educationRank(b.org().kind())) {
			Mention t = a;
			a = b;
			b = t;
		}
		Clauses.add(out, RelationType.PARTNERS_WITH, a.org(), b.org(), null, kind, null, null, null, year, written, a,
				b);
	}

	private static int educationRank(OrgKind kind) {
		return (kind == OrgKind.SCHOOL) ? 2 : (kind == OrgKind.COLLEGE) ? 1 : 0;
	}

	private static String partnershipKind(String s) {
		if (s.contains("订单班") || s.contains("订单培养")) {
			return "ORDER_CLASS";
		}
		if (s.contains("学徒")) {
			return "APPRENTICESHIP";
		}
		if (s.contains("实习基地") || s.contains("实习实训")) {
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

	void readAffiliation(String s, String written, List<Mention> units, List<Mention> mentions, Integer year,
			List<ExtractedRelation> out) {
		for (Mention affiliate : units) {
			for (Mention host : mentions) {
				if (host.source() == Source.HOST && host.start() == affiliate.start() && host.end() < affiliate.end()
						&& s.startsWith("附属", host.end()) && affiliate.org() != null && host.org() != null) {
					Clauses.add(out, RelationType.AFFILIATED_WITH, affiliate.org(), host.org(), null, null, null, null,
							null, year, written, affiliate, host);
				}
			}
		}
		Matcher m = Pattern.compile("附属(?:的)?").matcher(s);
		while (m.find()) {
			Mention school = null;
			Mention affiliate = null;
			for (Mention x : units) {
				if (x.end() <= m.start() && m.start() - x.end() <= 1) {
					school = x;
				}
				if (affiliate == null && x.start() >= m.end() && x.start() - m.end() <= 1) {
					affiliate = x;
				}
			}
			if (school == null || affiliate == null || affiliate.org() == null) {
				continue;
			}
			if (school.org() == null) {
				this.context.unresolved++;
				continue;
			}
			Clauses.add(out, RelationType.AFFILIATED_WITH, affiliate.org(), school.org(), null, null, null, null, null,
					year, written, affiliate, school);
		}
	}

}
