package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus scorer counts as the independent check does: what it reports for a small
 * annotation whose right answers were worked out by hand.
 */
class CorpusEvaluationTests {

	private static final KnownNames NO_GRAPH = new KnownNames(List.of());

	@Test
	void shouldCountEachAnnotatedNameOfTheHalfOnceFoundAloneAndItsKind(@TempDir Path eval) throws IOException {
		Files.writeString(eval.resolve("split.tsv"), "a1\tdevX\na2\ttestX\n", StandardCharsets.UTF_8);
		Files.createDirectories(eval.resolve("gold"));
		Files.writeString(eval.resolve("gold/a1.tsv"),
				String.join("\n", "# a comment line", "ORG\t江川职业技术学院\tSCHOOL", "ORG\t教育部青禾交流中心\tGOVERNMENT",
						// found, but the annotation calls it a college
						"ORG\t东陵大学\tCOLLEGE",
						// a bare college: only a sentence makes it a name
						"ORG\t医学院\tCOLLEGE",
						// named twice in the source: one name
						"ORG\t江川职业技术学院\tSCHOOL", "REL\t江川职业技术学院\t东陵大学\tPARTNERS_WITH\t\t"),
				StandardCharsets.UTF_8);
		Files.writeString(eval.resolve("gold/a2.tsv"), "ORG\t云岭集团\tENTERPRISE\n", StandardCharsets.UTF_8);

		CorpusEvaluation.NameTally tally = CorpusEvaluation.names(NO_GRAPH,
				CorpusEvaluation.split(eval.resolve("split.tsv")), "devX", eval);

		assertThat(tally.total()).isEqualTo(4);
		assertThat(tally.found()).isEqualTo(3);
		assertThat(tally.kindRight()).isEqualTo(2);
		assertThat(tally.missedByKind()).containsExactly(Map.entry("COLLEGE", 1));
		assertThat(tally.lines()).containsExactly("a1\twrong kind\t东陵大学\tgold COLLEGE found SCHOOL",
				"a1\tmissed name\t医学院\tCOLLEGE\tfound []");
		assertThat(tally.line("devX")).startsWith("devX half, names alone: found 0.750 (3/4), kind right 0.667 (2/3)");
	}

	@Test
	void shouldCountANameThatIsOneOnlyWhereItActsAsFoundAsAPartyNotAlone(@TempDir Path eval) throws IOException {
		Files.writeString(eval.resolve("split.tsv"), "a1\tdevX\n", StandardCharsets.UTF_8);
		Files.createDirectories(eval.resolve("gold"));
		Files.writeString(eval.resolve("gold/a1.tsv"), String.join("\n",
				// a brand the segmenter breaks up, a zone that acts: names only as
				// parties
				"ORG\t汇岭\tENTERPRISE", "ORG\t东陵高新区\tGOVERNMENT",
				// a school's hospital named bare: no party either
				"ORG\t附属第一医院\tPRACTICE_BASE"), StandardCharsets.UTF_8);
		Map<String, String> split = CorpusEvaluation.split(eval.resolve("split.tsv"));

		CorpusEvaluation.NameTally alone = CorpusEvaluation.names(NO_GRAPH, split, "devX", eval);
		CorpusEvaluation.NameTally asParties = CorpusEvaluation.namesAsParties(NO_GRAPH, split, "devX", eval);

		assertThat(alone.found()).isZero();
		assertThat(asParties.total()).isEqualTo(3);
		assertThat(asParties.found()).isEqualTo(2);
		assertThat(asParties.kindRight()).isEqualTo(2);
		assertThat(asParties.lines()).containsExactly("a1\tmissed name\t附属第一医院\tPRACTICE_BASE\tfound [江川职业技术学院]");
		assertThat(asParties.line("devX")).startsWith("devX half, names as a party: found 0.667 (2/3)");
	}

	@Test
	void shouldSetEachAnnotatedFoundingAndMembershipInItsFrameAndCountThePairsRead(@TempDir Path eval)
			throws IOException {
		Files.writeString(eval.resolve("split.tsv"), "a1\tdevX\n", StandardCharsets.UTF_8);
		Files.createDirectories(eval.resolve("gold"));
		Files.writeString(eval.resolve("gold/a1.tsv"),
				String.join("\n", "REL\t江川职业技术学院\t江川智能制造产教联合体\tCO_FOUNDED\tLEAD\t",
						"REL\t云岭集团\t江川智能制造产教联合体\tCO_FOUNDED\tLEAD\t", "REL\t东陵大学\t青禾产业学院\tCO_FOUNDED\tPARTNER\t",
						// a generic noun is no name: its pair is not read
						"REL\t学校\t青禾产业学院\tCO_FOUNDED\tPARTNER\t", "REL\t青禾集团\t云岭职教集团\tMEMBER_OF\t理事单位\t",
						// a partnership has no frame
						"REL\t青禾集团\t东陵大学\tPARTNERS_WITH\t\t"),
				StandardCharsets.UTF_8);

		CorpusEvaluation.FrameTally tally = CorpusEvaluation.frames(NO_GRAPH,
				CorpusEvaluation.split(eval.resolve("split.tsv")), "devX", eval);

		assertThat(tally.total()).isEqualTo(5);
		assertThat(tally.found()).isEqualTo(4);
		assertThat(tally.missed()).containsExactly("a1\t东陵大学、学校共建青禾产业学院。\t学校");
	}

	@Test
	void shouldJudgeAPairOnlyWhenBothItsEndsAreAnnotated() {
		Set<String> goldOrgs = Set.of("江川大学", "青禾集团", "云岭联盟");
		Map<String, Set<String>> goldPairs = Map.of(CorpusEvaluation.pair("青禾集团", "江川大学"), Set.of("LEAD"));
		CorpusEvaluation.Found found = new CorpusEvaluation.Found(Set.of("江川大学", "青禾集团", "东陵公司"),
				Map.of(CorpusEvaluation.pair("江川大学", "青禾集团"), Set.of("CO_FOUNDED\tLEAD"),
						// 东陵公司 is annotated nowhere: not judged
						CorpusEvaluation.pair("江川大学", "东陵公司"), Set.of("CO_FOUNDED\tPARTNER"),
						// both ends annotated, no such pair: an extra one
						CorpusEvaluation.pair("江川大学", "云岭联盟"), Set.of("PARTNERS_WITH\tPARTNERS_WITH")),
				Set.of());

		CorpusEvaluation.Tally all = CorpusEvaluation.score("s", goldOrgs, goldPairs, found, false);
		assertThat(all.orgHits).isEqualTo(2);
		assertThat(all.foundOrgs).isEqualTo(3);
		assertThat(all.goldOrgs).isEqualTo(3);
		assertThat(all.judgedPairs).isEqualTo(2);
		assertThat(all.pairHits).isEqualTo(1);
		assertThat(all.roleRight).isEqualTo(1);
		assertThat(all.relPrecision()).isEqualTo(0.5);
		assertThat(all.relRecall()).isEqualTo(1.0);

		// only the types the check annotates: the partnership is not judged
		CorpusEvaluation.Tally evalTypes = CorpusEvaluation.score("s", goldOrgs, goldPairs, found, true);
		assertThat(evalTypes.judgedPairs).isEqualTo(1);
		assertThat(evalTypes.relPrecision()).isEqualTo(1.0);
	}

	@Test
	void shouldSortMissedPairsByWhetherTheirEndsWereFoundAndShareALine() {
		Set<String> goldOrgs = Set.of("江川大学", "青禾集团", "云岭联盟", "东陵公司", "禾丰学院");
		Map<String, Set<String>> goldPairs = Map.of(CorpusEvaluation.pair("青禾集团", "云岭联盟"), Set.of("LEAD"),
				CorpusEvaluation.pair("江川大学", "云岭联盟"), Set.of("LEAD"), CorpusEvaluation.pair("东陵公司", "云岭联盟"),
				Set.of("MEMBER"), CorpusEvaluation.pair("禾丰学院", "云岭联盟"), Set.of("MEMBER"),
				CorpusEvaluation.pair("禾丰学院", "江川大学"), Set.of("PART_OF"), CorpusEvaluation.pair("禾丰学院", "青禾集团"),
				Set.of("PARTNER"));
		CorpusEvaluation.Found found = new CorpusEvaluation.Found(Set.of("江川大学", "青禾集团", "云岭联盟", "东陵公司"), Map.of(),
				Set.of());
		String raw = "青禾集团、江川大学牵头成立云岭联盟。\n江川大学禾丰学院参与。\n该联盟吸收东陵公司。\n";

		CorpusEvaluation.Tally t = CorpusEvaluation.score("s", goldOrgs, goldPairs, found, true, raw);

		// three with 禾丰学院, never found; two founders on the founding's line; 东陵公司
		// only on a later line
		assertThat(t.missedBy).containsExactly(3, 2, 1);
	}

	@Test
	void shouldReadEachPipedSourceAfterItsIdLineAndIgnoreWhatComesBeforeTheFirst() throws IOException {
		String piped = "stray line\n@@ h1-01\n江川学院与青禾集团签约。\n第二句。\n@@ h1-02 \r\n云岭大学成立。\r\n";

		Map<String, String> texts = CorpusEvaluation
			.piped(new java.io.ByteArrayInputStream(piped.getBytes(StandardCharsets.UTF_8)));

		assertThat(texts).containsOnlyKeys("h1-01", "h1-02");
		assertThat(texts.get("h1-01")).isEqualTo("江川学院与青禾集团签约。\n第二句。\n");
		assertThat(texts.get("h1-02")).isEqualTo("云岭大学成立。\n");
	}

}
