package org.chanjiao.network.analysis;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.chanjiao.system.TimedOutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs the in-memory part of an analysis on a small pool of its own, so that a request
 * waits at most {@code chanjiao.analysis.timeout} and then answers TIMEOUT instead of
 * hanging. JGraphT's algorithms cannot be interrupted, so a computation that overran
 * finishes in the background (its result is dropped); the pool's size bounds how many
 * can.
 */
@Component
class AnalysisRunner implements DisposableBean {

	/** The stack of an analysis thread, in bytes. */
	static final long STACK_SIZE = 512L * 1024 * 1024;

	private final ExecutorService executor;

	private final Duration timeout;

	@Autowired
	AnalysisRunner(AnalysisProperties properties) {
		this(properties.threads(), properties.timeout());
	}

	AnalysisRunner(int threads, Duration timeout) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			// JGraphT's BiconnectivityInspector searches depth-first by recursion: on the
			// national network (70,000 organisations) it overflows a default stack.
			Thread thread = new Thread(null, runnable, "analysis-" + count.incrementAndGet(), STACK_SIZE);
			thread.setDaemon(true);
			return thread;
		};
		this.executor = Executors.newFixedThreadPool(threads, factory);
		this.timeout = timeout;
	}

	/** Runs the work, or throws {@link TimedOutException} when it overruns. */
	<T> T run(String what, Callable<T> work) {
		Future<T> future = this.executor.submit(work);
		try {
			return future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new TimedOutException(what, this.timeout, AnalysisProperties.TIMEOUT);
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
