package org.chanjiao.network;

import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The neighbourhood's one statement against the seed: its limit, its order, and an
 * organisation without relationships.
 */
@IntegrationTest
class NetworkQueriesTests {

	@Autowired
	NetworkQueries queries;

	@Autowired
	GraphStore store;

	@Test
	void shouldRefuseANeighborhoodOfMoreOrganisationsThanTheLimit() {
		// chimelong-group at depth 2: itself and five others.
		assertThat(this.queries.neighborhood("chimelong-group", 2, null, 6).nodes()).hasSize(6);
		assertThatExceptionOfType(BadArgumentException.class)
			.isThrownBy(() -> this.queries.neighborhood("chimelong-group", 2, null, 5))
			.withMessageContaining("more than 5 organisations")
			.withMessageContaining("chanjiao.limits.max-neighborhood-nodes");
	}

	@Test
	void shouldOrderRelationsAsCypherOrdersThemByTypeAndNames() {
		Subgraph subgraph = this.queries.neighborhood("gdep", 2, null, 5000);
		assertThat(subgraph.nodes().get(0).id()).isEqualTo("gdep");
		List<String> ids = subgraph.relations().stream().map(Relation::id).toList();
		assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
		List<String> expected = this.store.read("""
				MATCH (a:Organization)-[r]->(b:Organization) WHERE r.id IN $ids
				RETURN r.id AS id ORDER BY type(r), a.name, b.name, r.id
				""", Map.of("ids", ids), (r) -> r.get("id").asString());
		assertThat(ids).isEqualTo(expected);
		List<String> others = subgraph.nodes().stream().skip(1).map(Organization::name).toList();
		assertThat(others).isSorted();
	}

	@Test
	void shouldAnswerAnOrganisationWithoutRelationshipsAsItsOwnNeighborhood() {
		this.store.write("CREATE (:Organization:Enterprise {id: 'fixture-alone', name: '孤立测试', kind: 'ENTERPRISE'})",
				Map.of(), (r) -> r);
		try {
			Subgraph subgraph = this.queries.neighborhood("fixture-alone", 3, null, 5000);
			assertThat(subgraph.nodes()).extracting(Organization::id).containsExactly("fixture-alone");
			assertThat(subgraph.relations()).isEmpty();
		}
		finally {
			this.store.write("MATCH (o:Organization {id: 'fixture-alone'}) DETACH DELETE o", Map.of(), (r) -> r);
		}
	}

}
