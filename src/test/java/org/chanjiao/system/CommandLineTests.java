package org.chanjiao.system;

import java.util.List;
import java.util.Map;

import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.CommandLine.UsageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The command line of every subcommand: both option forms, Spring properties, errors. */
class CommandLineTests {

	@Test
	void shouldTakeAnOptionWithItsValueAsTheNextArgumentOrAfterAnEqualsSign() {
		Invocation spaced = Subcommands
			.parse(new String[] { "extract", "report.txt", "--out", "out", "--reporter", "gdep" });
		Invocation joined = Subcommands.parse(new String[] { "extract", "--out=out", "report.txt", "--reporter=gdep" });
		for (Invocation invocation : new Invocation[] { spaced, joined }) {
			assertThat(invocation.is(Subcommands.EXTRACT)).isTrue();
			assertThat(invocation.operands()).containsExactly("report.txt");
			assertThat(invocation.options()).containsExactly(Map.entry("out", "out"), Map.entry("reporter", "gdep"));
			assertThat(invocation.springArguments()).isEmpty();
		}
	}

	@Test
	void shouldParseNumbersOfGenerate() {
		Invocation invocation = Subcommands
			.parse(new String[] { "generate", "--scale", "0.01", "--seed=-3", "national/" });
		assertThat(invocation.decimal("scale", 1)).isEqualTo(0.01);
		assertThat(invocation.integer("seed", 1)).isEqualTo(-3);
		assertThat(invocation.operand(0)).isEqualTo("national/");
		Invocation defaults = Subcommands.parse(new String[] { "generate", "national/" });
		assertThat(defaults.decimal("scale", 1)).isEqualTo(1);
		assertThat(defaults.integer("seed", 1)).isEqualTo(1);
	}

	@Test
	void shouldHandSpringPropertiesInEitherFormToSpringAsNameEqualsValue() {
		for (String[] args : new String[][] {
				{ "import", "backup/", "--chanjiao.embedded.data-dir", "db", "--server.port=9090" },
				{ "import", "--chanjiao.embedded.data-dir=db", "backup/", "--server.port", "9090" } }) {
			Invocation invocation = Subcommands.parse(args);
			assertThat(invocation.operands()).containsExactly("backup/");
			assertThat(invocation.options()).isEmpty();
			assertThat(invocation.springArguments()).containsExactlyInAnyOrder("--chanjiao.embedded.data-dir=db",
					"--server.port=9090");
		}
		for (String name : new String[] { "export", "generate", "extract" }) {
			assertThat(
					Subcommands.parse(new String[] { name, "x", "--spring.main.banner-mode", "off" }).springArguments())
				.containsExactly("--spring.main.banner-mode=off");
		}
	}

	@Test
	void shouldTakeWhatFollowsADoubleDashAsOperands() {
		Invocation invocation = Subcommands.parse(new String[] { "export", "--", "--odd-folder-name" });
		assertThat(invocation.operands()).containsExactly("--odd-folder-name");
	}

	@Test
	void shouldNameAnUnknownOptionAndPrintTheUsage() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "report.txt", "--output", "out" }))
			.satisfies((ex) -> assertThat(ex.report())
				.startsWith("extract: unknown option '--output'; extract takes --out, --reporter")
				.contains("\nusage: extract FILE|DIR [--out DIR] [--reporter ID] [--spring.property=value ...]"));
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "import", "backup/", "--force" }))
			.withMessageStartingWith("unknown option '--force'; import takes no options");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "export", "-x", "backup/" }))
			.withMessageStartingWith("unknown option '-x'");
	}

	@Test
	void shouldNameAnOptionWithoutItsValue() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "report.txt", "--out" }))
			.withMessage("option '--out' needs a value (DIR)");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "report.txt", "--out", "--reporter", "x" }))
			.withMessage("option '--out' needs a value (DIR)");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "report.txt", "--reporter=" }))
			.withMessage("option '--reporter' needs a value (ID)");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "import", "backup/", "--server.port" }))
			.withMessageStartingWith("Spring property '--server.port' needs a value");
	}

	@Test
	void shouldRefuseBadValuesRepeatsAndWrongOperandCounts() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "generate", "--scale", "lots", "national/" }))
			.withMessage("option '--scale lots': not a number");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "generate", "--seed", "1.5", "national/" }))
			.withMessage("option '--seed 1.5': not a whole number");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "a.txt", "--out", "x", "--out=y" }))
			.withMessage("option '--out' is given twice");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "extract", "a.txt", "out" }))
			.withMessage("unexpected argument 'out'");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Subcommands.parse(new String[] { "export" }))
			.withMessage("DIR is missing");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> Subcommands.parse(new String[] { "improt", "backup/" }))
			.satisfies((ex) -> assertThat(ex.report()).startsWith("improt: unknown subcommand")
				.contains("usage: import DIR", "usage: extract"));
	}

	@Test
	void shouldAskForHelpWithoutRequiringOperands() {
		assertThat(Subcommands.parse(new String[] { "extract", "--help" }).help()).isTrue();
	}

	@Test
	void shouldRefuseAnEmptyCommandLineAsAnUnknownSubcommand() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Subcommands.parse(new String[0]))
			.satisfies(
					(ex) -> assertThat(ex.report()).startsWith(": unknown subcommand").contains("usage: import DIR"));
	}

	@Test
	void shouldWriteTheUsageLineWithItsNoteOnlyWhenThereIsOne() {
		List<CommandLine.Option> options = List.of(CommandLine.Option.text("out", "DIR"),
				CommandLine.Option.decimal("scale", "N"), CommandLine.Option.integer("seed", "S"));
		assertThat(options).containsExactly(new CommandLine.Option("out", "DIR", CommandLine.ValueType.TEXT),
				new CommandLine.Option("scale", "N", CommandLine.ValueType.DECIMAL),
				new CommandLine.Option("seed", "S", CommandLine.ValueType.INTEGER));
		assertThat(new CommandLine.Syntax("demo", "DIR", 1, 1, options, null).usage())
			.isEqualTo("usage: demo DIR [--out DIR] [--scale N] [--seed S] [--spring.property=value ...]");
		assertThat(new CommandLine.Syntax("demo", "DIR", 1, 1, List.of(), "a note").usage())
			.isEqualTo("usage: demo DIR [--spring.property=value ...]   (a note)");
	}

}
