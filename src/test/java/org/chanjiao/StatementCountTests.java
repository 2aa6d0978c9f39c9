package org.chanjiao;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * No N+1: a nested query costs a bounded number of Cypher statements, the same for 3
 * organisations as for 30, counted by the database; the network questions, and an
 * organisation with its relations, cost one.
 */
@IntegrationTest
class StatementCountTests {

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter counter;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = GraphQlOverHttp.at(this.port);
	}

	@Test
	void shouldSendTheSameBoundedNumberOfStatementsForThreeOrThirtyOrganizations() {
		long few = statementsFor(3);
		long many = statementsFor(30);
		assertThat(many).isEqualTo(few);
		// organizations, relations, coFounders and cooperationModel per level, the nested
		// relations and models, document titles: a handful, never one per organisation.
		assertThat(many).isBetween(3L, 12L);
	}

	@Test
	void shouldReadAnOrganizationAndTheRelationsItSelectsInOneStatement() {
		long before = this.counter.count();
		GraphQlTester.Response response = this.graphQl.documentName("relationsPage")
			.variable("id", "gdep")
			.variable("first", 3)
			.execute();
		assertThat(this.counter.count() - before).isEqualTo(1);
		response.path("organization.relations").entityList(Object.class).hasSize(3);
		// The same answers as the loader gives when it reads them itself (no first: the
		// field's own arguments are not known ahead).
		response.path("organization.incoming[*].from.id")
			.entityList(String.class)
			.contains("chimelong-college", "elevator-college");
	}

	@Test
	void shouldLeaveRelationsWithArgumentsTheFieldRefusesToTheField() {
		long before = this.counter.count();
		this.graphQl.documentName("relationsPage")
			.variable("id", "gdep")
			.variable("first", 0)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getMessage()).contains("first must be between 1 and 500")));
		assertThat(this.counter.count() - before).isLessThanOrEqualTo(2);
	}

	@Test
	void shouldAnswerANeighborhoodOrAShortestPathInOneStatement() {
		long before = this.counter.count();
		this.graphQl.documentName("neighborhood")
			.variable("id", "chimelong-group")
			.variable("depth", 2)
			.execute()
			.path("neighborhood.nodes")
			.entityList(Object.class)
			.hasSize(6);
		assertThat(this.counter.count() - before).isEqualTo(1);
		before = this.counter.count();
		this.graphQl.documentName("shortestPath")
			.variable("from", "kylin-software")
			.variable("to", "scnu")
			.execute()
			.path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(this.counter.count() - before).isEqualTo(1);
		before = this.counter.count();
		this.graphQl.documentName("shortestPath")
			.variable("from", "kylin-software")
			.variable("to", "nope")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("'nope' (argument to)")));
		// An unknown id costs one more: whether it is a merged organisation's
		// (MergedIds).
		assertThat(this.counter.count() - before).isEqualTo(2);
	}

	@Test
	void shouldReadTheRelationsOfANeighborhoodAndTheSchoolsOfASpanOnlyWhenSelected() {
		String neighborhood = "{ neighborhood(id: \"chimelong-group\", depth: 2) { %s } }";
		assertThat(statementsAnswering(neighborhood.formatted("nodes { id name }"), "neighborhood.nodes"))
			.singleElement(STRING)
			.doesNotContain("AS relations");
		assertThat(
				statementsAnswering(neighborhood.formatted("nodes { id } relations { id }"), "neighborhood.relations"))
			.singleElement(STRING)
			.contains("AS relations");
		String span = "{ enterprisesSpanningColleges(minColleges: 1) { enterprise { id } %s } }";
		assertThat(statementsAnswering(span.formatted("colleges { id }"), "enterprisesSpanningColleges[*].colleges"))
			.isNotEmpty()
			.noneMatch((text) -> text.contains("AS schools"));
		assertThat(statementsAnswering(span.formatted("schools { id }"), "enterprisesSpanningColleges[*].schools"))
			.anyMatch((text) -> text.contains("AS schools"));
	}

	/**
	 * The statements the database ran to answer {@code document}, whose {@code path} is
	 * not empty.
	 */
	private List<String> statementsAnswering(String document, String path) {
		long before = this.counter.count();
		this.graphQl.document(document).execute().path(path).entityList(Object.class).hasSizeGreaterThan(0);
		return this.counter.textsSince(before);
	}

	private long statementsFor(int organizations) {
		long before = this.counter.count();
		this.graphQl.documentName("nestedNetwork")
			.variable("first", organizations)
			.execute()
			.path("organizations.edges")
			.entityList(Object.class)
			.hasSize(organizations)
			.path("organizations.edges[*].node.relations[*].evidence[*].documentTitle")
			.entityList(String.class)
			.hasSizeGreaterThan(organizations);
		return this.counter.count() - before;
	}

}
