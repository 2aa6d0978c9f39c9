package org.chanjiao.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.organization.CommunityForm;
import org.chanjiao.organization.FieldRules;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RecognitionLevel;
import org.chanjiao.organization.RecognitionStage;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;

/**
 * Reads and validates an interchange folder (see {@link Interchange}). Every problem is
 * collected with its file, line, column and reason (up to
 * {@link ImportException#MAX_PROBLEMS}); if there is any, {@link #read} throws
 * {@link ImportException} and nothing is returned, so a caller never writes part of a bad
 * folder.
 */
public final class InterchangeReader {

	/** Opens a file of the folder by name; empty when the folder has no such file. */
	@FunctionalInterface
	public interface Folder {

		Optional<InputStream> open(String fileName) throws IOException;

	}

	/**
	 * What the target database already holds, for references a folder does not define.
	 */
	public interface KnownGraph {

		/** The kinds of those ids that exist as organisations. */
		Map<String, OrgKind> organizationKinds(Collection<String> ids);

		/** Those ids that exist as documents. */
		Set<String> documents(Collection<String> ids);

		KnownGraph EMPTY = new KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(Collection<String> ids) {
				return Map.of();
			}

			@Override
			public Set<String> documents(Collection<String> ids) {
				return Set.of();
			}
		};

	}

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*:\\S+");

	private static final Pattern MODEL = Pattern.compile("[^-\\s|]+(-[^-\\s|]+)*");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private final List<ImportProblem> problems = new ArrayList<>();

	private int omitted;

	private InterchangeReader() {
	}

	/**
	 * Reads, validates and returns the folder's data.
	 * @param folder the files
	 * @param known what the database holds already, for references to it
	 * @throws ImportException with every problem found, when there is any
	 */
	public static Dataset read(Folder folder, KnownGraph known) {
		InterchangeReader reader = new InterchangeReader();
		Dataset dataset = reader.readAll(folder, known);
		if (!reader.problems.isEmpty()) {
			List<ImportProblem> all = new ArrayList<>(reader.problems);
			if (reader.omitted > 0) {
				all.add(new ImportProblem("(all files)", 0, null,
						reader.omitted + " further problem(s) not listed; fix the above and try again"));
			}
			throw new ImportException(all);
		}
		return dataset;
	}

	private Dataset readAll(Folder folder, KnownGraph known) {
		List<DocumentRow> documents = new ArrayList<>();
		List<NodeRow> nodes = new ArrayList<>();
		List<RelationRow> relations = new ArrayList<>();
		parse(folder, Interchange.DOCUMENTS, Interchange.DOCUMENT_COLUMNS, Interchange.DOCUMENT_EXTRA_COLUMNS, false,
				(line, cells) -> document(line, cells).ifPresent(documents::add));
		List<String> nodeExtras = new ArrayList<>(Interchange.NODE_EXTRA_COLUMNS);
		nodeExtras.add(Interchange.NODE_STATUS);
		parse(folder, Interchange.NODES, Interchange.NODE_COLUMNS, nodeExtras, true,
				(line, cells) -> node(line, cells).ifPresent(nodes::add));
		List<NodeRow> linked = nodes.stream().filter((n) -> n.properties().get("status") != null).toList();
		nodes.removeAll(linked);
		parse(folder, Interchange.RELATIONS, Interchange.RELATION_COLUMNS, Interchange.RELATION_EXTRA_COLUMNS, true,
				(line, cells) -> relation(line, cells).ifPresent(relations::add));
		crossCheck(documents, nodes, relations, known);
		checkLinked(linked, nodes, known);
		return new Dataset(documents, nodes, relations);
	}

	private interface RowHandler {

		void row(long line, Map<String, String> cells);

	}

	private void parse(Folder folder, String file, List<String> required, List<String> extra, boolean mandatory,
			RowHandler handler) {
		Optional<InputStream> opened;
		try {
			opened = folder.open(file);
		}
		catch (IOException ex) {
			problem(file, 0, null, "cannot be read: " + ex.getMessage());
			return;
		}
		if (opened.isEmpty()) {
			if (mandatory) {
				problem(file, 0, null,
						"is missing; an interchange folder has " + Interchange.NODES + " and " + Interchange.RELATIONS);
			}
			return;
		}
		try (Reader reader = new InputStreamReader(opened.get(),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				problem(file, 1, null, "has no header row; expected " + String.join(",", required));
				return;
			}
			List<String> header = new ArrayList<>(records.next().toList());
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			if (!checkHeader(file, header, required, extra)) {
				return;
			}
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					if (isDecodingFailure(ex)) {
						problem(file, line, null, "is not valid UTF-8 (at or after this line)");
					}
					else {
						problem(file, line, null, "malformed CSV (" + rootMessage(ex) + ")");
					}
					return;
				}
				if (record.size() != header.size()) {
					problem(file, line, null,
							"has " + record.size() + " cells, the header has " + header.size() + " columns");
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					String value = record.get(i).strip();
					cells.put(header.get(i), value.isEmpty() ? null : value);
				}
				this.file = file;
				handler.row(line, cells);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problem(file, 0, null, isDecodingFailure(ex) ? "is not valid UTF-8" : "cannot be read: " + rootMessage(ex));
		}
	}

	private boolean checkHeader(String file, List<String> header, List<String> required, List<String> extra) {
		boolean ok = true;
		for (int i = 0; i < required.size(); i++) {
			if (i >= header.size() || !required.get(i).equals(header.get(i))) {
				problem(file, 1, (i < header.size()) ? header.get(i) : null, "column " + (i + 1) + " must be '"
						+ required.get(i) + "'; the leading columns are " + String.join(",", required));
				return false;
			}
		}
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!seen.add(column)) {
				problem(file, 1, column, "appears twice in the header");
				ok = false;
			}
			else if (!required.contains(column) && !extra.contains(column)) {
				problem(file, 1, column, "unknown column; known further columns are " + String.join(",", extra));
				ok = false;
			}
		}
		return ok;
	}

	// The file whose rows are being read, for the problems a row handler reports.
	private String file;

	// The line of each node id, refused rows included, to explain references to them.
	private final Map<String, Long> nodeLines = new HashMap<>();

	private Optional<DocumentRow> document(long line, Map<String, String> cells) {
		int before = this.problems.size() + this.omitted;
		String id = id(line, cells, "id");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", text(line, cells, "title", true));
		properties.put("publisher", cells.get("publisher"));
		properties.put("year", year(line, cells, "year"));
		properties.put("url", cells.get("url"));
		return clean(before) ? Optional.of(new DocumentRow(line, id, properties)) : Optional.empty();
	}

	private Optional<NodeRow> node(long line, Map<String, String> cells) {
		int before = this.problems.size() + this.omitted;
		String id = id(line, cells, "id");
		if (id != null) {
			this.nodeLines.putIfAbsent(id, line);
		}
		OrgKind kind = enumValue(line, cells, "kind", OrgKind.class, true);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", text(line, cells, "name", true));
		properties.put("nameEn", cells.get("nameEn"));
		properties.put("aliases", list(cells.get("aliases")));
		properties.put("region", cells.get("region"));
		properties.put("founded", year(line, cells, "founded"));
		List<String> identifiers = list(cells.get("identifiers"));
		if (identifiers != null) {
			for (String identifier : identifiers) {
				int colon = identifier.indexOf(':');
				if (!IDENTIFIER.matcher(identifier).matches() || colon < 0) {
					problem(this.file, line, "identifiers",
							"'" + identifier + "' is not scheme:value (e.g. USCC:91512081MA62K0260E)");
				}
				else {
					FieldRules.checkIdentifier(identifier.substring(0, colon), identifier.substring(colon + 1))
						.ifPresent((reason) -> problem(this.file, line, "identifiers", reason));
				}
			}
		}
		properties.put("identifiers", identifiers);
		properties.put("description", cells.get("description"));
		CommunityForm form = enumValue(line, cells, "form", CommunityForm.class, false);
		if (form != null && kind != null && kind != OrgKind.COMMUNITY) {
			problem(this.file, line, "form", "only a COMMUNITY has a form; this row is " + kind);
		}
		properties.put("form", (form != null) ? form.name() : null);
		properties.put("honours", list(cells.get("honours")));
		String model = cells.get("declaredModel");
		if (model != null && !MODEL.matcher(model).matches()) {
			problem(this.file, line, "declaredModel", "'" + model + "' is not a model such as 政-校-行-企");
		}
		properties.put("declaredModel", model);
		List<String> modelSources = list(cells.get("declaredModelSources"));
		List<String> modelEvidence = list(cells.get("declaredModelEvidence"));
		checkEvidence(line, modelSources, modelEvidence, "declaredModelSources", "declaredModelEvidence");
		if (model == null && modelSources != null) {
			problem(this.file, line, "declaredModelSources", "sources given for a model that is not declared");
		}
		properties.put("declaredModelSources", modelSources);
		properties.put("declaredModelEvidence", modelEvidence);
		properties.put("createdAt", cells.get("createdAt"));
		properties.put("updatedAt", cells.get("updatedAt"));
		properties.put("version", number(line, cells, "version"));
		String status = cells.get("status");
		if (status != null && !status.equals(Interchange.LINKED) && !status.equals(Interchange.CANDIDATE)) {
			problem(this.file, line, "status", "'" + status + "' is not " + Interchange.CANDIDATE + " (an organisation "
					+ "to import) or " + Interchange.LINKED + " (one the database holds, not written)");
		}
		if (Interchange.LINKED.equals(status)) {
			properties.put("status", status); // a reference, set aside before writing
		}
		return clean(before) ? Optional.of(new NodeRow(line, id, kind, properties)) : Optional.empty();
	}

	private Optional<RelationRow> relation(long line, Map<String, String> cells) {
		int before = this.problems.size() + this.omitted;
		String from = id(line, cells, "from");
		String to = id(line, cells, "to");
		RelationType type = enumValue(line, cells, "type", RelationType.class, true);
		String role = cells.get("role");
		if (type != null) {
			type.checkRole(role).ifPresent((reason) -> problem(this.file, line, "role", reason));
		}
		Integer since = year(line, cells, "since");
		Integer until = year(line, cells, "until");
		if (since != null && until != null && since > until) {
			problem(this.file, line, "until", "until " + until + " is before since " + since);
		}
		RelationStatus status = enumValue(line, cells, "status", RelationStatus.class, false);
		List<String> sources = list(cells.get("sources"));
		List<String> evidence = list(cells.get("evidence"));
		checkEvidence(line, sources, evidence, "sources", "evidence");
		PartnershipKind partnership = enumValue(line, cells, "kind", PartnershipKind.class, false);
		String title = cells.get("title");
		RecognitionLevel level = enumValue(line, cells, "level", RecognitionLevel.class, false);
		RecognitionStage stage = enumValue(line, cells, "stage", RecognitionStage.class, false);
		if (type != null) {
			onlyFor(line, type, RelationType.PARTNERS_WITH, "kind", partnership);
			onlyFor(line, type, RelationType.RECOGNIZED, "title", title);
			onlyFor(line, type, RelationType.RECOGNIZED, "level", level);
			onlyFor(line, type, RelationType.RECOGNIZED, "stage", stage);
			if (type == RelationType.RECOGNIZED && title == null) {
				problem(this.file, line, "title", "a RECOGNIZED relation needs the title it confers");
			}
			if (type == RelationType.PARTNERS_WITH && partnership == null) {
				partnership = PartnershipKind.OTHER;
			}
		}
		if (from != null && from.equals(to)) {
			problem(this.file, line, "to", "a relation from '" + from + "' to itself is not allowed");
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("role", role);
		properties.put("since", since);
		properties.put("until", until);
		properties.put("status", (status != null) ? status.name() : RelationStatus.ASSERTED.name());
		properties.put("sources", sources);
		properties.put("evidence", evidence);
		properties.put("kind", (partnership != null) ? partnership.name() : null);
		properties.put("title", title);
		properties.put("level", (level != null) ? level.name() : null);
		properties.put("stage", (stage != null) ? stage.name() : null);
		properties.put("createdAt", cells.get("createdAt"));
		properties.put("updatedAt", cells.get("updatedAt"));
		if (!clean(before)) {
			return Optional.empty();
		}
		Object qualifier = properties.get(RelationKeys.qualifierProperty(type));
		String expectedId = RelationKeys.id(from, type, to, qualifier);
		String givenId = cells.get("id");
		if (givenId != null && !givenId.equals(expectedId)) {
			problem(this.file, line, "id", "'" + givenId + "' is not the id of this relation (" + expectedId
					+ "); leave the cell empty to have it computed");
			return Optional.empty();
		}
		return Optional.of(new RelationRow(line, expectedId, from, to, type, properties));
	}

	/**
	 * Rows marked LINKED refer to organisations the database holds: each must be there,
	 * with the kind the row gives, and none may also be a row of its own.
	 */
	private void checkLinked(List<NodeRow> linked, List<NodeRow> nodes, KnownGraph known) {
		if (linked.isEmpty()) {
			return;
		}
		Map<String, OrgKind> kinds = known.organizationKinds(linked.stream().map(NodeRow::id).toList());
		Set<String> defined = new HashSet<>();
		nodes.forEach((n) -> defined.add(n.id()));
		for (NodeRow row : linked) {
			OrgKind kind = kinds.get(row.id());
			if (defined.contains(row.id())) {
				problem(Interchange.NODES, row.line(), "id", "'" + row.id() + "' is both LINKED and a row of its own");
			}
			else if (kind == null) {
				problem(Interchange.NODES, row.line(), "id", "LINKED organisation '" + row.id()
						+ "' is not in the database; import the folder it came from first, or make the row CANDIDATE");
			}
			else if (kind != row.kind()) {
				problem(Interchange.NODES, row.line(), "kind",
						"LINKED organisation '" + row.id() + "' is " + kind + " in the database, not " + row.kind());
			}
		}
	}

	private void crossCheck(List<DocumentRow> documents, List<NodeRow> nodes, List<RelationRow> relations,
			KnownGraph known) {
		Set<String> documentIds = new HashSet<>();
		for (DocumentRow document : documents) {
			if (!documentIds.add(document.id())) {
				problem(Interchange.DOCUMENTS, document.line(), "id", "duplicate id '" + document.id() + "'");
			}
		}
		Map<String, OrgKind> kinds = new HashMap<>();
		for (NodeRow node : nodes) {
			if (kinds.putIfAbsent(node.id(), node.kind()) != null) {
				problem(Interchange.NODES, node.line(), "id", "duplicate id '" + node.id() + "'");
			}
		}
		Set<String> referencedDocuments = new HashSet<>();
		nodes.forEach((n) -> addAll(referencedDocuments, n.properties().get("declaredModelSources")));
		relations.forEach((r) -> addAll(referencedDocuments, r.properties().get("sources")));
		referencedDocuments.removeAll(documentIds);
		documentIds.addAll(known.documents(referencedDocuments));

		Set<String> unknownEnds = new HashSet<>();
		for (RelationRow relation : relations) {
			for (String end : List.of(relation.from(), relation.to())) {
				if (!kinds.containsKey(end)) {
					unknownEnds.add(end);
				}
			}
		}
		kinds.putAll(known.organizationKinds(unknownEnds));

		for (NodeRow node : nodes) {
			checkSources(Interchange.NODES, node.line(), "declaredModelSources", node.properties(), documentIds);
		}
		Set<String> ids = new HashSet<>();
		for (RelationRow relation : relations) {
			long line = relation.line();
			OrgKind fromKind = kinds.get(relation.from());
			OrgKind toKind = kinds.get(relation.to());
			if (fromKind == null) {
				problem(Interchange.RELATIONS, line, "from", missing(relation.from()));
			}
			if (toKind == null) {
				problem(Interchange.RELATIONS, line, "to", missing(relation.to()));
			}
			if (fromKind != null && toKind != null && !relation.type().allows(fromKind, toKind)) {
				problem(Interchange.RELATIONS, line, "type",
						relation.type() + " is not allowed from " + fromKind + " to " + toKind + "; it joins "
								+ relation.type().fromKinds() + " to " + relation.type().toKinds());
			}
			checkSources(Interchange.RELATIONS, line, "sources", relation.properties(), documentIds);
			if (!ids.add(relation.id())) {
				String qualifier = RelationKeys.qualifierProperty(relation.type());
				problem(Interchange.RELATIONS, line, null, "duplicate relation: " + relation.type() + " from '"
						+ relation.from() + "' to '" + relation.to() + "'"
						+ ((qualifier != null)
								? " with the same " + qualifier + " '" + relation.properties().get(qualifier) + "'"
								: "")
						+ " appears more than once");
			}
		}
	}

	private String missing(String id) {
		Long line = this.nodeLines.get(id);
		return (line != null) ? "organisation '" + id + "' is refused at " + Interchange.NODES + ":" + line
				: "no organisation with id '" + id + "'";
	}

	private void checkSources(String file, long line, String column, Map<String, Object> properties,
			Set<String> documentIds) {
		Object sources = properties.get(column);
		if (sources instanceof List<?> list) {
			for (Object source : list) {
				if (!documentIds.contains(source)) {
					problem(file, line, column,
							"no document with id '" + source + "' (add it to " + Interchange.DOCUMENTS + ")");
				}
			}
		}
	}

	private static void addAll(Set<String> into, Object list) {
		if (list instanceof List<?> items) {
			items.forEach((item) -> into.add((String) item));
		}
	}

	private void checkEvidence(long line, List<String> sources, List<String> evidence, String sourcesColumn,
			String evidenceColumn) {
		int sourceCount = (sources != null) ? sources.size() : 0;
		int evidenceCount = (evidence != null) ? evidence.size() : 0;
		if (sourceCount != evidenceCount) {
			problem(this.file, line, evidenceColumn, evidenceCount + " quote(s) for " + sourceCount
					+ " source(s); quote i must quote source i of " + sourcesColumn);
		}
	}

	private void onlyFor(long line, RelationType type, RelationType owner, String column, Object value) {
		if (value != null && type != owner) {
			problem(this.file, line, column, "only a " + owner + " relation has a " + column + "; this row is " + type);
		}
	}

	private String id(long line, Map<String, String> cells, String column) {
		String value = cells.get(column);
		if (value == null) {
			problem(this.file, line, column, "is empty; every row needs an id");
			return null;
		}
		if (!ID.matcher(value).matches()) {
			problem(this.file, line, column, "'" + value
					+ "' is not a valid id (letters, digits, '.', '_', '~', '-'; at most 128; starting with a letter or digit)");
		}
		return value;
	}

	private String text(long line, Map<String, String> cells, String column, boolean required) {
		String value = cells.get(column);
		if (value == null && required) {
			problem(this.file, line, column, "is empty; a " + column + " is required");
		}
		return value;
	}

	private Integer year(long line, Map<String, String> cells, String column) {
		String value = cells.get(column);
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value);
			if (FieldRules.checkYear(year).isPresent()) {
				problem(this.file, line, column, year + " is not a year between 1900 and " + FieldRules.latestYear());
				return null;
			}
			return year;
		}
		catch (NumberFormatException ex) {
			problem(this.file, line, column, "'" + value + "' is not a year");
			return null;
		}
	}

	private Long number(long line, Map<String, String> cells, String column) {
		String value = cells.get(column);
		if (value == null) {
			return null;
		}
		try {
			long number = Long.parseLong(value);
			if (number < 0) {
				problem(this.file, line, column, number + " is negative");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(this.file, line, column, "'" + value + "' is not a whole number");
			return null;
		}
	}

	private <E extends Enum<E>> E enumValue(long line, Map<String, String> cells, String column, Class<E> type,
			boolean required) {
		String value = cells.get(column);
		if (value == null) {
			if (required) {
				problem(this.file, line, column, "is empty; one of " + Arrays.toString(type.getEnumConstants()));
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problem(this.file, line, column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		return null;
	}

	/** Splits a list cell on {@code |}; an empty cell is no list. */
	static List<String> list(String cell) {
		if (cell == null) {
			return null;
		}
		List<String> items = new ArrayList<>();
		for (String item : cell.split(Pattern.quote(Interchange.LIST_SEPARATOR), -1)) {
			String stripped = item.strip();
			if (!stripped.isEmpty()) {
				items.add(stripped);
			}
		}
		return items.isEmpty() ? null : List.copyOf(items);
	}

	private boolean clean(int before) {
		return this.problems.size() + this.omitted == before;
	}

	private void problem(String file, long line, String column, String reason) {
		if (this.problems.size() < ImportException.MAX_PROBLEMS) {
			this.problems.add(new ImportProblem(file, line, column, reason));
		}
		else {
			this.omitted++;
		}
	}

	private static boolean isDecodingFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
