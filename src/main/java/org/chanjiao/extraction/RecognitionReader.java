package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * RECOGNIZED: an organisation 入选 / 获批 / 被认定为 / 通过…验收 what a named body confers, a body
 * that 公布 a list the organisation is on, a body that 批准筹建 a platform; never when the body
 * is not named.
 */
final class RecognitionReader {

	private static final Pattern ANNOUNCE = Pattern.compile("公布|发布|印发|下发|公示|认定|确定|遴选|批准|命名");

	/** 名单，包括A、B, 名单如下：A、B: where the names on a list follow it. */
	private static final Pattern LIST_OPENS = Pattern.compile("名单[”」》\"']?[，,：:]?(?:其中)?(?:包括|包含|如下[：:]?|为|有)[：:]?");

	RecognitionReader() {
	}

	/**
	 * 某教育局批准筹建了Z, Z是经某教委备案批准: the body approves the platform; the approval is its
	 * recognition, not a founding.
	 */
	private void approval(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = RelationCues.APPROVAL.matcher(s);
		while (m.find()) {
			MentionGroup body = null;
			for (MentionGroup g : groups) {
				if (g.end() <= m.start()
						&& g.after()
							.matches("^(?:的)?"
									+ Pattern.quote(s.substring(g.end(), m.start()).replaceFirst("^的", "")) + ".*")
						&& s.substring(g.end(), m.start()).matches("(?:的)?(?:正式)?")
						&& g.members()
							.stream()
							.allMatch((x) -> x.org() != null && x.org().kind() == OrgKind.GOVERNMENT)) {
					body = g;
				}
			}
			if (body == null) {
				continue;
			}
			Mention platform = null;
			for (MentionGroup g : groups) {
				if (g.start() >= m.end() && g.start() - m.end() <= 3 && g.isPlatform()) {
					platform = g.members().get(0);
					break;
				}
			}
			if (platform == null && !groups.isEmpty() && groups.get(0).isPlatform()
					&& groups.get(0).end() <= body.start()) {
				platform = groups.get(0).members().get(0); // Z是经某教委批准设立的
			}
			if (platform == null) {
				continue;
			}
			for (Mention b : body.members()) {
				Clauses.add(out, RelationType.RECOGNIZED, b.org(), platform.org(), null, null,
						s.substring(m.start(), m.end()), level(b.org(), ""), "APPROVED", year, written, b, platform);
			}
		}
	}

	/**
	 * 某司发布了“…名单”，包括A、B等150家: the body that announces a list recognises each name the
	 * sentence then lists on it.
	 */
	private void listed(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = LIST_OPENS.matcher(s);
		while (m.find()) {
			MentionGroup listed = null;
			MentionGroup body = null;
			for (MentionGroup g : groups) {
				if (g.end() <= m.start() && g.members()
					.stream()
					.allMatch((x) -> x.org() != null && x.org().kind() == OrgKind.GOVERNMENT)) {
					body = g;
				}
				if (listed == null && g.start() >= m.end() && g.start() - m.end() <= 1) {
					listed = g;
				}
			}
			if (body == null || listed == null) {
				continue;
			}
			String between = s.substring(body.end(), m.start());
			Matcher announce = ANNOUNCE.matcher(between);
			if (!announce.find() || between.matches(".*[。；;！？].*")) {
				continue;
			}
			String title = between.substring(announce.end()).replaceAll("^了|[“”「」《》\"']", "") + "名单";
			for (Mention b : body.members()) {
				for (Mention x : listed.members()) {
					if (x.org() != null && x.org().kind() != OrgKind.GOVERNMENT) {
						Clauses.add(out, RelationType.RECOGNIZED, b.org(), x.org(), null, null, title,
								level(b.org(), title), "APPROVED", year, written, b, x);
					}
				}
			}
		}
	}

	void read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		approval(s, written, groups, year, out);
		listed(s, written, groups, year, out);
		for (String verb : RelationCues.RECOGNITION) {
			for (int at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + 1)) {
				int verbStart = at;
				int verbEnd = at + verb.length();
				MentionGroup recognised = null;
				for (MentionGroup g : groups) {
					if (g.end() <= verbStart
							&& RelationCues.BEFORE_RECOGNITION.matcher(s.substring(g.end(), verbStart)).matches()) {
						recognised = g;
					}
				}
				if (recognised == null) {
					continue;
				}
				List<Mention> bodies = new ArrayList<>();
				for (MentionGroup g : groups) {
					for (Mention m : g.members()) {
						if (m.org() != null && m.org().kind() == OrgKind.GOVERNMENT && !recognised.has(m)
								&& m.start() >= verbEnd && m.start() - verbEnd <= 2) {
							bodies.add(m);
						}
					}
				}
				if (bodies.isEmpty()) {
					// 教育部公布…名单，X入选: the bodies that announce the list, before it
					for (MentionGroup g : groups) {
						if (g.end() <= recognised.start()
								&& g.members()
									.stream()
									.allMatch((m) -> m.org() != null && m.org().kind() == OrgKind.GOVERNMENT)
								&& ANNOUNCE.matcher(s.substring(g.end(), recognised.start())).find()) {
							bodies = g.members();
							break;
						}
					}
				}
				if (bodies.isEmpty()) {
					continue;
				}
				Mention body = bodies.get(0);
				int titleFrom = (body.start() >= verbEnd) ? body.end() : verbEnd;
				String title = s.substring(titleFrom, Clauses.clauseEnd(s, titleFrom)).strip();
				String stage = title.contains("验收") ? "ACCEPTED" : "APPROVED";
				for (Mention b : bodies) {
					for (Mention m : recognised.members()) {
						if (m.org() != null && m.org().kind() != OrgKind.GOVERNMENT) {
							Clauses.add(out, RelationType.RECOGNIZED, b.org(), m.org(), null, null,
									title.isEmpty() ? null : title, level(b.org(), title), stage, year, written, b, m);
						}
					}
				}
			}
		}
	}

	private static String level(Org body, String title) {
		String name = body.name();
		if (name.startsWith("中华人民共和国") || name.startsWith("国家") || name.startsWith("国务院") || name.equals("教育部")
				|| name.endsWith("部")) {
			return "NATIONAL";
		}
		if (name.contains("省") || name.contains("自治区")) {
			return "PROVINCIAL";
		}
		if (name.contains("市")) {
			return "MUNICIPAL";
		}
		return title.contains("国家级") ? "NATIONAL" : title.contains("省级") ? "PROVINCIAL" : null;
	}

}
