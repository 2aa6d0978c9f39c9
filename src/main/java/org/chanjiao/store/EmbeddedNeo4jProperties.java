package org.chanjiao.store;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j server started when no {@code spring.neo4j.uri} is
 * set.
 *
 * @param enabled start the embedded server (default: true when {@code spring.neo4j.uri}
 * is unset; see {@link EmbeddedNeo4jCondition})
 * @param dataDir where the database files live
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free port (tests)
 * @param ephemeral delete {@code dataDir} contents on start and stop (tests)
 * @param pageCache Neo4j page cache size, e.g. {@code 256MB}
 * @param transactionTimeout server-side limit for any transaction, e.g. {@code 30s}
 * @param txStateMemory where uncommitted changes live: {@code OFF_HEAP} (default) keeps a
 * large import's transaction state out of the Java heap, {@code ON_HEAP} is Neo4j's own
 * default ({@code db.tx_state.memory_allocation})
 * @param transactionMemoryMax the most memory all transactions together may hold, e.g.
 * {@code 3GB}; {@code 0} for no limit; unset keeps Neo4j's default of 70% of the heap
 * ({@code db.memory.transaction.total.max})
 * @param password the Bolt password of user {@code neo4j} (at least 8 characters); unset,
 * one is generated on the first start into {@code neo4j-password} in {@code dataDir},
 * readable by its owner only
 */
@ConfigurationProperties("chanjiao.embedded")
public record EmbeddedNeo4jProperties(Boolean enabled, @DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort, @DefaultValue("false") boolean ephemeral,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("60s") Duration transactionTimeout,
		@DefaultValue("OFF_HEAP") GraphDatabaseSettings.TransactionStateMemoryAllocation txStateMemory,
		DataSize transactionMemoryMax, String password) {
}
