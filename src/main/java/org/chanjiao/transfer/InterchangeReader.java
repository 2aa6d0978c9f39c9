package org.chanjiao.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;

/**
 * Reads and validates an interchange folder (see {@link Interchange}). Every problem is
 * collected with its file, line, column and reason (up to
 * {@link ImportException#MAX_PROBLEMS}); if there is any, {@link #read} throws
 * {@link ImportException} and nothing is returned, so a caller never writes part of a bad
 * folder.
 * <p>
 * The work is shared out: {@link InterchangeFileParser} reads each file into rows of
 * cells, {@link RowReader} turns each row into a {@link Dataset} row, checking its cells
 * with {@link RowCells}, {@link DatasetCrossCheck} checks the rows against each other and
 * the database, and {@link ImportProblems} collects what they find.
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

	private InterchangeReader() {
	}

	/**
	 * Reads, validates and returns the folder's data.
	 * @param folder the files
	 * @param known what the database holds already, for references to it
	 * @throws ImportException with every problem found, when there is any
	 */
	public static Dataset read(Folder folder, KnownGraph known) {
		ImportProblems problems = new ImportProblems();
		InterchangeFileParser files = new InterchangeFileParser(folder, problems);
		RowReader rows = new RowReader(problems);
		List<DocumentRow> documents = new ArrayList<>();
		List<NodeRow> nodes = new ArrayList<>();
		List<RelationRow> relations = new ArrayList<>();
		files.parse(Interchange.DOCUMENTS, Interchange.DOCUMENT_COLUMNS, Interchange.DOCUMENT_EXTRA_COLUMNS, false,
				(line, cells) -> rows.document(line, cells).ifPresent(documents::add));
		List<String> nodeExtras = new ArrayList<>(Interchange.NODE_EXTRA_COLUMNS);
		nodeExtras.add(Interchange.NODE_STATUS);
		nodeExtras.add(Interchange.SHORT_FORM_OF);
		files.parse(Interchange.NODES, Interchange.NODE_COLUMNS, nodeExtras, true,
				(line, cells) -> rows.node(line, cells).ifPresent(nodes::add));
		List<NodeRow> linked = nodes.stream()
			.filter((n) -> Interchange.LINKED.equals(n.properties().get("status")))
			.toList();
		List<NodeRow> shortForms = nodes.stream()
			.filter((n) -> Interchange.SHORT_FORM.equals(n.properties().get("status")))
			.toList();
		nodes.removeAll(linked);
		nodes.removeAll(shortForms);
		Map<String, String> standsFor = new HashMap<>();
		shortForms.forEach((row) -> standsFor.put(row.id(), (String) row.properties().get(Interchange.SHORT_FORM_OF)));
		Set<String> read = new HashSet<>();
		files.parse(Interchange.RELATIONS, Interchange.RELATION_COLUMNS, Interchange.RELATION_EXTRA_COLUMNS, true,
				(line, cells) -> {
					Map<String, String> resolved = resolveShortForms(cells, standsFor);
					rows.relation(line, resolved)
						.filter((row) -> read.add(row.id()) || !throughShortForm(cells, standsFor))
						.ifPresent(relations::add);
				});
		new DatasetCrossCheck(problems, rows.nodeLines()).check(documents, nodes, linked, shortForms, relations, known);
		problems.throwIfAny();
		return new Dataset(documents, nodes, relations);
	}

	/**
	 * Whether a row names an end by a SHORT_FORM row. An extraction writes a fact stated
	 * of a name it defines a short form for (江川职业技术学院（简称“江川职院”）) on both its names, so
	 * that each reads as the report writes it; the second row is then the same
	 * relationship as the first, and is read once.
	 */
	private static boolean throughShortForm(Map<String, String> cells, Map<String, String> standsFor) {
		return standsFor.containsKey(cells.get("from")) || standsFor.containsKey(cells.get("to"));
	}

	/**
	 * A relationship whose end is a SHORT_FORM row (an extraction names the end as its
	 * evidence writes it) joins the organisation that row stands for.
	 */
	private static Map<String, String> resolveShortForms(Map<String, String> cells, Map<String, String> standsFor) {
		if (standsFor.isEmpty()) {
			return cells;
		}
		Map<String, String> resolved = new LinkedHashMap<>(cells);
		for (String end : List.of("from", "to")) {
			String target = standsFor.get(cells.get(end));
			if (target != null) {
				resolved.put(end, target);
			}
		}
		return resolved;
	}

}
