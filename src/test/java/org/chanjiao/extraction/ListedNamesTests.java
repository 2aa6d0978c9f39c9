package org.chanjiao.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.chanjiao.organization.OrgKind;

import static org.assertj.core.api.Assertions.assertThat;

class ListedNamesTests {

	private static List<String> names(String s) {
		NameBoundary.Tokens tokens = NameBoundary.Tokens.of(MentionFinder.terms(s), s);
		return ListedNames.find(s, tokens).stream().map((f) -> s.substring(f.start(), f.end())).toList();
	}

	@Test
	void shouldFindBodiesWithoutASuffixAndTheirShortForms() {
		assertThat(names("中办、国办印发《意见》，党中央、全国政协高度重视，光明日报作了报道。")).containsExactly("中办", "国办", "党中央", "全国政协", "光明日报");
	}

	@Test
	void shouldFindTheLongestNameWhereTwoOverlap() {
		assertThat(names("全国人大常委会审议通过。")).containsExactly("全国人大常委会");
	}

	@Test
	void shouldNotFindAShortNameInsideOtherWords() {
		assertThat(names("学校集中办学，全国办理业务。")).isEmpty();
	}

	@Test
	void shouldGiveEachBodyItsKind() {
		String s = "中国文联与新华社、团中央";
		NameBoundary.Tokens tokens = NameBoundary.Tokens.of(MentionFinder.terms(s), s);
		assertThat(ListedNames.find(s, tokens).stream().map((f) -> f.body().kind()))
			.containsExactly(OrgKind.INDUSTRY_ASSOCIATION, OrgKind.ENTERPRISE, OrgKind.GOVERNMENT);
	}

	@Test
	void shouldFindCompaniesByTheirBrands() {
		String s = "学校与华为、中石油和潍柴合作。";
		NameBoundary.Tokens tokens = NameBoundary.Tokens.of(MentionFinder.terms(s), s);
		assertThat(ListedNames.brands(s, tokens).stream().map((f) -> s.substring(f.start(), f.end())))
			.containsExactly("华为", "中石油", "潍柴");
	}

}
