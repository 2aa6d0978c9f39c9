package org.chanjiao.organization;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of an organisation. Each node carries the {@code Organization} label, the
 * kind's label, and the kind's name in its {@code kind} property.
 */
public enum OrgKind {

	GOVERNMENT("Government", "政"), SCHOOL("School", "校"), INDUSTRY_ASSOCIATION("IndustryAssociation", "行"),
	ENTERPRISE("Enterprise", "企"), RESEARCH_INSTITUTE("ResearchInstitute", "研"), COLLEGE("College", null),
	COMMUNITY("Community", null), PRACTICE_BASE("PracticeBase", null);

	private final String label;

	private final String sector;

	OrgKind(String label, String sector) {
		this.label = label;
		this.sector = sector;
	}

	/** The Neo4j label of this kind, e.g. {@code IndustryAssociation}. */
	public String label() {
		return this.label;
	}

	/**
	 * The sector letter (政, 校, 行, 企, 研) or empty for platforms, which are not a sector.
	 */
	public Optional<String> sector() {
		return Optional.ofNullable(this.sector);
	}

	/** Whether this kind is a platform that organisations co-found. */
	public boolean isPlatform() {
		return this == COLLEGE || this == COMMUNITY || this == RESEARCH_INSTITUTE || this == PRACTICE_BASE;
	}

	/**
	 * Every kind label joined by {@code :}, for {@code REMOVE o:Government:School:…} when
	 * an organisation's kind label is replaced.
	 */
	public static String allLabels() {
		return Arrays.stream(values()).map(OrgKind::label).collect(Collectors.joining(":"));
	}

	public static Optional<OrgKind> parse(String text) {
		return Arrays.stream(values()).filter((k) -> k.name().equals(text)).findFirst();
	}

}
