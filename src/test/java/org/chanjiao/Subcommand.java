package org.chanjiao;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a subcommand ({@code import}, {@code export}, {@code extract}, …) as the packaged
 * application does ({@link ChanjiaoGraphApplication#runSubcommand}, what {@code main}
 * calls), against its own embedded database in {@code data} on a free Bolt port. Those
 * Spring properties are added only where the command line does not give them itself.
 */
public final class Subcommand {

	private Subcommand() {
	}

	/** Runs the subcommand and answers its exit code. */
	public static int run(Path data, String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		addUnlessGiven(all, "chanjiao.embedded.data-dir", data.toString());
		addUnlessGiven(all, "chanjiao.embedded.bolt-port", "0");
		addUnlessGiven(all, "chanjiao.embedded.page-cache", "32MB");
		return ChanjiaoGraphApplication.runSubcommand(all.toArray(String[]::new));
	}

	private static void addUnlessGiven(List<String> args, String property, String value) {
		boolean given = args.stream().anyMatch((a) -> a.equals("--" + property) || a.startsWith("--" + property + "="));
		if (!given) {
			// after the subcommand's name, so that it comes before any "--"
			args.add(Math.min(1, args.size()), "--" + property + "=" + value);
		}
	}

}
