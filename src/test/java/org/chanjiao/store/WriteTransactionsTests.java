package org.chanjiao.store;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.history.History;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
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

	/**
	 * {@link WriteTransaction} on a method of our own, advised as the curators' services
	 * are: a transient failure of the first attempt is retried in a transaction of its
	 * own (a retry inside the transaction would see the same one twice).
	 */
	@Test
	void shouldRetryATransientFailureInANewTransaction() {
		FailingOnce target = new FailingOnce(
				new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, on purpose"));
		assertThat(advisedAsTheCuratorsServices(target).write()).isEqualTo(2);
		assertThat(target.transactions).hasSize(2).allMatch(TransactionStatus::isNewTransaction);
		assertThat(target.transactions.get(1)).isNotSameAs(target.transactions.get(0));
	}

	@Test
	void shouldNotRetryAFailureThatIsNotTransient() {
		FailingOnce target = new FailingOnce(new IllegalStateException("not transient"));
		assertThatIllegalStateException().isThrownBy(() -> advisedAsTheCuratorsServices(target).write());
		assertThat(target.transactions).hasSize(1);
	}

	private FailingOnce advisedAsTheCuratorsServices(FailingOnce target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		for (Advisor advisor : ((Advised) this.context.getBean("organizationCuration")).getAdvisors()) {
			factory.addAdvisor(advisor);
		}
		return (FailingOnce) factory.getProxy();
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
		Retryable retryable = AnnotatedElementUtils.findMergedAnnotation(method, Retryable.class);
		assertThat(retryable).as(type.getSimpleName() + "." + name + " retried").isNotNull();
		assertThat(retryable.predicate()).isEqualTo(WriteTransactions.Transient.class);
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

	/**
	 * Fails the first time it is called, and records the transaction of every call.
	 */
	static class FailingOnce {

		final List<TransactionStatus> transactions = new ArrayList<>();

		private final RuntimeException failure;

		FailingOnce(RuntimeException failure) {
			this.failure = failure;
		}

		@WriteTransaction
		public int write() {
			this.transactions.add(TransactionAspectSupport.currentTransactionStatus());
			if (this.transactions.size() == 1) {
				throw this.failure;
			}
			return this.transactions.size();
		}

	}

}
