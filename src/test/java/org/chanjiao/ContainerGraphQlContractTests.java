package org.chanjiao;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The same GraphQL contract against an external Neo4j 5.26 server in a container, reached
 * through {@code spring.neo4j.uri} (nothing embedded starts). Skipped where no Docker
 * engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerGraphQlContractTests extends GraphQlContractTests {

	@Container
	@ServiceConnection
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

}
