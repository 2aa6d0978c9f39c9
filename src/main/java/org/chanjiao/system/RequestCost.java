package org.chanjiao.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Delegates the operation-level hooks to graphql-java's depth and complexity checks.
 */
final class RequestCost extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	private final Shapes shapes;

	/**
	 * The requests found within both limits, by what their cost depends on: the document,
	 * the operation, and the values of the variables its {@code first} arguments and
	 * {@code @skip}/{@code @include} conditions take (an organisation's id changes
	 * nothing). A request like one that passed is not measured again; one over a limit is
	 * never kept. Bounded by the characters of its keys, as the documents are.
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
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return this.complexity.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
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
		StringBuilder key = new StringBuilder(text).append('\u0000').append(context.getOperationDefinition().getName());
		Map<String, Object> variables = context.getExecutionInput().getRawVariables().toMap();
		for (String name : names) {
			key.append('\u0000').append(name).append('=').append(variables.get(name));
		}
		return key.toString();
	}

}
