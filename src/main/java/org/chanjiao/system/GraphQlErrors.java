package org.chanjiao.system;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.TransactionException;
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

	static final String UNAVAILABLE_MESSAGE = "The database is unavailable; try again shortly";

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError badArgument(BadArgumentException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("argument", ex.getArgument()));
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		List<Map<String, String>> violations = ex.getViolations()
			.stream()
			.map((v) -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
			.toList();
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("violations", violations));
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment env) {
		return error(env, Classification.CONFLICT, ex.getMessage(), Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.UNAUTHORIZED, "This needs a bearer token (Authorization: Bearer …)", Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
			return error(env, ErrorType.UNAUTHORIZED, "This needs a bearer token (Authorization: Bearer …)", Map.of());
		}
		return error(env, ErrorType.FORBIDDEN, "The token of '" + who.getName() + "' lacks the role this needs",
				Map.of());
	}

	/** Classifications beyond Spring's {@link ErrorType}. */
	enum Classification implements ErrorClassification {

		/** The write conflicts with the current state; reload and try again. */
		CONFLICT,

		/** The work took longer than allowed and was stopped. */
		TIMEOUT,

		/** The database cannot be reached now; the request can be repeated later. */
		UNAVAILABLE

	}

	@GraphQlExceptionHandler
	GraphQLError unavailable(ServiceUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return error(env, Classification.UNAVAILABLE, UNAVAILABLE_MESSAGE, Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError sessionExpired(SessionExpiredException ex, DataFetchingEnvironment env) {
		log.warn("Database session expired: {}", ex.getMessage());
		return error(env, Classification.UNAVAILABLE, UNAVAILABLE_MESSAGE, Map.of());
	}

	/**
	 * A transaction stopped by its timeout arrives as a client error
	 * ({@code …TransactionTimedOut…}) or as a transient one ({@code …Terminated}).
	 */
	@GraphQlExceptionHandler
	GraphQLError databaseRefused(Neo4jException ex, DataFetchingEnvironment env) {
		String code = (ex.code() != null) ? ex.code() : "";
		if (code.contains("TimedOut") || code.contains("Terminated")) {
			log.warn("Transaction timed out ({}) in {}", code, env.getExecutionStepInfo().getPath());
			return error(env, Classification.TIMEOUT,
					"The query took longer than the time allowed (chanjiao.store.read-timeout) and was stopped",
					Map.of());
		}
		if (ex instanceof TransientException) {
			log.warn("Transient database failure {}: {}", code, ex.getMessage());
			return error(env, Classification.UNAVAILABLE, "The database could not answer now; try again", Map.of());
		}
		log.error("Database refused a statement in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged", Map.of());
	}

	/**
	 * A write in a Spring-managed transaction fails as the driver's exception wrapped by
	 * Spring: {@code Neo4jClient} translates it into a {@link DataAccessException}, the
	 * transaction manager wraps a failure to begin or commit in a
	 * {@link TransactionException}. Answered as the driver's exception would be.
	 */
	@GraphQlExceptionHandler
	GraphQLError dataAccess(DataAccessException ex, DataFetchingEnvironment env) {
		return asDriverFailure(ex, env);
	}

	@GraphQlExceptionHandler
	GraphQLError transaction(TransactionException ex, DataFetchingEnvironment env) {
		return asDriverFailure(ex, env);
	}

	private GraphQLError asDriverFailure(RuntimeException ex, DataFetchingEnvironment env) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException unavailable) {
				return unavailable(unavailable, env);
			}
			if (cause instanceof SessionExpiredException expired) {
				return sessionExpired(expired, env);
			}
			if (cause instanceof Neo4jException refused) {
				return databaseRefused(refused, env);
			}
		}
		return unexpected(ex, env);
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(TimedOutException ex, DataFetchingEnvironment env) {
		log.warn("Timed out: {}", ex.getMessage());
		return error(env, Classification.TIMEOUT, ex.getMessage(), Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Exception ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged", Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
			Map<String, Object> extensions) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
		if (!extensions.isEmpty()) {
			builder.extensions(Map.copyOf(extensions));
		}
		return builder.build();
	}

}
