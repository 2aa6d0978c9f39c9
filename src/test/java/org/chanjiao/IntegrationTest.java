package org.chanjiao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context of the integration tests: the whole application on a random
 * HTTP port, with embedded Neo4j on a free Bolt port and a fresh data directory, seeds
 * loaded. Every test class that carries this annotation shares the same context, so the
 * suite starts Neo4j once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chanjiao.embedded.bolt-port=0", "chanjiao.embedded.ephemeral=true", "chanjiao.warm-up.rounds=0",
				"chanjiao.embedded.data-dir=target/neo4j-test", "chanjiao.embedded.page-cache=64MB",
				// Tokens: editor-token-for-tests (EDITOR) and admin-token-for-tests
				// (ADMIN).
				"chanjiao.security.tokens[0].name=test-editor",
				"chanjiao.security.tokens[0].sha256=7c2b94cac595e4fa79e17c4e1a0663d3db519b23cb3cc784f37fb97464e55ba9",
				"chanjiao.security.tokens[0].roles=EDITOR", "chanjiao.security.tokens[1].name=test-admin",
				"chanjiao.security.tokens[1].sha256=b98c9b93bcac5ddbf030a130b46430d0cac4e591c55b0c65072eebb9c4739985",
				"chanjiao.security.tokens[1].roles=ADMIN",
				// flood-token-for-tests: only the rate-limit test sends mutations with
				// it.
				"chanjiao.security.tokens[2].name=test-flood",
				"chanjiao.security.tokens[2].sha256=90c9c78d669a2a410396d44773eb744aaf2d45f13112dc42011659181c8e0f5b",
				"chanjiao.security.tokens[2].roles=EDITOR",
				// fuzz-token-for-tests: only the mutation fuzz sends mutations with it.
				"chanjiao.security.tokens[3].name=test-fuzz",
				"chanjiao.security.tokens[3].sha256=a973d2bc317b85e80d5af7cf3bc487309015f7148b6c670e84b4c0fd17ec7af8",
				"chanjiao.security.tokens[3].roles=EDITOR", "chanjiao.limits.mutations-per-minute=300",
				"spring.graphql.cors.allowed-origins=https://explorer.example.org",
				"spring.graphql.cors.allowed-methods=GET,POST" })
@Import(StatementCounter.Configuration.class)
public @interface IntegrationTest {

}
