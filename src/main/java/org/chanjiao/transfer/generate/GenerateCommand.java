package org.chanjiao.transfer.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.chanjiao.transfer.generate.NetworkGenerator.Summary;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code generate --scale N --seed S DIR} subcommand: writes a synthetic national
 * network ({@link NetworkGenerator}) into {@code DIR} in the interchange format. Acts
 * only when the first argument is {@code generate}; exit code 0 on success, 2 for bad
 * arguments, 1 when the files cannot be written.
 */
@Component
@Profile("command")
class GenerateCommand implements CommandLineRunner, ExitCodeGenerator {

	static final String USAGE = "usage: generate [--scale N] [--seed S] DIR   (scale default 1, e.g. 0.01; seed default 1)";

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	GenerateCommand() {
		this(System.out, System.err);
	}

	GenerateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(String... args) {
		if (args.length == 0 || !"generate".equals(args[0])) {
			return;
		}
		double scale = 1;
		long seed = 1;
		String dir = null;
		try {
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--scale" -> scale = Double.parseDouble(value(args, ++i, "--scale"));
					case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
					default -> {
						if (args[i].startsWith("--") && args[i].contains("=")) {
							// a Spring property such as --chanjiao.embedded.data-dir=...
							continue;
						}
						if (args[i].startsWith("--") || dir != null) {
							throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
						}
						dir = args[i];
					}
				}
			}
			if (dir == null) {
				throw new IllegalArgumentException("DIR is missing");
			}
			long start = System.nanoTime();
			Summary summary = NetworkGenerator.generate(scale, seed, Path.of(dir));
			this.out.printf(
					"Generated %d organisations, %d relations and %d documents in %s (scale %s, seed %d) in %.1f s%n",
					summary.nodes(), summary.relations(), summary.documents(), dir, scale, seed,
					(System.nanoTime() - start) / 1e9);
			this.exitCode = 0;
		}
		catch (IllegalArgumentException ex) {
			this.err.println("generate: " + ex.getMessage());
			this.err.println(USAGE);
			this.exitCode = 2;
		}
		catch (IOException ex) {
			this.err.println("generate: cannot write " + dir + ": " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
