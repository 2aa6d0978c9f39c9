package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * Finds the organisations a sentence names: the graph's known names and aliases, names
 * that end in a suffix of the {@link OrganizationLexicon} (their left edge found by
 * walking back to a verb, preposition or quantity), HanLP's organisation recogniser, the
 * items of 与A、B等企业 lists, 我校/学校 for the reporting organisation, and anaphors (该产业学院, 其,
 * 集团) resolved to the last organisation of a fitting kind. Where two overlap the longer
 * wins, except that a known name wins over a longer lexicon match ending at the same
 * place (the extra characters on the left are then not part of the name). HanLP's
 * dictionaries are loaded on first use, once.
 */
final class MentionFinder {

	private static final int MAX_NAME = 32;

	private static final Pattern MASKED = Pattern.compile("《[^》]*》");

	private static final Pattern REPORTER = Pattern.compile("我校|本校|学校");

	private static final Pattern ANAPHOR = Pattern
		.compile("该(产业学院|产业|学院|集团|共同体|联合体|基地|研究院|企业|公司|协会)|其(?!中|他|它|余|次|后|实)|(?<=^|年|，|、)(职教集团|集团)");

	private static final Pattern ENTERPRISE_LIST = Pattern
		.compile("(?:与|和|联合|携手|引入)([^，。；：]{2,80}?)等(?:\\s*\\d+\\s*家)?[\\u4e00-\\u9fa5]{0,6}?企业");

	private static final Pattern ENUMERATOR = Pattern.compile("[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、");

	private static final String LIST_SEPARATORS = "、和及";

	private static volatile Segment segment;

	private final KnownNames known;

	private final Org reporter;

	MentionFinder(KnownNames known, Org reporter) {
		this.known = known;
		this.reporter = reporter;
	}

	private static Segment segment() {
		if (segment == null) {
			synchronized (MentionFinder.class) {
				if (segment == null) {
					segment = HanLP.newSegment().enableOrganizationRecognize(true).enableOffset(true);
				}
			}
		}
		return segment;
	}

	/** Segments once per sentence; the HanLP segment is not shared across threads. */
	private static List<Term> terms(String sentence) {
		synchronized (MentionFinder.class) {
			return segment().seg(sentence);
		}
	}

	private record Candidate(int start, int end, String name, OrgKind kind, Org org, Source source) {

		int length() {
			return this.end - this.start;
		}

	}

	/**
	 * The mentions of a sentence, in order.
	 * @param previous the mentions of the sentences before, most recent last, for
	 * anaphors
	 */
	List<Mention> find(String sentence, List<Mention> previous) {
		boolean[] masked = new boolean[sentence.length()];
		Matcher m = MASKED.matcher(sentence);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				masked[i] = true;
			}
		}
		List<Term> terms = terms(sentence);
		Set<Integer> tokenStarts = new HashSet<>();
		Set<Integer> tokenEnds = new HashSet<>();
		for (Term term : terms) {
			tokenStarts.add(term.offset);
			tokenEnds.add(term.offset + term.length());
		}
		List<Candidate> candidates = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie<Org>.Hit<Org> hit : this.known.scan(sentence)) {
			candidates.add(new Candidate(hit.begin, hit.end, sentence.substring(hit.begin, hit.end), hit.value.kind(),
					hit.value, Source.KNOWN));
		}
		lexicon(sentence, tokenStarts, tokenEnds, candidates);
		for (Term term : terms) {
			if (term.nature != null && term.nature.toString().startsWith("nt")) {
				int end = term.offset + term.length();
				String suffix = OrganizationLexicon.suffixOf(term.word).orElse(null);
				if (suffix != null) {
					int start = Math.max(term.offset,
							leftEdge(sentence, end - suffix.length(), end, tokenStarts, tokenEnds));
					addNamed(candidates, sentence, start, end, Source.NER);
				}
			}
		}
		lists(sentence, tokenStarts, tokenEnds, candidates);
		candidates.removeIf((c) -> overlapsMask(masked, c.start, c.end));
		List<Candidate> chosen = choose(candidates);
		List<Mention> mentions = new ArrayList<>();
		for (Candidate c : chosen) {
			mentions.add(new Mention(c.start, c.end, c.name, c.org, c.source));
			nested(sentence, c, mentions);
		}
		boolean[] covered = new boolean[sentence.length()];
		for (Mention mention : mentions) {
			for (int i = mention.start(); i < mention.end(); i++) {
				covered[i] = true;
			}
		}
		m = REPORTER.matcher(sentence);
		while (m.find()) {
			if (!overlapsMask(covered, m.start(), m.end()) && !overlapsMask(masked, m.start(), m.end())) {
				mentions.add(new Mention(m.start(), m.end(), m.group(), this.reporter, Source.REPORTER));
			}
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		Matcher a = ANAPHOR.matcher(sentence);
		List<Mention> anaphors = new ArrayList<>();
		while (a.find()) {
			if (overlapsMask(covered, a.start(), a.end()) || overlapsMask(masked, a.start(), a.end())) {
				continue;
			}
			int at = a.start();
			List<Mention> before = new ArrayList<>(previous);
			mentions.stream().filter((x) -> x.end() <= at).forEach(before::add);
			Org referent = referent(a.group(), before);
			if (referent != null) {
				anaphors.add(new Mention(a.start(), a.end(), a.group(), referent, Source.ANAPHOR));
			}
		}
		mentions.addAll(anaphors);
		mentions.sort(Comparator.comparingInt(Mention::start));
		return mentions;
	}

	private void lexicon(String sentence, Set<Integer> tokenStarts, Set<Integer> tokenEnds,
			List<Candidate> candidates) {
		Set<Integer> ends = new HashSet<>();
		for (String suffix : OrganizationLexicon.SUFFIXES_LONGEST_FIRST) {
			for (int at = sentence.indexOf(suffix); at >= 0; at = sentence.indexOf(suffix, at + 1)) {
				int end = at + suffix.length();
				if (!ends.add(end)) {
					continue; // a longer suffix ends here already
				}
				int start = leftEdge(sentence, at, end, tokenStarts, tokenEnds);
				if (start < at) {
					addNamed(candidates, sentence, start, end, Source.LEXICON);
				}
			}
		}
	}

	private void lists(String sentence, Set<Integer> tokenStarts, Set<Integer> tokenEnds, List<Candidate> candidates) {
		Matcher m = ENTERPRISE_LIST.matcher(sentence);
		while (m.find()) {
			int from = m.start(1);
			String items = m.group(1);
			int itemStart = 0;
			for (int i = 0; i <= items.length(); i++) {
				if (i == items.length() || LIST_SEPARATORS.indexOf(items.charAt(i)) >= 0) {
					int start = from + itemStart;
					int end = from + i;
					String item = sentence.substring(start, end).strip();
					if (item.length() >= 2 && item.length() <= 20 && item.matches("[\\u4e00-\\u9fa5A-Za-z0-9（）()]+")) {
						OrgKind kind = OrganizationLexicon.kindOf(item).orElse(OrgKind.ENTERPRISE);
						if (!OrganizationLexicon.isGeneric(item) && !OrganizationLexicon.GENERIC.contains(item)) {
							Org org = this.known.link(item).orElseGet(() -> Org.proposed(item, kind));
							candidates.add(new Candidate(start, end, item, org.kind(), org, Source.LIST));
						}
					}
					itemStart = i + 1;
				}
			}
		}
	}

	private void addNamed(List<Candidate> candidates, String sentence, int start, int end, Source source) {
		String name = sentence.substring(start, end);
		if (name.length() < 3 || OrganizationLexicon.isGeneric(name)
				|| (end < sentence.length() && sentence.charAt(end) == '”')) {
			return; // generic, or the end of a quoted slogan (“一专业群一产业学院”)
		}
		OrgKind kind = OrganizationLexicon.kindOf(name).orElse(null);
		if (kind == null) {
			return;
		}
		Org org = this.known.link(name).orElseGet(() -> Org.proposed(name, kind));
		candidates.add(new Candidate(start, end, name, org.kind(), org, source));
	}

	/**
	 * Where a name ending at {@code end} (its suffix starting at {@code suffixStart})
	 * starts: walk left over name characters, then cut after the last verb, preposition
	 * or quantity.
	 */
	static int leftEdge(String sentence, int suffixStart, int end, Set<Integer> tokenStarts, Set<Integer> tokenEnds) {
		int left = suffixStart;
		while (left > 0 && suffixStart - left < MAX_NAME && isNameChar(sentence.charAt(left - 1))) {
			left--;
		}
		int cut = left;
		for (String word : OrganizationLexicon.LEFT_BOUNDARIES) {
			for (int at = sentence.indexOf(word, left); at >= 0
					&& at + word.length() <= suffixStart; at = sentence.indexOf(word, at + 1)) {
				int after = at + word.length();
				if (after <= cut) {
					continue;
				}
				if (word.length() == 1 && !(tokenStarts.contains(at) && tokenEnds.contains(after))) {
					continue;
				}
				cut = after;
			}
		}
		Matcher q = OrganizationLexicon.QUANTITY.matcher(sentence);
		q.region(left, suffixStart);
		while (q.find()) {
			cut = Math.max(cut, q.end());
		}
		// A name that starts after a measure word of a number before a space: 1 家A
		if (cut == left && left >= 2 && Character.isWhitespace(sentence.charAt(left - 1))
				&& Character.isDigit(sentence.charAt(left - 2)) && "家个所项名批".indexOf(sentence.charAt(left)) >= 0) {
			cut = left + 1;
		}
		// A complete name followed by 和/与/及 ends a list item: A协会和B公司
		for (String suffix : OrganizationLexicon.SUFFIXES_LONGEST_FIRST) {
			for (int at = sentence.indexOf(suffix, cut); at >= 0
					&& at + suffix.length() < suffixStart; at = sentence.indexOf(suffix, at + 1)) {
				int after = at + suffix.length();
				if ("和与及".indexOf(sentence.charAt(after)) >= 0 && after + 1 <= suffixStart) {
					cut = Math.max(cut, after + 1);
				}
			}
		}
		Matcher e = ENUMERATOR.matcher(sentence);
		e.region(cut, suffixStart);
		while (e.find()) {
			cut = Math.max(cut, e.end());
		}
		// A closing quote without its opening one: the name starts after it
		int close = sentence.lastIndexOf('”', suffixStart - 1);
		if (close >= cut && sentence.lastIndexOf('“', close) < cut) {
			cut = close + 1;
		}
		while (cut < suffixStart && (sentence.charAt(cut) == '”' || sentence.charAt(cut) == '）')) {
			cut++;
		}
		return cut;
	}

	private static boolean isNameChar(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetterOrDigit(c)
				|| "（）()“”+·&".indexOf(c) >= 0;
	}

	private static boolean overlapsMask(boolean[] mask, int start, int end) {
		for (int i = start; i < end; i++) {
			if (mask[i]) {
				return true;
			}
		}
		return false;
	}

	private static List<Candidate> choose(List<Candidate> candidates) {
		List<Candidate> pool = new ArrayList<>(candidates);
		pool.sort(Comparator.comparingInt(Candidate::length)
			.reversed()
			.thenComparingInt((c) -> c.source.ordinal())
			.thenComparingInt(Candidate::start));
		List<Candidate> chosen = new ArrayList<>();
		for (Candidate c : pool) {
			if (chosen.stream().noneMatch((x) -> x.start < c.end && c.start < x.end)) {
				chosen.add(c);
			}
		}
		chosen.sort(Comparator.comparingInt(Candidate::start));
		return chosen;
	}

	/**
	 * An enterprise named at the start of a college's or a base's name (广州某酒店管理实践教学基地):
	 * the enterprise is a mention too.
	 */
	private void nested(String sentence, Candidate host, List<Mention> mentions) {
		if (host.kind != OrgKind.PRACTICE_BASE && host.kind != OrgKind.COLLEGE) {
			return;
		}
		String name = host.name;
		for (AhoCorasickDoubleArrayTrie<Org>.Hit<Org> hit : this.known.scan(name)) {
			if (hit.begin == 0 && hit.end < name.length() && hit.value.kind() == OrgKind.ENTERPRISE
					&& !hit.value.id().equals(host.org.id())) {
				mentions.add(new Mention(host.start, host.start + hit.end, name.substring(0, hit.end), hit.value,
						Source.NESTED));
				return;
			}
		}
		for (String suffix : List.of("酒店", "有限公司", "公司", "集团", "银行")) {
			int at = name.indexOf(suffix);
			if (at > 1) {
				String enterprise = name.substring(0, at + suffix.length());
				if (enterprise.length() < name.length() && !OrganizationLexicon.isGeneric(enterprise)) {
					Org org = this.known.link(enterprise).orElseGet(() -> Org.proposed(enterprise, OrgKind.ENTERPRISE));
					mentions
						.add(new Mention(host.start, host.start + enterprise.length(), enterprise, org, Source.NESTED));
					return;
				}
			}
		}
	}

	private static Org referent(String anaphor, List<Mention> before) {
		for (int i = before.size() - 1; i >= 0; i--) {
			Mention mention = before.get(i);
			if (mention.org() == null || mention.source() == Source.REPORTER || mention.source() == Source.NESTED) {
				continue; // a name inside another name is not what 其 or 该 refers to
			}
			OrgKind kind = mention.org().kind();
			String name = mention.org().name();
			boolean fits = switch (anaphor) {
				case "该产业学院", "该产业", "该学院" -> kind == OrgKind.COLLEGE;
				case "该集团", "集团", "职教集团" -> kind == OrgKind.COMMUNITY && name.endsWith("集团");
				case "该共同体", "该联合体" -> kind == OrgKind.COMMUNITY;
				case "该基地" -> kind == OrgKind.PRACTICE_BASE;
				case "该研究院" -> kind == OrgKind.RESEARCH_INSTITUTE;
				case "该企业", "该公司" -> kind == OrgKind.ENTERPRISE;
				case "该协会" -> kind == OrgKind.INDUSTRY_ASSOCIATION;
				default -> kind != OrgKind.GOVERNMENT; // 其: the last organisation named
			};
			if (fits) {
				return mention.org();
			}
			if ("其".equals(anaphor)) {
				return null; // only the nearest
			}
		}
		return null;
	}

}
