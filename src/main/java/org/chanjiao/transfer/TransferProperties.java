package org.chanjiao.transfer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout how long one import or export may take in all (an import is written in
 * several transactions, each given what is left of this)
 * @param batchSize rows per import transaction; each batch is one {@code UNWIND}
 * statement and one transaction, journalled so that a failed import is rolled back as a
 * whole
 */
@ConfigurationProperties("chanjiao.transfer")
public record TransferProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("10000") int batchSize,
		@DefaultValue("true") boolean inProcess, @DefaultValue("10m") Duration staleAfter) {

	public TransferProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("chanjiao.transfer.batch-size must be at least 1, was " + batchSize);
		}
	}

}
