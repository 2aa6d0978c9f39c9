package org.chanjiao.curation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Configured tokens: found by the SHA-256 of the token (given in either case), their
 * holder and roles (ADMIN implies EDITOR, names in any case and padding), anything else
 * refused; a configuration without a proper hash refused at start.
 */
class TokenIntrospectorTests {

	// printf %s editor-token-for-tests | sha256sum
	static final String EDITOR_HASH = "7c2b94cac595e4fa79e17c4e1a0663d3db519b23cb3cc784f37fb97464e55ba9";

	// printf %s admin-token-for-tests | sha256sum
	static final String ADMIN_HASH = "b98c9b93bcac5ddbf030a130b46430d0cac4e591c55b0c65072eebb9c4739985";

	final TokenIntrospector introspector = new TokenIntrospector(new SecurityProperties(
			List.of(new SecurityProperties.Token("editor-li", EDITOR_HASH.toUpperCase(), List.of(" editor ")),
					new SecurityProperties.Token("admin-wang", ADMIN_HASH, List.of("Admin")))));

	@Test
	void shouldFindTheHolderAndRolesOfAKnownToken() {
		OAuth2AuthenticatedPrincipal editor = this.introspector.introspect("editor-token-for-tests");
		assertThat(editor.getName()).isEqualTo("editor-li");
		assertThat((String) editor.getAttribute("sub")).isEqualTo("editor-li");
		assertThat(editor.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EDITOR");
		OAuth2AuthenticatedPrincipal admin = this.introspector.introspect("admin-token-for-tests");
		assertThat(admin.getName()).isEqualTo("admin-wang");
		assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_ADMIN", "ROLE_EDITOR");
	}

	@Test
	void shouldRefuseAnUnknownToken() {
		for (String token : List.of("", "editor-token-for-tests ", "EDITOR-TOKEN-FOR-TESTS", EDITOR_HASH)) {
			assertThatExceptionOfType(BadOpaqueTokenException.class).as(token)
				.isThrownBy(() -> this.introspector.introspect(token));
		}
	}

	@Test
	void shouldGrantNothingForNoOrUnknownRoles() {
		assertThat(TokenIntrospector.authorities(null)).isEmpty();
		assertThat(TokenIntrospector.authorities(List.of("curator"))).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CURATOR");
		assertThat(TokenIntrospector.authorities(List.of("admin", "EDITOR"))).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_ADMIN", "ROLE_EDITOR");
	}

	@Test
	void shouldRefuseAConfiguredTokenWithoutAHash() {
		for (String hash : new String[] { null, "abc", EDITOR_HASH.substring(1) + "g" }) {
			assertThatIllegalStateException().as(hash)
				.isThrownBy(() -> new TokenIntrospector(new SecurityProperties(
						List.of(new SecurityProperties.Token("broken", hash, List.of("EDITOR"))))))
				.withMessageContaining("'broken' needs sha256 = 64 hex digits");
		}
	}

}
