package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.chanjiao.organization.DocumentQueries.Document;
import org.chanjiao.organization.OrganizationListing.Page;
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

	static final String RELATION_COUNTS_LOADER = "organizationRelationCounts";

	private final OrganizationQueries queries;

	private final DocumentQueries documents;

	private final OrganizationListing listing;

	private final Limits limits;

	OrganizationController(OrganizationQueries queries, DocumentQueries documents, OrganizationListing listing,
			Limits limits, BatchLoaderRegistry registry) {
		this.queries = queries;
		this.documents = documents;
		this.listing = listing;
		this.limits = limits;
		// relations(...) takes arguments, which @BatchMapping cannot see: the arguments
		// are
		// part of the key, and one statement answers all keys of a level.
		registry.<RelationsKey, List<Relation>>forName(RELATIONS_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.relations(keys)));
		registry.<RelationsKey, Integer>forName(RELATION_COUNTS_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.relationCounts(keys)));
	}

	/**
	 * When the request selects {@code relations} of this organisation, they are read in
	 * the same statement and handed to the {@code organizationRelations} loader under the
	 * key the {@code relations} field will ask for, so the request costs one statement,
	 * not two.
	 */
	@QueryMapping
	Organization organization(@Argument String id, DataFetchingEnvironment env) {
		List<RelationsKey> wanted = relationsSelected(env);
		OrganizationFields fields = OrganizationFields.at(env.getSelectionSet(), "");
		if (wanted.isEmpty()) {
			return this.queries.byIds(List.of(id), fields).get(id);
		}
		OrganizationQueries.WithRelations found = this.queries.byIdWithRelations(id, fields, wanted);
		if (found == null) {
			return null;
		}
		DataLoader<RelationsKey, List<Relation>> loader = env.getDataLoader(RELATIONS_LOADER);
		if (loader != null) {
			found.relations().forEach(loader::prime);
		}
		return found.organization();
	}

	/**
	 * The keys, without an id, that the {@code relations} fields selected directly under
	 * this field will load; a selection whose arguments the field itself would refuse is
	 * left to it.
	 */
	private List<RelationsKey> relationsSelected(DataFetchingEnvironment env) {
		List<RelationsKey> keys = new ArrayList<>();
		for (SelectedField field : env.getSelectionSet().getImmediateFields()) {
			if (!field.getName().equals("relations")) {
				continue;
			}
			Map<String, Object> arguments = field.getArguments();
			Object first = arguments.get("first");
			if (first != null && (!(first instanceof Integer size) || size < 1 || size > this.limits.maxFirst())) {
				continue;
			}
			List<RelationType> types = enums(arguments.get("types"), RelationType.class);
			List<Direction> direction = enums(arguments.get("direction"), Direction.class);
			List<RelationStatus> statuses = enums(arguments.get("statuses"), RelationStatus.class);
			RelationsKey key = new RelationsKey(null, types, (direction != null) ? direction.get(0) : null,
					(Integer) first, statuses, RelationFields.at(field.getSelectionSet(), ""));
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

	/** An enum argument (or a list of them) as the controller methods receive it. */
	private static <E extends Enum<E>> List<E> enums(Object value, Class<E> type) {
		if (value == null) {
			return null;
		}
		List<E> values = new ArrayList<>();
		for (Object item : (value instanceof Collection<?> items) ? items : List.of(value)) {
			values.add(Enum.valueOf(type, (item instanceof Enum<?> e) ? e.name() : item.toString()));
		}
		return List.copyOf(values);
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
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		int size = this.limits.checkFirst(first);
		OrganizationFields fields = OrganizationFields.at(env.getSelectionSet(), "edges/node");
		Page page = this.listing.page(kinds, nameContains, size, after,
				(fields != null) ? fields : OrganizationFields.ID);
		List<OrganizationEdge> edges = page.organizations()
			.stream()
			.map((o) -> new OrganizationEdge(OrganizationListing.cursor(o), o))
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
			return this.listing.count(ours.kinds(), ours.nameContains());
		}
		return 0;
	}

	@QueryMapping
	List<Organization> search(@Argument String text, @Argument List<OrgKind> kinds, @Argument Integer first,
			DataFetchingEnvironment env) {
		int size = this.limits.checkFirst(first);
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.isEmpty()) {
			throw new BadArgumentException("text", "text must not be empty");
		}
		if (stripped.length() > this.limits.maxSearchLength()) {
			throw new BadArgumentException("text", "text must be at most " + this.limits.maxSearchLength()
					+ " characters (got " + stripped.length() + ")");
		}
		return this.listing.search(stripped, kinds, size, OrganizationFields.at(env.getSelectionSet(), ""));
	}

	@QueryMapping
	List<Document> documents() {
		return this.documents.documents();
	}

	@SchemaMapping(typeName = "Organization")
	CompletableFuture<List<Relation>> relations(Organization organization, @Argument List<RelationType> types,
			@Argument Direction direction, @Argument Integer first, @Argument List<RelationStatus> statuses,
			DataFetchingEnvironment env) {
		if (first != null) {
			this.limits.checkFirst(first);
		}
		DataLoader<RelationsKey, List<Relation>> loader = env.getDataLoader(RELATIONS_LOADER);
		return loader
			.load(new RelationsKey(organization.id(), (types != null) ? List.copyOf(types) : null, direction, first,
					(statuses != null) ? List.copyOf(statuses) : null, RelationFields.at(env.getSelectionSet(), "")));
	}

	/**
	 * A page of an organisation's relationships: the first {@code first} (default and
	 * most {@code maxFirst}) as {@code relations} lists them, and how many there are in
	 * all, so that a hub's list is cut short visibly, never silently.
	 */
	@SchemaMapping(typeName = "Organization")
	RelationPage relationPage(Organization organization, @Argument List<RelationType> types,
			@Argument Direction direction, @Argument Integer first, @Argument List<RelationStatus> statuses) {
		int size = (first != null) ? this.limits.checkFirst(first) : this.limits.maxFirst();
		return new RelationPage(new RelationsKey(organization.id(), (types != null) ? List.copyOf(types) : null,
				direction, size, (statuses != null) ? List.copyOf(statuses) : null, null));
	}

	/** The relationships of a page, read as the request selects them. */
	@SchemaMapping(typeName = "RelationPage")
	CompletableFuture<List<Relation>> relations(RelationPage page, DataFetchingEnvironment env) {
		RelationsKey key = page.key();
		DataLoader<RelationsKey, List<Relation>> loader = env.getDataLoader(RELATIONS_LOADER);
		return loader.load(new RelationsKey(key.id(), key.types(), key.direction(), key.first(), key.statuses(),
				RelationFields.at(env.getSelectionSet(), "")));
	}

	@SchemaMapping(typeName = "RelationPage")
	CompletableFuture<Integer> totalCount(RelationPage page, DataFetchingEnvironment env) {
		return count(page, env);
	}

	@SchemaMapping(typeName = "RelationPage")
	CompletableFuture<Boolean> truncated(RelationPage page, DataFetchingEnvironment env) {
		return count(page, env).thenApply((n) -> n > page.key().first());
	}

	private static CompletableFuture<Integer> count(RelationPage page, DataFetchingEnvironment env) {
		RelationsKey key = page.key();
		DataLoader<RelationsKey, Integer> loader = env.getDataLoader(RELATION_COUNTS_LOADER);
		return loader.load(new RelationsKey(key.id(), key.types(), key.direction(), null, key.statuses(), null));
	}

	/** Which relationships of which organisation a page lists ({@code first} set). */
	record RelationPage(RelationsKey key) {
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
		Map<String, String> titles = this.documents.documentTitles(ids);
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
