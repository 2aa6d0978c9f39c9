package org.chanjiao.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution lists: the mainland's 全国高等学校名单 and Taiwan's 大專校院名錄, matched in the
 * simplified text at exact boundaries.
 */
class GazetteerTests {

	private final Gazetteer gazetteer = Gazetteer.institutions();

	private List<String> found(String written) {
		String s = ScriptConverter.normalize(written);
		return this.gazetteer.scan(s).stream().map((hit) -> written.substring(hit.begin, hit.end)).toList();
	}

	@Test
	void holdsBothListsAndTheTaiwanSpellingsWithoutTheirOwnership() {
		// 3,167 mainland names of four characters or more, 149 Taiwan names and their
		// spellings without 國立/私立/市立 (two lists share no name)
		assertThat(this.gazetteer.size()).isGreaterThan(3167 + 149);
	}

	@Test
	void findsAMainlandNameWholeAndATaiwanNameAsWrittenWithOrWithoutItsOwnership() {
		assertThat(found("举行北京联合大学签约仪式")).containsExactly("北京联合大学");
		assertThat(found("國立虎尾科技大學與友嘉集團簽約")).containsExactly("國立虎尾科技大學");
		assertThat(found("台大與成功大學合作")).containsExactly("成功大學");
	}

}
