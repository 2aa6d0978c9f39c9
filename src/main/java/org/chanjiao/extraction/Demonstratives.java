package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * What a demonstrative means (该共同体, 这个联合体, 此基地, 该校): the last organisation of its kind
 * the document named before it. One instance reads one document, a sentence at a time.
 */
final class Demonstratives {

	private static final Set<String> COMMUNITY_NOUNS = Set.of("共同体", "联合体", "协作组", "协作体", "联盟", "职教集团");

	/**
	 * The last sentence that referred to a community (该共同体), and the last that named one.
	 */
	private int communityReferenceSentence = -1;

	private int communityNamedSentence = -1;

	/**
	 * Remembers what a sentence (its index in the document), resolved, said of
	 * communities.
	 */
	void remember(List<Mention> mentions, int sentence) {
		boolean referred = false;
		boolean named = false;
		for (Mention m : mentions) {
			boolean community = m.org() != null && m.org().kind() == OrgKind.COMMUNITY;
			referred |= community && m.source() == Source.ANAPHOR;
			named |= community && m.source() != Source.ANAPHOR;
		}
		if (referred) {
			this.communityReferenceSentence = sentence;
		}
		else if (named) {
			this.communityNamedSentence = sentence;
		}
	}

	/**
	 * The organisation a demonstrative of the given noun means.
	 * @param context the document's mentions before it, in order
	 */
	Org referent(String noun, List<Mention> context) {
		// 该联盟 said again means what it meant before, not a 联盟 named since among its
		// founders (a community is what a whole text is about; a school or a college said
		// 该校 may be another one each time) — unless a sentence without such a reference
		// has named a community since: a new text, or a new subject
		boolean community = COMMUNITY_NOUNS.contains(noun)
				&& this.communityReferenceSentence >= this.communityNamedSentence;
		for (int i = context.size() - 1; community && i >= 0; i--) {
			Mention m = context.get(i);
			if (m.source() == Source.ANAPHOR && m.org() != null && fits(noun, m, 1)) {
				return m.org();
			}
		}
		if (noun.equals("院")) {
			// 某学院与泰国某技术学院共同创办…。目前，该院…: the school a sentence opened with
			for (int i = context.size() - 1; i >= 0; i--) {
				Mention m = context.get(i);
				boolean opens = i == 0 || m.start() <= context.get(i - 1).start();
				if (opens && m.org() != null && m.source() != Source.REPORTER && m.source() != Source.PARTIES
						&& fits(noun, m, 0)) {
					return m.org();
				}
			}
		}
		for (int pass = 0; pass < 2; pass++) {
			for (int i = context.size() - 1; i >= 0; i--) {
				Mention m = context.get(i);
				if (m.org() == null || m.source() == Source.REPORTER || m.source() == Source.PARTIES) {
					continue;
				}
				if (fits(noun, m, pass)) {
					return m.org();
				}
			}
		}
		return null;
	}

	/**
	 * What a counted reference means (四大产教联盟, 这三个产业学院, 上述两个基地): the last so many distinct
	 * platforms of its kind named before it, or nothing when fewer were named.
	 * @param context the document's mentions before it, in order
	 */
	List<Org> referents(String noun, int count, List<Mention> context) {
		return lastNamed(count, context,
				(m) -> fits(noun, m, 0) && ScriptConverter.normalize(m.org().name()).endsWith(noun));
	}

	/**
	 * The last {@code count} organisations named before that a counted noun of parties
	 * (上述三所高等院校, 以上5家单位) stands for, in the order named, or none when fewer fit: schools
	 * and their colleges for 院校, companies for 企业, any but a community or a base for 单位;
	 * never a host named only inside a college's name.
	 */
	static List<Org> parties(String noun, int count, List<Mention> context) {
		return lastNamed(count, context, (m) -> m.source() != Source.HOST && switch (noun) {
			case "企业" -> m.org().kind() == OrgKind.ENTERPRISE;
			case "单位" -> m.org().kind() != OrgKind.COMMUNITY && m.org().kind() != OrgKind.PRACTICE_BASE;
			default -> m.org().kind() == OrgKind.SCHOOL || m.org().kind() == OrgKind.COLLEGE;
		});
	}

	/**
	 * The last {@code count} organisations of the context that a reference fits, in the
	 * order named (never the reporting organisation, 双方 or another reference), or none
	 * when fewer fit.
	 */
	private static List<Org> lastNamed(int count, List<Mention> context, java.util.function.Predicate<Mention> fits) {
		List<Org> found = new ArrayList<>();
		for (int i = context.size() - 1; i >= 0 && found.size() < count; i--) {
			Mention m = context.get(i);
			if (m.org() != null && m.source() != Source.REPORTER && m.source() != Source.PARTIES
					&& m.source() != Source.ANAPHOR && fits.test(m) && !found.contains(m.org())) {
				found.add(m.org());
			}
		}
		Collections.reverse(found);
		return (found.size() == count) ? found : List.of();
	}

	// pass 0 asks the closer kind (该学院: a college), pass 1 the looser (a school)
	private static boolean fits(String noun, Mention m, int pass) {
		OrgKind kind = m.org().kind();
		return switch (noun) {
			case "产业学院" -> kind == OrgKind.COLLEGE;
			case "学院" -> (pass == 0) ? kind == OrgKind.COLLEGE : kind == OrgKind.SCHOOL;
			case "共同体", "联合体", "协作组", "协作体", "联盟", "职教集团" -> kind == OrgKind.COMMUNITY;
			case "集团" -> (kind == OrgKind.COMMUNITY || kind == OrgKind.ENTERPRISE) && m.org().name().contains("集团")
					|| kind == OrgKind.COMMUNITY && m.org().name().contains("集團");
			case "基地" -> kind == OrgKind.PRACTICE_BASE;
			case "研究院" -> kind == OrgKind.RESEARCH_INSTITUTE;
			// 该中心: an institute, or a training centre (某实训中心) named so
			case "中心" -> kind == OrgKind.RESEARCH_INSTITUTE
					|| kind.isPlatform() && ScriptConverter.normalize(m.org().name()).endsWith("中心");
			case "实验室", "联合实验室", "工坊", "小院" ->
				kind.isPlatform() && ScriptConverter.normalize(m.org().name()).endsWith(noun);
			// 该平台: whatever platform was named last, but a community
			case "平台" -> kind.isPlatform() && kind != OrgKind.COMMUNITY;
			case "公司", "企业" -> kind == OrgKind.ENTERPRISE;
			case "协会" -> kind == OrgKind.INDUSTRY_ASSOCIATION;
			// 该委员会: the committee named last (某学会某工作委员会, 某专业委员会)
			case "委员会" -> ScriptConverter.normalize(m.org().name()).matches(".*(?:委员会|专委会)");
			case "学校", "校" -> kind == OrgKind.SCHOOL;
			// 该院: the school (某学院) or the institute (某研究院) named last
			case "院" -> (kind == OrgKind.SCHOOL || kind == OrgKind.RESEARCH_INSTITUTE)
					&& ScriptConverter.normalize(m.org().name()).endsWith("院");
			default -> false;
		};
	}

}
