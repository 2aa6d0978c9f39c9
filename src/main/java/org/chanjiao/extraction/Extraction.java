package org.chanjiao.extraction;

import java.util.List;

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
 */
public record Extraction(List<Org> organizations, List<ExtractedRelation> relations, int unresolved, String text) {

	/** The organisations that are not in the graph yet. */
	public List<Org> proposed() {
		return this.organizations.stream().filter((o) -> !o.known()).toList();
	}

}
