package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.RelationType;

/**
 * Organisations named by the officers who speak for them (A党委书记某、B校长某代表牵头单位;
 * 理事长单位代表、A副书记某，B副校长某): the officers chain one after the other, back from the title they
 * speak for or on from the title they are named after.
 */
final class Speakers {

	private static final Pattern AFTER_TITLE = Pattern
		.compile("代表(?:(?:亦|也|均)?(?:有)?(?:出席|参加|参会)(?:了)?(?:会议|仪式|典礼|活动)?[，,](?:包括|有|分别是|分别为)?)?[、，,：:]?"
				// (在联盟成员单位发言环节，A院长某，B总经理某分别发言: the members' turn to speak)
				+ "|(?:代表)?(?:交流|典型)?发言(?:环节)?(?:中|上)?[，,：:]");

	/** 代表(共同体)牵头单位: after 代表, the leads that officers speak for. */
	private static final Pattern SPOKEN_LEAD = Pattern
		.compile("代表((?:该|这个)?(?:共同体|联合体|联盟|职教集团|集团)?(?:的)?牵头(?:单位|院校|学校|企业|高校|方))");

	private Speakers() {
	}

	/**
	 * A党委副书记王某，B副总裁李某代表副理事长单位发言: the officers chain back from the title they speak for.
	 */
	static MentionGroup before(String s, List<MentionGroup> groups, int titleStart) {
		int last = -1;
		for (int i = 0; i < groups.size(); i++) {
			if (groups.get(i).end() <= titleStart) {
				last = i;
			}
		}
		if (last < 0 || !RelationCues.BYLINE_BEFORE_TITLE.matcher(s.substring(groups.get(last).end(), titleStart))
			.matches()) {
			return null;
		}
		return MentionGroup.chainBack(s, groups, last, RelationCues.BYLINE_BETWEEN);
	}

	/**
	 * 理事长单位代表、A党委副书记某，B副校长某: after a title and 代表, the organisations whose officers
	 * follow one after the other.
	 */
	static MentionGroup after(String s, List<MentionGroup> groups, int titleEnd) {
		Matcher opens = AFTER_TITLE.matcher(s);
		opens.region(titleEnd, s.length());
		if (!opens.lookingAt()) {
			return null;
		}
		MentionGroup first = groups.stream().filter((g) -> g.start() == opens.end()).findFirst().orElse(null);
		if (first == null) {
			return null;
		}
		MentionGroup speakers = MentionGroup.chain(s, groups, first, RelationCues.BYLINE_BETWEEN);
		// the last one is an officer too (某公司总经理某), or no speaker at all
		return RelationCues.BYLINE_AFTER.matcher(s.substring(speakers.end())).lookingAt() ? speakers : null;
	}

	/**
	 * A副主任某、B校长某、C总经理某代表牵头单位…: the organisations whose officers speak for the leads lead
	 * the platform the sentence names after them, else the community the document speaks
	 * of.
	 */
	static int leads(String s, String written, List<MentionGroup> groups, Integer year, Org community,
			List<ExtractedRelation> out) {
		int count = 0;
		Matcher m = SPOKEN_LEAD.matcher(s);
		while (m.find()) {
			MentionGroup speakers = before(s, groups, m.start(1));
			if (speakers == null) {
				continue;
			}
			Org platform = null;
			for (MentionGroup g : groups) {
				if (g.start() >= m.end() && platform == null) {
					platform = g.members()
						.stream()
						.filter(Clauses::isPlatformMention)
						.map(Mention::org)
						.findFirst()
						.orElse(null);
				}
			}
			platform = (platform != null) ? platform : community;
			for (Mention speaker : speakers.members()) {
				if (Clauses.add(out, RelationType.CO_FOUNDED, speaker.org(), platform, "LEAD", null, null, null, null,
						year, written, speaker, null)) {
					count++;
				}
			}
		}
		return count;
	}

}
