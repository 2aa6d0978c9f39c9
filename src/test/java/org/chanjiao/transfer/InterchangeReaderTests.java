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
		// empty cells are no value, not 0 or ""
		assertThat(dataset.nodes().get(0).properties()).containsEntry("founded", null)
			.containsEntry("version", null)
			.containsEntry("nameEn", null);
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
						+ "declaredModelSources,declaredModelEvidence,createdAt,updatedAt,version,status,shortFormOf",
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
		InterchangeReader.KnownGraph known = holdingOneSchool();
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
					"nodes.csv:4 column status: 'PENDING' is not CANDIDATE (an organisation to import), LINKED (one the database holds, not written) or SHORT_FORM (a shorter name of another row's organisation, not written)");
	}

	@Test
	void shouldTakeShortFormRowsAsNamesOfAnotherRowAndWriteNothingForThem() throws IOException {
		String header = NODES_HEADER.strip() + ",status,shortFormOf\n";
		InterchangeReader.KnownGraph known = holdingOneSchool();
		write(DOCUMENTS,
				header + "x-1,COLLEGE,某某智能制造产业学院,,某某产业学院,,,,,CANDIDATE,\n"
						+ "x-1~1,COLLEGE,某某产业学院,,,,,,,SHORT_FORM,x-1\n"
						+ "existing-school~1,SCHOOL,某职院,,,,,,,SHORT_FORM,existing-school\n",
				RELATIONS_HEADER + "existing-school~1,x-1~1,CO_FOUNDED,PARTNER,,,CANDIDATE,doc,q\n");
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), known);
		assertThat(dataset.nodes()).extracting(Dataset.NodeRow::id).containsExactly("x-1");
		assertThat(dataset.relations()).singleElement().satisfies((r) -> {
			assertThat(r.from()).as("a short form as an end joins its organisation").isEqualTo("existing-school");
			assertThat(r.to()).isEqualTo("x-1");
		});

		write(DOCUMENTS,
				header + "x-1,COLLEGE,某某智能制造产业学院,,,,,,,CANDIDATE,\n" + "x-1~1,SCHOOL,某某学院,,,,,,,SHORT_FORM,x-1\n"
						+ "x-1~2,COLLEGE,某某院,,,,,,,SHORT_FORM,\n" + "x-1~3,COLLEGE,某院,,,,,,,SHORT_FORM,nobody\n"
						+ "x-1,COLLEGE,某院,,,,,,,SHORT_FORM,x-1\n" + "x-2,COLLEGE,某产业学院,,,,,,,CANDIDATE,x-1\n",
				RELATIONS_HEADER);
		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> InterchangeReader.read(ResourceFolder.of(this.dir), known));
		assertThat(refused.getProblems()).extracting(ImportProblem::toString)
			.containsExactlyInAnyOrder("nodes.csv:3 column kind: a short form of 'x-1', which is COLLEGE, not SCHOOL",
					"nodes.csv:4 column shortFormOf: is empty; a SHORT_FORM row names the id of the organisation it stands for",
					"nodes.csv:5 column shortFormOf: 'nobody' is no row of this folder and no organisation in the database",
					"nodes.csv:6 column id: duplicate id 'x-1'",
					"nodes.csv:7 column shortFormOf: is only for rows with status SHORT_FORM");
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

	@Test
	void shouldRefuseAHeaderShorterThanTheLeadingColumnsAndReadNoRowOfIt() throws IOException {
		write(null, "id,kind,name\n" + "a,NOT_A_KIND,某校\n", RELATIONS_HEADER);
		assertThat(problems()).containsExactly("nodes.csv:1: column 4 must be 'nameEn'; the leading columns are "
				+ "id,kind,name,nameEn,aliases,region,founded,identifiers,description");
	}

	@Test
	void shouldReadNoRowOfAFileWhoseHeaderHasAnUnknownColumn() throws IOException {
		write(null, NODES_HEADER.strip() + ",colour\n" + "a,NOT_A_KIND,某校,,,,,,,red\n", RELATIONS_HEADER);
		assertThat(problems()).containsExactly(
				"nodes.csv:1 column colour: unknown column; known further columns are form,honours,declaredModel,"
						+ "declaredModelSources,declaredModelEvidence,createdAt,updatedAt,version,status,shortFormOf");
	}

	@Test
	void shouldDropAByteOrderMarkBeforeTheHeader() throws IOException {
		write(null, "\uFEFF" + GOOD_NODES, "\uFEFF" + RELATIONS_HEADER + "college,school,PART_OF,,,,,,\n");
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), InterchangeReader.KnownGraph.EMPTY);
		assertThat(dataset.nodes()).extracting(Dataset.NodeRow::id).containsExactly("school", "college", "firm");
		assertThat(dataset.relations()).hasSize(1);
	}

	@Test
	void shouldNameTheCauseOfMalformedCsv() throws IOException {
		Files.writeString(this.dir.resolve("nodes.csv"), NODES_HEADER + "a,SCHOOL,\"unclosed,,,,,,\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.dir.resolve("relations.csv"), RELATIONS_HEADER, StandardCharsets.UTF_8);
		// the cause's own message, not its wrapper's
		assertThat(problems()).containsExactly(
				"nodes.csv:2: malformed CSV ((startline 2) EOF reached before encapsulated token finished)");
	}

	/**
	 * Each value of a good node row as read, and what each bad cell of one is refused
	 * for.
	 */
	@Test
	void shouldReadEveryCellOfANodeRowAndRefuseBadOnes() throws IOException {
		String header = NODES_HEADER.strip() + ",declaredModel,declaredModelSources,declaredModelEvidence,version\n";
		write(DOCUMENTS, header + "school,SCHOOL,某职业学院,,,,1999,MOE:4144013930,,政-校-企,doc,某句话,3\n"
				+ "new,SCHOOL,某新学院,,,,,,,,,,0\n", RELATIONS_HEADER);
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), InterchangeReader.KnownGraph.EMPTY);
		assertThat(dataset.nodes().get(0).properties()).containsEntry("name", "某职业学院")
			.containsEntry("founded", 1999)
			.containsEntry("identifiers", List.of("MOE:4144013930"))
			.containsEntry("declaredModel", "政-校-企")
			.containsEntry("declaredModelSources", List.of("doc"))
			.containsEntry("version", 3L);
		assertThat(dataset.nodes().get(1).properties()).containsEntry("version", 0L);

		write(DOCUMENTS,
				header + "a,SCHOOL,某校,,,,,USCC:91512081MA62K0260I,,,,,\n" + "b,SCHOOL,某校,,,,,,,政-校,doc|doc,某句话,\n"
						+ "c,SCHOOL,某校,,,,,,,政-校,ghost,某句话,\n" + "d,SCHOOL,某校,,,,,,,,,,-1\n",
				RELATIONS_HEADER);
		assertThat(problems()).containsExactly(
				"nodes.csv:2 column identifiers: check character of USCC '91512081MA62K0260I' is 'I', expected 'E'",
				"nodes.csv:3 column declaredModelEvidence: 1 quote(s) for 2 source(s); quote i must quote source i "
						+ "of declaredModelSources",
				"nodes.csv:5 column version: -1 is negative",
				"nodes.csv:4 column declaredModelSources: no document with id 'ghost' (add it to documents.csv)");
	}

	@Test
	void shouldTakeAModelsSourceFromTheDatabase() throws IOException {
		String header = NODES_HEADER.strip() + ",declaredModel,declaredModelSources,declaredModelEvidence\n";
		write(null, header + "school,SCHOOL,某职业学院,,,,,,,政-校,existing-doc,某句话\n", RELATIONS_HEADER);
		InterchangeReader.KnownGraph known = new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(java.util.Collection<String> ids) {
				return Map.of();
			}

			@Override
			public Set<String> documents(java.util.Collection<String> ids) {
				return ids.contains("existing-doc") ? Set.of("existing-doc") : Set.of();
			}
		};
		assertThat(InterchangeReader.read(ResourceFolder.of(this.dir), known).nodes()).hasSize(1);
	}

	@Test
	void shouldRefuseALinkedRowThatIsAlsoARowOfItsOwn() throws IOException {
		String header = NODES_HEADER.strip() + ",status\n";
		write(null, header + "x,SCHOOL,某校,,,,,,,\n" + "x,SCHOOL,某校,,,,,,,LINKED\n", RELATIONS_HEADER);
		InterchangeReader.KnownGraph known = new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(java.util.Collection<String> ids) {
				return Map.of("x", OrgKind.SCHOOL);
			}

			@Override
			public Set<String> documents(java.util.Collection<String> ids) {
				return Set.of();
			}
		};
		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> InterchangeReader.read(ResourceFolder.of(this.dir), known));
		assertThat(refused.getProblems()).extracting(ImportProblem::toString)
			.containsExactly("nodes.csv:3 column id: 'x' is both LINKED and a row of its own");
	}

	/** The columns and rules a relation row is refused for, one problem at a time. */
	@Test
	void shouldRefuseRelationCellsThatBreakTheirTypesRules() throws IOException {
		write(DOCUMENTS, GOOD_NODES, "from,to,type,role,since,until,status,sources,evidence,kind,title,level,stage\n"
				+ "college,school,PART_OF,LEAD,,,,,,,,,\n" + "firm,college,CO_FOUNDED,PARTNER,,,,,,RESEARCH,,,\n"
				+ "firm,school,PARTNERS_WITH,,,,,,,,,NATIONAL,\n" + "firm,school,PARTNERS_WITH,,,,,,,,,,BUILT\n"
				+ "firm,school,PARTNERS_WITH,,2020,1800,,,,,,,\n" + "firm,school,PARTNERS_WITH,,,,,ghost,q,,,,\n");
		assertThat(problems()).containsExactly("relations.csv:2 column role: PART_OF takes no role",
				"relations.csv:3 column kind: only a PARTNERS_WITH relation has a kind; this row is CO_FOUNDED",
				"relations.csv:4 column level: only a RECOGNIZED relation has a level; this row is PARTNERS_WITH",
				"relations.csv:5 column stage: only a RECOGNIZED relation has a stage; this row is PARTNERS_WITH",
				"relations.csv:6 column until: 1800 is not a year between 1900 and "
						+ (java.time.Year.now().getValue() + 1),
				"relations.csv:7 column sources: no document with id 'ghost' (add it to documents.csv)");
	}

	/** A partnership without a kind is OTHER; no other type takes one. */
	@Test
	void shouldMakeAPartnershipWithoutAKindOtherAndNameTheKindOfADuplicate() throws IOException {
		write(DOCUMENTS, GOOD_NODES,
				RELATIONS_HEADER + "firm,school,PARTNERS_WITH,,,,,,\n" + "firm,college,CO_FOUNDED,PARTNER,,,,,\n");
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(this.dir), InterchangeReader.KnownGraph.EMPTY);
		assertThat(dataset.relations().get(0).properties()).containsEntry("kind", "OTHER");
		assertThat(dataset.relations().get(0).id())
			.isEqualTo(RelationKeys.id("firm", RelationType.PARTNERS_WITH, "school", "OTHER"));
		assertThat(dataset.relations().get(1).properties()).containsEntry("kind", null);

		write(DOCUMENTS, GOOD_NODES,
				RELATIONS_HEADER + "firm,school,PARTNERS_WITH,,,,,,\n" + "firm,school,PARTNERS_WITH,,,,,,\n"
						+ "college,school,PART_OF,,,,,,\n" + "college,school,PART_OF,,,,,,\n");
		assertThat(problems()).containsExactly(
				"relations.csv:3: duplicate relation: PARTNERS_WITH from 'firm' to 'school' with the same kind 'OTHER' "
						+ "appears more than once",
				"relations.csv:5: duplicate relation: PART_OF from 'college' to 'school' appears more than once");
	}

	/**
	 * Problems are counted past the hundred listed, so a row whose problems straddle the
	 * limit is still seen to have some.
	 */
	@Test
	void shouldCountProblemsBeyondTheListedOnes() {
		ImportProblems problems = new ImportProblems();
		for (int i = 0; i < 99; i++) {
			problems.add("nodes.csv", i, null, "bad");
		}
		int mark = problems.found();
		assertThat(mark).isEqualTo(99);
		problems.add("nodes.csv", 100, null, "bad");
		problems.add("nodes.csv", 100, null, "worse");
		assertThat(problems.found()).isEqualTo(101);
		assertThat(problems.noneSince(mark)).isFalse();
		assertThat(problems.noneSince(101)).isTrue();
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

	/** A database that holds one organisation, the school {@code existing-school}. */
	private static InterchangeReader.KnownGraph holdingOneSchool() {
		return new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(java.util.Collection<String> ids) {
				return ids.contains("existing-school") ? Map.of("existing-school", OrgKind.SCHOOL) : Map.of();
			}

			@Override
			public Set<String> documents(java.util.Collection<String> ids) {
				return Set.of();
			}
		};
	}

}
