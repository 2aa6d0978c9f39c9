package org.chanjiao.transfer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout the transaction timeout of one import or export (they are
 * all-or-nothing, so one transaction holds the whole folder)
 */
@ConfigurationProperties("chanjiao.transfer")
public record TransferProperties(@DefaultValue("30m") Duration timeout) {
}
