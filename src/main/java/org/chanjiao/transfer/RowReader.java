package org.chanjiao.transfer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * Turns the cells of a row of {@code documents.csv}, {@code nodes.csv} or
 * {@code relations.csv} into a {@link DocumentRow}, {@link NodeRow} or
 * {@link RelationRow}: each cell checked by {@link RowCells}, then the rules between the
 * cells of one row (a form only for a community, a recognition's title, a relation's id
 * matching its ends…). A row with any problem is refused (empty). Rows are checked alone
 * here; references between them are {@link DatasetCrossCheck}'s.
 */
final class RowReader {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*:\\S+");

	private static final Pattern MODEL = Pattern.compile("[^-\\s|]+(-[^-\\s|]+)*");

	private final ImportProblems problems;

	// The line of each node id, refused rows included, to explain references to them.
	private final Map<String, Long> nodeLines = new HashMap<>();

	RowReader(ImportProblems problems) {
		this.problems = problems;
	}

	/** The line of each node id read so far, refused rows included. */
	Map<String, Long> nodeLines() {
		return this.nodeLines;
	}

	Optional<DocumentRow> document(long line, Map<String, String> cells) {
		int before = this.problems.found();
		RowCells row = new RowCells(this.problems, Interchange.DOCUMENTS, line, cells);
		String id = row.id("id");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", row.text("title", true));
		properties.put("publisher", row.get("publisher"));
		properties.put("year", row.year("year"));
		properties.put("url", row.get("url"));
		return this.problems.noneSince(before) ? Optional.of(new DocumentRow(line, id, properties)) : Optional.empty();
	}

	/** A node row; one marked LINKED keeps {@code status} among its properties. */
	Optional<NodeRow> node(long line, Map<String, String> cells) {
		int before = this.problems.found();
		RowCells row = new RowCells(this.problems, Interchange.NODES, line, cells);
		String id = row.id("id");
		if (id != null) {
			this.nodeLines.putIfAbsent(id, line);
		}
		OrgKind kind = row.enumValue("kind", OrgKind.class, true);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", row.text("name", true));
		properties.put("nameEn", row.get("nameEn"));
		properties.put("aliases", row.list("aliases"));
		properties.put("region", row.get("region"));
		properties.put("founded", row.year("founded"));
		List<String> identifiers = row.list("identifiers");
		if (identifiers != null) {
			for (String identifier : identifiers) {
				int colon = identifier.indexOf(':');
				if (!IDENTIFIER.matcher(identifier).matches() || colon < 0) {
					row.problem("identifiers",
							"'" + identifier + "' is not scheme:value (e.g. USCC:91512081MA62K0260E)");
				}
				else {
					FieldRules.checkIdentifier(identifier.substring(0, colon), identifier.substring(colon + 1))
						.ifPresent((reason) -> row.problem("identifiers", reason));
				}
			}
		}
		properties.put("identifiers", identifiers);
		properties.put("description", row.get("description"));
		CommunityForm form = row.enumValue("form", CommunityForm.class, false);
		if (form != null && kind != null && kind != OrgKind.COMMUNITY) {
			row.problem("form", "only a COMMUNITY has a form; this row is " + kind);
		}
		properties.put("form", (form != null) ? form.name() : null);
		properties.put("honours", row.list("honours"));
		String model = row.get("declaredModel");
		if (model != null && !MODEL.matcher(model).matches()) {
			row.problem("declaredModel", "'" + model + "' is not a model such as 政-校-行-企");
		}
		properties.put("declaredModel", model);
		List<String> modelSources = row.list("declaredModelSources");
		List<String> modelEvidence = row.list("declaredModelEvidence");
		row.checkEvidence(modelSources, modelEvidence, "declaredModelSources", "declaredModelEvidence");
		if (model == null && modelSources != null) {
			row.problem("declaredModelSources", "sources given for a model that is not declared");
		}
		properties.put("declaredModelSources", modelSources);
		properties.put("declaredModelEvidence", modelEvidence);
		properties.put("createdAt", row.get("createdAt"));
		properties.put("updatedAt", row.get("updatedAt"));
		properties.put("version", row.number("version"));
		String status = row.get("status");
		String shortFormOf = row.get(Interchange.SHORT_FORM_OF);
		if (status != null && !status.equals(Interchange.LINKED) && !status.equals(Interchange.CANDIDATE)
				&& !status.equals(Interchange.SHORT_FORM)) {
			row.problem("status",
					"'" + status + "' is not " + Interchange.CANDIDATE + " (an organisation to import), "
							+ Interchange.LINKED + " (one the database holds, not written) or " + Interchange.SHORT_FORM
							+ " (a shorter name of another row's organisation, not written)");
		}
		if (Interchange.SHORT_FORM.equals(status)) {
			if (shortFormOf == null) {
				row.problem(Interchange.SHORT_FORM_OF, "is empty; a " + Interchange.SHORT_FORM
						+ " row names the id of the organisation it stands for");
			}
			else {
				properties.put(Interchange.SHORT_FORM_OF, row.id(Interchange.SHORT_FORM_OF));
			}
		}
		else if (shortFormOf != null) {
			row.problem(Interchange.SHORT_FORM_OF, "is only for rows with status " + Interchange.SHORT_FORM);
		}
		if (Interchange.LINKED.equals(status) || Interchange.SHORT_FORM.equals(status)) {
			properties.put("status", status); // a reference, set aside before writing
		}
		return this.problems.noneSince(before) ? Optional.of(new NodeRow(line, id, kind, properties))
				: Optional.empty();
	}

	/** A relation row, its id computed from its key (a given id must be that one). */
	Optional<RelationRow> relation(long line, Map<String, String> cells) {
		int before = this.problems.found();
		RowCells row = new RowCells(this.problems, Interchange.RELATIONS, line, cells);
		String from = row.id("from");
		String to = row.id("to");
		RelationType type = row.enumValue("type", RelationType.class, true);
		String role = row.get("role");
		if (type != null) {
			type.checkRole(role).ifPresent((reason) -> row.problem("role", reason));
		}
		Integer since = row.year("since");
		Integer until = row.year("until");
		if (since != null && until != null && since > until) {
			row.problem("until", "until " + until + " is before since " + since);
		}
		RelationStatus status = row.enumValue("status", RelationStatus.class, false);
		List<String> sources = row.list("sources");
		List<String> evidence = row.list("evidence");
		row.checkEvidence(sources, evidence, "sources", "evidence");
		PartnershipKind partnership = row.enumValue("kind", PartnershipKind.class, false);
		String title = row.get("title");
		RecognitionLevel level = row.enumValue("level", RecognitionLevel.class, false);
		RecognitionStage stage = row.enumValue("stage", RecognitionStage.class, false);
		if (type != null) {
			row.onlyFor(type, RelationType.PARTNERS_WITH, "kind", partnership);
			row.onlyFor(type, RelationType.RECOGNIZED, "title", title);
			row.onlyFor(type, RelationType.RECOGNIZED, "level", level);
			row.onlyFor(type, RelationType.RECOGNIZED, "stage", stage);
			if (type == RelationType.RECOGNIZED && title == null) {
				row.problem("title", "a RECOGNIZED relation needs the title it confers");
			}
			if (type == RelationType.PARTNERS_WITH && partnership == null) {
				partnership = PartnershipKind.OTHER;
			}
		}
		if (from != null && from.equals(to)) {
			row.problem("to", "a relation from '" + from + "' to itself is not allowed");
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
		properties.put("createdAt", row.get("createdAt"));
		properties.put("updatedAt", row.get("updatedAt"));
		if (!this.problems.noneSince(before)) {
			return Optional.empty();
		}
		Object qualifier = properties.get(RelationKeys.qualifierProperty(type));
		String expectedId = RelationKeys.id(from, type, to, qualifier);
		String givenId = row.get("id");
		if (givenId != null && !givenId.equals(expectedId)) {
			row.problem("id", "'" + givenId + "' is not the id of this relation (" + expectedId
					+ "); leave the cell empty to have it computed");
			return Optional.empty();
		}
		return Optional.of(new RelationRow(line, expectedId, from, to, type, properties));
	}

}
