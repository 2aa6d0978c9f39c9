package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * Report text → candidate organisations and relationships. Pure computation: reads no
 * database (the known names are given) and writes nothing. Deterministic: the same text,
 * names and reporter give the same candidates, with the same ids.
 */
public final class ReportExtractor {

	private final KnownNames known;

	public ReportExtractor(KnownNames known) {
		this.known = known;
	}

	/**
	 * Extracts candidates from a report.
	 * @param raw the report's text, with its line wraps
	 * @param reporter the organisation that wrote it (我校, 学校), or null
	 */
	public Extraction extract(String raw, Org reporter) {
		ReportText report = ReportText.of(raw);
		MentionFinder finder = new MentionFinder(this.known, reporter);
		RelationPatterns patterns = new RelationPatterns(reporter);
		List<Mention> all = new ArrayList<>();
		Map<String, Org> organizations = new LinkedHashMap<>();
		Map<String, ExtractedRelation> relations = new LinkedHashMap<>();
		Map<String, String> firstSentence = new LinkedHashMap<>();
		for (ReportText.Sentence sentence : report.sentences()) {
			List<Mention> mentions = finder.find(sentence.text(), all);
			for (Mention mention : mentions) {
				if (mention.resolved() && mention.source() != Source.ANAPHOR) {
					organizations.putIfAbsent(mention.org().id(), mention.org());
					firstSentence.putIfAbsent(mention.org().id(), sentence.text());
				}
			}
			all.addAll(mentions);
			for (Mention nested : mentions) {
				if (nested.source() == Source.NESTED) {
					// the enterprise a base or college is named after is its partner
					mentions.stream()
						.filter((host) -> host != nested && host.start() <= nested.start() && host.end() > nested.end()
								&& host.resolved())
						.findFirst()
						.ifPresent((host) -> put(relations, new ExtractedRelation(RelationType.CO_FOUNDED, nested.org(),
								host.org(), "PARTNER", null, null, null, null, null, sentence.text())));
				}
			}
			for (ExtractedRelation relation : patterns.apply(sentence.text(), mentions)) {
				relations.putIfAbsent(relation.id(), relation);
			}
		}
		List<Org> colleges = organizations.values().stream().filter((o) -> o.kind() == OrgKind.COLLEGE).toList();
		for (ExtractedRelation relation : patterns.tieUnnamedColleges(colleges)) {
			relations.putIfAbsent(relation.id(), relation);
		}
		if (reporter != null && reporter.kind() == OrgKind.SCHOOL) {
			hostedByReporter(reporter, organizations, firstSentence, relations);
		}
		for (ExtractedRelation relation : relations.values()) {
			organizations.putIfAbsent(relation.from().id(), relation.from());
			organizations.putIfAbsent(relation.to().id(), relation.to());
		}
		return new Extraction(List.copyOf(organizations.values()), List.copyOf(relations.values()),
				patterns.unresolved(), report.text());
	}

	/**
	 * A school's report speaks of its own colleges and bases: each one the report names
	 * that no other school hosts is PART_OF the reporter, and the reporter leads each
	 * such college (CO_FOUNDED LEAD), unless another school does. A vocational-education
	 * group named after the school (广州某职业技术学院 → 广州某职教集团) is led by it.
	 */
	private static void hostedByReporter(Org reporter, Map<String, Org> organizations,
			Map<String, String> firstSentence, Map<String, ExtractedRelation> relations) {
		String stem = reporter.name().replaceAll("(职业技术大学|职业技术学院|职业学院|技师学院|大学|学院|学校)$", "");
		for (Org org : organizations.values()) {
			String evidence = firstSentence.get(org.id());
			if (org.kind() == OrgKind.COLLEGE || org.kind() == OrgKind.PRACTICE_BASE) {
				boolean hosted = relations.values()
					.stream()
					.anyMatch((r) -> r.type() == RelationType.PART_OF && r.from().id().equals(org.id()));
				if (!hosted) {
					put(relations, new ExtractedRelation(RelationType.PART_OF, org, reporter, null, null, null, null,
							null, null, evidence));
				}
				boolean led = relations.values()
					.stream()
					.anyMatch((r) -> r.type() == RelationType.CO_FOUNDED && r.to().id().equals(org.id())
							&& "LEAD".equals(r.role()) && !r.from().id().equals(reporter.id()));
				boolean hostedElsewhere = relations.values()
					.stream()
					.anyMatch((r) -> r.type() == RelationType.PART_OF && r.from().id().equals(org.id())
							&& !r.to().id().equals(reporter.id()));
				if (org.kind() == OrgKind.COLLEGE && !led && !hostedElsewhere) {
					put(relations, new ExtractedRelation(RelationType.CO_FOUNDED, reporter, org, "LEAD", null, null,
							null, null, null, evidence));
				}
			}
			if (org.kind() == OrgKind.COMMUNITY && stem.length() >= 2 && org.name().startsWith(stem)
					&& (org.name().endsWith("职教集团") || org.name().endsWith("职业教育集团"))) {
				put(relations, new ExtractedRelation(RelationType.CO_FOUNDED, reporter, org, "LEAD", null, null, null,
						null, null, evidence));
			}
		}
	}

	private static void put(Map<String, ExtractedRelation> relations, ExtractedRelation relation) {
		relations.putIfAbsent(relation.id(), relation);
	}

}
