package org.chanjiao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the application sends through the driver: wraps the
 * {@link Driver} bean so that every {@code run} on a session or in a transaction function
 * is counted on its way to the database.
 */
public final class StatementCounter {

	private final AtomicLong statements = new AtomicLong();

	public long count() {
		return this.statements.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDriver(StatementCounter counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Driver driver) ? counter.wrap(driver, Driver.class) : bean;
				}
			};
		}

	}

	@SuppressWarnings("unchecked")
	<T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@SuppressWarnings("unchecked")
	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			this.statements.incrementAndGet();
		}
		if (args != null && args.length > 0 && args[0] instanceof TransactionCallback<?> callback) {
			TransactionCallback<Object> original = (TransactionCallback<Object>) callback;
			args[0] = (TransactionCallback<Object>) (tx) -> original.execute(wrap(tx, TransactionContext.class));
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (result instanceof Session session && method.getReturnType().isInterface()) {
			return wrap(session, Session.class);
		}
		return result;
	}

}
