package org.chanjiao.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chanjiao.ChanjiaoGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of an ahead-of-time cache, as README shows it, in a JVM of its own:
 * the application starts on a fresh database (the seeds), warms itself up over HTTP
 * before its port opens, serves, and exits with 0 — the JVM must end for
 * {@code -XX:AOTCacheOutput} to write the cache. (The cache itself needs JDK 25 and the
 * packaged jar; the benchmark's {@code --aot-cache} runs that.)
 */
class WarmUpExitTests {

	@TempDir
	Path dir;

	@Test
	void shouldWarmUpAndExitWhenAsked() throws IOException, InterruptedException {
		Path log = this.dir.resolve("app.log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ChanjiaoGraphApplication.class.getName(),
				"--server.port=0", "--chanjiao.embedded.bolt-port=0", "--chanjiao.embedded.page-cache=32MB",
				"--chanjiao.embedded.data-dir=" + this.dir.resolve("db"), "--chanjiao.warm-up.rounds=2",
				"--chanjiao.warm-up.exit=true")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean exited = process.waitFor(3, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly().waitFor();
		}
		List<String> all = Files.readAllLines(log);
		List<String> lines = all.subList(Math.max(0, all.size() - 15), all.size());

		assertThat(exited).as("exited within 3 minutes; the log ends: %s", lines).isTrue();
		assertThat(process.exitValue()).as("exit code; the log ends: %s", lines).isZero();
		assertThat(all).anySatisfy((l) -> assertThat(l).contains("warm-up: 15 requests in").endsWith(" 0 failed"));
		// before the application's own port opens, so that no client competes with it
		assertThat(indexOf(all, "warm-up: 15 requests in")).as("the warm-up's line, then Tomcat's; the log: %s", all)
			.isLessThan(indexOf(all, "Tomcat started on port"))
			.isNotNegative();
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

}
