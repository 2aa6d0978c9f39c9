package org.chanjiao.transfer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;

/**
 * The checks between the rows of a folder, once every file is read: ids are unique, a
 * relation's ends are organisations of the folder or of the database and of kinds its
 * type allows, every source is a document of the folder or of the database, and rows
 * marked LINKED name organisations the database holds.
 */
final class DatasetCrossCheck {

	private final ImportProblems problems;

	private final Map<String, Long> nodeLines;

	/**
	 * @param problems where the problems go
	 * @param nodeLines the line of every node id, refused rows included, to explain a
	 * reference to a refused row
	 */
	DatasetCrossCheck(ImportProblems problems, Map<String, Long> nodeLines) {
		this.problems = problems;
		this.nodeLines = nodeLines;
	}

	/**
	 * Checks the rows read, then the LINKED and the SHORT_FORM ones.
	 * @param nodes the node rows to write
	 * @param linked the node rows marked LINKED, not among {@code nodes}
	 * @param shortForms the node rows marked SHORT_FORM, not among {@code nodes}
	 * @param known what the database holds, for references outside the folder
	 */
	void check(List<DocumentRow> documents, List<NodeRow> nodes, List<NodeRow> linked, List<NodeRow> shortForms,
			List<RelationRow> relations, InterchangeReader.KnownGraph known) {
		crossCheck(documents, nodes, relations, known);
		checkLinked(linked, nodes, known);
		checkShortForms(shortForms, nodes, linked, known);
	}

	/**
	 * A SHORT_FORM row stands for an organisation of the folder (a row to write or a
	 * LINKED one) or of the database, of the kind the row gives; its own id is nobody
	 * else's. (A relationship that names one as an end joins its organisation:
	 * {@link InterchangeReader}.)
	 */
	private void checkShortForms(List<NodeRow> shortForms, List<NodeRow> nodes, List<NodeRow> linked,
			InterchangeReader.KnownGraph known) {
		if (shortForms.isEmpty()) {
			return;
		}
		Map<String, OrgKind> kinds = new HashMap<>();
		nodes.forEach((n) -> kinds.put(n.id(), n.kind()));
		linked.forEach((n) -> kinds.put(n.id(), n.kind()));
		Set<String> own = new HashSet<>();
		for (NodeRow row : shortForms) {
			if (kinds.containsKey(row.id()) || !own.add(row.id())) {
				this.problems.add(Interchange.NODES, row.line(), "id", "duplicate id '" + row.id() + "'");
			}
		}
		List<String> outside = shortForms.stream()
			.map((row) -> (String) row.properties().get(Interchange.SHORT_FORM_OF))
			.filter((target) -> !kinds.containsKey(target))
			.distinct()
			.toList();
		if (!outside.isEmpty()) {
			kinds.putAll(known.organizationKinds(outside));
		}
		for (NodeRow row : shortForms) {
			String target = (String) row.properties().get(Interchange.SHORT_FORM_OF);
			OrgKind kind = kinds.get(target);
			if (kind == null) {
				this.problems.add(Interchange.NODES, row.line(), Interchange.SHORT_FORM_OF,
						"'" + target + "' is no row of this folder and no organisation in the database");
			}
			else if (kind != row.kind()) {
				this.problems.add(Interchange.NODES, row.line(), "kind",
						"a short form of '" + target + "', which is " + kind + ", not " + row.kind());
			}
		}
	}

	/**
	 * Rows marked LINKED refer to organisations the database holds: each must be there,
	 * with the kind the row gives, and none may also be a row of its own.
	 */
	private void checkLinked(List<NodeRow> linked, List<NodeRow> nodes, InterchangeReader.KnownGraph known) {
		if (linked.isEmpty()) {
			return;
		}
		Map<String, OrgKind> kinds = known.organizationKinds(linked.stream().map(NodeRow::id).toList());
		Set<String> defined = new HashSet<>();
		nodes.forEach((n) -> defined.add(n.id()));
		for (NodeRow row : linked) {
			OrgKind kind = kinds.get(row.id());
			if (defined.contains(row.id())) {
				this.problems.add(Interchange.NODES, row.line(), "id",
						"'" + row.id() + "' is both LINKED and a row of its own");
			}
			else if (kind == null) {
				this.problems.add(Interchange.NODES, row.line(), "id", "LINKED organisation '" + row.id()
						+ "' is not in the database; import the folder it came from first, or make the row CANDIDATE");
			}
			else if (kind != row.kind()) {
				this.problems.add(Interchange.NODES, row.line(), "kind",
						"LINKED organisation '" + row.id() + "' is " + kind + " in the database, not " + row.kind());
			}
		}
	}

	private void crossCheck(List<DocumentRow> documents, List<NodeRow> nodes, List<RelationRow> relations,
			InterchangeReader.KnownGraph known) {
		Set<String> documentIds = new HashSet<>();
		for (DocumentRow document : documents) {
			if (!documentIds.add(document.id())) {
				this.problems.add(Interchange.DOCUMENTS, document.line(), "id", "duplicate id '" + document.id() + "'");
			}
		}
		Map<String, OrgKind> kinds = new HashMap<>();
		for (NodeRow node : nodes) {
			if (kinds.putIfAbsent(node.id(), node.kind()) != null) {
				this.problems.add(Interchange.NODES, node.line(), "id", "duplicate id '" + node.id() + "'");
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
				this.problems.add(Interchange.RELATIONS, line, "from", missing(relation.from()));
			}
			if (toKind == null) {
				this.problems.add(Interchange.RELATIONS, line, "to", missing(relation.to()));
			}
			if (fromKind != null && toKind != null && !relation.type().allows(fromKind, toKind)) {
				this.problems.add(Interchange.RELATIONS, line, "type",
						relation.type() + " is not allowed from " + fromKind + " to " + toKind + "; it joins "
								+ relation.type().fromKinds() + " to " + relation.type().toKinds());
			}
			checkSources(Interchange.RELATIONS, line, "sources", relation.properties(), documentIds);
			if (!ids.add(relation.id())) {
				String qualifier = RelationKeys.qualifierProperty(relation.type());
				this.problems
					.add(Interchange.RELATIONS, line, null,
							"duplicate relation: " + relation.type() + " from '" + relation.from() + "' to '"
									+ relation.to() + "'"
									+ ((qualifier != null) ? " with the same " + qualifier + " '"
											+ relation.properties().get(qualifier) + "'" : "")
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
					this.problems.add(file, line, column,
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

}
