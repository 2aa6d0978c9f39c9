package org.chanjiao.transfer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code import DIR} and {@code export DIR} subcommands. Exit code 0 on success, 2
 * when the input was refused (every problem printed, nothing written), 1 on other
 * failures.
 */
@Component
@Profile("command")
class TransferCommands implements ApplicationRunner, ExitCodeGenerator {

	private final Importer importer;

	private final InterchangeExporter exporter;

	private final GraphChecksum checksum;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	TransferCommands(Importer importer, InterchangeExporter exporter, GraphChecksum checksum) {
		this.importer = importer;
		this.exporter = exporter;
		this.checksum = checksum;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		// Options such as --server.port are Spring's; the subcommand and its operands are
		// the rest.
		String[] args = arguments.getNonOptionArgs().toArray(String[]::new);
		if (args.length == 0) {
			return;
		}
		switch (args[0]) {
			case "import" -> this.exitCode = importFolder(args);
			case "export" -> this.exitCode = exportFolder(args);
			default -> {
				// other subcommands are run by their own runners
			}
		}
	}

	private int importFolder(String[] args) {
		if (args.length != 2) {
			this.err
				.println("usage: import DIR   (a folder with nodes.csv, relations.csv and optionally documents.csv)");
			return 1;
		}
		Path dir = Path.of(args[1]);
		if (!Files.isDirectory(dir)) {
			this.err.println("import: " + dir + " is not a folder");
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

	private int exportFolder(String[] args) {
		if (args.length != 2) {
			this.err.println("usage: export DIR");
			return 1;
		}
		Path dir = Path.of(args[1]);
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
