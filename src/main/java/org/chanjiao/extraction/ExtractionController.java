package org.chanjiao.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.chanjiao.extraction.Candidates.CandidateCorrection;
import org.chanjiao.extraction.Candidates.CandidateDecision;
import org.chanjiao.extraction.Candidates.CandidateList;
import org.chanjiao.extraction.Candidates.ExtractionResult;
import org.chanjiao.extraction.Candidates.RelationTypeRule;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Extraction for editors: extract a report's candidates, list, accept, reject them. */
@Controller
class ExtractionController {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

	/**
	 * The roles offered for a type that takes any upper-case token (MEMBER_OF): those the
	 * extraction gives (理事长单位, 副理事长单位, 常务理事单位, 理事单位, 成员单位).
	 */
	private static final List<String> USUAL_MEMBER_ROLES = List.of("CHAIR", "VICE_CHAIR", "EXECUTIVE_MEMBER",
			"COUNCIL_MEMBER", "MEMBER");

	private final CandidateStore candidates;

	private final CandidateReview review;

	private final ExtractionProperties properties;

	private final MergedIds mergedIds;

	ExtractionController(CandidateStore candidates, CandidateReview review, ExtractionProperties properties,
			MergedIds mergedIds) {
		this.candidates = candidates;
		this.review = review;
		this.properties = properties;
		this.mergedIds = mergedIds;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ExtractionResult extractReport(@Argument String text, @Argument String documentId, @Argument String title,
			@Argument String reporter) {
		if (text == null || text.isBlank()) {
			throw new BadArgumentException("text", "text is empty; give the report's text");
		}
		if (text.length() > this.properties.maxTextLength()) {
			throw new BadArgumentException("text", "text is " + text.length() + " characters, more than the limit of "
					+ this.properties.maxTextLength() + " (chanjiao.extraction.max-text-length)");
		}
		if (!ID.matcher(documentId).matches()) {
			throw new BadArgumentException("documentId", "'" + documentId
					+ "' is not a valid id (letters, digits, '.', '_', '~', '-'; starting with a letter or digit)");
		}
		KnownNames known = this.candidates.knownNames();
		Org reporting = null;
		if (reporter != null) {
			// The id of a merged organisation stands for its survivor.
			reporting = known.byId(this.mergedIds.resolve(reporter))
				.orElseThrow(() -> new NotFoundException("No organisation with id '" + reporter + "' (reporter)"));
		}
		Extraction extraction = new ReportExtractor(known).extract(text, reporting).withOwnGenericNames(documentId);
		return this.candidates.store(extraction, documentId, title);
	}

	/** Public: the rules are the schema's, not data. */
	@QueryMapping
	List<RelationTypeRule> relationTypeRules() {
		return Arrays.stream(RelationType.values()).map((type) -> {
			boolean anyRole = type.roles() == null;
			List<String> roles = anyRole ? USUAL_MEMBER_ROLES : type.roles();
			return new RelationTypeRule(type, type.fromKinds(), type.toKinds(), roles, anyRole, type.roleRequired());
		}).toList();
	}

	@QueryMapping
	@PreAuthorize("hasRole('EDITOR')")
	CandidateList candidates(@Argument String documentId) {
		return this.candidates.list(documentId);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	List<CandidateDecision> acceptCandidates(@Argument List<String> ids,
			@Argument List<CandidateCorrection> corrections) {
		return this.review.accept(ids, corrections);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	List<CandidateDecision> rejectCandidates(@Argument List<String> ids, @Argument String reason) {
		return this.review.reject(ids, reason);
	}

}
