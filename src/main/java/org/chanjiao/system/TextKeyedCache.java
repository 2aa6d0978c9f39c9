package org.chanjiao.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The caches keyed by request text (parsed documents, their shapes, requests found within
 * the cost limits): bounded by the characters of their keys, since a key can be as long
 * as a request body, least recently used out.
 */
final class TextKeyedCache {

	private TextKeyedCache() {
	}

	static <V> Cache<String, V> bounded(int maxChars) {
		return Caffeine.newBuilder().maximumWeight(maxChars).weigher((String key, V value) -> key.length()).build();
	}

}
