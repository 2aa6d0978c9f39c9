package org.chanjiao.network;

import java.util.Arrays;
import java.util.List;
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
		this.store.write("MATCH (o:Organization|MergedId) WHERE o.id STARTS WITH 'hub-' DETACH DELETE o", Map.of(),
				(r) -> r);
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

	/**
	 * A second graph, counted by hand, where the first others by name lie two hops away
	 * and facts that are not accepted open paths that must not count. Accepted: centre–M,
	 * centre–N, centre–O (PARTNERS_WITH), M–A, N–B, O–B, B–C (PARTNERS_WITH), O–C
	 * (MEMBER_OF). Not accepted: centre–Z0 (candidate, and Z0–Z1 accepted behind it),
	 * M–Z2 (deprecated). Names: 'H2 a' … 'H2 o', 'H2 0…' for the Z's, so that a
	 * neighbourhood that let them in would list them first. The merged id h2-old stands
	 * for the centre.
	 */
	private void diamond() {
		this.store.write(
				"""
						CREATE (h:Organization:College {id: 'hub-h2', name: 'H2 centre', kind: 'COLLEGE', aliases: []})
						CREATE (:MergedId {id: 'hub-h2-old', into: 'hub-h2'})
						WITH h
						UNWIND ['m', 'n', 'o', 'a', 'b', 'c', '0z0', '0z1', '0z2'] AS key
						CREATE (:Organization:Enterprise {id: 'hub-h2-' + key, name: 'H2 ' + key, kind: 'ENTERPRISE', aliases: []})
						WITH count(*) AS created
						UNWIND [['hub-h2', 'm', 'PARTNERS_WITH'], ['hub-h2', 'n', 'PARTNERS_WITH'], ['hub-h2', 'o', 'PARTNERS_WITH'],
						  ['hub-h2-m', 'a', 'PARTNERS_WITH'], ['hub-h2-n', 'b', 'PARTNERS_WITH'], ['hub-h2-o', 'b', 'PARTNERS_WITH'],
						  ['hub-h2-b', 'c', 'PARTNERS_WITH'], ['hub-h2-c', 'o', 'MEMBER_OF'],
						  ['hub-h2', '0z0', 'CANDIDATE_PARTNERS_WITH'], ['hub-h2-0z0', '0z1', 'PARTNERS_WITH'],
						  ['hub-h2-m', '0z2', 'DEPRECATED_PARTNERS_WITH']] AS edge
						MATCH (x:Organization {id: edge[0]}), (y:Organization {id: 'hub-h2-' + edge[1]})
						CREATE (x)-[r:$(edge[2])]->(y)
						SET r.id = 'hub-h2-r-' + edge[0] + '-' + edge[1], r.kind = 'OTHER'
						""",
				Map.of(), (r) -> r);
	}

	private GraphQlTester.Response diamondNeighborhood(String id, int depth, Integer first, String types) {
		return this.graphQl
			.document("""
					query($id: ID!, $depth: Int, $first: Int) { neighborhood(id: $id, depth: $depth, first: $first%s) {
					  totalCount truncated nodes { id name } relations { id from { id } to { id } } } }"""
				.formatted((types != null) ? ", types: [" + types + "]" : ""))
			.variable("id", id)
			.variable("depth", depth)
			.variable("first", first)
			.execute();
	}

	private static List<String> ids(String... keys) {
		return Arrays.stream(keys).map((k) -> k.equals("centre") ? "hub-h2" : "hub-h2-" + k).toList();
	}

	@Test
	void shouldCutATruncatedNeighborhoodByNameAcrossDepthsAndCountOnlyAcceptedFacts() {
		diamond();
		// Depth 2: M, N, O, A, B (by N and by O: once), C; the Z's only through facts
		// that are not accepted. The first three others by name are all two hops away.
		GraphQlTester.Response response = diamondNeighborhood("hub-h2", 2, 4, null);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "a", "b", "c").toArray(String[]::new));
		// Among the centre, A, B and C only B–C.
		response.path("neighborhood.relations[*].id").entityList(String.class).containsExactly("hub-h2-r-hub-h2-b-c");

		response = diamondNeighborhood("hub-h2", 2, 6, null);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "a", "b", "c", "m", "n").toArray(String[]::new));
		response.path("neighborhood.relations[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("hub-h2-r-hub-h2-m", "hub-h2-r-hub-h2-n",
					"hub-h2-r-hub-h2-m-a", "hub-h2-r-hub-h2-n-b", "hub-h2-r-hub-h2-b-c"));

		// Exactly as many as there are: whole, not truncated.
		response = diamondNeighborhood("hub-h2", 2, 7, null);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "a", "b", "c", "m", "n", "o").toArray(String[]::new));
		response.path("neighborhood.relations[*].id").entityList(String.class).hasSize(8);

		// Depth 1: the centre and M, N, O; cut to two.
		response = diamondNeighborhood("hub-h2", 1, 2, null);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "m").toArray(String[]::new));

		// Only PARTNERS_WITH: C is three hops away (O–C is MEMBER_OF).
		response = diamondNeighborhood("hub-h2", 2, 3, "PARTNERS_WITH");
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "a", "b").toArray(String[]::new));

		// The merged id answers the survivor's neighbourhood.
		response = diamondNeighborhood("hub-h2-old", 2, 4, null);
		response.path("neighborhood.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ids("centre", "a", "b", "c").toArray(String[]::new));
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
