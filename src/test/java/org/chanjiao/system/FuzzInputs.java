package org.chanjiao.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.function.Executable;

/**
 * Random and hostile inputs for {@link FuzzTests}, drawn from a {@link SplittableRandom}
 * with a fixed seed, so that a failure reproduces: the seed is {@value #DEFAULT_SEED}
 * unless the system property {@value #SEED_PROPERTY} says otherwise
 * ({@code ./mvnw verify -Dtest=FuzzTests -Dchanjiao.fuzz.seed=…}), and a failure names
 * it.
 */
final class FuzzInputs {

	static final String SEED_PROPERTY = "chanjiao.fuzz.seed";

	static final long DEFAULT_SEED = 20261129L;

	static final List<String> HOSTILE = List.of("'}) MATCH (n) DETACH DELETE n //", "\") RETURN 1 //", "x' OR '1'='1",
			"\u0000", "a\u0000b", "长隆\" OR *:* AND (", "${jndi:ldap://x}", "<script>alert(1)</script>",
			"\uD83D\uDE00\uD800", "\uFFFF\uFFFE", "-1", "9223372036854775807", "1e309", "[]", "{}", "null", "true",
			"\\", "'", "\"", "`", "*", "?", "~", "%00", "../../etc/passwd", " ", "a|b", "長隆集團", "Ａ\u0301", "\u200B",
			"广东长隆集团有限公司\n");

	final long seed;

	private final RandomGenerator random;

	FuzzInputs(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
	}

	/** The seed of {@value #SEED_PROPERTY}, else {@value #DEFAULT_SEED}. */
	static FuzzInputs seeded() {
		return new FuzzInputs(Long.getLong(SEED_PROPERTY, DEFAULT_SEED));
	}

	/**
	 * Runs a fuzz; an assertion that fails (or anything thrown) is wrapped in an error
	 * naming the seed and how to run it again.
	 */
	void run(Executable fuzz) {
		try {
			fuzz.execute();
		}
		catch (Throwable ex) {
			throw new AssertionError("fuzz failed with seed " + this.seed + "; run it again with -D" + SEED_PROPERTY
					+ "=" + this.seed + ": " + ex.getMessage(), ex);
		}
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	<T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	/**
	 * Any string: 6 in 10 from every Unicode plane (lone surrogates, controls,
	 * non-characters included) with short lengths most likely, 3 in 10 hostile, 1 in 10 a
	 * long run of CJK characters (1,000 to 20,000).
	 */
	String string() {
		int dice = this.random.nextInt(10);
		if (dice < 6) {
			int length = (this.random.nextInt(4) == 0) ? this.random.nextInt(301) : this.random.nextInt(12);
			StringBuilder text = new StringBuilder(length);
			while (text.length() < length) {
				switch (this.random.nextInt(4)) {
					case 0 -> text.append((char) (0x20 + this.random.nextInt(0x5f)));
					case 1 -> text.append((char) ('一' + this.random.nextInt('龥' - '一')));
					case 2 -> text.append((char) this.random.nextInt(0x10000));
					default -> text.appendCodePoint(this.random.nextInt(Character.MAX_CODE_POINT + 1));
				}
			}
			return text.toString();
		}
		if (dice < 9) {
			return pick(HOSTILE);
		}
		int length = 1000 + this.random.nextInt(19_001);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('一' + this.random.nextInt('龥' - '一')));
		}
		return text.toString();
	}

	/** A year around the allowed range (1900 to next year), sometimes outside it. */
	int year() {
		return 1850 + this.random.nextInt(250);
	}

	/**
	 * Printable text a curator might type: ASCII and CJK, sometimes padded with spaces, 1
	 * to 40 characters.
	 */
	String printable() {
		int length = 1 + this.random.nextInt(40);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(this.random.nextBoolean() ? (char) (0x20 + this.random.nextInt(0x5f))
					: (char) ('一' + this.random.nextInt('龥' - '一')));
		}
		return text.toString();
	}

	/** Any variable value: strings, numbers out of every range, wrong types, nesting. */
	Object value() {
		return switch (this.random.nextInt(7)) {
			case 0, 1 -> string();
			case 2 -> switch (this.random.nextInt(4)) {
				case 0 -> Integer.MIN_VALUE;
				case 1 -> Integer.MAX_VALUE;
				case 2 -> this.random.nextInt(-5, 3000);
				default -> this.random.nextInt();
			};
			case 3 -> this.random.nextLong();
			case 4 -> switch (this.random.nextInt(4)) {
				case 0 -> Double.MAX_VALUE;
				case 1 -> -0.0;
				default -> this.random.nextDouble(-1e12, 1e12);
			};
			case 5 -> this.random.nextBoolean();
			default ->
				(this.random.nextBoolean()) ? strings(this.random.nextInt(6)) : Map.of("deep", List.of(Map.of()));
		};
	}

	private List<String> strings(int size) {
		List<String> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(string());
		}
		return list;
	}

	/**
	 * A random document: any string, unbalanced braces, deep nesting, huge selections, or
	 * a known query cut short.
	 */
	String document(List<String> queries) {
		return switch (this.random.nextInt(5)) {
			case 0 -> string();
			case 1 -> "{".repeat(1 + this.random.nextInt(5000));
			case 2 -> {
				int n = 1 + this.random.nextInt(300);
				yield "{ organization(id: \"gdep\") {" + " relations { to {".repeat(n) + " id" + " } }".repeat(n)
						+ " } }";
			}
			case 3 -> "{ " + "documents { id } ".repeat(1 + this.random.nextInt(2000)) + "}";
			default -> {
				String query = pick(queries);
				yield query.substring(0, this.random.nextInt(query.length()));
			}
		};
	}

}
