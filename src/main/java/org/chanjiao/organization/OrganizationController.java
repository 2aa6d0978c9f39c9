package org.chanjiao.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.chanjiao.organization.OrganizationQueries.Document;
import org.chanjiao.organization.OrganizationQueries.Page;
import org.chanjiao.organization.OrganizationQueries.RelationsKey;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.Limits;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The organisation queries and the {@code Organization} fields. Every field that reads
 * the database goes through a batch loader, so a request costs one statement per level.
 */
@Controller
class OrganizationController {

	static final String RELATIONS_LOADER = "organizationRelations";

	private final OrganizationQueries queries;

	private final Limits limits;

	OrganizationController(OrganizationQueries queries, Limits limits, BatchLoaderRegistry registry) {
		this.queries = queries;
		this.limits = limits;
		// relations(...) takes arguments, which @BatchMapping cannot see: the arguments
		// are
		// part of the key, and one statement answers all keys of a level.
		registry.<RelationsKey, List<Relation>>forName(RELATIONS_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.relations(keys)));
	}

	@QueryMapping
	Organization organization(@Argument String id) {
		return this.queries.byIds(List.of(id)).get(id);
	}

	record OrganizationEdge(String cursor, Organization node) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	record OrganizationConnection(List<OrganizationEdge> edges, PageInfo pageInfo, List<OrgKind> kinds,
			String nameContains) {
	}

	@QueryMapping
	OrganizationConnection organizations(@Argument List<OrgKind> kinds, @Argument String nameContains,
			@Argument Integer first, @Argument String after) {
		int size = this.limits.checkFirst(first);
		Page page = this.queries.page(kinds, nameContains, size, after);
		List<OrganizationEdge> edges = page.organizations()
			.stream()
			.map((o) -> new OrganizationEdge(OrganizationQueries.cursor(o), o))
			.toList();
		PageInfo info = new PageInfo(page.hasNext(), after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new OrganizationConnection(edges, info, kinds, nameContains);
	}

	/**
	 * Counted only when asked for. When {@code organizations} failed, Spring for GraphQL
	 * substitutes an empty connection of its own for the null result: that counts
	 * nothing.
	 */
	@SchemaMapping(typeName = "OrganizationConnection")
	int totalCount(Object connection) {
		if (connection instanceof OrganizationConnection ours) {
			return this.queries.count(ours.kinds(), ours.nameContains());
		}
		return 0;
	}

	@QueryMapping
	List<Organization> search(@Argument String text, @Argument List<OrgKind> kinds, @Argument Integer first) {
		int size = this.limits.checkFirst(first);
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.isEmpty()) {
			throw new BadArgumentException("text", "text must not be empty");
		}
		if (stripped.length() > this.limits.maxSearchLength()) {
			throw new BadArgumentException("text", "text must be at most " + this.limits.maxSearchLength()
					+ " characters (got " + stripped.length() + ")");
		}
		return this.queries.search(stripped, kinds, size);
	}

	@QueryMapping
	List<Document> documents() {
		return this.queries.documents();
	}

	@SchemaMapping(typeName = "Organization")
	CompletableFuture<List<Relation>> relations(Organization organization, @Argument List<RelationType> types,
			@Argument Direction direction, @Argument Integer first, @Argument List<RelationStatus> statuses,
			DataFetchingEnvironment env) {
		if (first != null) {
			this.limits.checkFirst(first);
		}
		DataLoader<RelationsKey, List<Relation>> loader = env.getDataLoader(RELATIONS_LOADER);
		return loader.load(new RelationsKey(organization.id(), (types != null) ? List.copyOf(types) : null, direction,
				first, (statuses != null) ? List.copyOf(statuses) : null));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Relation>> coFounders(List<Organization> organizations) {
		Set<String> ids = new HashSet<>();
		organizations.forEach((o) -> ids.add(o.id()));
		Map<String, List<Relation>> byId = this.queries.coFounders(ids);
		Map<Organization, List<Relation>> result = new LinkedHashMap<>();
		organizations.forEach((o) -> result.put(o, byId.getOrDefault(o.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, CooperationModel> cooperationModel(List<Organization> organizations) {
		Set<String> ids = new HashSet<>();
		organizations.stream().filter((o) -> CooperationModel.appliesTo(o.kind())).forEach((o) -> ids.add(o.id()));
		Map<String, Set<OrgKind>> kinds = ids.isEmpty() ? Map.of() : this.queries.coFounderKinds(ids);
		Map<Organization, CooperationModel> result = new HashMap<>();
		for (Organization organization : organizations) {
			if (ids.contains(organization.id())) {
				result.put(organization, CooperationModel.derive(organization.declaredModel(),
						kinds.getOrDefault(organization.id(), Set.of()), organization.declaredModelEvidence()));
			}
		}
		return result;
	}

	@BatchMapping(typeName = "Evidence")
	Map<Evidence, String> documentTitle(List<Evidence> evidence) {
		Set<String> ids = new HashSet<>();
		evidence.forEach((e) -> ids.add(e.documentId()));
		Map<String, String> titles = this.queries.documentTitles(ids);
		Map<Evidence, String> result = new HashMap<>();
		evidence.forEach((e) -> {
			String title = titles.get(e.documentId());
			if (title != null) {
				result.put(e, title);
			}
		});
		return result;
	}

}
