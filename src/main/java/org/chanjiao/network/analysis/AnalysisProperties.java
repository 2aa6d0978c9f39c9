package org.chanjiao.network.analysis;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of one network analysis.
 *
 * @param maxRelationships the most relationships a projection may hold; a request whose
 * projection is larger is refused (BAD_REQUEST naming this property)
 * @param timeout the time one analysis may take: the read transaction that loads its
 * projection and, separately, the computation on it
 * @param threads how many analyses compute at once; further requests wait their turn
 * within the timeout
 */
@ConfigurationProperties("chanjiao.analysis")
@Validated
public record AnalysisProperties(@DefaultValue("500000") @Positive int maxRelationships,
		@DefaultValue("60s") Duration timeout, @DefaultValue("2") @Positive int threads) {

	static final String MAX_RELATIONSHIPS = "chanjiao.analysis.max-relationships";

	static final String TIMEOUT = "chanjiao.analysis.timeout";

}
