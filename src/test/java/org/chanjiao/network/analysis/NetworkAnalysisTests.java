package org.chanjiao.network.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.network.analysis.Centrality.Measure;
import org.chanjiao.store.GraphStore;
import org.chanjiao.store.SchemaInitializer;
import org.chanjiao.system.BadArgumentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The network analyses over GraphQL on the seed data. Expected answers were read off
 * seeds/relations.csv by hand (see each test).
 */
@IntegrationTest
class NetworkAnalysisTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = GraphQlOverHttp.at(this.port);
	}

	@Test
	void shouldRankTheReportingSchoolFirstByDegreeAndBetweenness() {
		for (String measure : List.of("DEGREE", "BETWEENNESS", "PAGERANK", "CLOSENESS")) {
			GraphQlTester.Response response = this.graphQl.documentName("centrality")
				.variable("measure", measure)
				.variable("first", 3)
				.execute();
			response.path("analysisEngine").entity(String.class).isEqualTo("JGraphT");
			response.path("centrality.engine").entity(String.class).isEqualTo("JGraphT");
			response.path("centrality.scores[0].organization.id").entity(String.class).isEqualTo("gdep");
			response.path("centrality.scores[0].rank").entity(Integer.class).isEqualTo(1);
			response.path("centrality.scores").entityList(Object.class).hasSize(3);
		}
		// gdep: 7 PART_OF in, 1 AFFILIATED_WITH, 3 PARTNERS_WITH, 1 RECOGNIZED (moe),
		// CO_FOUNDED into 10 platforms of which 5 are its colleges already counted: 17
		// distinct organisations
		this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("first", 1)
			.execute()
			.path("centrality.scores[0].score")
			.entity(Double.class)
			.isEqualTo(17.0);
	}

	@Test
	void shouldProjectOnKindsAndTypes() {
		// CO_FOUNDED among schools and colleges: gdep leads 5 colleges, hongbeibei
		// co-founds childcare-college
		GraphQlTester.Response response = this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("kinds", List.of("SCHOOL", "COLLEGE"))
			.variable("types", List.of("CO_FOUNDED"))
			.execute();
		response.path("centrality.size.organizations").entity(Integer.class).isEqualTo(7);
		response.path("centrality.size.ties").entity(Integer.class).isEqualTo(6);
		response.path("centrality.scores[0].organization.id").entity(String.class).isEqualTo("gdep");
		response.path("centrality.scores[0].score").entity(Double.class).isEqualTo(5.0);
	}

	@Test
	void shouldIgnoreRelationsThatDoNotHoldInTheYearAsked() {
		// kylin-software's only relation (PARTNERS_WITH gdep) holds since 2023
		for (int year : List.of(2022, 2023)) {
			this.graphQl.documentName("brokerage")
				.variable("organizations", List.of("kylin-software"))
				.variable("asOf", year)
				.execute()
				.path("brokerage.structuralHoles[0].degree")
				.entity(Integer.class)
				.isEqualTo((year == 2022) ? 0 : 1);
		}
	}

	@Test
	void shouldFindTheSchoolAsAnArticulationPointWithBurtsMeasures() {
		GraphQlTester.Response response = this.graphQl.documentName("brokerage")
			.variable("organizations", List.of("gdep", "chimelong-group", "kylin-software"))
			.execute();
		response.path("brokerage.articulationPoints[0].organization.id").entity(String.class).isEqualTo("gdep");
		response.path("brokerage.articulationPoints[0].separatesSchoolsFromEnterprises")
			.entity(Boolean.class)
			.isEqualTo(true);
		response.path("brokerage.structuralHoles[0].articulationPoint").entity(Boolean.class).isEqualTo(true);
		// kylin-software: one contact (gdep)
		response.path("brokerage.structuralHoles[2].constraint").entity(Double.class).isEqualTo(1.0);
		response.path("brokerage.structuralHoles[2].effectiveSize").entity(Double.class).isEqualTo(1.0);
		// chimelong-group: contacts chimelong-college and leisure-services-community, not
		// tied to each other: 2 · (1/2)²
		response.path("brokerage.structuralHoles[1].constraint").entity(Double.class).isEqualTo(0.5);
		response.path("brokerage.structuralHoles[1].effectiveSize").entity(Double.class).isEqualTo(2.0);
		response.path("brokerage.structuralHoles[1].articulationPoint").entity(Boolean.class).isEqualTo(false);
		// the strongest broker is the least constrained
		this.graphQl.documentName("brokerage")
			.variable("first", 1)
			.execute()
			.path("brokerage.structuralHoles[0].organization.id")
			.entity(String.class)
			.isEqualTo("gdep");
	}

	@Test
	void shouldAnswerTheSameClustersForTheSameSeed() {
		Object first = this.graphQl.documentName("clusters")
			.variable("seed", 7)
			.execute()
			.path("clusters")
			.entity(Map.class)
			.get();
		Object second = this.graphQl.documentName("clusters")
			.variable("seed", 7)
			.execute()
			.path("clusters")
			.entity(Map.class)
			.get();
		assertThat(first).isEqualTo(second);
		GraphQlTester.Response response = this.graphQl.documentName("clusters").variable("minSize", 1).execute();
		// every organisation of the projection is in exactly one cluster
		response.path("clusters.clusters[*].size")
			.entityList(Integer.class)
			.satisfies((sizes) -> assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(32));
		response.path("clusters.size.organizations").entity(Integer.class).isEqualTo(32);
	}

	@Test
	void shouldProjectCoFoundingOntoPairsOfFounders() {
		// xinyingzao-college's five co-founders did not co-found anything else together
		this.graphQl.documentName("coFoundingPairs")
			.variable("platform", "xinyingzao-college")
			.execute()
			.path("coFoundingPairs[*].weight")
			.entityList(Integer.class)
			.hasSize(10)
			.satisfies((weights) -> assertThat(weights).containsOnly(1));
		// gdep and chimelong-group co-founded chimelong-college and
		// leisure-services-community
		GraphQlTester.Response heaviest = this.graphQl.documentName("coFoundingPairs").variable("first", 1).execute();
		heaviest.path("coFoundingPairs[0].a.id").entity(String.class).isEqualTo("chimelong-group");
		heaviest.path("coFoundingPairs[0].b.id").entity(String.class).isEqualTo("gdep");
		heaviest.path("coFoundingPairs[0].weight").entity(Integer.class).isEqualTo(2);
		heaviest.path("coFoundingPairs[0].platforms[*].id")
			.entityList(String.class)
			.containsExactly("chimelong-college", "leisure-services-community");
		// LEAD only: the three leads of leisure-services-community
		this.graphQl.documentName("coFoundingPairs")
			.variable("leadOnly", true)
			.execute()
			.path("coFoundingPairs[*].b.id")
			.entityList(String.class)
			.hasSize(3);
	}

	@Test
	void shouldComputeTheTripleHelixIndicatorOfTheSeedPlatforms() {
		// 11 platforms with co-founders: (政,校) 1, (校) 5, (校,企) 4, (企) 1 — T by hand
		// (README) 0.013137 bits
		GraphQlTester.Response response = this.graphQl.documentName("tripleHelix").execute();
		response.path("tripleHelix.platforms").entity(Integer.class).isEqualTo(11);
		response.path("tripleHelix.t")
			.entity(Double.class)
			.satisfies((t) -> assertThat(t).isCloseTo(0.0131374, within(1e-6)));
		response.path("tripleHelix.hE")
			.entity(Double.class)
			.satisfies((h) -> assertThat(h).isCloseTo(0.9940302, within(1e-6)));
		// colleges only: chimelong, elevator, xinyingzao (校,企), childcare, jingdiao (校)
		this.graphQl.documentName("tripleHelix")
			.variable("platformKinds", List.of("COLLEGE"))
			.execute()
			.path("tripleHelix.platforms")
			.entity(Integer.class)
			.isEqualTo(5);
		// the colleges have no region of their own: their host school's (广东省广州市)
		this.graphQl.documentName("tripleHelix")
			.variable("platformKinds", List.of("COLLEGE"))
			.variable("region", "广州")
			.execute()
			.path("tripleHelix.platforms")
			.entity(Integer.class)
			.isEqualTo(5);
		this.graphQl.documentName("tripleHelix")
			.variable("platformKinds", List.of("SCHOOL"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("SCHOOL is not a platform kind");
			}));
	}

	@Test
	void shouldAnswerThePlannersQuestions() {
		GraphQlTester.Response response = this.graphQl.documentName("planner")
			.variable("a", "gdep")
			.variable("b", "chimelong-group")
			.execute();
		// jingdiao-college: gdep only; childcare-college: gdep and a kindergarten
		response.path("collegesWithoutEnterpriseCoFounder[*].id")
			.entityList(String.class)
			.containsExactly("childcare-college", "jingdiao-college");
		// by name: 全国休闲… (U+5168) before 长隆… (U+957F)
		response.path("commonPartners[*].organization.id")
			.entityList(String.class)
			.containsExactly("leisure-services-community", "chimelong-college");
		response.path("commonPartners[1].withA").entityList(String.class).containsExactly("CO_FOUNDED", "PART_OF");
		response.path("commonPartners[1].withB").entityList(String.class).containsExactly("CO_FOUNDED");
		// hongbeibei-kindergarten and gdep both tie to childcare-college; scnu and gdep
		// co-lead leisure-services-community
		response.path("schoolPairsBySharedPartners[*].b.id")
			.entityList(String.class)
			.containsExactly("hongbeibei-kindergarten", "scnu");
		response.path("schoolPairsBySharedPartners[*].shared[*].id")
			.entityList(String.class)
			.containsExactly("childcare-college", "leisure-services-community");
		// every seed college belongs to the same school
		response.path("enterprisesSpanningSchools").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldFindEnterprisesSpanningSchoolsInTheYearAsked() throws Exception {
		String fixture = StreamUtils.copyToString(new ClassPathResource("fixtures/analysis.cypher").getInputStream(),
				StandardCharsets.UTF_8);
		this.store.inWrite((tx) -> {
			tx.run(String.join("\n", SchemaInitializer.split(fixture))).consume();
			return null;
		});
		try {
			GraphQlTester.Response now = this.graphQl.documentName("planner")
				.variable("a", "fixture-an-school-1")
				.variable("b", "fixture-an-enterprise-2")
				.execute();
			now.path("enterprisesSpanningSchools[*].enterprise.id")
				.entityList(String.class)
				.containsExactly("fixture-an-enterprise-1");
			// by name: 测试丁 (U+4E01) before 测试丙 (U+4E19)
			now.path("enterprisesSpanningSchools[0].schools[*].id")
				.entityList(String.class)
				.containsExactly("fixture-an-school-2", "fixture-an-school-1");
			now.path("commonPartners[*].organization.id")
				.entityList(String.class)
				.containsExactly("fixture-an-college-1");
			GraphQlTester.Response in2022 = this.graphQl.documentName("planner")
				.variable("a", "fixture-an-school-1")
				.variable("b", "fixture-an-enterprise-2")
				.variable("asOf", 2022)
				.execute();
			in2022.path("enterprisesSpanningSchools").entityList(Object.class).hasSize(0);
			in2022.path("collegesWithoutEnterpriseCoFounder[*].id")
				.entityList(String.class)
				.satisfies((ids) -> assertThat(ids).contains("fixture-an-college-2")
					.doesNotContain("fixture-an-college-1"));
		}
		finally {
			this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-an-' DETACH DELETE o", Map.of(),
					(r) -> r);
		}
	}

	@Test
	void shouldNameUnknownIdsAndBadArguments() {
		this.graphQl.documentName("planner")
			.variable("a", "gdep")
			.variable("b", "no-such-organisation")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).anySatisfy((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("no-such-organisation");
			}));
		this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("asOf", 1800)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("asOf");
			}));
		this.graphQl.document("{ centrality(measure: DEGREE, kinds: [NO_SUCH_KIND]) { engine } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getMessage()).contains("NO_SUCH_KIND")));
		this.graphQl.documentName("coFoundingPairs")
			.variable("platform", "no-such-platform")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("no-such-platform")));
	}

	@Test
	void shouldRefuseAProjectionOverTheCap() {
		AnalysisEngine engine = new AnalysisEngine(this.store);
		engine.afterPropertiesSet();
		AnalysisProperties small = new AnalysisProperties(10, Duration.ofSeconds(30), 1, 20000);
		AnalysisQueries queries = new AnalysisQueries(this.store, small, engine, new AnalysisRunner(small));
		assertThatThrownBy(() -> queries.centrality(Projection.of(null, null, null), Measure.DEGREE, 5))
			.isInstanceOf(BadArgumentException.class)
			.hasMessageContaining("more than 10 relationships")
			.hasMessageContaining("chanjiao.analysis.max-relationships");
		// 7 PART_OF relations fit
		assertThat(queries
			.centrality(Projection.of(null, List.of(org.chanjiao.organization.RelationType.PART_OF), null),
					Measure.DEGREE, 1)
			.size()
			.relationships()).isEqualTo(7);
	}

	@Test
	void shouldRefuseBetweennessAndClosenessOverMoreOrganisationsThanTheirCap() {
		AnalysisEngine engine = new AnalysisEngine(this.store);
		engine.afterPropertiesSet();
		AnalysisProperties small = new AnalysisProperties(500000, Duration.ofSeconds(30), 1, 5);
		AnalysisQueries queries = new AnalysisQueries(this.store, small, engine, new AnalysisRunner(small));
		for (Measure measure : List.of(Measure.BETWEENNESS, Measure.CLOSENESS)) {
			assertThatThrownBy(() -> queries.centrality(Projection.of(null, null, null), measure, 5))
				.isInstanceOf(BadArgumentException.class)
				.hasMessageContaining("chanjiao.analysis.max-path-measure-nodes = 5");
		}
		// Degree and PageRank have no such cap.
		assertThat(queries.centrality(Projection.of(null, null, null), Measure.PAGERANK, 1).scores()).hasSize(1);
	}

}
