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
 * @param maxPathMeasureNodes the most organisations betweenness and closeness are
 * computed over (they cost nodes × ties, and a started computation cannot be interrupted)
 */
@ConfigurationProperties("chanjiao.analysis")
@Validated
public record AnalysisProperties(@DefaultValue("500000") @Positive int maxRelationships,
		@DefaultValue("60s") Duration timeout, @DefaultValue("2") @Positive int threads,
		@DefaultValue("20000") @Positive int maxPathMeasureNodes) {

	static final String MAX_RELATIONSHIPS = "chanjiao.analysis.max-relationships";

	static final String TIMEOUT = "chanjiao.analysis.timeout";

	static final String MAX_PATH_MEASURE_NODES = "chanjiao.analysis.max-path-measure-nodes";

}
