package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;

/**
 * MEMBER_OF from what a community is made of: 该联盟由A、B，C等近40个成员组成, and 联合体…，联合了A等N家企业，
 * B等N家机构…共同组成 (the community opening the sentence).
 */
final class MadeOf {

	private static final Pattern MADE_OF = Pattern.compile("(?:共同)?(?:组成|构成)");

	/** A sentence about a community, which it opens with: 联合体围绕…, 该联盟…. */
	private static final Pattern COMMUNITY_OPENS = Pattern.compile("^(?:该|这个|此)?(?:联合体|共同体|联盟|职教集团)");

	/** After the last member named, several counted kinds: 等7家政府部门，4所本科院校…共同组成. */
	private static final Pattern MADE_OF_LISTS_TAIL = Pattern.compile("^(?:等)?[^。；;]{0,60}?(?:共同)?(?:组成|构成)$");

	private static final Pattern MADE_OF_TAIL = Pattern
		.compile("^(?:等)?[^，,。；;]{0,40}?(?:成员|单位|会员|机构|院校|企业)?(?:共同)?(?:组成|构成)$");

	private MadeOf() {
	}

	/**
	 * 该联盟（首届理事会）由A、B，C等近40个成员组成, 某联合体主要由A、B…等多家单位构成: those the community is made of are
	 * its members.
	 */
	static void read(String s, String written, List<MentionGroup> groups, Integer year, Org lastCommunity,
			List<ExtractedRelation> out) {
		Matcher made = MADE_OF.matcher(s);
		while (made.find()) {
			int by = s.lastIndexOf('由', made.start());
			// 联合体…，联合了A等114家企业，B等5家科研机构…共同组成: the community opens the sentence
			int joins = s.lastIndexOf("联合了", made.start());
			boolean joined = joins > by && COMMUNITY_OPENS.matcher(s).lookingAt();
			if (joined) {
				by = joins + 2;
			}
			if (by < 0) {
				continue;
			}
			Mention community = null;
			List<Mention> members = new ArrayList<>();
			int lastEnd = -1;
			for (MentionGroup g : groups) {
				if (g.end() <= by) {
					for (Mention m : g.members()) {
						if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
							community = m;
						}
					}
				}
				else if (g.start() > by && g.end() <= made.start()) {
					members.addAll(g.members());
					lastEnd = g.end();
				}
			}
			if (members.isEmpty() || community == null && lastCommunity == null
					|| !(joined ? MADE_OF_LISTS_TAIL : MADE_OF_TAIL).matcher(s.substring(lastEnd, made.end())).matches()
					|| !joined && !s.substring(Math.max(0, by - 6), by).matches(".*(?:联盟|联合体|共同体|集团|理事会|委员会)(?:主要)?")) {
				continue;
			}
			Org target = (community != null) ? community.org() : lastCommunity;
			MembershipReader.addMembers(members, target, community, year, written, out);
		}
	}

}
