package org.chanjiao;

import java.io.PrintStream;

import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.CommandLine.UsageException;
import org.chanjiao.system.Subcommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * chanjiao-graph: a graph knowledge base of China's industry–education integration
 * ecosystem. Serves the GraphQL API by default; see {@link Subcommands} for the
 * subcommands that run against the configured database and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChanjiaoGraphApplication {

	public static void main(String[] args) {
		if (Subcommands.isCommand(args)) {
			System.exit(runSubcommand(args));
		}
		new SpringApplication(ChanjiaoGraphApplication.class).run(args);
	}

	/**
	 * Runs a subcommand as the packaged application does and answers its exit code. The
	 * command line is parsed first ({@link Subcommands#parse}), so a usage error is
	 * printed with the usage line (exit code 1) before anything starts; then the
	 * application starts without a web server, in the {@code command} profile, with the
	 * Spring properties given, and the subcommand's runner does its work.
	 */
	public static int runSubcommand(String... args) {
		PrintStream err = System.err;
		Invocation invocation;
		try {
			invocation = Subcommands.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.report());
			return 1;
		}
		if (invocation.help()) {
			System.out.println(invocation.syntax().usage());
			return 0;
		}
		SpringApplication application = new SpringApplication(ChanjiaoGraphApplication.class);
		// A subcommand does its work and exits: no web server, no seeds on an import
		// target.
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("command");
		application.addInitializers(
				(context) -> context.getBeanFactory().registerSingleton("subcommandInvocation", invocation));
		try (ConfigurableApplicationContext context = application.run(invocation.springArguments())) {
			return SpringApplication.exit(context);
		}
	}

}
