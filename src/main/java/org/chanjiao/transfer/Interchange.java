package org.chanjiao.transfer;

import java.util.List;

/**
 * The interchange format (DESIGN.md): a folder with {@code nodes.csv},
 * {@code relations.csv} and optionally {@code documents.csv}; UTF-8, RFC 4180, a header
 * row, list cells joined with {@code |}. The leading columns are fixed and come first in
 * this order; the optional columns carry the model's other properties.
 */
public final class Interchange {

	public static final String NODES = "nodes.csv";

	public static final String RELATIONS = "relations.csv";

	public static final String DOCUMENTS = "documents.csv";

	public static final String LIST_SEPARATOR = "|";

	public static final List<String> NODE_COLUMNS = List.of("id", "kind", "name", "nameEn", "aliases", "region",
			"founded", "identifiers", "description");

	public static final List<String> NODE_EXTRA_COLUMNS = List.of("form", "honours", "declaredModel",
			"declaredModelSources", "declaredModelEvidence", "createdAt", "updatedAt", "version");

	/**
	 * A further column only extraction folders carry (it is no property of an
	 * organisation, so exports do not write it): {@link #CANDIDATE}, {@link #LINKED} or
	 * {@link #SHORT_FORM}.
	 */
	public static final String NODE_STATUS = "status";

	/**
	 * {@code status} of a {@code nodes.csv} row that refers to an organisation the
	 * database holds (an extraction's linked organisation, named as the report writes
	 * it): the import checks that it exists with that kind and writes nothing to it.
	 */
	public static final String LINKED = "LINKED";

	/** {@code status} of a row an extraction proposes: imported as any other row. */
	public static final String CANDIDATE = "CANDIDATE";

	/**
	 * {@code status} of a {@code nodes.csv} row that is no organisation of its own but a
	 * shorter name a report writes for one (某某职院 for 某某职业技术学院), so that a reader of the
	 * folder sees every name as written: {@link #SHORT_FORM_OF} gives the id of the
	 * organisation's row (or of one the database holds). The import checks the reference
	 * and the kind and writes nothing for the row; a CANDIDATE row lists the same name
	 * among its aliases.
	 */
	public static final String SHORT_FORM = "SHORT_FORM";

	/**
	 * The column of a {@link #SHORT_FORM} row that names the organisation it stands for.
	 */
	public static final String SHORT_FORM_OF = "shortFormOf";

	public static final List<String> RELATION_COLUMNS = List.of("from", "to", "type", "role", "since", "until",
			"status", "sources", "evidence");

	public static final List<String> RELATION_EXTRA_COLUMNS = List.of("kind", "title", "level", "stage", "id",
			"createdAt", "updatedAt");

	public static final List<String> DOCUMENT_COLUMNS = List.of("id", "title", "publisher", "year");

	/** Where the document can be found (an absolute URL). */
	public static final List<String> DOCUMENT_EXTRA_COLUMNS = List.of("url");

	private Interchange() {
	}

}
