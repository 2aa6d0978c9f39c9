package org.chanjiao.extraction;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * The school a page calls 我校, 学校 or 学院 when no reporting organisation is given: the first
 * school of the last sentence that named one, a few sentences back at most (a school's
 * news names itself, then says 学校), else the first the page names next, a few sentences
 * ahead at most (a page that opens with 学校 and names itself later); for 学院, the last
 * school named …学院, not a university named since. (Nearer ahead than back is not enough:
 * in a file of many pages read as one, the page before is back and this one ahead, and
 * preferring the nearer lowered F1 of the one-file reading by 0.01–0.04.) A 学校 that does
 * not open its clause is a common noun (推动学校与企业合作), and 我院 may be a college of a
 * university.
 */
final class SchoolsSpokenOf {

	static final Pattern REPORTER = Pattern.compile("我校|本校|我院|本院|学校(?!的?(?:党委|领导))");

	/**
	 * With no reporting organisation, 学院 too where it stands for the school the text is
	 * about (与学院共建, ，学院…), not inside a kind (产业学院, 二级学院).
	 */
	static final Pattern REPORTER_OR_COLLEGE = Pattern
		.compile(REPORTER.pattern() + "|(?<=^|[，,。；;：:]|与|和|同|跟|由)学院(?![\\u4e00-\\u9fa5]{0,2}(?:党委|领导|院长|书记))");

	private static final int WITHIN = 8;

	private Org lastSchool;

	private int lastSchoolSentence = -1;

	private Org lastInstitute;

	private int lastInstituteSentence = -1;

	/**
	 * The schools the document names, sentence by sentence, first of each sentence: for a
	 * page that says 学校 before it names itself (学校与某区政府…共建…。…某职业学院校长…).
	 */
	private final NavigableMap<Integer, Org> ahead = new TreeMap<>();

	private final NavigableMap<Integer, Org> institutesAhead = new TreeMap<>();

	/** Learns the schools a sentence names, before any sentence is resolved. */
	void learn(String s, List<Mention> names, int sentence) {
		for (Mention m : names) {
			if (m.org() != null && m.org().kind() == OrgKind.SCHOOL && m.source() != Source.SHORT && !isVenue(s, m)
					&& !listedWithOffices(s, m)) {
				this.ahead.putIfAbsent(sentence, m.org());
				if (ScriptConverter.normalize(m.org().name()).endsWith("学院")) {
					this.institutesAhead.putIfAbsent(sentence, m.org());
				}
			}
		}
	}

	/**
	 * The school a reference means in the given sentence, or null: named before, a few
	 * sentences back at most, else named next, a few sentences ahead at most.
	 */
	Org meant(String s, Matcher r, int sentence) {
		if (r.group().equals("学校") && !opensClause(s, r) || r.group().equals("我院") || r.group().equals("本院")) {
			return null;
		}
		boolean institute = r.group().equals("学院");
		int last = institute ? this.lastInstituteSentence : this.lastSchoolSentence;
		if (last >= 0 && sentence - last <= WITHIN) {
			return institute ? this.lastInstitute : this.lastSchool;
		}
		var next = (institute ? this.institutesAhead : this.ahead).higherEntry(sentence);
		return (next != null && next.getKey() - sentence <= WITHIN) ? next.getValue() : null;
	}

	/**
	 * 某学院院长某某介绍，学院…: the 学院 (or 学校) its officer speaks for, named just before the speaker
	 * in the same sentence, or null.
	 */
	static Org speakersOwn(String s, Matcher r, List<Mention> mentions) {
		Mention own = null;
		for (Mention m : mentions) {
			if (m.end() <= r.start() && m.org() != null) {
				own = m;
			}
		}
		if (own == null || !SPEAKS.matcher(s.substring(own.end(), r.start())).matches()) {
			return null;
		}
		String name = ScriptConverter.normalize(own.org().name());
		boolean fits = r.group().equals("学院")
				? name.endsWith("学院") && (own.org().kind() == OrgKind.COLLEGE || own.org().kind() == OrgKind.SCHOOL)
				: r.group().equals("学校") && own.org().kind() == OrgKind.SCHOOL;
		return fits ? own.org() : null;
	}

	/**
	 * Between a unit and its reference: its officer's title, the officer, and what they
	 * say.
	 */
	private static final Pattern SPEAKS = Pattern.compile("[^，,。；;：:“”]{1,16}(?:介绍|表示|说|指出|强调|坦言|透露)(?:道)?[，,：:]");

	/** 牵头学校, 推动学校与企业, 学院 not resolved: a word, not a reference to keep. */
	static boolean isCommonNoun(String s, Matcher r) {
		return r.group().equals("学校") && !opensClause(s, r) || r.group().equals("学院");
	}

	/**
	 * 我校副校长某，校长办公室、科研处、某创新学院负责人: a 学院 listed with a school's offices is one of its
	 * colleges, not the school a later 我校 means.
	 */
	static boolean listedWithOffices(String s, Mention m) {
		return OFFICES_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find();
	}

	private static final Pattern OFFICES_BEFORE = Pattern.compile("(?:处|办公室|办)、$");

	/** Remembers the schools a resolved sentence names. */
	void remember(String s, List<Mention> mentions, int sentence) {
		boolean school = false;
		// 学校与某公司、某职大等单位共同协作: a school named after the sentence's own 学校 or 我校 is
		// another one, a partner, not what the next 学校 means
		boolean spokenOfBefore = false;
		for (Mention m : mentions) {
			if (m.source() == Source.REPORTER) {
				spokenOfBefore = true;
			}
			if (m.org() != null && m.org().kind() == OrgKind.SCHOOL && m.source() != Source.REPORTER && !spokenOfBefore
					&& !isVenue(s, m) && !listedWithOffices(s, m)) {
				if (!school) {
					this.lastSchool = m.org();
					this.lastSchoolSentence = sentence;
					school = true;
				}
				if (ScriptConverter.normalize(m.org().name()).endsWith("学院")) {
					this.lastInstitute = m.org();
					this.lastInstituteSentence = sentence;
					return;
				}
			}
		}
	}

	/**
	 * 某大会在某学院胜利召开: a school named only as where a meeting is held is not the one a later
	 * 我校 or 学校 speaks for (a page about its own hall writes 在我校召开).
	 */
	static boolean isVenue(String s, Mention m) {
		return m.start() > 0 && s.charAt(m.start() - 1) == '在'
				&& VENUE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
	}

	private static final Pattern VENUE_AFTER = Pattern
		.compile("(?:[^，,。；;：:]{0,12}?(?:报告厅|会议室|礼堂|大厅|会堂|校区|中心|馆))?(?:隆重|胜利|顺利|正式|成功)?(?:召开|举行|举办|开幕|启幕)");

	private static boolean opensClause(String s, Matcher r) {
		String before = s.substring(Clauses.phraseStart(s, r.start()), r.start());
		// (某某代表学校与…签约: the school an officer speaks for)
		// (某园是由学校牵头: the agent after 由, alone, or beside a party of a name, 由学校与某集团共建;
		// 由学校和企业共同牵头 names kinds)
		boolean alone = r.end() < s.length() && ("和与及、".indexOf(s.charAt(r.end())) < 0
				|| !KINDS_BESIDE.matcher(s.substring(r.end() + 1)).lookingAt());
		return TIME_OPENING.matcher(before).matches() || before.endsWith("代表") || before.endsWith("由") && alone
				|| WITH_THE_SCHOOL.matcher(before).find()
						&& JOINT_ACT.matcher(s).region(r.end(), s.length()).lookingAt();
	}

	/**
	 * 该公司将与学校共建Z: 与 before 学校, after a party (not a kind: 推动企业与学校共建, 鼓励行业和学校).
	 */
	private static final Pattern WITH_THE_SCHOOL = Pattern
		.compile("(?<!企业|行业|政府|社会|院校|高校|产业|家庭|园区|单位|机构)(?:将|还|也|正式|先后|已|拟)?(?:与|同|跟)$");

	/** What a school does with a party right after it: 共建, 签署, 联合成立. */
	private static final Pattern JOINT_ACT = Pattern.compile("(?:共同|联合|携手)?(?:共建|签署|签订|签约|成立|组建|打造|合作共建|开展合作|深化合作)");

	/** Kinds, not names, beside 由学校: 由学校和企业, 由学校与行业协会、 政府. */
	private static final Pattern KINDS_BESIDE = Pattern
		.compile("企业|行业|政府|社会|地方|园区|产业|科研|院所|相关|有关|各|多|合作|龙头|医院|社区|家长|学生|师生|二级|学院|$");

	/** What may open a clause before its subject: a time (2017年学校与某委签署…, 近年来学校…). */
	private static final Pattern TIME_OPENING = Pattern.compile(
			"(?:\\d{4}\\s*年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:以来|起|初|底)?|\\d{1,2}月\\d{1,2}日|近年来|近日|日前|今年|去年|同年|当年|随后|此后|此外|同时)?");

}
