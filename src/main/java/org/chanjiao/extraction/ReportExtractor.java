package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.RelationKeys;

/**
 * Report text → candidate organisations and relationships. Pure computation: reads no
 * database (the known names are given) and writes nothing. Deterministic: the same text,
 * names and reporter give the same candidates, with the same ids.
 * <p>
 * The text is read in simplified characters ({@link ScriptConverter}), without the
 * readings some pages print after characters ({@link PinyinGlosses}), and quoted as
 * written. Every sentence's names are found first ({@link MentionFinder}), so that short
 * forms and short names can be resolved against the whole document ({@link Coreference});
 * then each sentence's relationships are read ({@link RelationReader}).
 */
public final class ReportExtractor {

	private final KnownNames known;

	private final Gazetteer gazetteer;

	public ReportExtractor(KnownNames known) {
		this.known = known;
		this.gazetteer = Gazetteer.institutions();
	}

	/**
	 * Extracts candidates from a report.
	 * @param raw the report's text, with its line wraps
	 * @param reporter the organisation that wrote it (我校, 学校), or null
	 */
	public Extraction extract(String raw, Org reporter) {
		if (PinyinGlosses.present(raw)) {
			return PinyinGlosses.restore(read(PinyinGlosses.strip(raw), reporter), ReportText.of(raw).text());
		}
		return read(raw, reporter);
	}

	private Extraction read(String raw, Org reporter) {
		ReportText report = ReportText.of(raw);
		String normalized = ScriptConverter.normalize(report.text());
		MentionFinder finder = new MentionFinder(this.known, this.gazetteer);
		Coreference coreference = new Coreference(reporter);
		List<ReportText.Sentence> sentences = report.sentences();
		List<List<Mention>> names = new ArrayList<>();
		for (ReportText.Sentence sentence : sentences) {
			String s = normalized.substring(sentence.start(), sentence.start() + sentence.text().length());
			List<Mention> found = finder.find(s, sentence.text());
			coreference.learn(s, found);
			names.add(found);
		}
		RelationReader reader = new RelationReader(reporter);
		Map<String, Org> organizations = new LinkedHashMap<>();
		Map<String, Set<String>> mentionedAs = new LinkedHashMap<>();
		Map<String, ExtractedRelation> relations = new LinkedHashMap<>();
		// zones kept as organisations though no relationship names them: a platform's
		// base
		// (以某开发区为依托), a zone that acts (某开发区联合…)
		Set<String> keptZones = new HashSet<>();
		Set<String> namedOnItsOwn = new HashSet<>();
		Map<String, Org> secondNames = new HashMap<>();
		Map<String, String> collegesFirstSaid = new LinkedHashMap<>();
		List<Mention> before = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			ReportText.Sentence sentence = sentences.get(i);
			String s = normalized.substring(sentence.start(), sentence.start() + sentence.text().length());
			List<Mention> mentions = sameKindAsBefore(
					Descriptions.resolve(s, coreference.resolve(s, sentence.text(), names.get(i), before)),
					organizations);
			for (Mention mention : mentions) {
				if (mention.resolved() && !hostsAPlatformOnly(mention, mentions) && !titlesAPerson(s, mention)) {
					namedOnItsOwn.add(mention.org().id());
				}
				if (mention.resolved() && isName(mention)) {
					organizations.putIfAbsent(mention.org().id(), mention.org());
					// (依托某高新区 alone: the zone a platform is built upon is a place, no
					// organisation)
					if (mention.source() == Source.ZONE
							&& SuffixNames.actsOnItsOwn(s, mention.start(), mention.end())) {
						keptZones.add(mention.org().id());
					}
					mentionedAs.computeIfAbsent(mention.org().id(), (k) -> new LinkedHashSet<>()).add(mention.text());
					if (mention.org().kind() == OrgKind.COLLEGE) {
						collegesFirstSaid.putIfAbsent(mention.org().id(), sentence.text());
					}
				}
			}
			before.addAll(mentions);
			for (ExtractedRelation relation : reader.read(s, sentence.text(), mentions)) {
				relations.putIfAbsent(relation.id(), relation);
			}
			secondNames(s, mentions, secondNames);
		}
		namedCompaniesFound(organizations, mentionedAs, collegesFirstSaid, relations);
		relations.values()
			.removeIf((r) -> isOutranked(r, relations) || namesItself(r)
					|| reporter == null && isAnotherSchoolsSeat(r, relations));
		for (ExtractedRelation r : List.copyOf(relations.values())) {
			for (Org end : List.of(r.from(), r.to())) {
				Org second = secondNames.get(end.id());
				Org other = (end == r.from()) ? r.to() : r.from();
				if (second == null || second.id().equals(other.id())) {
					continue;
				}
				ExtractedRelation copy = r.withEnds(Map.of(end.id(), second));
				if (copy.type().allows(copy.from().kind(), copy.to().kind())) {
					relations.putIfAbsent(copy.id(), copy);
				}
			}
		}
		// a second name read alone as another kind takes the kind of the name it seconds
		secondNames.values().forEach((second) -> organizations.computeIfPresent(second.id(), (id, o) -> second));
		for (ExtractedRelation relation : relations.values()) {
			organizations.putIfAbsent(relation.from().id(), relation.from());
			organizations.putIfAbsent(relation.to().id(), relation.to());
		}
		organizations.values()
			.removeIf((o) -> !o.known() && !keptZones.contains(o.id()) && isPlaceOnly(o, relations.values()));
		// 某大学某研究院, the school named nowhere else: the institute keeps its
		// whole name; the school is not proposed, nor its founding of it.
		organizations.values().removeIf((o) -> !o.known() && !namesItsOwn(o, namedOnItsOwn));
		relations.values()
			.removeIf((r) -> !namesItsOwn(r.from(), namedOnItsOwn) || !namesItsOwn(r.to(), namedOnItsOwn));
		Map<String, List<String>> forms = new LinkedHashMap<>();
		mentionedAs.forEach((id, set) -> forms.put(id, List.copyOf(set)));
		return new Extraction(List.copyOf(organizations.values()), List.copyOf(relations.values()), reader.unresolved(),
				report.text(), forms);
	}

	/**
	 * 国科大某研究院 beside 中国科学院大学某研究院, 农民发展学院 beside 新蔡县农民发展学院: a founding or a partnership
	 * between a name and a shorter one written with its characters, in order, and its
	 * ending, is one organisation under two names, read as two.
	 */
	private static boolean namesItself(ExtractedRelation r) {
		if (r.type() != RelationType.CO_FOUNDED && r.type() != RelationType.PARTNERS_WITH) {
			return false;
		}
		String a = ScriptConverter.normalize(r.from().name());
		String b = ScriptConverter.normalize(r.to().name());
		String shorter = (a.length() <= b.length()) ? a : b;
		String longer = (shorter == a) ? b : a;
		if (longer.contains(shorter)) {
			// (某委员会 founds 某委员会某联盟工作委员会: a body and one of its own, unless only a place
			// is added)
			return longer.endsWith(shorter)
					&& longer.substring(0, longer.length() - shorter.length()).matches("[\\u4e00-\\u9fa5]{1,6}[省市县区]");
		}
		return shorter.length() >= 4 && shorter.length() < longer.length()
				&& longer.endsWith(shorter.substring(shorter.length() - 3)) && ShortForms.inOrder(shorter, longer);
	}

	/** Words before a second name in brackets: none, or a new name's (现更名为某大学). */
	private static final Pattern RENAMED = Pattern.compile("(?:现更名为|现已更名为|已更名为|更名为|现名为|现名|现为)?");

	/**
	 * 某医科大学(某省医学科学院), 某开放大学(某老年大学): a second organisation's name in brackets right after
	 * a name is one body under two names (一个机构两块牌子), and what is said of the one is said
	 * of the other, as of a new name (某学院(现更名为某大学)); a school in brackets after a
	 * laboratory or a college is its host, not its second name.
	 */
	private static void secondNames(String s, List<Mention> mentions, Map<String, Org> out) {
		for (Mention a : mentions) {
			for (Mention b : mentions) {
				if (a.resolved() && b.resolved() && isName(a) && isName(b) && !a.org().id().equals(b.org().id())
						&& b.start() > a.end() && "(（".indexOf(s.charAt(a.end())) >= 0
						&& RENAMED.matcher(s.substring(a.end() + 1, b.start())).matches() && b.end() < s.length()
						&& ")）".indexOf(s.charAt(b.end())) >= 0 && b.org().kind() != OrgKind.GOVERNMENT
						&& a.org().kind() != OrgKind.GOVERNMENT) {
					if (b.org().kind() != OrgKind.SCHOOL || a.org().kind() == OrgKind.SCHOOL) {
						out.putIfAbsent(a.org().id(), b.org());
					}
					else if (isCollegesSecondName(a, b)) {
						out.putIfAbsent(a.org().id(), new Org(b.org().id(), b.org().name(), OrgKind.COLLEGE, false));
					}
				}
			}
		}
	}

	/**
	 * 某大学微电子学院(集成电路学院), 某美院创新创业学院(某陶瓷学院): a 学院 in brackets after a college of its school
	 * is the college's second name, a college too, though alone it reads as a school; one
	 * of the list of schools is a school, the college's host.
	 */
	private static boolean isCollegesSecondName(Mention college, Mention bracketed) {
		String name = ScriptConverter.normalize(bracketed.org().name());
		return college.org().kind() == OrgKind.COLLEGE && college.host() != null && !bracketed.org().known()
				&& name.endsWith("学院")
				&& Gazetteer.institutions()
					.scan(name)
					.stream()
					.noneMatch((hit) -> hit.begin == 0 && hit.end == name.length());
	}

	/**
	 * 某公司某产业学院揭牌 … 某公司(简称：某公司)负责人出席: a company whose name, as the document writes it,
	 * opens a college's name co-founded the college (with its school), wherever the
	 * document names the company.
	 */
	private static void namedCompaniesFound(Map<String, Org> organizations, Map<String, Set<String>> mentionedAs,
			Map<String, String> collegesFirstSaid, Map<String, ExtractedRelation> relations) {
		for (Map.Entry<String, String> college : collegesFirstSaid.entrySet()) {
			Org platform = organizations.get(college.getKey());
			String name = ScriptConverter.normalize(platform.name());
			if (platform.kind() != OrgKind.COLLEGE || !name.endsWith("学院")) {
				continue;
			}
			for (Org company : organizations.values()) {
				if (company.kind() != OrgKind.ENTERPRISE) {
					continue;
				}
				boolean opens = mentionedAs.getOrDefault(company.id(), Set.of())
					.stream()
					.map(ScriptConverter::normalize)
					.anyMatch((form) -> form.length() >= 2 && name.startsWith(form)
							&& name.length() - form.length() >= 4);
				if (opens) {
					ExtractedRelation r = new ExtractedRelation(RelationType.CO_FOUNDED, company, platform, "PARTNER",
							null, null, null, null, null, college.getValue());
					relations.putIfAbsent(r.id(), r);
				}
			}
		}
	}

	/**
	 * 名校名企联手打造的某茶学院 … 某茶学院是由A联合B成立的企业大学: a name the document first proposed as a platform
	 * stays one when a later sentence alone would read it as a school (a college founded
	 * there is no school in the next).
	 */
	private static List<Mention> sameKindAsBefore(List<Mention> mentions, Map<String, Org> organizations) {
		List<Mention> out = new ArrayList<>(mentions.size());
		for (Mention m : mentions) {
			Org first = m.resolved() ? organizations.get(m.org().id()) : null;
			out.add((first == null || first.known() || !first.kind().isPlatform() || m.org().kind().isPlatform()) ? m
					: new Mention(m.start(), m.end(), m.text(), first, m.source(), m.host()));
		}
		return out;
	}

	private static boolean namesItsOwn(Org org, Set<String> namedOnItsOwn) {
		return org.known() || namedOnItsOwn.contains(org.id());
	}

	/**
	 * 中国科学院院士某某, 中国工程院院士, 全国人大代表某某: an academy named in an academician's title, the
	 * people's congress in a deputy's, names a person's honour, not a party of the
	 * document.
	 */
	private static boolean titlesAPerson(String s, Mention mention) {
		return s.startsWith("院士", mention.end()) || mention.text().endsWith("人大") && s.startsWith("代表", mention.end());
	}

	/**
	 * Whether a mention is only the school (or group) a research institute's or a base's
	 * name opens with (某大学|某研究院, 深圳|某大学|研究院), which the guide leaves inside that name; a
	 * college's host (某大学|某学院), and an industry college hosting a base (某产业学院|某实训中心), are
	 * named on their own.
	 */
	private static boolean hostsAPlatformOnly(Mention mention, List<Mention> mentions) {
		return mention.source() == Source.HOST && mention.org().kind() != OrgKind.COLLEGE && mentions.stream()
			.anyMatch((m) -> m != mention && m.start() <= mention.start() && m.end() > mention.end() && m.org() != null
					&& (m.org().kind() == OrgKind.RESEARCH_INSTITUTE || m.org().kind() == OrgKind.PRACTICE_BASE));
	}

	/**
	 * A co-founder the document calls a lead (牵头) is not also a partner of the same
	 * platform because another sentence, or an agreement's title, says 共建: one role per
	 * founder and platform, the lead's. Nor is a founder listed among the community's
	 * member units (成员单位) also a plain member.
	 */
	private static boolean isOutranked(ExtractedRelation r, Map<String, ExtractedRelation> all) {
		if (r.type() == RelationType.MEMBER_OF && "MEMBER".equals(r.role())) {
			// a founder listed among a community's member units: its founding says more
			return all.containsKey(RelationKeys.id(r.from().id(), RelationType.CO_FOUNDED, r.to().id(), "LEAD"))
					|| all.containsKey(RelationKeys.id(r.from().id(), RelationType.CO_FOUNDED, r.to().id(), "PARTNER"));
		}
		return r.type() == RelationType.CO_FOUNDED && "PARTNER".equals(r.role())
				&& all.containsKey(RelationKeys.id(r.from().id(), RelationType.CO_FOUNDED, r.to().id(), "LEAD"));
	}

	/**
	 * 由A、B和C联合…组建Z。…我校当选为Z常务理事单位: where no reporting organisation is given, the school a
	 * page calls 我校 or 学校 and a founder of Z it names are not the same school when 我校
	 * takes a seat below the chair — the page is the news of another member, which it
	 * never names.
	 */
	private static boolean isAnotherSchoolsSeat(ExtractedRelation r, Map<String, ExtractedRelation> all) {
		return r.type() == RelationType.MEMBER_OF && !"CHAIR".equals(r.role()) && r.fromText() != null
				&& SchoolsSpokenOf.REPORTER.matcher(r.fromText()).matches()
				&& Stream.of("LEAD", "PARTNER")
					.map((role) -> all.get(RelationKeys.id(r.from().id(), RelationType.CO_FOUNDED, r.to().id(), role)))
					.anyMatch((founding) -> founding != null && (founding.fromText() == null
							|| !SchoolsSpokenOf.REPORTER.matcher(founding.fromText()).matches()));
	}

	/**
	 * A zone or a place a document names only as where something is (与某开发区、某园区等形成…格局): a
	 * place, not an organisation, unless it takes part in a relationship (滨州北海经济开发区牵头) or
	 * a platform is built upon it (以某开发区为依托, kept by the caller). Only a government's
	 * kind of name is a place's: 某超市, 某产教融合示范区 are not.
	 */
	private static boolean isPlaceOnly(Org org, Collection<ExtractedRelation> relations) {
		return org.kind() == OrgKind.GOVERNMENT && PLACE.matcher(ScriptConverter.normalize(org.name())).find()
				&& relations.stream().noneMatch((r) -> r.from().id().equals(org.id()) || r.to().id().equals(org.id()));
	}

	/** A zone's or a place's name: 开发区, 高新区, 新区, 园区, a county, a district, a town. */
	private static final Pattern PLACE = Pattern.compile("(?:开发区|高新区|新区|园区|新城|实验区|示范区|片区|聚集区|(?<![校社])区|[县市镇乡])$");

	// 该联合体, 双方, 我校 refer to an organisation; they do not name it
	private static boolean isName(Mention mention) {
		return mention.source() != Source.ANAPHOR && mention.source() != Source.PARTIES
				&& mention.source() != Source.REPORTER;
	}

}
