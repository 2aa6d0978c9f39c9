package org.chanjiao.extraction;

import java.util.List;

import org.chanjiao.extraction.CorpusExtractor.CorpusRelation;
import org.chanjiao.extraction.CorpusExtractor.Document;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several documents extracted as one corpus. */
class CorpusExtractorTests {

	private static final List<KnownNames.Entry> GRAPH = List.of(
			new KnownNames.Entry("gdep", "广东工程职业技术学院", OrgKind.SCHOOL, List.of("广东工程职院")),
			new KnownNames.Entry("gdep-vet-group", "广东工程职业教育集团", OrgKind.COMMUNITY, List.of()));

	@Test
	void shouldRefuseADocumentTheExtractionFailsOnAndKeepReadingTheOthers() {
		CorpusExtractor corpus = new CorpusExtractor(GRAPH, null, (known, text, reporter) -> {
			if (text.startsWith("FAIL")) {
				throw new IllegalStateException("a rule failed");
			}
			return new ReportExtractor(known).extract(text, reporter);
		});
		corpus.add(document("a"), "2023 年，广东工程职业技术学院与广州启明星电梯科技有限公司共建启明星电梯产业学院。");
		assertThatThrownBy(() -> corpus.add(document("b"), "FAIL 广州启明星电梯科技有限公司加入广东工程职业教育集团。"))
			.isInstanceOf(ReportRejectedException.class)
			.hasMessageContaining("b could not be read")
			.hasMessageContaining("a rule failed");
		corpus.add(document("c"), "广州启明星电梯科技有限公司加入广东工程职业教育集团，成为理事单位。");
		CorpusExtractor.Result result = corpus.result();
		assertThat(result.documents()).extracting(Document::id).containsExactly("a", "c");
		assertThat(result.relations()).allSatisfy((r) -> assertThat(r.sources()).doesNotContain("b"));
		assertThat(result.relations()).extracting((r) -> r.relation().type())
			.contains(RelationType.CO_FOUNDED, RelationType.MEMBER_OF);
	}

	@Test
	void shouldMakeOneCandidateOfAnOrganisationNamedInSeveralDocumentsAndCiteEachDocument() {
		CorpusExtractor corpus = new CorpusExtractor(GRAPH, null);
		corpus.add(document("a"), "2023 年，广东工程职业技术学院与广州启明星电梯科技有限公司共建启明星电梯产业学院。");
		corpus.add(document("b"), "广州启明星电梯科技有限公司加入广东工程职业教育集团，成为理事单位。");
		corpus.add(document("c"), "2021 年，启明星电梯产业学院由广东工程职院与广州启明星电梯科技公司共建。");
		CorpusExtractor.Result result = corpus.result();
		assertThat(result.documents()).extracting(Document::id).containsExactly("a", "b", "c");
		List<Org> company = result.organizations().stream().filter((o) -> o.name().contains("启明星电梯科技")).toList();
		assertThat(company).singleElement().satisfies((org) -> {
			assertThat(org.known()).isFalse();
			assertThat(org.id()).isEqualTo(KnownNames.proposedId(CorpusFolder.COMPANY));
		});
		assertThat(result.proposed()).extracting(Org::name)
			.containsExactlyInAnyOrder(CorpusFolder.COMPANY, CorpusFolder.COLLEGE);
		assertThat(result.namedIn().get(company.get(0).id())).containsExactly("a", "b", "c");
		CorpusRelation partner = relation(result, RelationType.CO_FOUNDED, CorpusFolder.COMPANY);
		assertThat(partner.sources()).containsExactly("a", "c");
		assertThat(partner.evidence()).hasSize(2).allSatisfy((quote) -> assertThat(quote).contains("共建"));
		assertThat(partner.since()).as("the earliest year").isEqualTo(2021);
		assertThat(relation(result, RelationType.MEMBER_OF, CorpusFolder.COMPANY).sources()).containsExactly("b");
		assertThat(relation(result, RelationType.MEMBER_OF, CorpusFolder.COMPANY).relation().to().id())
			.isEqualTo("gdep-vet-group");
	}

	@Test
	void shouldExtractEachDocumentAsAloneWhenNothingIsShared() {
		CorpusExtractor corpus = new CorpusExtractor(GRAPH, null);
		String text = "广州启明星电梯科技有限公司加入广东工程职业教育集团，成为理事单位。";
		corpus.add(document("a"), text);
		Extraction alone = new ReportExtractor(new KnownNames(GRAPH)).extract(text, null);
		assertThat(corpus.result().relations()).extracting(CorpusRelation::relation)
			.containsExactlyElementsOf(alone.relations());
		assertThat(corpus.result().organizations()).containsExactlyElementsOf(alone.organizations());
	}

	@Test
	void shouldKeepEachDocumentsGenericNamesToItself() {
		CorpusExtractor corpus = new CorpusExtractor(GRAPH, null);
		corpus.add(document("a"), "江川石油化工职业教育集团（以下简称“职教集团”）成立。市政府与广东工程职业技术学院签约。住建局代表出席。市中心医院与广东工程职业技术学院签约。创新创业学院代表出席。");
		corpus.add(document("b"), "职教集团与广州启明星电梯科技有限公司签约。市政府与广州启明星电梯科技有限公司签约。住建局代表出席。市中心医院与广州启明星电梯科技有限公司签约。创新创业学院代表出席。");
		CorpusExtractor.Result result = corpus.result();
		// b's 职教集团 is not a's, which a named so only for short
		assertThat(result.namedIn().get(KnownNames.proposedId("江川石油化工职业教育集团"))).containsExactly("a");
		// each document's 市政府 is its own candidate: two cities' governments are not one
		List<Org> governments = result.proposed().stream().filter((o) -> o.name().equals("市政府")).toList();
		assertThat(governments).hasSize(2);
		assertThat(governments).extracting((o) -> result.namedIn().get(o.id()))
			.containsExactly(List.of("a"), List.of("b"));
		// and its bare 住建局 (a bureau every city has)
		assertThat(result.proposed()).filteredOn((o) -> o.name().equals("住建局")).hasSize(2);
		// and its 市中心医院 (the city's own hospital)
		assertThat(result.proposed()).filteredOn((o) -> o.name().equals("市中心医院")).hasSize(2);
		// and its school's 创新创业学院
		assertThat(result.proposed()).filteredOn((o) -> o.name().equals("创新创业学院")).hasSize(2);
		assertThat(result.relations()).extracting((r) -> r.relation().from().id() + " " + r.sources())
			.contains(governments.get(0).id() + " [a]", governments.get(1).id() + " [b]");
	}

	private static CorpusRelation relation(CorpusExtractor.Result result, RelationType type, String from) {
		return result.relations()
			.stream()
			.filter((r) -> r.relation().type() == type && r.relation().from().name().equals(from))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " from " + from + " in " + result.relations()));
	}

	private static Document document(String id) {
		return new Document(id, id, null, null, null);
	}

}
