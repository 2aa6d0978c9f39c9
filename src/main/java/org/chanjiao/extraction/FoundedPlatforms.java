package org.chanjiao.extraction;

import java.util.List;

import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.extraction.RelationCues.Founding;
import org.chanjiao.organization.OrgKind;

/**
 * What a founding verb founds: the first platform named after it (with those listed with
 * it), else the platform named before 由, the one those joined by 联合 join, the one a
 * clause-ending 参与共建 refers back to, or the one the sentence opens with; never a base
 * (依托A), a place or a guide.
 */
final class FoundedPlatforms {

	/** What a verb founds, counted, with the names in the next clause: 了3个实践基地. */
	private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern
		.compile("(?:了)?" + KindLists.PLATFORM_COUNT + "[^，,。；;]{0,10}");

	private final DocumentContext context;

	FoundedPlatforms(DocumentContext context) {
		this.context = context;
	}

	/**
	 * What a group founds: the first platform named after its verb (with the platforms
	 * listed with it), else the platform named before 由 (Z由A、B共建).
	 */
	List<Mention> objects(String s, MentionGroup g, FoundingCues.Cue cue, List<FoundingCues.Cue> cues,
			List<MentionGroup> groups, boolean byNoun) {
		if (byNoun) {
			// 某职教集团牵头单位某学院: the platform written right before the noun
			MentionGroup previous = null;
			for (MentionGroup x : groups) {
				if (x.end() <= g.start()) {
					previous = x;
				}
			}
			if (previous != null && previous.isPlatform()
					&& (RelationCues.LEAD_NOUN_BEFORE.matcher(g.before()).matches()
							|| FoundingReader.asLeadOf(s, g, groups))) {
				return previous.members();
			}
		}
		// Z由A、B共同牵头成立，邀请C…: the platform written right before 由, whatever
		// follows the verb
		MentionGroup previous = Clauses.previous(groups, g);
		// (Z是2006年经某部批准，由A和B…: the body whose leave is named is passed over)
		while (previous != null && previous.isGuide() && Clauses.previous(groups, previous) != null
				&& s.substring(previous.start(), g.start()).matches("[^，,。；;]{0,20}[，,]由(?:共同)?")) {
			previous = Clauses.previous(groups, previous);
		}
		if (previous != null && (previous.isPlatform() || isFoundedBody(previous)) && !previous.isGuide()
				&& !previous.isPlace() && !previous.isBase()
				&& (s.substring(previous.end(), g.start()).matches(BY_AFTER_FOUNDED)
						// (Z是A联合B成立的…: A is the subject of the clause that says who
						// founded Z)
						|| g.before().equals("是") && g.after().startsWith("联合")
						// (Z为A与B合作共建: 为 right after the platform, as 由)
						|| s.substring(previous.end(), g.start()).equals("为"))) {
			return previous.members();
		}
		boolean leads = cue.founding() == Founding.LEAD || cue.founding() == Founding.INITIATE;
		// (A牵头，B为共建单位，组建的Z: a partner named by a noun, as a lead, founds a later clause's
		// Z)
		boolean named = byNoun && RelationCues.PARTNER_NOUN_AFTER.matcher(g.after()).find();
		int limit = (leads || named) ? s.length() : Clauses.clauseEnd(s, cue.end());
		if (!leads && limit < s.length() && COUNTED.matcher(s.substring(cue.end(), limit)).matches()
				&& KindLists.PLATFORM_FIRST_LIST.matcher(s.substring(cue.end()).replaceFirst("^了", "")).lookingAt()) {
			limit = Clauses.clauseEnd(s, limit + 1); // 共建了3个基地，分别是A、B、C
		}
		if (s.substring(cue.end(), Clauses.clauseEnd(s, cue.end())).matches("(?:了)?") && hasPlatformBefore(g, groups)) {
			limit = -1; // 由A、B共同牵头成立，邀请C…: the verb ends its clause; its platform is
						// before
		}
		for (MentionGroup x : groups) {
			if (x != g && x.start() >= cue.end() && isFoundedBody(x)
					&& s.substring(cue.end(), x.start()).matches(RIGHT_AFTER_VERB) && !hostOfTheNext(x, groups)) {
				return x.members(); // 共同发起成立某学会, 共建某大学
			}
			if (x == g || x.start() < cue.end() || x.start() > limit || x.isGuide() || x.isPlace() || x.isBase()
					|| RelationCues.CO.matcher(x.before()).find()
					|| !x.members().stream().anyMatch(Clauses::isPlatformMention)) {
				continue;
			}
			if (byNoun && x.start() > g.start() && !foundsAfterNoun(s, g, x, cues)) {
				continue;
			}
			// 汇聚D研究院等6家科研机构…，成立Z: what is counted as a party is not what is founded
			if (COUNTED_PARTY_AFTER.matcher(x.after()).lookingAt()) {
				continue;
			}
			// 由A牵头，B、C研究所等发起…的Z: a later clause's founders are not what A founds
			if (foundsItself(s, cue, x, cues)) {
				continue;
			}
			// (先后成立了“A中心”“B研究院”“C学院”: a 学院 named with no school, in the list the verb
			// governs, is founded with the others)
			boolean governed = s.substring(cue.end(), x.start()).matches(RIGHT_AFTER_VERB);
			return x.members()
				.stream()
				.filter((m) -> Clauses.isPlatformMention(m) || governed && isCollegeNamedAlone(m))
				.toList();
		}
		// Z…，B参与共建: a verb that ends its clause founds the platform the sentence named
		// before
		boolean endsClause = s.substring(cue.end(), Clauses.clauseEnd(s, cue.end())).isBlank();
		if (endsClause && (cue.founding() == Founding.PARTAKE || cue.founding() == Founding.COBUILD)) {
			// (…联合B、C和D研究院2家科研单位以及E等企业共同组建: a platform listed among the
			// founders is one of them)
			List<Mention> platforms = lastPlatforms(groups, g.start(), true);
			if (!platforms.isEmpty() && !isMeetingOf(s, platforms, g.start())) {
				// (X、Y分别由A、B牵头组建，C参与共建: C takes part in both)
				Mention last = platforms.get(platforms.size() - 1);
				return groups.stream()
					.filter((x) -> x.members().contains(last) && x.isPlatform())
					.findFirst()
					.map((x) -> x.members().stream().filter(Clauses::isPlatformMention).toList())
					.orElse(platforms);
			}
		}
		// Z由A牵头，联合B共同组建: every founder after 由 founds the platform named before it;
		// Z联合A、B组建: those joined found the subject
		MentionGroup by = null;
		for (MentionGroup x : groups) {
			if (x.start() <= g.start() && (RelationCues.BY.matcher(x.before()).find()
					|| RelationCues.CO.matcher(x.before()).find() && x == g)) {
				by = x;
			}
		}
		for (MentionGroup x : groups) {
			MentionGroup founded = Clauses.previous(groups, x);
			if (x.start() <= g.start() && founded != null && isFoundedBody(founded)
					&& x.before().matches(BY_AFTER_FOUNDED)) {
				return founded.members(); // 某学会由A联合B、C共同发起成立: B and C found it too
			}
		}
		if (by != null || byNoun) {
			List<Mention> platforms = lastPlatforms(groups, (by != null) ? by.start() : g.start());
			if (by != null && isMeetingOf(s, platforms, by.start())) {
				return List.of(); // Z成立大会由A和B共同举办: who holds a meeting founds nothing
			}
			if (!platforms.isEmpty()) {
				return platforms;
			}
			// (Z正式揭牌。牵头单位为A，合作建设单位为B: a sentence that names no platform and
			// opens its clause with the role noun speaks of the platform the document
			// named last)
			if (by == null && this.context.lastPlatform != null
					&& RelationCues.ROLE_NOUN_OPENS.matcher(g.before()).matches()
					&& groups.stream().noneMatch((x) -> x.members().stream().anyMatch(Clauses::isPlatformMention))) {
				return List.of(this.context.lastPlatform);
			}
			// (由A创办的某学校: what the verb founds is named, though no platform)
			// (《某》项目…，由A和B联合打造: what they make is the work the sentence opens with)
			if (by != null && RelationCues.BY.matcher(by.before()).find() && this.context.lastPlatform != null
					&& !OTHER_WORK.matcher(s.substring(0, by.start())).find()
					&& groups.stream().noneMatch((x) -> x.members().stream().anyMatch(Clauses::isPlatformMention))
					&& groups.stream()
						.noneMatch((x) -> FoundingCues.builds(s, cue, x)
								|| x.start() > cue.end() && s.substring(cue.end(), x.start()).matches("的[“\"「]?"))) {
				return List.of(this.context.lastPlatform);
			}
		}
		// Z自成立以来…，A与B共同牵头: the platform the sentence is about, when it opens it
		// (某学院某系与B共建…: a college right before its department is who builds, not what)
		// (据某学院某学院院长某介绍，校企双方共同…: a college named for the officer who speaks is
		// not what the sentence is about)
		if (cue.founding() != Founding.ESTABLISH && !groups.isEmpty() && groups.get(0) != g
				&& groups.get(0).isPlatform() && groups.get(0).end() < g.start()
				&& s.substring(0, groups.get(0).start()).matches("[^，。；]{0,8}")
				&& !SPOKEN_BY_ITS_OFFICER.matcher(s.substring(groups.get(0).end())).lookingAt()) {
			return groups.get(0).members().stream().filter(Clauses::isPlatformMention).toList();
		}
		// 某大学是教育部与某省人民政府共建的高校: a school or an association the sentence opens
		// with, said to be what they build (not 某学院是某联合会创始会长倡导成立的: a person of
		// the body founds it)
		if (!groups.isEmpty() && groups.get(0) != g && isFoundedBody(groups.get(0))
				&& (groups.get(0).after().matches("是(?:由)?") || saysWhatItIs(s, groups))
				&& groups.get(0).end() < g.start() && s.substring(0, groups.get(0).start()).matches("[^，。；]{0,8}")
				&& cue.start() >= g.end() && !OFFICER.matcher(s.substring(g.end(), cue.start())).find()) {
			return groups.get(0).members();
		}
		return List.of();
	}

	/**
	 * A作为牵头企业，联合…筹建Z: the role noun comes after the founder and a founding verb follows
	 * before the platform, so the platform after it is what the founder leads.
	 */
	private static boolean foundsAfterNoun(String s, MentionGroup g, MentionGroup platform,
			List<FoundingCues.Cue> cues) {
		java.util.regex.Matcher noun = RelationCues.LEAD_NOUN_AFTER.matcher(g.after());
		if (!noun.find()) {
			noun = RelationCues.PARTNER_NOUN_AFTER.matcher(g.after()); // B、C为共建单位
			if (!noun.find()) {
				return false;
			}
		}
		int from = g.end() + noun.end();
		// 以A为牵头学校、B为牵头企业、C为依托园区的Z: the platform the leads are said of
		return cues.stream().anyMatch((c) -> c.start() >= from && c.end() <= platform.start())
				|| LEADS_OF_THE_ONE_AFTER.matcher(s.substring(from, platform.start())).matches();
	}

	private static final java.util.regex.Pattern LEADS_OF_THE_ONE_AFTER = java.util.regex.Pattern
		.compile("(?:、[^，,。；;：:]*)?的[“\"]?");

	private static boolean foundsItself(String s, FoundingCues.Cue cue, MentionGroup x, List<FoundingCues.Cue> cues) {
		if (x.start() < Clauses.clauseEnd(s, cue.end())) {
			return false;
		}
		FoundingCues.Cue own = FoundingCues.governingCue(s, x, cues);
		// (Z正式成立: a platform's own 成立 says it was founded, not that it founds)
		return own != null && own.start() >= x.end() && own.founding() != Founding.ESTABLISH;
	}

	private static final java.util.regex.Pattern COUNTED_PARTY_AFTER = java.util.regex.Pattern
		.compile("(?:[(（][^)）]{1,12}[)）])?等?[0-9一二三四五六七八九十两]+(?:家|所|个)[^，,。；;、]{0,6}?(?:机构|院所|单位|企业|高校|院校|学校)");

	/** A work, not a body, that a sentence says someone made: 项目, 课程, 《某》. */
	private static final java.util.regex.Pattern OTHER_WORK = java.util.regex.Pattern
		.compile("项目|课程|教材|产品|作品|赛事|比赛|大赛|活动|节目|展览|标准|图书|专著|》");

	/**
	 * The last platform named before an offset, with any other meant at the same words
	 * (四大产教联盟: the four named before).
	 */
	private static List<Mention> lastPlatforms(List<MentionGroup> groups, int before) {
		return lastPlatforms(groups, before, false);
	}

	/**
	 * Whether what stands between the last of the platforms and an offset is a meeting of
	 * it and 由.
	 */
	private static boolean isMeetingOf(String s, List<Mention> platforms, int by) {
		return !platforms.isEmpty()
				&& EVENT_BY.matcher(s.substring(Math.min(platforms.get(platforms.size() - 1).end(), by), by)).matches();
	}

	/** Between a platform and 由: a meeting of it (Z成立大会由). */
	private static final java.util.regex.Pattern EVENT_BY = java.util.regex.Pattern
		.compile("[”\"」]?(?:[^，,。；;]{0,12}?)(?:大会|会议|论坛|峰会|年会|研讨会|活动|仪式|典礼|交流会|对接会)[^，,。；;]{0,4}由");

	private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile("(?:[、和及]|以及|联合)$");

	/**
	 * 该平台建设主体为某学院: the body that builds the platform, not the platform; 某学院的前身是某大学城市学院:
	 * what a body was before, not what is founded now.
	 */
	private static final java.util.regex.Pattern BUILDER_BEFORE = java.util.regex.Pattern
		.compile("(?:建设主体|承建单位|建设单位|依托单位|运营主体|前身)(?:为|是)$");

	private static List<Mention> lastPlatforms(List<MentionGroup> groups, int before, boolean notListed) {
		Mention platform = null;
		for (MentionGroup x : groups) {
			if (x.end() <= before && !x.isGuide() && !x.isPlace() && !x.isBase()
					&& !(notListed && x != groups.get(0) && LISTED.matcher(x.before()).find())
					&& !BUILDER_BEFORE.matcher(x.before()).find()
					// (Z由A研究院牵头，B参与共建: those after 由 found, they are not founded)
					&& !x.before().matches(".*由(?:共同)?")) {
				for (Mention m : x.members()) {
					if (Clauses.isPlatformMention(m)) {
						platform = m;
					}
				}
			}
		}
		Mention last = platform;
		return (last == null) ? List.of()
				: groups.stream()
					.flatMap((x) -> x.members().stream())
					.filter((m) -> m.start() == last.start() && m.end() == last.end() && Clauses.isPlatformMention(m))
					.toList();
	}

	/**
	 * 某大学坐落于某市，是教育部与某省共建高校: a later clause of the sentence opens with 是, no name between,
	 * and goes on with what its subject is.
	 */
	private static boolean saysWhatItIs(String s, List<MentionGroup> groups) {
		return groups.size() > 1
				&& s.substring(groups.get(0).end(), groups.get(1).start()).matches("[^。；;！？]{0,40}[，,]是(?:由)?");
	}

	/** An officer's title: who the name before it stands for is a person. */
	private static final java.util.regex.Pattern OFFICER = java.util.regex.Pattern
		.compile("会长|理事长|院长|校长|书记|主任|董事长|总裁|总经理|部长|局长|厅长|市长|省长");

	/** After a name, its officer who speaks: 院长张某介绍, 主任某某表示. */
	private static final java.util.regex.Pattern SPOKEN_BY_ITS_OFFICER = java.util.regex.Pattern
		.compile(RelationCues.BYLINE + "(?:介绍|表示|指出|说|强调)");

	/** Between Z and its founders: Z由, Z是由, Z由共同. */
	// (Z是2006年经某部批准，由A和B联合举办的…: a clause of when and by whose leave between)
	// (X、Y分别由A、B牵头组建: each by its own, FoundingReader)
	// (Z是2006年由A和B联合举办的…, 该校自2003年由A创办之初: the year it was founded in between)
	private static final String BY_AFTER_FOUNDED = "(?:是[^，,。；;由]{0,20}[，,])?(?:是)?(?:于|在|自)?(?:\\d{4}年(?:\\d{1,2}月)?)?(?:分别)?由(?:共同)?";

	/** Between a founding verb and what it founds when that is no platform: 成立了“…”. */
	private static final String RIGHT_AFTER_VERB = "(?:了)?[“\"「]?";

	/**
	 * An association or a school is founded too (某储能学会由A联合B发起成立, 教育部与某省共建某大学), but unlike
	 * a platform only where the verb governs it directly or it stands right before 由:
	 * elsewhere in a founding sentence it is one of the founders.
	 */
	static boolean isFoundedBody(MentionGroup g) {
		return g.members().size() == 1 && !g.isGuide() && !g.isPlace() && !g.isBase()
				&& g.members()
					.stream()
					.allMatch((m) -> m.org() != null && m.source() != Source.REPORTER
							&& (m.org().kind() == OrgKind.INDUSTRY_ASSOCIATION || m.org().kind() == OrgKind.SCHOOL));
	}

	/** A 学院 named with no school before it, read as a school of its own. */
	private static boolean isCollegeNamedAlone(Mention m) {
		return m.org() != null && m.source() != Source.REPORTER && m.org().kind() == OrgKind.SCHOOL
				&& ScriptConverter.normalize(m.org().name()).endsWith("学院");
	}

	/**
	 * 共建某学校某产业学院: a school whose name a platform's goes on from is that platform's host,
	 * not what is built.
	 */
	private static boolean hostOfTheNext(MentionGroup x, List<MentionGroup> groups) {
		MentionGroup next = Clauses.next(groups, x);
		return next != null && next.start() == x.end() && next.isPlatform();
	}

	private static boolean hasPlatformBefore(MentionGroup g, List<MentionGroup> groups) {
		return groups.stream()
			.anyMatch((x) -> x.end() <= g.start() && x.members().stream().anyMatch(Clauses::isPlatformMention)
					&& !x.isGuide() && !x.isPlace() && !x.isBase());
	}

}
