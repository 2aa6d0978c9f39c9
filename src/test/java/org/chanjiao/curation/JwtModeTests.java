package org.chanjiao.curation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JWT mode ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set): an
 * identity provider played by a local HTTP server with the discovery document and a JWK
 * set holding an RSA key generated here; tokens signed with it carry the roles in their
 * {@code roles} claim. Its own context and data directory (a second embedded Neo4j).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chanjiao.embedded.bolt-port=0", "chanjiao.embedded.ephemeral=true", "chanjiao.warm-up.rounds=0",
				"chanjiao.embedded.data-dir=target/neo4j-test-jwt", "chanjiao.embedded.page-cache=32MB",
				// A configured token, which the JWT mode must not accept.
				"chanjiao.security.tokens[0].name=test-editor",
				"chanjiao.security.tokens[0].sha256=7c2b94cac595e4fa79e17c4e1a0663d3db519b23cb3cc784f37fb97464e55ba9",
				"chanjiao.security.tokens[0].roles=EDITOR" })
class JwtModeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RSAKey KEY = key("chanjiao-test");

	/** Another key the provider never published. */
	private static final RSAKey STRANGER = key("chanjiao-test");

	private static final HttpServer PROVIDER = provider();

	private static final String ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/issuer";

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void removeFixtures() {
		this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-jwt-' DETACH DELETE o", Map.of(),
				(r) -> r);
	}

	@Test
	void shouldLetAnEditorFromTheRolesClaimWriteAndRecordTheSubject() throws Exception {
		String editor = token(KEY, "curator-li", List.of("editor"), Instant.now().plusSeconds(300));
		JsonNode created = graphQl(
				"mutation { createOrganization(input: {id: \"fixture-jwt-a\", name: \"令牌测试有限公司\", kind: ENTERPRISE}) { id } }",
				editor);
		assertThat(created.at("/data/createOrganization/id").asString()).as("%s", created).isEqualTo("fixture-jwt-a");
		JsonNode history = graphQl("{ history(id: \"fixture-jwt-a\") { action actor } }", editor);
		assertThat(history.at("/data/history/0/action").asString()).isEqualTo("CREATE_ORGANIZATION");
		assertThat(history.at("/data/history/0/actor").asString()).isEqualTo("curator-li");
		// EDITOR is not ADMIN: no deletion, no export.
		JsonNode deletion = graphQl("mutation { deleteOrganization(id: \"fixture-jwt-a\", reason: \"test\") }", editor);
		assertThat(deletion.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(get("/admin/export", editor).statusCode()).isEqualTo(403);
	}

	@Test
	void shouldLetAnAdminFromTheRolesClaimDeleteAndExport() throws Exception {
		String editor = token(KEY, "curator-li", List.of("EDITOR"), Instant.now().plusSeconds(300));
		String admin = token(KEY, "admin-wang", List.of("ADMIN"), Instant.now().plusSeconds(300));
		graphQl("mutation { createOrganization(input: {id: \"fixture-jwt-b\", name: \"令牌删除测试有限公司\", kind: ENTERPRISE}) { id } }",
				editor);
		JsonNode deletion = graphQl("mutation { deleteOrganization(id: \"fixture-jwt-b\", reason: \"test\") }", admin);
		assertThat(deletion.at("/data/deleteOrganization").asString()).as("%s", deletion).isEqualTo("fixture-jwt-b");
		assertThat(get("/admin/export", admin).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseWritesWithoutARoleOrWithABadToken() throws Exception {
		String mutation = "mutation { createOrganization(input: {id: \"fixture-jwt-c\", name: \"拒绝测试有限公司\", kind: ENTERPRISE}) { id } }";
		// Signed by the provider, but no roles claim: authenticated, not allowed.
		JsonNode noRoles = graphQl(mutation, token(KEY, "reader-zhao", null, Instant.now().plusSeconds(300)));
		assertThat(noRoles.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		// A role the application does not know grants nothing.
		JsonNode unknownRole = graphQl(mutation,
				token(KEY, "reader-zhao", List.of("CURATOR"), Instant.now().plusSeconds(300)));
		assertThat(unknownRole.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		// Signed by a key the provider did not publish, expired, or a configured token
		// (not a JWT): refused before any GraphQL.
		assertThat(post(mutation, token(STRANGER, "curator-li", List.of("ADMIN"), Instant.now().plusSeconds(300)))
			.statusCode()).isEqualTo(401);
		assertThat(post(mutation, token(KEY, "curator-li", List.of("ADMIN"), Instant.now().minusSeconds(600)))
			.statusCode()).isEqualTo(401);
		assertThat(post(mutation, "editor-token-for-tests").statusCode()).isEqualTo(401);
		assertThat(get("/admin/export", null).statusCode()).isEqualTo(401);
		assertThat(this.store.read("MATCH (o:Organization {id: 'fixture-jwt-c'}) RETURN o", Map.of(), (r) -> r))
			.isEmpty();
	}

	private JsonNode graphQl(String document, String token) throws Exception {
		HttpResponse<String> response = post(document, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> post(String document, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", document))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<Void> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static String token(RSAKey key, String subject, List<String> roles, Instant expires) throws JOSEException {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.issueTime(Date.from(Instant.now().minusSeconds(5)))
			.expirationTime(Date.from(expires));
		if (roles != null) {
			claims.claim("roles", roles);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAKey key(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).algorithm(JWSAlgorithm.RS256).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The identity provider: its discovery document and its JWK set (public key only).
	 */
	private static HttpServer provider() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
			serve(server, "/issuer/.well-known/openid-configuration",
					JSON.writeValueAsString(Map.of("issuer", issuer, "jwks_uri", issuer + "/jwks",
							"subject_types_supported", List.of("public"), "response_types_supported", List.of("code"),
							"id_token_signing_alg_values_supported", List.of("RS256"))));
			serve(server, "/issuer/jwks", new JWKSet(KEY.toPublicJWK()).toString());
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void serve(HttpServer server, String path, String json) {
		server.createContext(path, (exchange) -> {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

}
