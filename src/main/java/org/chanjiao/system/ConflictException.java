package org.chanjiao.system;

/**
 * The write conflicts with the current state (a stale version, a taken id); answered as
 * CONFLICT.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
