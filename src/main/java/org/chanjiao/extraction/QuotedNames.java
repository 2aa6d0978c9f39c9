package org.chanjiao.extraction;

import java.util.regex.Pattern;

import org.chanjiao.organization.OrgKind;

/**
 * Names in quotation marks: a name quoted whole is the name even where the walk would cut
 * inside it; a platform's name of common words quoted right after the verb that founds it
 * (or after who builds and the verb, “校企共建…”) is the name of what is founded; a quoted
 * task (“某联合体组建”) names nothing.
 */
final class QuotedNames {

	private QuotedNames() {
	}

	/**
	 * A name quoted whole ("区域企业数智化产教融合实践中心"): the quotation is the name, even where the
	 * walk would cut inside it at a word that stands before names elsewhere.
	 */
	static final Pattern DEFINED = Pattern.compile("[”\"」]\\s*(?:｜|" + MentionFinder.DEFINITION_OPENS + ")");

	static int quoteStart(String s, int start, int end) {
		if (end >= s.length() || "”\"」".indexOf(s.charAt(end)) < 0 || start < 1) {
			return -1;
		}
		char close = s.charAt(end);
		char open = (close == '”') ? '“' : (close == '」') ? '「' : '"';
		int q = s.lastIndexOf(open, start - 1);
		if (q < 0 || end - q - 1 > NameBoundary.MAX_NAME) {
			return -1;
		}
		if (open == '"' && s.substring(0, q).chars().filter((c) -> c == '"').count() % 2 != 0) {
			return -1; // "X"与某学院"Y": the straight quote before is one that closes
		}
		String inside = s.substring(q + 1, end);
		return inside.matches("[^，,。、；;：:“”\"「」！？!?\\s]+") && !QUOTE_OPENS_WITH_VERB.matcher("“" + inside).lookingAt()
				? q + 1 : -1; // (“校企共建某基地”: the name follows the verb)
	}

	/**
	 * 共建“护理人文素质教育实践基地”, 建立“科技助力乡村振兴实验站”: a platform's name of common words, quoted whole
	 * right after the verb that founds it, is the name of what is founded.
	 */
	static boolean isQuotedFounded(String s, int start, int end, String name) {
		// (共建了“一厂三基地”的“某实践中心”: a quotation before 的 says what the next one is)
		if (start < 1 || end >= s.length() || s.charAt(end) != '”' || s.startsWith("的", end + 1)
				|| OrganizationLexicon.kindOf(name).filter(OrgKind::isPlatform).isEmpty()
				|| OrganizationLexicon.isDesignation(name) || name.matches("^一.{1,5}[一两二三多].*")) {
			return false; // (打造“一专业群一产业学院”格局: a slogan)
		}
		if (s.charAt(start - 1) != '“') {
			// “校企共建某实践基地”项目: the verb inside the quotation, the name ending it
			int q = s.lastIndexOf('“', start - 1);
			return q >= 0 && QUOTE_OPENS_WITH_VERB.matcher(s.substring(q, start)).matches();
		}
		return QUOTED_FOUNDED_BEFORE
			.matcher(QUOTED_BEFORE.matcher(s.substring(Math.max(0, start - 100), start - 1)).replaceFirst(""))
			.find();
	}

	/** A quotation that opens with who builds and the verb: “校企共建…”. */
	private static final Pattern QUOTE_OPENS_WITH_VERB = Pattern.compile("“(?:校企|校地|政校|政校企|政校行企)(?:共建|联建|合建)");

	/**
	 * Before a quoted name the verbs of plain building found too (建设“…实验站”), with 了 after
	 * them.
	 */
	private static final Pattern QUOTED_FOUNDED_BEFORE = Pattern
		.compile("(?:" + SuffixNames.FOUNDING_VERBS + "|建设|建立)(?:了)?$");

	/** The quoted names listed before another right after its verb: 共建了“X”和“Y”. */
	private static final Pattern QUOTED_BEFORE = Pattern.compile("(?:“[^“”，。；]{2,40}”(?:、|和|及|与|以及)?)+$");

	/** The end of a quoted task that names what it builds: “某联合体组建”, “某基地打造”. */
	private static final Pattern SLOGAN_END = Pattern.compile("(?:组建|打造|共建|建设|建立|成立|创建)[”\"」]");

	/** Whether a quoted task ends right after a name: “某联合体组建”. */
	static boolean isTask(String s, int end) {
		return SLOGAN_END.matcher(s).region(end, s.length()).lookingAt();
	}

}
