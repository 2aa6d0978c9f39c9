package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * A platform described rather than named: 某职教集团是…由A牵头…组建的跨地区、多功能、多层次职业教育联合体 — the phrase
 * after 的 that ends the sentence's 是 clause is what the subject is, not a second
 * organisation; it stands for the subject, as 该集团 would.
 */
final class Descriptions {

	/** Right before the description: 的, then any words listed with 、 (跨地区、多功能、). */
	private static final Pattern AFTER_DE = Pattern.compile("的(?:[^，。；、的]{1,6}、)*$");

	private Descriptions() {
	}

	static List<Mention> resolve(String s, List<Mention> mentions) {
		if (mentions.isEmpty()) {
			return mentions;
		}
		mentions = describedAhead(s, mentions);
		Mention subject = mentions.get(0);
		int is = s.indexOf('是', subject.end());
		// (a school is never what a phrase after 是 describes as a platform)
		if (!(Clauses.isPlatformMention(subject) || subject.org() != null && subject.source() != Source.REPORTER
				&& subject.org().kind() != OrgKind.SCHOOL) || is < 0 || s.substring(subject.end(), is).contains("。")
				|| !s.substring(0, subject.start()).matches("[^。；]{0,12}")) {
			return mentions;
		}
		List<Mention> out = new ArrayList<>(mentions);
		for (int i = 1; i < out.size(); i++) {
			Mention m = out.get(i);
			String rest = s.substring(m.end()).stripLeading();
			boolean endsClause = rest.isEmpty() || "，。；,;".indexOf(rest.charAt(0)) >= 0;
			if (m.start() > is && (m.source() == Source.LEXICON || m.source() == Source.ALIAS) && m.org() != null
					&& !m.org().known() && describes(subject, m) && endsClause
					&& AFTER_DE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
				// (a centre whose name reads as an office, 某市某促进中心, is the platform the
				// phrase describes: it takes the phrase's kind)
				Org meant = subject.org().kind().isPlatform() ? subject.org()
						: new Org(subject.org().id(), subject.org().name(), m.org().kind(), false);
				out.set(i, new Mention(m.start(), m.end(), m.text(), meant, Source.ANAPHOR));
			}
		}
		return out;
	}

	/**
	 * 作为由A牵头发起的新材料研发基地，某实验室…: a platform a clause that opens with 作为 describes, right
	 * before the comma and the platform named after it, is that platform, not a second
	 * one.
	 */
	private static List<Mention> describedAhead(String s, List<Mention> mentions) {
		List<Mention> out = new ArrayList<>(mentions);
		for (int i = 0; i + 1 < out.size(); i++) {
			Mention d = out.get(i);
			Mention z = out.get(i + 1);
			if ((d.source() == Source.LEXICON || d.source() == Source.ALIAS) && Clauses.isPlatformMention(d)
					&& !d.org().known() && Clauses.isPlatformMention(z) && !z.org().id().equals(d.org().id())
					&& z.start() == d.end() + 1 && "，,".indexOf(s.charAt(d.end())) >= 0
					&& AS_DESCRIBED.matcher(s.substring(0, d.start())).find()) {
				out.set(i, new Mention(d.start(), d.end(), d.text(), z.org(), Source.ANAPHOR));
			}
		}
		return out;
	}

	/** A clause that opens with 作为 and ends, before the platform described, with 的. */
	private static final Pattern AS_DESCRIBED = Pattern
		.compile("(?:^|[，,；;])(?:[^，,；;。]{0,6}?[，,])?作为[^，,；;。]*的(?:[^，。；、的]{1,6}、)*$");

	/**
	 * The phrase says what the subject is when both are platforms of one kind, or when
	 * both end in the same two characters (某市海洋健康促进中心是…共建的某工程技术中心: a centre typed by its
	 * city's name is still the centre described).
	 */
	private static boolean describes(Mention subject, Mention m) {
		if (Clauses.isPlatformMention(subject) && m.org().kind() == subject.org().kind()) {
			return true;
		}
		String a = subject.text();
		String b = m.text();
		return OrganizationLexicon.suffixOf(b).isPresent() && a.length() > 2 && b.length() > 2
				&& a.endsWith(b.substring(b.length() - 2));
	}

}
