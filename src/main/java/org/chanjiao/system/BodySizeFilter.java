package org.chanjiao.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request body over {@code chanjiao.limits.max-body-bytes} with 413
 * before it is read; a body without a declared length is cut off at the same size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeFilter extends OncePerRequestFilter {

	private final Limits limits;

	BodySizeFilter(Limits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.limits.maxBodyBytes()) {
			response.setStatus(413);
			response.setContentType("application/json");
			response.getOutputStream()
				.write(GraphQlGetController.errorBody("The request body is larger than the limit "
						+ "chanjiao.limits.max-body-bytes = " + this.limits.maxBodyBytes() + " bytes"));
			return;
		}
		chain.doFilter((length >= 0) ? request : new LimitedRequest(request, this.limits.maxBodyBytes()), response);
	}

	/** Thrown on reading a body of undeclared length past the limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body over chanjiao.limits.max-body-bytes");
		}

	}

	/** A body of unknown length, cut off with an error past the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final int max;

		LimitedRequest(HttpServletRequest request, int max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			int max = this.max;
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > max) {
						throw new BodyTooLargeException();
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (this.read += n) > max) {
						throw new BodyTooLargeException();
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
