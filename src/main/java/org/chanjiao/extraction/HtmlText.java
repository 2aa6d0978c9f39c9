package org.chanjiao.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page (jsoup), for extraction: the body's text, one line per block
 * (paragraph, heading, list item, table row, {@code <br>
 * }), without scripts, styles, navigation, menus, forms, asides and footers.
 * <p>
 * The extractor ({@link ReportText}) joins lines, since in a text or PDF report a line
 * break is a wrap, not an end. On a page a block ends where its element ends, and a
 * heading, list item or table cell rarely carries a full stop; so a line that does not
 * end with one of 。！？；!?; (before closing quotes or brackets) is given a 。 — the
 * extractor then reads it as a sentence of its own, and the one character a quote of it
 * may end with is the only text not on the page. Whitespace inside a block is collapsed
 * to one space, and dropped where the page's source broke a line between two Chinese
 * characters (as browsers render it).
 */
final class HtmlText {

	/** A page's text and its {@code <title>}, or null when it has none. */
	record Page(String text, String title) {
	}

	private static final String DROPPED = "script, style, noscript, template, nav, menu, aside, footer, form, "
			+ "iframe, object, embed, svg, canvas, button, select, [role=navigation], [role=menu], [role=menubar], "
			+ "[hidden], [aria-hidden=true]";

	private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center",
			"dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
			"main", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

	private static final char SOURCE_BREAK = '\uE000';

	private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0" + SOURCE_BREAK + "]+");

	private static final Pattern ENDED = Pattern.compile(".*[。！？；!?;][”’」』）)》】\"']*$");

	private HtmlText() {
	}

	/** Whether a file is taken for HTML: by its name, or by how its bytes begin. */
	static boolean isHtml(byte[] bytes, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
			return true;
		}
		int length = Math.min(bytes.length, 512);
		String start = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).stripLeading()
			.replaceFirst("^\u00EF\u00BB\u00BF", "")
			.toLowerCase(Locale.ROOT);
		return start.startsWith("<!doctype html") || start.startsWith("<html");
	}

	/**
	 * Reads a page: its charset from a byte-order mark or its {@code <meta charset>},
	 * else UTF-8.
	 */
	static Page read(byte[] bytes) {
		Document document;
		try {
			document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String title = document.title().strip();
		document.select(DROPPED).remove();
		Lines lines = new Lines();
		document.body().traverse(lines);
		lines.end();
		return new Page(String.join("\n", lines.lines), title.isEmpty() ? null : title);
	}

	private static final class Lines implements NodeVisitor {

		private final List<String> lines = new ArrayList<>();

		private final StringBuilder line = new StringBuilder();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				if (inPre(text)) {
					String[] parts = text.getWholeText().split("\r\n|\r|\n", -1);
					for (int i = 0; i < parts.length; i++) {
						if (i > 0) {
							end();
						}
						this.line.append(parts[i]);
					}
				}
				else {
					this.line.append(text.getWholeText().replaceAll("\r\n|\r|\n", String.valueOf(SOURCE_BREAK)));
				}
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if (tag.equals("br")) {
					end();
				}
				else if (tag.equals("td") || tag.equals("th")) {
					this.line.append(' ');
				}
				else if (BLOCKS.contains(tag)) {
					end();
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !element.nameIs("td")
					&& !element.nameIs("th")) {
				end();
			}
		}

		private static boolean inPre(TextNode text) {
			for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
				if (parent instanceof Element element && element.nameIs("pre")) {
					return true;
				}
			}
			return false;
		}

		void end() {
			String text = collapse(this.line).strip();
			this.line.setLength(0);
			if (text.isEmpty()) {
				return;
			}
			this.lines.add(ENDED.matcher(text).matches() ? text : text + "。");
		}

		private static String collapse(CharSequence raw) {
			Matcher space = SPACE.matcher(raw);
			StringBuilder out = new StringBuilder(raw.length());
			int last = 0;
			while (space.find()) {
				out.append(raw, last, space.start());
				boolean sourceBreak = space.group().indexOf(SOURCE_BREAK) >= 0;
				boolean betweenHan = space.start() > 0 && space.end() < raw.length()
						&& isHan(raw.charAt(space.start() - 1)) && isHan(raw.charAt(space.end()));
				if (!(sourceBreak && betweenHan)) {
					out.append(' ');
				}
				last = space.end();
			}
			out.append(raw, last, raw.length());
			return out.toString();
		}

		private static boolean isHan(char c) {
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			return script == Character.UnicodeScript.HAN
					|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
					|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
		}

	}

}
