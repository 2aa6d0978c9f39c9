package org.chanjiao.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Neo4j Community running in this JVM with its Bolt connector on 127.0.0.1 only. The
 * application talks to it over Bolt through the ordinary driver, exactly as it would talk
 * to an external server, so nothing else in the code knows which one it has.
 */
public class EmbeddedNeo4j implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final EmbeddedNeo4jProperties properties;

	private final int boltPort;

	private final Path dataDir;

	private volatile DatabaseManagementService managementService;

	EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		this.dataDir = properties.dataDir().toAbsolutePath().normalize();
		this.boltPort = (properties.boltPort() == 0) ? freePort() : checkFree(properties.boltPort());
		if (properties.ephemeral()) {
			deleteContents(this.dataDir);
		}
		start();
	}

	/** Starts the server; also used to bring it back after {@link #stop()}. */
	public synchronized void start() {
		if (this.managementService != null) {
			return;
		}
		long started = System.nanoTime();
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(this.dataDir)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", this.boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", this.boltPort))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Bolt listens on loopback only; a deployment that needs auth uses an
			// external server.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, this.properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.transaction_timeout, this.properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.tx_state_memory_allocation, this.properties.txStateMemory());
		if (this.properties.transactionMemoryMax() != null) {
			builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					this.properties.transactionMemoryMax().toBytes());
		}
		this.managementService = builder.build();
		log.info("Embedded Neo4j started in {} ms: bolt://127.0.0.1:{}, data in {}",
				(System.nanoTime() - started) / 1_000_000, this.boltPort, this.dataDir);
	}

	/** Stops the server (clean shutdown: checkpoint, close stores). */
	public synchronized void stop() {
		if (this.managementService != null) {
			this.managementService.shutdown();
			this.managementService = null;
			log.info("Embedded Neo4j stopped");
		}
	}

	public boolean isRunning() {
		return this.managementService != null;
	}

	/**
	 * The database itself, for what gains from bypassing Bolt: the import's batches and
	 * the read transactions ({@link GraphStore}); writes of curation go through the
	 * driver.
	 */
	public GraphDatabaseService database() {
		DatabaseManagementService service = this.managementService;
		if (service == null) {
			throw new IllegalStateException("Embedded Neo4j is stopped");
		}
		return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	public String boltUri() {
		return "bolt://127.0.0.1:" + this.boltPort;
	}

	public int boltPort() {
		return this.boltPort;
	}

	@Override
	public void destroy() {
		stop();
		if (this.properties.ephemeral()) {
			deleteContents(this.dataDir);
		}
	}

	private static int checkFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return port;
		}
		catch (BindException ex) {
			throw new BoltPortInUseException(port, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteContents(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).filter((p) -> !p.equals(dir)).forEach((p) -> {
				try {
					Files.delete(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
