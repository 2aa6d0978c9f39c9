package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.model.perceptron.NERTrainer;
import com.hankcs.hanlp.model.perceptron.PerceptronNERecognizer;
import com.hankcs.hanlp.seg.common.Term;

/**
 * An experiment, not part of the extractor: does a statistical recogniser, trained on the
 * hand annotation of some halves of the corpus, find on other halves the organisations
 * the rules miss? HanLP's averaged perceptron ({@code NERTrainer}) is trained on the
 * copied sentences of the training halves, one character a word (so that it can cut where
 * HanLP's segmentation does not, 汇/川), each character carrying the part of speech and
 * position of the word HanLP's segmenter puts it in; every written occurrence of an
 * annotated organisation is one {@code nt} span. On the evaluation halves it prints the
 * recogniser alone, the rules alone (as {@link CorpusEvaluation} runs them: cold start,
 * one source at a time), the rules with the recogniser's proposals added where the rules
 * found nothing there, and how often the two agree on the rules' right and wrong names
 * (docs/EXTRACTION.md, "A statistical recogniser, tried").
 * <p>
 * Run: {@code java -cp <test classpath> org.chanjiao.extraction.RecognizerExperiment
 * --train=dev4,dev5 --eval=dev12,dev13 [--iterations=10]}. Training uses one thread, but
 * HanLP shuffles the instances without a fixed seed, so two runs differ by a few names.
 */
public final class RecognizerExperiment {

	/**
	 * The proposals of the recogniser added to the rules' names: no list word or
	 * punctuation inside, and a suffix the lexicon knows.
	 */
	private static final Pattern INSIDE_A_LIST = Pattern.compile("[、，,和与及；;“”\"（）()]");

	private RecognizerExperiment() {
	}

	public static void main(String[] args) throws IOException {
		Set<String> train = Set
			.of(CorpusEvaluation.option(args, "--train=", "dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11").split(","));
		Set<String> eval = Set.of(CorpusEvaluation.option(args, "--eval=", "dev12,dev13").split(","));
		int iterations = Integer.parseInt(CorpusEvaluation.option(args, "--iterations=", "10"));
		Map<String, String> split = CorpusEvaluation.split(Path.of("eval/split.tsv"));
		Path work = Files.createTempDirectory("recognizer");
		Path corpus = work.resolve("train.txt");
		StringBuilder lines = new StringBuilder();
		int trainSources = 0;
		for (String id : split.keySet()) {
			if (train.contains(split.get(id)) && text(id) != null) {
				trainSources++;
				List<String> names = new ArrayList<>(CorpusEvaluation.gold(gold(id)).orgs());
				names.sort(Comparator.comparingInt(String::length).reversed());
				text(id).lines().map(RecognizerExperiment::norm).filter((s) -> !s.isEmpty()).forEach((s) -> {
					lines.append(trainingLine(s, names)).append('\n');
				});
			}
		}
		Files.writeString(corpus, lines, StandardCharsets.UTF_8);
		Path model = work.resolve("ner.bin");
		new NERTrainer().train(corpus.toString(), corpus.toString(), model.toString(), 0.0, iterations, 1);
		PerceptronNERecognizer recognizer = new PerceptronNERecognizer(model.toString());
		KnownNames known = CorpusEvaluation.seeds(Path.of("seeds/nodes.csv"));
		int[] alone = new int[3];
		int[] rules = new int[3];
		int[] added = new int[3];
		int[] agree = new int[4];
		int evalSources = 0;
		for (String id : split.keySet()) {
			if (!eval.contains(split.get(id)) || text(id) == null) {
				continue;
			}
			evalSources++;
			Set<String> gold = CorpusEvaluation.gold(gold(id)).orgs();
			Set<String> proposed = new LinkedHashSet<>();
			text(id).lines()
				.map(RecognizerExperiment::norm)
				.filter((s) -> !s.isEmpty())
				.forEach((s) -> proposed.addAll(spans(recognizer, s)));
			Set<String> found = CorpusEvaluation.run(known, text(id), id).orgs();
			Set<String> both = new LinkedHashSet<>(found);
			for (String name : proposed) {
				boolean overlaps = found.stream().anyMatch((f) -> f.contains(name) || name.contains(f));
				if (!overlaps && name.length() >= 4 && !INSIDE_A_LIST.matcher(name).find()
						&& OrganizationLexicon.suffixOf(name).isPresent()) {
					both.add(name);
				}
			}
			count(alone, gold, proposed);
			count(rules, gold, found);
			count(added, gold, both);
			for (String name : found) {
				agree[(gold.contains(name) ? 0 : 2) + (proposed.contains(name) ? 0 : 1)]++;
			}
		}
		System.out.printf(Locale.ROOT, "trained on %d sources (%s), %d iterations; evaluated on %d sources (%s)%n",
				trainSources, String.join(",", train), iterations, evalSources, String.join(",", eval));
		System.out.println("recogniser alone:        " + line(alone));
		System.out.println("rules:                   " + line(rules));
		System.out.println("rules + its proposals:   " + line(added));
		System.out.printf(Locale.ROOT,
				"the rules' right names: the recogniser agrees on %d, not on %d; their wrong names: agrees on %d, not on %d%n",
				agree[0], agree[1], agree[2], agree[3]);
		try (var files = Files.walk(work)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

	/** The sentence one character a word, the annotated names as {@code [..]nt}. */
	private static String trainingLine(String s, List<String> names) {
		int[] end = new int[s.length()];
		boolean[] taken = new boolean[s.length()];
		for (String name : names) {
			for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
				boolean free = true;
				for (int k = at; k < at + name.length(); k++) {
					free &= !taken[k];
				}
				if (free) {
					for (int k = at; k < at + name.length(); k++) {
						taken[k] = true;
					}
					end[at] = at + name.length();
				}
			}
		}
		String[] tags = characterTags(s);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < s.length();) {
			if (end[i] > 0) {
				line.append('[');
				for (int k = i; k < end[i]; k++) {
					line.append(s.charAt(k)).append('/').append(tags[k]).append((k < end[i] - 1) ? " " : "");
				}
				line.append("]nt ");
				i = end[i];
			}
			else {
				line.append(s.charAt(i)).append('/').append(tags[i]).append(' ');
				i++;
			}
		}
		return line.toString().strip();
	}

	/**
	 * Each character's position in its word (B, M, E, S) and the word's part of speech.
	 */
	private static String[] characterTags(String s) {
		String[] tags = new String[s.length()];
		int i = 0;
		for (Term term : HanLP.segment(s)) {
			for (int k = 0; k < term.word.length() && i < tags.length; k++) {
				String position = (term.word.length() == 1) ? "S"
						: (k == 0) ? "B" : (k == term.word.length() - 1) ? "E" : "M";
				tags[i++] = position + term.nature;
			}
		}
		while (i < tags.length) {
			tags[i++] = "Sx";
		}
		return tags;
	}

	private static List<String> spans(PerceptronNERecognizer recognizer, String s) {
		String[] characters = s.chars().mapToObj(Character::toString).toArray(String[]::new);
		String[] tags = recognizer.recognize(characters, characterTags(s));
		List<String> spans = new ArrayList<>();
		int begin = -1;
		for (int i = 0; i < tags.length; i++) {
			if (tags[i].startsWith("S-")) {
				spans.add(characters[i]);
			}
			else if (tags[i].startsWith("B-")) {
				begin = i;
			}
			else if (tags[i].startsWith("E-") && begin >= 0) {
				spans.add(s.substring(begin, i + 1));
				begin = -1;
			}
			else if (!tags[i].startsWith("M-")) {
				begin = -1;
			}
		}
		return spans;
	}

	private static void count(int[] tally, Set<String> gold, Set<String> found) {
		tally[0] += (int) found.stream().filter(gold::contains).count();
		tally[1] += gold.size();
		tally[2] += found.size();
	}

	private static String line(int[] t) {
		return String.format(Locale.ROOT, "recall %.3f (%d/%d) precision %.3f (%d/%d)", t[0] / (double) t[1], t[0],
				t[1], t[0] / (double) t[2], t[0], t[2]);
	}

	/**
	 * The corpus's way of comparing names, with the brackets the training format uses
	 * made full-width.
	 */
	private static String norm(String s) {
		return CorpusEvaluation.norm(s).replace('[', '［').replace(']', '］');
	}

	private static String text(String id) throws IOException {
		Path text = Path.of("corpus/text/" + id + ".txt");
		return Files.exists(text) ? Files.readString(text, StandardCharsets.UTF_8) : null;
	}

	private static Path gold(String id) {
		return Path.of("eval/gold/" + id + ".tsv");
	}

}
