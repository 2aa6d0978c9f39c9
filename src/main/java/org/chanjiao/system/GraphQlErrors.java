package org.chanjiao.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every exception a data fetcher throws to a GraphQL error a user can act on, in one
 * place. Messages of our own exceptions are written for users; anything else is logged
 * with its stack trace and answered with a generic message, so no class name, stack trace
 * or Cypher text reaches a response.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError badArgument(BadArgumentException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("argument", ex.getArgument()));
	}

	@GraphQlExceptionHandler
	GraphQLError unavailable(ServiceUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, "The database is unavailable; try again shortly",
				Map.of("reason", "UNAVAILABLE"));
	}

	@GraphQlExceptionHandler
	GraphQLError sessionExpired(SessionExpiredException ex, DataFetchingEnvironment env) {
		log.warn("Database session expired: {}", ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, "The database is unavailable; try again shortly",
				Map.of("reason", "UNAVAILABLE"));
	}

	@GraphQlExceptionHandler
	GraphQLError transientFailure(TransientException ex, DataFetchingEnvironment env) {
		boolean timeout = ex.code() != null && ex.code().contains("Terminated");
		log.warn("Transient database failure {}: {}", ex.code(), ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR,
				timeout ? "The query took longer than the time allowed and was stopped"
						: "The database could not answer now; try again",
				Map.of("reason", timeout ? "TIMEOUT" : "TRANSIENT"));
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(TimedOutException ex, DataFetchingEnvironment env) {
		log.warn("Timed out: {}", ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, ex.getMessage(), Map.of("reason", "TIMEOUT"));
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Exception ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged", Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
		if (!extensions.isEmpty()) {
			builder.extensions(Map.copyOf(extensions));
		}
		return builder.build();
	}

}
