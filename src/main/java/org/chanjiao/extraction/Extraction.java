package org.chanjiao.extraction;

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
	 * The name the report writes for an organisation: the longest of the words it names
	 * it by (a full name before its short forms), else the organisation's own name.
	 */
	public String writtenName(Org org) {
		List<String> forms = this.mentionedAs.getOrDefault(org.id(), List.of());
		return forms.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(org.name());
	}

}
