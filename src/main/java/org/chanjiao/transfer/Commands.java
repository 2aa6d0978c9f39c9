package org.chanjiao.transfer;

import java.util.Set;

/** The subcommands the packaged application takes instead of serving. */
public final class Commands {

	static final Set<String> NAMES = Set.of("import", "export", "generate", "extract");

	private Commands() {
	}

	/** Whether the command line names a subcommand (its first argument). */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

}
