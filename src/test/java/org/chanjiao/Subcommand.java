package org.chanjiao;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a subcommand ({@code import}, {@code export}, {@code extract}, …) as the packaged
 * application does, against its own embedded database in {@code data} on a free Bolt
 * port.
 */
public final class Subcommand {

	private Subcommand() {
	}

	/** Runs the subcommand and answers its exit code. */
	public static int run(Path data, String... args) {
		SpringApplication application = new SpringApplication(ChanjiaoGraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("command");
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--chanjiao.embedded.data-dir=" + data;
		all[args.length + 1] = "--chanjiao.embedded.bolt-port=0";
		all[args.length + 2] = "--chanjiao.embedded.page-cache=32MB";
		try (ConfigurableApplicationContext context = application.run(all)) {
			return SpringApplication.exit(context);
		}
	}

}
