package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cooperation model of a college or community: what a source declares, what the
 * sectors of its known co-founders make, and which declared sectors no known co-founder
 * stands for yet.
 *
 * @param declared e.g. {@code 政-校-行-企}, or null when no source declares one
 * @param derived the sector letters of the co-founders in 政-校-行-研-企 order, joined by
 * {@code -}; empty when none is known
 * @param missing the declared sector letters absent from {@code derived}
 * @param evidence the quotes that declare the model
 */
public record CooperationModel(String declared, String derived, List<String> missing, List<Evidence> evidence) {

	/** The sectors in the order models are written: 政-校-行-研-企. */
	static final List<OrgKind> SECTOR_ORDER = List.of(OrgKind.GOVERNMENT, OrgKind.SCHOOL, OrgKind.INDUSTRY_ASSOCIATION,
			OrgKind.RESEARCH_INSTITUTE, OrgKind.ENTERPRISE);

	/** Whether organisations of this kind have a cooperation model. */
	public static boolean appliesTo(OrgKind kind) {
		return kind == OrgKind.COLLEGE || kind == OrgKind.COMMUNITY;
	}

	/**
	 * Derives the model from the kinds of the known co-founders. Kinds that are not a
	 * sector (a community co-founding a college, say) add no letter. A declared token
	 * that is not a sector letter (校中厂 in 校-校中厂) names a form of cooperation, not a
	 * sector, and is never reported missing.
	 */
	public static CooperationModel derive(String declared, Collection<OrgKind> coFounderKinds,
			List<Evidence> evidence) {
		Set<String> sectors = new LinkedHashSet<>();
		for (OrgKind kind : SECTOR_ORDER) {
			if (coFounderKinds.contains(kind)) {
				kind.sector().ifPresent(sectors::add);
			}
		}
		List<String> missing = new ArrayList<>();
		if (declared != null) {
			Set<String> letters = new LinkedHashSet<>();
			SECTOR_ORDER.forEach((k) -> k.sector().ifPresent(letters::add));
			for (String token : declared.split("-")) {
				String letter = token.strip();
				if (letters.contains(letter) && !sectors.contains(letter) && !missing.contains(letter)) {
					missing.add(letter);
				}
			}
		}
		return new CooperationModel(declared, String.join("-", sectors), List.copyOf(missing),
				(evidence != null) ? evidence : List.of());
	}

}
