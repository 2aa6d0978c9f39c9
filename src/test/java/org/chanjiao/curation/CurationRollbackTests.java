package org.chanjiao.curation;

import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.history.History;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * A curator's write that fails after it validated and wrote writes nothing: the failure
 * is injected into the history, after the real history record and every statement of the
 * write ran in the Spring-managed transaction, so only the rollback keeps them out of the
 * graph. The services' history is swapped for the failing one for each test and put back
 * after it (the application context is shared with the rest of the suite).
 */
@IntegrationTest
class CurationRollbackTests {

	@Autowired
	OrganizationCuration organizations;

	@Autowired
	RelationCuration relations;

	@Autowired
	MergeCuration merging;

	@Autowired
	History history;

	@Autowired
	GraphStore store;

	private List<Object> targets;

	@BeforeEach
	void injectAFailureAfterTheHistoryRecord() {
		this.targets = List.of(AopTestUtils.getUltimateTargetObject(this.organizations),
				AopTestUtils.getUltimateTargetObject(this.relations),
				AopTestUtils.getUltimateTargetObject(this.merging));
		History failing = Mockito.mock(History.class);
		doAnswer((call) -> {
			this.history.record(call.getArgument(0), call.getArgument(1), call.getArgument(2), call.getArgument(3),
					call.getArgument(4));
			throw new IllegalStateException("injected: the write failed after its last statement");
		}).when(failing).record(anyString(), any(), any(), any(), any());
		this.targets.forEach((target) -> ReflectionTestUtils.setField(target, "history", failing));
	}

	@AfterEach
	void restoreTheHistoryAndRemoveFixtures() {
		this.targets.forEach((target) -> ReflectionTestUtils.setField(target, "history", this.history));
		this.store.write("""
				MATCH (n) WHERE (n:Organization OR n:Document OR n:MergedId) AND n.id STARTS WITH 'fixture-rollback'
				DETACH DELETE n
				""", Map.of(), (r) -> r);
	}

	@Test
	void shouldWriteNothingWhenACreateFailsAfterItsStatements() {
		long changes = changes();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.organizations
				.createOrganization(Map.of("id", "fixture-rollback-new", "name", "回滚测试新建有限公司", "kind", "ENTERPRISE")))
			.withMessageStartingWith("injected");
		assertThat(count("MATCH (o:Organization {id: 'fixture-rollback-new'}) RETURN count(o)")).isZero();
		assertThat(changes()).as("history records").isEqualTo(changes);
	}

	@Test
	void shouldWriteNothingWhenARelationOrAMergeFailsAfterItsStatements() {
		this.store.write("""
				CREATE (:Organization:Enterprise {id: 'fixture-rollback-a', name: '回滚测试甲有限公司', kind: 'ENTERPRISE',
				        version: 0})
				CREATE (:Organization:Enterprise {id: 'fixture-rollback-b', name: '回滚测试乙有限公司', kind: 'ENTERPRISE',
				        version: 0})
				""", Map.of(), (r) -> r);
		long changes = changes();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.relations.addRelation(Map.of("from", "fixture-rollback-a", "to",
					"fixture-rollback-b", "type", "PARTNERS_WITH", "evidence", List.of(Map.of("documentId",
							"fixture-rollback-doc", "documentTitle", "回滚测试文件", "quote", "甲与乙合作")))))
			.withMessageStartingWith("injected");
		assertThat(count("MATCH (:Organization {id: 'fixture-rollback-a'})-[r]-() RETURN count(r)")).isZero();
		assertThat(count("MATCH (d:Document {id: 'fixture-rollback-doc'}) RETURN count(d)")).as("the new document")
			.isZero();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.merging.merge("fixture-rollback-a", "fixture-rollback-b"))
			.withMessageStartingWith("injected");
		assertThat(count("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-rollback-' RETURN count(o)"))
			.isEqualTo(2);
		assertThat(count("MATCH (m:MergedId {id: 'fixture-rollback-b'}) RETURN count(m)")).isZero();
		assertThat(count("MATCH (o:Organization {id: 'fixture-rollback-a'}) WHERE o.version = 0 AND o._lock IS NULL "
				+ "RETURN count(o)"))
			.as("the survivor unchanged, its lock gone")
			.isEqualTo(1);
		assertThat(changes()).as("history records").isEqualTo(changes);
	}

	private long changes() {
		return count("MATCH (c:Change) RETURN count(c)");
	}

	private long count(String cypher) {
		return this.store.read(cypher, Map.of(), (r) -> r.get(0).asLong()).get(0);
	}

}
