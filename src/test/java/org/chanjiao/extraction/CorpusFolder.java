package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small corpus of the three kinds of document, made up for the tests: a text report, a
 * PDF (made with {@link TextPdf}) and a news page, with a {@code sources.csv} listing the
 * first two. 广州启明星电梯科技有限公司 (not in the seeds) is named in all three; the report and the
 * page state the same co-founding; the page's navigation names an organisation that must
 * not be extracted.
 */
public final class CorpusFolder {

	public static final String COMPANY = "广州启明星电梯科技有限公司";

	public static final String COLLEGE = "启明星电梯产业学院";

	public static final String IN_NAVIGATION = "深圳导航科技有限公司";

	public static final String SOURCES = """
			file,url,title,publisher,date
			2023-annual.txt,https://www.example.edu.cn/2023/report.html,2023 年产教融合工作报告,广东工程职业技术学院,2024-01-15
			member-news.pdf,https://news.example.org/qmx-member.pdf,"启明星电梯加入职教集团, 成为理事单位",示例新闻网,2024-03
			""";

	private CorpusFolder() {
	}

	/** Writes the corpus into {@code dir} (created if missing) and answers it. */
	public static Path write(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("2023-annual.txt"), """
				2023 年产教融合工作报告
				2023 年，广东工程职业技术学院与广州启明星电梯科技有限公司共建启明星电梯
				产业学院。学校还与华南师范大学开展合作。
				""");
		TextPdf.write(dir.resolve("member-news.pdf"), "广州启明星电梯科技有限公司加入广东工程职业教育集团，成为理事单位。");
		Files.writeString(dir.resolve("college-news.html"), """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>启明星电梯产业学院揭牌</title>
				<style>p { color: red }</style><script>var x = "深圳脚本科技有限公司";</script></head>
				<body>
				<nav><a href="/">首页</a><a href="/x">深圳导航科技有限公司与华南师范大学共建导航产业学院</a></nav>
				<h1>启明星电梯产业学院由广东工程职业技术学院与广州启明星电梯
				科技有限公司共建</h1>
				<p>华南师范大学与深圳市鹏程智造科技有限公司共建鹏程智能制造产业学院。</p>
				<footer>版权所有</footer>
				</body></html>
				""");
		Files.writeString(dir.resolve(SourcesFile.NAME), SOURCES);
		Files.writeString(dir.resolve("notes.md"), "not a document");
		return dir;
	}

}
