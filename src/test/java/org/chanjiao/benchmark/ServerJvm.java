package org.chanjiao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chanjiao.ChanjiaoGraphApplication;

import org.springframework.util.FileSystemUtils;

/**
 * How the benchmark starts the application's server. By default with the benchmark's own
 * JVM on its class path. With {@code --server-java JDK} from the packaged jar
 * ({@code target/chanjiao-graph.jar}, extracted as Spring Boot's {@code jarmode=tools}
 * does) on that JDK. With {@code --aot-cache} too (JDK 25 or later), the server starts
 * with an ahead-of-time cache of classes and method profiles, trained first by the
 * application's own warm-up on the seed graph, not on the measured network
 * ({@code chanjiao.warm-up.rounds}, README "Faster first requests"); the cache is kept
 * beside the extracted jar and trained again when the jar is newer.
 */
final class ServerJvm {

	private final Path javaHome;

	private final boolean fromJar;

	private final boolean aotCache;

	private final int trainingRounds;

	private final Path app;

	private ServerJvm(Path javaHome, boolean fromJar, boolean aotCache, int trainingRounds, Path work) {
		this.javaHome = javaHome;
		this.fromJar = fromJar;
		this.aotCache = aotCache;
		this.trainingRounds = trainingRounds;
		this.app = work.resolve("app");
	}

	static ServerJvm from(Map<String, String> options, Path work) {
		boolean aot = options.containsKey("aot-cache");
		Path home = Path.of(options.getOrDefault("server-java", System.getProperty("java.home")));
		if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
			throw new IllegalArgumentException("--server-java: no bin/java under " + home);
		}
		return new ServerJvm(home, aot || options.containsKey("server-java"), aot,
				Integer.parseInt(options.getOrDefault("aot-training-rounds", "1000")), work);
	}

	/** One line for the report: which JVM and how the server is started. */
	String describe() throws IOException, InterruptedException {
		Process version = new ProcessBuilder(java(), "-version").redirectErrorStream(true).start();
		String first = new String(version.getInputStream().readAllBytes()).lines().findFirst().orElse("?");
		version.waitFor();
		return "server JVM: " + first + (this.fromJar ? ", packaged jar" : ", test class path") + (this.aotCache
				? ", AOT cache trained by " + this.trainingRounds + " warm-up rounds on the seeds" : "");
	}

	/**
	 * The command that starts the server with these JVM options and application
	 * arguments; trains the cache first when it is asked for and missing or older than
	 * the jar.
	 */
	List<String> command(List<String> jvmOptions, List<String> arguments, String password)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(jvmOptions);
		if (!this.fromJar) {
			command.addAll(
					List.of("-cp", System.getProperty("java.class.path"), ChanjiaoGraphApplication.class.getName()));
			command.addAll(arguments);
			return command;
		}
		Path jar = extract();
		if (this.aotCache) {
			Path cache = train(jar, jvmOptions, password);
			command.add("-XX:AOTCache=" + cache.toAbsolutePath());
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
		command.addAll(arguments);
		return command;
	}

	private String java() {
		return this.javaHome.resolve("bin").resolve("java").toString();
	}

	/** The packaged jar extracted into target/benchmark/app, again when it changed. */
	private Path extract() throws IOException, InterruptedException {
		Path packaged = Path.of("target", "chanjiao-graph.jar");
		if (!Files.exists(packaged)) {
			throw new IllegalStateException("no target/chanjiao-graph.jar: run the benchmark through Maven's verify");
		}
		Path jar = this.app.resolve("chanjiao-graph.jar");
		if (Files.exists(jar) && !Files.getLastModifiedTime(packaged)
			.toInstant()
			.isAfter(Files.getLastModifiedTime(jar).toInstant())) {
			return jar;
		}
		FileSystemUtils.deleteRecursively(this.app);
		run(List.of(java(), "-Djarmode=tools", "-jar", packaged.toString(), "extract", "--destination",
				this.app.toString()), this.app.resolveSibling("extract.log"), "extracting the jar");
		return jar;
	}

	/**
	 * Trains the AOT cache on the seed graph unless a cache newer than the jar exists.
	 */
	private Path train(Path jar, List<String> jvmOptions, String password) throws IOException, InterruptedException {
		Path cache = this.app.resolve("chanjiao.aot");
		if (Files.exists(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0) {
			return cache;
		}
		Path data = this.app.resolveSibling("aot-training-db");
		FileSystemUtils.deleteRecursively(data);
		List<String> command = new ArrayList<>(List.of(java(), "-XX:AOTCacheOutput=" + cache.toAbsolutePath()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=0",
				"--chanjiao.embedded.bolt-port=0", "--chanjiao.embedded.password=" + password,
				"--chanjiao.embedded.data-dir=" + data.toAbsolutePath(),
				"--chanjiao.warm-up.rounds=" + this.trainingRounds, "--chanjiao.warm-up.exit=true",
				"--logging.level.root=WARN", "--logging.level.org.chanjiao=INFO"));
		long started = System.nanoTime();
		run(command, this.app.resolveSibling("aot-training.log"), "training the AOT cache");
		if (!Files.exists(cache)) {
			throw new IllegalStateException(
					"the training run wrote no " + cache + " (target/benchmark/aot-training.log)");
		}
		System.out.printf("AOT cache trained in %.0f s: %,d MB%n", (System.nanoTime() - started) / 1e9,
				Files.size(cache) >> 20);
		return cache;
	}

	private static void run(List<String> command, Path log, String what) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(what + " took over 15 minutes (" + log + ")");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(what + " exited with " + process.exitValue() + " (" + log + ")");
		}
	}

}
