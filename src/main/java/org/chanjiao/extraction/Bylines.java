package org.chanjiao.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/** Newsrooms named in a dateline or quoted from (据某社报道): names, never parties. */
final class Bylines {

	private final KnownNames known;

	Bylines(KnownNames known) {
		this.known = known;
	}

	/** Newsrooms named in a dateline: 新华网合肥11月27日电, (中国青年报·中青在线记者 …). */
	private static final Pattern BYLINE = Pattern
		.compile("(?<=^|[（(【·])([\\u4e00-\\u9fa5A-Za-z]{1,8}?(?:网|日报|晚报|早报|报|在线|电视台|广播电视台|新闻社|通讯社|融媒体中心|客户端|财经|新闻))"
				+ "(?=\\s*(?:[讯电·（(\\-—/]|记者|消息|\\d|[\\u4e00-\\u9fa5]{2,4}(?:频道|\\d+月|\\d+日)))");

	/** A newsroom a report is quoted from: 据中新社报道, 據新華社消息. */
	private static final Pattern QUOTED_FROM = Pattern
		.compile("(?<=[据據])([\\u4e00-\\u9fa5A-Za-z]{1,8}?(?:网|網|社|日报|日報|晚报|晚報|报|報|电视台|電視台|新闻|新聞|客户端|客戶端))"
				+ "(?=报道|報道|消息|讯|訊|发布|發布)");

	void find(String s, String written, List<NameCandidate> candidates) {
		Matcher m = BYLINE.matcher(s);
		while (m.find()) {
			if (m.start() > 30) {
				break;
			}
			add(m, written, candidates);
		}
		Matcher quoted = QUOTED_FROM.matcher(s);
		while (quoted.find()) {
			add(quoted, written, candidates);
		}
	}

	private void add(Matcher m, String written, List<NameCandidate> candidates) {
		String name = m.group(1);
		int start = m.start(1);
		int end = m.end(1);
		if (name.startsWith("本") || name.startsWith("我")) {
			return; // 本报讯: the paper that prints it, unnamed
		}
		Org org = this.known.link(name)
			.orElseGet(() -> Org.proposed(written.substring(start, end), name, OrgKind.ENTERPRISE));
		// (中新社 ends in a suffix too: the newsroom it is here is no party)
		candidates.removeIf((c) -> c.start() == start && c.end() == end);
		candidates.add(new NameCandidate(start, end, org, Source.BYLINE));
	}

}
