package org.chanjiao.system;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.InvalidSyntaxException;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What one GraphQL request may cost, enforced before any database work: selection depth
 * and complexity (graphql-java's instrumentations, with {@link QueryCost}), the number of
 * fields and aliases, and a per-client rate of mutations. Each refusal names the limit,
 * its property and its value.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	/**
	 * What the checks need from a document, by its text, for both the interceptor and the
	 * instrumentation: a query sent again is not parsed or walked again.
	 */
	@Bean
	Shapes documentShapes(Limits limits) {
		return new Shapes(limits.documentCacheChars());
	}

	/**
	 * Depth and complexity, both checked when the operation starts executing (so also for
	 * a cached document), depth first. One instrumentation rather than two: graphql-java
	 * chains several instrumentations through every hook of every field, which cost a
	 * third of the engine's time on large answers.
	 */
	@Bean
	RequestCost requestCost(Limits limits, Shapes shapes) {
		MaxQueryDepthInstrumentation depth = new MaxQueryDepthInstrumentation(limits.maxQueryDepth(), (info) -> {
			throw new LimitExceeded("The query is " + info.getDepth()
					+ " levels deep; the limit is chanjiao.limits.max-query-depth = " + limits.maxQueryDepth(),
					"max-query-depth");
		});
		MaxQueryComplexityInstrumentation complexity = new MaxQueryComplexityInstrumentation(
				limits.maxQueryComplexity(), new QueryCost(limits.listCost(), limits.maxFirst()), (info) -> {
					throw new LimitExceeded("The query costs " + info.getComplexity()
							+ " (list fields count their first, else " + limits.listCost()
							+ "); the limit is chanjiao.limits.max-query-complexity = " + limits.maxQueryComplexity(),
							"max-query-complexity");
				});
		return new RequestCost(depth, complexity, shapes, limits.documentCacheChars());
	}

	/**
	 * Hands graphql-java the instrumentation itself rather than Spring's
	 * {@code ChainedInstrumentation} of one: a chain creates a context for every hook of
	 * every field even when its one member has nothing to do there (about 7 % of a
	 * request's CPU for an organisation with 50 relations, docs/BENCHMARKS.md). With more
	 * than one instrumentation bean, they are chained as Spring would.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer unchainedInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> {
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			graphQl.instrumentation((all.size() == 1) ? all.get(0) : new ChainedInstrumentation(all));
		});
	}

	@Bean
	WebGraphQlInterceptor documentLimits(Limits limits, Shapes shapes) {
		MutationRateLimiter rate = new MutationRateLimiter(limits.mutationsPerMinute(), Clock.systemUTC());
		return (request, chain) -> {
			Shape shape;
			try {
				// The same parser limits as execution; a document it refuses is left to
				// the normal pipeline, which answers its syntax error.
				shape = shapes.of(request.getDocument());
			}
			catch (InvalidSyntaxException ex) {
				return chain.next(request);
			}
			if (shape.fields() > limits.maxFields()) {
				return refuse(
						request, "The query selects " + shape.fields()
								+ " fields; the limit is chanjiao.limits.max-fields = " + limits.maxFields(),
						"max-fields");
			}
			if (shape.aliases() > limits.maxAliases()) {
				return refuse(
						request, "The query uses " + shape.aliases()
								+ " aliases; the limit is chanjiao.limits.max-aliases = " + limits.maxAliases(),
						"max-aliases");
			}
			if (shape.isMutation(request.getOperationName()) && !rate.tryAcquire(client(request))) {
				return refuse(request, "Too many mutations from this client; the limit is "
						+ "chanjiao.limits.mutations-per-minute = " + rate.perMinute(), "mutations-per-minute");
			}
			return chain.next(request);
		};
	}

	/** A document over a limit, refused before it runs. */
	static final class LimitExceeded extends AbortExecutionException {

		private final String limit;

		LimitExceeded(String message, String limit) {
			super(message);
			this.limit = limit;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("limit", this.limit);
		}

	}

	private static String client(WebGraphQlRequest request) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName())) {
			return "token:" + who.getName();
		}
		String address = request.getRemoteAddress() != null ? request.getRemoteAddress().getAddress().getHostAddress()
				: "unknown";
		return "address:" + address;
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message, String limit) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("limit", limit))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
