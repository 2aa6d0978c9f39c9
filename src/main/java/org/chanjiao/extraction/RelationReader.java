package org.chanjiao.extraction;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.extraction.RelationCues.Founding;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * Reads the relationships one sentence states from its mentions and the
 * {@link RelationCues}. The mentions are first grouped into lists (A、B和C), each group
 * with the words before and after it; a group's role comes from the verb that follows it
 * in its clause (由A、B共同牵头 → LEAD, 联合C等 → PARTNER beside a lead, A与B共建 → PARTNER), the
 * platform it founds is the first one named after that verb, or the one before 由
 * (Z由A、B共建), and members take the title written beside them (理事长单位为A). One instance reads
 * one document: it remembers the last community named, for titles given in later
 * sentences.
 */
final class RelationReader {

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

	private static final Pattern ANNOUNCE = Pattern.compile("公布|发布|印发|下发|公示|认定|确定|遴选|批准|命名");

	private final Org reporter;

	private Org lastCommunity;

	/**
	 * The subject of the last sentence that named one first, for sentences that leave it
	 * out.
	 */
	private List<Mention> lastSubjects = List.of();

	/** The platform the document spoke of last, for 此次…由A牵头组建 without a name. */
	private Mention lastPlatform;

	private int unresolved;

	RelationReader(Org reporter) {
		this.reporter = reporter;
	}

	/** Relationships left out because an end is 我校 without a reporting organisation. */
	int unresolved() {
		return this.unresolved;
	}

	/** A list of mentions read together, with the text around it. */
	record Group(List<Mention> members, int start, int end, String before, String after) {

		boolean has(Mention m) {
			return this.members.contains(m);
		}

		boolean isPlatform() {
			return this.members.stream().allMatch((m) -> m.org() != null && m.org().kind().isPlatform());
		}

	}

	private record Cue(int start, int end, Founding founding) {
	}

	/**
	 * The relationships of a sentence.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (the evidence)
	 * @param mentions its mentions, in order
	 */
	List<ExtractedRelation> read(String s, String written, List<Mention> mentions) {
		Integer year = year(s);
		List<Mention> units = units(mentions);
		List<Group> groups = groups(s, withoutNotes(s, units));
		List<ExtractedRelation> out = new ArrayList<>();
		for (Mention m : mentions) {
			if (m.host() != null && m.org() != null) {
				add(out, RelationType.PART_OF, m.org(), m.host(), null, null, null, null, null, year, written, m, null);
			}
		}
		int founded = founding(s, written, groups, year, out);
		membership(s, written, groups, year, out);
		recognition(s, written, groups, year, out);
		if (founded == 0 || s.contains("战略合作")) {
			partnership(s, written, groups, year, out);
		}
		affiliation(s, written, units, mentions, year, out);
		for (Mention m : units) {
			if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
				this.lastCommunity = m.org();
			}
			if (isPlatformMention(m)) {
				this.lastPlatform = m;
			}
		}
		if (!groups.isEmpty()) {
			Group first = groups.get(0);
			boolean leads = clauseEnd(s, 0) >= first.start() && !isPlace(first) && !isBase(first) && !isGuide(first)
					&& !RelationCues.WITH.matcher(first.before()).find();
			List<Mention> subjects = distinct(first.members());
			if (leads && !subjects.isEmpty()
					&& (subjects.size() > 1 || first.members().get(0).source() != Source.PARTIES)) {
				this.lastSubjects = subjects; // 双方 stands for both
			}
		}
		return out;
	}

	// A host named at the start of its college's name is not read on its own: the college
	// stands for both (the PART_OF is read from the college's host).
	private static List<Mention> units(List<Mention> mentions) {
		return mentions.stream().filter((m) -> m.source() != Source.HOST && m.source() != Source.BYLINE).toList();
	}

	// 深圳职业技术学院(现更名为深圳职业技术大学): a name in brackets after another is a note on it
	private static List<Mention> withoutNotes(String s, List<Mention> units) {
		List<Mention> out = new ArrayList<>();
		for (Mention m : units) {
			int open = Math.max(s.lastIndexOf('（', m.start() - 1), s.lastIndexOf('(', m.start() - 1));
			boolean note = open >= 0 && m.start() - open <= 9 && !s.substring(open + 1, m.start()).matches(".*[（）()].*")
					&& out.stream().anyMatch((x) -> x.end() == open);
			if (!note) {
				out.add(m);
			}
		}
		return out;
	}

	static List<Group> groups(String s, List<Mention> units) {
		List<List<Mention>> lists = new ArrayList<>();
		List<Mention> current = new ArrayList<>();
		for (Mention m : units) {
			if (!current.isEmpty()) {
				Mention last = current.get(current.size() - 1);
				boolean together = last.start() == m.start() && last.end() == m.end() || last.end() <= m.start()
						&& RelationCues.JOINER.matcher(s.substring(last.end(), m.start())).matches();
				if (!together) {
					lists.add(current);
					current = new ArrayList<>();
				}
			}
			current.add(m);
		}
		if (!current.isEmpty()) {
			lists.add(current);
		}
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < lists.size(); i++) {
			List<Mention> members = lists.get(i);
			int start = startOf(members.get(0));
			int end = members.get(members.size() - 1).end();
			int previousEnd = (i > 0) ? lists.get(i - 1).get(lists.get(i - 1).size() - 1).end() : 0;
			int nextStart = (i + 1 < lists.size()) ? startOf(lists.get(i + 1).get(0)) : s.length();
			groups.add(new Group(List.copyOf(members), start, end, s.substring(Math.min(previousEnd, start), start),
					s.substring(end, Math.max(end, nextStart))));
		}
		return groups;
	}

	private static int startOf(Mention m) {
		return m.start();
	}

	// --- CO_FOUNDED

	private int founding(String s, String written, List<Group> groups, Integer year, List<ExtractedRelation> out) {
		List<Cue> cues = cues(s);
		int count = 0;
		boolean anyLead = false;
		Map<Group, Cue> governing = new java.util.LinkedHashMap<>();
		Map<Group, Boolean> byNoun = new java.util.LinkedHashMap<>();
		for (Group g : groups) {
			if (isBase(g) || isPlace(g) || isGuide(g)) {
				continue;
			}
			if (RelationCues.LEAD_NOUN_BEFORE.matcher(g.before()).find()
					|| RelationCues.LEAD_NOUN_AFTER.matcher(g.after()).find()) {
				governing.put(g, new Cue(g.end(), g.end(), Founding.LEAD));
				byNoun.put(g, true);
				anyLead = true;
				continue;
			}
			if (RelationCues.PARTNER_NOUN_BEFORE.matcher(g.before()).find()) {
				governing.put(g, new Cue(g.end(), g.end(), Founding.COBUILD));
				byNoun.put(g, true);
				continue;
			}
			Cue cue = governingCue(s, g, cues);
			if (cue == null) {
				// A携手B成立Z: the subject does what those it joins with do
				Group next = next(groups, g);
				if (next != null && RelationCues.CO.matcher(next.before()).find() && g.after().equals(next.before())) {
					cue = governingCue(s, next, cues);
				}
			}
			if (cue != null) {
				governing.put(g, cue);
				anyLead |= cue.founding() == Founding.LEAD;
			}
		}
		// Z由A牵头，联合B的科研优势…: those joined to a lead with no verb of their own co-found
		// what the lead founds
		Cue lead = governing.values().stream().filter((c) -> c.founding() == Founding.LEAD).findFirst().orElse(null);
		if (lead != null) {
			for (Group g : groups) {
				if (!governing.containsKey(g) && g.start() > lead.end() && RelationCues.CO.matcher(g.before()).find()
						&& !isBase(g) && !isPlace(g) && !isGuide(g)) {
					governing.put(g, new Cue(lead.start(), lead.end(), Founding.PARTAKE));
				}
			}
		}
		int founderGroups = (int) governing.keySet()
			.stream()
			.filter((g) -> !g.isPlatform() || isFounderPlatform(g, groups))
			.count();
		for (Map.Entry<Group, Cue> e : governing.entrySet()) {
			Group g = e.getKey();
			Cue cue = e.getValue();
			List<Mention> objects = objects(s, g, cue, groups, byNoun.containsKey(g));
			if (objects.isEmpty()) {
				continue;
			}
			boolean co = RelationCues.CO.matcher(g.before()).find();
			boolean with = RelationCues.WITH.matcher(g.before()).find() && !cueInClause(s, g, cue);
			String role = switch (cue.founding()) {
				case LEAD -> with ? "PARTNER" : "LEAD";
				case INITIATE -> anyLead ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
				case ESTABLISH -> (co || anyLead || joinedBy(g, groups)) ? "PARTNER" : "LEAD";
			};
			List<Mention> founders = new ArrayList<>(g.members());
			Mention omitted = (this.reporter != null) ? new Mention(0, 0, null, this.reporter, Source.REPORTER)
					: this.lastSubjects.isEmpty() ? null : this.lastSubjects.get(0);
			String omittedRole = (with && cue.founding() == Founding.LEAD) ? "LEAD" : role;
			if (omitsSubject(g, groups, s) && omitted != null && omitted.org() != null
					&& founders.stream().noneMatch((f) -> sameOrg(f, omitted))) {
				for (Mention object : objects) {
					if (add(out, RelationType.CO_FOUNDED, omitted.org(), object.org(), omittedRole, null, null, null,
							null, year, written, null, object)) {
						count++;
					}
				}
			}
			for (Mention founder : founders) {
				if (founder.org() == null) {
					this.unresolved += objects.size();
					continue;
				}
				for (Mention object : objects) {
					if (add(out, RelationType.CO_FOUNDED, founder.org(), object.org(), role, null, null, null, null,
							year, written, founder, object)) {
						count++;
					}
				}
			}
		}
		// 学校…，参与申报Z，牵头成立A、B: a verb that opens a clause is done by the sentence's
		// subject, or by the reporting organisation (or the last sentence's subject) when
		// the
		// sentence names none
		for (Cue cue : cues) {
			if (governing.containsValue(cue) || !opensClause(s, cue, groups)) {
				continue;
			}
			List<Mention> subjects = sentenceSubjects(s, groups);
			if (subjects.isEmpty()) {
				if (!groups.isEmpty() && groups.get(0).members().stream().anyMatch((m) -> m.org() == null)) {
					this.unresolved++; // 我校牵头成立…, with no reporting organisation given
				}
				continue;
			}
			Group self = new Group(subjects, cue.start(), cue.start(), "", "");
			List<Mention> objects = objects(s, self, cue, groups, false);
			String role = switch (cue.founding()) {
				case LEAD -> "LEAD";
				case ESTABLISH -> (subjects.size() > 1) ? "PARTNER" : "LEAD";
				case INITIATE -> anyLead ? "PARTNER" : "LEAD";
				case COBUILD, PARTAKE -> "PARTNER";
			};
			for (Mention subject : subjects) {
				for (Mention object : objects) {
					if (add(out, RelationType.CO_FOUNDED, subject.org(), object.org(), role, null, null, null, null,
							year, written, subject, object)) {
						count++;
					}
				}
			}
		}
		return count;
	}

	/** Whether a verb opens its clause: nothing but adverbs before it in the clause. */
	private static boolean opensClause(String s, Cue cue, List<Group> groups) {
		int start = 0;
		for (int i = cue.start() - 1; i >= 0; i--) {
			if (RelationCues.CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
				start = i + 1;
				break;
			}
		}
		int from = start;
		if (groups.stream().anyMatch((g) -> g.start() >= from && g.start() < cue.start())) {
			return false;
		}
		return s.substring(start, cue.start())
			.matches("(?:在|并|还|又|也|先后|积极|同时|正式|共同|并且|进而|将|已|继续|大力|率先|成功|\\d{4}\\s*年|\\s)*");
	}

	/**
	 * The subject of a sentence whose clause leaves it out: the first group, when it
	 * opens the sentence; else the reporting organisation; else the last sentence's
	 * subject.
	 */
	private List<Mention> sentenceSubjects(String s, List<Group> groups) {
		if (!groups.isEmpty()) {
			Group first = groups.get(0);
			if (first.start() <= clauseEnd(s, 0) && !isPlace(first) && !isBase(first) && !isGuide(first)
					&& !RelationCues.WITH.matcher(first.before()).find() && !first.isPlatform()
					&& s.substring(0, first.start()).matches("[^，。；]{0,12}")) {
				return distinct(first.members());
			}
		}
		if (this.reporter != null) {
			return List.of(new Mention(0, 0, null, this.reporter, Source.REPORTER));
		}
		return this.lastSubjects;
	}

	// The resolved members of a group, each organisation once
	private static List<Mention> distinct(List<Mention> members) {
		List<Mention> out = new ArrayList<>();
		for (Mention m : members) {
			if (m.org() != null && out.stream().noneMatch((x) -> sameOrg(x, m))) {
				out.add(m);
			}
		}
		return out;
	}

	// A携手B成立Z: the subject founds it jointly with those it joins
	private static boolean joinedBy(Group g, List<Group> groups) {
		Group next = next(groups, g);
		return next != null && RelationCues.CO.matcher(next.before()).find() && g.after().equals(next.before());
	}

	private static boolean cueInClause(String s, Group g, Cue cue) {
		return cue.start() >= g.end() && cue.start() < clauseEnd(s, g.end());
	}

	private static Group next(List<Group> groups, Group g) {
		int i = groups.indexOf(g);
		return (i >= 0 && i + 1 < groups.size()) ? groups.get(i + 1) : null;
	}

	/**
	 * 与A共建Z with no subject before it in the sentence: the last sentence's subject did
	 * it.
	 */
	private static boolean omitsSubject(Group g, List<Group> groups, String s) {
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
		for (Group x : groups) {
			if (x != g && x.end() <= g.start() && x.start() >= clauseStart && !isPlace(x) && !isGuide(x)
					&& !isBase(x)) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameOrg(Mention a, Mention b) {
		return a.org() != null && b.org() != null && a.org().id().equals(b.org().id());
	}

	private static boolean isFounderPlatform(Group g, List<Group> groups) {
		return !RelationCues.BY.matcher(g.before()).find();
	}

	private static List<Cue> cues(String sentence) {
		String s = MentionFinder.barriers(sentence);
		List<Cue> cues = new ArrayList<>();
		boolean[] taken = new boolean[s.length()];
		for (Map.Entry<String, Founding> e : RelationCues.FOUNDING) {
			String word = e.getKey();
			for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
				boolean free = true;
				for (int i = at; i < at + word.length(); i++) {
					free &= !taken[i];
				}
				if (!free || isEventWord(s, at + word.length()) || s.substring(0, at).matches(".*(批准|同意|备案)$")) {
					continue;
				}
				for (int i = at; i < at + word.length(); i++) {
					taken[i] = true;
				}
				cues.add(new Cue(at, at + word.length(), e.getValue()));
			}
		}
		cues.sort(java.util.Comparator.comparingInt(Cue::start));
		return cues;
	}

	// 成立大会, 建设项目, 建设点: the verb names an event or a thing, founds nothing here
	private static boolean isEventWord(String s, int end) {
		return RelationCues.NOT_AN_OBJECT_AFTER.stream().anyMatch((w) -> s.startsWith(w, end))
				|| s.startsWith("于19", end) || s.startsWith("于20", end);
	}

	/**
	 * The founding verb a group does: the first one after it in its clause, or at the
	 * start of the next clause (A联合B、C，共同发起成立Z).
	 */
	private static Cue governingCue(String s, Group g, List<Cue> cues) {
		int clauseEnd = clauseEnd(s, g.end());
		if (RelationCues.CO.matcher(g.before()).find()) {
			// 联合了A、B，以及C等联合组建: those joined do the verb that ends the list
			int sentenceEnd = s.indexOf('。', g.end());
			clauseEnd = (sentenceEnd < 0) ? s.length() : sentenceEnd;
		}
		for (Cue cue : cues) {
			if (cue.start() >= g.end() && cue.start() < clauseEnd) {
				return cue;
			}
		}
		boolean opensItsClause = g.before().isEmpty()
				|| RelationCues.CLAUSE_ENDS.indexOf(g.before().charAt(g.before().length() - 1)) >= 0
				|| RelationCues.BY.matcher(g.before()).find();
		boolean joins = RelationCues.CO.matcher(g.before()).find() || RelationCues.WITH.matcher(g.before()).find();
		boolean nothingElse = s.substring(g.end(), clauseEnd).matches("(?:等[^，。；]{0,12})?");
		if ((opensItsClause && nothingElse || joins) && clauseEnd < s.length()
				&& RelationCues.CLAUSE_ENDS.indexOf(s.charAt(clauseEnd)) >= 0 && s.charAt(clauseEnd) != '。') {
			String next = s.substring(clauseEnd + 1);
			for (Cue cue : cues) {
				if (cue.start() >= clauseEnd + 1 && cue.start() <= clauseEnd + 1 + leadingAdverbs(next)) {
					return cue;
				}
			}
		}
		return null;
	}

	private static int leadingAdverbs(String clause) {
		Matcher m = Pattern.compile("^(?:并|还|将|已|正式|共同|联合|一起|携手|合作)*").matcher(clause);
		return m.find() ? m.end() : 0;
	}

	private static int clauseEnd(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (RelationCues.CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return s.length();
	}

	/**
	 * What a group founds: the first platform named after its verb (with the platforms
	 * listed with it), else the platform named before 由 (Z由A、B共建).
	 */
	private List<Mention> objects(String s, Group g, Cue cue, List<Group> groups, boolean byNoun) {
		if (byNoun) {
			// 某职教集团牵头单位某学院: the platform written right before the noun
			Group previous = null;
			for (Group x : groups) {
				if (x.end() <= g.start()) {
					previous = x;
				}
			}
			if (previous != null && previous.isPlatform()
					&& RelationCues.LEAD_NOUN_BEFORE.matcher(g.before()).matches()) {
				return previous.members();
			}
		}
		boolean leads = cue.founding() == Founding.LEAD || cue.founding() == Founding.INITIATE;
		int limit = leads ? s.length() : clauseEnd(s, cue.end());
		if (s.substring(cue.end(), clauseEnd(s, cue.end())).matches("(?:了)?") && hasPlatformBefore(g, groups)) {
			limit = -1; // 由A、B共同牵头成立，邀请C…: the verb ends its clause; its platform is
						// before
		}
		for (Group x : groups) {
			if (x == g || x.start() < cue.end() || x.start() > limit || isGuide(x) || isPlace(x) || isBase(x)
					|| RelationCues.CO.matcher(x.before()).find()
					|| !x.members().stream().anyMatch(RelationReader::isPlatformMention)) {
				continue;
			}
			if (byNoun && x.start() > g.start()) {
				continue;
			}
			return x.members().stream().filter(RelationReader::isPlatformMention).toList();
		}
		// Z…，B参与共建: a verb that ends its clause founds the platform the sentence named
		// before
		boolean endsClause = s.substring(cue.end(), clauseEnd(s, cue.end())).isBlank();
		if (endsClause && (cue.founding() == Founding.PARTAKE || cue.founding() == Founding.COBUILD)) {
			Mention platform = null;
			for (Group x : groups) {
				if (x.end() <= g.start() && !isGuide(x) && !isPlace(x) && !isBase(x)) {
					for (Mention m : x.members()) {
						if (isPlatformMention(m)) {
							platform = m;
						}
					}
				}
			}
			if (platform != null) {
				return List.of(platform);
			}
		}
		// Z由A牵头，联合B共同组建: every founder after 由 founds the platform named before it;
		// Z联合A、B组建: those joined found the subject
		Group by = null;
		for (Group x : groups) {
			if (x.start() <= g.start() && (RelationCues.BY.matcher(x.before()).find()
					|| RelationCues.CO.matcher(x.before()).find() && x == g)) {
				by = x;
			}
		}
		if (by != null || byNoun) {
			int before = (by != null) ? by.start() : g.start();
			Mention platform = null;
			for (Group x : groups) {
				if (x.end() <= before && !isGuide(x) && !isPlace(x) && !isBase(x)) {
					for (Mention m : x.members()) {
						if (isPlatformMention(m)) {
							platform = m;
						}
					}
				}
			}
			if (platform != null) {
				return List.of(platform);
			}
			if (by != null && RelationCues.BY.matcher(by.before()).find() && this.lastPlatform != null
					&& groups.stream()
						.noneMatch((x) -> x.members().stream().anyMatch(RelationReader::isPlatformMention))) {
				return List.of(this.lastPlatform);
			}
		}
		// Z自成立以来…，A与B共同牵头: the platform the sentence is about, when it opens it
		if (cue.founding() != Founding.ESTABLISH && !groups.isEmpty() && groups.get(0) != g
				&& groups.get(0).isPlatform() && groups.get(0).end() <= g.start()
				&& s.substring(0, groups.get(0).start()).matches("[^，。；]{0,8}")) {
			return groups.get(0).members().stream().filter(RelationReader::isPlatformMention).toList();
		}
		return List.of();
	}

	private static boolean hasPlatformBefore(Group g, List<Group> groups) {
		return groups.stream()
			.anyMatch((x) -> x.end() <= g.start() && x.members().stream().anyMatch(RelationReader::isPlatformMention)
					&& !isGuide(x) && !isPlace(x) && !isBase(x));
	}

	private static boolean isGuide(Group g) {
		return g.before().endsWith("在") && RelationCues.GUIDE_AFTER.matcher(g.after()).find();
	}

	private static boolean isPlatformMention(Mention m) {
		return m.org() != null && m.org().kind().isPlatform() && m.source() != Source.REPORTER;
	}

	private static boolean isBase(Group g) {
		return RelationCues.BASE_BEFORE.matcher(g.before()).find() && (RelationCues.BASE_AFTER.matcher(g.after()).find()
				|| g.before().endsWith("依托") || g.before().endsWith("立足") || g.before().endsWith("扎根"));
	}

	private static boolean isPlace(Group g) {
		return RelationCues.PLACE_BEFORE.matcher(g.before()).find();
	}

	// --- MEMBER_OF

	private void membership(String s, String written, List<Group> groups, Integer year, List<ExtractedRelation> out) {
		boolean[] taken = new boolean[s.length()];
		for (Map.Entry<String, String> title : RelationCues.MEMBER_TITLES) {
			String word = title.getKey();
			for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
				if (taken[at]) {
					continue;
				}
				for (int i = at; i < at + word.length(); i++) {
					taken[i] = true;
				}
				int titleStart = at;
				int titleEnd = at + word.length();
				Group members = null;
				Mention community = null;
				for (Group g : groups) {
					if (g.start() >= titleEnd
							&& RelationCues.AFTER_TITLE.matcher(s.substring(titleEnd, g.start())).matches()) {
						members = g;
						break;
					}
				}
				if (members == null) {
					for (Group g : groups) {
						if (g.end() > titleStart) {
							break;
						}
						String between = s.substring(g.end(), titleStart);
						Mention named = communityIn(groups, g.end(), titleStart);
						if (named != null) {
							between = s.substring(g.end(), startOfGroupOf(groups, named))
									+ s.substring(named.end(), titleStart).replaceFirst("^的", "");
						}
						boolean ownTitle = between.matches("^的?$") && g.members()
							.stream()
							.allMatch((x) -> x.org() != null && x.org().kind() == OrgKind.COMMUNITY);
						if (!ownTitle && RelationCues.BEFORE_TITLE.matcher(between).matches()
								&& g.members().stream().noneMatch((x) -> named != null && sameOrg(x, named))) {
							members = g;
							community = named;
						}
					}
				}
				if (members == null) {
					continue;
				}
				if (community == null) {
					community = nearestCommunity(groups, titleStart, members);
				}
				Org target = (community != null) ? community.org() : this.lastCommunity;
				for (Mention m : members.members()) {
					if (m.org() == null) {
						this.unresolved++;
						continue;
					}
					add(out, RelationType.MEMBER_OF, m.org(), target, title.getValue(), null, null, null, null, year,
							written, m, community);
				}
			}
		}
		for (int i = 0; i + 1 < groups.size(); i++) {
			Group g = groups.get(i);
			Group next = groups.get(i + 1);
			if (g.members().size() == 1 && g.members().get(0).org() != null
					&& g.members().get(0).org().kind() == OrgKind.COMMUNITY
					&& RelationCues.INCLUDES.matcher(g.after()).matches()) {
				// 某联盟包括A、B、C等…单位: its members
				for (Mention m : next.members()) {
					if (m.org() != null) {
						add(out, RelationType.MEMBER_OF, m.org(), g.members().get(0).org(), "MEMBER", null, null, null,
								null, year, written, m, g.members().get(0));
					}
				}
			}
			if (RelationCues.JOIN.matcher(g.after()).matches()) {
				for (Mention c : next.members()) {
					if (c.org() != null && c.org().kind() == OrgKind.COMMUNITY) {
						for (Mention m : g.members()) {
							if (m.org() != null) {
								add(out, RelationType.MEMBER_OF, m.org(), c.org(), "MEMBER", null, null, null, null,
										year, written, m, c);
							}
						}
					}
				}
			}
		}
	}

	private static Mention communityIn(List<Group> groups, int from, int to) {
		for (Group g : groups) {
			if (g.start() >= from && g.end() <= to) {
				for (Mention m : g.members()) {
					if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
						return m;
					}
				}
			}
		}
		return null;
	}

	private static int startOfGroupOf(List<Group> groups, Mention m) {
		for (Group g : groups) {
			if (g.has(m)) {
				return g.start();
			}
		}
		return m.start();
	}

	private static Mention nearestCommunity(List<Group> groups, int at, Group members) {
		Mention best = null;
		for (Group g : groups) {
			if (g == members) {
				continue;
			}
			for (Mention m : g.members()) {
				if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY && m.start() < at) {
					best = m;
				}
			}
		}
		if (best == null) {
			for (Group g : groups) {
				for (Mention m : g.members()) {
					if (g != members && m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
						return m;
					}
				}
			}
		}
		return best;
	}

	// --- RECOGNIZED

	/**
	 * 某教育局批准筹建了Z, Z是经某教委备案批准: the body approves the platform; the approval is its
	 * recognition, not a founding.
	 */
	private void approval(String s, String written, List<Group> groups, Integer year, List<ExtractedRelation> out) {
		Matcher m = RelationCues.APPROVAL.matcher(s);
		while (m.find()) {
			Group body = null;
			for (Group g : groups) {
				if (g.end() <= m.start()
						&& g.after()
							.matches("^(?:的)?"
									+ Pattern.quote(s.substring(g.end(), m.start()).replaceFirst("^的", "")) + ".*")
						&& s.substring(g.end(), m.start()).matches("(?:的)?(?:正式)?")
						&& g.members()
							.stream()
							.allMatch((x) -> x.org() != null && x.org().kind() == OrgKind.GOVERNMENT)) {
					body = g;
				}
			}
			if (body == null) {
				continue;
			}
			Mention platform = null;
			for (Group g : groups) {
				if (g.start() >= m.end() && g.start() - m.end() <= 3 && g.isPlatform()) {
					platform = g.members().get(0);
					break;
				}
			}
			if (platform == null && !groups.isEmpty() && groups.get(0).isPlatform()
					&& groups.get(0).end() <= body.start()) {
				platform = groups.get(0).members().get(0); // Z是经某教委批准设立的
			}
			if (platform == null) {
				continue;
			}
			for (Mention b : body.members()) {
				add(out, RelationType.RECOGNIZED, b.org(), platform.org(), null, null, s.substring(m.start(), m.end()),
						level(b.org(), ""), "APPROVED", year, written, b, platform);
			}
		}
	}

	private void recognition(String s, String written, List<Group> groups, Integer year, List<ExtractedRelation> out) {
		approval(s, written, groups, year, out);
		for (String verb : RelationCues.RECOGNITION) {
			for (int at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + 1)) {
				int verbStart = at;
				int verbEnd = at + verb.length();
				Group recognised = null;
				for (Group g : groups) {
					if (g.end() <= verbStart
							&& RelationCues.BEFORE_RECOGNITION.matcher(s.substring(g.end(), verbStart)).matches()) {
						recognised = g;
					}
				}
				if (recognised == null) {
					continue;
				}
				List<Mention> bodies = new ArrayList<>();
				for (Group g : groups) {
					for (Mention m : g.members()) {
						if (m.org() != null && m.org().kind() == OrgKind.GOVERNMENT && !recognised.has(m)
								&& m.start() >= verbEnd && m.start() - verbEnd <= 2) {
							bodies.add(m);
						}
					}
				}
				if (bodies.isEmpty()) {
					// 教育部公布…名单，X入选: the bodies that announce the list, before it
					for (Group g : groups) {
						if (g.end() <= recognised.start()
								&& g.members()
									.stream()
									.allMatch((m) -> m.org() != null && m.org().kind() == OrgKind.GOVERNMENT)
								&& ANNOUNCE.matcher(s.substring(g.end(), recognised.start())).find()) {
							bodies = g.members();
							break;
						}
					}
				}
				if (bodies.isEmpty()) {
					continue;
				}
				Mention body = bodies.get(0);
				int titleFrom = (body.start() >= verbEnd) ? body.end() : verbEnd;
				String title = s.substring(titleFrom, clauseEnd(s, titleFrom)).strip();
				String stage = title.contains("验收") ? "ACCEPTED" : "APPROVED";
				for (Mention b : bodies) {
					for (Mention m : recognised.members()) {
						if (m.org() != null && m.org().kind() != OrgKind.GOVERNMENT) {
							add(out, RelationType.RECOGNIZED, b.org(), m.org(), null, null,
									title.isEmpty() ? null : title, level(b.org(), title), stage, year, written, b, m);
						}
					}
				}
			}
		}
	}

	private static String level(Org body, String title) {
		String name = body.name();
		if (name.startsWith("中华人民共和国") || name.startsWith("国家") || name.startsWith("国务院") || name.equals("教育部")
				|| name.endsWith("部")) {
			return "NATIONAL";
		}
		if (name.contains("省") || name.contains("自治区")) {
			return "PROVINCIAL";
		}
		if (name.contains("市")) {
			return "MUNICIPAL";
		}
		return title.contains("国家级") ? "NATIONAL" : title.contains("省级") ? "PROVINCIAL" : null;
	}

	// --- PARTNERS_WITH

	private void partnership(String s, String written, List<Group> groups, Integer year, List<ExtractedRelation> out) {
		Matcher m = RelationCues.AGREEMENT.matcher(MentionFinder.barriers(s));
		if (!m.find()) {
			// A与B(进行)校企合作: a pair named together and cooperating
			for (Group g : groups) {
				Matcher c = RelationCues.COOPERATION.matcher(g.after());
				if (g.members().size() >= 2 && c.find() && firstWith(s, g.members()) > 0) {
					pairs(s, g, groups, partnershipKind(s), year, written, out);
				}
			}
			return;
		}
		String kind = partnershipKind(s);
		int clauseStart = clauseStart(s, m.start());
		Group signers = null;
		for (Group g : groups) {
			if (g.end() <= m.start() && g.start() >= clauseStart && !isPlace(g) && !isGuide(g)) {
				signers = g;
			}
		}
		if (signers != null) {
			pairs(s, signers, groups, kind, year, written, out);
		}
	}

	/** The partnerships a group of signers states: each with the hub of the agreement. */
	private void pairs(String s, Group signers, List<Group> groups, String kind, Integer year, String written,
			List<ExtractedRelation> out) {
		List<Mention> parties = signers.members().stream().filter((x) -> x.org() != null).toList();
		if (parties.size() < signers.members().size()) {
			this.unresolved++;
		}
		Mention hub = null;
		List<Mention> others = parties;
		if (RelationCues.WITH.matcher(signers.before()).find()) {
			// S分别与A、B签署: the subject signs with each; with none, the last sentence's
			// subject
			for (Group g : groups) {
				if (g != signers && g.end() <= signers.start() && !isPlace(g) && !isGuide(g) && !isBase(g)) {
					hub = g.members().get(0);
				}
			}
			if (hub == null) {
				hub = this.lastSubjects.isEmpty() ? null : this.lastSubjects.get(0);
			}
		}
		else if (parties.size() >= 2) {
			// A与B、C签署: A signs with each; A、B、C与D签署: D signs with each
			String joiners = s.substring(signers.start(), signers.end());
			int with = firstWith(s, parties);
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
			if (!sameOrg(hub, other)) {
				partner(out, hub, other, kind, year, written);
			}
		}
	}

	/** The index of the list member that 与/和/同 joins to the one before it, or -1. */
	private static int firstWith(String s, List<Mention> parties) {
		for (int i = 1; i < parties.size(); i++) {
			String between = s.substring(Math.min(parties.get(i - 1).end(), parties.get(i).start()),
					parties.get(i).start());
			if (between.matches("与|和|同|跟|及|以及|、和|、及")) {
				return i;
			}
		}
		return -1;
	}

	private static int clauseStart(String s, int at) {
		for (int i = at - 1; i >= 0; i--) {
			if ("；;。".indexOf(s.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	private void partner(List<ExtractedRelation> out, Mention a, Mention b, String kind, Integer year, String written) {
		// The school (or its college) is the "to" end of a partnership with another kind.
		if (educationRank(a.org().kind()) > educationRank(b.org().kind())) {
			Mention t = a;
			a = b;
			b = t;
		}
		add(out, RelationType.PARTNERS_WITH, a.org(), b.org(), null, kind, null, null, null, year, written, a, b);
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

	// --- AFFILIATED_WITH

	private void affiliation(String s, String written, List<Mention> units, List<Mention> mentions, Integer year,
			List<ExtractedRelation> out) {
		for (Mention affiliate : units) {
			for (Mention host : mentions) {
				if (host.source() == Source.HOST && host.start() == affiliate.start() && host.end() < affiliate.end()
						&& s.startsWith("附属", host.end()) && affiliate.org() != null && host.org() != null) {
					add(out, RelationType.AFFILIATED_WITH, affiliate.org(), host.org(), null, null, null, null, null,
							year, written, affiliate, host);
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
				this.unresolved++;
				continue;
			}
			add(out, RelationType.AFFILIATED_WITH, affiliate.org(), school.org(), null, null, null, null, null, year,
					written, affiliate, school);
		}
	}

	// --- helpers

	private static boolean add(List<ExtractedRelation> out, RelationType type, Org from, Org to, String role,
			String kind, String title, String level, String stage, Integer year, String evidence, Mention fromMention,
			Mention toMention) {
		if (from == null || to == null || from.id().equals(to.id()) || !type.allows(from.kind(), to.kind())
				|| type.checkRole(role).isPresent()) {
			return false;
		}
		out.add(new ExtractedRelation(type, from, to, role, kind, title, level, stage, year, evidence,
				(fromMention != null) ? fromMention.text() : null, (toMention != null) ? toMention.text() : null));
		return true;
	}

	static Integer year(String s) {
		Matcher m = YEAR.matcher(s);
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			if (year >= 1900 && year <= Year.now().getValue() + 1) {
				return year;
			}
		}
		return null;
	}

}
