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
		properties = { "chanjiao.embedded.bolt-port=0", "chanjiao.embedded.ephemeral=true",
				"chanjiao.embedded.data-dir=target/neo4j-test", "chanjiao.embedded.page-cache=64MB" })
@Import(StatementCounter.Configuration.class)
public @interface IntegrationTest {

}
