package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.RelationCues.Founding;

/**
 * The founding verbs of a sentence ({@link RelationCues#FOUNDING}) and which list does
 * each: the first verb after a list in its clause, or at the start of the next clause
 * when the list is all its clause holds; a verb that opens its clause is done by the
 * sentence's subject.
 */
final class FoundingCues {

	/** A founding verb where a sentence has it, and how it casts who does it. */
	record Cue(int start, int end, Founding founding) {
	}

	/**
	 * 举行 before what is unveiled or signed in the same clause: 举行Z揭牌仪式 (not 举行Z冠名签约仪式: a
	 * name given to what exists).
	 */
	private static final Pattern UNVEILING = Pattern
		// (举行了企业加入某联盟签约仪式: a ceremony of joining builds nothing)
		.compile("举行(?:了)?(?![^，。；]{0,12}?加入)(?=[^，。；]{2,60}?(?<!冠名|命名)(?:揭牌|签约|成立|启动|授牌)+(?:暨[^，。；]{1,12})?仪式)");

	/** The rest of a clause that is an agreement: 签署战略合作协议, 达成合作意向. */
	private static final Pattern AGREED = Pattern
		.compile("[^，。；]{0,16}?(?:" + RelationCues.AGREEMENT.pattern() + ")[^，。；]{0,24}");

	/**
	 * 签署“某产业学院”共建协议, 签署“某大学科技园共建协议”: the platform in quotes, the agreement's kind after
	 * them or inside them.
	 */
	private static final Pattern QUOTED_AGREEMENT = Pattern
		.compile("“[^”]{2,40}?" + MentionFinder.AGREED_PLATFORM + "(?:”(?:" + MentionFinder.CO_BUILDING
				+ ")(?:框架)?(?:协议|合同|备忘录)|(?:" + MentionFinder.CO_BUILDING + ")(?:框架)?(?:协议|合同|备忘录)(?:书)?”)");

	/**
	 * 签署某智能制造公共实训中心协议, 签署某产业学院合作协议, 签署某国鲁班工坊建设合作谅解备忘录: an agreement named, without quotes
	 * or brackets, by the platform it is about.
	 */
	private static final Pattern BARE_AGREEMENT_ON = Pattern.compile("[^，。；《》“”]{2,40}?" + MentionFinder.AGREED_PLATFORM
			+ "(?:" + MentionFinder.CO_BUILDING + "|建设合作|建设|合作|战略合作)?(?:框架)?(?:谅解)?(?:协议|合同|备忘录)书?");

	/**
	 * 共同举办某联合体2025年工作推进大会: what is held together is a meeting, though a platform's name
	 * opens its name (共同举办 a school runs it).
	 */
	private static final Pattern HELD_EVENT = Pattern
		.compile("[^，。；]{0,40}?(?:大会|会议|论坛|峰会|年会|研讨会|活动|比赛|大赛|竞赛|展览|展会|培训班|讲座|仪式|典礼|交流会|对接会)");

	/** Signing, before the title of what is signed. */
	static final Pattern SIGNED = Pattern.compile("(?:签订|签署|签定|签约)了?");

	/** 启动 before what is prepared or built in the same clause: 启动Z筹备计划. */
	private static final Pattern LAUNCH = Pattern.compile("启动(?=[^，。；]{2,40}?(?:筹备|筹建)(?:计划|工作)?)");

	/**
	 * 由A倡议，联合B、C组建: who proposed a platform, then joined others to found it, initiates it
	 * (not 发出倡议, a call made); 由A提出倡议，B、C共同发起 (B、C作为首批发起单位): the same, with those who
	 * initiate it after it.
	 */
	private static final Pattern PROPOSED = Pattern
		.compile("(?<=由[^，。；]{2,40}?)(?:提出)?倡议(?=[，,]?(?:联合|携手|会同)|[，,][^，。；]{2,60}?(?:(?:共同|联合)发起|作为(?:首批)?发起单位))");

	/**
	 * Before a quoted platform that a pair named before it unveils: A与B“Z”揭牌仪式, also with
	 * the platform's short name defined after it (“Z”（以下简称“z”）签约暨揭牌仪式: masked as a
	 * barrier, ｜).
	 */
	private static final Pattern PAIR_UNVEILS = Pattern
		.compile("(?<=[与和][^，。；“”「」]{2,20})(?=[“「][^”」，。；]{2,40}[”」]｜*(?:揭牌|签约|成立)(?:暨[^，。；]{1,8})?仪式)");

	/** 为A与B“X”和“Y”揭牌: a pair's quoted platforms that someone unveils for them. */
	private static final Pattern PAIR_UNVEILED_FOR = Pattern
		.compile("(?<=为[^，。；“”「」]{2,20}[与和][^，。；“”「」]{2,20})(?=(?:[“「][^”」，。；]{2,40}[”」](?:、|和|及|与)?)+(?:揭牌|授牌))");

	/**
	 * Cues that are a context, not a word: A与B举行Z揭牌仪式 (those who hold a platform's
	 * unveiling found it together), A、B联合C…，启动Z筹备计划 (those who launch its preparation
	 * initiate it), A与B“Z”揭牌暨签约仪式 (the pair's platform, unveiled; the cue is the empty
	 * place before the quotation).
	 */
	/**
	 * Z由A牵头，B等50家单位参与: 参与 closing a clause after the units counted takes part in what the
	 * clause before founds, or in the platform right after 的 (由A牵头，B等30家单位参与的Z); 参与活动
	 * takes part in something else.
	 */
	private static final Pattern TAKE_PART = Pattern.compile("(?<=单位|企业|院校|高校|机构|成员)(?:共同|积极)?参与(?=[，。；,;]|$|的)");

	/** A与B开展实训基地建设: the two build the base the document named. */
	private static final Pattern BUILDING_OF_ONE_NAMED = Pattern
		.compile("(?:共同|联合)?开展(?=(?:实训基地|实践基地|实习基地|产业学院|联合实验室)建设)");

	/**
	 * A、B积极推进在中央高校建设Z, 在企业建设: where bodies of a kind build it, the subject pushes for it
	 * and builds nothing (在某区共建Z: a place, where the subject builds it).
	 */
	private static final Pattern AT_BODIES_OF_A_KIND = Pattern.compile("在[\\u4e00-\\u9fa5]{0,6}(?:高校|院校|学校|企业|单位)$");

	/** A与B合作推进某研发平台建设: pushing the building of a named platform together builds it. */
	private static final Pattern JOINT_PUSH = Pattern
		.compile("(?:合作|共同|联合)推进(?=[^，。；“”]{2,40}?(?:平台|中心|研究院|基地|学院|实验室)建设)");

	/**
	 * 通过Z的成立: the founding spoken of as a thing, done by no one in the clause.
	 */
	static final Pattern FOUNDING_AS_A_THING = Pattern.compile("的(?:正式|揭牌)?(?:成立|组建|设立)");

	/**
	 * Z是由A、B于2011年获批建设: those after 由 were given leave to build Z and built it (A获批建设某基地
	 * alone names a grant).
	 */
	private static final Pattern LEAVE_TO_BUILD_BY = Pattern.compile("(?=获批建设)(?<=由[^，。；]{1,80})获批建设(?=[，,。；;]|$)");

	/** Who stand for the leads, after 牵头: 企业代表, 单位负责人. */
	private static final Pattern LEADS_PEOPLE = Pattern.compile("(?:企业|单位|学校|院校|高校|园区)(?:的)?(?:代表|负责人|领导|同志|人员)");

	private static final List<Map.Entry<Pattern, Founding>> PATTERN_CUES = List.of(
			Map.entry(BUILDING_OF_ONE_NAMED, Founding.COBUILD), Map.entry(JOINT_PUSH, Founding.COBUILD),
			Map.entry(UNVEILING, Founding.COBUILD), Map.entry(LAUNCH, Founding.INITIATE),
			Map.entry(PROPOSED, Founding.INITIATE), Map.entry(PAIR_UNVEILS, Founding.COBUILD),
			Map.entry(PAIR_UNVEILED_FOR, Founding.COBUILD), Map.entry(TAKE_PART, Founding.PARTAKE),
			Map.entry(LEAVE_TO_BUILD_BY, Founding.COBUILD));

	private FoundingCues() {
	}

	static List<Cue> cues(String sentence) {
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
				if (!free || isEventWord(s, at + word.length()) || s.substring(0, at).matches(".*(批准|同意|备案|获批|获准)$")
						|| word.endsWith("举办")
								&& HELD_EVENT.matcher(s).region(at + word.length(), s.length()).lookingAt()
						|| s.substring(0, at).endsWith("关于") && word.matches("成立|组建|设立|筹建")
						|| word.equals("牵头") && at > 0 && "及和与、".indexOf(s.charAt(at - 1)) >= 0
								&& LEADS_PEOPLE.matcher(s).region(at + word.length(), s.length()).lookingAt()
						|| e.getValue() == Founding.ESTABLISH
								&& (s.startsWith("有", at + word.length()) || isSpokenOf(s, at, at + word.length()))
						|| at > 0 && FOUNDING_AS_A_THING.matcher(s).region(at - 1, at + word.length()).matches()) {
					// 同意成立Z approves it; 关于成立Z的批复 is a document about it (an agreement
					// 关于建设Z builds it); 学院建设有某中心 says what it has, as 建有; 与园区及牵头企业代表
					// 召开 names who came, leading nothing
					continue;
				}
				for (int i = at; i < at + word.length(); i++) {
					taken[i] = true;
				}
				cues.add(new Cue(at, at + word.length(), e.getValue()));
			}
		}
		Matcher signed = SIGNED.matcher(sentence);
		while (signed.find()) {
			Matcher title = MentionFinder.AGREEMENT_ON.matcher(sentence).region(signed.end(), sentence.length());
			Matcher quoted = QUOTED_AGREEMENT.matcher(sentence).region(signed.end(), sentence.length());
			Matcher bare = BARE_AGREEMENT_ON.matcher(sentence).region(signed.end(), sentence.length());
			if (title.lookingAt() || quoted.lookingAt() || bare.lookingAt()) {
				// A与B签订《Z共建协议》: the signers build Z, named in the title after the cue (a
				// school named so is no platform, and the founding reader leaves it)
				cues.add(new Cue(signed.end(), signed.end(), Founding.COBUILD));
			}
		}
		for (Map.Entry<Pattern, Founding> e : PATTERN_CUES) {
			Matcher m = e.getKey().matcher(s);
			while (m.find()) {
				cues.add(new Cue(m.start(), m.end(), e.getValue()));
			}
		}
		cues.sort(java.util.Comparator.comparingInt(Cue::start));
		return cues;
	}

	private static final Pattern PROJECT_NAMED = Pattern.compile("项目(?:——|—|：|:)");

	/**
	 * 将建设某产业学院作为抓手, 认识到，建设某共同体是…: building spoken of as a task or a thought — the object
	 * of 将 or 把 that 作为 takes up, or a clause that opens with the verb after one of
	 * knowing or saying — founds nothing.
	 */
	private static boolean isSpokenOf(String s, int at, int end) {
		String before = s.substring(0, at);
		if (before.endsWith("将") || before.endsWith("把")) {
			int clause = Clauses.clauseEnd(s, end);
			return s.substring(end, clause).contains("作为");
		}
		return THOUGHT_BEFORE.matcher(before).find();
	}

	/** A clause of knowing or saying right before the verb: 深刻认识到，. */
	private static final Pattern THOUGHT_BEFORE = Pattern.compile("(?:认识到|意识到|认为|坚信|深知)[，,：:]$");

	// 成立大会, 建设项目, 建设点: the verb names an event or a thing, founds nothing here
	static boolean isEventWord(String s, int end) {
		if (PROJECT_NAMED.matcher(s).region(end, s.length()).lookingAt()) {
			return false; // 共建项目——Z: the project is the platform named after it
		}
		return RelationCues.NOT_AN_OBJECT_AFTER.stream().anyMatch((w) -> s.startsWith(w, end))
				|| s.startsWith("于19", end) || s.startsWith("于20", end);
	}

	/**
	 * The founding verb a group does: the first one after it in its clause, or at the
	 * start of the next clause (A联合B、C，共同发起成立Z).
	 */
	static Cue governingCue(String s, MentionGroup g, List<Cue> cues) {
		int clauseEnd = Clauses.clauseEnd(s, g.end());
		if (RelationCues.CO.matcher(g.before()).find()) {
			// 联合了A、B，以及C等联合组建: those joined do the verb that ends the list, in the next
			// clause at the farthest
			int sentenceEnd = s.indexOf('。', g.end());
			int nextClauseEnd = (clauseEnd < s.length()) ? Clauses.clauseEnd(s, clauseEnd + 1) : clauseEnd;
			clauseEnd = Math.min((sentenceEnd < 0) ? s.length() : sentenceEnd, nextClauseEnd);
		}
		// A与B战略合作协议暨C、D共建Z: the agreement's parties do not do what follows 暨
		Matcher joint = AGREEMENT_THEN.matcher(s).region(g.end(), clauseEnd);
		if (joint.find()) {
			clauseEnd = joint.start() + joint.group().length() - 1;
		}
		// 双方共建Z、共建W: what one verb builds does not do the verb listed after it
		boolean built = cues.stream().anyMatch((c) -> builds(s, c, g));
		for (Cue cue : cues) {
			if (cue.start() >= g.end() && cue.start() < clauseEnd) {
				// 分别是：依托A组建的Z、依托B组建的W: Z is an item of the list, not who builds W
				return (built && listedAfter(s, g, cue)
						|| AT_BODIES_OF_A_KIND.matcher(s).region(g.end(), cue.start()).find()
						|| LIST_OF_BASED.matcher(s).region(g.end(), cue.start()).lookingAt()) ? null : cue;
			}
		}
		boolean opensItsClause = g.before().isEmpty()
				|| RelationCues.CLAUSE_ENDS.indexOf(g.before().charAt(g.before().length() - 1)) >= 0
				|| RelationCues.BY.matcher(g.before()).find();
		boolean joins = RelationCues.CO.matcher(g.before()).find() || RelationCues.WITH.matcher(g.before()).find();
		// A、B与C“政校企”联手，在某地启动建设Z: joining hands, they do the next clause's verb
		// A与B签署合作协议，并成立Z: an agreement and then what it founds
		String rest = s.substring(g.end(), clauseEnd);
		boolean nothingElse = rest.matches("(?:等[^，。；]{0,12})?") || joinHands(s, g)
				|| g.members().size() > 1 && (AGREED.matcher(rest).matches() || MET.matcher(rest).matches())
				|| JOINS_UNNAMED.matcher(rest).matches()
				// (…，B副总裁某等签订合作备忘录，共建Z: the last of the bodies whose officers sign)
				|| OFFICER_AGREED.matcher(rest).matches();
		if ((opensItsClause && nothingElse || joins) && clauseEnd < s.length()
				&& RelationCues.CLAUSE_ENDS.indexOf(s.charAt(clauseEnd)) >= 0 && s.charAt(clauseEnd) != '。') {
			String next = s.substring(clauseEnd + 1);
			// (A与B召开座谈会，并签订了共建Z的协议: what the agreement signed next founds)
			int opening = leadingAdverbs(next);
			Matcher signs = SIGNS.matcher(next).region(opening, next.length());
			int upTo = signs.lookingAt() ? signs.end() + leadingAdverbs(next.substring(signs.end())) : opening;
			for (Cue cue : cues) {
				if (cue.start() >= clauseEnd + 1 && cue.start() <= clauseEnd + 1 + upTo) {
					return cue;
				}
			}
		}
		return relativeNext(s, g, clauseEnd, opensItsClause, cues);
	}

	/** A meeting two hold before they sign: 召开产学研合作座谈会, 举行会谈. */
	private static final Pattern MET = Pattern.compile("(?:召开|举行|举办)(?:了)?[^，。；]{0,16}?(?:座谈会|会谈|会议|洽谈会|对接会|交流会|协商会)");

	/** Signing, before what the agreement founds: 签订了(共建Z的协议). */
	private static final Pattern SIGNS = Pattern.compile("(?:签订|签署|签定)(?:了)?");

	/** The next item of a list of platforms each named with its base: 、依托某大学组建的. */
	private static final Pattern LIST_OF_BASED = Pattern.compile("[”\"」]?、依托");

	/** An agreement named, then 暨 and another act: 战略合作协议暨. */
	private static final Pattern AGREEMENT_THEN = Pattern.compile("(?:协议|合同|备忘录)(?:书)?暨");

	/**
	 * The cue that opens the clause after a cue's own (A与B共同投资1200万元，共建Z: 共建), or null.
	 */
	static Cue openingNextClause(String s, Cue cue, List<Cue> cues) {
		int clauseEnd = Clauses.clauseEnd(s, cue.end());
		if (clauseEnd >= s.length() || s.charAt(clauseEnd) == '。'
				|| RelationCues.CLAUSE_ENDS.indexOf(s.charAt(clauseEnd)) < 0) {
			return null;
		}
		int from = clauseEnd + 1 + leadingAdverbs(s.substring(clauseEnd + 1));
		return cues.stream().filter((c) -> c.start() >= clauseEnd + 1 && c.start() <= from).findFirst().orElse(null);
	}

	/** An officer who signs for the body named before: 副总裁某等签订合作备忘录. */
	private static final Pattern OFFICER_AGREED = Pattern
		.compile("(?:" + RelationCues.BYLINE + ")(?:等)?(?:共同)?" + AGREED.pattern());

	/**
	 * A、B联合其他行业组织、学校等138家单位，共同组建Z: those joined are not named, so the list does the next
	 * clause's verb.
	 */
	private static final Pattern JOINS_UNNAMED = Pattern
		.compile("(?:联合|携手|会同)(?:了)?[^，,。；;“”]{0,40}(?:单位|企业|院校|高校|机构|学校|组织|协会|学会|成员|幼儿园|医院)");

	/**
	 * 某大学构建了…路径，牵头建设的“Z”成为…: a clause that opens with a verb of founding and 的, with no
	 * subject of its own, is said of the subject that opened the clause before.
	 */
	private static Cue relativeNext(String s, MentionGroup g, int clauseEnd, boolean opensItsClause, List<Cue> cues) {
		if (!opensItsClause || clauseEnd >= s.length() || s.charAt(clauseEnd) == '。'
				|| RelationCues.CLAUSE_ENDS.indexOf(s.charAt(clauseEnd)) < 0) {
			return null;
		}
		for (Cue cue : cues) {
			if (cue.start() == clauseEnd + 1 && cue.end() < s.length() && s.charAt(cue.end()) == '的'
					&& cue.founding() != Founding.INITIATE) {
				return cue;
			}
		}
		return null;
	}

	/**
	 * A、B与C“政校企”联手，…: a list that joins hands and does the next clause's verb together.
	 */
	static boolean joinHands(String s, MentionGroup g) {
		return s.substring(g.end(), Clauses.clauseEnd(s, g.end()))
			.matches("(?:“[^”]{1,8}”)?(?:三方|双方|多方|各方)?(?:联手|携手|强强联合|(?:深度|深入|紧密|密切)合作)");
	}

	static int leadingAdverbs(String clause) {
		Matcher m = Pattern.compile("^(?:在[^，。；“”]{1,8}?(?=启动|共同|联合|一起|携手|合作|正式|成立|设立|组建|创建|创办))?"
				// (…，按照“自愿、平等”的原则组建Z: the way it is done, before the verb)
				// (…，以混合所有制方式组建Z: so too the manner it is done in)
				+ "(?:(?:按照|本着|遵循|依照|秉持|秉承)[^，。；]{1,40}?(?:原则|理念|思路|要求|模式|方式)|以[^，。；]{1,20}?(?:方式|模式|形式))?"
				// (…，将高水平共建Z: how well it is to be built)
				+ "(?:并|还|将|已|正式|共同|联合|一起|携手|合作|启动|高水平|高标准|高质量|高起点)*")
			.matcher(clause);
		return m.find() ? m.end() : 0;
	}

	/** Whether a verb opens its clause: nothing but adverbs before it in the clause. */
	static boolean opensClause(String s, Cue cue, List<MentionGroup> groups) {
		int start = Clauses.phraseStart(s, cue.start());
		if (groups.stream().anyMatch((g) -> g.start() >= start && g.start() < cue.start())) {
			return false;
		}
		return s.substring(start, cue.start())
			.matches(
					"(?:其|所|在此基础上|在此基础之上|在|并|还|又|也|先后|相继|陆续|积极|同时|正式|共同|并且|进而|随后|此后|进一步|将|已|已经|曾|继续|大力|率先|成功|近年来|近几年|多年来|此前|\\d{4}\\s*年|\\s"
							// (推进产教融合共建Z: the verb the subject advances)
							+ "|(?:深入|深度|加快|全面)?(?:推进|推动)(?:产教融合|校企合作|深度合作)?"
							// (在某区共建Z: where the subject builds it)
							+ "|在[\\u4e00-\\u9fa5]{2,8}?)*")
				&& !AT_BODIES_OF_A_KIND.matcher(s).region(start, cue.start()).find();
	}

	/**
	 * Whether {@code g} is what {@code cue} builds: right after it (了 or a quote
	 * between).
	 */
	static boolean builds(String s, Cue cue, MentionGroup g) {
		return cue.end() <= g.start() && s.substring(cue.end(), g.start()).matches("了?[“\"「]?");
	}

	/**
	 * Whether {@code cue} is the next verb of a series listed after {@code g} (共建Z、共建W).
	 */
	static boolean listedAfter(String s, MentionGroup g, Cue cue) {
		return g.end() <= cue.start() && s.substring(g.end(), cue.start()).matches("[”\"」]?、");
	}

	static boolean cueInClause(String s, MentionGroup g, Cue cue) {
		return cue.start() >= g.end() && cue.start() < Clauses.clauseEnd(s, g.end());
	}

	// A携手B成立Z: the subject founds it jointly with those it joins
	static boolean joinedBy(MentionGroup g, List<MentionGroup> groups) {
		MentionGroup next = Clauses.next(groups, g);
		return next != null && RelationCues.CO.matcher(next.before()).find() && g.after().equals(next.before())
				|| withAfterComma(g, next);
	}

	/**
	 * 某某代表A（以下简称“甲”），与B签署共建Z协议: a comma between a party and 与 (after its short name's
	 * definition, or a pause) still joins it to the one after.
	 */
	static boolean withAfterComma(MentionGroup g, MentionGroup next) {
		return next != null && g.after().equals(next.before())
				&& COMMA_WITH.matcher(MentionGroup.withoutDefinition(g.after()).strip()).matches();
	}

	private static final Pattern COMMA_WITH = Pattern.compile("[，,]\\s*(?:并|还|也|又|将|共同)?(?:与|同|跟)");

}
