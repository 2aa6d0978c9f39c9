package org.chanjiao.extraction;

/**
 * A report that cannot be read: empty, too large, not decodable, or a PDF without a text
 * layer. Its message says which, for the user; nothing has been written.
 */
public class ReportRejectedException extends RuntimeException {

	public ReportRejectedException(String message) {
		super(message);
	}

}
