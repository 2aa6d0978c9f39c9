package org.chanjiao.extraction;

import java.util.List;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/** The GraphQL shapes of extraction candidates. */
final class Candidates {

	private Candidates() {
	}

	/**
	 * An organisation named by an extraction.
	 *
	 * @param proposed true for a new organisation the extraction proposes, false for one
	 * of the graph it was linked to
	 * @param status CANDIDATE, ASSERTED (accepted or linked) or DEPRECATED (rejected)
	 */
	record CandidateOrganization(String id, String name, OrgKind kind, String status, boolean proposed) {
	}

	/** A relationship an extraction proposed, with its current status. */
	record CandidateRelation(String id, RelationType type, CandidateOrganization from, CandidateOrganization to,
			String role, String kind, String title, String level, String stage, Integer since, String status,
			String documentId, String quote) {
	}

	/** What {@code extractReport} stored. */
	record ExtractionResult(String documentId, List<CandidateOrganization> organizations,
			List<CandidateRelation> relations, int alreadyKnown, int unresolved) {
	}

	/** The candidates of a document, or all pending ones. */
	record CandidateList(List<CandidateOrganization> organizations, List<CandidateRelation> relations) {
	}

	/** The outcome of accepting or rejecting one candidate. */
	record CandidateDecision(String id, String status) {
	}

}
