package org.chanjiao.store;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.history.History;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The write side's Spring-managed transactions: one {@link Neo4jTransactionManager} on
 * the application's driver; every write method of curation and candidate review in a
 * transaction with {@code chanjiao.store.write-timeout} (30 s by default) and its retry
 * outside the transaction, so a retry starts a new one; the history joins the caller's
 * transaction and refuses to run without one, as {@link WriteStatements} does.
 */
@IntegrationTest
class WriteTransactionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Driver driver;

	@Autowired
	TransactionAttributeSource attributes;

	@Autowired
	WriteStatements statements;

	@Autowired
	History history;

	@Test
	void shouldManageTransactionsWithNeo4jsManagerOnTheApplicationsDriver() {
		assertThat(this.transactionManager).isInstanceOf(Neo4jTransactionManager.class);
		assertThat(ReflectionTestUtils.getField(this.transactionManager, "driver")).isSameAs(this.driver);
	}

	@Test
	void shouldRunEveryWriteInATransactionWithTheWriteTimeoutAndRetryOutsideIt() {
		Map<String, List<String>> writes = Map.of("organizationCuration",
				List.of("createOrganization", "updateOrganization", "deleteOrganization"), "relationCuration",
				List.of("addRelation", "updateRelation", "addEvidence", "deprecateRelation", "deleteRelation"),
				"mergeCuration", List.of("merge"), "candidateStore", List.of("store"), "candidateReview",
				List.of("accept", "reject"));
		writes.forEach((bean, names) -> names.forEach((name) -> assertWrite(this.context.getBean(bean), name)));
	}

	@Test
	void shouldRecordHistoryOnlyInTheCallersTransaction() {
		Method record = Arrays.stream(AopUtils.getTargetClass(this.history).getDeclaredMethods())
			.filter((m) -> m.getName().equals("record"))
			.findFirst()
			.orElseThrow();
		TransactionAttribute attribute = this.attributes.getTransactionAttribute(record, History.class);
		assertThat(attribute).isNotNull();
		assertThat(attribute.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_MANDATORY);
		assertThatIllegalStateException().isThrownBy(() -> this.statements.run("RETURN 1", Map.of()));
	}

	private void assertWrite(Object bean, String name) {
		Class<?> type = AopUtils.getTargetClass(bean);
		Method method = Arrays.stream(type.getDeclaredMethods())
			.filter((m) -> m.getName().equals(name))
			.findFirst()
			.orElseThrow();
		TransactionAttribute attribute = this.attributes.getTransactionAttribute(method, type);
		assertThat(attribute).as(type.getSimpleName() + "." + name).isNotNull();
		assertThat(attribute.getTimeout()).as(type.getSimpleName() + "." + name + " timeout").isEqualTo(30);
		assertThat(attribute.isReadOnly()).isFalse();
		List<Advisor> advisors = List.of(((Advised) bean).getAdvisors());
		int retry = indexOf(advisors, "Retry");
		int transaction = advisors.stream()
			.map(Advisor::getAdvice)
			.toList()
			.indexOf(advisors.stream()
				.map(Advisor::getAdvice)
				.filter(TransactionInterceptor.class::isInstance)
				.findFirst()
				.orElseThrow());
		assertThat(retry).as("the retry advisor of " + type.getSimpleName()).isNotNegative().isLessThan(transaction);
	}

	private static int indexOf(List<Advisor> advisors, String adviceName) {
		for (int i = 0; i < advisors.size(); i++) {
			if (advisors.get(i).getAdvice().getClass().getName().contains(adviceName)) {
				return i;
			}
		}
		return -1;
	}

}
