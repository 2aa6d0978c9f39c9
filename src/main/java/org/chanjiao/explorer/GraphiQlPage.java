package org.chanjiao.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * GraphiQL at {@code /graphiql}, with every script, stylesheet, font and worker it loads
 * served by this application from {@code static/graphiql/}: the page works with no
 * internet, where Spring for GraphQL's own GraphiQL page (switched off with
 * {@code spring.graphql.graphiql.enabled=false}) loads React and GraphiQL from a CDN. The
 * assets are built from npm packages by {@code src/main/graphiql/build.mjs} and
 * committed. The page, its assets and its workers carry a Content-Security-Policy that
 * allows nothing but this origin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphiQlPage implements WebMvcConfigurer {

	/**
	 * Only this origin, for every kind of request the page makes. Styles also allow
	 * {@code 'unsafe-inline'}: Monaco, GraphiQL's editor, adds {@code <style>} elements
	 * at run time (its themes, its decorations) and has no way to give them a nonce.
	 * Fonts and images the stylesheets inlined as data: URLs are written out as files by
	 * the build, so fonts need no {@code data:}; images do, for one thing the build
	 * cannot reach: Monaco draws its squiggles (the red underline of an unknown field) as
	 * data: SVG backgrounds in rules it adds at run time. A data: image loads nothing
	 * from elsewhere. Monaco's workers are files, so {@code worker-src} needs no
	 * {@code blob:}.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "font-src 'self'", "img-src 'self' data:", "connect-src 'self'",
			"worker-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");

	private static final Resource PAGE = new ClassPathResource("static/graphiql.html");

	/**
	 * Ahead of Boot's GraphQL routes, so that this page answers {@code /graphiql} even if
	 * {@code spring.graphql.graphiql.enabled} is switched on again.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlRoute() {
		HandlerFunction<ServerResponse> page = (request) -> ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(PAGE);
		return RouterFunctions.route().GET("/graphiql", page).HEAD("/graphiql", page).build();
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphiQlContentSecurityPolicy() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns("/graphiql", "/graphiql.html", "/graphiql/*");
		registration.setName("graphiQlContentSecurityPolicy");
		return registration;
	}

	/**
	 * The bundle's lazily loaded chunks are named by their content, so browsers may keep
	 * them; everything else is revalidated on every load. Browsers that accept gzip get
	 * the precompressed copies the build wrote beside each file.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/assets/chunks/**")
			.addResourceLocations("classpath:/static/graphiql/assets/chunks/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new PathResourceResolver());
		registry.addResourceHandler("/graphiql/assets/**")
			.addResourceLocations("classpath:/static/graphiql/assets/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new PathResourceResolver());
	}

}
