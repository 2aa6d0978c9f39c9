package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor reads any text without throwing: documents made at random of the words
 * and marks its rules read (names, separators doubled or mixed, brackets left open,
 * glosses, cues of founding, membership and recognition). A page of real news once made
 * it throw (a list with two separators in a row, A、和B, gave a list rule an empty item); a
 * reader of a whole folder stops at such a page. The generator is seeded, so a failure
 * names a document that can be read again.
 * <p>
 * Written by hand with {@link Random}: the property-testing library the Java world offers
 * (jqwik) asks AI agents not to use it.
 */
class ExtractionRobustnessTests {

	/** The pieces a document is made of. */
	private static final String[] PIECES = { "东陵集团", "江川大学", "云岭职业技术学院", "东陵市人民政府", "、", "和", "与", "及", "，", "。", "；",
			"：", "（", "）", "(", ")", "“", "”", "《", "》", "——", "-", "·", "•", " ", "共同发起", "牵头", "成立", "共建", "联合", "携手",
			"由", "以", "为依托", "依托", "的", "产业学院", "联盟", "共同体", "联合体", "研究院", "基地", "有限公司", "学校", "我校", "学院", "双方", "三方",
			"该联盟", "这个共同体", "签约", "揭牌", "GMCC", "AI", "2024年", "3月", "10家", "等", "分别是", "包括", "简称", "以下简称", "理事长单位",
			"成员单位", "加入", "入选", "获批", "审核同意设立", "批准", "在", "举行", "仪式", "暨", "院长张明", "书记", "(yè)", "學(xué)", "们", "进入",
			"总局", "书院", "重大科技", "平台", "、、", "，，", "与、", "和与", "、和", "作为指导单位", "宣告", "正式成立", "冠名", "会见", "来访的" };

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void readsDocumentsMadeAtRandomWithoutThrowing(long seed) {
		Random random = new Random(seed);
		ReportExtractor extractor = new ReportExtractor(KnownNames.EMPTY);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			String text = document(random);
			try {
				Extraction extraction = extractor.extract(text, null);
				assertThat(extraction.organizations()).allSatisfy((org) -> assertThat(org.name()).isNotBlank());
			}
			catch (RuntimeException ex) {
				failures.add(ex + " reading: " + text);
			}
		}
		assertThat(failures).as("documents the extractor threw on (seed %d)", seed).isEmpty();
	}

	/** One to three lines of three to thirty pieces. */
	private static String document(Random random) {
		StringBuilder text = new StringBuilder();
		int lines = 1 + random.nextInt(3);
		for (int line = 0; line < lines; line++) {
			int length = 3 + random.nextInt(28);
			for (int k = 0; k < length; k++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			text.append('\n');
		}
		return text.toString();
	}

}
