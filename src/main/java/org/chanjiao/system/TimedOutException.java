package org.chanjiao.system;

import java.time.Duration;

/**
 * Work that took longer than the time allowed and was given up; answered with reason
 * TIMEOUT, like a database transaction that was terminated by its timeout.
 */
public class TimedOutException extends RuntimeException {

	public TimedOutException(String what, Duration allowed, String property) {
		super(what + " took longer than the " + allowed.toSeconds() + " s allowed (" + property
				+ ") and was stopped; narrow the projection (kinds, types, asOf) and try again");
	}

	public TimedOutException(String message) {
		super(message);
	}

}
