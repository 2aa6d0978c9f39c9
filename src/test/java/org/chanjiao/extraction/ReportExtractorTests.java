package org.chanjiao.extraction;

import java.util.List;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportExtractorTests {

	final ReportExtractor extractor = new ReportExtractor(KnownNames.EMPTY);

	@Test
	void shouldRepairBoundariesAndSkipGenericWords() {
		Extraction extraction = this.extractor.extract("学校联合长隆集团、华南师范大学，共建精雕产业学院，与迅达电梯等企业共建 9 个产业学院，推动行业龙头企业参与。", null);
		assertThat(extraction.organizations()).extracting(Org::name)
			.contains("长隆集团", "华南师范大学", "精雕产业学院", "迅达电梯")
			.doesNotContain("产业学院", "行业龙头企业", "联合长隆集团", "共建精雕产业学院");
		assertThat(extraction.organizations()).filteredOn((o) -> o.name().equals("迅达电梯"))
			.extracting(Org::kind)
			.containsExactly(OrgKind.ENTERPRISE);
	}

	@Test
	void shouldLeaveOutRelationsOfTheReportingSchoolWithoutAReporterAndCountThem() {
		String text = "我校牵头成立江川康养行业产教融合共同体。";
		Extraction without = this.extractor.extract(text, null);
		assertThat(without.relations()).isEmpty();
		assertThat(without.unresolved()).isPositive();
		Org school = new Org("some-school", "某某职业技术学院", OrgKind.SCHOOL, true);
		Extraction with = this.extractor.extract(text, school);
		assertThat(with.relations()).singleElement().satisfies((r) -> {
			assertThat(r.type()).isEqualTo(RelationType.CO_FOUNDED);
			assertThat(r.role()).isEqualTo("LEAD");
			assertThat(r.from()).isEqualTo(school);
			assertThat(r.to().name()).isEqualTo("江川康养行业产教融合共同体");
			assertThat(r.to().id()).matches("x-[0-9a-f]{8}");
			assertThat(r.evidence()).isEqualTo(text);
		});
	}

	@Test
	void shouldQuoteTheSentenceWithLineWrapsJoinedAndGiveItsYear() {
		Extraction extraction = this.extractor.extract("2024年，江川职业技术学院与江川星河科技有限公司共建江川智能\n制造产业学院。\n", null);
		assertThat(extraction.relations()).extracting(ExtractedRelation::evidence)
			.containsOnly("2024年，江川职业技术学院与江川星河科技有限公司共建江川智能制造产业学院。");
		assertThat(extraction.relations()).extracting(ExtractedRelation::since).containsOnly(2024);
		assertThat(extraction.relations()).extracting((r) -> r.type() + " " + r.role())
			.containsExactlyInAnyOrder("CO_FOUNDED PARTNER", "CO_FOUNDED PARTNER");
		assertThat(List.of(extraction.text())).allMatch((t) -> !t.contains("\n"));
	}

	@Test
	void shouldKnowACompanyByItsBrandButNotAPlaceOfTheSameName() {
		String signed = "东陵职业技术学院与湖州青禾古镇景区管理有限公司签约共建文旅实训基地。\n";
		assertThat(formsOf(signed + "青禾将派出导游担任兼职教师。\n", "湖州青禾古镇景区管理有限公司"))
			.as("the brand is the name without the place, the trade's words and the legal form")
			.containsExactly("湖州青禾古镇景区管理有限公司", "青禾");
		assertThat(formsOf(signed + "青禾镇党委委员王明出席签约仪式。\n", "湖州青禾古镇景区管理有限公司")).as("青禾镇 is a town, not the company")
			.containsExactly("湖州青禾古镇景区管理有限公司");
		assertThat(formsOf(signed + "首届青禾订单班在学院开班。\n", "湖州青禾古镇景区管理有限公司"))
			.as("青禾订单班 is a class named after the company, not the company")
			.containsExactly("湖州青禾古镇景区管理有限公司");
		assertThat(formsOf(signed + "近年来，湖州青禾积极与院校合作。\n", "湖州青禾古镇景区管理有限公司")).as("the brand after the company's place")
			.containsExactly("湖州青禾古镇景区管理有限公司", "湖州青禾");
	}

	private List<String> formsOf(String text, String name) {
		Extraction extraction = this.extractor.extract(text, null);
		Org org = extraction.organizations().stream().filter((o) -> o.name().equals(name)).findFirst().orElseThrow();
		return extraction.mentionedAs().get(org.id());
	}

}
