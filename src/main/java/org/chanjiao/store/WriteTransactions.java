package org.chanjiao.store;

import java.lang.reflect.Method;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Spring-managed transactions for the write side: a {@link Neo4jTransactionManager} on
 * the application's {@link Driver} (Bolt to the embedded database, or the configured
 * server), on the database {@code chanjiao.store.database} names, the same one
 * {@link GraphStore} uses. Service methods that write carry {@link WriteTransaction},
 * which composes {@code @Transactional(timeoutString = WriteTransactions.TIMEOUT)} and
 * {@code @Retryable(predicate = WriteTransactions.Transient.class, ...)}: the timeout is
 * {@code chanjiao.store.write-timeout}, and a transient failure (a deadlock, a lost
 * connection) runs the whole method again in a new transaction, as the driver's
 * {@code executeWrite} did before (its 1 s, then 2 s back-off).
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class WriteTransactions {

	/**
	 * {@code chanjiao.store.write-timeout} (a duration, default 30 s) in whole seconds,
	 * at least one, for {@code @Transactional(timeoutString = ...)}, which takes seconds.
	 */
	public static final String TIMEOUT = "#{T(java.lang.Math).max(1L, T(org.springframework.boot.convert.DurationStyle)"
			+ ".detectAndParse('${chanjiao.store.write-timeout:30s}').toSeconds())}";

	/** Retries after the first attempt, as the driver's 2 s of retries allowed. */
	public static final long RETRIES = 2;

	/** The first back-off in milliseconds, doubled for the next (the driver's). */
	public static final long DELAY = 1000;

	@Bean
	DatabaseSelectionProvider databaseSelectionProvider(StoreProperties properties) {
		return (properties.database() == null || properties.database().isBlank())
				? DatabaseSelectionProvider.getDefaultSelectionProvider()
				: DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(properties.database());
	}

	/**
	 * The transaction manager, without bookmarks: as before, each write transaction
	 * starts in a session of its own without waiting for the bookmarks of earlier ones
	 * (reads run through {@link GraphStore}, which never passed them either), so SDN's
	 * bookmark bookkeeping would only cost time.
	 */
	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases) {
		return Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(Neo4jBookmarkManager.noop())
			.build();
	}

	/**
	 * The failures the driver's own transaction functions retry: those it marks
	 * {@link RetryableException}, found among the causes (Spring wraps them, e.g. in a
	 * {@code TransactionSystemException} when a commit or a begin fails).
	 */
	public static final class Transient implements MethodRetryPredicate {

		@Override
		public boolean shouldRetry(Method method, Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof RetryableException) {
					return true;
				}
			}
			return false;
		}

	}

}
