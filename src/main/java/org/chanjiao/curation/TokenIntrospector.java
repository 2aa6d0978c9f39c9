package org.chanjiao.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Resolves a bearer token to its curator by comparing SHA-256 hashes with the configured
 * ones, in constant time. A deployment with an identity provider uses JWTs instead (see
 * README, "Curating").
 */
class TokenIntrospector implements OpaqueTokenIntrospector {

	private final Map<String, SecurityProperties.Token> byHash = new HashMap<>();

	TokenIntrospector(SecurityProperties properties) {
		for (SecurityProperties.Token token : properties.tokens()) {
			if (token.sha256() == null || !token.sha256().matches("[0-9a-fA-F]{64}")) {
				throw new IllegalStateException("chanjiao.security.tokens: the token of '" + token.name()
						+ "' needs sha256 = 64 hex digits (printf %s TOKEN | sha256sum)");
			}
			this.byHash.put(token.sha256().toLowerCase(Locale.ROOT), token);
		}
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		byte[] hash = sha256(token);
		for (Map.Entry<String, SecurityProperties.Token> entry : this.byHash.entrySet()) {
			if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(entry.getKey()))) {
				SecurityProperties.Token known = entry.getValue();
				return new DefaultOAuth2AuthenticatedPrincipal(known.name(), Map.of("sub", known.name()),
						authorities(known.roles()));
			}
		}
		throw new BadOpaqueTokenException("Unknown token");
	}

	static List<GrantedAuthority> authorities(List<String> roles) {
		Set<String> granted = new LinkedHashSet<>();
		for (String role : (roles != null) ? roles : List.<String>of()) {
			String name = role.strip().toUpperCase(Locale.ROOT);
			granted.add(name);
			if (name.equals("ADMIN")) {
				granted.add("EDITOR");
			}
		}
		return granted.stream().map((r) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
