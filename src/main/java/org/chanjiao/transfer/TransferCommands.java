package org.chanjiao.transfer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.Subcommands;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code import DIR} and {@code export DIR} subcommands ({@link Subcommands}). Exit
 * code 0 on success, 2 when the input was refused (every problem printed, nothing
 * written), 1 for a usage error.
 */
@Component
@Profile("command")
class TransferCommands implements ApplicationRunner, ExitCodeGenerator {

	private final Importer importer;

	private final InterchangeExporter exporter;

	private final GraphChecksum checksum;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private final Invocation invocation;

	private int exitCode;

	TransferCommands(Importer importer, InterchangeExporter exporter, GraphChecksum checksum, Invocation invocation) {
		this.importer = importer;
		this.exporter = exporter;
		this.checksum = checksum;
		this.invocation = invocation;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.invocation.is(Subcommands.IMPORT)) {
			this.exitCode = importFolder(Path.of(this.invocation.operand(0)));
		}
		else if (this.invocation.is(Subcommands.EXPORT)) {
			this.exitCode = exportFolder(Path.of(this.invocation.operand(0)));
		}
	}

	private int importFolder(Path dir) {
		if (!Files.isDirectory(dir)) {
			this.err.println(this.invocation.usageError("'" + dir + "' is not a folder").report());
			return 1;
		}
		ProgressBar[] bar = new ProgressBar[1];
		try {
			Importer.Imported imported = this.importer.load(ResourceFolder.of(dir), dir.toAbsolutePath().toString(),
					(total) -> bar[0] = new ProgressBarBuilder().setTaskName("import")
						.setInitialMax(total)
						.setUnit(" rows", 1)
						.setStyle(ProgressBarStyle.ASCII)
						.setUpdateIntervalMillis(500)
						.build(),
					(done) -> bar[0].stepTo(done));
			bar[0].close();
			this.out.printf("imported %d documents, %d organisations, %d relations in %.1f s: %,d rows/s%n",
					imported.documents(), imported.nodes(), imported.relations(), imported.millis() / 1000.0,
					imported.rowsPerSecond());
			this.out.println("checksum " + this.checksum.compute());
			return 0;
		}
		catch (ImportException ex) {
			if (bar[0] != null) {
				bar[0].close();
			}
			this.err.println("import: " + dir + " was refused, " + ex.getMessage());
			return 2;
		}
	}

	private int exportFolder(Path dir) {
		long started = System.nanoTime();
		InterchangeExporter.Exported exported = this.exporter.export(dir);
		this.out.printf("exported %d documents, %d organisations, %d relations to %s in %.1f s%n", exported.documents(),
				exported.nodes(), exported.relations(), dir.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
		this.out.println("checksum " + this.checksum.compute());
		return 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
