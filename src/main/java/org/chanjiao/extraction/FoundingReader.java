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
			if (g.isBase() || g.isPlace() || g.isGuide() || g.isPlatform() && g.after().matches("(?:是)?由.*")) {
				continue; // Z由A牵头成立: Z is what is founded
			}
			if (leadsCommunitySpokenOf(s, g, year, written, out)) {
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
			Mention omitted = (this.context.reporter != null)
					? new Mention(0, 0, null, this.context.reporter, Source.REPORTER)
					: this.context.lastSubjects.isEmpty() ? null : this.context.lastSubjects.get(0);
			String omittedRole = (with && cue.founding() == Founding.LEAD) ? "LEAD" : role;
			if (omitsSubject(g, groups, s) && omitted != null && omitted.org() != null
					&& founders.stream().noneMatch((f) -> Clauses.sameOrg(f, omitted))) {
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
		if (!groups.isEmpty()) {
			MentionGroup first = groups.get(0);
			if (first.start() <= Clauses.clauseEnd(s, 0) && !first.isPlace() && !first.isBase() && !first.isGuide()
					&& !RelationCues.WITH.matcher(first.before()).find() && !first.isPlatform()
					&& s.substring(0, first.start()).matches("[^，。；]{0,12}")) {
				return Clauses.distinct(first.members());
			}
		}
		if (this.context.reporter != null) {
			return List.of(new Mention(0, 0, null, this.context.reporter, Source.REPORTER));
		}
		return this.context.lastSubjects;
	}

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
