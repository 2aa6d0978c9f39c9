package org.chanjiao.transfer.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The one seeded {@link Random} of a generator run and every draw made from it: whole
 * numbers, years, picks from arrays and lists, and ranks from Zipf weights. All of a
 * run's randomness goes through here in the order its callers ask, so the same seed gives
 * the same draws.
 */
final class SeededDraws {

	private final Random random;

	SeededDraws(long seed) {
		this.random = new Random(seed);
	}

	/** A whole number from 0 (inclusive) to {@code bound} (exclusive). */
	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	/** A number from 0 (inclusive) to 1 (exclusive). */
	double nextDouble() {
		return this.random.nextDouble();
	}

	/** A year from {@code earliest} to {@link NetworkGenerator#LAST_YEAR}. */
	int year(int earliest) {
		return earliest + this.random.nextInt(Math.max(1, NetworkGenerator.LAST_YEAR - earliest + 1));
	}

	/** One of the items from index {@code from} on. */
	String pick(String[] items, int from) {
		return items[from + this.random.nextInt(items.length - from)];
	}

	@SafeVarargs
	final <T> T pickOf(T... items) {
		return items[this.random.nextInt(items.length)];
	}

	<T> T pickOf(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** Cumulative Zipf weights {@code 1/rank^exponent} for ranks 1..n. */
	static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		return cumulative;
	}

	/** An index drawn with the weights of {@link #zipf} (or any cumulative weights). */
	int draw(double[] cumulative) {
		double target = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, target);
		return Math.min(cumulative.length - 1, (index >= 0) ? index : -index - 1);
	}

}
