package org.chanjiao.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.RelationType;

/**
 * The people a document names with their bodies (某公司总经理管某, 某学院院长楚某, 某公司夏某董事长), so that a
 * later sentence in which two of them unveil or sign for a platform (管某与楚某共同为“Z”揭牌,
 * 刘某与叶某院长签署了共建Z的协议) has their bodies found it, as partners. Who a person is comes from
 * the segmenter's tags: a title (nnt) right after the body's name, then a person's name
 * (nr); or the name, then the title.
 */
final class Officers {

	private final Map<String, Org> bodies = new HashMap<>();

	/** Names given to two bodies: whose they are is not known. */
	private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

	/** Between the second person and the act: 共同为, 签署了, 签订. */
	private static final Pattern ACTS = Pattern.compile("^(?:共同|一同|一起)?(?:为|签署|签订|签定)");

	/** What the two do for the platform: unveil it, or sign its agreement. */
	private static final Pattern FOR_THE_PLATFORM = Pattern.compile("揭牌|授牌|挂牌|协议|合作书");

	/** A title's last character or word: no sentence without one names an officer. */
	private static final Pattern TITLED = Pattern.compile("长|书记|主任|经理|总裁|总监|理事|委员|教授");

	void learn(String s, List<Mention> mentions) {
		if (mentions.isEmpty() || !TITLED.matcher(s).find()) {
			return;
		}
		List<Term> terms = MentionFinder.terms(s);
		for (Mention m : mentions) {
			if (m.org() == null || m.source() == Source.REPORTER || m.source() == Source.BYLINE) {
				continue;
			}
			int i = indexAt(terms, m.end());
			if (i < 0) {
				continue;
			}
			int first = i;
			while (i < terms.size() && (isTitle(terms.get(i)) || terms.get(i).word.equals("、"))) {
				i++;
			}
			if (i > first && i < terms.size() && isPerson(terms.get(i))) {
				remember(terms.get(i).word, m.org()); // 某学院院长楚某
			}
			else if (i == first && i + 1 < terms.size() && isPerson(terms.get(i)) && isTitle(terms.get(i + 1))) {
				remember(terms.get(i).word, m.org()); // 某公司夏某董事长
			}
		}
	}

	/**
	 * 甲与乙共同为Z揭牌, 甲与乙院长签署了共建Z的合作协议: the bodies of two people the document named found the
	 * platform the sentence names after them, as partners — unless an earlier sentence
	 * said who founded it ({@code foundedBefore}).
	 */
	int read(String s, List<Mention> mentions, Integer year, String written, List<ExtractedRelation> out,
			java.util.Set<String> foundedBefore) {
		if (!FOR_THE_PLATFORM.matcher(s).find()) {
			return 0;
		}
		List<Term> terms = MentionFinder.terms(s);
		int count = 0;
		for (int i = 0; i < terms.size(); i++) {
			if (!isPerson(terms.get(i))) {
				continue;
			}
			int j = i + 1;
			while (j < terms.size() && isTitle(terms.get(j))) {
				j++;
			}
			if (j + 1 >= terms.size() || !terms.get(j).word.matches("与|和|同") || !isPerson(terms.get(j + 1))) {
				continue;
			}
			int k = j + 2;
			while (k < terms.size() && isTitle(terms.get(k))) {
				k++;
			}
			int after = (k < terms.size()) ? terms.get(k).offset : s.length();
			if (!ACTS.matcher(s.substring(after)).lookingAt()) {
				continue;
			}
			// (胡某副校长与夏某董事长: a body the page gave one of them is enough)
			List<Org> founders = java.util.stream.Stream.of(bodyOf(terms.get(i)), bodyOf(terms.get(j + 1)))
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList();
			Mention platform = mentions.stream()
				.filter((m) -> m.start() >= after && Clauses.isPlatformMention(m))
				.findFirst()
				.orElse(null);
			// (a platform the page said who founded before: those who unveil it add none)
			if (founders.isEmpty() || platform == null || foundedBefore.contains(platform.org().id())) {
				continue;
			}
			for (Org founder : founders) {
				if (Clauses.add(out, RelationType.CO_FOUNDED, founder, platform.org(), "PARTNER", null, null, null,
						null, year, written, null, platform)) {
					count++;
				}
			}
		}
		return count;
	}

	private void remember(String person, Org org) {
		Org known = this.bodies.get(person);
		if (known != null && !known.id().equals(org.id())) {
			this.ambiguous.add(person);
		}
		this.bodies.putIfAbsent(person, org);
	}

	private Org bodyOf(Term term) {
		return (isPerson(term) && !this.ambiguous.contains(term.word)) ? this.bodies.get(term.word) : null;
	}

	private static int indexAt(List<Term> terms, int offset) {
		for (int i = 0; i < terms.size(); i++) {
			if (terms.get(i).offset == offset) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isTitle(Term term) {
		String nature = String.valueOf(term.nature);
		return nature.startsWith("nnt") || term.word.matches("党委|党组|党总支|副|常务|执行|行政|委员");
	}

	private static boolean isPerson(Term term) {
		return String.valueOf(term.nature).startsWith("nr") && term.length() >= 2 && term.length() <= 4;
	}

}
