package org.chanjiao;

import org.chanjiao.transfer.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * chanjiao-graph: a graph knowledge base of China's industry–education integration
 * ecosystem. Serves the GraphQL API by default; see
 * {@link org.chanjiao.transfer.Commands} for the subcommands that run against the
 * configured database and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChanjiaoGraphApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ChanjiaoGraphApplication.class);
		if (Commands.isCommand(args)) {
			// A subcommand does its work and exits: no web server, no seeds on an import
			// target.
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
