package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chanjiao.extraction.RelationCues.Founding;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * CO_FOUNDED: each list's role comes from the verb it does (由A、B共同牵头 → LEAD, 联合C等 →
 * PARTNER beside a lead, A与B共建 → PARTNER, A成立Z → LEAD), by a role noun (Z的牵头单位为A), or
 * from the lead it is joined to; a clause that leaves its subject out is done by the
 * sentence's subject, the reporter or the last sentence's subject.
 */
final class FoundingReader {

	/** 联合 right before the verb of founding: jointly, not joining others (联合建立, 联合组建). */
	private static final java.util.regex.Pattern JOINTLY_BEFORE_VERB = java.util.regex.Pattern
		.compile("联合(?:建立|成立|组建|共建|创建|创办|筹建|建设|打造|设立)");

	/** Between two partners named by what each brings: 的科研优势与 */
	private static final java.util.regex.Pattern JOINED_STRENGTH = java.util.regex.Pattern
		.compile("^的[^，,。；;、]{1,15}(?:与|和|及|以及|、)$");

	private final DocumentContext context;

	private final FoundedPlatforms platforms;

	private final Subjects subjects;

	FoundingReader(DocumentContext context) {
		this.context = context;
		this.platforms = new FoundedPlatforms(context);
		this.subjects = new Subjects(context);
	}

	int read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		List<FoundingCues.Cue> cues = FoundingCues.cues(s);
		int count = 0;
		boolean anyLead = false;
		Map<MentionGroup, FoundingCues.Cue> governing = new java.util.LinkedHashMap<>();
		Map<MentionGroup, Boolean> byNoun = new java.util.LinkedHashMap<>();
		for (MentionGroup g : groups) {
			// (联合某集团托管的8所院校: the group that holds them, named to say which, founds
			// nothing)
			if (g.isBase() || g.isPlace() || g.isGuide() || HOLDS_THE_NEXT.matcher(g.after()).lookingAt()
					|| (g.isPlatform() || FoundedPlatforms.isFoundedBody(g)) && g.after().matches("(?:是)?由.*")
					|| g.isPlatform() && LEAD_OF_THE_ONE_BEFORE.matcher(g.after()).find()) {
				continue; // Z由A牵头成立, Z的牵头单位: Z is what is founded
			}
			if (leadsCommunitySpokenOf(s, g, groups, year, written, out)
					|| leadsPlatformNamedAfter(s, g, groups, year, written, out)
					|| foundingSaidToBeTheirs(g, groups, year, written, out)) {
				count++;
				continue;
			}
			if (RelationCues.LEAD_NOUN_BEFORE.matcher(g.before()).find()
					|| RelationCues.LEAD_NOUN_AFTER.matcher(g.after()).find() || asLeadOf(s, g, groups)) {
				governing.put(g, new FoundingCues.Cue(g.end(), g.end(), Founding.LEAD));
				byNoun.put(g, true);
				anyLead = true;
				continue;
			}
			if (RelationCues.PARTNER_NOUN_BEFORE.matcher(g.before()).find()
					|| RelationCues.BUILDER_NOUN_BEFORE.matcher(g.before()).find()
					|| RelationCues.PARTNER_NOUN_AFTER.matcher(g.after()).find()) {
				governing.put(g, new FoundingCues.Cue(g.end(), g.end(), Founding.COBUILD));
				byNoun.put(g, true);
				continue;
			}
			FoundingCues.Cue cue = FoundingCues.governingCue(s, g, cues);
			if (cue == null) {
				// A携手B成立Z: the subject does what those it joins with do
				// (A依托Z，联合B，牵头组建…: the base between them is where, not who)
				// (A依托某学院与B签约，共建Z: the same)
				MentionGroup next = Clauses.next(groups, g);
				boolean overBase = false;
				while (next != null && next.isBase() && next.before().equals(g.after())) {
					overBase = true;
					next = Clauses.next(groups, next);
				}
				if (next != null && RelationCues.CO.matcher(next.before()).find()
						&& (g.after().equals(next.before()) || overBase && next.before().matches("^[，,]?(?:联合|携手)"))
						|| next != null && overBase && next.before().matches("[）)]?与")
						|| FoundingCues.withAfterComma(g, next) || signsWithEach(g, next)) {
					cue = FoundingCues.governingCue(s, next, cues);
				}
			}
			if (cue != null) {
				governing.put(g, cue);
				anyLead |= cue.founding() == Founding.LEAD;
			}
		}
		// A将与B签约，共建Z: the one A means to join does the verb either does, later in the
		// sentence, and so does A
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup a = groups.get(i);
			MentionGroup b = groups.get(i + 1);
			if (!RelationCues.intendsWith(s, a, b)
					|| Stream.of(a, b).anyMatch((g) -> g.isBase() || g.isPlace() || g.isGuide())) {
				continue;
			}
			FoundingCues.Cue cue = governing.containsKey(a) ? governing.get(a) : governing.get(b);
			if (cue != null && cue.start() >= b.end()) {
				governing.putIfAbsent(a, cue);
				governing.putIfAbsent(b, cue);
			}
		}
		// A副厅长某，B副市长某，C副总裁某等签订备忘录，共建Z: the bodies whose officers are named one
		// after the other do what the last one's clause does
		for (int i = groups.size() - 2; i >= 0; i--) {
			MentionGroup a = groups.get(i);
			MentionGroup b = groups.get(i + 1);
			FoundingCues.Cue cue = governing.get(b);
			if (cue != null && !governing.containsKey(a) && cue.start() >= b.end() && !a.isBase() && !a.isGuide()
					&& OFFICERS_ONE_AFTER_THE_OTHER.matcher(s.substring(a.end(), b.start())).matches()) {
				governing.put(a, cue);
			}
		}
		// Z由A牵头，联合B的科研优势…: those joined to a lead with no verb of their own co-found
		// what the lead founds
		FoundingCues.Cue lead = governing.values()
			.stream()
			.filter((c) -> c.founding() == Founding.LEAD)
			.findFirst()
			.orElse(null);
		if (lead != null) {
			boolean joined = false;
			for (MentionGroup g : groups) {
				// …联合B的科研优势与C的技能培养能力: C is joined as B is
				boolean next = joined && JOINED_STRENGTH.matcher(g.before()).matches();
				joined = false;
				if (!governing.containsKey(g) && g.start() > lead.end()
						&& (RelationCues.CO.matcher(g.before()).find() || next) && !g.isBase() && !g.isPlace()
						&& !g.isGuide() && !HOLDS_THE_NEXT.matcher(g.after()).lookingAt()) {
					governing.put(g, new FoundingCues.Cue(lead.start(), lead.end(), Founding.PARTAKE));
					joined = true;
				}
			}
		}
		int founderGroups = (int) governing.keySet()
			.stream()
			.filter((g) -> !g.isPlatform() || isFounderPlatform(g, groups))
			.count();
		for (Map.Entry<MentionGroup, FoundingCues.Cue> e : governing.entrySet()) {
			MentionGroup g = e.getKey();
			FoundingCues.Cue cue = e.getValue();
			if (s.startsWith("暨", cue.end())) {
				continue; // Z成立暨Y揭牌(仪式): Z is founded, a second event follows; Z founds
							// nothing
			}
			List<Mention> objects = this.platforms.objects(s, g, cue, cues, groups, byNoun.containsKey(g));
			FoundingCues.Cue then = objects.isEmpty() ? FoundingCues.openingNextClause(s, cue, cues) : null;
			if (then != null && (then.founding() == cue.founding()
					|| cue.founding() == Founding.COBUILD && then.founding() == Founding.ESTABLISH)) {
				// A与B共同投资1200万元，共建Z: what they build together is named by the next clause
				// (A与B签约共建，成立Z: what they found, as partners)
				objects = this.platforms.objects(s, g, then, cues, groups, byNoun.containsKey(g));
			}
			if (objects.isEmpty()) {
				continue;
			}
			boolean co = RelationCues.CO.matcher(g.before()).find() || FoundingCues.joinHands(s, g);
			boolean with = RelationCues.WITH.matcher(g.before()).find() && !FoundingCues.cueInClause(s, g, cue);
			String role = switch (cue.founding()) {
				case LEAD -> with ? "PARTNER" : "LEAD";
				// (由A倡议，B、C作为发起单位: who proposed it initiates it with them)
				case INITIATE -> (anyLead && !s.substring(cue.start(), cue.end()).endsWith("倡议")) ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
				// (S与A成立了Z: founded together; Z由A、B和C联合D组建: those who join the others
				// to them lead)
				// (Z由A、B联合建立: 联合 before the verb says "jointly", and they are partners)
				case ESTABLISH -> (RelationCues.BY.matcher(g.before()).find() && g.after().startsWith("联合")
						&& !JOINTLY_BEFORE_VERB.matcher(g.after()).lookingAt())
								? "LEAD"
								: (co || RelationCues.WITH.matcher(g.before()).find() || anyLead
										|| FoundingCues.joinedBy(g, groups) || Clauses.distinct(g.members()).size() > 1)
												? "PARTNER" : "LEAD";
			};
			// 作为Z牵头单位，A与B签署…: A leads Z, B is who A signs with
			List<Mention> founders = new ArrayList<>(asLeadOf(s, g, groups) ? g.members().subList(0, 1) : g.members());
			String omittedRole = (with && cue.founding() == Founding.LEAD) ? "LEAD" : role;
			for (Mention omitted : this.subjects.omittedSubjects(s, g, groups)) {
				if (omitted.org() == null || founders.stream().anyMatch((f) -> Clauses.sameOrg(f, omitted))) {
					continue;
				}
				for (Mention object : objects) {
					if (Clauses.addFounded(out, omitted.org(), object.org(), omittedRole, year, written, null,
							object)) {
						count++;
					}
				}
			}
			// 分别是A和B牵头的X、Y; A、B分别牵头成立X、Y; X、Y分别由A、B牵头组建: each
			// founder founds the platform in its place (not 某某分别为A与B“X”和“Y”揭牌: who
			// unveils each)
			List<Mention> distinctFounders = Clauses.distinct(founders);
			List<Mention> distinctObjects = Clauses.distinct(objects);
			boolean respectively = distinctFounders.size() >= 2 && distinctFounders.size() == distinctObjects.size()
					&& (s.substring(Clauses.phraseStart(s, g.start()), g.start()).matches(".*分别(?:是|由)")
							|| s.substring(g.end(), cue.start()).startsWith("分别"));
			for (Mention founder : founders) {
				if (founder.org() == null) {
					this.context.unresolved += objects.size();
					continue;
				}
				int place = respectively ? indexOfOrg(distinctFounders, founder) : -1;
				for (Mention object : (place >= 0) ? List.of(distinctObjects.get(place)) : objects) {
					if (Clauses.addFounded(out, founder.org(), object.org(), role, year, written, founder, object)) {
						count++;
					}
				}
			}
		}
		// 学校…，参与申报Z，牵头成立A、B: a verb that opens a clause is done by the sentence's
		// subject, or by the reporting organisation (or the last sentence's subject) when
		// the
		// sentence names none
		for (FoundingCues.Cue cue : cues) {
			if (governing.containsValue(cue) || !FoundingCues.opensClause(s, cue, groups)
					|| opensWithPlatformFoundedBy(groups)) {
				// (Z是由A、B共同牵头，汇聚…，打造…平台: Z goes on, and its founders are read)
				continue;
			}
			List<Mention> subjects = this.subjects.sentenceSubjects(s, groups);
			if (subjects.isEmpty()) {
				if (!groups.isEmpty() && groups.get(0).members().stream().anyMatch((m) -> m.org() == null)) {
					this.context.unresolved++; // 我校牵头成立…, with no reporting organisation
												// given
				}
				continue;
			}
			MentionGroup self = new MentionGroup(subjects, cue.start(), cue.start(), "", "");
			List<Mention> objects = this.platforms.objects(s, self, cue, cues, groups, false);
			String role = switch (cue.founding()) {
				case LEAD -> "LEAD";
				// (与某企业签约共建，成立Z: the omitted subject founds Z with the one after 与)
				case ESTABLISH ->
					(subjects.size() > 1 || Subjects.opensWithWith(s) && !groups.isEmpty()) ? "PARTNER" : "LEAD";
				// 学校牵头成立了Z，联合发起成立了Y: a lead of another platform, and the
				// same school, is no separate lead of Y
				case INITIATE -> leadBesides(governing, subjects) ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
			};
			for (Mention subject : subjects) {
				for (Mention object : objects) {
					if (Clauses.addFounded(out, subject.org(), object.org(), role, year, written, subject, object)) {
						count++;
					}
				}
			}
		}
		count += builtInSeries(s, cues, groups, out);
		count += announcedFounding(s, groups, year, written, out);
		count += Speakers.leads(s, written, groups, year, this.context.lastCommunity, out);
		return count;
	}

	/**
	 * 双方共建Z、共建W: a verb listed after what the one before it builds is done by the same
	 * founders, in the same roles.
	 */
	private static int builtInSeries(String s, List<FoundingCues.Cue> cues, List<MentionGroup> groups,
			List<ExtractedRelation> out) {
		int count = 0;
		for (FoundingCues.Cue cue : cues) {
			MentionGroup before = groups.stream()
				.filter((g) -> g.isPlatform() && FoundingCues.listedAfter(s, g, cue))
				.findFirst()
				.orElse(null);
			MentionGroup after = groups.stream()
				.filter((g) -> g.isPlatform() && FoundingCues.builds(s, cue, g))
				.findFirst()
				.orElse(null);
			if (before == null || after == null) {
				continue;
			}
			for (Mention built : before.members()) {
				for (ExtractedRelation r : List.copyOf(out)) {
					if (r.type() != RelationType.CO_FOUNDED || built.org() == null
							|| !r.to().id().equals(built.org().id())) {
						continue;
					}
					for (Mention next : after.members()) {
						if (Clauses.add(out, RelationType.CO_FOUNDED, r.from(), next.org(), r.role(), null, null, null,
								null, r.since(), r.evidence(), null, next)) {
							count++;
						}
					}
				}
			}
		}
		return count;
	}

	/**
	 * Whether an organisation other than {@code subjects} leads something the sentence
	 * founds.
	 */
	private static boolean leadBesides(Map<MentionGroup, FoundingCues.Cue> governing, List<Mention> subjects) {
		return governing.entrySet()
			.stream()
			.filter((e) -> e.getValue().founding() == Founding.LEAD)
			.flatMap((e) -> e.getKey().members().stream())
			.anyMatch((m) -> subjects.stream().noneMatch((x) -> Clauses.sameOrg(x, m)));
	}

	/**
	 * 作为联合体发起单位之一，A…, A作为集团牵头单位，…: A leads the community the document speaks of, named in
	 * an earlier sentence (a community noun, or none, points back to the last community).
	 */
	private boolean leadsCommunitySpokenOf(String s, MentionGroup g, List<MentionGroup> groups, Integer year,
			String written, List<ExtractedRelation> out) {
		// the clause before the founder's own (作为…之一，): from the clause end before that
		int clauseStart = Clauses.phraseStart(s, g.start() - 1);
		Org community = this.context.lastCommunity;
		// (A作为集团牵头单位，将…: the same said after the founder)
		// (not Z是由A作为牵头高校，与B…共同成立: Z is named before it)
		// (Z依托某开发区，A作为牵头学校，B作为牵头企业…: Z, named before them in the sentence, is
		// what they lead)
		boolean after = g.members().size() == 1 && !RelationCues.BY.matcher(g.before()).find()
				&& AS_LEAD_OF_ONE_SPOKEN_OF.matcher(s).region(g.end(), s.length()).lookingAt()
				&& groups.stream().noneMatch((x) -> x.isPlatform() && x.end() <= g.start())
				// (A、B作为联盟首批发起单位出席会议: a list, in a sentence that names no platform)
				|| !RelationCues.BY.matcher(g.before()).find() && groups.stream().noneMatch(MentionGroup::isPlatform)
						&& AS_FIRST_LEADS.matcher(s).region(g.end(), s.length()).lookingAt();
		// 牵头企业A党委副书记某表示…, 联合体牵头园区B管委会主任某表示: a lead named by its noun, in a
		// sentence that names no platform
		boolean named = g.members().size() == 1
				&& (LEAD_NOUN_OPENING.matcher(s.substring(clauseStart, g.start())).matches()
						|| namedWithTheLeadBefore(s, g, groups))
				&& groups.stream().noneMatch(MentionGroup::isPlatform);
		if (community == null || !after && !named
				&& !AS_LEAD_OF_ONE_SPOKEN_OF.matcher(s.substring(clauseStart, g.start())).matches()) {
			return false;
		}
		boolean added = false;
		for (Mention founder : after ? g.members() : g.members().subList(0, 1)) {
			added |= founder.org() != null && Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), community,
					"LEAD", null, null, null, null, year, written, founder, null);
		}
		return added;
	}

	/**
	 * 牵头企业A某某副总经理及B某某总经理: the lead's noun before the first officer's firm is said of the
	 * firm of the officer joined to that one as well.
	 */
	private static boolean namedWithTheLeadBefore(String s, MentionGroup g, List<MentionGroup> groups) {
		MentionGroup previous = Clauses.previous(groups, g);
		return previous != null && previous.members().size() == 1 && OFFICER_THEN_JOINER.matcher(g.before()).matches()
				&& LEAD_NOUN_OPENING
					.matcher(s.substring(Clauses.phraseStart(s, previous.start() - 1), previous.start()))
					.matches();
	}

	/** Whether the sentence opens with the platform it says who founded: Z是由A、B牵头. */
	private static boolean opensWithPlatformFoundedBy(List<MentionGroup> groups) {
		MentionGroup first = groups.isEmpty() ? null : groups.get(0);
		return first != null && (first.isPlatform() || FoundedPlatforms.isFoundedBody(first))
				&& first.before().isBlank() && FOUNDED_BY_NEXT.matcher(first.after()).lookingAt();
	}

	private static final java.util.regex.Pattern FOUNDED_BY_NEXT = java.util.regex.Pattern.compile("(?:是|系)?由");

	/** An officer's name and title, then 及 or 和: 周某某副总经理及. */
	private static final java.util.regex.Pattern OFFICER_THEN_JOINER = java.util.regex.Pattern
		.compile("[\\u4e00-\\u9fa5]{2,3}(?:副)?(?:总经理|董事长|总裁|经理|院长|校长|书记|主任|负责人|总监)(?:及|和|以及)");

	/**
	 * A、B作为联盟首批发起单位出席…: the leads of the community spoken of, listed (A副总裁某、B理事长某作为
	 * 发起单位代表上台签约: with the officers who speak for them).
	 */
	private static final java.util.regex.Pattern AS_FIRST_LEADS = java.util.regex.Pattern
		.compile("(?:" + RelationCues.BYLINE + ")?作为" + FoundingReader.OF_THE_COMMUNITY + "(?:首批|第一批)?"
				+ FoundingReader.LEAD_NOUN + "(?:之一)?");

	/** The noun of a lead, said after it: 牵头单位, 牵头院校, 发起单位, 发起方. */
	private static final String LEAD_NOUN = "(?:牵头(?:单位|院校|学校|企业|高校)|发起单位|发起方)";

	/** The community a lead's noun may name first: 该联合体的主要(牵头单位). */
	private static final String OF_THE_COMMUNITY = "(?:该|这个|此|本)?(?:联合体|共同体|联盟|职教集团|集团)?(?:的)?(?:主要)?";

	private static final java.util.regex.Pattern AS_LEAD_OF_ONE_SPOKEN_OF = java.util.regex.Pattern
		.compile("作为" + OF_THE_COMMUNITY + LEAD_NOUN + "(?:之一)?[，,]");

	/**
	 * 牵头企业, 联合体牵头园区, 发起单位: the noun of a lead, opening its clause before the lead's name.
	 */
	private static final java.util.regex.Pattern LEAD_NOUN_OPENING = java.util.regex.Pattern
		.compile(OF_THE_COMMUNITY + "(?:牵头|发起)(?:单位|院校|学校|企业|高校|园区|方)");

	/**
	 * An officer of the body before, then the next body's name: 副厅长杨某， (with a place's
	 * officer between, 某市副市长某，).
	 */
	private static final java.util.regex.Pattern OFFICERS_ONE_AFTER_THE_OTHER = java.util.regex.Pattern
		.compile("(?:" + RelationCues.BYLINE + ")[，,、](?:[\\u4e00-\\u9fa5]{2,8}?(?:" + RelationCues.BYLINE
				+ "|(?:常务)?副?(?:市长|县长|区长|省长|州长)[\\u4e00-\\u9fa5]{2,3})[，,、])?");

	/** A是Z的牵头学校, A作为Z联合发起单位: A leads Z. */
	private static boolean leadsPlatformNamedAfter(String s, MentionGroup g, List<MentionGroup> groups, Integer year,
			String written, List<ExtractedRelation> out) {
		MentionGroup next = Clauses.next(groups, g);
		// (A作为某协会发起单位: an association is founded too, the noun of its lead saying so)
		boolean association = next != null && FoundedPlatforms.isFoundedBody(next)
				&& next.isAll(OrgKind.INDUSTRY_ASSOCIATION);
		if (next == null || !next.isPlatform() && !association
				|| !g.after().matches(AS_ADVERBS + "[“\"]?(?:是|为|系|作为|担任)[“\"]?")) {
			return false;
		}
		if (!LEAD_OF_THE_ONE_BEFORE.matcher(next.after()).find()) {
			// (A作为Z建设单位，将与B…: A builds Z)
			return !association && g.after().matches(AS_ADVERBS + "[“\"]?(?:是|作为)[“\"]?")
					&& BUILDER_OF_THE_ONE_BEFORE.matcher(next.after()).find()
					&& foundEach(g.members(), next.members(), "PARTNER", year, written, out);
		}
		if (association) {
			return foundEach(g.members(), next.members().subList(0, 1), true, "LEAD", year, written, out);
		}
		return foundEach(g.members(), next.members(), "LEAD", year, written, out);
	}

	/**
	 * Every founder co-founds every platform, in the role given; whether any was added.
	 */
	private static boolean foundEach(List<Mention> founders, List<Mention> platforms, String role, Integer year,
			String written, List<ExtractedRelation> out) {
		return foundEach(founders, platforms, false, role, year, written, out);
	}

	/**
	 * As above; {@code founded}: what a founding verb's noun names (某协会), which may be a
	 * school or an association as well as a platform ({@link Clauses#addFounded}).
	 */
	private static boolean foundEach(List<Mention> founders, List<Mention> platforms, boolean founded, String role,
			Integer year, String written, List<ExtractedRelation> out) {
		boolean added = false;
		for (Mention founder : founders) {
			for (Mention platform : platforms) {
				if (founder.org() != null && !Clauses.sameOrg(founder, platform)) {
					added |= founded
							? Clauses.addFounded(out, founder.org(), platform.org(), role, year, written, founder,
									platform)
							: Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), platform.org(), role, null, null,
									null, null, year, written, founder, platform);
				}
			}
		}
		return added;
	}

	/**
	 * A与B签署协议，标志着Z正式成立: the parties whose signing, in the clauses before, announces a
	 * platform's founding co-found it, as partners (the sentence's first list and those
	 * joined to it by 与, with no other name between them and the platform).
	 */
	private static int announcedFounding(String s, List<MentionGroup> groups, Integer year, String written,
			List<ExtractedRelation> out) {
		int count = 0;
		for (int i = 1; i < groups.size(); i++) {
			MentionGroup platform = groups.get(i);
			if (!platform.isPlatform() || platform.members().size() != 1 || !ANNOUNCES.matcher(platform.before()).find()
					|| !FOUNDED_AS_ANNOUNCED.matcher(platform.after()).lookingAt()) {
				continue;
			}
			List<Mention> parties = new ArrayList<>(groups.get(0).members());
			int last = 0;
			while (last + 1 < i && JOINED_PARTY.matcher(groups.get(last + 1).before()).matches()) {
				parties.addAll(groups.get(++last).members());
			}
			if (last + 1 == i && Clauses.distinct(parties).size() >= 2
					&& FoundingCues.SIGNED.matcher(s.substring(groups.get(last).end(), platform.start())).find()
					&& !groups.get(0).isPlatform()
					&& foundEach(parties, platform.members(), "PARTNER", year, written, out)) {
				count++;
			}
		}
		return count;
	}

	private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern
		.compile("[，,](?:这|此举|也|并|同时)?(?:宣告|宣布|标志着|标志)(?:着)?[“\"「]?$");

	private static final java.util.regex.Pattern FOUNDED_AS_ANNOUNCED = java.util.regex.Pattern
		.compile("[”\"」]?(?:的)?(?:正式)?(?:揭牌)?(?:成立|组建|建立|落地)");

	private static final java.util.regex.Pattern JOINED_PARTY = java.util.regex.Pattern.compile(PlaceParties.JOINERS);

	/**
	 * A、B分别与C、D签约，揭牌成立X、Y: those who sign with the ones after 分别与 found what the next
	 * clause founds, as they do (each its own, in the order named).
	 */
	private static boolean signsWithEach(MentionGroup g, MentionGroup next) {
		return next != null && g.after().equals(next.before()) && next.before().matches("(?:分别|先后|共同)与");
	}

	/**
	 * Z的成立，是A与B深化校企合作的重要举措: those whose work a platform's founding is said to be found
	 * it, as partners.
	 */
	private static boolean foundingSaidToBeTheirs(MentionGroup g, List<MentionGroup> groups, Integer year,
			String written, List<ExtractedRelation> out) {
		MentionGroup previous = Clauses.previous(groups, g);
		if (previous == null || !previous.isPlatform() || g.isPlatform() || g.members().size() < 2) {
			return false;
		}
		// (此次校企共建“Z”，是A与B的共同选择: the founding said before the platform)
		boolean foundingBefore = FOUNDED_BEFORE.matcher(previous.before()).find()
				&& SAID_TO_BE.matcher(previous.after()).matches();
		if (!FOUNDING_SAID_OF.matcher(previous.after()).matches() && !foundingBefore) {
			return false;
		}
		return foundEach(g.members(), previous.members(), "PARTNER", year, written, out);
	}

	private static final java.util.regex.Pattern FOUNDED_BEFORE = java.util.regex.Pattern
		.compile("(?:共建|共同建设|合作共建|联合共建|成立|组建)[“\"「]?$");

	private static final java.util.regex.Pattern SAID_TO_BE = java.util.regex.Pattern
		.compile("[”\"」]?[，,](?:既|正|也)?(?:是|标志着|意味着|体现了)");

	private static final java.util.regex.Pattern FOUNDING_SAID_OF = java.util.regex.Pattern
		.compile("[”\"」]?的(?:正式)?(?:成立|建立|组建|设立|落地|共建)[，,]?(?:既|正|也)?(?:是|标志着|意味着|体现了)");

	private static final java.util.regex.Pattern HOLDS_THE_NEXT = java.util.regex.Pattern
		.compile("(?:所)?(?:托管|下属|旗下|所属)(?:的)?(?!单位)");

	private static final java.util.regex.Pattern LEAD_OF_THE_ONE_BEFORE = java.util.regex.Pattern
		.compile("^[”\"]?的?(?:共同|联合)?(?:牵头(?:单位|学校|院校|企业|高校|方)|发起单位|发起方)");

	/** Adverbs between a founder and 作为, 是 or 为: 此次作为, 也是. */
	private static final String AS_ADVERBS = "(?:此次|本次|也|还|同时)?";

	private static final java.util.regex.Pattern BUILDER_OF_THE_ONE_BEFORE = java.util.regex.Pattern
		.compile("^[”\"]?的?(?:共建|建设|参建|合作建设|联合建设|共同建设)单位(?:之一)?(?:[，,。；;]|$)");

	/** 作为Z牵头单位，A与B…; 作为组建Z的牵头单位，A…: A leads Z. */
	static boolean asLeadOf(String s, MentionGroup g, List<MentionGroup> groups) {
		MentionGroup previous = Clauses.previous(groups, g);
		return previous != null && previous.isPlatform() && RelationCues.AS_LEAD_NOUN_BEFORE.matcher(g.before()).find()
				&& AS_BEFORE_PLATFORM.matcher(s.substring(0, previous.start())).find();
	}

	private static final java.util.regex.Pattern AS_BEFORE_PLATFORM = java.util.regex.Pattern
		.compile("作为(?:组建|成立|筹建|建设|发起成立)?[“\"]?$");

	private static boolean isFounderPlatform(MentionGroup g, List<MentionGroup> groups) {
		return !RelationCues.BY.matcher(g.before()).find();
	}

	private static int indexOfOrg(List<Mention> mentions, Mention m) {
		for (int i = 0; i < mentions.size(); i++) {
			if (Clauses.sameOrg(mentions.get(i), m)) {
				return i;
			}
		}
		return -1;
	}

}
