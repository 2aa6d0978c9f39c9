package org.chanjiao.network.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chanjiao.IntegrationTest;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.transfer.Dataset;
import org.chanjiao.transfer.GraphWriter;
import org.chanjiao.transfer.Interchange;
import org.chanjiao.transfer.InterchangeReader;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The network exports over HTTP, read back with JGraphT and the interchange reader. */
@IntegrationTest
class ExportControllerTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Autowired
	GraphWriter writer;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build();
	}

	private String get(String uri) {
		byte[] body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	@Test
	void shouldExportTheWholeGraphAsGraphMlThatJGraphTReadsBack() throws Exception {
		String graphMl = get("/export/network.graphml");
		Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, SupplierUtil.createDefaultEdgeSupplier(),
				false);
		Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
		Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setVertexFactory((id) -> id);
		importer.addVertexAttributeConsumer(
				(pair, attribute) -> nodeAttributes.computeIfAbsent(pair.getFirst(), (k) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.addEdgeAttributeConsumer(
				(pair, attribute) -> edgeAttributes.computeIfAbsent(pair.getFirst(), (k) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.importGraph(graph, new StringReader(graphMl));

		// every organisation and every accepted relationship of the database
		Set<String> ids = new HashSet<>(
				this.store.read("MATCH (o:Organization) RETURN o.id AS id", Map.of(), (r) -> r.get("id").asString()));
		assertThat(graph.vertexSet()).isEqualTo(ids);
		List<String> relationIds = this.store.read(
				"MATCH (:Organization)-[r:%s]->(:Organization) RETURN r.id AS id".formatted(RelationType.pattern()),
				Map.of(), (r) -> r.get("id").asString());
		assertThat(graph.edgeSet()).hasSize(relationIds.size());
		assertThat(edgeAttributes.values()).extracting((a) -> a.get("relationId"))
			.containsExactlyInAnyOrderElementsOf(relationIds);

		assertThat(nodeAttributes.get("gdep")).containsEntry("name", "广东工程职业技术学院")
			.containsEntry("label", "广东工程职业技术学院")
			.containsEntry("kind", "SCHOOL")
			.containsEntry("nameEn", "Guangdong Engineering Polytechnic")
			.containsEntry("region", "广东省广州市");
		// the LEAD co-founding of childcare-college, since 2023
		DefaultEdge lead = graph.getAllEdges("gdep", "childcare-college")
			.stream()
			.filter((e) -> "CO_FOUNDED".equals(edgeAttributes.get(e).get("relationType")))
			.findFirst()
			.orElseThrow();
		assertThat(edgeAttributes.get(lead)).containsEntry("role", "LEAD")
			.containsEntry("since", "2023")
			.containsEntry("status", "ASSERTED")
			.doesNotContainKey("until");
		assertThat(graph.getAllEdges("kylin-software", "gdep")).singleElement()
			.satisfies((e) -> assertThat(edgeAttributes.get(e)).containsEntry("relationType", "PARTNERS_WITH"));
	}

	@Test
	void shouldExportAProjectionInTheYearAsked() {
		String graphMl = get("/export/network.graphml?kinds=SCHOOL,ENTERPRISE&types=PARTNERS_WITH&asOf=2022");
		// only schindler-china's partnership has no since; jingdiao-group and
		// kylin-software
		// partner with gdep since 2023
		assertThat(graphMl).contains("<node id=\"schindler-china\">").contains("<node id=\"kylin-software\">");
		assertThat(graphMl.split("<edge ", -1)).hasSize(2);
		assertThat(graphMl).doesNotContain("<node id=\"chimelong-college\">");
	}

	@Test
	void shouldExportANeighbourhoodAsGexf() {
		String gexf = get("/export/network.gexf?around=chimelong-college&depth=1");
		assertThat(gexf).contains("<gexf").contains("id=\"chimelong-college\"").contains("label=\"长隆产业学院\"");
		// chimelong-college, gdep, chimelong-group, gd-education-work-committee
		assertThat(gexf.split("<node ", -1)).hasSize(5);
		assertThat(gexf).contains("CO_FOUNDED").contains("title=\"kind\"").contains("title=\"since\"");
	}

	@Test
	void shouldExportInterchangeCsvThatTheReaderAccepts() {
		String nodes = get("/export/nodes.csv?around=xinyingzao-college");
		String relations = get("/export/relations.csv?around=xinyingzao-college");
		assertThat(nodes).startsWith(String.join(",", Interchange.NODE_COLUMNS));
		assertThat(relations).startsWith(String.join(",", Interchange.RELATION_COLUMNS));
		Map<String, String> files = Map.of(Interchange.NODES, nodes, Interchange.RELATIONS, relations);
		Dataset dataset = InterchangeReader.read(
				(name) -> Optional.ofNullable(files.get(name))
					.map((text) -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
				this.writer.knownGraph());
		// the college, its host school and its five co-founders (gdep is both)
		assertThat(dataset.nodes()).hasSize(6);
		assertThat(dataset.relations()).hasSize(6);
		assertThat(dataset.relations()).allSatisfy((r) -> assertThat(r.properties().get("sources")).isNotNull());
	}

	@Test
	void shouldNameUnknownKindsAndTypesAndIds() {
		this.http.get()
			.uri("/export/network.graphml?kinds=SCHOOL,UNIVERSITY&types=OWNS")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("UNIVERSITY"));
		this.http.get()
			.uri("/export/relations.csv?types=OWNS")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("OWNS"));
		this.http.get()
			.uri("/export/nodes.csv?around=no-such-organisation")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("no-such-organisation"));
	}

}
