package org.chanjiao.store;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Failures of the embedded database as the driver's exceptions, for
 * {@link InProcessReads}.
 */
final class DriverErrors {

	private DriverErrors() {
	}

	/**
	 * The driver exception the same failure would have arrived as through Bolt: the
	 * status code found on the exception or its causes decides the class. Exceptions that
	 * carry no status (the callback's own) pass through unchanged.
	 */
	static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof org.neo4j.driver.exceptions.Neo4jException) {
			return ex;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = null;
			if (cause instanceof Status.HasStatus hasStatus && hasStatus.status() != null) {
				code = hasStatus.status().code().serialize();
			}
			else if (cause instanceof QueryExecutionException query) {
				code = query.getStatusCode();
			}
			if (code == null) {
				continue;
			}
			String message = (cause.getMessage() != null) ? cause.getMessage() : code;
			if (code.endsWith(".DatabaseUnavailable")) {
				return new ServiceUnavailableException(message, ex);
			}
			if (code.startsWith("Neo.TransientError.")) {
				return new TransientException(code, message);
			}
			if (code.startsWith("Neo.DatabaseError.")) {
				return new DatabaseException(code, message);
			}
			return new ClientException(code, message);
		}
		return ex;
	}

}
