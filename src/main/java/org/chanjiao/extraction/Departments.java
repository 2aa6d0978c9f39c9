package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * A department (系) written right after its college: 化工学院生物工程系与某公司共建…. 系 ends too many
 * words (体系, 关系, 联系) to be a suffix of the lexicon, so a department is read only where a
 * 学院 stands right before it and a party's word right after.
 */
final class Departments {

	private static final Pattern DEPARTMENT = Pattern.compile("(?<=学院)([\\u4e00-\\u9fa5]{2,8}?系)(?=[与和及、]|共建|签|联合|携手)");

	/** Words that end in 系 and name no department. */
	private static final Pattern NOT_A_DEPARTMENT = Pattern.compile(".*(?:体系|关系|联系|水系|星系|派系|谱系|直系|(?<!外|外国)语系|院系|维系)$");

	/**
	 * 系 before what only a department has or does: its head (系主任, 系党总支书记, 某系系主任), its
	 * people (系师生), or a party's word or a list's mark (某系与某公司, 某系、某系), or its election
	 * to a title (某系当选为副理事长单位).
	 */
	private static final Pattern DEPARTMENT_END = Pattern
		.compile("(?<!系)系(?=党总支|(?:系)?(?:副)?主任|师生|学生|教师|与|和|及|、|等|共建|签|联合|携手|当选|成为|获评|入选|[，,。；])");

	private Departments() {
	}

	/** Whether a mention is a department this class read (某系, a college's own). */
	static boolean isDepartment(String s, Mention m) {
		return m.org() != null && m.org().kind() == OrgKind.COLLEGE && s.charAt(m.end() - 1) == '系';
	}

	static void find(String s, String written, NameBoundary.Tokens tokens, KnownNames known, SuffixNames suffixNames,
			List<NameCandidate> candidates) {
		Matcher m = DEPARTMENT.matcher(s);
		while (m.find()) {
			String name = m.group(1);
			String head = name.substring(0, name.length() - 1);
			if (NOT_A_DEPARTMENT.matcher(name).matches() || OrganizationLexicon.GENERIC.contains(head)
					|| MentionFinder.terms(head)
						.stream()
						.anyMatch((t) -> String.valueOf(t.nature).matches("v|vi|d|p|c.*|r.*|m|q"))) {
				continue;
			}
			int start = m.start(1);
			int end = m.end(1);
			candidates
				.add(NameCandidate.linkedOrProposed(known, s, written, start, end, OrgKind.COLLEGE, Source.LEXICON));
			// the college before it, which the lexicon leaves where a name's characters
			// go on: read as the lexicon reads a name
			int from = NameBoundary.leftEdge(s, start - 2, tokens);
			if (from < start - 2) {
				suffixNames.addNamed(candidates, s, written, from, start, Source.LEXICON);
			}
		}
		// 信息工程系主任某某, 动漫艺术系与某公司: a department named by its field where the segmenter
		// reads 系 as a word of its own or as a department's (工程系), not inside another
		// word (体系, 关系)
		Matcher e = DEPARTMENT_END.matcher(s);
		while (e.find()) {
			int at = e.start();
			int end = at + 1;
			com.hankcs.hanlp.seg.common.Term word = tokens.terms()
				.stream()
				.filter((t) -> t.offset <= at && at < t.offset + t.length())
				.findFirst()
				.orElse(null);
			// (外/f 语系/n: the segmenter's 语系 hides the department of foreign languages)
			boolean foreignLanguages = word != null && word.word.equals("语系") && at >= 2 && s.charAt(at - 2) == '外';
			boolean own = word != null && (word.length() == 1 || word.word.startsWith("系") || foreignLanguages
					|| word.offset + word.length() == end && String.valueOf(word.nature).matches("nis|nit"));
			int start = NameBoundary.leftEdge(s, at, tokens);
			if (!own || at - start < 2 || at - start > 10 || candidates.stream().anyMatch((c) -> c.end() == end)) {
				continue;
			}
			String name = s.substring(start, end);
			String head = name.substring(0, name.length() - 1);
			if (NOT_A_DEPARTMENT.matcher(name).matches() || OrganizationLexicon.GENERIC.contains(head)
					|| OrganizationLexicon.suffixOf(head).isPresent()
					|| MentionFinder.terms(head)
						.stream()
						.anyMatch((t) -> String.valueOf(t.nature).matches("v|vi|d|p|c.*|r.*|m|q|nr.*|w"))) {
				continue;
			}
			candidates
				.add(NameCandidate.linkedOrProposed(known, s, written, start, end, OrgKind.COLLEGE, Source.LEXICON));
		}
	}

}
