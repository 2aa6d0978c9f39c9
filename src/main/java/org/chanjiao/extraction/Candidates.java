package org.chanjiao.extraction;

import java.util.List;
import java.util.Set;

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
	 * @param documentId the document that proposed it, null for one of the graph
	 */
	record CandidateOrganization(String id, String name, OrgKind kind, String status, boolean proposed,
			String documentId) {
	}

	/**
	 * A relationship an extraction proposed, with its current status.
	 *
	 * @param fromText the words of the quote that name the {@code from} end, when known
	 * @param toText likewise for the {@code to} end
	 */
	record CandidateRelation(String id, RelationType type, CandidateOrganization from, CandidateOrganization to,
			String role, String kind, String title, String level, String stage, Integer since, String status,
			String documentId, String quote, String fromText, String toText) {
	}

	/** What {@code extractReport} stored. */
	record ExtractionResult(String documentId, List<CandidateOrganization> organizations,
			List<CandidateRelation> relations, int alreadyKnown, int previouslyRejected, int unresolved) {
	}

	/** The candidates of a document, or all pending ones. */
	record CandidateList(List<CandidateOrganization> organizations, List<CandidateRelation> relations) {
	}

	/**
	 * The outcome of accepting or rejecting one candidate.
	 *
	 * @param acceptedAs the id of the relationship stored when a candidate relationship
	 * was accepted (another id when its type or role was corrected), else null
	 */
	record CandidateDecision(String id, String status, String acceptedAs) {
	}

	/** The type and role a curator gives a candidate relationship on accepting it. */
	record CandidateCorrection(String id, RelationType type, String role) {
	}

	/**
	 * What a relationship type joins and the roles it takes, as curation checks them.
	 *
	 * @param roles the allowed roles, or, when {@code anyRole}, the usual ones
	 * @param anyRole true when any upper-case token is a valid role
	 */
	record RelationTypeRule(RelationType type, Set<OrgKind> fromKinds, Set<OrgKind> toKinds, List<String> roles,
			boolean anyRole, boolean roleRequired) {
	}

}
