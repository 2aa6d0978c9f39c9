package org.chanjiao.system;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client: {@code perMinute} mutations a minute, refilled continuously,
 * with bursts up to the same number. Hand-written because it is a dozen lines and no
 * dependency we have offers one for servlet apps without a cache provider.
 */
class MutationRateLimiter {

	private final int perMinute;

	private final Clock clock;

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	MutationRateLimiter(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Takes one token for the client; false when it has none left. */
	boolean tryAcquire(String client) {
		Bucket bucket = this.buckets.computeIfAbsent(client, (c) -> new Bucket(this.perMinute, this.clock.millis()));
		synchronized (bucket) {
			long now = this.clock.millis();
			bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMinute / 60_000.0);
			bucket.at = now;
			if (bucket.tokens < 1) {
				return false;
			}
			bucket.tokens -= 1;
			return true;
		}
	}

	int perMinute() {
		return this.perMinute;
	}

	private static final class Bucket {

		double tokens;

		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
