package org.chanjiao.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON {@code POST /graphql} body that is not a GraphQL request with 400 and a
 * GraphQL error naming what is wrong, before Spring for GraphQL reads it: a body that is
 * not JSON, a JSON value other than an object ({@code null}, a list, a number, a string,
 * a boolean), a {@code query} that is missing or not a string, an {@code operationName}
 * that is not a string, {@code variables} or {@code extensions} that are not objects (the
 * GraphQL-over-HTTP specification's request parameters). Without this, Spring answers
 * {@code null} with 500 and coerces a number or boolean {@code query} to text. The body
 * is read once, up to {@code chanjiao.limits.max-body-bytes} ({@link BodySizeFilter} runs
 * first), and handed on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Limits limits;

	RequestBodyFilter(Limits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals("/graphql")
				|| !isJson(request.getContentType());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (BodySizeFilter.BodyTooLargeException ex) {
			refuse(request, response, 413, "The request body is larger than the limit "
					+ "chanjiao.limits.max-body-bytes = " + this.limits.maxBodyBytes() + " bytes");
			return;
		}
		String problem = problem(body);
		if (problem != null) {
			refuse(request, response, 400, problem);
			return;
		}
		chain.doFilter(new ReadAgain(request, body), response);
	}

	/**
	 * What makes a body no GraphQL request, or null when it is one.
	 */
	static String problem(byte[] body) {
		JsonNode request;
		try {
			request = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "The request body is not valid JSON; send a JSON object such as {\"query\": \"{ documents { id } }\"}";
		}
		if (request == null || request.isMissingNode()) {
			return "The request body is empty; send a JSON object such as {\"query\": \"{ documents { id } }\"}";
		}
		if (!request.isObject()) {
			return "The request body must be a JSON object with a query, not " + describe(request);
		}
		JsonNode query = request.get("query");
		if (query == null || query.isNull()) {
			return "The request has no query; send {\"query\": \"…\"}";
		}
		if (!query.isString()) {
			return "query must be a string, not " + describe(query);
		}
		JsonNode operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "operationName must be a string or null, not " + describe(operationName);
		}
		for (String map : List.of("variables", "extensions")) {
			JsonNode value = request.get(map);
			if (value != null && !value.isNull() && !value.isObject()) {
				return map + " must be a JSON object or null, not " + describe(value);
			}
		}
		return null;
	}

	private static String describe(JsonNode value) {
		if (value.isNull()) {
			return "null";
		}
		if (value.isArray()) {
			return "a list";
		}
		if (value.isNumber()) {
			return "a number";
		}
		if (value.isBoolean()) {
			return "a boolean";
		}
		if (value.isString()) {
			return "a string";
		}
		return "an object";
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * A GraphQL error body, as {@code application/graphql-response+json} unless the
	 * client accepts only {@code application/json}.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean legacy = accept != null && accept.contains("application/json")
				&& !accept.contains("application/graphql-response+json");
		response.setStatus(status);
		response.setContentType(legacy ? "application/json" : GraphQlGetController.GRAPHQL_RESPONSE.toString());
		response.getOutputStream()
			.write(JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message, "extensions",
					Map.of("classification", (status == 413) ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST"))))));
	}

	/** The request with its body, already read, to be read again. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
