package org.chanjiao.network;

import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hubs answer, truncated, with how much there is in all: a neighbourhood larger than
 * {@code first} and a relation page shorter than the relations, on a small star whose
 * answers are counted by hand. The hub (枢纽测试学院) has seven accepted PARTNERS_WITH
 * relations from 枢纽测试企业1 … 7, one candidate one from 枢纽测试企业8 and one deprecated one from
 * 枢纽测试企业9; 枢纽测试企业1 also partners with 枢纽测试远端 (two hops from the hub).
 */
@IntegrationTest
class HubTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void star() {
		this.graphQl = GraphQlOverHttp.at(this.port);
		this.store.write(
				"""
						CREATE (h:Organization:College {id: 'hub-centre', name: '枢纽测试学院', kind: 'COLLEGE', aliases: []})
						CREATE (far:Organization:Enterprise {id: 'hub-far', name: '枢纽测试远端', kind: 'ENTERPRISE', aliases: []})
						WITH h, far
						UNWIND range(1, 9) AS i
						CREATE (e:Organization:Enterprise {id: 'hub-e' + i, name: '枢纽测试企业' + i, kind: 'ENTERPRISE', aliases: []})
						WITH h, far, e, i
						CALL (h, e, i) {
						  WITH h, e, i WHERE i <= 7
						  CREATE (e)-[:PARTNERS_WITH {id: 'hub-r' + i, kind: 'OTHER'}]->(h)
						}
						CALL (h, e, i) {
						  WITH h, e, i WHERE i = 8
						  CREATE (e)-[:CANDIDATE_PARTNERS_WITH {id: 'hub-r' + i, kind: 'OTHER'}]->(h)
						}
						CALL (h, e, i) {
						  WITH h, e, i WHERE i = 9
						  CREATE (e)-[:DEPRECATED_PARTNERS_WITH {id: 'hub-r' + i, kind: 'OTHER'}]->(h)
						}
						CALL (far, e, i) {
						  WITH far, e, i WHERE i = 1
						  CREATE (e)-[:PARTNERS_WITH {id: 'hub-far-r', kind: 'OTHER'}]->(far)
						}
						""",
				Map.of(), (r) -> r);
	}

	@AfterEach
	void removeStar() {
		this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'hub-' DETACH DELETE o", Map.of(), (r) -> r);
	}

	private GraphQlTester.Response neighborhood(int depth, Integer first) {
		return this.graphQl.document("""
				query($depth: Int, $first: Int) { neighborhood(id: "hub-centre", depth: $depth, first: $first) {
				  totalCount truncated nodes { id } relations { id } } }""")
			.variable("depth", depth)
			.variable("first", first)
			.execute();
	}

	@Test
	void shouldTruncateANeighborhoodLargerThanFirstToTheCentreAndTheFirstOthersByName() {
		GraphQlTester.Response response = neighborhood(1, 4);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly("hub-centre", "hub-e1", "hub-e2", "hub-e3");
		// Only the relations among the organisations answered.
		response.path("neighborhood.relations[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("hub-r1", "hub-r2", "hub-r3"));

		response = neighborhood(2, 8);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id").entityList(String.class).hasSize(8).doesNotContain("hub-far");
	}

	@Test
	void shouldAnswerAWholeNeighborhoodUntruncatedWhenItFits() {
		GraphQlTester.Response response = neighborhood(2, 9);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly("hub-centre", "hub-e1", "hub-e2", "hub-e3", "hub-e4", "hub-e5", "hub-e6", "hub-e7",
					"hub-far");
		response.path("neighborhood.relations[*].id").entityList(String.class).hasSize(8);
		// The default: the largest neighbourhood the limits allow.
		neighborhood(2, null).path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldRefuseAFirstOutsideItsRange() {
		neighborhood(1, 0).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("first must be between 1 and 5000")));
	}

	@Test
	void shouldPageAHubsRelationsWithTheirTotalCount() {
		GraphQlTester.Response response = this.graphQl
			.document(
					"""
							{ organization(id: "hub-centre") {
							    three: relationPage(first: 3) { totalCount truncated relations { id from { name } } }
							    all: relationPage { totalCount truncated relations { id } }
							    withCandidates: relationPage(first: 7, statuses: [ASSERTED, CANDIDATE]) { totalCount truncated relations { id } }
							    out: relationPage(direction: OUT) { totalCount truncated }
							} }""")
			.execute();
		response.path("organization.three.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("organization.three.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("organization.three.relations[*].id")
			.entityList(String.class)
			.containsExactly("hub-r1", "hub-r2", "hub-r3");
		response.path("organization.all.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("organization.all.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("organization.all.relations[*].id").entityList(String.class).hasSize(7);
		response.path("organization.withCandidates.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("organization.withCandidates.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("organization.withCandidates.relations[*].id").entityList(String.class).hasSize(7);
		response.path("organization.out.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("organization.out.truncated").entity(Boolean.class).isEqualTo(false);
	}

}
