package org.chanjiao.extraction;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the extraction.
 *
 * @param maxFileSize the largest report file the {@code extract} command reads (checked
 * before reading)
 * @param maxTextLength the longest report text, in characters, that {@code extractReport}
 * takes
 */
@ConfigurationProperties("chanjiao.extraction")
@Validated
public record ExtractionProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("200000") @Positive int maxTextLength) {

	/** The defaults, for use outside Spring. */
	public static ExtractionProperties defaults() {
		return new ExtractionProperties(DataSize.ofMegabytes(20), 200_000);
	}

}
