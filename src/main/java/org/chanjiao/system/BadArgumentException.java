package org.chanjiao.system;

/** An argument a caller can fix; answered as BAD_REQUEST with this message. */
public class BadArgumentException extends RuntimeException {

	private final String argument;

	public BadArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The name of the offending argument. */
	public String getArgument() {
		return this.argument;
	}

}
