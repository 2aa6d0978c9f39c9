package org.chanjiao.system;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET, for queries only (the GraphQL-over-HTTP specification): public
 * reads become cacheable. {@code GET /graphql?query=…&variables=…&operationName=…} runs
 * through the same interceptors, limits and instrumentation as POST. A mutation answers
 * 405 with {@code Allow: POST}. Answers carry an ETag of their body (a matching
 * {@code If-None-Match} gets 304) and, when they hold no errors and the request no
 * credentials, {@code Cache-Control: public, max-age=60}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphQlGetController {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Ahead of Boot's GraphQL route (order 0), which answers only POST on the same path.
	 */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler) {
		return RouterFunctions.route().GET("/graphql", RequestPredicates.param("query", (q) -> true), (request) -> {
			ResponseEntity<byte[]> answer = get(handler, request.param("query").orElseThrow(),
					request.param("variables").orElse(null), request.param("operationName").orElse(null),
					request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), request.servletRequest());
			ServerResponse.BodyBuilder builder = ServerResponse.status(answer.getStatusCode())
				.headers((h) -> h.addAll(answer.getHeaders()));
			return (answer.getBody() != null) ? builder.body(answer.getBody()) : builder.build();
		}).build();
	}

	static ResponseEntity<byte[]> get(WebGraphQlHandler handler, String query, String variables, String operationName,
			String ifNoneMatch, HttpServletRequest servletRequest) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		if (operationName != null && !operationName.isBlank()) {
			body.put("operationName", operationName);
		}
		if (variables != null && !variables.isBlank()) {
			try {
				Object parsed = JSON.readValue(variables, Object.class);
				if (!(parsed instanceof Map<?, ?>)) {
					return error(HttpStatus.BAD_REQUEST, "variables must be a JSON object");
				}
				body.put("variables", parsed);
			}
			catch (JacksonException ex) {
				return error(HttpStatus.BAD_REQUEST, "variables is not valid JSON");
			}
		}
		if (isMutation(query, operationName)) {
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(GRAPHQL_RESPONSE)
				.body(errorBody("Mutations are sent with POST, never GET"));
		}
		HttpHeaders headers = new HttpHeaders();
		servletRequest.getHeaderNames()
			.asIterator()
			.forEachRemaining(
					(name) -> headers.addAll(name, java.util.Collections.list(servletRequest.getHeaders(name))));
		URI uri = URI.create(servletRequest.getRequestURL().toString());
		WebGraphQlRequest request = new WebGraphQlRequest(uri, headers, new LinkedMultiValueMap<>(),
				new InetSocketAddress(servletRequest.getRemoteAddr(), servletRequest.getRemotePort()), Map.of(), body,
				UUID.randomUUID().toString(), Locale.getDefault());
		WebGraphQlResponse response = handler.handleRequest(request).block();
		byte[] json = JSON.writeValueAsBytes(response.toMap());
		String etag = "\"" + sha256(json) + "\"";
		boolean cacheable = response.getErrors().isEmpty() && headers.getFirst(HttpHeaders.AUTHORIZATION) == null;
		CacheControl cache = cacheable ? CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic()
				: CacheControl.noStore();
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(GRAPHQL_RESPONSE).body(json);
	}

	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			return operations.stream()
				.filter((o) -> operationName == null || operationName.isBlank() || operationName.equals(o.getName()))
				.anyMatch((o) -> o.getOperation() != OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			// Not a document: the engine answers the syntax error.
			return false;
		}
	}

	private static ResponseEntity<byte[]> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(GRAPHQL_RESPONSE).body(errorBody(message));
	}

	static byte[] errorBody(String message) {
		return JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message))));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
