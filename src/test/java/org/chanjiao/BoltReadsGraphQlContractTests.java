package org.chanjiao;

import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same GraphQL contract with the application's reads through the driver over Bolt
 * ({@code chanjiao.store.in-process-reads=false}), the way they run against an external
 * database, so that path is exercised where no Docker engine runs the container variant.
 * Its own context and data directory: a second embedded Neo4j, started once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chanjiao.embedded.bolt-port=0", "chanjiao.embedded.ephemeral=true", "chanjiao.warm-up.rounds=0",
				"chanjiao.embedded.data-dir=target/neo4j-test-bolt-reads", "chanjiao.embedded.page-cache=32MB",
				"chanjiao.store.in-process-reads=false" })
class BoltReadsGraphQlContractTests extends GraphQlContractTests {

	@Autowired
	GraphStore store;

	@BeforeEach
	void readsGoThroughTheDriver() {
		assertThat(this.store.readsInProcess()).isFalse();
	}

}
