package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.organization.OrgKind;

/**
 * A list of mentions a sentence names together (A、B和C), with the words before and after
 * it: what the relationship readers read a role, an object or a title from.
 *
 * @param members the mentions, in order
 * @param start where the first begins
 * @param end where the last ends
 * @param before the words between the previous list and this one
 * @param after the words between this list and the next
 */
record MentionGroup(List<Mention> members, int start, int end, String before, String after) {

	boolean has(Mention m) {
		return this.members.contains(m);
	}

	/**
	 * A list and those after it that go on from it, each separated from the last by
	 * {@code between} (…等22个政府部门，B等41家企业; A副校长某，B总经理某): one list.
	 */
	static MentionGroup chain(String s, List<MentionGroup> groups, MentionGroup first, Pattern between) {
		List<Mention> members = new ArrayList<>(first.members());
		MentionGroup last = first;
		for (MentionGroup g : groups) {
			if (g.start() >= last.end() && g != last) {
				if (!between.matcher(s.substring(last.end(), g.start())).matches()) {
					break;
				}
				members.addAll(g.members());
				last = g;
			}
		}
		return (last == first) ? first
				: new MentionGroup(members, first.start(), last.end(), first.before(), last.after());
	}

	/**
	 * A list and those before it that it goes on from, each separated from the next by
	 * {@code between} (A副校长某，B总经理某，C…: one list, back from C).
	 */
	static MentionGroup chainBack(String s, List<MentionGroup> groups, int last, Pattern between) {
		int first = last;
		while (first > 0
				&& between.matcher(s.substring(groups.get(first - 1).end(), groups.get(first).start())).matches()) {
			first--;
		}
		MentionGroup g = groups.get(last);
		if (first == last) {
			return g;
		}
		List<Mention> members = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			members.addAll(groups.get(i).members());
		}
		return new MentionGroup(members, groups.get(first).start(), g.end(), groups.get(first).before(), g.after());
	}

	/** Whether every member is an organisation of the given kind. */
	boolean isAll(OrgKind kind) {
		return this.members.stream().allMatch((m) -> m.org() != null && m.org().kind() == kind);
	}

	boolean isPlatform() {
		return this.members.stream().allMatch((m) -> m.org() != null && m.org().kind().isPlatform());
	}

	/** Between a supporter and the one it supports: 将大力支持, 积极引导, 未来会重点支持. */
	private static final Pattern SUPPORTS_NEXT = Pattern
		.compile("(?:未来|今后|下一步)?(?:将|会|要|也|还)?(?:继续)?(?:大力|全力|积极|充分|重点)?(?:支持|鼓励|引导|帮助|协助)");

	/** After 由 and a guide: 统筹，, 负责管理和指导建设 (who guides the building builds nothing). */
	private static final Pattern GUIDES_AFTER_BY = Pattern
		// (由A指导、B牵头组建: a list's mark after the guide's verb, the lead next)
		.compile("(?:负责)?(?:[\\u4e00-\\u9fa5]{2}(?:和|、))?(?:统筹|指导|主导|领导)(?:[，,、]|建设|组建|成立)");

	/** After the issuer of a document: 印发了《, 正式发布《. */
	private static final Pattern ISSUES_AFTER = Pattern.compile("(?:正式)?(?:印发|发布|公布|下发|下达)(?:了)?《");

	/** What an issuer issued, carried out: 《…》, 关于…的部署, 的决策部署, 的要求. */
	private static final Pattern ISSUED_AFTER = Pattern.compile("《|关于|(?:的)?(?:重要|决策)?(?:部署|要求|精神|指示|决定)");

	/** Before a model to follow: 按, 按照, 依照, 参照, 对标. */
	private static final Pattern STANDARD_BEFORE = Pattern.compile("(?:按|按照|依照|参照|对标|比照)$");

	/**
	 * 在A的指导下, 经A批准, 按A…建设: a guide, a sponsor, an approver or a model, not a founder.
	 */
	boolean isGuide() {
		return this.before.endsWith("在") && RelationCues.GUIDE_AFTER.matcher(this.after).find()
				// 由Z统筹，A牵头…: Z oversees what A leads
				// (由某发改委负责管理和指导建设的某中心: the same)
				|| this.before.endsWith("由") && GUIDES_AFTER_BY.matcher(this.after).lookingAt()
				|| this.before.endsWith("经") && RelationCues.APPROVAL_AFTER.matcher(this.after).find()
				// 某市政府将大力支持某公司在某地建设Z: who supports the builder builds nothing
				|| SUPPORTS_NEXT.matcher(this.after).matches()
				// 按某大学二级学院建设, 对标某学院: the model it is built after
				|| STANDARD_BEFORE.matcher(this.before).find()
				// 落实中办、国办《…意见》: the issuers of a document a clause carries out (落实党中央、
				// 国务院关于…的重要部署, 的决策部署: of a decision)
				|| ISSUER_BEFORE.matcher(this.before).find() && ISSUED_AFTER.matcher(this.after).lookingAt()
				// 某教育厅印发了《…》，…共同申报的Z入选: who issues the list founds nothing on it
				|| ISSUES_AFTER.matcher(this.after).lookingAt();
	}

	/** Before the issuers of a document carried out: 落实, 贯彻, 根据 (按照 is a standard's). */
	private static final Pattern ISSUER_BEFORE = Pattern.compile("(?:落实|贯彻|根据|依据|遵照|响应)$");

	/** 依托A, 以A为依托: a base, not a founder. */
	boolean isBase() {
		return RelationCues.BASE_BEFORE.matcher(this.before).find()
				&& (RelationCues.BASE_AFTER.matcher(this.after).find() || this.before.endsWith("依托")
						|| this.before.endsWith("立足") || this.before.endsWith("扎根"));
	}

	/** 在A举行: a place, not a founder. */
	boolean isPlace() {
		// 在A、B的牵头下成立: 在 opens who leads, not where
		// 在“某农场”建立: quoted, still a place
		// 在该行某支行举办: a demonstrative between 在 and the place's name
		String before = this.before.replaceFirst("[“\"「]$", "").replaceFirst("在(?:该[行校院司所厂馆]|其)$", "在");
		return RelationCues.PLACE_BEFORE.matcher(before).find()
				&& !(before.endsWith("在") && RelationCues.LEAD_NOUN_AFTER.matcher(this.after).find())
				|| inPlace(before);
	}

	/** 在深圳某公司总部签署: 在, a city's name, then the name where it happens. */
	private static boolean inPlace(String before) {
		int at = Math.max(before.lastIndexOf('在'), before.lastIndexOf('于'));
		String place = (at >= 0) ? before.substring(at + 1) : "";
		return place.length() >= 2 && Places.leadingPlace(place) == place.length();
	}

	// a short form in brackets after a name, defined (（简称某某）) or bare ((理大)), is a note
	// on it
	private static final Pattern DEFINITION = Pattern
		.compile("^(?:" + MentionFinder.DEFINITION + "|[（(][^（()）]{1,8}[）)]|｜+)");

	// “A”“B”, “A”，“B”: quoted names one after another are a list
	private static final Pattern QUOTED_NEXT = Pattern.compile("[”\"」》](?:[，,、]|和|及|与|以及)?[“\"「《]");

	// A、京东方、B: a list goes on over a name not recognised
	// (A与行业头部企业和B: a kind of organisation named between two names is an item too)
	private static final Pattern UNNAMED_BETWEEN = Pattern.compile("、(?:[^，,。；;：:、“”\"（）()]{1,20}、)+"
			+ "|(?:与|和|及|、)[^，,。；;：:、“”\"（）()与和及]{0,8}(?:企业|院校|高校|单位|机构|协会|学校|院所)(?:和|与|及|以及|、)");

	// A和“跨区域、面向全行业”的B: a quoted description of the next item stands inside the list
	// (so does an epithet: A与“中国丝绸工业活化石”南充某集团)
	private static final Pattern DESCRIBED_NEXT = Pattern.compile("(?:和|与|及|以及|、)[“\"][^”\"]{1,24}[”\"]的?");

	// A（简称：B）、C: the short name's definition stands inside the list, not between two
	static String withoutDefinition(String between) {
		return DEFINITION.matcher(WHEN.matcher(between).replaceFirst("")).replaceFirst("");
	}

	// A今(31日)与B签署: when it happened, said between the two
	private static final Pattern WHEN = Pattern.compile("^(?:今|昨|今天|昨天|近日|日前)[（(]\\d{1,2}日[）)]");

	/**
	 * The lists of a sentence: mentions joined by 、, 和, 与 … are read together; a mention
	 * (双方) standing for two organisations is two members at one place.
	 */
	static List<MentionGroup> of(String s, List<Mention> units) {
		List<List<Mention>> lists = new ArrayList<>();
		List<Mention> current = new ArrayList<>();
		for (Mention m : units) {
			if (!current.isEmpty()) {
				Mention last = current.get(current.size() - 1);
				int next = startOf(s, m);
				boolean together = last.start() == m.start() && last.end() == m.end()
						|| last.end() <= next && joins(s.substring(last.end(), next))
						|| last.end() <= next && speaksForItself(s.substring(last.end(), next), last, m);
				if (together && reliedOnBeforePartner(s, current.get(0), last, m)) {
					together = false;
				}
				if (!together && ownedBy(s, last, m)) {
					// (A与某集团的某智家合作: the company after 的 is the party, the group named
					// to say whose is not)
					current.remove(current.size() - 1);
					together = true;
				}
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
		List<MentionGroup> groups = new ArrayList<>();
		for (int i = 0; i < lists.size(); i++) {
			List<Mention> members = lists.get(i);
			int previousEnd = (i > 0) ? lists.get(i - 1).get(lists.get(i - 1).size() - 1).end() : 0;
			// 湖北某学院经济管理学院 after the page named 某学院: the college's host is the list before
			// it, so the college starts where that list ends (lists never overlap)
			int start = Math.max(startOf(s, members.get(0)), previousEnd);
			int end = Math.max(members.get(members.size() - 1).end(), start);
			int nextStart = (i + 1 < lists.size()) ? startOf(s, lists.get(i + 1).get(0)) : s.length();
			groups.add(new MentionGroup(List.copyOf(members), start, end,
					s.substring(Math.min(previousEnd, start), start), s.substring(end, Math.max(end, nextStart))));
		}
		return commaBeforeJointVerb(s, countedAcrossComma(groups));
	}

	/** After a list, how many parties it names: 三方, 等四方. */
	private static final Pattern PARTIES_COUNTED = Pattern.compile("^(?:等)?([两二三四五六七八九十])方");

	/**
	 * 由A、B，C三方共建: a comma typed for 、 inside a list the count after it closes; the two
	 * groups are one list where their members make the count.
	 */
	private static List<MentionGroup> countedAcrossComma(List<MentionGroup> groups) {
		List<MentionGroup> merged = new ArrayList<>(groups);
		for (int i = 0; i + 1 < merged.size(); i++) {
			MentionGroup a = merged.get(i);
			MentionGroup b = merged.get(i + 1);
			Matcher counted = PARTIES_COUNTED.matcher(b.after());
			if (!a.after().matches("[，,]") || !counted.lookingAt()) {
				continue;
			}
			if (Coreference.count(counted.group(1)) != a.members().size() + b.members().size()) {
				continue;
			}
			merged.set(i, joined(a, b));
			merged.remove(i + 1);
		}
		return merged;
	}

	/** Two lists one after the other, read as one. */
	private static MentionGroup joined(MentionGroup a, MentionGroup b) {
		List<Mention> members = new ArrayList<>(a.members());
		members.addAll(b.members());
		return new MentionGroup(List.copyOf(members), a.start(), b.end(), a.before(), b.after());
	}

	/**
	 * 2024年，A,B和C共同发起成立Z: a comma typed for 、 between a list that stands alone in its
	 * clause and the list that goes on to do something together; the two are one list.
	 */
	private static List<MentionGroup> commaBeforeJointVerb(String s, List<MentionGroup> groups) {
		List<MentionGroup> merged = new ArrayList<>(groups);
		// (from the right, so that A,B,C共同 becomes one list)
		for (int i = merged.size() - 2; i >= 0; i--) {
			MentionGroup a = merged.get(i);
			MentionGroup b = merged.get(i + 1);
			if (!a.after().matches("[，,]") || !JOINT_VERB_NEXT.matcher(b.after()).lookingAt()
					|| !OPENING_ONLY.matcher(s.substring(Clauses.phraseStart(s, a.start()), a.start())).matches()) {
				continue;
			}
			merged.set(i, joined(a, b));
			merged.remove(i + 1);
		}
		return merged;
	}

	private static final Pattern JOINT_VERB_NEXT = Pattern
		.compile("^" + RelationCues.LIST_CLOSED + "(?:共同|联合)(?:发起|牵头|成立|组建|共建|建设|打造|签署|签订|设立)");

	// what may stand before such a list in its clause: nothing, or when
	private static final Pattern OPENING_ONLY = Pattern
		.compile("^\\s*(?:(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:上午|下午)?|近日|日前|近期)?\\s*$");

	/**
	 * 某大学依托某学院（某学院）与某公司签约: what the subject relies on (依托) is not in a list with the
	 * partner it signs with.
	 */
	private static boolean reliedOnBeforePartner(String s, Mention relied, Mention last, Mention partner) {
		return RELIED_ON.matcher(s.substring(0, relied.start())).find() && partner.start() > last.end()
				&& s.substring(last.end(), partner.start()).strip().matches("[）)]?与")
				&& PARTNER_VERB_NEXT.matcher(s.substring(partner.end())).lookingAt();
	}

	private static final Pattern RELIED_ON = Pattern.compile(RelationCues.RELIES_ON + "$");

	private static final Pattern PARTNER_VERB_NEXT = Pattern.compile("(?:正式|成功)?(?:签约|签订|签署|合作|共建|联合|携手|开展|举行)");

	/** 某集团的某公司: a company named with the company that owns it. */
	private static boolean ownedBy(String s, Mention owner, Mention m) {
		return owner.end() + 1 == m.start() && s.charAt(owner.end()) == '的' && owner.org() != null && m.org() != null
				&& owner.org().kind() == OrgKind.ENTERPRISE && m.org().kind() == OrgKind.ENTERPRISE;
	}

	/** Whether the words between two mentions join them into one list. */
	private static boolean joins(String between) {
		// (A 、B: a list's mark with a stray space beside it joins all the same)
		return RelationCues.JOINER.matcher(withoutDefinition(between).strip()).matches()
				|| QUOTED_NEXT.matcher(between).matches() || UNNAMED_BETWEEN.matcher(between).matches()
				|| DESCRIBED_NEXT.matcher(between).matches() || OFFICER_JOINS.matcher(between).matches()
				|| TEAM_JOINS.matcher(between).matches();
	}

	/**
	 * A某教授团队与B: a team of one, named by its head, joins it to the one after, as A与B does.
	 */
	private static final Pattern TEAM_JOINS = Pattern
		.compile("^[\\u4e00-\\u9fa5]{2,3}(?:教授|博士|院士|研究员|老师)?(?:团队|课题组)(?:与|和|同)$");

	/**
	 * A院长某代表学校: the officer of one speaks for it, named again (学校 is A, or the reporting
	 * school where the page names none).
	 */
	private static boolean speaksForItself(String between, Mention last, Mention m) {
		boolean same = last.org() != null && (m.org() != null && last.org().id().equals(m.org().id())
				|| m.org() == null && m.source() == Mention.Source.REPORTER);
		return same && OFFICER_FOR.matcher(between).matches();
	}

	private static final Pattern OFFICER_FOR = Pattern.compile("^" + RelationCues.BYLINE + "代表$");

	/**
	 * A院长某（代表学校）与B: the officer who speaks for the one before joins it to the one after,
	 * as A与B does.
	 */
	private static final Pattern OFFICER_JOINS = Pattern
		.compile("^" + RelationCues.BYLINE + "(?:代表(?:学校|学院|公司|集团|企业|单位|校方|企业方|本校|该校|我校))?(?:与|和|同|、)$");

	// 某集团与东陵大学某学院: a college named after its host starts where the host's name does
	private static int startOf(String s, Mention m) {
		if (m.host() != null) {
			String host = m.host().name();
			int at = m.start() - host.length();
			if (at >= 0 && s.startsWith(host, at)) {
				return at;
			}
			// (某大学(简称:某大)某学院: and the school's short name in brackets between)
			int open = Math.max(s.lastIndexOf('（', m.start() - 1), s.lastIndexOf('(', m.start() - 1));
			int hostAt = open - host.length();
			if (open >= 0 && hostAt >= 0 && s.startsWith(host, hostAt)
					&& Clauses.BRACKET_BETWEEN.matcher(s.substring(open, m.start())).matches()) {
				return hostAt;
			}
		}
		return m.start();
	}

}
