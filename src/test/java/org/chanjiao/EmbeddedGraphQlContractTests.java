package org.chanjiao;

/** The GraphQL contract against the embedded Neo4j the application starts by default. */
@IntegrationTest
class EmbeddedGraphQlContractTests extends GraphQlContractTests {

}
