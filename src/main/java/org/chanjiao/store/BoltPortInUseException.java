package org.chanjiao.store;

/** The embedded server's Bolt port is taken by another process. */
public class BoltPortInUseException extends RuntimeException {

	private final int port;

	BoltPortInUseException(int port, Throwable cause) {
		super("Bolt port " + port + " on 127.0.0.1 is already in use", cause);
		this.port = port;
	}

	public int getPort() {
		return this.port;
	}

}
