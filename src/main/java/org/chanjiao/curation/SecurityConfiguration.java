package org.chanjiao.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; writes need a bearer token. Which role each write needs is declared
 * on the mutation itself ({@code @PreAuthorize}), so a denied write fails before it
 * touches the database and is answered as a GraphQL error (UNAUTHORIZED without a token,
 * FORBIDDEN with the wrong role). Tokens are the configured ones
 * ({@link TokenIntrospector}) unless
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names an identity
 * provider, whose JWTs then carry the roles in a {@code roles} claim.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().permitAll())
			// A token API without cookies: no session, no CSRF token to send.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (issuer.isBlank()) {
			http.oauth2ResourceServer(
					(server) -> server.opaqueToken((opaque) -> opaque.introspector(new TokenIntrospector(properties))));
		}
		else {
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::roles);
			http.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)));
		}
		return http.build();
	}

	/**
	 * No observations of the filter chain, authentication and authorisation: they wrap
	 * each of the dozen filters of every request and feed meters and traces nothing here
	 * exposes (about 5 % of a request's CPU, docs/BENCHMARKS.md). Remove this bean, with
	 * a metrics endpoint or a tracer, to have them.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	private static Collection<GrantedAuthority> roles(Jwt jwt) {
		List<String> roles = new ArrayList<>();
		Object claim = jwt.getClaims().get("roles");
		if (claim instanceof Collection<?> values) {
			values.forEach((v) -> roles.add(String.valueOf(v)));
		}
		return new ArrayList<>(TokenIntrospector.authorities(roles));
	}

}
