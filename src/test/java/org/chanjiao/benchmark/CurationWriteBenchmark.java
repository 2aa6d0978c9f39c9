package org.chanjiao.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Curation writes over HTTP against two running instances of the application (issue 17,
 * part 5: the write side before and after Spring-managed transactions), from a process of
 * its own. Each round sends, to each instance in turn (the order alternating round by
 * round), createOrganization, addRelation (from the new organisation to a seeded one) and
 * updateRelation (its years), one request at a time, and times each from sending to the
 * parsed answer. Warm-up rounds are sent first and not counted. Prints p50, p90 and the
 * mean of each mutation on each instance, the ratios of the second to the first, and the
 * median of the round-by-round ratios (each pair sent back to back, so a shared machine's
 * changing load weighs on both alike).
 *
 * <p>
 * Usage: {@code java CurationWriteBenchmark.java URL_A URL_B TOKEN [ROUNDS] [WARMUP]}
 * (the token's holder needs role EDITOR; the instances' mutation rate limit must allow
 * the rounds).
 */
public final class CurationWriteBenchmark {

	private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private CurationWriteBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> urls = List.of(args[0], args[1]);
		String token = args[2];
		int rounds = (args.length > 3) ? Integer.parseInt(args[3]) : 300;
		int warmup = (args.length > 4) ? Integer.parseInt(args[4]) : 50;
		String run = Long.toString(System.currentTimeMillis(), 36);
		Map<String, List<List<Double>>> times = new LinkedHashMap<>();
		for (String mutation : List.of("createOrganization", "addRelation", "updateRelation")) {
			times.put(mutation, List.of(new ArrayList<>(), new ArrayList<>()));
		}
		for (int round = 0; round < warmup + rounds; round++) {
			for (int k = 0; k < 2; k++) {
				int side = (round % 2 == 0) ? k : 1 - k;
				String id = "bench-" + run + "-" + side + "-" + round;
				double[] took = writes(urls.get(side), token, id, round);
				if (round >= warmup) {
					int m = 0;
					for (List<List<Double>> perSide : times.values()) {
						perSide.get(side).add(took[m++]);
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d rounds (after %d warm-up), one request at a time%n", rounds, warmup);
		System.out.println(
				"| mutation | A p50 / p90 / mean ms | B p50 / p90 / mean ms | B/A p50, p90, mean | B/A paired median |");
		System.out.println("| --- | --- | --- | --- | --- |");
		for (Map.Entry<String, List<List<Double>>> entry : times.entrySet()) {
			double[] a = stats(entry.getValue().get(0));
			double[] b = stats(entry.getValue().get(1));
			List<Double> paired = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				paired.add(entry.getValue().get(1).get(i) / entry.getValue().get(0).get(i));
			}
			System.out.printf(Locale.ROOT,
					"| %s | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f, %.2f, %.2f | %.2f |%n", entry.getKey(),
					a[0], a[1], a[2], b[0], b[1], b[2], b[0] / a[0], b[1] / a[1], b[2] / a[2], stats(paired)[0]);
		}
	}

	private static double[] writes(String url, String token, String id, int round) throws Exception {
		double[] took = new double[3];
		long start = System.nanoTime();
		send(url, token, """
				mutation { createOrganization(input: {id: "%s", name: "基准测试%s有限公司", kind: ENTERPRISE}) { id version } }
				""".formatted(id, id));
		took[0] = (System.nanoTime() - start) / 1e6;
		start = System.nanoTime();
		String added = send(url, token, """
				mutation { addRelation(input: {from: "%s", to: "gdep", type: PARTNERS_WITH, kind: \"INTERNSHIP_BASE\",
				  evidence: [{documentId: "bench-doc", documentTitle: "基准测试文件", quote: "%s"}]}) { id status } }
				""".formatted(id, id));
		took[1] = (System.nanoTime() - start) / 1e6;
		Matcher relation = ID.matcher(added);
		if (!relation.find()) {
			throw new IllegalStateException("addRelation answered " + added);
		}
		start = System.nanoTime();
		send(url, token, """
				mutation { updateRelation(id: "%s", input: {since: %d}) { id since } }
				""".formatted(relation.group(1), 2000 + round % 20));
		took[2] = (System.nanoTime() - start) / 1e6;
		return took;
	}

	private static String send(String url, String token, String document) throws Exception {
		String body = "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static double[] stats(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
		return new double[] { percentile(sorted, 0.5), percentile(sorted, 0.9), mean };
	}

	private static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
