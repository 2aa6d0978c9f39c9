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
 */
@ConfigurationProperties("chanjiao.store")
public record StoreProperties(String database, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("30s") Duration writeTimeout, @DefaultValue("true") boolean inProcessReads) {
}
