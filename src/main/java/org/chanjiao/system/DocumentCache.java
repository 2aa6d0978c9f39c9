package org.chanjiao.system;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents by query text, so that a query sent again (clients send
 * the same text with other variables) skips parsing and validation. Only documents that
 * parsed and validated are kept: an error answer is produced afresh every time, in the
 * request's locale. The limits of {@link RequestLimits} are checked per request, cached
 * document or not: depth and complexity are instrumentations of execution, and the field
 * and alias counts are read from the document by an interceptor.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	@Bean
	CachingDocumentProvider cachingDocumentProvider(Limits limits) {
		return new CachingDocumentProvider(limits.documentCacheChars());
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(CachingDocumentProvider provider) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

	/**
	 * Bounded by the total length of the query texts it holds, least recently used out.
	 */
	static final class CachingDocumentProvider implements PreparsedDocumentProvider {

		private final Cache<String, PreparsedDocumentEntry> entries;

		CachingDocumentProvider(int maxChars) {
			this.entries = TextKeyedCache.bounded(maxChars);
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String query = input.getQuery();
			PreparsedDocumentEntry entry = this.entries.getIfPresent(query);
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				if (!entry.hasErrors()) {
					this.entries.put(query, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

		/** Whether the document of this query text is held. */
		boolean holds(String query) {
			return this.entries.getIfPresent(query) != null;
		}

	}

}
