package org.chanjiao.extraction;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * What an extraction proposes for one report.
 *
 * @param organizations every organisation the report names, in order of first mention:
 * linked to the graph ({@code known}) or proposed as new
 * @param relations the relationships, each with its evidence sentence
 * @param unresolved relationships left out because an end is 我校/学校 (or an omitted
 * subject) and no reporting organisation was given
 * @param text the de-wrapped report the evidence quotes
 * @param mentionedAs for each organisation's id, the words the report names it by, as
 * written (its full name first where the report gives it, then short forms)
 */
public record Extraction(List<Org> organizations, List<ExtractedRelation> relations, int unresolved, String text,
		Map<String, List<String>> mentionedAs) {

	/** An extraction that records no words beyond the organisations' names. */
	public Extraction(List<Org> organizations, List<ExtractedRelation> relations, int unresolved, String text) {
		this(organizations, relations, unresolved, text, Map.of());
	}

	/** The organisations that are not in the graph yet. */
	public List<Org> proposed() {
		return this.organizations.stream().filter((o) -> !o.known()).toList();
	}

	/**
	 * This extraction with each proposed generic name (市政府, 县委, 职教集团: a kind with no name
	 * of its own) made the document's own organisation: its id comes from the name and
	 * the document, so that another document's 市政府, extracted or imported beside it, is
	 * another candidate rather than the same one.
	 */
	public Extraction withOwnGenericNames(String documentId) {
		Map<String, Org> own = new HashMap<>();
		for (Org org : this.organizations) {
			if (!org.known() && isGeneric(org.name())) {
				own.put(org.id(), new Org(KnownNames.proposedId(org.name() + "\u0000" + documentId), org.name(),
						org.kind(), false));
			}
		}
		if (own.isEmpty()) {
			return this;
		}
		Map<String, List<String>> forms = new LinkedHashMap<>();
		this.mentionedAs.forEach((id, words) -> forms.put(own.containsKey(id) ? own.get(id).id() : id, words));
		return new Extraction(this.organizations.stream().map((o) -> own.getOrDefault(o.id(), o)).toList(),
				this.relations.stream().map((r) -> r.withEnds(own)).toList(), this.unresolved, this.text, forms);
	}

	static boolean isGeneric(String name) {
		String normalized = ScriptConverter.normalize(name);
		return OrganizationLexicon.isGeneric(normalized) || OrganizationLexicon.isLocalBody(normalized)
				|| OrganizationLexicon.isDocumentsOwn(normalized);
	}

	/**
	 * The name the report writes for an organisation: the longest of the words it names
	 * it by (a full name before its short forms), else the organisation's own name.
	 */
	public String writtenName(Org org) {
		List<String> forms = this.mentionedAs.getOrDefault(org.id(), List.of());
		return forms.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(org.name());
	}

}
