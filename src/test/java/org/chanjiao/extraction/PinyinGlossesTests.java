package org.chanjiao.extraction;

import java.util.HashMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Readings printed after characters: read without them, quoted with them. */
class PinyinGlossesTests {

	@Test
	void shouldTakeOutOnlyToneMarkedPinyinRightAfterACharacter() {
		String text = "江川職業(yè)學(xué)院(AI)與云嶺公司(2023)共建(簡稱“共建”)學(xué)院(xue)。";
		assertThat(PinyinGlosses.present(text)).isTrue();
		assertThat(PinyinGlosses.strip(text)).isEqualTo("江川職業學院(AI)與云嶺公司(2023)共建(簡稱“共建”)學院(xue)。");
		assertThat(PinyinGlosses.present("江川学院(AI)与云岭公司(2023)共建(chanjiao)平台。")).isFalse();
	}

	@Test
	void shouldQuoteWordsAsThePageWritesThemWithTheReadingAfterTheirLastCharacter() {
		String written = "據(jù)悉,江川交通大學(xué)成立了航運學(xué)院(xué)。";
		var cache = new HashMap<String, String>();
		assertThat(PinyinGlosses.asWritten("江川交通大學", written, cache)).isEqualTo("江川交通大學(xué)");
		assertThat(PinyinGlosses.asWritten("據悉,江川交通大學成立了航運學院。", written, cache)).isEqualTo(written);
		assertThat(PinyinGlosses.asWritten("云嶺大學", written, cache)).isEqualTo("云嶺大學");
	}

	@Test
	void shouldExtractFromThePageWithoutReadingsAndQuoteEvidenceAsWritten() {
		String page = "江川航運產(chǎn)教融合共同體由云嶺交通職業(yè)學(xué)院牽頭成立。";
		Extraction extraction = new ReportExtractor(KnownNames.EMPTY).extract(page, null);
		assertThat(extraction.text()).isEqualTo(page);
		assertThat(extraction.relations()).singleElement().satisfies((r) -> {
			assertThat(r.evidence()).isEqualTo(page);
			assertThat(r.from().name()).isEqualTo("云嶺交通職業(yè)學(xué)院");
			assertThat(page).contains(r.fromText(), r.toText());
		});
	}

}
