package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.chanjiao.Subcommand;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.Dataset;
import org.chanjiao.transfer.InterchangeReader;
import org.chanjiao.transfer.ResourceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code extract} subcommand end to end, as a user runs it: against a database into
 * which the seeds were imported, and refusing bad input with nothing written.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExtractCommandTests {

	@TempDir
	Path dir;

	@Test
	void shouldPrintAndWriteCandidatesThatTheImportAccepts(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", "seeds")).isZero();
		Path report = Files.copy(ExtractionQualityTests.REPORT, this.dir.resolve("gdep-2023.txt"));
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", report.toString(), "--reporter=gdep", "--out=" + out)).isZero();
		assertThat(output.getOut()).contains("ORGANISATIONS", "RELATIONS", "广东工程职业教育集团", "IN_GRAPH");
		assertThat(out.resolve("nodes.csv")).exists();
		assertThat(out.resolve("documents.csv")).content().contains("gdep-2023");
		Dataset seeds = ExtractionQualityTests.seeds();
		Dataset candidates = InterchangeReader.read(ResourceFolder.of(out), knownGraph(seeds));
		assertThat(candidates.relations())
			.allSatisfy((r) -> assertThat(r.properties().get("status")).isEqualTo("CANDIDATE"));
		assertThat(candidates.relations()).extracting(Dataset.RelationRow::id)
			.doesNotContainAnyElementsOf(seeds.relations().stream().map(Dataset.RelationRow::id).toList());
	}

	@Test
	void shouldRefuseBadInputWithExitCodeTwoAndWriteNothing(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		Path empty = Files.createFile(this.dir.resolve("empty.txt"));
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", empty.toString(), "--out=" + out)).isEqualTo(2);
		assertThat(output.getErr()).contains("empty.txt is empty; nothing written");
		Path report = Files.copy(ExtractionQualityTests.REPORT, this.dir.resolve("r.txt"));
		assertThat(run(data, "extract", report.toString(), "--reporter=nobody", "--out=" + out)).isEqualTo(2);
		assertThat(output.getErr()).contains("--reporter nobody: no organisation with that id");
		assertThat(out).doesNotExist();
	}

	static InterchangeReader.KnownGraph knownGraph(Dataset seeds) {
		Map<String, OrgKind> kinds = new HashMap<>();
		seeds.nodes().forEach((n) -> kinds.put(n.id(), n.kind()));
		return new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(Collection<String> ids) {
				Map<String, OrgKind> found = new HashMap<>();
				ids.stream().filter(kinds::containsKey).forEach((id) -> found.put(id, kinds.get(id)));
				return found;
			}

			@Override
			public Set<String> documents(Collection<String> ids) {
				return Set.of();
			}
		};
	}

	private static int run(Path data, String... args) {
		return Subcommand.run(data, args);
	}

}
