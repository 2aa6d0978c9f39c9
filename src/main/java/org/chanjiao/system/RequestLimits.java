package org.chanjiao.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
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

	/**
	 * Delegates the operation-level hooks to graphql-java's depth and complexity checks.
	 */
	static final class RequestCost extends SimplePerformantInstrumentation {

		private final MaxQueryDepthInstrumentation depth;

		private final MaxQueryComplexityInstrumentation complexity;

		private final Shapes shapes;

		/**
		 * The requests found within both limits, by what their cost depends on: the
		 * document, the operation, and the values of the variables its {@code first}
		 * arguments and {@code @skip}/{@code @include} conditions take (an organisation's
		 * id changes nothing). A request like one that passed is not measured again; one
		 * over a limit is never kept. Bounded by the characters of its keys, as the
		 * documents are.
		 */
		private final Cache<String, Boolean> passed;

		RequestCost(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity, Shapes shapes,
				int maxChars) {
			this.depth = depth;
			this.complexity = complexity;
			this.shapes = shapes;
			this.passed = TextKeyedCache.bounded(maxChars);
		}

		@Override
		public CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			return this.complexity.createStateAsync(parameters);
		}

		@Override
		public InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			return this.complexity.beginValidation(parameters, state);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			String key = costKey(context);
			if (this.passed.getIfPresent(key) != null) {
				return SimpleInstrumentationContext.noOp();
			}
			this.depth.beginExecuteOperation(parameters, null);
			InstrumentationContext<ExecutionResult> measured = this.complexity.beginExecuteOperation(parameters, state);
			// Both checks throw when a limit is exceeded: here the request is within
			// them.
			this.passed.put(key, Boolean.TRUE);
			return measured;
		}

		private String costKey(ExecutionContext context) {
			String text = context.getExecutionInput().getQuery();
			List<String> names = this.shapes.of(text, context.getDocument()).costVariables();
			StringBuilder key = new StringBuilder(text).append('\u0000')
				.append(context.getOperationDefinition().getName());
			Map<String, Object> variables = context.getExecutionInput().getRawVariables().toMap();
			for (String name : names) {
				key.append('\u0000').append(name).append('=').append(variables.get(name));
			}
			return key.toString();
		}

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

	/** The shapes of the documents seen, by text, bounded by their characters. */
	static final class Shapes {

		private final Cache<String, Shape> cache;

		Shapes(int maxChars) {
			this.cache = TextKeyedCache.bounded(maxChars);
		}

		/**
		 * @throws InvalidSyntaxException when the text does not parse (nothing kept)
		 */
		Shape of(String text) {
			return this.cache.get(text, (t) -> Shape.of(Parser.parse(t)));
		}

		/** The shape of a document already parsed. */
		Shape of(String text, Document document) {
			return this.cache.get(text, (t) -> Shape.of(document));
		}

	}

	/**
	 * What the limits read from a document: its fields, its aliases, which of its
	 * operations are mutations, and the variables its cost depends on (those its
	 * {@code first} arguments and {@code @skip}/{@code @include} conditions take).
	 */
	record Shape(int fields, int aliases, Map<String, Boolean> mutationByOperation, List<String> costVariables) {

		static Shape of(Document document) {
			AtomicInteger fields = new AtomicInteger();
			AtomicInteger aliases = new AtomicInteger();
			List<String> costVariables = new ArrayList<>();
			new NodeTraverser().preOrder(new NodeVisitorStub() {
				@Override
				public TraversalControl visitField(Field node, TraverserContext<Node> context) {
					fields.incrementAndGet();
					if (node.getAlias() != null) {
						aliases.incrementAndGet();
					}
					return TraversalControl.CONTINUE;
				}

				@Override
				public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
					boolean costly = node.getName().equals("first")
							|| (node.getName().equals("if") && context.getParentNode() instanceof Directive directive
									&& (directive.getName().equals("skip") || directive.getName().equals("include")));
					if (costly && node.getValue() instanceof VariableReference variable) {
						costVariables.add(variable.getName());
					}
					return TraversalControl.CONTINUE;
				}
			}, document);
			// An anonymous operation is keyed by the empty string.
			Map<String, Boolean> mutations = new HashMap<>();
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				String name = (operation.getName() != null) ? operation.getName() : "";
				mutations.merge(name, operation.getOperation() == OperationDefinition.Operation.MUTATION,
						Boolean::logicalOr);
			}
			return new Shape(fields.get(), aliases.get(), Map.copyOf(mutations), List.copyOf(costVariables));
		}

		boolean isMutation(String operationName) {
			if (operationName == null) {
				return this.mutationByOperation.containsValue(true);
			}
			return this.mutationByOperation.getOrDefault(operationName, false);
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
