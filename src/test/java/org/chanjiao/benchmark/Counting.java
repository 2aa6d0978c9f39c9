package org.chanjiao.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

/**
 * Wraps the application's driver so that every {@code run} on a session or in a
 * transaction function is counted (as {@code org.chanjiao.StatementCounter} does in the
 * tests).
 */
final class Counting {

	private Counting() {
	}

	@SuppressWarnings("unchecked")
	static <T> T wrap(T target, Class<T> type, AtomicLong counter) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args, counter);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@SuppressWarnings("unchecked")
	private static Object invoke(Object target, Method method, Object[] args, AtomicLong counter) throws Throwable {
		if (method.getName().equals("run")) {
			counter.incrementAndGet();
		}
		if (args != null && args.length > 0 && args[0] instanceof TransactionCallback<?> callback) {
			TransactionCallback<Object> original = (TransactionCallback<Object>) callback;
			args[0] = (TransactionCallback<Object>) (tx) -> original
				.execute(wrap(tx, TransactionContext.class, counter));
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (result instanceof Session session && method.getReturnType().isInterface()) {
			return wrap(session, Session.class, counter);
		}
		return result;
	}

}
