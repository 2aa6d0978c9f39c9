package org.chanjiao.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.ChanjiaoGraphApplication;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.generate.NetworkGenerator;

/**
 * Corpus extraction at size: builds a folder of about {@code --megabytes} (10) MB of
 * made-up reports — each a random selection of the seed report's lines (in order)
 * followed by sentences composed from templates of our own and the names of a synthetic
 * network ({@link NetworkGenerator}, scale 0.01); one in ten an HTML page, the rest text;
 * with a {@code sources.csv} — imports the seeds into an empty embedded database, then
 * runs {@code extract DIR --reporter gdep} as the packaged application does, in this JVM,
 * and prints documents, sentences, sentences/s, wall time and peak heap. Run with
 * {@code ./mvnw -Pcorpus-benchmark verify} (docs/BENCHMARKS.md); options go in
 * {@code -Dbenchmark.args="--megabytes 2 --seed 3"}.
 */
public final class CorpusBenchmark {

	private static final Pattern EXTRACTED = Pattern
		.compile("extracted (\\d+) documents \\(([\\d,]+) characters\\) in ([\\d.]+) s: (.*)");

	private static final String[] TEMPLATES = { "%1$d 年，%2$s与%3$s共建%4$s。", "%3$s加入%5$s，成为理事单位。",
			"%4$s由%2$s与%3$s、%6$s共建，首批招收学生 %7$d 人。", "%2$s牵头成立%5$s，%3$s等 %7$d 家单位参与。",
			"我校与%3$s签订订单班培养协议，当年共有 %7$d 名学生进入订单班。", "%3$s在%2$s设立校外实践教学基地，接收学生顶岗实习。", "本学期组织专任教师到%3$s实践锻炼，累计 %7$d 人次。",
			"学校修订人才培养方案 %7$d 个，新开设课程 %7$d 门。", "%1$d 年，%4$s获批省级示范性产业学院。", "围绕区域主导产业，学校调整专业布局，优化专业结构。" };

	private CorpusBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		double megabytes = 10;
		long seed = 1;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--megabytes" -> megabytes = Double.parseDouble(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				default -> throw new IllegalArgumentException(
						"unknown argument " + args[i] + "; usage: CorpusBenchmark [--megabytes N] [--seed S]");
			}
		}
		Path work = Files.createTempDirectory("corpus-benchmark");
		Path corpus = work.resolve("corpus");
		Built built = build(corpus, work.resolve("names"), (long) (megabytes * 1024 * 1024), seed);
		System.out.printf(Locale.ROOT, "corpus: %d documents (%d text, %d HTML), %.1f MB, %,d sentences, in %s%n",
				built.documents, built.documents - built.html, built.html, built.bytes / 1048576.0, built.sentences,
				corpus);

		Path data = work.resolve("db");
		String[] database = { "--chanjiao.embedded.data-dir=" + data, "--chanjiao.embedded.bolt-port=0" };
		if (ChanjiaoGraphApplication.runSubcommand(concat(new String[] { "import", "seeds" }, database)) != 0) {
			throw new IllegalStateException("importing the seeds failed");
		}
		HeapSampler heap = new HeapSampler();
		System.gc();
		heap.start();
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream console = System.out;
		System.setOut(new PrintStream(new Tee(console, captured), true, StandardCharsets.UTF_8));
		long start = System.nanoTime();
		int exit = ChanjiaoGraphApplication.runSubcommand(concat(new String[] { "extract", corpus.toString(),
				"--reporter", "gdep", "--out", work.resolve("out").toString() }, database));
		double wall = (System.nanoTime() - start) / 1e9;
		System.setOut(console);
		heap.interrupt();
		if (exit != 0) {
			throw new IllegalStateException("extract answered " + exit);
		}
		Matcher matcher = EXTRACTED.matcher(captured.toString(StandardCharsets.UTF_8));
		if (!matcher.find()) {
			throw new IllegalStateException("no summary line in the output of extract");
		}
		double extraction = Double.parseDouble(matcher.group(3));
		System.out.println();
		System.out.println("CORPUS EXTRACTION");
		System.out.printf(Locale.ROOT, "documents              %d (%.1f MB, %s characters)%n",
				Integer.parseInt(matcher.group(1)), built.bytes / 1048576.0, matcher.group(2));
		System.out.printf(Locale.ROOT, "sentences              %,d (text split at 。！？；)%n", built.sentences);
		System.out.printf(Locale.ROOT, "extraction             %.1f s, %,.0f sentences/s (reading, extracting, "
				+ "known-name rebuilds; the command's own timing)%n", extraction, built.sentences / extraction);
		System.out.printf(Locale.ROOT,
				"wall time              %.1f s (the whole command: start-up, extraction, " + "writing the folder)%n",
				wall);
		System.out.printf(Locale.ROOT, "peak heap used         %d MB of -Xmx %d MB (sampled every 100 ms)%n",
				heap.peakUsed / 1048576, Runtime.getRuntime().maxMemory() / 1048576);
		System.out.println("found                  " + matcher.group(4));
		System.out.printf(Locale.ROOT, "machine                %d cores (nproc), Java %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.exit(0);
	}

	private record Built(int documents, int html, long bytes, long sentences) {
	}

	private static Built build(Path corpus, Path namesDir, long targetBytes, long seed) throws IOException {
		NetworkGenerator.generate(0.01, seed, namesDir);
		Map<OrgKind, List<String>> names = new EnumMap<>(OrgKind.class);
		try (var reader = Files.newBufferedReader(namesDir.resolve("nodes.csv"))) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
				names.computeIfAbsent(OrgKind.valueOf(record.get("kind")), (k) -> new ArrayList<>())
					.add(record.get("name").replaceFirst("（\\d+）$", ""));
			}
		}
		List<String> seedLines = Files.readAllLines(Path.of("seeds/sources/gdep-2023-integration-report.txt"))
			.stream()
			.filter((l) -> !l.isBlank())
			.toList();
		Files.createDirectories(corpus);
		Random random = new Random(seed);
		long bytes = 0;
		long sentences = 0;
		int documents = 0;
		int html = 0;
		try (Writer sources = Files.newBufferedWriter(corpus.resolve("sources.csv"));
				CSVPrinter printer = new CSVPrinter(sources, CSVFormat.RFC4180)) {
			printer.printRecord("file", "url", "title", "publisher", "date");
			while (bytes < targetBytes) {
				StringBuilder text = new StringBuilder();
				for (String line : seedLines) {
					if (random.nextInt(3) == 0) {
						text.append(line).append('\n');
					}
				}
				int composed = 150 + random.nextInt(100);
				for (int s = 0; s < composed; s++) {
					text.append(String.format(Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
							2015 + random.nextInt(10), pick(names, OrgKind.SCHOOL, random),
							pick(names, OrgKind.ENTERPRISE, random), pick(names, OrgKind.COLLEGE, random),
							pick(names, OrgKind.COMMUNITY, random), pick(names, OrgKind.ENTERPRISE, random),
							2 + random.nextInt(60)));
					if (random.nextInt(4) == 0) {
						text.append('\n');
					}
				}
				documents++;
				boolean page = documents % 10 == 0;
				String file = String.format(Locale.ROOT, "report-%05d.%s", documents, page ? "html" : "txt");
				String content = page ? html(text.toString(), documents) : text.toString();
				Files.writeString(corpus.resolve(file), content);
				html += page ? 1 : 0;
				bytes += content.getBytes(StandardCharsets.UTF_8).length;
				sentences += countSentences(text.toString());
				printer.printRecord(file, "https://reports.example.org/" + file, "报告 " + documents, "示例职业技术学院",
						(2018 + documents % 7) + "-0" + (1 + documents % 9));
			}
		}
		return new Built(documents, html, bytes, sentences);
	}

	private static String pick(Map<OrgKind, List<String>> names, OrgKind kind, Random random) {
		List<String> list = names.get(kind);
		return list.get(random.nextInt(list.size()));
	}

	private static String html(String text, int number) {
		StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>报告 ")
			.append(number)
			.append("</title><script>var page = ")
			.append(number)
			.append(";</script></head><body>\n<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻动态</a></nav>\n");
		for (String line : text.split("\n")) {
			page.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
		}
		return page.append("<footer>示例站点</footer></body></html>\n").toString();
	}

	private static long countSentences(String text) {
		long count = 0;
		for (String part : text.split("[。！？；]")) {
			if (!part.isBlank()) {
				count++;
			}
		}
		return count;
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = new String[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/** Writes to two streams. */
	private static final class Tee extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		Tee(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.first.write(b, off, len);
			this.second.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			this.first.flush();
			this.second.flush();
		}

	}

	/** Samples the heap in use every 100 ms and keeps the largest. */
	private static final class HeapSampler extends Thread {

		private volatile long peakUsed;

		HeapSampler() {
			super("heap-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				this.peakUsed = Math.max(this.peakUsed,
						ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
