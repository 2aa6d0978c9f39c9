package org.chanjiao.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line of a subcommand ({@code extract FILE --out DIR --server.port 9090}),
 * parsed in this one place for every subcommand.
 * <p>
 * Spring's own parser ({@code ApplicationArguments}) is not enough: it takes only
 * {@code --name=value} as an option with a value, so {@code --out DIR} becomes an option
 * without a value plus one more operand, and it accepts any option name, so a misspelt
 * option would be silently ignored. Here every subcommand declares its options
 * ({@link Syntax}); each takes {@code --name VALUE} or {@code --name=VALUE}; an option
 * the subcommand does not declare is an error. A name with a dot is a Spring property
 * ({@code --server.port=9090}, {@code --chanjiao.embedded.data-dir ./db}), accepted with
 * every subcommand in both forms — a Spring property always takes a value, so the next
 * argument is its value — and handed to Spring as {@code --name=value}, the one form
 * Spring reads. {@code --} ends the options: what follows is operands. Nothing here
 * starts the application, so a usage error is reported before any database is opened.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/** What an option's value must be; checked while parsing. */
	public enum ValueType {

		TEXT, DECIMAL, INTEGER

	}

	/**
	 * An option of a subcommand.
	 *
	 * @param name without the leading {@code --}
	 * @param placeholder the value's name in the usage line, e.g. {@code DIR}
	 * @param type what the value must be
	 */
	public record Option(String name, String placeholder, ValueType type) {

		public static Option text(String name, String placeholder) {
			return new Option(name, placeholder, ValueType.TEXT);
		}

		public static Option decimal(String name, String placeholder) {
			return new Option(name, placeholder, ValueType.DECIMAL);
		}

		public static Option integer(String name, String placeholder) {
			return new Option(name, placeholder, ValueType.INTEGER);
		}

	}

	/**
	 * What a subcommand takes.
	 *
	 * @param name the subcommand, e.g. {@code extract}
	 * @param operands the operands in the usage line, e.g. {@code FILE|DIR}
	 * @param minOperands the fewest operands
	 * @param maxOperands the most operands
	 * @param options its own options
	 * @param note a short explanation after the usage line, or null
	 */
	public record Syntax(String name, String operands, int minOperands, int maxOperands, List<Option> options,
			String note) {

		/**
		 * The usage line, e.g.
		 * {@code usage: extract FILE|DIR [--out DIR] [--reporter ID] ...}.
		 */
		public String usage() {
			StringBuilder usage = new StringBuilder("usage: ").append(this.name).append(' ').append(this.operands);
			for (Option option : this.options) {
				usage.append(" [--").append(option.name()).append(' ').append(option.placeholder()).append(']');
			}
			usage.append(" [--spring.property=value ...]");
			if (this.note != null) {
				usage.append("   (").append(this.note).append(')');
			}
			return usage.toString();
		}

		Optional<Option> option(String name) {
			return this.options.stream().filter((o) -> o.name().equals(name)).findFirst();
		}

	}

	/**
	 * A parsed command line.
	 *
	 * @param syntax the subcommand's syntax
	 * @param operands the operands, in order
	 * @param options the subcommand's own options given, by name (values checked against
	 * their {@link ValueType})
	 * @param springProperties the Spring properties given, by name, in order
	 * @param help whether {@code --help} was given
	 */
	public record Invocation(Syntax syntax, List<String> operands, Map<String, String> options,
			Map<String, String> springProperties, boolean help) {

		/** Whether this is the named subcommand. */
		public boolean is(Syntax other) {
			return this.syntax.name().equals(other.name());
		}

		public String operand(int index) {
			return this.operands.get(index);
		}

		/** The option's value, or {@code fallback} when it was not given. */
		public String option(String name, String fallback) {
			return this.options.getOrDefault(name, fallback);
		}

		public double decimal(String name, double fallback) {
			String value = this.options.get(name);
			return (value != null) ? Double.parseDouble(value) : fallback;
		}

		public long integer(String name, long fallback) {
			String value = this.options.get(name);
			return (value != null) ? Long.parseLong(value) : fallback;
		}

		/**
		 * The arguments to give Spring: each Spring property as {@code --name=value}, and
		 * nothing of the subcommand's own (which Spring would misread).
		 */
		public String[] springArguments() {
			return this.springProperties.entrySet()
				.stream()
				.map((e) -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
		}

		/** A usage error of this subcommand, e.g. an operand that is not a folder. */
		public UsageException usageError(String message) {
			return new UsageException(this.syntax, message);
		}

	}

	/**
	 * A command line the subcommand cannot run: the message names the offending argument.
	 */
	public static final class UsageException extends RuntimeException {

		private final String command;

		private final String usage;

		public UsageException(Syntax syntax, String message) {
			this(syntax.name(), message, syntax.usage());
		}

		public UsageException(String command, String message, String usage) {
			super(message);
			this.command = command;
			this.usage = usage;
		}

		/** The lines printed for the user: the subcommand and message, then the usage. */
		public String report() {
			return this.command + ": " + getMessage() + "\n" + this.usage;
		}

	}

	/**
	 * Parses the arguments that follow the subcommand's name.
	 * @throws UsageException naming the offending argument: an option the subcommand does
	 * not take, an option or property without its value, a value of the wrong type, an
	 * option given twice, too few or too many operands
	 */
	public static Invocation parse(Syntax syntax, List<String> args) {
		List<String> operands = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		Map<String, String> properties = new LinkedHashMap<>();
		boolean help = false;
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				operands.add(arg);
				continue;
			}
			if (arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2 || arg.startsWith("--=")) {
				throw new UsageException(syntax, "unknown option '" + arg + "'" + known(syntax));
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals >= 0) ? equals : arg.length());
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			}
			else {
				value = null;
			}
			if (name.contains(".")) {
				if (value == null) {
					throw new UsageException(syntax, "Spring property '" + arg + "' needs a value (--" + name
							+ "=VALUE or --" + name + " VALUE)");
				}
				if (properties.containsKey(name)) {
					throw new UsageException(syntax, "Spring property '--" + name + "' is given twice");
				}
				properties.put(name, value);
				continue;
			}
			Option option = syntax.option(name)
				.orElseThrow(() -> new UsageException(syntax, "unknown option '" + arg + "'" + known(syntax)));
			if (value == null || value.isEmpty()) {
				throw new UsageException(syntax,
						"option '--" + name + "' needs a value (" + option.placeholder() + ")");
			}
			if (options.containsKey(name)) {
				throw new UsageException(syntax, "option '--" + name + "' is given twice");
			}
			check(syntax, option, value);
			options.put(name, value);
		}
		if (!help && operands.size() < syntax.minOperands()) {
			throw new UsageException(syntax, syntax.operands() + " is missing");
		}
		if (!help && operands.size() > syntax.maxOperands()) {
			throw new UsageException(syntax, "unexpected argument '" + operands.get(syntax.maxOperands()) + "'");
		}
		return new Invocation(syntax, List.copyOf(operands), Collections.unmodifiableMap(options),
				Collections.unmodifiableMap(properties), help);
	}

	private static void check(Syntax syntax, Option option, String value) {
		try {
			switch (option.type()) {
				case DECIMAL -> Double.parseDouble(value);
				case INTEGER -> Long.parseLong(value);
				case TEXT -> {
				}
			}
		}
		catch (NumberFormatException ex) {
			throw new UsageException(syntax, "option '--" + option.name() + " " + value + "': "
					+ ((option.type() == ValueType.INTEGER) ? "not a whole number" : "not a number"));
		}
	}

	private static String known(Syntax syntax) {
		if (syntax.options().isEmpty()) {
			return "; " + syntax.name() + " takes no options (Spring properties have a dot: --server.port=9090)";
		}
		return "; " + syntax.name() + " takes "
				+ syntax.options().stream().map((o) -> "--" + o.name()).collect(Collectors.joining(", "))
				+ " (Spring properties have a dot: --server.port=9090)";
	}

}
