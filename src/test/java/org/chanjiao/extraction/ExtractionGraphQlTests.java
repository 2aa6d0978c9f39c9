package org.chanjiao.extraction;

import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction over GraphQL for editors: candidates are stored for review, stay out of the
 * network until accepted, and accepting or rejecting them is recorded. Everything written
 * here cites the document {@code extraction-test-news} and is removed after each test.
 */
@IntegrationTest
class ExtractionGraphQlTests {

	static final String DOCUMENT = "extraction-test-news";

	static final String TEXT = """
			2024年5月，由深圳职业技术大学与华为技术有限公司共建的鸿蒙产业学院揭牌成立。
			2024年，青岛职业技术学院新增为全国港口行业产教融合共同体副理事长单位。
			""";

	static final String EXTRACT = """
			mutation extract($text: String!, $documentId: ID!) {
			  extractReport(text: $text, documentId: $documentId, title: "测试新闻") {
			    documentId alreadyKnown unresolved
			    organizations { id name kind status proposed }
			    relations { id type role status since quote from { id name } to { id name } }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester anonymous;

	@BeforeEach
	void connect() {
		this.anonymous = HttpGraphQlTester.create(WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build());
	}

	@AfterEach
	void removeExtracted() {
		remove(DOCUMENT);
		remove(SECOND_DOCUMENT);
	}

	private void remove(String document) {
		this.store.write("MATCH ()-[r]->() WHERE r.extractedFrom = $doc DELETE r", Map.of("doc", document), (r) -> r);
		this.store.write("""
				MATCH (n) WHERE (n:CandidateOrganization OR n:Organization) AND n.extractedFrom = $doc
				DETACH DELETE n
				""", Map.of("doc", document), (r) -> r);
		this.store.write("MATCH (d:Document {id: $doc}) DETACH DELETE d", Map.of("doc", document), (r) -> r);
	}

	static final String SECOND_DOCUMENT = "extraction-test-news-2";

	HttpGraphQlTester editor() {
		return this.anonymous.mutate().header("Authorization", "Bearer editor-token-for-tests").build();
	}

	long count(String cypher) {
		return this.store.read(cypher, Map.of("doc", DOCUMENT), (r) -> r.get(0).asLong()).get(0);
	}

	@Test
	void shouldStoreCandidatesThatStayOutOfTheNetworkUntilAccepted() {
		long organizations = count("MATCH (o:Organization) RETURN count(o)");
		var response = editor().document(EXTRACT).variable("text", TEXT).variable("documentId", DOCUMENT).execute();
		response.path("extractReport.relations[*].type").entityList(String.class).contains("CO_FOUNDED", "MEMBER_OF");
		response.path("extractReport.relations[*].status")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly("CANDIDATE"));
		response.path("extractReport.relations[*].quote")
			.entityList(String.class)
			.contains("2024年5月，由深圳职业技术大学与华为技术有限公司共建的鸿蒙产业学院揭牌成立。");
		assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(organizations);
		assertThat(count("MATCH (c:CandidateOrganization {extractedFrom: $doc}) RETURN count(c)")).isEqualTo(5);
		assertThat(count("MATCH (d:Document {id: $doc}) RETURN count(d)")).isOne();
		this.anonymous.document("{ search(text: \"鸿蒙\") { id } }")
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(0);

		List<String> ids = editor().document("query($d: ID) { candidates(documentId: $d) { relations { id type } } }")
			.variable("d", DOCUMENT)
			.execute()
			.path("candidates.relations[?(@.type == 'CO_FOUNDED')].id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSize(2);
		editor().document("mutation($ids: [ID!]!) { acceptCandidates(ids: $ids) { id status } }")
			.variable("ids", ids)
			.execute()
			.path("acceptCandidates[*].status")
			.entityList(String.class)
			.containsExactly("ASSERTED", "ASSERTED");
		assertThat(count("MATCH (o:Organization {extractedFrom: $doc}) RETURN count(o)")).isEqualTo(3);
		assertThat(count("""
				MATCH (:Organization)-[r:CO_FOUNDED {extractedFrom: $doc}]->(:College)
				RETURN count(r)""")).isEqualTo(2);
		assertThat(count("""
				MATCH (c:Change) WHERE c.action = 'ACCEPT_CANDIDATE' AND any(s IN c.subjects WHERE s IN $ids)
				RETURN count(c)""".replace("$ids", "['" + String.join("','", ids) + "']"))).isEqualTo(2);
	}

	@Test
	void shouldMakeEachReportsGenericNameItsOwnCandidate() {
		for (String document : List.of(DOCUMENT, SECOND_DOCUMENT)) {
			editor().document(EXTRACT)
				.variable("text", "市政府与江川职业学院签署战略合作协议。")
				.variable("documentId", document)
				.execute()
				.path("extractReport.organizations[?(@.name == '市政府')].proposed")
				.entityList(Boolean.class)
				.containsExactly(true);
		}
		// two reports' 市政府 may be two cities': two candidates, each citing its report
		List<String> cited = this.store.read("""
				MATCH (c:CandidateOrganization {name: '市政府'}) WHERE c.extractedFrom IN $docs
				RETURN c.extractedFrom ORDER BY c.extractedFrom
				""", Map.of("docs", List.of(DOCUMENT, SECOND_DOCUMENT)), (r) -> r.get(0).asString());
		assertThat(cited).containsExactly(DOCUMENT, SECOND_DOCUMENT);
	}

	@Test
	void shouldRejectCandidatesWithAReasonAndKeepThem() {
		List<String> ids = editor().document(EXTRACT)
			.variable("text", TEXT)
			.variable("documentId", DOCUMENT)
			.execute()
			.path("extractReport.relations[?(@.type == 'MEMBER_OF')].id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSize(1);
		editor().document("mutation($ids: [ID!]!) { rejectCandidates(ids: $ids, reason: \"not a member\") { status } }")
			.variable("ids", ids)
			.execute()
			.path("rejectCandidates[0].status")
			.entity(String.class)
			.isEqualTo("DEPRECATED");
		assertThat(count("MATCH ()-[r:DEPRECATED_MEMBER_OF {extractedFrom: $doc}]->() "
				+ "WHERE r.reason = 'not a member' RETURN count(r)"))
			.isOne();
		editor().document("{ history(id: \"" + ids.get(0) + "\") { action reason } }")
			.execute()
			.path("history[0].action")
			.entity(String.class)
			.isEqualTo("REJECT_CANDIDATE");
	}

	@Test
	void shouldRefuseEmptyOrTooLongTextAndAnonymousCallers() {
		editor().document(EXTRACT)
			.variable("text", " ")
			.variable("documentId", DOCUMENT)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("text is empty");
			}));
		editor().document(EXTRACT)
			.variable("text", "学".repeat(200_001))
			.variable("documentId", DOCUMENT)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("limit of 200000", "chanjiao.extraction.max-text-length");
			}));
		this.anonymous.document(EXTRACT)
			.variable("text", TEXT)
			.variable("documentId", DOCUMENT)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		assertThat(count("MATCH (d:Document {id: $doc}) RETURN count(d)")).isZero();
	}

}
