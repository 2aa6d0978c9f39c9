package org.chanjiao.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The warm-up the application may give itself before it serves ({@link WarmUp}).
 *
 * @param rounds rounds of the contract's questions, each question once a round, before
 * the port opens; 0 for none (application.properties sets 200; the record's default, 0,
 * holds only where no properties file is read)
 * @param exit exit after the warm-up (the training run of an ahead-of-time cache)
 */
@ConfigurationProperties("chanjiao.warm-up")
public record WarmUpProperties(@DefaultValue("0") int rounds, @DefaultValue("false") boolean exit) {

	public WarmUpProperties {
		if (rounds < 0) {
			throw new IllegalArgumentException("chanjiao.warm-up.rounds must be 0 or more, was " + rounds);
		}
	}

}
