package org.chanjiao.curation;

import java.util.List;
import java.util.Map;

import org.chanjiao.curation.DuplicateFinder.DuplicateCandidate;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.system.Limits;
import org.chanjiao.history.History;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The curators' mutations and queries; the role each needs is declared here. */
@Controller
class CurationController {

	private final OrganizationCuration organizations;

	private final RelationCuration relations;

	private final MergeCuration merging;

	private final History history;

	private final DuplicateFinder duplicates;

	private final Limits limits;

	private final MergedIds mergedIds;

	CurationController(OrganizationCuration organizations, RelationCuration relations, MergeCuration merging,
			History history, DuplicateFinder duplicates, Limits limits, MergedIds mergedIds) {
		this.organizations = organizations;
		this.relations = relations;
		this.merging = merging;
		this.history = history;
		this.duplicates = duplicates;
		this.limits = limits;
		this.mergedIds = mergedIds;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Organization createOrganization(@Argument Map<String, Object> input) {
		return this.organizations.createOrganization(input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Organization updateOrganization(@Argument String id, @Argument Integer version,
			@Argument Map<String, Object> input) {
		return this.organizations.updateOrganization(id, version, input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Relation addRelation(@Argument Map<String, Object> input) {
		return this.relations.addRelation(input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Relation updateRelation(@Argument String id, @Argument Map<String, Object> input) {
		return this.relations.updateRelation(id, input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Relation addEvidence(@Argument String relationId, @Argument Map<String, Object> evidence) {
		return this.relations.addEvidence(relationId, evidence);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Relation deprecateRelation(@Argument String id, @Argument String reason) {
		return this.relations.deprecateRelation(id, reason);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	String deleteRelation(@Argument String id, @Argument String reason) {
		return this.relations.deleteRelation(id, reason);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	String deleteOrganization(@Argument String id, @Argument String reason) {
		return this.organizations.deleteOrganization(id, reason);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Organization mergeOrganizations(@Argument String survivorId, @Argument String duplicateId) {
		return this.merging.merge(survivorId, duplicateId);
	}

	/**
	 * The history of a merged id is its own (up to the merge) and its survivor's. Readers
	 * without an EDITOR or ADMIN token see what was done, when and to what, not who did
	 * it, the states before and after, or the reason.
	 */
	@QueryMapping
	List<History.Change> history(@Argument String id, @Argument Integer first) {
		int size = this.limits.checkFirst(first);
		String survivor = this.mergedIds.resolve(id);
		List<History.Change> changes = this.history.of(id.equals(survivor) ? List.of(id) : List.of(id, survivor), size);
		return History.readableInFull() ? changes : changes.stream().map(History.Change::redacted).toList();
	}

	/**
	 * Reads every organisation: for curators only, and costly in the request's budget.
	 */
	@QueryMapping
	@PreAuthorize("hasRole('EDITOR')")
	List<DuplicateCandidate> duplicateCandidates(@Argument Integer first, @Argument String after) {
		return this.duplicates.find(this.limits.checkFirst(first), after);
	}

	@QueryMapping
	Relation relation(@Argument String id) {
		return this.relations.findRelation(id);
	}

}
