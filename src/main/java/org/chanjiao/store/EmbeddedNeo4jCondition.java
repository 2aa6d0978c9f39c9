package org.chanjiao.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded Neo4j starts when {@code chanjiao.embedded.enabled} is true, or when that
 * property is unset and no {@code spring.neo4j.uri} points at an external server.
 */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		Boolean enabled = env.getProperty("chanjiao.embedded.enabled", Boolean.class);
		if (enabled != null) {
			return enabled;
		}
		String uri = env.getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}

}
