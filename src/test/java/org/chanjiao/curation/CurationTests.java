package org.chanjiao.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' writes over HTTP with real tokens: each auth case, each validation rule,
 * optimistic locking under concurrent writers, history, merging and duplicates. Every
 * organisation written here has an id starting with {@code fixture-} and is removed after
 * each test, because the database is shared with the rest of the suite.
 */
@IntegrationTest
class CurationTests {

	static final String EDITOR = "editor-token-for-tests";

	static final String ADMIN = "admin-token-for-tests";

	static final String CREATE = """
			mutation create($input: OrganizationInput!) {
			  createOrganization(input: $input) { id name kind version aliases identifiers { scheme value } }
			}
			""";

	static final String UPDATE = """
			mutation update($id: ID!, $version: Int!, $input: OrganizationPatch!) {
			  updateOrganization(id: $id, version: $version, input: $input) { id name nameEn region version founded }
			}
			""";

	static final String ADD_RELATION = """
			mutation add($input: RelationInput!) {
			  addRelation(input: $input) { id type role status since from { id } to { id }
			    evidence { documentId documentTitle quote } }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester anonymous;

	@BeforeEach
	void connect() {
		this.anonymous = GraphQlOverHttp.at(this.port);
	}

	@AfterEach
	void removeFixtures() {
		this.store.write("""
				MATCH (n) WHERE (n:Organization OR n:Document OR n:MergedId) AND n.id STARTS WITH 'fixture-'
				DETACH DELETE n
				""", Map.of(), (r) -> r);
	}

	HttpGraphQlTester as(String token) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + token).build();
	}

	static Map<String, Object> organization(String id, String name, String kind) {
		return Map.of("id", id, "name", name, "kind", kind);
	}

	void create(String id, String name, String kind) {
		as(EDITOR).document(CREATE)
			.variable("input", organization(id, name, kind))
			.execute()
			.path("createOrganization.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	long count(String cypher) {
		return this.store.read(cypher, Map.of(), (r) -> r.get(0).asLong()).get(0);
	}

	// --- auth

	@Test
	void shouldRefuseAWriteWithoutATokenAsUnauthorizedAndWriteNothing() {
		assertError(this.anonymous.document(CREATE)
			.variable("input", organization("fixture-anon", "匿名测试有限公司", "ENTERPRISE"))
			.execute(), ErrorType.UNAUTHORIZED);
		assertThat(count("MATCH (o:Organization {id: 'fixture-anon'}) RETURN count(o)")).isZero();
	}

	@Test
	void shouldRefuseAdminWritesToAnEditorAsForbidden() {
		create("fixture-a", "测试甲有限公司", "ENTERPRISE");
		create("fixture-b", "测试乙有限公司", "ENTERPRISE");
		assertError(as(EDITOR)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-a\", "
					+ "duplicateId: \"fixture-b\") { id } }")
			.execute(), ErrorType.FORBIDDEN);
		assertError(as(EDITOR).document("mutation { deleteOrganization(id: \"fixture-a\", reason: \"x\") }").execute(),
				ErrorType.FORBIDDEN);
		assertThat(count("MATCH (o:Organization) WHERE o.id IN ['fixture-a', 'fixture-b'] RETURN count(o)"))
			.isEqualTo(2);
	}

	@Test
	void shouldAnswerAnUnknownToken401OverHttp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer not-a-known-token")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { id } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldLetAnyoneRead() {
		this.anonymous.document("{ organization(id: \"gdep\") { name } }")
			.execute()
			.path("organization.name")
			.entity(String.class)
			.isEqualTo("广东工程职业技术学院");
	}

	// --- create and validate

	@Test
	void shouldCreateAnOrganizationAndRecordWhoDidIt() {
		GraphQlTester.Response response = as(EDITOR).document(CREATE)
			.variable("input",
					Map.of("id", "fixture-new", "name", "  测试新建科技有限公司 ", "kind", "ENTERPRISE", "aliases",
							List.of("测试新建", "Test New"), "identifiers",
							List.of(Map.of("scheme", "USCC", "value", "91512081MA62K0260E"))))
			.execute();
		response.path("createOrganization.name").entity(String.class).isEqualTo("测试新建科技有限公司");
		response.path("createOrganization.version").entity(Integer.class).isEqualTo(0);
		response.path("createOrganization.identifiers[0].value").entity(String.class).isEqualTo("91512081MA62K0260E");
		GraphQlTester.Response history = as(EDITOR)
			.document("{ history(id: \"fixture-new\") { action actor before after } }")
			.execute();
		history.path("history[0].action").entity(String.class).isEqualTo("CREATE_ORGANIZATION");
		history.path("history[0].actor").entity(String.class).isEqualTo("test-editor");
		history.path("history[0].before").valueIsNull();
		history.path("history[0].after")
			.entity(String.class)
			.satisfies((json) -> assertThat(json).contains("测试新建科技有限公司"));
	}

	@Test
	void shouldShowAnonymousReadersWhatWasDoneAndWhenButNotWhoOrTheStatesOrTheReason() {
		create("fixture-hist", "测试历史有限公司", "ENTERPRISE");
		as(ADMIN).document("mutation { deleteOrganization(id: \"fixture-hist\", reason: \"张三说错了\") }").execute();
		String document = "{ history(id: \"fixture-hist\") { id at action subjects actor before after reason } }";
		GraphQlTester.Response anonymous = this.anonymous.document(document).execute();
		anonymous.path("history[*].action")
			.entityList(String.class)
			.containsExactly("DELETE_ORGANIZATION", "CREATE_ORGANIZATION");
		assertThat(anonymous.path("history[*].at").entityList(String.class).get())
			.allSatisfy((at) -> assertThat(at).startsWith("20"));
		anonymous.path("history[0].subjects").entityList(String.class).contains("fixture-hist");
		for (String hidden : List.of("actor", "before", "after", "reason")) {
			anonymous.path("history[0]." + hidden).valueIsNull();
			anonymous.path("history[1]." + hidden).valueIsNull();
		}
		for (String token : List.of(EDITOR, ADMIN)) {
			GraphQlTester.Response curator = as(token).document(document).execute();
			curator.path("history[0].actor").entity(String.class).isEqualTo("test-admin");
			curator.path("history[0].reason").entity(String.class).isEqualTo("张三说错了");
			curator.path("history[0].before")
				.entity(String.class)
				.satisfies((json) -> assertThat(json).contains("测试历史有限公司"));
			curator.path("history[1].actor").entity(String.class).isEqualTo("test-editor");
			curator.path("history[1].after")
				.entity(String.class)
				.satisfies((json) -> assertThat(json).contains("测试历史有限公司"));
		}
	}

	@Test
	void shouldNameEachFieldAndRuleThatAnInputBreaksAndWriteNothing() {
		GraphQlTester.Response response = as(EDITOR).document(CREATE)
			.variable("input",
					Map.of("id", "fixture-bad", "name", " ", "kind", "SCHOOL", "founded", 1850, "form",
							"VOCATIONAL_EDUCATION_GROUP", "identifiers",
							List.of(Map.of("scheme", "USCC", "value", "91350100M000100Y4Z"),
									Map.of("scheme", "MOE", "value", "12345"))))
			.execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				@SuppressWarnings("unchecked")
				List<Map<String, String>> violations = (List<Map<String, String>>) error.getExtensions()
					.get("violations");
				assertThat(violations).extracting((v) -> v.get("field") + "/" + v.get("rule"))
					.containsExactlyInAnyOrder("input.name/required", "input.founded/year", "input.form/form-kind",
							"input.identifiers[0]/uscc", "input.identifiers[1]/moe");
			});
		});
		assertThat(count("MATCH (o:Organization {id: 'fixture-bad'}) RETURN count(o)")).isZero();
	}

	@Test
	void shouldRefuseATakenId() {
		assertError(as(EDITOR).document(CREATE).variable("input", organization("gdep", "重复", "SCHOOL")).execute(),
				GraphQlErrorsClassification.CONFLICT);
	}

	// --- optimistic locking

	@Test
	void shouldUpdateAtTheCurrentVersionAndRefuseAStaleOne() {
		create("fixture-u", "测试更新有限公司", "ENTERPRISE");
		as(EDITOR).document(UPDATE)
			.variable("id", "fixture-u")
			.variable("version", 0)
			.variable("input", Map.of("nameEn", "Update Test Co.", "founded", 2001))
			.execute()
			.path("updateOrganization.version")
			.entity(Integer.class)
			.isEqualTo(1);
		assertError(as(EDITOR).document(UPDATE)
			.variable("id", "fixture-u")
			.variable("version", 0)
			.variable("input", Map.of("region", "广东省"))
			.execute(), GraphQlErrorsClassification.CONFLICT);
		this.anonymous.document("{ organization(id: \"fixture-u\") { nameEn region founded version } }")
			.execute()
			.path("organization")
			.matchesJson("{\"nameEn\":\"Update Test Co.\",\"region\":null,\"founded\":2001,\"version\":1}");
		// A field set to null is cleared; one left out is kept.
		java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
		clear.put("founded", null);
		as(EDITOR).document(UPDATE)
			.variable("id", "fixture-u")
			.variable("version", 1)
			.variable("input", clear)
			.execute()
			.path("updateOrganization")
			.matchesJson("{\"nameEn\":\"Update Test Co.\",\"founded\":null,\"version\":2}");
	}

	@Test
	void shouldLetExactlyOneOfManyConcurrentWritersWinPerVersion() throws Exception {
		create("fixture-race", "测试并发有限公司", "ENTERPRISE");
		int writers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<ResponseError>>> results = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String region = "区域" + i;
			Callable<List<ResponseError>> write = () -> {
				start.await();
				List<ResponseError> errors = new ArrayList<>();
				as(EDITOR).document(UPDATE)
					.variable("id", "fixture-race")
					.variable("version", 0)
					.variable("input", Map.of("region", region))
					.execute()
					.errors()
					.satisfy(errors::addAll);
				return errors;
			};
			results.add(pool.submit(write));
		}
		start.countDown();
		int succeeded = 0;
		int conflicts = 0;
		for (Future<List<ResponseError>> result : results) {
			List<ResponseError> errors = result.get();
			if (errors.isEmpty()) {
				succeeded++;
			}
			else if ("CONFLICT".equals(errors.get(0).getErrorType().toString())) {
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(succeeded).isEqualTo(1);
		assertThat(conflicts).isEqualTo(writers - 1);
		assertThat(count("MATCH (o:Organization {id: 'fixture-race'}) RETURN o.version")).isEqualTo(1);
		assertThat(count("MATCH (c:Change {action: 'UPDATE_ORGANIZATION'}) WHERE 'fixture-race' IN c.subjects "
				+ "RETURN count(c)"))
			.isEqualTo(1);
		assertThat(count("MATCH (o:Organization {id: 'fixture-race'}) WHERE o._lock IS NOT NULL RETURN count(o)"))
			.isZero();
	}

	// --- relationships

	@Test
	void shouldAddARelationWithEvidenceFromANewDocument() {
		create("fixture-firm", "测试企业有限公司", "ENTERPRISE");
		GraphQlTester.Response response = as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "chimelong-college", "type", "CO_FOUNDED", "role", "PARTNER",
							"since", 2024, "evidence",
							List.of(Map.of("documentId", "fixture-doc", "quote", "测试企业参与共建长隆产业学院", "documentTitle",
									"测试新闻", "year", 2024))))
			.execute();
		response.path("addRelation.status").entity(String.class).isEqualTo("ASSERTED");
		response.path("addRelation.evidence[0].documentTitle").entity(String.class).isEqualTo("测试新闻");
		this.anonymous
			.document("{ organization(id: \"chimelong-college\") { cooperationModel { derived } "
					+ "coFounders { from { id } } } }")
			.execute()
			.path("organization.coFounders[*].from.id")
			.entityList(String.class)
			.contains("fixture-firm");
		// The same fact again is refused as a duplicate.
		assertViolations(as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "chimelong-college", "type", "CO_FOUNDED", "role", "PARTNER"))
			.execute(), "input/unique");
	}

	@Test
	void shouldAcceptTheFoundersOfASchoolAndOfAnAssociation() {
		create("fixture-ministry-bureau", "测试国防科技工业局", "GOVERNMENT");
		create("fixture-founded-school", "测试海事大学", "SCHOOL");
		create("fixture-founded-society", "测试储能学会", "INDUSTRY_ASSOCIATION");
		// 某局与某省共建某大学, 某学会由某大学联合…发起成立: CO_FOUNDED reaches a school and an
		// association as it reaches a platform
		for (List<String> founding : List.of(List.of("fixture-ministry-bureau", "fixture-founded-school", "PARTNER"),
				List.of("fixture-founded-school", "fixture-founded-society", "LEAD"))) {
			as(EDITOR).document(ADD_RELATION)
				.variable("input",
						Map.of("from", founding.get(0), "to", founding.get(1), "type", "CO_FOUNDED", "role",
								founding.get(2)))
				.execute()
				.path("addRelation.status")
				.entity(String.class)
				.isEqualTo("ASSERTED");
		}
		this.anonymous.document("{ organization(id: \"fixture-founded-society\") { coFounders { from { id } role } } }")
			.execute()
			.path("organization.coFounders[*].from.id")
			.entityList(String.class)
			.containsExactly("fixture-founded-school");
	}

	@Test
	void shouldRefuseRelationsTheModelDoesNotAllow() {
		create("fixture-firm", "测试企业有限公司", "ENTERPRISE");
		create("fixture-firm-b", "测试乙企业有限公司", "ENTERPRISE");
		// a company is no platform, school or association: nobody co-founds it here
		assertViolations(as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "fixture-firm-b", "type", "CO_FOUNDED", "role", "LEAD"))
			.execute(), "input.type/kinds");
		assertViolations(as(EDITOR).document(ADD_RELATION)
			.variable("input", Map.of("from", "fixture-firm", "to", "fixture-firm", "type", "PARTNERS_WITH"))
			.execute(), "input.to/self");
		assertViolations(as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "gdep", "type", "PARTNERS_WITH", "since", 2099, "until", 1999))
			.execute(), "input.since/year", "input.until/since-until");
		assertViolations(as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "nobody", "type", "PARTNERS_WITH", "evidence",
							List.of(Map.of("documentId", "fixture-unknown-doc", "quote", "q"))))
			.execute(), "input.to/exists", "input.evidence[0].documentId/document");
		assertThat(count("MATCH (:Organization {id: 'fixture-firm'})-[r]-() RETURN count(r)")).isZero();
	}

	@Test
	void shouldAddEvidenceDeprecateAndOnlyLetAnAdminDelete() {
		create("fixture-firm", "测试企业有限公司", "ENTERPRISE");
		String id = as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-firm", "to", "gdep", "type", "PARTNERS_WITH", "kind", "INTERNSHIP_BASE"))
			.execute()
			.path("addRelation.id")
			.entity(String.class)
			.get();
		as(EDITOR)
			.document("mutation($id: ID!) { addEvidence(relationId: $id, evidence: {documentId: "
					+ "\"gdep-2023-integration-report\", quote: \"测试引文\"}) { evidence { quote } } }")
			.variable("id", id)
			.execute()
			.path("addEvidence.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("测试引文");
		as(EDITOR).document("mutation($id: ID!) { deprecateRelation(id: $id, reason: \"ended\") { status } }")
			.variable("id", id)
			.execute()
			.path("deprecateRelation.status")
			.entity(String.class)
			.isEqualTo("DEPRECATED");
		// Deprecated facts stay, but leave the default view.
		this.anonymous
			.document("{ organization(id: \"fixture-firm\") { relations { id } "
					+ "all: relations(statuses: [ASSERTED, DEPRECATED]) { id } } }")
			.execute()
			.path("organization")
			.matchesJson("{\"relations\":[],\"all\":[{\"id\":\"" + id + "\"}]}");
		assertError(as(EDITOR).document("mutation($id: ID!) { deleteRelation(id: $id, reason: \"mistake\") }")
			.variable("id", id)
			.execute(), ErrorType.FORBIDDEN);
		as(ADMIN).document("mutation($id: ID!) { deleteRelation(id: $id, reason: \"mistake\") }")
			.variable("id", id)
			.execute()
			.path("deleteRelation")
			.entity(String.class)
			.isEqualTo(id);
		GraphQlTester.Response history = as(EDITOR)
			.document("query($id: ID!) { history(id: $id) { action actor " + "reason } }")
			.variable("id", id)
			.execute();
		history.path("history[*].action")
			.entityList(String.class)
			.containsExactly("DELETE_RELATION", "DEPRECATE_RELATION", "ADD_EVIDENCE", "ADD_RELATION");
		history.path("history[0].actor").entity(String.class).isEqualTo("test-admin");
		history.path("history[0].reason").entity(String.class).isEqualTo("mistake");
	}

	// --- merging and duplicates

	@Test
	void shouldMergeADuplicateIntoItsSurvivor() {
		as(EDITOR).document(CREATE)
			.variable("input",
					Map.of("id", "fixture-keep", "name", "测试迅捷（广州）科技有限公司", "kind", "ENTERPRISE", "identifiers",
							List.of(Map.of("scheme", "USCC", "value", "91512081MA62K0260E"))))
			.execute();
		as(EDITOR).document(CREATE)
			.variable("input",
					Map.of("id", "fixture-dup", "name", "测试迅捷(广州)科技", "nameEn", "Xunjie Test", "kind", "ENTERPRISE",
							"aliases", List.of("迅捷测试")))
			.execute();
		as(EDITOR).document("{ duplicateCandidates { a { id } b { id } reasons } }")
			.execute()
			.path("duplicateCandidates[?(@.a.id == 'fixture-dup' && @.b.id == 'fixture-keep')].reasons[*]")
			.entityList(String.class)
			.satisfies((reasons) -> assertThat(reasons).anySatisfy((r) -> assertThat(r).startsWith("same name")));
		as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", "fixture-dup", "to", "elevator-college", "type", "CO_FOUNDED", "role", "PARTNER"))
			.execute();
		as(EDITOR).document(ADD_RELATION)
			.variable("input", Map.of("from", "fixture-dup", "to", "fixture-keep", "type", "PARTNERS_WITH"))
			.execute();
		GraphQlTester.Response merged = as(ADMIN)
			.document("mutation { mergeOrganizations(survivorId: \"fixture-keep\", duplicateId: \"fixture-dup\") "
					+ "{ id aliases version relations { type to { id } } } }")
			.execute();
		merged.path("mergeOrganizations.aliases")
			.entityList(String.class)
			.contains("迅捷测试", "测试迅捷(广州)科技", "Xunjie Test");
		merged.path("mergeOrganizations.relations[*].to.id")
			.entityList(String.class)
			.containsExactly("elevator-college");
		// The duplicate's id resolves to the survivor and is never given out again.
		this.anonymous.document("{ organization(id: \"fixture-dup\") { id } }")
			.execute()
			.path("organization.id")
			.entity(String.class)
			.isEqualTo("fixture-keep");
		assertError(as(EDITOR).document(CREATE)
			.variable("input", organization("fixture-dup", "复用", "ENTERPRISE"))
			.execute(), GraphQlErrorsClassification.CONFLICT);
		as(EDITOR).document("{ history(id: \"fixture-dup\") { action } }")
			.execute()
			.path("history[0].action")
			.entity(String.class)
			.isEqualTo("MERGE");
	}

	@Test
	void shouldFindADuplicateWhoseNameIsAnotherOrganizationsAliasWithASuffix() {
		create("fixture-schindler", "迅达电梯有限公司", "ENTERPRISE");
		as(EDITOR).document("{ duplicateCandidates { a { id } b { id } reasons } }")
			.execute()
			.path("duplicateCandidates[?(@.a.id == 'fixture-schindler')].b.id")
			.entityList(String.class)
			.containsExactly("schindler-china");
	}

	@Test
	void shouldNotReportTheSeedsAsDuplicatesOfEachOther() {
		as(EDITOR).document("{ duplicateCandidates { a { id } b { id } } }")
			.execute()
			.path("duplicateCandidates")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldShowDuplicateCandidatesToCuratorsOnly() {
		assertError(this.anonymous.document("{ duplicateCandidates { a { id } } }").execute(), ErrorType.UNAUTHORIZED);
		as(ADMIN).document("{ duplicateCandidates { a { id } } }").execute().errors().verify();
	}

	@Test
	void shouldProposeNamesEqualOnceALeadingPlaceIsSetAsideWithThatWeakerReason() {
		// Written for the purpose: each pair differs by places only.
		create("fixture-gd-chimelong", "广东长隆集团有限公司", "ENTERPRISE");
		create("fixture-kg-a", "广东省广州市黄埔区小星星测试幼儿园", "SCHOOL");
		create("fixture-kg-b", "黄埔区小星星测试幼儿园", "SCHOOL");
		create("fixture-cn-a", "中国测试建材研究会", "INDUSTRY_ASSOCIATION");
		create("fixture-cn-b", "测试建材研究会", "INDUSTRY_ASSOCIATION");
		// Not duplicates: two different cities, and a word that ends like a city.
		create("fixture-gz-school", "广州市第一测试中学", "SCHOOL");
		create("fixture-sz-school", "深圳市第一测试中学", "SCHOOL");
		create("fixture-smart-city", "智慧城市测试科技有限公司", "ENTERPRISE");
		create("fixture-smart", "测试科技有限公司", "ENTERPRISE");
		List<Map<String, Object>> candidates = as(EDITOR)
			.document("{ duplicateCandidates(first: 500) { a { id } b { id } reasons } }")
			.execute()
			.path("duplicateCandidates")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, List<String>> reasons = new java.util.TreeMap<>();
		for (Map<String, Object> candidate : candidates) {
			@SuppressWarnings("unchecked")
			String a = (String) ((Map<String, Object>) candidate.get("a")).get("id");
			@SuppressWarnings("unchecked")
			String b = (String) ((Map<String, Object>) candidate.get("b")).get("id");
			@SuppressWarnings("unchecked")
			List<String> why = (List<String>) candidate.get("reasons");
			reasons.put(a + " " + b, why);
		}
		assertThat(reasons).containsOnlyKeys("chimelong-group fixture-gd-chimelong", "fixture-cn-a fixture-cn-b",
				"fixture-kg-a fixture-kg-b");
		assertThat(reasons.get("chimelong-group fixture-gd-chimelong"))
			.containsExactly("names equal once the place 广东 is set aside (a weaker reason: check they are not two "
					+ "branches): 长隆");
		assertThat(reasons.get("fixture-kg-a fixture-kg-b")).singleElement()
			.satisfies((r) -> assertThat(r).startsWith("names equal once the place 广东广州黄埔 is set aside"));
		assertThat(reasons.get("fixture-cn-a fixture-cn-b")).singleElement()
			.satisfies((r) -> assertThat(r).startsWith("names equal once the place 中国 is set aside"));
	}

	@Test
	void shouldPageDuplicateCandidatesWithCursors() {
		create("fixture-p1", "测试分页甲有限公司", "ENTERPRISE");
		create("fixture-p2", "测试分页甲", "ENTERPRISE");
		create("fixture-p3", "广东测试分页甲", "ENTERPRISE");
		create("fixture-p4", "测试分页乙集团", "ENTERPRISE");
		create("fixture-p5", "测试分页乙", "ENTERPRISE");
		String document = "query($after: String) { duplicateCandidates(first: 2, after: $after) { a { id } b { id } cursor } }";
		List<String> all = as(EDITOR).document("{ duplicateCandidates(first: 500) { a { id } b { id } } }")
			.execute()
			.path("duplicateCandidates[*]")
			.entityList(Object.class)
			.get()
			.stream()
			.map(Object::toString)
			.toList();
		assertThat(all).hasSize(4);
		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 5; page++) {
			GraphQlTester.Response response = as(EDITOR).document(document).variable("after", after).execute();
			List<Map<String, Object>> items = response.path("duplicateCandidates")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			if (items.isEmpty()) {
				break;
			}
			assertThat(items).hasSizeLessThanOrEqualTo(2);
			for (Map<String, Object> item : items) {
				Map<String, Object> withoutCursor = new java.util.LinkedHashMap<>(item);
				withoutCursor.remove("cursor");
				paged.add(withoutCursor.toString());
			}
			after = (String) items.get(items.size() - 1).get("cursor");
		}
		assertThat(paged).isEqualTo(all);
		assertError(as(EDITOR).document(document).variable("after", "not-a-cursor").execute(), ErrorType.BAD_REQUEST);
	}

	@Test
	void shouldCountDuplicateCandidatesInTheRequestCost() {
		String ten = java.util.stream.IntStream.range(0, 10)
			.mapToObj((i) -> "d" + i + ": duplicateCandidates(first: 1) { cursor }")
			.collect(java.util.stream.Collectors.joining(" ", "{ ", " }"));
		as(EDITOR).document(ten)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.contains("chanjiao.limits.max-query-complexity = 100000")));
		String nine = ten.replace(" d9: duplicateCandidates(first: 1) { cursor }", "");
		as(EDITOR).document(nine).execute().errors().verify();
	}

	// --- helpers

	/** The CONFLICT classification, as the client sees it. */
	enum GraphQlErrorsClassification implements graphql.ErrorClassification {

		CONFLICT

	}

	// --- paging over equal names, updateRelation, a deletion that succeeds

	String relate(String from, String to, int since) {
		return as(EDITOR).document(ADD_RELATION)
			.variable("input",
					Map.of("from", from, "to", to, "type", "PARTNERS_WITH", "kind", "EMPLOYMENT", "since", since,
							"evidence",
							List.of(Map.of("documentId", "fixture-life-doc", "documentTitle", "生命周期测试文档", "quote",
									"生命周期测试引文"))))
			.execute()
			.path("addRelation.id")
			.entity(String.class)
			.get();
	}

	@Test
	void shouldPageThroughOrganisationsWithTheSameNameEachExactlyOnceInIdOrder() {
		// Seven with one name, created out of id order, and two around them.
		for (String suffix : List.of("g", "c", "a", "f", "b", "e", "d")) {
			create("fixture-life-same-" + suffix, "同名翻页测试有限公司", "ENTERPRISE");
		}
		create("fixture-life-before", "同名翻页测试公司甲", "ENTERPRISE");
		create("fixture-life-after", "同名翻页测试有限公司乙", "ENTERPRISE");
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.anonymous.document("""
					query($after: String) { organizations(nameContains: "同名翻页测试", first: 2, after: $after) {
					  totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""")
				.variable("after", after)
				.execute();
			seen.addAll(page.path("organizations.edges[*].node.id").entityList(String.class).get());
			page.path("organizations.totalCount").entity(Integer.class).isEqualTo(9);
			more = page.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("organizations.pageInfo.endCursor").entity(String.class).get();
			pages++;
			assertThat(pages).as("pages").isLessThanOrEqualTo(5);
		}
		// Chinese name order (同名翻页测试公司甲 < 同名翻页测试有限公司 < 同名翻页测试有限公司乙 by code
		// point), then id among equal names.
		assertThat(seen).containsExactly("fixture-life-before", "fixture-life-same-a", "fixture-life-same-b",
				"fixture-life-same-c", "fixture-life-same-d", "fixture-life-same-e", "fixture-life-same-f",
				"fixture-life-same-g", "fixture-life-after");
	}

	@Test
	void shouldUpdateARelationAndRecordItsStateBeforeAndAfter() {
		create("fixture-life-firm", "关系更新测试有限公司", "ENTERPRISE");
		create("fixture-life-school", "关系更新测试职业学院", "SCHOOL");
		String id = relate("fixture-life-firm", "fixture-life-school", 2019);
		as(EDITOR).document("""
				mutation($id: ID!) { updateRelation(id: $id, input: {until: 2024}) { id since until status } }""")
			.variable("id", id)
			.execute()
			.path("updateRelation")
			.entity(Map.class)
			.isEqualTo(Map.of("id", id, "since", 2019, "until", 2024, "status", "ASSERTED"));
		assertThat(this.store.read("MATCH ()-[r {id: $id}]->() RETURN r.since AS since, r.until AS until",
				Map.of("id", id), (r) -> r.get("since").asLong() + "-" + r.get("until").asLong()))
			.containsExactly("2019-2024");
		GraphQlTester.Response history = as(EDITOR)
			.document("query($id: ID!) { history(id: $id, first: 1) { action subjects before after } }")
			.variable("id", "fixture-life-firm")
			.execute();
		history.path("history[0].action").entity(String.class).isEqualTo("UPDATE_RELATION");
		history.path("history[0].subjects").entityList(String.class).contains(id);
		history.path("history[0].before")
			.entity(String.class)
			.satisfies((b) -> assertThat(b).doesNotContain("\"until\":2024"));
		history.path("history[0].after")
			.entity(String.class)
			.satisfies((a) -> assertThat(a).contains("\"until\":2024"));
		// An end before the start is refused, and nothing changes.
		assertError(as(EDITOR).document("""
				mutation($id: ID!) { updateRelation(id: $id, input: {until: 2001}) { id } }""")
			.variable("id", id)
			.execute(), ErrorType.BAD_REQUEST);
		// An unknown relationship is NOT_FOUND.
		assertError(as(EDITOR)
			.document("mutation { updateRelation(id: \"partners_with-no-such\", input: {until: 2024}) { id } }")
			.execute(), ErrorType.NOT_FOUND);
		assertThat(this.store.read("MATCH ()-[r {id: $id}]->() RETURN r.until AS until", Map.of("id", id),
				(r) -> r.get("until").asLong()))
			.containsExactly(2024L);
	}

	@Test
	void shouldDeleteAnOrganisationWithItsRelationsAndRecordIt() {
		create("fixture-life-gone", "删除测试有限公司", "ENTERPRISE");
		create("fixture-life-stays", "删除测试职业学院", "SCHOOL");
		String relation = relate("fixture-life-gone", "fixture-life-stays", 2020);
		as(ADMIN).document("mutation { deleteOrganization(id: \"fixture-life-gone\", reason: \"录入错误\") }")
			.execute()
			.path("deleteOrganization")
			.entity(String.class)
			.isEqualTo("fixture-life-gone");
		this.anonymous.document("{ organization(id: \"fixture-life-gone\") { id } }")
			.execute()
			.path("organization")
			.valueIsNull();
		assertThat(this.store.read("MATCH ()-[r {id: $id}]->() RETURN r", Map.of("id", relation), (r) -> r)).isEmpty();
		this.anonymous.document("{ organization(id: \"fixture-life-stays\") { id relations { id } } }")
			.execute()
			.path("organization.relations")
			.entityList(Object.class)
			.hasSize(0);
		GraphQlTester.Response history = as(ADMIN)
			.document("{ history(id: \"fixture-life-gone\", first: 1) { action subjects reason after } }")
			.execute();
		history.path("history[0].action").entity(String.class).isEqualTo("DELETE_ORGANIZATION");
		history.path("history[0].subjects")
			.entityList(String.class)
			.satisfies((subjects) -> assertThat(subjects).containsExactlyInAnyOrder("fixture-life-gone", relation));
		history.path("history[0].reason").entity(String.class).isEqualTo("录入错误");
		history.path("history[0].after").valueIsNull();
	}

	static void assertError(GraphQlTester.Response response, graphql.ErrorClassification type) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo(type.toString());
		});
	}

	@SuppressWarnings("unchecked")
	static void assertViolations(GraphQlTester.Response response, String... fieldAndRule) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				List<Map<String, String>> violations = (List<Map<String, String>>) error.getExtensions()
					.get("violations");
				assertThat(violations).extracting((v) -> v.get("field") + "/" + v.get("rule"))
					.containsExactlyInAnyOrder(fieldAndRule);
			});
		});
	}

}
