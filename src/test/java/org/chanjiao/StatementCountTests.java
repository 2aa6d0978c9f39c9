package org.chanjiao;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a nested query costs a bounded number of Cypher statements, the same for 3
 * organisations as for 30, counted on their way through the driver.
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
