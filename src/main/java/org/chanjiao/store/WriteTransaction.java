package org.chanjiao.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service method that writes: it runs in one Spring-managed transaction
 * ({@link WriteTransactions}' manager) with the write timeout,
 * {@code chanjiao.store.write-timeout}, and a transient failure (a deadlock, a lost
 * connection: {@link WriteTransactions.Transient}) runs the whole method again in a new
 * transaction, at most {@link WriteTransactions#RETRIES} times after 1 s, then 2 s, as
 * the driver's {@code executeWrite} did.
 * <p>
 * Both halves are found through this annotation: Spring reads {@code @Transactional} and
 * {@code @Retryable} as merged annotations, meta-annotations included. The retry wraps
 * the transaction because {@code @EnableResilientMethods} puts its advisor before the
 * bean's existing ones, the transaction interceptor among them; WriteTransactionsTests
 * checks that order.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(timeoutString = WriteTransactions.TIMEOUT)
@Retryable(predicate = WriteTransactions.Transient.class, maxRetries = WriteTransactions.RETRIES,
		delay = WriteTransactions.DELAY, multiplier = 2)
public @interface WriteTransaction {

}
