package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
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
	private static final Pattern NOT_A_DEPARTMENT = Pattern.compile(".*(?:体系|关系|联系|水系|星系|派系|谱系|直系|语系|院系|维系)$");

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
			Org org = known.link(name)
				.orElseGet(() -> Org.proposed(written.substring(start, end), name, OrgKind.COLLEGE));
			candidates.add(new NameCandidate(start, end, org, Source.LEXICON));
			// the college before it, which the lexicon leaves where a name's characters
			// go on: read as the lexicon reads a name
			int from = NameBoundary.leftEdge(s, start - 2, tokens);
			if (from < start - 2) {
				suffixNames.addNamed(candidates, s, written, from, start, Source.LEXICON);
			}
		}
	}

}
