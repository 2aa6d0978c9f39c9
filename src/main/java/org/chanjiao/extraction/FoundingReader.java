package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.extraction.RelationCues.Founding;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.RelationType;

/**
 * CO_FOUNDED: each list's role comes from the verb it does (由A、B共同牵头 → LEAD, 联合C等 →
 * PARTNER beside a lead, A与B共建 → PARTNER, A成立Z → LEAD), by a role noun (Z的牵头单位为A), or
 * from the lead it is joined to; a clause that leaves its subject out is done by the
 * sentence's subject, the reporter or the last sentence's subject.
 */
final class FoundingReader {

	/** Between two partners named by what each brings: 的科研优势与 */
	private static final java.util.regex.Pattern JOINED_STRENGTH = java.util.regex.Pattern
		.compile("^的[^，,。；;、]{1,15}(?:与|和|及|以及|、)$");

	private final DocumentContext context;

	private final FoundedPlatforms platforms;

	FoundingReader(DocumentContext context) {
		this.context = context;
		this.platforms = new FoundedPlatforms(context);
	}

	int read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		List<FoundingCues.Cue> cues = FoundingCues.cues(s);
		int count = 0;
		boolean anyLead = false;
		Map<MentionGroup, FoundingCues.Cue> governing = new java.util.LinkedHashMap<>();
		Map<MentionGroup, Boolean> byNoun = new java.util.LinkedHashMap<>();
		for (MentionGroup g : groups) {
			if (g.isBase() || g.isPlace() || g.isGuide() || g.isPlatform() && g.after().matches("(?:是)?由.*")
					|| g.isPlatform() && LEAD_OF_THE_ONE_BEFORE.matcher(g.after()).find()) {
				continue; // Z由A牵头成立, Z的牵头单位: Z is what is founded
			}
			if (leadsCommunitySpokenOf(s, g, year, written, out)
					|| leadsPlatformNamedAfter(s, g, groups, year, written, out)) {
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
			if (RelationCues.PARTNER_NOUN_BEFORE.matcher(g.before()).find()) {
				governing.put(g, new FoundingCues.Cue(g.end(), g.end(), Founding.COBUILD));
				byNoun.put(g, true);
				continue;
			}
			FoundingCues.Cue cue = FoundingCues.governingCue(s, g, cues);
			if (cue == null) {
				// A携手B成立Z: the subject does what those it joins with do
				MentionGroup next = Clauses.next(groups, g);
				if (next != null && RelationCues.CO.matcher(next.before()).find() && g.after().equals(next.before())) {
					cue = FoundingCues.governingCue(s, next, cues);
				}
			}
			if (cue != null) {
				governing.put(g, cue);
				anyLead |= cue.founding() == Founding.LEAD;
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
						&& !g.isGuide()) {
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
			List<Mention> objects = this.platforms.objects(s, g, cue, cues, groups, byNoun.containsKey(g));
			if (objects.isEmpty()) {
				continue;
			}
			boolean co = RelationCues.CO.matcher(g.before()).find() || FoundingCues.joinHands(s, g);
			boolean with = RelationCues.WITH.matcher(g.before()).find() && !FoundingCues.cueInClause(s, g, cue);
			String role = switch (cue.founding()) {
				case LEAD -> with ? "PARTNER" : "LEAD";
				case INITIATE -> anyLead ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
				case ESTABLISH ->
					(co || anyLead || FoundingCues.joinedBy(g, groups) || Clauses.distinct(g.members()).size() > 1)
							? "PARTNER" : "LEAD";
			};
			// 作为Z牵头单位，A与B签署…: A leads Z, B is who A signs with
			List<Mention> founders = new ArrayList<>(asLeadOf(s, g, groups) ? g.members().subList(0, 1) : g.members());
			String omittedRole = (with && cue.founding() == Founding.LEAD) ? "LEAD" : role;
			for (Mention omitted : omittedSubjects(s, g, groups)) {
				if (omitted.org() == null || founders.stream().anyMatch((f) -> Clauses.sameOrg(f, omitted))) {
					continue;
				}
				for (Mention object : objects) {
					if (Clauses.add(out, RelationType.CO_FOUNDED, omitted.org(), object.org(), omittedRole, null, null,
							null, null, year, written, null, object)) {
						count++;
					}
				}
			}
			for (Mention founder : founders) {
				if (founder.org() == null) {
					this.context.unresolved += objects.size();
					continue;
				}
				for (Mention object : objects) {
					if (Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), object.org(), role, null, null, null,
							null, year, written, founder, object)) {
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
			if (governing.containsValue(cue) || !FoundingCues.opensClause(s, cue, groups)) {
				continue;
			}
			List<Mention> subjects = sentenceSubjects(s, groups);
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
				case ESTABLISH -> (subjects.size() > 1) ? "PARTNER" : "LEAD";
				case INITIATE -> anyLead ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
			};
			for (Mention subject : subjects) {
				for (Mention object : objects) {
					if (Clauses.add(out, RelationType.CO_FOUNDED, subject.org(), object.org(), role, null, null, null,
							null, year, written, subject, object)) {
						count++;
					}
				}
			}
		}
		count += Speakers.leads(s, written, groups, year, this.context.lastCommunity, out);
		return count;
	}

	/**
	 * The subject of a sentence whose clause leaves it out: the first group, when it
	 * opens the sentence; else the reporting organisation; else the last sentence's
	 * subject.
	 */
	private List<Mention> sentenceSubjects(String s, List<MentionGroup> groups) {
		MentionGroup first = openingSubject(s, groups);
		if (first != null) {
			// A与B及C签署协议，三方…，共建Z: all of them
			return Clauses.distinct(first.members());
		}
		if (this.context.reporter != null) {
			return List.of(new Mention(0, 0, null, this.context.reporter, Source.REPORTER));
		}
		return this.context.lastSubjects;
	}

	/** The list that opens a sentence as its subject, or null. */
	private static MentionGroup openingSubject(String s, List<MentionGroup> groups) {
		if (groups.isEmpty()) {
			return null;
		}
		MentionGroup first = groups.get(0);
		boolean opens = !first.isPlace() && !first.isBase() && !first.isGuide()
				&& !RelationCues.WITH.matcher(first.before()).find() && !first.isPlatform()
				&& OPENING.matcher(s.substring(0, first.start())).matches();
		return opens ? first : null;
	}

	/**
	 * Who does what a list after 与 does when its clause names no subject: in 与A共建Z
	 * opening the sentence, the reporting organisation or the last sentence's subject; in
	 * S与A共建Y，与B共建Z, the sentence's subject S.
	 */
	private List<Mention> omittedSubjects(String s, MentionGroup g, List<MentionGroup> groups) {
		if (omitsSubject(g, groups, s)) {
			Mention omitted = (this.context.reporter != null)
					? new Mention(0, 0, null, this.context.reporter, Source.REPORTER)
					: this.context.lastSubjects.isEmpty() ? null : this.context.lastSubjects.get(0);
			return (omitted != null) ? List.of(omitted) : List.of();
		}
		if (ELIDED_WITH.matcher(g.before()).find()) {
			MentionGroup subject = openingSubject(s, groups);
			if (subject != null && subject != g) {
				return Clauses.distinct(beforeWith(s, subject.members()));
			}
		}
		return List.of();
	}

	/** S与A: those of a list before the one 与 joins to them. */
	private static List<Mention> beforeWith(String s, List<Mention> members) {
		for (int i = 1; i < members.size(); i++) {
			if (JOINED.matcher(s.substring(members.get(i - 1).end(), members.get(i).start())).matches()) {
				return members.subList(0, i);
			}
		}
		return members;
	}

	/** A clause that opens with 与: …，与A共建Z. */
	private static final java.util.regex.Pattern ELIDED_WITH = java.util.regex.Pattern
		.compile("[，,；;](?:还|又|也|并|同时|分别|先后)?(?:与|同)$");

	/** Before a sentence's subject: a few words, after a time that opens the sentence. */
	private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern
		.compile("(?:(?:近日|日前|近期|目前|此外|同时|据悉|据了解|今年以来|[^，。；]{0,10}(?:[年月日]|会上|仪式上|活动上|期间))[，,])?[^，。；了]{0,12}");

	/** Between a subject and one joined to it: 与, 和, 及. */
	private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("与|和|及|以及|同");

	/**
	 * 与A共建Z with no subject before it in the sentence: the last sentence's subject did
	 * it.
	 */
	private static boolean omitsSubject(MentionGroup g, List<MentionGroup> groups, String s) {
		if (!RelationCues.WITH.matcher(g.before()).find()) {
			return false;
		}
		int clauseStart = 0;
		for (int i = g.start() - 1; i >= 0; i--) {
			if ("。；;".indexOf(s.charAt(i)) >= 0) {
				clauseStart = i + 1;
				break;
			}
		}
		for (MentionGroup x : groups) {
			if (x != g && x.end() <= g.start() && x.start() >= clauseStart && !x.isPlace() && !x.isGuide()
					&& !x.isBase()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * 作为联合体发起单位之一，A…: A leads the community the document speaks of, named in an earlier
	 * sentence (a community noun, or none, points back to the last community).
	 */
	private boolean leadsCommunitySpokenOf(String s, MentionGroup g, Integer year, String written,
			List<ExtractedRelation> out) {
		// the clause before the founder's own (作为…之一，): from the clause end before that
		int clauseStart = 0;
		for (int i = g.start() - 2; i >= 0; i--) {
			if (RelationCues.CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
				clauseStart = i + 1;
				break;
			}
		}
		Org community = this.context.lastCommunity;
		if (community == null || !AS_LEAD_OF_ONE_SPOKEN_OF.matcher(s.substring(clauseStart, g.start())).matches()) {
			return false;
		}
		Mention founder = g.members().get(0);
		return Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), community, "LEAD", null, null, null, null, year,
				written, founder, null);
	}

	private static final java.util.regex.Pattern AS_LEAD_OF_ONE_SPOKEN_OF = java.util.regex.Pattern
		.compile("作为(?:该|这个|此|本)?(?:联合体|共同体|联盟|职教集团|集团)?(?:的)?(?:牵头(?:单位|院校|学校|企业|高校)|发起单位|发起方)(?:之一)?[，,]");

	/** A是Z的牵头学校: A leads Z. */
	private static boolean leadsPlatformNamedAfter(String s, MentionGroup g, List<MentionGroup> groups, Integer year,
			String written, List<ExtractedRelation> out) {
		MentionGroup next = Clauses.next(groups, g);
		if (next == null || !next.isPlatform() || !g.after().matches("[“\"]?(?:是|为|系|作为|担任)[“\"]?")
				|| !LEAD_OF_THE_ONE_BEFORE.matcher(next.after()).find()) {
			return false;
		}
		boolean added = false;
		for (Mention founder : g.members()) {
			for (Mention platform : next.members()) {
				if (founder.org() != null && !Clauses.sameOrg(founder, platform)) {
					added |= Clauses.add(out, RelationType.CO_FOUNDED, founder.org(), platform.org(), "LEAD", null,
							null, null, null, year, written, founder, platform);
				}
			}
		}
		return added;
	}

	private static final java.util.regex.Pattern LEAD_OF_THE_ONE_BEFORE = java.util.regex.Pattern
		.compile("^[”\"]?的(?:共同|联合)?(?:牵头(?:单位|学校|院校|企业|高校|方)|发起单位)");

	/** 作为Z牵头单位，A与B…: A leads Z. */
	static boolean asLeadOf(String s, MentionGroup g, List<MentionGroup> groups) {
		MentionGroup previous = Clauses.previous(groups, g);
		return previous != null && previous.isPlatform() && RelationCues.AS_LEAD_NOUN_BEFORE.matcher(g.before()).find()
				&& s.substring(0, previous.start()).endsWith("作为");
	}

	private static boolean isFounderPlatform(MentionGroup g, List<MentionGroup> groups) {
		return !RelationCues.BY.matcher(g.before()).find();
	}

}
