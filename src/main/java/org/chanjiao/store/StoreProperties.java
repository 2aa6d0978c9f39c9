package org.chanjiao.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application uses the database, embedded or external.
 *
 * @param database the database name, or empty for the server's default
 * @param readTimeout the timeout of every read transaction
 * @param writeTimeout the timeout of a write transaction (imports set their own)
 * @param inProcessReads with embedded Neo4j, run read transactions on its Java API
 * instead of through Bolt ({@link InProcessReads}); writes always go through the driver
 * @param maxConcurrentReads in-process reads at once (the driver's pool,
 * {@code spring.neo4j.pool.max-connection-pool-size}, bounds reads over Bolt)
 * @param readQueueTimeout how long an in-process read waits for its turn before it is
 * answered as busy; the wait does not count against {@code readTimeout}
 */
@ConfigurationProperties("chanjiao.store")
public record StoreProperties(String database, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("30s") Duration writeTimeout, @DefaultValue("true") boolean inProcessReads,
		@DefaultValue("8") int maxConcurrentReads, @DefaultValue("30s") Duration readQueueTimeout) {
}
