package org.chanjiao.system;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No observation of every request or every field runs: their timers feed no endpoint here
 * (only health and info are exposed), and they cost 3–6 % of a request's time (HTTP) and
 * up to 40 % of a large answer's (GraphQL fields, docs/BENCHMARKS.md). Both are switched
 * off in {@code application.properties}; this fails when either comes back.
 */
@IntegrationTest
class NoRequestObservationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void shouldNotObserveEveryHttpRequest() {
		assertThat(this.context.getBeansOfType(ServerHttpObservationFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof ServerHttpObservationFilter);
	}

	@Test
	void shouldNotObserveEveryGraphQlField() {
		assertThat(this.context.getBeansOfType(GraphQlObservationInstrumentation.class)).isEmpty();
	}

}
