package org.chanjiao.extraction;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.RelationType;

/**
 * What the relationship readers share: where a clause ends, the year a sentence gives,
 * the units a sentence is read in, and adding a proposed relationship where the data
 * model allows it.
 */
final class Clauses {

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

	private Clauses() {
	}

	static int clauseEnd(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (RelationCues.CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return s.length();
	}

	/** Where the phrase that holds {@code at} starts: after the last 。，；： before it. */
	static int phraseStart(String s, int at) {
		for (int i = at - 1; i >= 0; i--) {
			if (RelationCues.CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	static int clauseStart(String s, int at) {
		for (int i = at - 1; i >= 0; i--) {
			if ("；;。".indexOf(s.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	static MentionGroup next(List<MentionGroup> groups, MentionGroup g) {
		int i = groups.indexOf(g);
		return (i >= 0 && i + 1 < groups.size()) ? groups.get(i + 1) : null;
	}

	static MentionGroup previous(List<MentionGroup> groups, MentionGroup g) {
		int i = groups.indexOf(g);
		return (i > 0) ? groups.get(i - 1) : null;
	}

	// The resolved members of a group, each organisation once
	static List<Mention> distinct(List<Mention> members) {
		List<Mention> out = new ArrayList<>();
		for (Mention m : members) {
			if (m.org() != null && out.stream().noneMatch((x) -> sameOrg(x, m))) {
				out.add(m);
			}
		}
		return out;
	}

	static boolean sameOrg(Mention a, Mention b) {
		return a.org() != null && b.org() != null && a.org().id().equals(b.org().id());
	}

	static boolean isPlatformMention(Mention m) {
		return m.org() != null && m.org().kind().isPlatform() && m.source() != Source.REPORTER;
	}

	// A host named at the start of its college's name is not read on its own: the college
	// stands for both (the PART_OF is read from the college's host).
	// (A host the page names on its own elsewhere is resolved to that name, and is no
	// longer marked a host; inside a longer name, 某集团直升机所, it is still no unit)
	static List<Mention> units(List<Mention> mentions) {
		return mentions.stream()
			.filter((m) -> m.source() != Source.HOST && m.source() != Source.BYLINE)
			.filter((m) -> m.source() != Source.ALIAS || mentions.stream()
				.noneMatch((x) -> x != m && x.start() <= m.start() && x.end() >= m.end()
						&& x.end() - x.start() > m.end() - m.start() && x.source() != Source.HOST))
			.toList();
	}

	/**
	 * 某大学(简称:某大)某学院: a college named after its school, with the school's short name in
	 * brackets between, is one party, as 某大学某学院 is; the school and its short name are its
	 * host, no party beside it.
	 */
	static List<Mention> withoutBracketedHosts(String s, List<Mention> units) {
		List<Mention> out = new ArrayList<>(units);
		for (Mention college : units) {
			if (college.host() == null) {
				continue;
			}
			for (Mention host : units) {
				if (host.org() != null && host.end() < college.start() && host.org().id().equals(college.host().id())
						&& BRACKET_BETWEEN.matcher(s.substring(host.end(), college.start())).matches()) {
					out.removeIf((m) -> m.start() >= host.start() && m.end() <= college.start());
				}
			}
		}
		return out;
	}

	/** A short note in brackets between two names: (简称:某大). */
	static final Pattern BRACKET_BETWEEN = Pattern.compile("[（(][^（）()]{1,20}[）)]");

	// 深圳职业技术学院(现更名为深圳职业技术大学), 某大学(某学院隶属于某集团，以下简称某某): a name in
	// brackets after another is a note on it
	static List<Mention> withoutNotes(String s, List<Mention> units) {
		List<Mention> out = new ArrayList<>();
		for (Mention m : units) {
			int open = Math.max(s.lastIndexOf('（', m.start() - 1), s.lastIndexOf('(', m.start() - 1));
			boolean note = open >= 0 && m.start() - open <= 30
					&& !s.substring(open + 1, m.start()).matches(".*[（）()].*")
					&& out.stream().anyMatch((x) -> x.end() == open);
			if (!note) {
				out.add(m);
			}
		}
		return out;
	}

	static boolean add(List<ExtractedRelation> out, RelationType type, Org from, Org to, String role, String kind,
			String title, String level, String stage, Integer year, String evidence, Mention fromMention,
			Mention toMention) {
		// A school or an association is founded only where a founding verb governs it
		// (addFounded); read by any other rule it is a founder or a partner
		if (type == RelationType.CO_FOUNDED && to != null && !to.kind().isPlatform()) {
			return false;
		}
		return addAllowed(out, type, from, to, role, kind, title, level, stage, year, evidence, fromMention, toMention);
	}

	/**
	 * A founding whose object {@link FoundedPlatforms#objects} found, which may be a
	 * school or an association as well as a platform.
	 */
	static boolean addFounded(List<ExtractedRelation> out, Org from, Org to, String role, Integer year, String evidence,
			Mention fromMention, Mention toMention) {
		return addAllowed(out, RelationType.CO_FOUNDED, from, to, role, null, null, null, null, year, evidence,
				fromMention, toMention);
	}

	private static boolean addAllowed(List<ExtractedRelation> out, RelationType type, Org from, Org to, String role,
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
