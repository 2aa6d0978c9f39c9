package org.chanjiao.curation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API tokens of curators, from configuration or the environment
 * ({@code CHANJIAO_SECURITY_TOKENS_0_NAME}, {@code …_SHA256}, {@code …_ROLES}). Only the
 * SHA-256 of each token is configured, never the token itself.
 *
 * @param tokens the known tokens
 */
@ConfigurationProperties("chanjiao.security")
public record SecurityProperties(List<Token> tokens) {

	public SecurityProperties {
		tokens = (tokens != null) ? List.copyOf(tokens) : List.of();
	}

	/**
	 * @param name who holds the token; recorded in the history of every write
	 * @param sha256 the hex SHA-256 of the token ({@code printf %s TOKEN | sha256sum})
	 * @param roles EDITOR and/or ADMIN (ADMIN implies EDITOR)
	 */
	public record Token(String name, String sha256, List<String> roles) {
	}

}
