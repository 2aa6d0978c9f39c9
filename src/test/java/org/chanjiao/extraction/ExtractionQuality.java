package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chanjiao.curation.DuplicateFinder;
import org.chanjiao.extraction.KnownNames.Org;

/**
 * Precision and recall of an extraction against a gold standard (docs/EXTRACTION.md). An
 * organisation matches a gold one when its linked id is the gold id or its normalised
 * name equals the normalised name or an alias of the gold one. A relationship matches
 * when both ends match, the type is equal and so is its qualifier: the role of CO_FOUNDED
 * and MEMBER_OF, the kind of PARTNERS_WITH (whose ends are unordered), the stage of
 * RECOGNIZED.
 */
final class ExtractionQuality {

	record GoldOrg(String id, List<String> names) {
	}

	record GoldRelation(String from, String to, String type, String qualifier) {
	}

	record Score(double orgPrecision, double orgRecall, double relPrecision, double relRecall,
			List<String> missedOrganizations, List<String> wrongOrganizations, List<String> missedRelations,
			List<String> wrongRelations) {

		String summary(String name) {
			return String.format(
					"%s: organisations precision %.3f recall %.3f; relations precision %.3f recall %.3f%n"
							+ "  missed organisations: %s%n  wrong organisations: %s%n  missed relations: %s%n"
							+ "  wrong relations: %s%n",
					name, this.orgPrecision, this.orgRecall, this.relPrecision, this.relRecall,
					this.missedOrganizations, this.wrongOrganizations, this.missedRelations, this.wrongRelations);
		}

	}

	private ExtractionQuality() {
	}

	static Score score(Extraction extraction, List<GoldOrg> goldOrgs, List<GoldRelation> goldRelations) {
		Map<String, String> byName = new HashMap<>();
		Set<String> goldIds = new LinkedHashSet<>();
		for (GoldOrg g : goldOrgs) {
			goldIds.add(g.id());
			for (String name : g.names()) {
				byName.put(DuplicateFinder.normalize(name), g.id());
			}
		}
		Map<String, String> toGold = new HashMap<>();
		Set<String> matchedGold = new TreeSet<>();
		List<String> wrongOrganizations = new ArrayList<>();
		for (Org org : extraction.organizations()) {
			String gold = goldIds.contains(org.id()) ? org.id() : byName.get(DuplicateFinder.normalize(org.name()));
			if (gold != null) {
				toGold.put(org.id(), gold);
				matchedGold.add(gold);
			}
			else {
				wrongOrganizations.add(org.name() + " (" + org.kind() + ")");
			}
		}
		List<String> missedOrganizations = goldIds.stream().filter((id) -> !matchedGold.contains(id)).toList();
		Set<String> gold = new TreeSet<>();
		goldRelations.forEach((r) -> gold.add(key(r.from(), r.to(), r.type(), r.qualifier())));
		Set<String> predicted = new TreeSet<>();
		for (ExtractedRelation r : extraction.relations()) {
			String qualifier = switch (r.type()) {
				case CO_FOUNDED, MEMBER_OF -> r.role();
				case PARTNERS_WITH -> r.kind();
				case RECOGNIZED -> r.stage();
				default -> null;
			};
			predicted.add(key(toGold.getOrDefault(r.from().id(), r.from().name()),
					toGold.getOrDefault(r.to().id(), r.to().name()), r.type().name(), qualifier));
		}
		List<String> missed = gold.stream().filter((k) -> !predicted.contains(k)).toList();
		List<String> wrong = predicted.stream().filter((k) -> !gold.contains(k)).toList();
		int hits = predicted.size() - wrong.size();
		return new Score(ratio(matchedGold.size() - 0, extraction.organizations().size() - 0, wrongOrganizations),
				ratio(matchedGold.size(), goldIds.size()), ratio(hits, predicted.size()), ratio(hits, gold.size()),
				missedOrganizations, wrongOrganizations, missed, wrong);
	}

	private static double ratio(int matched, int predicted, List<String> wrong) {
		return (predicted == 0) ? 0 : (predicted - wrong.size()) / (double) predicted;
	}

	private static double ratio(int a, int b) {
		return (b == 0) ? 0 : a / (double) b;
	}

	static String key(String from, String to, String type, String qualifier) {
		if ("PARTNERS_WITH".equals(type) && from.compareTo(to) > 0) {
			String t = from;
			from = to;
			to = t;
		}
		return from + " -" + type + ((qualifier != null && !qualifier.isEmpty()) ? "/" + qualifier : "") + "-> " + to;
	}

}
