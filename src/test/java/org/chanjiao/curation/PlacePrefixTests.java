package org.chanjiao.curation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The places a name opens with, checked by hand on names written for the purpose. */
class PlacePrefixTests {

	@Test
	void shouldSetAsideChinaAProvinceAndUpToTwoLocalities() {
		assertThat(PlacePrefix.of("广东长隆集团有限公司")).isEqualTo(new PlacePrefix(List.of("广东"), "长隆集团有限公司"));
		assertThat(PlacePrefix.of("广东省广州市黄埔区泓贝贝幼儿园")).isEqualTo(new PlacePrefix(List.of("广东", "广州", "黄埔"), "泓贝贝幼儿园"));
		assertThat(PlacePrefix.of("中国建材工业经济研究会")).isEqualTo(new PlacePrefix(List.of("中国"), "建材工业经济研究会"));
		assertThat(PlacePrefix.of("中华人民共和国教育部")).isEqualTo(new PlacePrefix(List.of("中国"), "教育部"));
		assertThat(PlacePrefix.of("北京市海淀区某某科技有限公司")).isEqualTo(new PlacePrefix(List.of("北京", "海淀"), "某某科技有限公司"));
		assertThat(PlacePrefix.of("广西壮族自治区南宁市测试职业学院")).isEqualTo(new PlacePrefix(List.of("广西", "南宁"), "测试职业学院"));
		// at most two localities: a third stays in the rest
		assertThat(PlacePrefix.of("广州市天河区石牌区某某科技有限公司")).isEqualTo(new PlacePrefix(List.of("广州", "天河"), "石牌区某某科技有限公司"));
		assertThat(PlacePrefix.of("清远市高新技术产业协会")).isEqualTo(new PlacePrefix(List.of("清远"), "高新技术产业协会"));
	}

	@Test
	void shouldTakeNoWordThatOnlyEndsLikeALocalityForOne() {
		assertThat(PlacePrefix.of("智慧城市科技有限公司").places()).isEmpty();
		assertThat(PlacePrefix.of("产业园区管理有限公司").places()).isEmpty();
		assertThat(PlacePrefix.of("长隆集团有限公司").places()).isEmpty();
		assertThat(PlacePrefix.of("华南师范大学").places()).isEmpty();
		// A name that is only a place keeps it: nothing would be left.
		assertThat(PlacePrefix.of("清远市")).isEqualTo(new PlacePrefix(List.of(), "清远市"));
		assertThat(PlacePrefix.of("广东")).isEqualTo(new PlacePrefix(List.of(), "广东"));
	}

	@Test
	void shouldTreatPlacesAsCompatibleOnlyWhenOneListIsWithinTheOther() {
		PlacePrefix none = new PlacePrefix(List.of(), "x");
		PlacePrefix guangdong = new PlacePrefix(List.of("广东"), "x");
		PlacePrefix guangzhou = new PlacePrefix(List.of("广东", "广州"), "x");
		PlacePrefix shenzhen = new PlacePrefix(List.of("深圳"), "x");
		assertThat(none.compatibleWith(guangdong)).isTrue();
		assertThat(guangdong.compatibleWith(guangzhou)).isTrue();
		assertThat(guangzhou.compatibleWith(guangdong)).isTrue();
		assertThat(new PlacePrefix(List.of("广州"), "x").compatibleWith(guangzhou)).isTrue();
		assertThat(shenzhen.compatibleWith(guangzhou)).isFalse();
		assertThat(shenzhen.compatibleWith(new PlacePrefix(List.of("广州"), "x"))).isFalse();
		assertThat(new PlacePrefix(List.of("广州", "广东"), "x").compatibleWith(guangzhou)).isFalse();
	}

}
