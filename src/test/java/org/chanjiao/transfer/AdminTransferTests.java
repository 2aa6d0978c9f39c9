package org.chanjiao.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Import and export over HTTP: ADMIN only, all-or-nothing, problems listed. */
@IntegrationTest
class AdminTransferTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void removeFixtures() {
		this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-' DETACH DELETE o", Map.of(),
				(r) -> r);
	}

	@Test
	void shouldImportAFolderForAnAdminOnly() throws Exception {
		String nodes = InterchangeReaderTests.NODES_HEADER + "fixture-http,ENTERPRISE,测试上传有限公司,,,,,,\n";
		String relations = InterchangeReaderTests.RELATIONS_HEADER
				+ "fixture-http,gdep,PARTNERS_WITH,,2024,,,gdep-2023-integration-report,测试引文\n";
		assertThat(upload(null, nodes, relations).statusCode()).isEqualTo(401);
		assertThat(upload("editor-token-for-tests", nodes, relations).statusCode()).isEqualTo(403);
		HttpResponse<String> ok = upload("admin-token-for-tests", nodes, relations);
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).contains("\"organizations\":1").contains("\"relations\":1").contains("rowsPerSecond");
		assertThat(this.store.read("MATCH (:Organization {id: 'fixture-http'})-[r:PARTNERS_WITH]->(:School {id: "
				+ "'gdep'}) RETURN r.since AS since", Map.of(), (r) -> r.get("since").asInt()))
			.containsExactly(2024);
	}

	@Test
	void shouldRefuseABadUploadListingEveryProblemAndWriteNothing() throws Exception {
		String nodes = InterchangeReaderTests.NODES_HEADER + "fixture-ok,ENTERPRISE,测试有限公司,,,,,,\n"
				+ "fixture-bad,ENTERPRISE,,,,,1800,,\n";
		String relations = InterchangeReaderTests.RELATIONS_HEADER + "fixture-ok,ghost,PARTNERS_WITH,,,,,,\n";
		HttpResponse<String> refused = upload("admin-token-for-tests", nodes, relations);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("nodes.csv:3 column name")
			.contains("nodes.csv:3 column founded")
			.contains("relations.csv:2 column to: no organisation with id 'ghost'");
		assertThat(this.store.read("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-' RETURN o", Map.of(),
				(r) -> r))
			.isEmpty();
	}

	@Test
	void shouldExportTheFolderAsAZipForAnAdmin() throws Exception {
		HttpResponse<byte[]> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/export"))
				.header("Authorization", "Bearer admin-token-for-tests")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(
						entry.getName() + ":" + new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().count());
			}
		}
		assertThat(entries).contains("chanjiao-graph/nodes.csv:33", "chanjiao-graph/relations.csv:43",
				"chanjiao-graph/documents.csv:2");
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/export"))
				.header("Authorization", "Bearer editor-token-for-tests")
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldRefuseTheExportToAnAnonymousOrUnknownCaller() throws Exception {
		HttpResponse<String> anonymous = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/export")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("chanjiao-graph/").doesNotContain("nodes.csv");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/export"))
				.header("Authorization", "Bearer no-such-token")
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> upload(String token, String nodes, String relations)
			throws IOException, InterruptedException {
		String boundary = "chanjiao-boundary";
		String body = part(boundary, "nodes.csv", nodes) + part(boundary, "relations.csv", relations) + "--" + boundary
				+ "--\r\n";
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/admin/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String part(String boundary, String name, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n";
	}

}
