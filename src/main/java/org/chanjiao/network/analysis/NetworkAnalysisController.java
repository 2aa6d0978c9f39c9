package org.chanjiao.network.analysis;

import java.util.List;

import org.chanjiao.network.analysis.AnalysisQueries.BrokerageResult;
import org.chanjiao.network.analysis.AnalysisQueries.CentralityResult;
import org.chanjiao.network.analysis.AnalysisQueries.ClusterResult;
import org.chanjiao.network.analysis.CoFoundingAnalyses.CoFoundingPair;
import org.chanjiao.network.analysis.CoFoundingAnalyses.TripleHelixResult;
import org.chanjiao.network.analysis.Centrality.Measure;
import org.chanjiao.network.analysis.PlannerQueries.CommonPartner;
import org.chanjiao.network.analysis.PlannerQueries.SchoolPair;
import org.chanjiao.network.analysis.PlannerQueries.SchoolSpan;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The network-analysis queries of the GraphQL API (network-analysis.graphqls); arguments
 * are checked against {@link Limits}, and the id of a merged organisation stands for its
 * survivor ({@link MergedIds}).
 */
@Controller
class NetworkAnalysisController {

	private final AnalysisQueries analyses;

	private final CoFoundingAnalyses coFounding;

	private final PlannerQueries planner;

	private final Limits limits;

	private final MergedIds ids;

	NetworkAnalysisController(AnalysisQueries analyses, CoFoundingAnalyses coFounding, PlannerQueries planner,
			Limits limits, MergedIds ids) {
		this.analyses = analyses;
		this.coFounding = coFounding;
		this.planner = planner;
		this.limits = limits;
		this.ids = ids;
	}

	@QueryMapping
	String analysisEngine() {
		return this.analyses.engine();
	}

	@QueryMapping
	CentralityResult centrality(@Argument Measure measure, @Argument List<OrgKind> kinds,
			@Argument List<RelationType> types, @Argument Integer asOf, @Argument Integer first) {
		return this.analyses.centrality(Projection.of(kinds, types, asOf), measure, this.limits.checkFirst(first));
	}

	@QueryMapping
	ClusterResult clusters(@Argument List<OrgKind> kinds, @Argument List<RelationType> types, @Argument Integer asOf,
			@Argument Integer seed, @Argument Integer minSize, @Argument Integer first,
			@Argument Integer firstMembers) {
		Projection projection = Projection.of(kinds, types, asOf);
		int min = Limits.checkRange("minSize", minSize, 1, Integer.MAX_VALUE);
		int members = Limits.checkRange("firstMembers", firstMembers, 1, this.limits.maxFirst());
		return this.analyses.clusters(projection, (seed != null) ? seed : 42, min, this.limits.checkFirst(first),
				members);
	}

	@QueryMapping
	List<CoFoundingPair> coFoundingPairs(@Argument Boolean leadOnly, @Argument Integer asOf, @Argument String platform,
			@Argument Integer first) {
		boolean lead = Boolean.TRUE.equals(leadOnly);
		Integer year = Projection.checkYear(asOf);
		int size = this.limits.checkFirst(first);
		return this.ids.orSurvivors(java.util.Arrays.asList(platform),
				(resolved) -> this.coFounding.coFoundingPairs(lead, year, resolved.get(0), size));
	}

	@QueryMapping
	BrokerageResult brokerage(@Argument List<OrgKind> kinds, @Argument List<RelationType> types, @Argument Integer asOf,
			@Argument List<String> organizations, @Argument Integer first) {
		Projection projection = Projection.of(kinds, types, asOf);
		int size = this.limits.checkFirst(first);
		if (organizations == null || organizations.isEmpty()) {
			return this.analyses.brokerage(projection, organizations, size);
		}
		return this.ids.orSurvivors(List.copyOf(organizations),
				(resolved) -> this.analyses.brokerage(projection, resolved, size));
	}

	@QueryMapping
	TripleHelixResult tripleHelix(@Argument List<OrgKind> platformKinds, @Argument String region,
			@Argument Integer asOf) {
		return this.coFounding.tripleHelix(platformKinds, region, Projection.checkYear(asOf));
	}

	@QueryMapping
	List<Organization> collegesWithoutEnterpriseCoFounder(@Argument Integer asOf, @Argument Integer first) {
		return this.planner.collegesWithoutEnterpriseCoFounder(Projection.checkYear(asOf),
				this.limits.checkFirst(first));
	}

	@QueryMapping
	List<CommonPartner> commonPartners(@Argument String a, @Argument String b, @Argument List<RelationType> types,
			@Argument Integer asOf, @Argument Integer first) {
		Integer year = Projection.checkYear(asOf);
		int size = this.limits.checkFirst(first);
		return this.ids.orSurvivors(List.of(a, b),
				(resolved) -> this.planner.commonPartners(resolved.get(0), resolved.get(1), types, year, size));
	}

	@QueryMapping
	List<SchoolPair> schoolPairsBySharedPartners(@Argument List<RelationType> types, @Argument Integer asOf,
			@Argument Integer minShared, @Argument Integer first, @Argument Integer firstShared) {
		int min = Limits.checkRange("minShared", minShared, 1, Integer.MAX_VALUE);
		int shown = Limits.checkRange("firstShared", firstShared, 1, this.limits.maxFirst());
		return this.planner.schoolPairsBySharedPartners(types, Projection.checkYear(asOf), min,
				this.limits.checkFirst(first), shown);
	}

	@QueryMapping
	List<SchoolSpan> enterprisesSpanningSchools(@Argument Integer minSchools, @Argument Integer asOf,
			@Argument Integer first) {
		int min = Limits.checkRange("minSchools", minSchools, 1, this.limits.maxMinColleges());
		return this.planner.enterprisesSpanningSchools(min, Projection.checkYear(asOf), this.limits.checkFirst(first));
	}

}
