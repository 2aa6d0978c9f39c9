package org.chanjiao.transfer.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.Subcommands;
import org.chanjiao.transfer.generate.NetworkGenerator.Summary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code generate --scale N --seed S DIR} subcommand ({@link Subcommands}): writes a
 * synthetic national network ({@link NetworkGenerator}) into {@code DIR} in the
 * interchange format. Exit code 0 on success, 1 for a usage error or when the files
 * cannot be written.
 */
@Component
@Profile("command")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Invocation invocation;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	GenerateCommand(Invocation invocation) {
		this(invocation, System.out, System.err);
	}

	GenerateCommand(Invocation invocation, PrintStream out, PrintStream err) {
		this.invocation = invocation;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.invocation.is(Subcommands.GENERATE)) {
			return;
		}
		double scale = this.invocation.decimal("scale", 1);
		long seed = this.invocation.integer("seed", 1);
		String dir = this.invocation.operand(0);
		try {
			long start = System.nanoTime();
			Summary summary = NetworkGenerator.generate(scale, seed, Path.of(dir));
			this.out.printf(
					"Generated %d organisations, %d relations and %d documents in %s (scale %s, seed %d) in %.1f s%n",
					summary.nodes(), summary.relations(), summary.documents(), dir, scale, seed,
					(System.nanoTime() - start) / 1e9);
			this.exitCode = 0;
		}
		catch (IllegalArgumentException ex) {
			this.err.println(this.invocation.usageError("option '--scale " + scale + "': " + ex.getMessage()).report());
			this.exitCode = 1;
		}
		catch (IOException ex) {
			this.err.println("generate: cannot write " + dir + ": " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
