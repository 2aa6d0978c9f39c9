package org.chanjiao.network;

import java.util.List;

import org.chanjiao.network.NetworkQueries.CollegeSpan;
import org.chanjiao.network.NetworkQueries.Path;
import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.organization.MergedIds;
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

	private final Limits limits;

	private final MergedIds ids;

	NetworkController(NetworkQueries queries, Limits limits, MergedIds ids) {
		this.queries = queries;
		this.limits = limits;
		this.ids = ids;
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument Integer depth, @Argument List<RelationType> types) {
		int hops = Limits.checkRange("depth", depth, 1, this.limits.maxDepth());
		return this.ids.orSurvivors(List.of(id), (resolved) -> this.queries.neighborhood(resolved.get(0), hops, types,
				this.limits.maxNeighborhoodNodes()));
	}

	@QueryMapping
	Path shortestPath(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		int hops = Limits.checkRange("maxHops", maxHops, 1, this.limits.maxHops());
		return this.ids.orSurvivors(List.of(from, to),
				(resolved) -> this.queries.shortestPath(resolved.get(0), resolved.get(1), hops));
	}

	@QueryMapping
	List<CollegeSpan> enterprisesSpanningColleges(@Argument Integer minColleges, @Argument Integer first) {
		int min = Limits.checkRange("minColleges", minColleges, 1, this.limits.maxMinColleges());
		return this.queries.enterprisesSpanningColleges(min, this.limits.checkFirst(first));
	}

}
