package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;

import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Who does what a clause says when the clause names no one: the sentence's subject (after
 * a time or an occasion that opens it, with those 与 joins to it), the reporting
 * organisation, or the last sentence's subject.
 */
final class Subjects {

	private final DocumentContext context;

	Subjects(DocumentContext context) {
		this.context = context;
	}

	/**
	 * The subject of a sentence whose clause leaves it out: the first group, when it
	 * opens the sentence; else the reporting organisation; else the last sentence's
	 * subject.
	 */
	List<Mention> sentenceSubjects(String s, List<MentionGroup> groups) {
		MentionGroup first = openingSubject(s, groups);
		if (first != null) {
			// A与B及C签署协议，三方…，共建Z: all of them (A与B沟通协作，联合多家单位，发起成立Z: A
			// consults B and goes on alone)
			List<Mention> members = new ArrayList<>(
					CONSULTS.matcher(first.after()).lookingAt() ? beforeWith(s, first.members()) : first.members());
			int i = groups.indexOf(first);
			if (i + 1 < groups.size() && RelationCues.intendsWith(s, first, groups.get(i + 1))) {
				// A希望与B携手，…共建Z: B as well
				members.addAll(groups.get(i + 1).members());
			}
			return Clauses.distinct(members);
		}
		if (this.context.reporter != null) {
			return List.of(new Mention(0, 0, null, this.context.reporter, Source.REPORTER));
		}
		if (s.startsWith("与") && this.context.lastSubjects.size() > 1) {
			// A与B签署协议…。与C合作，共建Z: the one who goes on is the subject, not the one it
			// joined
			return this.context.lastSubjects.subList(0, 1);
		}
		return this.context.lastSubjects;
	}

	/**
	 * A verb of consulting that closes the clause of a list joined by 与, the next clause
	 * not said of them together: 沟通协作，联合… (not 沟通，共同发起…).
	 */
	private static final java.util.regex.Pattern CONSULTS = java.util.regex.Pattern
		.compile("(?:深入|充分|积极|多次|反复|密切)?(?:沟通|协商|对接|协调|洽谈|磋商|商议)(?:协作|协调|对接|交流)?[，,](?!共同|双方|三方|多方|各方|携手|一起)");

	/** The list that opens a sentence as its subject, or null. */
	private static MentionGroup openingSubject(String s, List<MentionGroup> groups) {
		if (groups.isEmpty()) {
			return null;
		}
		MentionGroup first = groups.get(0);
		if (OWNER.matcher(first.after()).matches() && groups.size() > 1
				&& groups.get(1).before().equals(first.after())) {
			first = groups.get(1); // 某集团旗下A与B签署…，共建Z: A and B, not their owner
		}
		if (PURPOSES.matcher(s).lookingAt()) {
			// 为深入贯彻…，落实中办、国办《…》要求，加快推进…，A与B…: clauses of purpose (the names
			// inside them open no clause), then the subject that opens its clause
			for (MentionGroup g : groups.subList(groups.indexOf(first), groups.size())) {
				if (PURPOSES.matcher(s.substring(0, g.start())).matches() && opens(g)) {
					return g;
				}
			}
		}
		if (PURPOSE.matcher(s.substring(0, first.start())).lookingAt()) {
			// 为贯彻落实党中央、国务院…部署，A作为…，牵头成立Z: the names of a purpose that opens
			// the sentence are not its subject; the first name after it may be
			int comma = Clauses.clauseEnd(s, first.end());
			MentionGroup after = groups.stream().filter((g) -> g.start() > comma).findFirst().orElse(null);
			return (after != null && opens(after)
					&& OPENING_WORDS.matcher(s.substring(Math.min(comma + 1, after.start()), after.start())).matches())
							? after : null;
		}
		// (与某知名企业A签约共建，成立Z: who A builds with is left out, A is not the subject)
		return (opens(first) && OPENING.matcher(s.substring(0, first.start())).matches() && !opensWithWith(s)) ? first
				: null;
	}

	private static boolean opens(MentionGroup first) {
		return !first.isPlace() && !first.isBase() && !first.isGuide()
				&& !RelationCues.WITH.matcher(first.before()).find() && (!first.isPlatform() || actsItself(first));
	}

	/** A sentence that opens with 与 or 同: its subject is left out. */
	private static final java.util.regex.Pattern WITH_OPENING = java.util.regex.Pattern.compile("(?:与|同|跟)");

	/** Whether a sentence opens with 与, 同 or 跟, its subject left out (与某企业签约共建…). */
	static boolean opensWithWith(String s) {
		return WITH_OPENING.matcher(s).lookingAt();
	}

	/** How a clause of purpose opens: 为深入贯彻, 为了落实, 为加快. */
	private static final String PURPOSE_OPENS = "(?:为了|为)(?:深入|全面|认真|进一步)?(?:贯彻|落实|深化|推进|推动|加快|服务|促进|助力|响应)";

	/** A purpose that opens a sentence, before its first comma: 为贯彻落实, 为了深化. */
	private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile(PURPOSE_OPENS + "[^，,。；]*$");

	/** Clauses of purpose, whole, before the subject: 为深入贯彻…，落实…要求，加快推进…， */
	private static final java.util.regex.Pattern PURPOSES = java.util.regex.Pattern
		.compile(PURPOSE_OPENS + "[^。；]*[，,]");

	/**
	 * The words between an opening clause and the subject (同时, 学校于): a few, no clause.
	 */
	private static final java.util.regex.Pattern OPENING_WORDS = java.util.regex.Pattern.compile("[^，。；了]{0,12}");

	private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("旗下(?:的)?");

	/**
	 * 某考试中心作为主力军，牵头成立Z: an institute that opens the sentence and goes on with a clause of
	 * its own before the verb is its subject, as a school would be (not Z，由A牵头, nor
	 * Z于2023年成立).
	 */
	private static boolean actsItself(MentionGroup first) {
		if (first.members().stream().allMatch((m) -> m.org().kind() == OrgKind.COMMUNITY)) {
			return COMMUNITY_ACTS.matcher(first.after()).lookingAt();
		}
		return first.members().stream().allMatch((m) -> m.org().kind() == OrgKind.RESEARCH_INSTITUTE)
				&& ACTS_ITSELF.matcher(first.after()).lookingAt();
	}

	private static final java.util.regex.Pattern ACTS_ITSELF = java.util.regex.Pattern
		.compile("(?:作为|积极作为|是)[^，,。；由]{1,20}[，,]");

	/**
	 * 某职教集团启动实体化运作，注册成立Z; 集团成立以来，…，先后成立Z: a group or an alliance that opens the sentence
	 * with a clause of what it does, or since when, does the verb that opens a later
	 * clause (not Z于2023年成立，由A牵头, nor Z由A、B组成，…: what is founded or made up).
	 */
	private static final java.util.regex.Pattern COMMUNITY_ACTS = java.util.regex.Pattern
		.compile("(?:成立以来|成立(?:\\d+|[一二三四五六七八九十]+)(?:多)?年(?:以)?来|(?:启动|树立|坚持|围绕|聚焦|立足|推行|实施|探索|积极|先后|不断)"
				+ "[^，,。；由被于的]{1,20})[，,]");

	/**
	 * Who does what a list after 与 does when its clause names no subject: in 与A共建Z
	 * opening the sentence, the reporting organisation or the last sentence's subject; in
	 * S与A共建Y，与B共建Z, the sentence's subject S.
	 */
	List<Mention> omittedSubjects(String s, MentionGroup g, List<MentionGroup> groups) {
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
			if (members.get(i).start() < members.get(i - 1).end()) {
				continue; // 双方: two organisations at the same words
			}
			if (JOINED.matcher(s.substring(members.get(i - 1).end(), members.get(i).start())).matches()) {
				return members.subList(0, i);
			}
		}
		return members;
	}

	/** A clause that opens with 与: …，与A共建Z. */
	private static final java.util.regex.Pattern ELIDED_WITH = java.util.regex.Pattern
		.compile("[，,；;](?:还|又|也|并|同时|分别|先后)?(?:与|同)$");

	/**
	 * Before a sentence's subject: a few words, after a time that opens the sentence or a
	 * clause of purpose or circumstance (面对…的困境，A牵头…; 为服务某产业，A…).
	 */
	private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern
		.compile("(?:(?:近日|日前|近期|目前|此外|同时|据悉|据了解|今年以来|[^，。；]{0,10}(?:[年月日]|会上|仪式上|活动上|期间)"
				+ "|(?:面对|面向|为了|为|随着|围绕|针对|立足|基于|聚焦|按照|根据)[^，。；]{2,60})[，,])?[^，。；了]{0,12}");

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
		int clauseStart = Clauses.clauseStart(s, g.start());
		for (MentionGroup x : groups) {
			if (x != g && x.end() <= g.start() && x.start() >= clauseStart && !x.isPlace() && !x.isGuide()
					&& !x.isBase()) {
				return false;
			}
		}
		return true;
	}

}
