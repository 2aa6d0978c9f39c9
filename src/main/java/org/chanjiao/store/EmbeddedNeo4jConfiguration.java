package org.chanjiao.store;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts {@link EmbeddedNeo4j} and points Boot's driver at its Bolt port. Because the
 * connection details depend on the server bean, the server starts before the driver and
 * stops after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return new EmbeddedNeo4j(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create(server.boltUri());
			}

			@Override
			public AuthToken getAuthToken() {
				return server.authToken();
			}
		};
	}

}
