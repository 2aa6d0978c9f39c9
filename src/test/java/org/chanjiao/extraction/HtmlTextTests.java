package org.chanjiao.extraction;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML pages to text: blocks as sentences, no scripts, styles or navigation. */
class HtmlTextTests {

	@Test
	void shouldKeepBlocksAsLinesEachEndingASentenceAndDropScriptsStylesAndNavigation() {
		HtmlText.Page page = HtmlText.read("""
				<html><head><title> 揭牌仪式 </title><style>.a{}</style></head><body>
				<nav>首页 | 新闻</nav><div role="navigation">栏目</div>
				<h1>某产业学院揭牌</h1>
				<p>学校与某公司<b>共建</b>某产业学院。<script>document.write("脚本")</script></p>
				<ul><li>合作企业一</li><li>合作企业二！</li></ul>
				<p>第一行<br>第二行</p>
				<table><tr><td>序号</td><td>单位</td></tr></table>
				<aside>相关阅读</aside><footer>版权所有</footer>
				</body></html>
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(page.title()).isEqualTo("揭牌仪式");
		assertThat(page.text()).isEqualTo("""
				某产业学院揭牌。
				学校与某公司共建某产业学院。
				合作企业一。
				合作企业二！
				第一行。
				第二行。
				序号 单位。""");
		assertThat(ReportText.of(page.text()).sentences()).extracting(ReportText.Sentence::text)
			.startsWith("某产业学院揭牌。", "学校与某公司共建某产业学院。");
	}

	@Test
	void shouldJoinSourceLinesBetweenChineseCharactersAndKeepSpacesElsewhere() {
		HtmlText.Page page = HtmlText
			.read("<p>广东工程职业\n   技术学院与 Schindler\n电梯 2023 年合作。</p>".getBytes(StandardCharsets.UTF_8));
		assertThat(page.text()).isEqualTo("广东工程职业技术学院与 Schindler 电梯 2023 年合作。");
	}

	@Test
	void shouldReadThePageInTheCharsetItDeclares() {
		byte[] gbk = "<html><head><meta charset=\"gbk\"></head><body><p>职业教育集团</p></body></html>"
			.getBytes(Charset.forName("GBK"));
		assertThat(HtmlText.read(gbk).text()).isEqualTo("职业教育集团。");
		assertThat(HtmlText.isHtml(gbk, "page.bin")).isTrue();
		assertThat(HtmlText.isHtml("职业教育".getBytes(StandardCharsets.UTF_8), "a.txt")).isFalse();
	}

}
