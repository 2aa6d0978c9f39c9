package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quote in the seeds is the report's own words: found in the report once the layout
 * (line breaks, and the spaces the PDF conversion left) is set aside.
 */
class SeedEvidenceTests {

	private static final Path REPORT = Path.of("seeds/sources/gdep-2023-integration-report.txt");

	@Test
	void shouldFindEveryRelationQuoteAndDeclaredModelQuoteInTheReport() throws IOException {
		String report = withoutWhitespace(Files.readString(REPORT, StandardCharsets.UTF_8));
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), InterchangeReader.KnownGraph.EMPTY);
		int quotes = 0;
		for (Dataset.RelationRow relation : seeds.relations()) {
			for (Object quote : (List<?>) relation.properties().get("evidence")) {
				assertThat(report).as("quote of %s %s→%s", relation.type(), relation.from(), relation.to())
					.contains(withoutWhitespace((String) quote));
				quotes++;
			}
		}
		for (Dataset.NodeRow node : seeds.nodes()) {
			Object evidence = node.properties().get("declaredModelEvidence");
			if (evidence != null) {
				for (Object quote : (List<?>) evidence) {
					assertThat(report).as("model quote of %s", node.id()).contains(withoutWhitespace((String) quote));
					assertThat((String) quote).contains((String) node.properties().get("declaredModel"));
					quotes++;
				}
			}
		}
		assertThat(quotes).isGreaterThanOrEqualTo(seeds.relations().size() + 4);
	}

	@Test
	void shouldDeclareTheFourModelsTheReportStates() {
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), InterchangeReader.KnownGraph.EMPTY);
		assertThat(seeds.nodes()).filteredOn((n) -> n.properties().get("declaredModel") != null)
			.extracting((n) -> n.id() + "=" + n.properties().get("declaredModel"))
			.containsExactlyInAnyOrder("chimelong-college=政-校-行-企", "xinyingzao-college=校-行-研-企",
					"elevator-college=政-校-企", "childcare-college=校-校中厂");
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}

}
