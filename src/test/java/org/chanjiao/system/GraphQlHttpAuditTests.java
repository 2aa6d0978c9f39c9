package org.chanjiao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-http server audit (the npm package {@code graphql-http}, every MUST, SHOULD
 * and MAY audit of the GraphQL-over-HTTP specification) run with Node against the running
 * application: all of them pass. The package is installed from the npm registry with
 * {@code npm ci} into {@code target/graphql-http-audit} from the lock file in
 * {@code src/test/resources/graphql-http-audit}. Without Node and npm (Debian's
 * {@code nodejs} and {@code npm}; {@code .ci/run} installs them) the test is skipped with
 * a message, or fails when the environment variable {@code CI} is set.
 */
@IntegrationTest
class GraphQlHttpAuditTests {

	/** How many audits graphql-http 1.23.1 runs. */
	static final int AUDITS = 61;

	static final Path SOURCE = Path.of("src/test/resources/graphql-http-audit");

	static final Path WORK = Path.of("target/graphql-http-audit");

	@LocalServerPort
	int port;

	@Test
	void shouldPassEveryGraphQlOverHttpAudit() throws Exception {
		String node = executable("node");
		String npm = executable("npm");
		if (node == null || npm == null) {
			String message = "Node.js and npm are needed for the graphql-http audit "
					+ "(apt-get install -y nodejs npm; .ci/run installs them); not found on PATH";
			assertThat(System.getenv("CI")).as(message).isNull();
			Assumptions.abort(message);
		}
		install(npm);
		Result run = run(WORK, 120, node, "audit.mjs", "http://localhost:" + this.port + "/graphql");
		assertThat(run.exitCode()).as(run.output()).isZero();
		JsonMapper json = JsonMapper.builder().build();
		List<Map<?, ?>> audits = new ArrayList<>();
		for (String line : run.output().split("\n")) {
			if (line.startsWith("{")) {
				audits.add(json.readValue(line, Map.class));
			}
		}
		assertThat(audits).as(run.output()).hasSize(AUDITS);
		assertThat(audits).as("audits that did not pass").filteredOn((a) -> !"ok".equals(a.get("status"))).isEmpty();
		assertThat(audits).extracting((a) -> (String) a.get("name"))
			.anySatisfy((name) -> assertThat(name).startsWith("MAY"))
			.anySatisfy((name) -> assertThat(name).startsWith("MUST"));
	}

	/**
	 * {@code npm ci} from the lock file, again only when the package files changed.
	 */
	private static void install(String npm) throws Exception {
		Files.createDirectories(WORK);
		boolean changed = false;
		for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
			Path target = WORK.resolve(file);
			byte[] wanted = Files.readAllBytes(SOURCE.resolve(file));
			if (!Files.exists(target) || !java.util.Arrays.equals(wanted, Files.readAllBytes(target))) {
				Files.copy(SOURCE.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
				changed = true;
			}
		}
		if (changed || !Files.isDirectory(WORK.resolve("node_modules/graphql-http"))) {
			Result install = run(WORK, 300, npm, "ci", "--no-audit", "--no-fund", "--loglevel=error");
			assertThat(install.exitCode()).as("npm ci in %s:%n%s", WORK, install.output()).isZero();
		}
	}

	private static String executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	private record Result(int exitCode, String output) {
	}

	private static Result run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(WORK, "run", ".log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " took longer than " + seconds + " s:\n"
					+ Files.readString(log, StandardCharsets.UTF_8));
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		return new Result(process.exitValue(), output);
	}

}
