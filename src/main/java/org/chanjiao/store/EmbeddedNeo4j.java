package org.chanjiao.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Neo4j Community running in this JVM with its Bolt connector on 127.0.0.1 only. The
 * application talks to it over Bolt through the ordinary driver, exactly as it would talk
 * to an external server, so nothing else in the code knows which one it has.
 * <p>
 * Bolt requires authentication, so that no other local process can write to the graph
 * past the application's tokens and history: the user {@code neo4j} has the password
 * {@code chanjiao.embedded.password} when that is set, else one generated on the first
 * start and kept in {@value #PASSWORD_FILE} in the data folder, readable by its owner
 * only. The password is applied at every start (in-process, on the system database), so
 * changing the property changes it.
 */
public class EmbeddedNeo4j implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The file in the data folder that holds a generated password. */
	public static final String PASSWORD_FILE = "neo4j-password";

	/** The Bolt user. */
	public static final String USER = "neo4j";

	/** Neo4j's {@code dbms.security.auth_minimum_password_length} default. */
	static final int MIN_PASSWORD_LENGTH = 8;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final EmbeddedNeo4jProperties properties;

	private final int boltPort;

	private final Path dataDir;

	private final String password;

	private volatile DatabaseManagementService managementService;

	EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		this.dataDir = properties.dataDir().toAbsolutePath().normalize();
		this.boltPort = (properties.boltPort() == 0) ? freePort() : checkFree(properties.boltPort());
		if (properties.ephemeral()) {
			deleteContents(this.dataDir);
		}
		this.password = password(properties.password(), this.dataDir);
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
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, this.properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.transaction_timeout, this.properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.tx_state_memory_allocation, this.properties.txStateMemory())
			// The Bolt server waits a quiet period (5 s) for new work on each of its
			// two event-loop groups: 10 s at every shutdown, though the driver has
			// closed its connections by then (it stops before this server).
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		if (this.properties.transactionMemoryMax() != null) {
			builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					this.properties.transactionMemoryMax().toBytes());
		}
		DatabaseManagementService service = builder.build();
		try {
			applyPassword(service, this.password);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		this.managementService = service;
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

	/** The credentials of Bolt connections (user {@value #USER}). */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, this.password);
	}

	/** Where a generated password is kept (absent when the property sets it). */
	public Path passwordFile() {
		return this.dataDir.resolve(PASSWORD_FILE);
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

	/**
	 * The configured password, else the one kept in the data folder, else a new one
	 * written there (owner-only permissions, set again at every start).
	 */
	static String password(String configured, Path dataDir) {
		Path file = dataDir.resolve(PASSWORD_FILE);
		try {
			if (configured != null && !configured.isEmpty()) {
				if (configured.length() < MIN_PASSWORD_LENGTH) {
					throw new IllegalStateException("chanjiao.embedded.password must have at least "
							+ MIN_PASSWORD_LENGTH + " characters (Neo4j's minimum)");
				}
				if (Files.deleteIfExists(file)) {
					log.info("chanjiao.embedded.password is set: removed the generated password file {}", file);
				}
				return configured;
			}
			if (Files.exists(file)) {
				ownerOnly(file);
				String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (kept.length() >= MIN_PASSWORD_LENGTH) {
					return kept;
				}
				throw new IllegalStateException(file + " holds no password of at least " + MIN_PASSWORD_LENGTH
						+ " characters; delete it to have a new one generated, or set chanjiao.embedded.password");
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(dataDir);
			Path temporary = Files.createTempFile(dataDir, PASSWORD_FILE, ".tmp");
			ownerOnly(temporary);
			Files.writeString(temporary, generated + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			log.info("Generated the Bolt password of user {} into {} (readable by its owner only)", USER, file);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the Bolt password in " + file, ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		catch (UnsupportedOperationException ex) {
			log.warn("{}: this file system has no POSIX permissions; make the file readable by its owner only", file);
		}
	}

	/**
	 * Sets the password of {@value #USER} in-process (no Bolt login needed); a password
	 * that is already the current one is left as it is.
	 */
	private static void applyPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
				throw ex;
			}
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
