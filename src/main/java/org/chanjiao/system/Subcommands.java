package org.chanjiao.system;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.CommandLine.Option;
import org.chanjiao.system.CommandLine.Syntax;
import org.chanjiao.system.CommandLine.UsageException;

/**
 * The subcommands the packaged application takes instead of serving, and what each
 * accepts. Each is run by a runner of the {@code command} profile in its feature's
 * package, which is given the parsed {@link Invocation}; exit code 0 on success, 1 for a
 * usage error, 2 when the input was refused (nothing written).
 */
public final class Subcommands {

	public static final Syntax IMPORT = new Syntax("import", "DIR", 1, 1, List.of(),
			"a folder with nodes.csv, relations.csv and optionally documents.csv");

	public static final Syntax EXPORT = new Syntax("export", "DIR", 1, 1, List.of(), null);

	public static final Syntax GENERATE = new Syntax("generate", "DIR", 1, 1,
			List.of(Option.decimal("scale", "N"), Option.integer("seed", "S")),
			"a synthetic network; scale default 1, e.g. 0.01; seed default 1");

	public static final Syntax EXTRACT = new Syntax("extract", "FILE|DIR", 1, 1,
			List.of(Option.text("out", "DIR"), Option.text("reporter", "ID")),
			"a .txt, .pdf or .html report, or a folder of them with an optional sources.csv");

	public static final List<Syntax> ALL = List.of(IMPORT, EXPORT, GENERATE, EXTRACT);

	private Subcommands() {
	}

	/** The subcommand a command line starts with, if any. */
	public static Optional<Syntax> named(String[] args) {
		if (args.length == 0) {
			return Optional.empty();
		}
		return ALL.stream().filter((s) -> s.name().equals(args[0])).findFirst();
	}

	/**
	 * Whether the command line asks for a subcommand rather than the server: its first
	 * argument is not an option. (An unknown word there is a usage error, not a server
	 * start.)
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Parses a subcommand's command line (its name first).
	 * @throws UsageException for an unknown subcommand or a command line it does not take
	 */
	public static Invocation parse(String[] args) {
		Syntax syntax = named(args).orElseThrow(() -> new UsageException((args.length > 0) ? args[0] : "",
				"unknown subcommand; with no subcommand the application serves",
				String.join("\n", ALL.stream().map(Syntax::usage).toList())));
		return CommandLine.parse(syntax, Arrays.asList(args).subList(1, args.length));
	}

}
