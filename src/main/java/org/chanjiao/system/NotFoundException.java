package org.chanjiao.system;

/** Something a request names does not exist; answered as NOT_FOUND with this message. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException organization(String argument, String id) {
		return new NotFoundException("No organisation with id '" + id + "' (argument " + argument + ")");
	}

}
