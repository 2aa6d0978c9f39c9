package org.chanjiao.network;

import java.util.List;

import org.chanjiao.network.NetworkQueries.Path;
import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.network.SpanningEnterprises.CollegeSpan;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.OrganizationFields;
import org.chanjiao.organization.RelationFields;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The network queries of the GraphQL API; arguments are checked against {@link Limits},
 * and the id of a merged organisation stands for its survivor ({@link MergedIds}).
 */
@Controller
class NetworkController {

	private final NetworkQueries queries;

	private final SpanningEnterprises spanning;

	private final Limits limits;

	private final MergedIds ids;

	NetworkController(NetworkQueries queries, SpanningEnterprises spanning, Limits limits, MergedIds ids) {
		this.queries = queries;
		this.spanning = spanning;
		this.limits = limits;
		this.ids = ids;
	}

	/**
	 * Reads what the request selects: the relations among the organisations only when
	 * {@code relations} is selected, and of each organisation and relationship the fields
	 * selected.
	 */
	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument Integer depth, @Argument List<RelationType> types,
			@Argument Integer first, DataFetchingEnvironment env) {
		int hops = Limits.checkRange("depth", depth, 1, this.limits.maxDepth());
		int most = (first != null) ? Limits.checkRange("first", first, 1, this.limits.maxNeighborhoodNodes())
				: this.limits.maxNeighborhoodNodes();
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		return this.ids.orSurvivors(List.of(id), (resolved) -> this.queries.neighborhood(resolved.get(0), hops, types,
				most, nodes(selection), RelationFields.at(selection, "relations"), true));
	}

	@QueryMapping
	Path shortestPath(@Argument String from, @Argument String to, @Argument Integer maxHops,
			DataFetchingEnvironment env) {
		int hops = Limits.checkRange("maxHops", maxHops, 1, this.limits.maxHops());
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		return this.ids.orSurvivors(List.of(from, to), (resolved) -> this.queries.shortestPath(resolved.get(0),
				resolved.get(1), hops, nodes(selection), RelationFields.at(selection, "relations")));
	}

	/** Reads the colleges and the schools only when they are selected. */
	@QueryMapping
	List<CollegeSpan> enterprisesSpanningColleges(@Argument Integer minColleges, @Argument Integer first,
			DataFetchingEnvironment env) {
		int min = Limits.checkRange("minColleges", minColleges, 1, this.limits.maxMinColleges());
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		OrganizationFields enterprise = OrganizationFields.at(selection, "enterprise");
		return this.spanning.enterprisesSpanningColleges(min, this.limits.checkFirst(first),
				(enterprise != null) ? enterprise : OrganizationFields.ID, OrganizationFields.at(selection, "colleges"),
				OrganizationFields.at(selection, "schools"));
	}

	/** What the request reads of the {@code nodes}; their ids when it selects none. */
	private static OrganizationFields nodes(DataFetchingFieldSelectionSet selection) {
		OrganizationFields nodes = OrganizationFields.at(selection, "nodes");
		return (nodes != null) ? nodes : OrganizationFields.ID;
	}

}
