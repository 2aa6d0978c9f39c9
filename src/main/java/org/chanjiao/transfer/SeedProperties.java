package org.chanjiao.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load the seeds when the database has not had them yet
 * @param location the seed folder, a Spring resource location ending in {@code /}
 */
@ConfigurationProperties("chanjiao.seeds")
public record SeedProperties(@DefaultValue("true") boolean loadOnStart,
		@DefaultValue("classpath:seeds/") String location) {
}
