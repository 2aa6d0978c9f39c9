package org.chanjiao;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chanjiao.store.GraphStore;
import org.chanjiao.store.SchemaInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL contract of DESIGN.md, over real HTTP, against the seeded knowledge base.
 * Expected answers were read off the seed report by hand (seeds/sources/). Subclasses run
 * it against embedded Neo4j and, where Docker runs, against a Neo4j 5.26 container.
 */
abstract class GraphQlContractTests {

	private static final String REPORT = "gdep-2023-integration-report";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = GraphQlOverHttp.at(this.port);
	}

	// --- organization, relations, evidence

	@Test
	void shouldAnswerOrganizationWithItsRelationsAndEvidence() {
		GraphQlTester.Response response = this.graphQl.documentName("organizationWithRelations")
			.variable("id", "gdep-vet-group")
			.execute();
		response.path("organization.name").entity(String.class).isEqualTo("广东工程职业教育集团");
		response.path("organization.kind").entity(String.class).isEqualTo("COMMUNITY");
		response.path("organization.form").entity(String.class).isEqualTo("VOCATIONAL_EDUCATION_GROUP");
		response.path("organization.aliases").entityList(String.class).contains("广东工程职教集团");
		// The group: led by the school, two executive members added in 2023, three
		// recognitions.
		response.path("organization.relations[?(@.type == 'MEMBER_OF')].from.id")
			.entityList(String.class)
			// ordered by name: 易枫 (U+6613) before 清远 (U+6E05)
			.containsExactly("yifeng-guangzhou", "qingyuan-hitech-association");
		response.path("organization.relations[?(@.type == 'MEMBER_OF')].role")
			.entityList(String.class)
			.containsExactly("EXECUTIVE_MEMBER", "EXECUTIVE_MEMBER");
		response.path("organization.relations[?(@.type == 'MEMBER_OF')].since")
			.entityList(Integer.class)
			.containsExactly(2023, 2023);
		response.path("organization.relations[?(@.type == 'CO_FOUNDED')].from.id")
			.entityList(String.class)
			.containsExactly("gdep");
		response.path("organization.relations[?(@.type == 'RECOGNIZED')].from.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("moe", "gd-education-dept",
					"gd-education-dept"));
		response.path("organization.relations[?(@.type == 'RECOGNIZED' && @.level == 'NATIONAL')].title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).singleElement()
				.satisfies((title) -> assertThat(title).contains("示范性职教集团")));
		response.path("organization.relations[*].evidence[*].documentTitle")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly("学校 2023 年深化产教融合工作报告"));
		response.path("organization.relations[?(@.type == 'MEMBER_OF')].evidence[*].quote")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list)
				.allSatisfy((quote) -> assertThat(quote).contains("清远市高新技术产业协会").contains("常务理事单位")));
	}

	@Test
	void shouldFilterRelationsByTypeAndDirection() {
		GraphQlTester.Response response = this.graphQl.documentName("organizationWithRelations")
			.variable("id", "gdep")
			.variable("types", List.of("PART_OF"))
			.variable("direction", "IN")
			.execute();
		// Five colleges and two practice bases belong to the school.
		response.path("organization.relations[*].from.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("chimelong-college", "elevator-college",
					"jingdiao-college", "xinyingzao-college", "childcare-college", "crowne-plaza-practice-base",
					"robot-plus-base"));
		this.graphQl.documentName("organizationWithRelations")
			.variable("id", "gdep")
			.variable("types", List.of("PART_OF"))
			.variable("direction", "OUT")
			.execute()
			.path("organization.relations")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldAnswerNullForAnUnknownOrganization() {
		this.graphQl.documentName("organizationWithRelations")
			.variable("id", "no-such-organisation")
			.execute()
			.path("organization")
			.valueIsNull();
	}

	// --- co-founders and cooperation models

	@Test
	void shouldListTheFiveCoFoundersOfXinyingzaoCollege() {
		GraphQlTester.Response response = this.graphQl.documentName("coFounders")
			.variable("id", "xinyingzao-college")
			.execute();
		// "该产业学院由学校、中国建材工业经济研究会、北京和能人居科技有限公司、广东工程建筑设计研究所、山东百库教育科技有限公司五家共建"
		response.path("organization.coFounders[*].from.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("gdep", "cbm-economic-research-assoc",
					"heneng-renju", "gd-engineering-design-institute", "baiku-education"));
		response.path("organization.coFounders[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("organization.coFounders[0].from.id").entity(String.class).isEqualTo("gdep");
		response.path("organization.coFounders[*].evidence[0].quote")
			.entityList(String.class)
			.contains("该产业学院由学校、中国建材工业经济研究会、北京和能人居科技有限公司、广东工程建筑设计研究所、山东百库教育科技有限公司五家共建");
		response.path("organization.cooperationModel.declared").entity(String.class).isEqualTo("校-行-研-企");
		response.path("organization.cooperationModel.derived").entity(String.class).isEqualTo("校-行-研-企");
		response.path("organization.cooperationModel.missing").entityList(String.class).hasSize(0);
	}

	@Test
	void shouldShowDeclaredDerivedAndMissingForChimelongCollege() {
		GraphQlTester.Response response = this.graphQl.documentName("coFounders")
			.variable("id", "chimelong-college")
			.execute();
		// Declared 政-校-行-企, but the report names only the school and Chimelong as
		// co-founders.
		response.path("organization.cooperationModel.declared").entity(String.class).isEqualTo("政-校-行-企");
		response.path("organization.cooperationModel.derived").entity(String.class).isEqualTo("校-企");
		response.path("organization.cooperationModel.missing").entityList(String.class).containsExactly("政", "行");
		response.path("organization.cooperationModel.evidence[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).contains("“政-校-行-企”型产业学院，如长隆产业学院"));
		response.path("organization.cooperationModel.evidence[0].documentId").entity(String.class).isEqualTo(REPORT);
	}

	@Test
	void shouldDeriveModelsOfTheOtherDeclaredColleges() {
		assertModel("elevator-college", "政-校-企", "校-企", List.of("政"));
		// 校中厂 is a form of cooperation, not a sector: nothing is missing.
		assertModel("childcare-college", "校-校中厂", "校", List.of());
		assertModel("jingdiao-college", null, "校", List.of());
		assertModel("leisure-services-community", null, "校-企", List.of());
	}

	private void assertModel(String id, String declared, String derived, List<String> missing) {
		GraphQlTester.Response response = this.graphQl.documentName("coFounders").variable("id", id).execute();
		if (declared == null) {
			response.path("organization.cooperationModel.declared").valueIsNull();
		}
		else {
			response.path("organization.cooperationModel.declared").entity(String.class).isEqualTo(declared);
		}
		response.path("organization.cooperationModel.derived").entity(String.class).isEqualTo(derived);
		response.path("organization.cooperationModel.missing").entityList(String.class).isEqualTo(missing);
	}

	@Test
	void shouldListTheLeadUnitsOfTheLeisureServicesCommunity() {
		// "牵头成立全国休闲服务行业产教融合共同体" and "联合长隆集团有限公司、华南师范大学，成立全国休闲服务行业产教融合共同体"
		this.graphQl.documentName("coFounders")
			.variable("id", "leisure-services-community")
			.execute()
			.path("organization.coFounders[?(@.role == 'LEAD')].from.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("gdep", "chimelong-group", "scnu"));
	}

	@Test
	void shouldGiveNoCooperationModelToAnEnterprise() {
		this.graphQl.documentName("coFounders")
			.variable("id", "chimelong-group")
			.execute()
			.path("organization.cooperationModel")
			.valueIsNull();
	}

	// --- organizations: a keyset cursor connection

	@Test
	void shouldPageThroughAllOrganizationsInNameOrder() {
		List<String> names = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = this.graphQl.documentName("organizationsPage")
				.variable("first", 7)
				.variable("after", after)
				.execute();
			names.addAll(response.path("organizations.edges[*].node.name").entityList(String.class).get());
			ids.addAll(response.path("organizations.edges[*].node.id").entityList(String.class).get());
			more = response.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			response.path("organizations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			after = response.path("organizations.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		long total = this.store
			.read("MATCH (o:Organization) RETURN count(o) AS n", Map.of(), (r) -> r.get("n").asLong())
			.get(0);
		assertThat(ids).doesNotHaveDuplicates().hasSize((int) total);
		assertThat(pages).isEqualTo((int) Math.ceil(total / 7.0));
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(String::compareTo);
		assertThat(names).isEqualTo(sorted);
	}

	@Test
	void shouldKeepTheNextPageWhenAnOrganizationIsAddedBeforeTheCursor() {
		GraphQlTester.Response first = this.graphQl.documentName("organizationsPage").variable("first", 5).execute();
		String cursor = first.path("organizations.pageInfo.endCursor").entity(String.class).get();
		List<String> before = nextPage(cursor);
		// U+4E00 一 sorts before every seed name: an offset-based page two would shift by
		// one.
		this.store.write("CREATE (:Organization:Enterprise {id: 'fixture-first', name: '一一测试', kind: 'ENTERPRISE'})",
				Map.of(), (r) -> r);
		try {
			assertThat(nextPage(cursor)).isEqualTo(before);
		}
		finally {
			this.store.write("MATCH (o:Organization {id: 'fixture-first'}) DETACH DELETE o", Map.of(), (r) -> r);
		}
	}

	private List<String> nextPage(String cursor) {
		return this.graphQl.documentName("organizationsPage")
			.variable("first", 5)
			.variable("after", cursor)
			.execute()
			.path("organizations.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void shouldFilterOrganizationsByKindAndName() {
		GraphQlTester.Response response = this.graphQl.documentName("organizationsPage")
			.variable("kinds", List.of("COLLEGE"))
			.variable("first", 50)
			.execute();
		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("organizations.edges[*].node.kind")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly("COLLEGE"));
		this.graphQl.documentName("organizationsPage")
			.variable("nameContains", "schindler")
			.execute()
			.path("organizations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("schindler-china");
	}

	// --- search

	@Test
	void shouldFindChimelongGroupAndCollegeBySearchingChangLong() {
		this.graphQl.documentName("search")
			.variable("text", "长隆")
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.contains("chimelong-group", "chimelong-college");
	}

	@Test
	void shouldFindByEnglishNameAndAliasFirst() {
		this.graphQl.documentName("search")
			.variable("text", "Chimelong")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("chimelong-group");
		this.graphQl.documentName("search")
			.variable("text", "迅达电梯")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("schindler-china");
		this.graphQl.documentName("search")
			.variable("text", "south china normal")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("scnu");
	}

	@Test
	void shouldRestrictSearchToKinds() {
		this.graphQl.documentName("search")
			.variable("text", "长隆")
			.variable("kinds", List.of("COLLEGE"))
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.containsExactly("chimelong-college");
	}

	@Test
	void shouldTreatLuceneSyntaxInSearchAsText() {
		// Were *:* parsed as a query it would match every organisation; as text it is no
		// word.
		this.graphQl.documentName("search")
			.variable("text", "长隆\" OR *:* AND (")
			.variable("first", 100)
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("chimelong-group", "chimelong-college"));
		this.graphQl.documentName("search")
			.variable("text", "*:*")
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(0);
	}

	// --- neighborhood

	@Test
	void shouldDrawTheNeighborhoodInBothDirections() {
		GraphQlTester.Response response = this.graphQl.documentName("neighborhood")
			.variable("id", "chimelong-group")
			.variable("depth", 2)
			.execute();
		// Depth 1: the college and the leisure community it co-founded. Depth 2: the
		// school
		// (co-founder and host), the committee that recognised the college, and SCNU.
		response.path("neighborhood.nodes[0].id").entity(String.class).isEqualTo("chimelong-group");
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("chimelong-group", "chimelong-college",
					"leisure-services-community", "gdep", "gd-education-work-committee", "scnu"));
		response.path("neighborhood.relations").entityList(Object.class).hasSize(7);
	}

	@Test
	void shouldFollowOnlyTheGivenTypesInTheNeighborhood() {
		GraphQlTester.Response response = this.graphQl.documentName("neighborhood")
			.variable("id", "chimelong-group")
			.variable("depth", 2)
			.variable("types", List.of("CO_FOUNDED"))
			.execute();
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("chimelong-group", "chimelong-college",
					"leisure-services-community", "gdep", "scnu"));
		response.path("neighborhood.relations[*].type")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).hasSize(5).containsOnly("CO_FOUNDED"));
	}

	// --- shortestPath

	@Test
	void shouldFindTheShortestPathAcrossDirections() {
		// 麒麟软件 partners with the school, which co-founded the leisure community with
		// SCNU.
		GraphQlTester.Response response = this.graphQl.documentName("shortestPath")
			.variable("from", "kylin-software")
			.variable("to", "scnu")
			.execute();
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(3);
		response.path("shortestPath.nodes[*].id")
			.entityList(String.class)
			.containsExactly("kylin-software", "gdep", "leisure-services-community", "scnu");
		response.path("shortestPath.relations[*].type")
			.entityList(String.class)
			.containsExactly("PARTNERS_WITH", "CO_FOUNDED", "CO_FOUNDED");
	}

	@Test
	void shouldAnswerNullWhenNoPathIsShortEnough() {
		this.graphQl.documentName("shortestPath")
			.variable("from", "kylin-software")
			.variable("to", "scnu")
			.variable("maxHops", 2)
			.execute()
			.path("shortestPath")
			.valueIsNull();
	}

	@Test
	void shouldAnswerAPathOfLengthZeroFromAnOrganizationToItself() {
		GraphQlTester.Response response = this.graphQl.documentName("shortestPath")
			.variable("from", "gdep")
			.variable("to", "gdep")
			.execute();
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(0);
		response.path("shortestPath.nodes[*].id").entityList(String.class).containsExactly("gdep");
	}

	// --- enterprisesSpanningColleges

	@Test
	void shouldListEnterprisesOfOneCollegeInTheSeed() {
		GraphQlTester.Response response = this.graphQl.documentName("spanning").variable("minColleges", 1).execute();
		response.path("enterprisesSpanningColleges[*].enterprise.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("chimelong-group", "schindler-china",
					"heneng-renju", "baiku-education"));
		response.path("enterprisesSpanningColleges[*].collegeCount")
			.entityList(Integer.class)
			.satisfies((list) -> assertThat(list).containsOnly(1));
		response.path("enterprisesSpanningColleges[*].schools[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly("gdep"));
		// No enterprise in the report co-founds two colleges.
		this.graphQl.documentName("spanning")
			.execute()
			.path("enterprisesSpanningColleges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldCountCollegesCoFoundedOrPartneredAcrossSchools() throws Exception {
		String fixture = StreamUtils.copyToString(new ClassPathResource("fixtures/spanning.cypher").getInputStream(),
				StandardCharsets.UTF_8);
		this.store.inWrite((tx) -> {
			tx.run(String.join("\n", SchemaInitializer.split(fixture))).consume();
			return null;
		});
		try {
			GraphQlTester.Response response = this.graphQl.documentName("spanning")
				.variable("minColleges", 2)
				.execute();
			response.path("enterprisesSpanningColleges[*].enterprise.id")
				.entityList(String.class)
				.containsExactly("fixture-enterprise-1");
			response.path("enterprisesSpanningColleges[0].collegeCount").entity(Integer.class).isEqualTo(3);
			response.path("enterprisesSpanningColleges[0].colleges[*].id")
				.entityList(String.class)
				.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("fixture-college-1",
						"fixture-college-2", "fixture-college-3"));
			response.path("enterprisesSpanningColleges[0].schools[*].id")
				.entityList(String.class)
				.satisfies(
						(list) -> assertThat(list).containsExactlyInAnyOrder("fixture-school-1", "fixture-school-2"));
		}
		finally {
			this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-' DETACH DELETE o", Map.of(),
					(r) -> r);
		}
	}

	// --- documents

	@Test
	void shouldListTheReportAsADocument() {
		GraphQlTester.Response response = this.graphQl.documentName("documents").execute();
		response.path("documents[*].id").entityList(String.class).contains(REPORT);
		response.path("documents[?(@.id == '" + REPORT + "')].year").entityList(Integer.class).containsExactly(2023);
	}

	// --- errors a user can act on

	@Test
	void shouldAnswerNotFoundForUnknownIdsInNetworkQueries() {
		assertError(this.graphQl.documentName("neighborhood").variable("id", "nope").execute(), ErrorType.NOT_FOUND,
				"nope");
		assertError(this.graphQl.documentName("shortestPath").variable("from", "gdep").variable("to", "nope").execute(),
				ErrorType.NOT_FOUND, "nope");
	}

	@Test
	void shouldAnswerBadRequestNamingTheArgumentAndItsLimit() {
		assertError(this.graphQl.documentName("organizationsPage").variable("first", 501).execute(),
				ErrorType.BAD_REQUEST, "first", "500");
		assertError(this.graphQl.documentName("neighborhood").variable("id", "gdep").variable("depth", 5).execute(),
				ErrorType.BAD_REQUEST, "depth", "4");
		assertError(this.graphQl.documentName("shortestPath")
			.variable("from", "gdep")
			.variable("to", "scnu")
			.variable("maxHops", 11)
			.execute(), ErrorType.BAD_REQUEST, "maxHops", "10");
		assertError(this.graphQl.documentName("search").variable("text", "   ").execute(), ErrorType.BAD_REQUEST,
				"text", "empty");
		assertError(this.graphQl.documentName("search").variable("text", "长隆").variable("first", 0).execute(),
				ErrorType.BAD_REQUEST, "first");
		assertError(this.graphQl.documentName("organizationsPage").variable("after", "not-a-cursor").execute(),
				ErrorType.BAD_REQUEST, "after");
	}

	private static void assertError(GraphQlTester.Response response, ErrorType type, String... words) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			ResponseError error = errors.get(0);
			assertThat(error.getErrorType()).isEqualTo(type);
			for (String word : words) {
				assertThat(error.getMessage()).contains(word);
			}
			assertThat(error.getMessage()).doesNotContain("Exception", "org.", "MATCH", "\tat ");
		});
	}

}
