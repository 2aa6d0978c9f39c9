package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading and validating interchange folders: the seeds, and every kind of bad row. */
class InterchangeReaderTests {

	static final String NODES_HEADER = "id,kind,name,nameEn,aliases,region,founded,identifiers,description\n";

	static final String RELATIONS_HEADER = "from,to,type,role,since,until,status,sources,evidence\n";

	static final String DOCUMENTS = "id,title,publisher,year\ndoc,某报告,某校,2023\n";

	static final String GOOD_NODES = NODES_HEADER + "school,SCHOOL,某职业学院,,,,,,\n" + "college,COLLEGE,某产业学院,,,,,,\n"
			+ "firm,ENTERPRISE,某有限公司,,某公司|Firm,,,USCC:91512081MA62K0260E,\n";

	@TempDir
	Path dir;

	@Test
	void shouldReadTheCuratedSeeds() {
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), InterchangeReader.KnownGraph.EMPTY);
		assertThat(seeds.documents()).hasSize(1);
		assertThat(seeds.nodes()).hasSizeGreaterThan(25);
		assertThat(seeds.relations()).hasSizeGreaterThan(35);
		assertThat(seeds.nodes()).filteredOn((n) -> n.id().equals("gdep"))
			.singleElement()
			.satisfies((n) -> assertThat(n.kind()).isEqualTo(OrgKind.SCHOOL));
		assertThat(seeds.relations()).allSatisfy((r) -> {
			assertThat((List<?>) r.properties().get("evidence")).as("evidence of %s", r).isNotEmpty();
			assertThat(r.properties().get("sources")).isEqualTo(List.of("gdep-2023-integration-report"));
		});
	}

	@Test
	void shouldReadAGoodFolderWithListsAndComputedIds() throws IOException {
		write(DOCUMENTS, GOOD_NODES, RELATIONS_HEADER + "school,college,CO_FOUNDED,LEAD,2023,,,doc,某句话\n"
				+ "firm,college,CO_FOUNDED,PARTNER,,,,doc,另一句话\n" + "college,school,PART_OF,,,,,,\n");
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), InterchangeReader.KnownGraph.EMPTY);
		assertThat(dataset.nodes().get(2).properties().get("aliases")).isEqualTo(List.of("某公司", "Firm"));
		assertThat(dataset.relations()).extracting(Dataset.RelationRow::type)
			.containsExactly(RelationType.CO_FOUNDED, RelationType.CO_FOUNDED, RelationType.PART_OF);
		assertThat(dataset.relations().get(0).properties()).containsEntry("status", "ASSERTED")
			.containsEntry("since", 2023);
		assertThat(dataset.relations().get(0).id())
			.isEqualTo(RelationKeys.id("school", RelationType.CO_FOUNDED, "college", "LEAD"));
	}

	@Test
	void shouldNameFileLineColumnAndReasonForEachBadRow() throws IOException {
		write(DOCUMENTS,
				NODES_HEADER + "school,SCHOOL,某职业学院,,,,,,\n" + "x,UNIVERSITY,某大学,,,,,,\n" + "y,ENTERPRISE,,,,,,,\n"
						+ "old,COLLEGE,某老学院,,,,1850,,\n" + "college,COLLEGE,某产业学院,,,,,,\n",
				RELATIONS_HEADER + "school,college,CO_FOUNDED,LEAD,,,,doc,q\n" + "college,school,MEMBER_OF,,,,,doc,q\n"
						+ "school,ghost,PARTNERS_WITH,,,,,doc,q\n" + "school,college,CO_FOUNDED,LEAD,,,,doc,q\n"
						+ "school,school,PARTNERS_WITH,,,,,,\n" + "school,college,CO_FOUNDED,LEAD,,,,\n");
		List<String> problems = problems();
		assertThat(problems).contains("nodes.csv:3 column kind: 'UNIVERSITY' is not one of [GOVERNMENT, SCHOOL, "
				+ "INDUSTRY_ASSOCIATION, ENTERPRISE, RESEARCH_INSTITUTE, COLLEGE, COMMUNITY, PRACTICE_BASE]");
		assertThat(problems).contains("nodes.csv:4 column name: is empty; a name is required");
		assertThat(problems).contains("nodes.csv:5 column founded: 1850 is not a year between 1900 and "
				+ (java.time.Year.now().getValue() + 1));
		assertThat(problems).anySatisfy((p) -> assertThat(p)
			.startsWith("relations.csv:3 column type: MEMBER_OF is " + "not allowed from COLLEGE to SCHOOL"));
		assertThat(problems).contains("relations.csv:4 column to: no organisation with id 'ghost'");
		assertThat(problems).doesNotContain("relations.csv:2 column to: no organisation with id 'college'");
		assertThat(problems).anySatisfy((p) -> assertThat(p).startsWith("relations.csv:5: duplicate relation"));
		assertThat(problems).anySatisfy(
				(p) -> assertThat(p).startsWith("relations.csv:6 column to: a relation from " + "'school' to itself"));
		assertThat(problems).anySatisfy((p) -> assertThat(p).startsWith("relations.csv:7: has 8 cells"));
	}

	@Test
	void shouldPointAReferenceToARefusedRowAtThatRow() throws IOException {
		write(null, NODES_HEADER + "school,SCHOOL,某职业学院,,,,,,\n" + "college,COLLEGE,,,,,,,\n",
				RELATIONS_HEADER + "school,college,CO_FOUNDED,LEAD,,,,,\n");
		assertThat(problems()).containsExactly("nodes.csv:3 column name: is empty; a name is required",
				"relations.csv:2 column to: organisation 'college' is refused at nodes.csv:3");
	}

	@Test
	void shouldRefuseUnknownColumnsAndAHeaderOutOfOrder() throws IOException {
		write(null, "id,kind,name,nameEn,aliases,region,founded,identifiers,description,colour\n",
				"to,from,type,role,since,until,status,sources,evidence\n");
		assertThat(problems()).contains(
				"nodes.csv:1 column colour: unknown column; known further columns are form,honours,declaredModel,"
						+ "declaredModelSources,declaredModelEvidence,createdAt,updatedAt,version,status",
				"relations.csv:1 column to: column 1 must be 'from'; the leading columns are "
						+ "from,to,type,role,since,until,status,sources,evidence");
	}

	@Test
	void shouldReportMalformedCsvAndMissingFiles() throws IOException {
		Files.writeString(this.dir.resolve("nodes.csv"), NODES_HEADER + "a,SCHOOL,\"unclosed,,,,,,\n",
				StandardCharsets.UTF_8);
		List<String> problems = problems();
		assertThat(problems).anySatisfy((p) -> assertThat(p).startsWith("nodes.csv:2: malformed CSV"));
		assertThat(problems).anySatisfy((p) -> assertThat(p).startsWith("relations.csv: is missing"));
	}

	@Test
	void shouldRefuseBytesThatAreNotUtf8() throws IOException {
		Files.write(this.dir.resolve("nodes.csv"), (NODES_HEADER + "a,SCHOOL,").getBytes(StandardCharsets.UTF_8));
		Files.write(this.dir.resolve("nodes.csv"), new byte[] { 'i', 'd', ',', (byte) 0xC3, (byte) 0x28, '\n' },
				java.nio.file.StandardOpenOption.APPEND);
		Files.writeString(this.dir.resolve("relations.csv"), RELATIONS_HEADER);
		assertThat(problems()).anySatisfy((p) -> assertThat(p).contains("nodes.csv").contains("not valid UTF-8"));
	}

	@Test
	void shouldCheckRelationSpecificColumns() throws IOException {
		write(DOCUMENTS,
				"id,kind,name,nameEn,aliases,region,founded,identifiers,description,form\n"
						+ "gov,GOVERNMENT,某教育厅,,,,,,,\n" + "school,SCHOOL,某职业学院,,,,,,,VOCATIONAL_EDUCATION_GROUP\n",
				"from,to,type,role,since,until,status,sources,evidence,kind,title,level,stage\n"
						+ "gov,school,RECOGNIZED,,2024,2020,,doc|doc,q,,,REGIONAL,\n"
						+ "gov,school,PARTNERS_WITH,,,,MAYBE,,,,某称号,,\n");
		List<String> problems = problems();
		assertThat(problems).contains("nodes.csv:3 column form: only a COMMUNITY has a form; this row is SCHOOL",
				"relations.csv:2 column until: until 2020 is before since 2024",
				"relations.csv:2 column evidence: 1 quote(s) for 2 source(s); quote i must quote source i of sources",
				"relations.csv:2 column level: 'REGIONAL' is not one of [NATIONAL, PROVINCIAL, MUNICIPAL]",
				"relations.csv:2 column title: a RECOGNIZED relation needs the title it confers",
				"relations.csv:3 column status: 'MAYBE' is not one of [ASSERTED, CANDIDATE, DEPRECATED]",
				"relations.csv:3 column title: only a RECOGNIZED relation has a title; this row is PARTNERS_WITH");
	}

	@Test
	void shouldResolveReferencesToWhatTheDatabaseHolds() throws IOException {
		write(null, NODES_HEADER + "college,COLLEGE,某产业学院,,,,,,\n",
				RELATIONS_HEADER + "existing-school,college,CO_FOUNDED,LEAD,,,,existing-doc,q\n");
		InterchangeReader.KnownGraph known = new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(java.util.Collection<String> ids) {
				return ids.contains("existing-school") ? Map.of("existing-school", OrgKind.SCHOOL) : Map.of();
			}

			@Override
			public Set<String> documents(java.util.Collection<String> ids) {
				return ids.contains("existing-doc") ? Set.of("existing-doc") : Set.of();
			}
		};
		assertThat(InterchangeReader.read(ResourceFolder.of(this.dir), known).relations()).hasSize(1);
	}

	@Test
	void shouldTakeLinkedRowsAsReferencesToWhatTheDatabaseHoldsAndWriteNothingToThem() throws IOException {
		String header = NODES_HEADER.strip() + ",status\n";
		write(DOCUMENTS, header + "x-1,COLLEGE,某产业学院,,,,,,,CANDIDATE\n" + "existing-school,SCHOOL,某职院,,,,,,,LINKED\n",
				RELATIONS_HEADER + "existing-school,x-1,CO_FOUNDED,PARTNER,,,CANDIDATE,doc,q\n");
		InterchangeReader.KnownGraph known = new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(java.util.Collection<String> ids) {
				return ids.contains("existing-school") ? Map.of("existing-school", OrgKind.SCHOOL) : Map.of();
			}

			@Override
			public Set<String> documents(java.util.Collection<String> ids) {
				return Set.of();
			}
		};
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), known);
		assertThat(dataset.nodes()).extracting(Dataset.NodeRow::id).containsExactly("x-1");
		assertThat(dataset.nodes().get(0).properties()).doesNotContainKey("status");
		assertThat(dataset.relations()).hasSize(1);

		write(DOCUMENTS, header + "missing,SCHOOL,某校,,,,,,,LINKED\n" + "existing-school,COLLEGE,某职院,,,,,,,LINKED\n"
				+ "x-2,COLLEGE,某产业学院,,,,,,,PENDING\n", RELATIONS_HEADER);
		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> InterchangeReader.read(ResourceFolder.of(this.dir), known));
		assertThat(refused.getProblems()).extracting(ImportProblem::toString)
			.containsExactlyInAnyOrder(
					"nodes.csv:2 column id: LINKED organisation 'missing' is not in the database; import the folder it came from first, or make the row CANDIDATE",
					"nodes.csv:3 column kind: LINKED organisation 'existing-school' is SCHOOL in the database, not COLLEGE",
					"nodes.csv:4 column status: 'PENDING' is not CANDIDATE (an organisation to import) or LINKED (one the database holds, not written)");
	}

	@Test
	void shouldStopListingAfterAHundredProblems() throws IOException {
		StringBuilder nodes = new StringBuilder(NODES_HEADER);
		for (int i = 0; i < 150; i++) {
			nodes.append("n").append(i).append(",NOT_A_KIND,名,,,,,,\n");
		}
		write(null, nodes.toString(), RELATIONS_HEADER);
		List<String> problems = problems();
		assertThat(problems).hasSize(101);
		assertThat(problems.get(100)).contains("50 further problem(s) not listed");
	}

	private List<String> problems() {
		ImportException ex = catchThrowableOfType(ImportException.class,
				() -> InterchangeReader.read(ResourceFolder.of(this.dir), InterchangeReader.KnownGraph.EMPTY));
		assertThat(ex).as("the folder should have been refused").isNotNull();
		assertThat(ex.getMessage()).contains("nothing written");
		return ex.getProblems().stream().map(ImportProblem::toString).toList();
	}

	private void write(String documents, String nodes, String relations) throws IOException {
		if (documents != null) {
			Files.writeString(this.dir.resolve("documents.csv"), documents, StandardCharsets.UTF_8);
		}
		Files.writeString(this.dir.resolve("nodes.csv"), nodes, StandardCharsets.UTF_8);
		Files.writeString(this.dir.resolve("relations.csv"), relations, StandardCharsets.UTF_8);
	}

}
