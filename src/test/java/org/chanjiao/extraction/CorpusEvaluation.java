package org.chanjiao.extraction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.organization.OrgKind;

/**
 * Scores extraction on the hand-annotated development corpus the way the independent
 * check does (docs/EXTRACTION.md, "How it is measured"): per source, a cold start with
 * only the seeds known and no reporter; the candidates written as the {@code extract}
 * command writes them and read back from {@code nodes.csv} and {@code relations.csv}
 * alone; names compared after NFKC and with spaces removed, otherwise exactly;
 * relationships as unordered pairs of names, counted against precision only when both
 * ends are annotated organisations; roles as classes (LEAD / PARTNER for CO_FOUNDED,
 * MEMBER for MEMBER_OF, the type's name for the others).
 * <p>
 * The corpus's text is copied from public pages and is not part of the repository: it
 * lives in the git-ignored {@code corpus/text/} folder. Its sources, split and hand
 * annotation are facts and are committed under {@code eval/}, laid out as
 * {@code eval/GUIDE.md} says. Run: {@code java -cp <test classpath>
 * org.chanjiao.extraction.CorpusEvaluation [dev4|test2|all] [--errors] [--one-file] [--eval=DIR]
 * [--text=DIR|--text=-]} ({@code -}: the text on standard input, each source after a line
 * {@code @@ <id>}, held in memory only); {@code --names [--as-party]} and
 * {@code --frames} need no text (see their methods).
 */
public final class CorpusEvaluation {

	/** The relationship types the independent check annotates. */
	static final Set<String> EVAL_TYPES = Set.of("CO_FOUNDED", "MEMBER_OF", "PART_OF");

	record Gold(Set<String> orgs, Map<String, Set<String>> pairs, Map<String, Set<String>> evalPairs) {
	}

	record Found(Set<String> orgs, Map<String, Set<String>> pairs, Set<String> aliases) {
	}

	/** Counts summed over sources. */
	static final class Tally {

		int goldOrgs;

		int foundOrgs;

		int orgHits;

		int goldPairs;

		int judgedPairs;

		int pairHits;

		int roleRight;

		int missedAsAlias;

		/**
		 * Missed pairs by why they could be missed: an end not found as an organisation
		 * at all; both found and both written on one line (a sentence); both found,
		 * written on different lines only (a fact stated across sentences).
		 */
		final int[] missedBy = new int[3];

		final List<String> errors = new ArrayList<>();

		void add(Tally t) {
			this.goldOrgs += t.goldOrgs;
			this.foundOrgs += t.foundOrgs;
			this.orgHits += t.orgHits;
			this.goldPairs += t.goldPairs;
			this.judgedPairs += t.judgedPairs;
			this.pairHits += t.pairHits;
			this.roleRight += t.roleRight;
			this.missedAsAlias += t.missedAsAlias;
			for (int i = 0; i < this.missedBy.length; i++) {
				this.missedBy[i] += t.missedBy[i];
			}
			this.errors.addAll(t.errors);
		}

		double orgRecall() {
			return ratio(this.orgHits, this.goldOrgs);
		}

		double orgPrecision() {
			return ratio(this.orgHits, this.foundOrgs);
		}

		double relPrecision() {
			return ratio(this.pairHits, this.judgedPairs);
		}

		double relRecall() {
			return ratio(this.pairHits, this.goldPairs);
		}

		double f1() {
			double p = relPrecision();
			double r = relRecall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		double roles() {
			return ratio(this.roleRight, this.pairHits);
		}

		String line() {
			return String.format(Locale.ROOT,
					"organisations recall %.3f (%d/%d) precision %.3f (%d/%d); relationships precision %.3f (%d/%d) recall %.3f (%d/%d) F1 %.3f; roles %.3f (%d/%d)",
					orgRecall(), this.orgHits, this.goldOrgs, orgPrecision(), this.orgHits, this.foundOrgs,
					relPrecision(), this.pairHits, this.judgedPairs, relRecall(), this.pairHits, this.goldPairs, f1(),
					roles(), this.roleRight, this.pairHits);
		}

		private static double ratio(int a, int b) {
			return (b == 0) ? 0 : a / (double) b;
		}

	}

	private CorpusEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path evalDir = Path.of(option(args, "--eval=", "eval"));
		String textOption = option(args, "--text=", "corpus/text");
		Path textDir = Path.of(textOption);
		// --text=- : the sources' text on standard input, each after a line "@@ <id>",
		// kept in
		// memory only (a measure in context that writes no copy of the text to disk)
		Map<String, String> piped = textOption.equals("-") ? piped(System.in) : null;
		String half = List.of(args).stream().filter((a) -> !a.startsWith("--")).findFirst().orElse("dev4");
		boolean errors = List.of(args).contains("--errors");
		boolean oneFile = List.of(args).contains("--one-file");
		KnownNames known = seeds(Path.of("seeds/nodes.csv"));
		Map<String, String> split = split(evalDir.resolve("split.tsv"));
		if (List.of(args).contains("--frames")) {
			FrameTally frames = frames(known, split, half, evalDir);
			System.out.printf(Locale.ROOT, "%s half, annotated pairs in frames: found %d of %d%n", half, frames.found(),
					frames.total());
			if (errors) {
				frames.missed().forEach(System.out::println);
			}
			return;
		}
		if (List.of(args).contains("--names")) {
			NameTally names = List.of(args).contains("--as-party") ? namesAsParties(known, split, half, evalDir)
					: names(known, split, half, evalDir);
			System.out.println(names.line(half));
			if (errors) {
				names.lines().forEach(System.out::println);
			}
			return;
		}
		Tally all = new Tally();
		Tally eval = new Tally();
		int sources = 0;
		int sentences = 0;
		int missing = 0;
		Found whole = oneFile ? runAsOneFile(known, split, half, textDir) : null;
		for (String id : split.keySet()) {
			if (!half.equals("all") && !half.equals(split.get(id))) {
				continue;
			}
			Path text = textDir.resolve(id + ".txt");
			Path goldFile = evalDir.resolve("gold/" + id + ".tsv");
			boolean hasText = (piped != null) ? piped.containsKey(id) : Files.exists(text);
			if (!hasText || !Files.exists(goldFile)) {
				missing++;
				continue;
			}
			sources++;
			String raw = (piped != null) ? piped.get(id) : Files.readString(text, StandardCharsets.UTF_8);
			sentences += (int) raw.lines().filter((l) -> !l.isBlank()).count();
			Gold gold = gold(goldFile);
			Found found = (whole != null) ? within(whole, raw) : run(known, raw, id);
			Tally a = score(id, gold.orgs(), gold.pairs(), found, false, raw);
			Tally e = score(id, gold.orgs(), gold.evalPairs(), found, true, raw);
			all.add(a);
			eval.add(e);
		}
		System.out.printf("%s half: %d sources, %d sentences%s%n", half, sources, sentences,
				(missing > 0) ? "; " + missing + " sources without their text or annotation left out" : "");
		System.out.println("all types:                      " + all.line());
		System.out.println("CO_FOUNDED/MEMBER_OF/PART_OF:   " + eval.line());
		System.out
			.println("missed organisations written as an alias of a name found (short forms): " + all.missedAsAlias);
		System.out.printf(
				"CO_FOUNDED/MEMBER_OF/PART_OF pairs missed: %d with an end not found, %d with both ends found on one line, %d with both found on different lines only%n",
				eval.missedBy[0], eval.missedBy[1], eval.missedBy[2]);
		if (errors) {
			all.errors.forEach(System.out::println);
		}
	}

	/**
	 * {@code --names}: every annotated name of the half, extracted alone as a one-line
	 * text. It needs no copied text (names are facts and the annotation is committed), so
	 * it measures the name recogniser on names it was not written from even on a checkout
	 * without {@code corpus/text/}. A name missed here is missed in any sentence that
	 * does not name it in some other way; one found here can still be missed in context
	 * (its boundary, or a zone that only acts there). The kind is judged against the
	 * annotated kind.
	 */
	static NameTally names(KnownNames known, Map<String, String> split, String half, Path evalDir) throws IOException {
		return names(known, split, half, evalDir, "%s", "alone");
	}

	/**
	 * {@code --names --as-party}: every annotated name of the half set as the party a
	 * school signs with, in one fixed sentence ({@link #PARTY_FRAME}). A brand, a short
	 * form or a zone that is a name only where it acts is read here as in a plain
	 * sentence of real text; the frame is mine, so this shows what a name rule does to
	 * parties, not how real sentences read.
	 */
	static NameTally namesAsParties(KnownNames known, Map<String, String> split, String half, Path evalDir)
			throws IOException {
		return names(known, split, half, evalDir, PARTY_FRAME, "as a party");
	}

	/**
	 * The sentence {@code --as-party} sets each name in; its school's name is invented.
	 */
	static final String PARTY_FRAME = "江川职业技术学院与%s签订合作协议。";

	private static NameTally names(KnownNames known, Map<String, String> split, String half, Path evalDir, String frame,
			String setting) throws IOException {
		int total = 0;
		int found = 0;
		int kindRight = 0;
		List<String> lines = new ArrayList<>();
		Map<String, Integer> missedByKind = new TreeMap<>();
		for (Map.Entry<String, Path> source : goldFiles(split, half, evalDir).entrySet()) {
			String id = source.getKey();
			Path goldFile = source.getValue();
			Set<String> seen = new HashSet<>();
			for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
				String[] c = line.split("\t", -1);
				if (!c[0].equals("ORG") || c.length < 3 || !seen.add(norm(c[1]))) {
					continue;
				}
				total++;
				Map<String, String> kinds = kinds(known, frame.formatted(c[1]));
				String kind = kinds.get(norm(c[1]));
				if (kind == null) {
					missedByKind.merge(c[2].strip(), 1, Integer::sum);
					lines.add(id + "\tmissed name\t" + c[1] + "\t" + c[2].strip() + "\tfound " + kinds.keySet());
					continue;
				}
				found++;
				if (kind.equals(c[2].strip())) {
					kindRight++;
				}
				else {
					lines.add(id + "\twrong kind\t" + c[1] + "\tgold " + c[2].strip() + " found " + kind);
				}
			}
		}
		return new NameTally(setting, total, found, kindRight, missedByKind, lines);
	}

	/**
	 * {@code --frames}: every annotated founding and membership of the half, its real
	 * names set in one fixed sentence per role written for this check (由A、B牵头成立Z。 A、B共建Z。
	 * A、B加入Z。), and whether the pair is read. The frames are ours, so this is no measure
	 * of quality on unseen text: it checks, without the copied text, that a change to the
	 * name rules does not lose real names inside a list and a plain construction.
	 */
	static FrameTally frames(KnownNames known, Map<String, String> split, String half, Path evalDir)
			throws IOException {
		int total = 0;
		int found = 0;
		List<String> missed = new ArrayList<>();
		for (Map.Entry<String, Path> source : goldFiles(split, half, evalDir).entrySet()) {
			String id = source.getKey();
			Path goldFile = source.getValue();
			Map<String, Map<String, List<String>>> byFrame = new LinkedHashMap<>();
			for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
				String[] c = line.split("\t", -1);
				if (!c[0].equals("REL") || c.length < 5) {
					continue;
				}
				String frame = switch (c[3] + " " + c[4].strip()) {
					case "CO_FOUNDED LEAD" -> "由%s牵头成立%s。";
					case "CO_FOUNDED PARTNER" -> "%s共建%s。";
					default -> c[3].equals("MEMBER_OF") ? "%s加入%s。" : null;
				};
				if (frame != null) {
					byFrame.computeIfAbsent(frame, (k) -> new LinkedHashMap<>())
						.computeIfAbsent(c[2], (k) -> new ArrayList<>())
						.add(c[1]);
				}
			}
			for (Map.Entry<String, Map<String, List<String>>> frame : byFrame.entrySet()) {
				for (Map.Entry<String, List<String>> platform : frame.getValue().entrySet()) {
					String sentence = String.format(frame.getKey(), String.join("、", platform.getValue()),
							platform.getKey());
					Found read = run(known, sentence, id);
					for (String party : platform.getValue()) {
						total++;
						if (read.pairs().containsKey(pair(party, platform.getKey()))) {
							found++;
						}
						else {
							missed.add(id + "\t" + sentence + "\t" + party);
						}
					}
				}
			}
		}
		return new FrameTally(total, found, missed);
	}

	/** The annotation file of each source of the half (all halves for {@code all}). */
	private static Map<String, Path> goldFiles(Map<String, String> split, String half, Path evalDir) {
		Map<String, Path> files = new LinkedHashMap<>();
		split.forEach((id, itsHalf) -> {
			Path goldFile = evalDir.resolve("gold/" + id + ".tsv");
			if ((half.equals("all") || half.equals(itsHalf)) && Files.exists(goldFile)) {
				files.put(id, goldFile);
			}
		});
		return files;
	}

	/** What {@code --frames} counts: annotated pairs set in frames, and those read. */
	record FrameTally(int total, int found, List<String> missed) {
	}

	/**
	 * What {@code --names} counts over a half: annotated names, found alone, kinds right.
	 */
	record NameTally(String setting, int total, int found, int kindRight, Map<String, Integer> missedByKind,
			List<String> lines) {

		String line(String half) {
			return String.format(Locale.ROOT,
					"%s half, names %s: found %.3f (%d/%d), kind right %.3f (%d/%d); missed by kind %s", half,
					this.setting, (this.total == 0) ? 0 : this.found / (double) this.total, this.found, this.total,
					(this.found == 0) ? 0 : this.kindRight / (double) this.found, this.kindRight, this.found,
					this.missedByKind);
		}

	}

	/**
	 * The names and kinds extraction writes for one text, read back from its nodes.csv.
	 */
	private static Map<String, String> kinds(KnownNames known, String raw) throws IOException {
		return extracted(known, raw, "names", (dir) -> {
			Map<String, String> kinds = new LinkedHashMap<>();
			for (CSVRecord r : read(dir.resolve("nodes.csv"))) {
				kinds.put(norm(r.get("name")), r.get("kind"));
			}
			return kinds;
		});
	}

	/** Reads what the {@code extract} command wrote into a candidate folder. */
	private interface FolderReader<T> {

		T read(Path dir) throws IOException;

	}

	/**
	 * Extracts a text as the command does, writes its candidate folder into a temporary
	 * directory, reads it back and deletes it.
	 */
	private static <T> T extracted(KnownNames known, String raw, String documentId, FolderReader<T> reader)
			throws IOException {
		Extraction extraction = new ReportExtractor(known).extract(raw, null);
		Path dir = Files.createTempDirectory("corpus-eval");
		try {
			CandidateFolderWriter.write(dir, extraction, documentId, documentId, Set.of());
			return reader.read(dir);
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	/**
	 * {@code --one-file}: every source of the half in one file, extracted once, as the
	 * check's protocol can also be read ("the sentences, one per line, in one UTF-8
	 * file"); what a document remembers then runs on from one source into the next.
	 */
	private static Found runAsOneFile(KnownNames known, Map<String, String> split, String half, Path textDir)
			throws IOException {
		StringBuilder all = new StringBuilder();
		for (String id : split.keySet()) {
			Path text = textDir.resolve(id + ".txt");
			if ((half.equals("all") || half.equals(split.get(id))) && Files.exists(text)) {
				all.append(Files.readString(text, StandardCharsets.UTF_8).strip()).append('\n');
			}
		}
		return run(known, all.toString(), "one-file");
	}

	/** What a one-file run found that one source names: both ends written in its text. */
	private static Found within(Found whole, String raw) {
		String text = norm(raw);
		Set<String> orgs = new LinkedHashSet<>();
		whole.orgs().stream().filter(text::contains).forEach(orgs::add);
		Map<String, Set<String>> pairs = new LinkedHashMap<>();
		whole.pairs().forEach((key, value) -> {
			String[] ends = key.split(" ~ ");
			if (text.contains(ends[0]) && text.contains(ends[1])) {
				pairs.put(key, value);
			}
		});
		return new Found(orgs, pairs, whole.aliases());
	}

	/** Documents read from a stream, each after a line {@code @@ <id>}. */
	static Map<String, String> piped(java.io.InputStream in) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		String id = null;
		StringBuilder text = new StringBuilder();
		for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
			if (line.startsWith("@@ ")) {
				if (id != null) {
					texts.put(id, text.toString());
				}
				id = line.substring(3).strip();
				text.setLength(0);
			}
			else if (id != null) {
				text.append(line).append('\n');
			}
		}
		if (id != null) {
			texts.put(id, text.toString());
		}
		return texts;
	}

	static String option(String[] args, String prefix, String otherwise) {
		return List.of(args)
			.stream()
			.filter((a) -> a.startsWith(prefix))
			.map((a) -> a.substring(prefix.length()))
			.findFirst()
			.orElse(otherwise);
	}

	/** The seeds' names and aliases, as a cold start with only the seeds knows them. */
	static KnownNames seeds(Path nodes) throws IOException {
		List<KnownNames.Entry> entries = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(nodes, StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				List<String> aliases = new ArrayList<>();
				if (!r.get("aliases").isEmpty()) {
					aliases.addAll(List.of(r.get("aliases").split("\\|")));
				}
				if (!r.get("nameEn").isEmpty()) {
					aliases.add(r.get("nameEn"));
				}
				entries.add(new KnownNames.Entry(r.get("id"), r.get("name"), OrgKind.valueOf(r.get("kind")), aliases));
			}
		}
		return new KnownNames(entries);
	}

	static Map<String, String> split(Path file) throws IOException {
		Map<String, String> split = new TreeMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] cells = line.split("\t");
			if (cells.length >= 2 && !line.startsWith("#")) {
				split.put(cells[0].strip(), cells[1].strip());
			}
		}
		return split;
	}

	static String norm(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	static String pair(String a, String b) {
		String x = norm(a);
		String y = norm(b);
		return (x.compareTo(y) <= 0) ? x + " ~ " + y : y + " ~ " + x;
	}

	static String roleClass(String type, String role) {
		return switch (type) {
			case "CO_FOUNDED" -> (role == null || role.isEmpty()) ? "CO_FOUNDED" : role;
			case "MEMBER_OF" -> "MEMBER";
			default -> type;
		};
	}

	static Gold gold(Path file) throws IOException {
		Set<String> orgs = new LinkedHashSet<>();
		Map<String, Set<String>> pairs = new LinkedHashMap<>();
		Map<String, Set<String>> evalPairs = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] c = line.split("\t", -1);
			if (c[0].equals("ORG") && c.length >= 2) {
				orgs.add(norm(c[1]));
			}
			else if (c[0].equals("REL") && c.length >= 4) {
				String type = c[3].strip();
				String role = (c.length > 4) ? c[4].strip() : "";
				String key = pair(c[1], c[2]);
				pairs.computeIfAbsent(key, (k) -> new TreeSet<>()).add(roleClass(type, role));
				if (EVAL_TYPES.contains(type)) {
					evalPairs.computeIfAbsent(key, (k) -> new TreeSet<>()).add(roleClass(type, role));
				}
			}
		}
		return new Gold(orgs, pairs, evalPairs);
	}

	/** Extracts one source as the command does and reads back what it wrote. */
	static Found run(KnownNames known, String raw, String documentId) throws IOException {
		return extracted(known, raw, documentId, (dir) -> {
			Map<String, String> names = new HashMap<>();
			Set<String> orgs = new LinkedHashSet<>();
			Set<String> aliases = new HashSet<>();
			for (CSVRecord r : read(dir.resolve("nodes.csv"))) {
				names.put(r.get("id"), r.get("name"));
				orgs.add(norm(r.get("name")));
				if (!r.get("aliases").isEmpty()) {
					List.of(r.get("aliases").split("\\|")).forEach((a) -> aliases.add(norm(a)));
				}
			}
			Map<String, Set<String>> pairs = new LinkedHashMap<>();
			for (CSVRecord r : read(dir.resolve("relations.csv"))) {
				String from = names.get(r.get("from"));
				String to = names.get(r.get("to"));
				if (from == null || to == null) {
					continue; // an end the folder does not name cannot be read back
				}
				pairs.computeIfAbsent(pair(from, to), (k) -> new TreeSet<>())
					.add(r.get("type") + "\t" + roleClass(r.get("type"), r.get("role")));
			}
			return new Found(orgs, pairs, aliases);
		});
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	static Tally score(String id, Set<String> goldOrgs, Map<String, Set<String>> goldPairs, Found found,
			boolean evalTypesOnly) {
		return score(id, goldOrgs, goldPairs, found, evalTypesOnly, "");
	}

	/**
	 * As above; {@code raw}, the source's text, sorts each missed pair by why
	 * ({@link Tally#missedBy}).
	 */
	static Tally score(String id, Set<String> goldOrgs, Map<String, Set<String>> goldPairs, Found found,
			boolean evalTypesOnly, String raw) {
		Tally t = new Tally();
		t.goldOrgs = goldOrgs.size();
		t.foundOrgs = found.orgs().size();
		for (String org : found.orgs()) {
			if (goldOrgs.contains(org)) {
				t.orgHits++;
			}
			else {
				t.errors.add(id + "\textra org\t" + org);
			}
		}
		for (String org : goldOrgs) {
			if (!found.orgs().contains(org)) {
				t.errors.add(
						id + "\tmissed org\t" + org + (found.aliases().contains(org) ? "\t(written as an alias)" : ""));
				t.missedAsAlias += found.aliases().contains(org) ? 1 : 0;
			}
		}
		t.goldPairs = goldPairs.size();
		Set<String> judged = new HashSet<>();
		for (Map.Entry<String, Set<String>> e : found.pairs().entrySet()) {
			Set<String> classes = new TreeSet<>();
			for (String typed : e.getValue()) {
				String[] tc = typed.split("\t");
				if (!evalTypesOnly || EVAL_TYPES.contains(tc[0])) {
					classes.add(tc[1]);
				}
			}
			if (classes.isEmpty()) {
				continue;
			}
			String[] ends = e.getKey().split(" ~ ");
			boolean annotatedEnds = goldOrgs.contains(ends[0]) && goldOrgs.contains(ends[1]);
			if (!annotatedEnds) {
				continue;
			}
			judged.add(e.getKey());
			Set<String> gold = goldPairs.get(e.getKey());
			if (gold != null) {
				t.pairHits++;
				if (gold.equals(classes)) {
					t.roleRight++;
				}
				else {
					t.errors.add(id + "\twrong role\t" + e.getKey() + "\tgold " + gold + " found " + classes);
				}
			}
			else {
				t.errors.add(id + "\textra pair\t" + e.getKey() + "\t" + classes);
			}
		}
		t.judgedPairs = judged.size();
		List<String> lines = raw.lines().map(CorpusEvaluation::norm).toList();
		for (Map.Entry<String, Set<String>> e : goldPairs.entrySet()) {
			if (!found.pairs().containsKey(e.getKey()) || !judged.contains(e.getKey())) {
				t.errors.add(id + "\tmissed pair\t" + e.getKey() + "\t" + e.getValue());
				String[] ends = e.getKey().split(" ~ ");
				boolean endsFound = found.orgs().contains(ends[0]) && found.orgs().contains(ends[1]);
				boolean oneLine = lines.stream().anyMatch((line) -> line.contains(ends[0]) && line.contains(ends[1]));
				t.missedBy[!endsFound ? 0 : oneLine ? 1 : 2]++;
			}
		}
		return t;
	}

}
