package org.chanjiao.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The id of a merged organisation stands for its survivor in every argument that takes an
 * organisation id: the network queries, the analyses, the exports, the mutations, the
 * history and the extraction's reporter. Each test merges {@code fixture-m-dup} (a school
 * that co-founded 长隆产业学院) into {@code fixture-m-keep} and then names the duplicate; an id
 * that was never given out still answers NOT_FOUND.
 */
@IntegrationTest
class MergedIdsTests {

	static final String EDITOR = "editor-token-for-tests";

	static final String ADMIN = "admin-token-for-tests";

	static final String DOCUMENT = "fixture-m-doc";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester anonymous;

	@BeforeEach
	void mergeADuplicate() {
		this.anonymous = GraphQlOverHttp.at(this.port);
		for (String id : List.of("fixture-m-keep", "fixture-m-dup")) {
			as(EDITOR)
				.document("mutation($id: ID!, $name: String!) { createOrganization(input: "
						+ "{id: $id, name: $name, kind: SCHOOL}) { id } }")
				.variable("id", id)
				.variable("name", id.endsWith("keep") ? "测试合并职业技术学院" : "测试合并职院")
				.execute()
				.errors()
				.verify();
		}
		addRelation("fixture-m-dup", "chimelong-college", "CO_FOUNDED", "PARTNER").errors().verify();
		as(ADMIN)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-m-keep\", duplicateId: \"fixture-m-dup\") "
					+ "{ id } }")
			.execute()
			.path("mergeOrganizations.id")
			.entity(String.class)
			.isEqualTo("fixture-m-keep");
	}

	@AfterEach
	void removeFixtures() {
		this.store.write("MATCH ()-[r]->() WHERE r.extractedFrom = $doc DELETE r", Map.of("doc", DOCUMENT), (r) -> r);
		this.store.write("""
				MATCH (n) WHERE ((n:CandidateOrganization OR n:Organization) AND n.extractedFrom = $doc)
				  OR ((n:Organization OR n:Document OR n:MergedId) AND n.id STARTS WITH 'fixture-')
				DETACH DELETE n
				""", Map.of("doc", DOCUMENT), (r) -> r);
	}

	HttpGraphQlTester as(String token) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + token).build();
	}

	GraphQlTester.Response addRelation(String from, String to, String type, String role) {
		return as(EDITOR)
			.document("mutation($input: RelationInput!) { addRelation(input: $input) { id from { id } to { id } } }")
			.variable("input",
					(role != null) ? Map.of("from", from, "to", to, "type", type, "role", role)
							: Map.of("from", from, "to", to, "type", type))
			.execute();
	}

	// --- network queries

	@Test
	void shouldAnswerANeighborhoodAroundTheSurvivor() {
		GraphQlTester.Response response = this.anonymous
			.document("{ neighborhood(id: \"fixture-m-dup\") { nodes { id } relations { from { id } to { id } } } }")
			.execute();
		response.path("neighborhood.nodes[0].id").entity(String.class).isEqualTo("fixture-m-keep");
		response.path("neighborhood.nodes[*].id").entityList(String.class).contains("chimelong-college");
	}

	@Test
	void shouldFindAShortestPathFromOrToTheSurvivor() {
		this.anonymous.document("{ shortestPath(from: \"fixture-m-dup\", to: \"chimelong-group\") { nodes { id } } }")
			.execute()
			.path("shortestPath.nodes[*].id")
			.entityList(String.class)
			.containsExactly("fixture-m-keep", "chimelong-college", "chimelong-group");
		this.anonymous.document("{ shortestPath(from: \"chimelong-group\", to: \"fixture-m-dup\") { nodes { id } } }")
			.execute()
			.path("shortestPath.nodes[*].id")
			.entityList(String.class)
			.containsExactly("chimelong-group", "chimelong-college", "fixture-m-keep");
		this.anonymous.document("{ shortestPath(from: \"fixture-m-dup\", to: \"fixture-m-keep\") { length } }")
			.execute()
			.path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void shouldStillAnswerNotFoundForAnIdNeverGivenOut() {
		for (String document : List.of("{ neighborhood(id: \"fixture-m-never\") { nodes { id } } }",
				"{ shortestPath(from: \"fixture-m-dup\", to: \"fixture-m-never\") { length } }",
				"{ commonPartners(a: \"fixture-m-never\", b: \"fixture-m-dup\") { organization { id } } }",
				"{ brokerage(organizations: [\"fixture-m-dup\", \"fixture-m-never\"]) { size { organizations } } }")) {
			this.anonymous.document(document)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
					assertThat(error.getMessage()).contains("'fixture-m-never'");
				}));
		}
	}

	// --- analyses

	@Test
	void shouldAnswerAnalysesForTheSurvivor() {
		this.anonymous
			.document("{ commonPartners(a: \"fixture-m-dup\", b: \"chimelong-group\") { organization { id } } }")
			.execute()
			.path("commonPartners[*].organization.id")
			.entityList(String.class)
			.containsExactly("chimelong-college");
		this.anonymous
			.document("{ commonPartners(a: \"chimelong-group\", b: \"fixture-m-dup\") { organization { id } } }")
			.execute()
			.path("commonPartners[*].organization.id")
			.entityList(String.class)
			.containsExactly("chimelong-college");
		this.anonymous.document(
				"{ brokerage(organizations: [\"fixture-m-dup\"]) { structuralHoles { organization { id } degree } } }")
			.execute()
			.path("brokerage.structuralHoles[0]")
			.matchesJson("{\"organization\":{\"id\":\"fixture-m-keep\"},\"degree\":1}");
		// A merged platform: the duplicate college's co-founders now co-found the
		// survivor.
		as(EDITOR)
			.document("mutation { a: createOrganization(input: {id: \"fixture-m-college\", name: \"测试合并产业学院\", "
					+ "kind: COLLEGE}) { id } b: createOrganization(input: {id: \"fixture-m-college-dup\", "
					+ "name: \"测试合并学院\", kind: COLLEGE}) { id } }")
			.execute()
			.errors()
			.verify();
		addRelation("fixture-m-keep", "fixture-m-college-dup", "CO_FOUNDED", "LEAD").errors().verify();
		addRelation("chimelong-group", "fixture-m-college-dup", "CO_FOUNDED", "PARTNER").errors().verify();
		as(ADMIN)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-m-college\", "
					+ "duplicateId: \"fixture-m-college-dup\") { id } }")
			.execute()
			.errors()
			.verify();
		this.anonymous
			.document("{ coFoundingPairs(platform: \"fixture-m-college-dup\") { a { id } b { id } platforms { id } } }")
			.execute()
			.path("coFoundingPairs[*].platforms[*].id")
			.entityList(String.class)
			.contains("fixture-m-college");
	}

	// --- exports

	@Test
	void shouldExportTheNeighborhoodOfTheSurvivor() throws Exception {
		for (String file : List.of("network.graphml", "network.gexf", "nodes.csv", "relations.csv")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI
						.create("http://localhost:" + this.port + "/export/" + file + "?around=fixture-m-dup&depth=1"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			assertThat(response.body()).as(file).contains("fixture-m-keep").contains("chimelong-college");
		}
	}

	// --- mutations

	@Test
	void shouldUpdateTheSurvivor() {
		as(EDITOR)
			.document("mutation { updateOrganization(id: \"fixture-m-dup\", version: 1, input: {region: \"广东省\"}) "
					+ "{ id region version } }")
			.execute()
			.path("updateOrganization")
			.matchesJson("{\"id\":\"fixture-m-keep\",\"region\":\"广东省\",\"version\":2}");
	}

	@Test
	void shouldAddRelationsFromAndToTheSurvivorAndRefuseOneToItself() {
		addRelation("fixture-m-dup", "elevator-college", "CO_FOUNDED", "PARTNER").path("addRelation")
			.matchesJson("{\"from\":{\"id\":\"fixture-m-keep\"},\"to\":{\"id\":\"elevator-college\"}}");
		addRelation("chimelong-group", "fixture-m-dup", "PARTNERS_WITH", null).path("addRelation")
			.matchesJson("{\"from\":{\"id\":\"chimelong-group\"},\"to\":{\"id\":\"fixture-m-keep\"}}");
		// The duplicate's own relation moved to the survivor: adding it again is a
		// duplicate.
		addRelation("fixture-m-dup", "chimelong-college", "CO_FOUNDED", "PARTNER").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("exists already")));
		addRelation("fixture-m-dup", "fixture-m-keep", "PARTNERS_WITH", null).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions().get("violations").toString())
					.contains("are the same organisation since a merge")));
	}

	@Test
	void shouldMergeIntoTheSurvivorAndRefuseToMergeItWithItself() {
		as(EDITOR)
			.document("mutation { createOrganization(input: {id: \"fixture-m-third\", name: \"测试合并第三\", "
					+ "kind: SCHOOL}) { id } }")
			.execute()
			.errors()
			.verify();
		as(ADMIN)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-m-dup\", duplicateId: \"fixture-m-third\") "
					+ "{ id aliases } }")
			.execute()
			.path("mergeOrganizations.id")
			.entity(String.class)
			.isEqualTo("fixture-m-keep");
		as(ADMIN)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-m-keep\", duplicateId: \"fixture-m-third\") "
					+ "{ id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("one organisation already")));
		assertThat(this.store.read("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-m-' RETURN o.id AS id",
				Map.of(), (r) -> r.get("id").asString()))
			.containsExactly("fixture-m-keep");
	}

	@Test
	void shouldDeleteTheSurvivor() {
		as(ADMIN).document("mutation { deleteOrganization(id: \"fixture-m-dup\", reason: \"test\") }")
			.execute()
			.path("deleteOrganization")
			.entity(String.class)
			.isEqualTo("fixture-m-keep");
		this.anonymous.document("{ organization(id: \"fixture-m-keep\") { id } }")
			.execute()
			.path("organization")
			.valueIsNull();
		// The merged id no longer leads anywhere.
		this.anonymous.document("{ neighborhood(id: \"fixture-m-dup\") { nodes { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

	// --- history and extraction

	@Test
	void shouldListTheHistoryOfTheDuplicateAndItsSurvivor() {
		as(EDITOR)
			.document("mutation { updateOrganization(id: \"fixture-m-keep\", version: 1, input: {founded: 2001}) "
					+ "{ version } }")
			.execute()
			.errors()
			.verify();
		// The newest five: other tests of this class wrote under the same ids before.
		as(EDITOR).document("{ history(id: \"fixture-m-dup\", first: 5) { action } }")
			.execute()
			.path("history[*].action")
			.entityList(String.class)
			.containsExactly("UPDATE_ORGANIZATION", "MERGE", "ADD_RELATION", "CREATE_ORGANIZATION",
					"CREATE_ORGANIZATION");
	}

	@Test
	void shouldTakeTheSurvivorAsTheReporterOfAnExtraction() {
		as(EDITOR)
			.document("mutation($text: String!) { extractReport(text: $text, documentId: \"" + DOCUMENT
					+ "\", title: \"测试\", reporter: \"fixture-m-dup\") { relations { from { id } to { id } } } }")
			.variable("text", "2024年，我校与华为技术有限公司共建鸿蒙测试产业学院。")
			.execute()
			.path("extractReport.relations[*].from.id")
			.entityList(String.class)
			.contains("fixture-m-keep");
	}

}
