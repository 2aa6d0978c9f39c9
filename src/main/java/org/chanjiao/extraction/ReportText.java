package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text with its hard line wraps removed, split into sentences. De-wrapping
 * strips each line, drops blank lines and joins the rest without a separator (Chinese has
 * no spaces between words; spaces inside a line, as in {@code 2023 年}, are kept), as the
 * curated evidence in {@code seeds/} quotes it. Sentences end at 。！？；, after a reference
 * mark that ends a line ([1]), at each line's end when most lines end a sentence (a text
 * written a sentence a line) and at the edges of heading lines (一、… （二）…), which carry no
 * punctuation of their own.
 *
 * @param text the de-wrapped text
 * @param sentences its sentences, in order
 */
public record ReportText(String text, List<Sentence> sentences) {

	private static final Pattern HEADING = Pattern
		.compile("^(第?[一二三四五六七八九十]+[、章节]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]).{0,40}$");

	/** An event that closes a headline's clause, and the spaces after it. */
	private static final Pattern HEADLINE_EVENT_SPACE = Pattern
		.compile("(?<=[\\u4e00-\\u9fa5]{2})(?:成立|揭牌|启动|举行|召开|签约|挂牌)\\s+(?=[\\u4e00-\\u9fa5])");

	/** An event that closes a headline's clause, then who takes a seat: 成立|某学院成常务理事单位. */
	private static final Pattern HEADLINE_EVENT_THEN_SEAT = Pattern
		.compile("(?<=[\\u4e00-\\u9fa5]{2})(?:成立|揭牌|启动|举行|召开)(?=[\\u4e00-\\u9fa5]{4,24}?"
				+ "(?:成为?|当选为?|入选为?|获评为?|获颁)[\\u4e00-\\u9fa5“”\"]{0,10}(?:单位|会员|成员)$)");

	/** A reference mark that ends a line: [1], ［2］. */
	private static final Pattern CITATION_END = Pattern.compile("[\\[［]\\d{1,3}[\\]］]$");

	/**
	 * A sentence: its text (a substring of the de-wrapped report) and where it starts.
	 */
	public record Sentence(int index, int start, String text) {
	}

	public static ReportText of(String raw) {
		StringBuilder text = new StringBuilder();
		TreeSet<Integer> breaks = new TreeSet<>();
		boolean first = true;
		List<String> lines = new ArrayList<>();
		for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String stripped = line.strip().replace("\u3000", "").strip();
			if (!stripped.isEmpty()) {
				lines.add(stripped);
			}
		}
		boolean lineSentences = linesAreSentences(lines);
		for (String stripped : lines) {
			if (lineSentences) {
				breaks.add(text.length());
			}
			boolean standalone = HEADING.matcher(stripped).matches() || (first && stripped.length() <= 40
					&& !stripped.matches(".*[。；！？，、：]$") && !stripped.matches(".*[，。；].*"));
			if (standalone) {
				breaks.add(text.length());
			}
			if (stripped.length() <= 40 && !stripped.matches(".*[。；！？，、：,;:].*")) {
				// 某共同体成立 某学院当选常务理事单位: a headline's space after an event closes a
				// clause the headline has no comma for
				Matcher space = HEADLINE_EVENT_SPACE.matcher(stripped);
				while (space.find()) {
					breaks.add(text.length() + space.end());
				}
				// 某共同体成立某学院成常务理事单位: with no space either, the seat said after the
				// event is a clause of its own
				Matcher seat = HEADLINE_EVENT_THEN_SEAT.matcher(stripped);
				if (seat.find()) {
					breaks.add(text.length() + seat.end());
				}
			}
			text.append(stripped);
			if (standalone || CITATION_END.matcher(stripped).find()) {
				breaks.add(text.length()); // …平台 [1]: a sentence quoted with its
											// reference
			}
			first = false;
		}
		String joined = text.toString();
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= joined.length(); i++) {
			boolean end = i == joined.length() || breaks.contains(i);
			int cut = i;
			if (i < joined.length() && "。！？；!?;".indexOf(joined.charAt(i)) >= 0) {
				end = true;
				cut = i + 1;
			}
			if (end) {
				add(sentences, joined, start, cut);
				start = cut;
			}
		}
		return new ReportText(joined, List.copyOf(sentences));
	}

	/**
	 * Whether each line (stripped, blank ones left out) is a sentence of its own (most
	 * lines end a sentence), rather than a line of a report wrapped at a width (most end
	 * inside one): then a line that does not end with 。 (a title, a quotation cut short)
	 * ends its sentence all the same.
	 */
	private static boolean linesAreSentences(List<String> lines) {
		long ended = lines.stream()
			.filter((line) -> SENTENCE_END.matcher(line).find() || CITATION_END.matcher(line).find())
			.count();
		return lines.size() >= 3 && ended * 10 >= lines.size() * 7L;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;…”」）)]$");

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		if (end <= start) {
			return;
		}
		String sentence = text.substring(start, end);
		int lead = 0;
		while (lead < sentence.length() && Character.isWhitespace(sentence.charAt(lead))) {
			lead++;
		}
		String trimmed = sentence.strip();
		if (!trimmed.isEmpty()) {
			sentences.add(new Sentence(sentences.size(), start + lead, trimmed));
		}
	}

}
