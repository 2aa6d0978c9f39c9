package org.chanjiao.store;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.chanjiao.ChanjiaoGraphApplication;
import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded server: reached over Bolt on loopback, healthy, and a clear stop on a
 * taken port.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jTests {

	@Autowired
	EmbeddedNeo4j server;

	@Autowired
	GraphStore store;

	@LocalServerPort
	int port;

	@Test
	void shouldServeBoltOnLoopbackThroughTheDriver() {
		assertThat(this.server.isRunning()).isTrue();
		assertThat(this.server.boltUri()).startsWith("bolt://127.0.0.1:");
		assertThat(this.store.read("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
				Map.of(), (r) -> r.get("name").asString() + " " + r.get("version").asString()))
			.singleElement()
			.satisfies((v) -> assertThat(v).startsWith("Neo4j Kernel 5.26"));
	}

	@Test
	void shouldRefuseBoltConnectionsOnAddressesOtherThanLoopback() throws Exception {
		java.util.List<InetAddress> others = java.util.Collections
			.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap((n) -> n.inetAddresses())
			.filter((a) -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
			.toList();
		org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "this machine has no non-loopback address");
		for (InetAddress address : others) {
			try (java.net.Socket socket = new java.net.Socket()) {
				assertThatException().as("Bolt on %s", address)
					.isThrownBy(() -> socket.connect(new java.net.InetSocketAddress(address, this.server.boltPort()),
							1000));
			}
		}
	}

	@Test
	void shouldRefuseBoltConnectionsWithoutCredentialsOrWithAWrongPassword() {
		try (Driver anonymous = GraphDatabase.driver(this.server.boltUri(), AuthTokens.none())) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
		}
		try (Driver wrong = GraphDatabase.driver(this.server.boltUri(),
				AuthTokens.basic("neo4j", "not-the-password"))) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(wrong::verifyConnectivity);
		}
		try (Driver anonymous = GraphDatabase.driver(this.server.boltUri(), AuthTokens.none());
				Session session = anonymous.session()) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> session.run("CREATE (:Intruder) RETURN 1").consume());
		}
		assertThat(this.store.read("MATCH (n:Intruder) RETURN count(n) AS n", Map.of(), (r) -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	@Test
	void shouldAcceptTheGeneratedPasswordKeptInTheDataFolderForItsOwnerOnly() throws Exception {
		Path file = this.server.passwordFile();
		assertThat(file).exists().hasParent(Path.of("target/neo4j-test").toAbsolutePath());
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		try (Driver driver = GraphDatabase.driver(this.server.boltUri(), AuthTokens.basic("neo4j", password));
				Session session = driver.session()) {
			assertThat(session.run("MATCH (o:Organization {id: 'gdep'}) RETURN o.name AS name")
				.single()
				.get("name")
				.asString()).isEqualTo("广东工程职业技术学院");
		}
	}

	@Test
	void shouldKeepAGeneratedPasswordAcrossStartsAndPreferTheConfiguredOne(@TempDir Path dataDir) throws Exception {
		String generated = EmbeddedNeo4j.password(null, dataDir);
		assertThat(EmbeddedNeo4j.password(null, dataDir)).isEqualTo(generated);
		assertThat(EmbeddedNeo4j.password("", dataDir)).isEqualTo(generated);
		assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		// A file made readable by others is made owner-only again.
		Files.setPosixFilePermissions(dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE),
				PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(EmbeddedNeo4j.password(null, dataDir)).isEqualTo(generated);
		assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		// Configured: used, and the generated file (no longer the password) removed.
		assertThat(EmbeddedNeo4j.password("configured-secret", dataDir)).isEqualTo("configured-secret");
		assertThat(dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE)).doesNotExist();
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedNeo4j.password("short", dataDir))
			.withMessageContaining("chanjiao.embedded.password must have at least 8 characters");
		assertThat(EmbeddedNeo4j.password(null, dataDir)).isNotEqualTo(generated).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void shouldReportNeo4jInHealthWithDetailsForAnAdminOnly() {
		RestClient client = RestClient.create("http://localhost:" + this.port);
		String admin = client.get()
			.uri("/actuator/health")
			.header("Authorization", "Bearer admin-token-for-tests")
			.retrieve()
			.body(String.class);
		assertThat(admin).contains("\"neo4j\"").contains("\"status\":\"UP\"").contains("5.26");
		for (String token : new String[] { null, "editor-token-for-tests" }) {
			String health = client.get().uri("/actuator/health").headers((h) -> {
				if (token != null) {
					h.setBearerAuth(token);
				}
			}).retrieve().body(String.class);
			assertThat(health).as("health for %s", token)
				.contains("\"status\":\"UP\"")
				.doesNotContain("neo4j")
				.doesNotContain("5.26")
				.doesNotContain("components")
				.doesNotContain("details");
		}
	}

	@Test
	void shouldStopStartUpWithOneLineNamingThePropertyWhenTheBoltPortIsTaken(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatException().isThrownBy(() -> {
				try (var context = new SpringApplicationBuilder(ChanjiaoGraphApplication.class)
					.web(WebApplicationType.NONE)
					.run("--chanjiao.embedded.bolt-port=" + port, "--chanjiao.warm-up.rounds=0",
							"--chanjiao.embedded.data-dir=target/neo4j-port-test")) {
					// started despite the taken port: the assertion below fails
				}
			}).havingRootCause().isInstanceOf(java.net.BindException.class);
			assertThat(output).contains("Bolt port " + port + " on 127.0.0.1 is already in use")
				.contains("Set chanjiao.embedded.bolt-port (env CHANJIAO_EMBEDDED_BOLT_PORT) to a free port");
		}
	}

}
