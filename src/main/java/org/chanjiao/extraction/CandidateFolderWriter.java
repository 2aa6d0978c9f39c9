package org.chanjiao.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.extraction.CorpusExtractor.CorpusRelation;
import org.chanjiao.extraction.CorpusExtractor.Document;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.Interchange;

/**
 * Writes an extraction in the interchange format, for {@code import}: every organisation
 * the reports name in {@code nodes.csv} — proposed ones with status {@code CANDIDATE}
 * (the other words the reports name them by as aliases), ones linked to the graph with
 * status {@code LINKED}, named as the reports write them (an import checks that they
 * exist and writes nothing to them), then each shorter name a report writes for one of
 * them as a row of its own with status {@code SHORT_FORM} and the organisation's id in
 * {@code shortFormOf} (so that every name reads as written; the import writes nothing for
 * it) — the relationships with status CANDIDATE in {@code relations.csv}, the reports in
 * {@code documents.csv} (with a {@code url} column when a report has a URL).
 */
final class CandidateFolderWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** 省/市/区/县 and a government body's suffix: the place's own body. */
	private static final Pattern OWN_BODY = Pattern.compile("(?:省|市|区|县)(?:委)?[\\u4e00-\\u9fa5]{1,12}");

	private CandidateFolderWriter() {
	}

	/**
	 * Writes one report's extraction.
	 * @param skip ids of relationships not to write (the graph holds them already)
	 * @return the number of relationships written
	 */
	static int write(Path dir, Extraction extraction, String documentId, String title, Set<String> skip) {
		List<CorpusRelation> relations = extraction.relations()
			.stream()
			.map((r) -> new CorpusRelation(r, r.since(), List.of(documentId), List.of(r.evidence())))
			.toList();
		List<Node> nodes = extraction.organizations()
			.stream()
			.map((org) -> Node.of(org, extraction.mentionedAs().getOrDefault(org.id(), List.of()),
					org.known() ? "linked to " + org.name() + " by extraction from " + documentId
							: "proposed by extraction from " + documentId))
			.toList();
		return write(dir, List.of(new Document(documentId, title, null, null, null)), nodes, relations, skip,
				definedShortForms(nodes, extraction.text()), extraction.text());
	}

	/**
	 * For each organisation, the short forms the text defines right after its full name
	 * (江川职业技术学院（简称“江川职院”）): the report names it by both, and a fact stated with one holds
	 * for the other as written.
	 */
	static Map<String, Set<String>> definedShortForms(List<Node> nodes, String text) {
		Map<String, Set<String>> defined = new HashMap<>();
		if (text == null) {
			return defined;
		}
		for (Node node : nodes) {
			for (int at = text.indexOf(node.name()); at >= 0; at = text.indexOf(node.name(), at + 1)) {
				// (聯(lián)盟(簡稱“聯(lián)盟”), on a page with readings: the definition is
				// read without them, as the extraction read it)
				int from = at + node.name().length();
				String rest = PinyinGlosses.strip(text.substring(from, Math.min(text.length(), from + 120)));
				Matcher definition = DEFINED.matcher(rest);
				Matcher acronym = Coreference.ACRONYM.matcher(rest);
				// (德尼·萨苏-恩格索大学（萨苏大学）: a short form in brackets with no word of definition
				// is defined all the same, where the document reads the two as one)
				Matcher bracketed = Coreference.BRACKETED.matcher(rest);
				String alias = definition.lookingAt() ? definition.group(1)
						: acronym.lookingAt() ? acronym.group(1) : bracketed.lookingAt() ? bracketed.group(1) : null;
				if (alias != null) {
					String read = alias;
					node.aliases()
						.stream()
						.filter((a) -> a.equals(read) || PinyinGlosses.strip(a).equals(read))
						.findFirst()
						.ifPresent(
								(a) -> defined.computeIfAbsent(node.org().id(), (k) -> new java.util.LinkedHashSet<>())
									.add(a));
				}
			}
		}
		return defined;
	}

	/** A short name's definition right after a name: （以下简称“江川职院”）. */
	private static final Pattern DEFINED = Pattern
		.compile(MentionFinder.DEFINITION_OPENS + "[：:]?\\s*[“\"「]?(.+?)[”\"」]?[）)]");

	/**
	 * Writes a corpus's extraction: every document, each proposed organisation once, each
	 * relationship once with all the documents that state it.
	 * @param skip ids of relationships not to write (the graph holds them already)
	 * @return the number of relationships written
	 */
	static int write(Path dir, CorpusExtractor.Result result, Set<String> skip) {
		List<Node> nodes = result.organizations().stream().map((org) -> {
			List<String> documents = result.namedIn().getOrDefault(org.id(), List.of());
			String first = documents.isEmpty() ? "" : documents.get(0);
			String more = (documents.size() > 1) ? " and " + (documents.size() - 1) + " more document(s)" : "";
			return Node.of(org, result.mentionedAs().getOrDefault(org.id(), List.of()), org.known()
					? "linked to " + org.name() + " by extraction" : "proposed by extraction from " + first + more);
		}).toList();
		return write(dir, result.documents(), nodes, result.relations(), skip, Map.of(), null);
	}

	/**
	 * A row of {@code nodes.csv}: the organisation, the name the reports write for it
	 * (the longest of the words they name it by: a full name before its short forms), the
	 * other words as aliases.
	 */
	private record Node(Org org, String name, List<String> aliases, String description) {

		static Node of(Org org, List<String> forms, String description) {
			String name = forms.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(org.name());
			return new Node(org, name, forms.stream().filter((f) -> !f.equals(name)).toList(), description);
		}

	}

	private static int write(Path dir, List<Document> documentRows, List<Node> nodeRows, List<CorpusRelation> all,
			Set<String> skip, Map<String, Set<String>> defined, String text) {
		try {
			Files.createDirectories(dir);
			// The url column only where a document has one: a single report's folder
			// stays
			// as it was.
			boolean urls = documentRows.stream().anyMatch((d) -> d.url() != null);
			try (CSVPrinter documents = printer(dir.resolve(Interchange.DOCUMENTS))) {
				List<String> columns = new ArrayList<>(Interchange.DOCUMENT_COLUMNS);
				if (urls) {
					columns.addAll(Interchange.DOCUMENT_EXTRA_COLUMNS);
				}
				documents.printRecord(columns);
				for (Document document : documentRows) {
					List<String> cells = new ArrayList<>(List.of(document.id(), cell(document.title()),
							cell(document.publisher()), cell(document.year())));
					if (urls) {
						cells.add(cell(document.url()));
					}
					documents.printRecord(cells);
				}
			}
			List<CorpusRelation> relations = all.stream().filter((r) -> !skip.contains(r.relation().id())).toList();
			try (CSVPrinter nodes = printer(dir.resolve(Interchange.NODES))) {
				List<String> columns = new ArrayList<>(Interchange.NODE_COLUMNS);
				columns.add(Interchange.NODE_STATUS);
				columns.add(Interchange.SHORT_FORM_OF);
				nodes.printRecord(columns);
				for (Node node : nodeRows) {
					Org org = node.org();
					nodes.printRecord(org.id(), org.kind().name(), node.name(), "",
							org.known() ? "" : String.join(Interchange.LIST_SEPARATOR, node.aliases()), "", "", "",
							node.description(), org.known() ? Interchange.LINKED : Interchange.CANDIDATE, "");
				}
				for (Node node : nodeRows) {
					for (int i = 0; i < node.aliases().size(); i++) {
						if (!namesOnItsOwn(node.aliases().get(i), node.org().kind())) {
							continue;
						}
						nodes.printRecord(shortFormId(node.org().id(), i), node.org().kind().name(),
								node.aliases().get(i), "", "", "", "", "", "written for " + node.name(),
								Interchange.SHORT_FORM, node.org().id());
					}
				}
			}
			try (CSVPrinter out = printer(dir.resolve(Interchange.RELATIONS))) {
				List<String> columns = new ArrayList<>(Interchange.RELATION_COLUMNS);
				columns.addAll(Arrays.asList("kind", "title", "level", "stage"));
				out.printRecord(columns);
				Map<String, Node> byId = new HashMap<>();
				nodeRows.forEach((node) -> byId.put(node.org().id(), node));
				for (CorpusRelation row : relations) {
					ExtractedRelation r = row.relation();
					List<Window> near = windows(row.evidence(), text);
					List<String> froms = ends(byId.get(r.from().id()), r.from().id(), row.evidence(), defined, near);
					List<String> tos = ends(byId.get(r.to().id()), r.to().id(), row.evidence(), defined, near);
					for (String from : froms) {
						for (String to : tos) {
							if (mixesForms(from, froms, to, tos)) {
								continue;
							}
							out.printRecord(from, to, r.type().name(), cell(r.role()), cell(row.since()), "",
									"CANDIDATE", String.join(Interchange.LIST_SEPARATOR, row.sources()),
									row.evidence()
										.stream()
										.map((quote) -> quote.replace(Interchange.LIST_SEPARATOR, "｜"))
										.collect(Collectors.joining(Interchange.LIST_SEPARATOR)),
									cell(r.kind()), cell(r.title()), cell(r.level()), cell(r.stage()));
						}
					}
				}
			}
			return relations.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows that name a relationship's end, as the report names it where it states the
	 * fact:
	 * <ul>
	 * <li>a quote that writes a name of the end reads under the names it writes (the full
	 * name, a short form, or both). Where the report defines a short form for it
	 * (江川职业技术学院（简称“江川职院”）), a quote that writes either reads under both: a reader takes
	 * the report's two names for one organisation, and an import reads the repeated row
	 * once. A name written only near the quote is not the quote's (某联合体由A、B组成 and the
	 * full name of 某联合体 two sentences away: the pair is the short form's);</li>
	 * <li>a quote that writes none of its names (该公司与某学院共建Z, 双方共建Z) reads under the name
	 * the end was last written by before it, which is the one the reference points back
	 * to.</li>
	 * </ul>
	 * The dev halves of the corpus chose this over writing a fact on every name written
	 * within {@link #NEAR} characters of its quote: that copy added about one extra pair
	 * for every ten sources and found few that the annotation has.
	 */
	private static List<String> ends(Node node, String id, List<String> evidence, Map<String, Set<String>> defined,
			List<Window> near) {
		String written = asWritten(node, id, evidence);
		if (node == null || evidence.isEmpty()) {
			return List.of(written);
		}
		String quote = evidence.get(0);
		String rest = quote.replace(node.name(), "");
		boolean full = rest.length() < quote.length();
		boolean named = full || node.aliases().stream().anyMatch(rest::contains);
		Set<String> shortForms = defined.getOrDefault(id, Set.of());
		if (!named) {
			String last = lastWrittenBefore(node, id, quote, near);
			// (某联盟（以下简称“某某联盟”）…。会议审议通过了A加入联盟: a reference after a short form
			// the report defines reads under both names, as a quote that writes either
			// does)
			if (last != null && shortForms.stream()
				.anyMatch((form) -> last.equals(shortFormId(id, node.aliases().indexOf(form))))) {
				return List.of(id, last);
			}
			if (last != null) {
				return List.of(last);
			}
		}
		List<String> rows = new ArrayList<>();
		if (full || !named || shortForms.stream().anyMatch(rest::contains)) {
			rows.add(id);
		}
		for (int i = 0; i < node.aliases().size(); i++) {
			String alias = node.aliases().get(i);
			if ((writtenNotAsVenue(rest, alias) || shortForms.contains(alias))
					&& namesOnItsOwn(alias, node.org().kind())) {
				rows.add(shortFormId(id, i));
			}
		}
		if (!rows.contains(written)) {
			rows.add(0, written);
		}
		return rows;
	}

	/**
	 * Whether a quote writes a short form other than as where it happens (签约仪式在某公司会议室举行:
	 * the company's room, not the company acting).
	 */
	private static boolean writtenNotAsVenue(String quote, String alias) {
		for (int at = quote.indexOf(alias); at >= 0; at = quote.indexOf(alias, at + 1)) {
			if (at == 0 || "在于".indexOf(quote.charAt(at - 1)) < 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a row pairs one end's full name with the other's short form where both ends
	 * are read under both (金职院作为协会职教工委会联合发起单位, each defined short for a full name): the
	 * fact reads short with short and full with full, as a reader pairs the names.
	 */
	private static boolean mixesForms(String from, List<String> froms, String to, List<String> tos) {
		return bothForms(froms) && bothForms(tos) && isShortFormRow(from) != isShortFormRow(to);
	}

	private static boolean bothForms(List<String> rows) {
		return rows.stream().anyMatch(CandidateFolderWriter::isShortFormRow)
				&& rows.stream().anyMatch((row) -> !isShortFormRow(row));
	}

	private static boolean isShortFormRow(String row) {
		return row.contains("~");
	}

	/**
	 * How far before a fact's quote the name a reference points back to is still looked
	 * for.
	 */
	private static final int NEAR = 300;

	/** A quote of a fact, and the text around it within {@link #NEAR} characters. */
	private record Window(String quote, String around) {
	}

	/**
	 * The text around each quote of a fact, found once for both its ends (none where the
	 * text is not at hand: a corpus's facts).
	 */
	private static List<Window> windows(List<String> evidence, String text) {
		List<Window> windows = new ArrayList<>();
		if (text == null) {
			return windows;
		}
		for (String quote : evidence) {
			int at = text.indexOf(quote);
			if (at >= 0) {
				windows.add(new Window(quote,
						text.substring(Math.max(0, at - NEAR), Math.min(text.length(), at + quote.length() + NEAR))));
			}
		}
		return windows;
	}

	/**
	 * The row of the name an end was last written by before a quote that writes none of
	 * its names (该公司 after 某公司 was last called by its short form), or null where none is
	 * written within {@link #NEAR} characters before it.
	 */
	private static String lastWrittenBefore(Node node, String id, String quote, List<Window> near) {
		for (Window window : near) {
			if (!window.quote().equals(quote)) {
				continue;
			}
			String before = window.around().substring(0, Math.max(0, window.around().indexOf(quote)));
			String row = null;
			int at = before.lastIndexOf(node.name());
			if (at >= 0) {
				row = id;
			}
			for (int i = 0; i < node.aliases().size(); i++) {
				String alias = node.aliases().get(i);
				int aliasAt = before.lastIndexOf(alias);
				// (a short form inside the full name's own occurrence is the full name)
				if (aliasAt > at && namesOnItsOwn(alias, node.org().kind())
						&& !(at >= 0 && aliasAt < at + node.name().length())) {
					at = aliasAt;
					row = shortFormId(id, i);
				}
			}
			return row;
		}
		return null;
	}

	/**
	 * The row that names a relationship's end as its first quote writes it: the
	 * organisation's own row, or the SHORT_FORM row of the short form the quote uses
	 * where it does not write the full name (甘肃省某职教集团由A、B组成: the pair reads as the
	 * sentence states it; an import joins the organisation all the same).
	 */
	private static String asWritten(Node node, String id, List<String> evidence) {
		if (node == null || evidence.isEmpty() || evidence.get(0).contains(node.name())) {
			return id;
		}
		String quote = evidence.get(0);
		int best = -1;
		for (int i = 0; i < node.aliases().size(); i++) {
			String alias = node.aliases().get(i);
			if (namesOnItsOwn(alias, node.org().kind()) && quote.contains(alias)
					&& (best < 0 || alias.length() > node.aliases().get(best).length())) {
				best = i;
			}
		}
		return (best < 0) ? id : shortFormId(id, best);
	}

	/**
	 * Whether a short form names the organisation by itself: 该联合体's 联合体 (以下简称“联合体”) is
	 * the kind of platform, a word of the document's, not a name to read on its own; a
	 * government body's 市教育局, 县人民政府 is the place's own body, named so (as
	 * {@code Extraction.withOwnGenericNames} names it).
	 */
	private static boolean namesOnItsOwn(String alias, OrgKind kind) {
		// (創新中心 as 创新中心: a page in traditional characters defines the same words;
		// 聯(lián)盟 as 联盟: one that prints readings, too)
		String normalized = ScriptConverter.normalize(PinyinGlosses.strip(alias));
		// (a body every place has, named bare, 农业农村厅, is the document's own, as 工信局 is;
		// so is a province's or a city's school, 省技师学院)
		boolean own = OWN_BODY.matcher(normalized).matches();
		return kind == OrgKind.GOVERNMENT && (own || OrganizationLexicon.isLocalBody(normalized))
				|| kind == OrgKind.SCHOOL && own || !OrganizationLexicon.isGeneric(normalized)
				|| kind == OrgKind.RESEARCH_INSTITUTE && NUMBERED_INSTITUTE.matcher(normalized).matches();
	}

	/** 五所 for 某部电子第五研究所: an institute's short form by its number names it alone. */
	private static final java.util.regex.Pattern NUMBERED_INSTITUTE = java.util.regex.Pattern
		.compile("[一二三四五六七八九十〇零]{1,4}所");

	/** The id of the SHORT_FORM row of an organisation's alias {@code index}. */
	private static String shortFormId(String id, int index) {
		return id + "~" + (index + 1);
	}

	private static String cell(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static CSVPrinter printer(Path file) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, FORMAT);
	}

}
