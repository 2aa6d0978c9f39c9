package org.chanjiao.extraction;

import java.util.List;
import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
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
 * Reviewing candidates as the explorer's Review tab does: accepting with a corrected type
 * or role (checked like curation), not proposing a rejected candidate again for the same
 * evidence, and the words of the evidence that name each end. Everything written here
 * cites the document {@code review-test-news} and is removed after each test.
 */
@IntegrationTest
class CandidateReviewGraphQlTests {

	static final String DOCUMENT = "review-test-news";

	/**
	 * Names of their own: the relationship ids (and so the history that cites them) are
	 * not those of {@link ExtractionGraphQlTests}.
	 */
	static final String TEXT = """
			2024年5月，由江海职业技术学院与星河电子科技有限公司共建的江海职业技术学院星河智能产业学院揭牌成立。
			2024年，江海交通职业学院新增为全国航运行业产教融合共同体副理事长单位。
			""";

	static final String CANDIDATES = """
			query($d: ID) {
			  candidates(documentId: $d) {
			    relations { id type role status quote fromText toText from { id name kind } to { id name kind } }
			  }
			}
			""";

	static final String ACCEPT = """
			mutation($ids: [ID!]!, $corrections: [CandidateCorrection!]) {
			  acceptCandidates(ids: $ids, corrections: $corrections) { id status acceptedAs }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Autowired
	CandidateStore candidates;

	@Autowired
	CandidateReview review;

	HttpGraphQlTester editor;

	@BeforeEach
	void connect() {
		this.editor = GraphQlOverHttp.at(this.port)
			.mutate()
			.header("Authorization", "Bearer editor-token-for-tests")
			.build();
	}

	@AfterEach
	void removeExtracted() {
		this.store.write("MATCH ()-[r]->() WHERE r.extractedFrom = $doc DELETE r", Map.of("doc", DOCUMENT), (r) -> r);
		this.store.write("""
				MATCH (n) WHERE (n:CandidateOrganization OR n:Organization) AND n.extractedFrom = $doc
				DETACH DELETE n
				""", Map.of("doc", DOCUMENT), (r) -> r);
		this.store.write("MATCH (d:Document {id: $doc}) DETACH DELETE d", Map.of("doc", DOCUMENT), (r) -> r);
	}

	GraphQlTester.Response extract() {
		return this.editor.document(ExtractionGraphQlTests.EXTRACT)
			.variable("text", TEXT)
			.variable("documentId", DOCUMENT)
			.execute();
	}

	/**
	 * The id of the candidate relationship of this type whose {@code from} is named so.
	 */
	String candidate(String type, String fromName) {
		return this.editor.document(CANDIDATES)
			.variable("d", DOCUMENT)
			.execute()
			.path("candidates.relations[?(@.type == '" + type + "' && @.from.name == '" + fromName + "')].id")
			.entityList(String.class)
			.hasSize(1)
			.get()
			.get(0);
	}

	long count(String cypher, Map<String, Object> parameters) {
		return this.store.read(cypher, parameters, (r) -> r.get(0).asLong()).get(0);
	}

	@Test
	void shouldStoreAnAcceptedCandidateWithTheCorrectedRoleAndType() {
		extract();
		String coFounded = candidate("CO_FOUNDED", "星河电子科技有限公司");
		String partOf = candidate("PART_OF", "星河智能产业学院");
		List<Map<String, Object>> decisions = this.editor.document(ACCEPT)
			.variable("ids", List.of(coFounded, partOf))
			.variable("corrections",
					List.of(Map.of("id", coFounded, "type", "CO_FOUNDED", "role", "LEAD"),
							Map.of("id", partOf, "type", "AFFILIATED_WITH")))
			.execute()
			.path("acceptCandidates")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(decisions).extracting((d) -> d.get("status")).containsOnly("ASSERTED");
		String lead = (String) decisions.get(0).get("acceptedAs");
		String affiliated = (String) decisions.get(1).get("acceptedAs");
		assertThat(lead).startsWith("co_founded-").isNotEqualTo(coFounded);
		assertThat(affiliated).startsWith("affiliated_with-");

		// The corrected facts are in the network, with the candidates' evidence.
		GraphQlOverHttp.at(this.port)
			.document("query($id: ID!) { relation(id: $id) { type role status from { id } evidence { quote } } }")
			.variable("id", lead)
			.execute()
			.path("relation")
			.matchesJson("""
					{ "type": "CO_FOUNDED", "role": "LEAD", "status": "ASSERTED",
					  "evidence": [ { "quote": "2024年5月，由江海职业技术学院与星河电子科技有限公司共建的江海职业技术学院星河智能产业学院揭牌成立。" } ] }
					""");
		assertThat(count("MATCH (:College)-[r:AFFILIATED_WITH {id: $id}]->(:School) RETURN count(r)",
				Map.of("id", affiliated)))
			.isOne();
		// The candidates stay, deprecated, naming what replaced them; the history says
		// so.
		assertThat(count(
				"MATCH ()-[r:DEPRECATED_CO_FOUNDED {id: $id}]->() WHERE r.correctedTo = $lead " + "RETURN count(r)",
				Map.of("id", coFounded, "lead", lead)))
			.isOne();
		this.editor.document("query($id: ID!) { history(id: $id) { action reason after } }")
			.variable("id", lead)
			.execute()
			.path("history[0].action")
			.entity(String.class)
			.isEqualTo("ACCEPT_CANDIDATE")
			.path("history[0].reason")
			.entity(String.class)
			.isEqualTo("accepted as CO_FOUNDED LEAD (corrected)");
		assertThat(count("MATCH (o:Organization {extractedFrom: $doc}) RETURN count(o)", Map.of("doc", DOCUMENT)))
			.isEqualTo(3);
	}

	@Test
	void shouldRefuseAnInvalidTypeOrRoleWithBadRequestAndWriteNothing() {
		extract();
		String coFounded = candidate("CO_FOUNDED", "星河电子科技有限公司");
		String memberOf = candidate("MEMBER_OF", "江海交通职业学院");
		long changes = count("MATCH (c:Change) RETURN count(c)", Map.of());
		this.editor.document(ACCEPT)
			.variable("ids", List.of(coFounded, memberOf))
			.variable("corrections",
					List.of(Map.of("id", coFounded, "type", "CO_FOUNDED", "role", "BOSS"),
							Map.of("id", memberOf, "type", "PART_OF")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				@SuppressWarnings("unchecked")
				List<Map<String, String>> violations = (List<Map<String, String>>) error.getExtensions()
					.get("violations");
				assertThat(violations).extracting((v) -> v.get("field") + "/" + v.get("rule"))
					.containsExactlyInAnyOrder("corrections[0].role/role", "corrections[1].type/kinds");
				assertThat(error.getMessage()).contains("[LEAD, PARTNER]",
						"PART_OF is not allowed from SCHOOL to COMMUNITY");
			}));
		// A correction of an id that is not accepted, or given twice.
		this.editor.document(ACCEPT)
			.variable("ids", List.of(coFounded))
			.variable("corrections",
					List.of(Map.of("id", memberOf, "type", "MEMBER_OF", "role", "MEMBER"),
							Map.of("id", coFounded, "type", "CO_FOUNDED", "role", "LEAD"),
							Map.of("id", coFounded, "type", "CO_FOUNDED", "role", "PARTNER")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("corrections[0].id", "not among the ids",
						"corrections[2].id", "corrected twice")));
		assertThat(count(
				"MATCH ()-[r {extractedFrom: $doc}]->() WHERE NOT type(r) STARTS WITH 'CANDIDATE_' RETURN count(r)",
				Map.of("doc", DOCUMENT)))
			.isZero();
		assertThat(count("MATCH (o:Organization {extractedFrom: $doc}) RETURN count(o)", Map.of("doc", DOCUMENT)))
			.isZero();
		assertThat(count("MATCH (c:Change) RETURN count(c)", Map.of())).isEqualTo(changes);
	}

	@Test
	void shouldNotProposeARejectedCandidateAgainForTheSameEvidence() {
		int relations = extract().path("extractReport.relations").entityList(Object.class).get().size();
		String memberOf = candidate("MEMBER_OF", "江海交通职业学院");
		this.editor.document("mutation($ids: [ID!]!) { rejectCandidates(ids: $ids, reason: \"不是成员\") { status } }")
			.variable("ids", List.of(memberOf))
			.execute()
			.path("rejectCandidates[0].status")
			.entity(String.class)
			.isEqualTo("DEPRECATED");
		GraphQlTester.Response again = this.editor
			.document(ExtractionGraphQlTests.EXTRACT.replace("alreadyKnown", "alreadyKnown previouslyRejected"))
			.variable("text", TEXT)
			.variable("documentId", DOCUMENT)
			.execute();
		again.path("extractReport.previouslyRejected").entity(Integer.class).isEqualTo(1);
		again.path("extractReport.alreadyKnown").entity(Integer.class).isEqualTo(relations - 1);
		again.path("extractReport.relations").entityList(Object.class).hasSize(0);
		assertThat(
				count("MATCH ()-[r:MEMBER_OF|CANDIDATE_MEMBER_OF|DEPRECATED_MEMBER_OF {id: $id}]->() RETURN count(r)",
						Map.of("id", memberOf)))
			.isOne();
		// The extract command's folder leaves out what the graph holds, rejected ones
		// too.
		assertThat(this.candidates.existingRelations(List.of(memberOf))).containsExactly(memberOf);
		assertThat(count("MATCH ()-[r:DEPRECATED_MEMBER_OF {id: $id}]->() RETURN count(r)", Map.of("id", memberOf)))
			.isOne();
	}

	@Test
	void shouldCountARejectedRelationshipStatedByAnotherQuoteAsAlreadyKnown() {
		Org school = new Org("x-review-school", "测试评审职业学院", OrgKind.SCHOOL, false);
		Org college = new Org("x-review-college", "测试评审产业学院", OrgKind.COLLEGE, false);
		String first = "测试评审职业学院牵头建设测试评审产业学院。";
		String second = "测试评审产业学院由测试评审职业学院牵头共建。";
		ExtractedRelation relation = new ExtractedRelation(RelationType.CO_FOUNDED, school, college, "LEAD", null, null,
				null, null, null, first);
		this.candidates.store(new Extraction(List.of(school, college), List.of(relation), 0, first), DOCUMENT, null);
		this.review.reject(List.of(relation.id()), "wrong");
		ExtractedRelation again = new ExtractedRelation(RelationType.CO_FOUNDED, school, college, "LEAD", null, null,
				null, null, null, second);
		var result = this.candidates.store(new Extraction(List.of(school, college), List.of(again), 0, second),
				DOCUMENT, null);
		assertThat(result.previouslyRejected()).isZero();
		assertThat(result.alreadyKnown()).isOne();
		result = this.candidates.store(new Extraction(List.of(school, college), List.of(relation), 0, first), DOCUMENT,
				null);
		assertThat(result.previouslyRejected()).isOne();
		assertThat(result.alreadyKnown()).isZero();
	}

	@Test
	void shouldReturnTheWordsOfTheEvidenceThatNameEachEnd() {
		Org school = new Org("x-review-school", "测试评审职业学院", OrgKind.SCHOOL, false);
		Org college = new Org("x-review-college", "测试评审产业学院", OrgKind.COLLEGE, false);
		String quote = "评审学院与合作企业共建该产业学院。";
		this.candidates.store(new Extraction(List.of(school, college),
				List.of(new ExtractedRelation(RelationType.CO_FOUNDED, school, college, "LEAD", null, null, null, null,
						null, quote, "评审学院", "该产业学院"),
						new ExtractedRelation(RelationType.PART_OF, college, school, null, null, null, null, null, null,
								quote)),
				0, quote), DOCUMENT, "测试");
		GraphQlTester.Response response = this.editor.document(CANDIDATES).variable("d", DOCUMENT).execute();
		response.path("candidates.relations[?(@.type == 'CO_FOUNDED')]")
			.matchesJson("[{\"fromText\": \"评审学院\", \"toText\": \"该产业学院\", \"quote\": \"" + quote + "\"}]");
		response.path("candidates.relations[?(@.type == 'PART_OF')]")
			.matchesJson("[{\"fromText\": null, \"toText\": null}]");
	}

	@Test
	void shouldAnswerTheRulesOfEachTypeToAnyone() {
		GraphQlOverHttp.at(this.port)
			.document("{ relationTypeRules { type fromKinds toKinds roles anyRole roleRequired } }")
			.execute()
			.path("relationTypeRules[?(@.type == 'CO_FOUNDED')]")
			.matchesJson("[{\"roles\": [\"LEAD\", \"PARTNER\"], \"anyRole\": false, \"roleRequired\": true,"
					+ " \"toKinds\": [\"SCHOOL\", \"INDUSTRY_ASSOCIATION\", \"RESEARCH_INSTITUTE\", \"COLLEGE\", \"COMMUNITY\", \"PRACTICE_BASE\"]}]")
			.path("relationTypeRules[?(@.type == 'MEMBER_OF')]")
			.matchesJson(
					"[{\"anyRole\": true, \"roleRequired\": false, \"toKinds\": [\"INDUSTRY_ASSOCIATION\", \"RESEARCH_INSTITUTE\", \"COMMUNITY\"]}]")
			.path("relationTypeRules[?(@.type == 'PART_OF')]")
			.matchesJson("[{\"roles\": [], \"fromKinds\": [\"COLLEGE\", \"PRACTICE_BASE\"]}]");
	}

}
