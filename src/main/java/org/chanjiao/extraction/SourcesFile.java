package org.chanjiao.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chanjiao.system.CsvRows;
import org.chanjiao.organization.FieldRules;
import org.chanjiao.transfer.ImportException;
import org.chanjiao.transfer.ImportProblem;

/**
 * The optional {@code sources.csv} of a folder of reports: where each document comes
 * from. UTF-8, RFC 4180, a header row naming some of the columns {@code file} (required),
 * {@code url}, {@code title}, {@code publisher}, {@code date} in any order. {@code file}
 * is the name of a document in the folder; {@code date} is {@code YYYY}, {@code YYYY-MM}
 * or {@code YYYY-MM-DD} (its year is the document's year); {@code url} an absolute URL.
 * Empty cells are allowed (but for {@code file}); a document the file does not list gets
 * its file name as title. Every problem is reported with line and column, as the importer
 * does, and the file is refused as a whole.
 */
final class SourcesFile {

	static final String NAME = "sources.csv";

	static final List<String> COLUMNS = List.of("file", "url", "title", "publisher", "date");

	/** One row: where a document comes from; null for empty cells. */
	record Source(String file, String url, String title, String publisher, Integer year) {

		static Source none(String file) {
			return new Source(file, null, null, null, null);
		}

	}

	private final List<ImportProblem> problems = new ArrayList<>();

	private SourcesFile() {
	}

	/**
	 * Reads {@code sources.csv} from the folder, if it has one.
	 * @param documents the file names of the folder's documents
	 * @return the sources by file name (empty without the file)
	 * @throws ImportException with every problem, when there is any
	 */
	static Map<String, Source> read(Path folder, Collection<String> documents) {
		Path file = folder.resolve(NAME);
		if (!Files.exists(file)) {
			return Map.of();
		}
		SourcesFile reader = new SourcesFile();
		Map<String, Source> sources = reader.parse(file, Set.copyOf(documents));
		if (!reader.problems.isEmpty()) {
			throw new ImportException(reader.problems);
		}
		return sources;
	}

	private Map<String, Source> parse(Path file, Set<String> documents) {
		Map<String, Source> sources = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		InputStream in;
		try {
			in = Files.newInputStream(file);
		}
		catch (IOException ex) {
			problem(0, null, "cannot be read: " + ex.getMessage());
			return sources;
		}
		CsvRows.read(in, COLUMNS, this::checkHeader, this::problem,
				(line, cells) -> row(line, cells, documents, lines).ifPresent((s) -> sources.put(s.file(), s)));
		return sources;
	}

	private boolean checkHeader(List<String> header) {
		boolean ok = true;
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				problem(1, column, "unknown column; the columns are " + String.join(",", COLUMNS));
				ok = false;
			}
			else if (!seen.add(column)) {
				problem(1, column, "appears twice in the header");
				ok = false;
			}
		}
		if (!seen.contains("file")) {
			problem(1, null, "has no column 'file'; the columns are " + String.join(",", COLUMNS));
			ok = false;
		}
		return ok;
	}

	private Optional<Source> row(long line, Map<String, String> cells, Set<String> documents, Map<String, Long> lines) {
		int before = this.problems.size();
		String file = cells.get("file");
		if (file == null) {
			problem(line, "file", "is empty; name a document of the folder");
		}
		else if (!documents.contains(file)) {
			problem(line, "file",
					"unknown file '" + file + "': no .txt, .pdf or .html document of that name in the folder");
		}
		else if (lines.containsKey(file)) {
			problem(line, "file", "'" + file + "' is listed twice (first at line " + lines.get(file) + ")");
		}
		else {
			lines.put(file, line);
		}
		String url = cells.get("url");
		if (url != null && !isAbsoluteUrl(url)) {
			problem(line, "url", "'" + url + "' is not an absolute URL (such as https://example.org/report.html)");
		}
		Integer year = year(line, cells.get("date"));
		if (this.problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Source(file, url, cells.get("title"), cells.get("publisher"), year));
	}

	private static boolean isAbsoluteUrl(String url) {
		try {
			URI uri = new URI(url);
			return uri.isAbsolute() && uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private Integer year(long line, String date) {
		if (date == null) {
			return null;
		}
		int year;
		try {
			if (date.matches("\\d{4}")) {
				year = Integer.parseInt(date);
			}
			else if (date.matches("\\d{4}-\\d{2}")) {
				year = YearMonth.parse(date).getYear();
			}
			else {
				year = LocalDate.parse(date).getYear();
			}
		}
		catch (DateTimeParseException ex) {
			problem(line, "date", "'" + date + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
			return null;
		}
		if (FieldRules.checkYear(year).isPresent()) {
			problem(line, "date", "'" + date + "' is not a date between 1900 and " + FieldRules.latestYear());
			return null;
		}
		return year;
	}

	private void problem(long line, String column, String reason) {
		if (this.problems.size() < ImportException.MAX_PROBLEMS) {
			this.problems.add(new ImportProblem(NAME, line, column, reason));
		}
	}

}
