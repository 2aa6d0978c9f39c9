package org.chanjiao.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a taken Bolt port into one line that names the property to change. */
class BoltPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<BoltPortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BoltPortInUseException cause) {
		return new FailureAnalysis(
				"Embedded Neo4j cannot start: Bolt port " + cause.getPort() + " on 127.0.0.1 is already in use.",
				"Set chanjiao.embedded.bolt-port (env CHANJIAO_EMBEDDED_BOLT_PORT) to a free port, "
						+ "or stop the process that holds port " + cause.getPort() + ".",
				cause);
	}

}
