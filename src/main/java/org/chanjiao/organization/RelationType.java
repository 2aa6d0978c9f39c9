package org.chanjiao.organization;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.chanjiao.organization.OrgKind.COLLEGE;
import static org.chanjiao.organization.OrgKind.COMMUNITY;
import static org.chanjiao.organization.OrgKind.ENTERPRISE;
import static org.chanjiao.organization.OrgKind.GOVERNMENT;
import static org.chanjiao.organization.OrgKind.INDUSTRY_ASSOCIATION;
import static org.chanjiao.organization.OrgKind.PRACTICE_BASE;
import static org.chanjiao.organization.OrgKind.RESEARCH_INSTITUTE;
import static org.chanjiao.organization.OrgKind.SCHOOL;

/**
 * The relationship types between organisations, with the kinds each may join (DESIGN.md,
 * "Relationship types") and the roles it takes.
 */
public enum RelationType {

	/**
	 * A founder (any organisation but a practice base) co-founds a platform, a school
	 * (教育部与某省共建某大学, 某集团创办某学院) or an association (某学会由A联合B发起成立).
	 */
	CO_FOUNDED(EnumSet.of(GOVERNMENT, SCHOOL, INDUSTRY_ASSOCIATION, ENTERPRISE, RESEARCH_INSTITUTE, COLLEGE, COMMUNITY),
			EnumSet.of(COLLEGE, COMMUNITY, RESEARCH_INSTITUTE, PRACTICE_BASE, SCHOOL, INDUSTRY_ASSOCIATION),
			List.of("LEAD", "PARTNER"), true),
	/**
	 * Membership of a community (职教集团, 联合体, 共同体), of an industry association (会员单位) or of
	 * a research institute's council (理事单位).
	 */
	MEMBER_OF(EnumSet.allOf(OrgKind.class), EnumSet.of(COMMUNITY, INDUSTRY_ASSOCIATION, RESEARCH_INSTITUTE), null,
			false),
	/** A college or practice base belongs to its host school. */
	PART_OF(EnumSet.of(COLLEGE, PRACTICE_BASE), EnumSet.of(SCHOOL), List.of(), false),
	/** An organisation affiliated (附属) to a school. */
	AFFILIATED_WITH(EnumSet.allOf(OrgKind.class), EnumSet.of(SCHOOL), List.of(), false),
	/** A partnership; its {@code kind} says which (internship base, order class …). */
	PARTNERS_WITH(EnumSet.allOf(OrgKind.class), EnumSet.allOf(OrgKind.class), List.of(), false),
	/** A government or awarding body recognises an organisation (title, level, stage). */
	RECOGNIZED(EnumSet.of(GOVERNMENT, INDUSTRY_ASSOCIATION, COMMUNITY), EnumSet.allOf(OrgKind.class), List.of(), false);

	private final Set<OrgKind> from;

	private final Set<OrgKind> to;

	private final List<String> roles;

	private final boolean roleRequired;

	/**
	 * @param roles the allowed roles: empty means none, {@code null} means any upper-case
	 * token
	 */
	RelationType(Set<OrgKind> from, Set<OrgKind> to, List<String> roles, boolean roleRequired) {
		this.from = from;
		this.to = to;
		this.roles = roles;
		this.roleRequired = roleRequired;
	}

	public boolean allows(OrgKind fromKind, OrgKind toKind) {
		return this.from.contains(fromKind) && this.to.contains(toKind);
	}

	public Set<OrgKind> fromKinds() {
		return this.from;
	}

	public Set<OrgKind> toKinds() {
		return this.to;
	}

	/**
	 * The roles this type takes: empty when it takes none, {@code null} when any
	 * upper-case token will do ({@link #checkRole}).
	 */
	public List<String> roles() {
		return this.roles;
	}

	/** Whether a relationship of this type must have a role. */
	public boolean roleRequired() {
		return this.roleRequired;
	}

	/**
	 * Checks a role for this type.
	 * @return the problem, or empty when the role is acceptable
	 */
	public Optional<String> checkRole(String role) {
		boolean blank = role == null || role.isEmpty();
		if (blank) {
			return this.roleRequired ? Optional.of(name() + " needs a role, one of " + this.roles) : Optional.empty();
		}
		if (this.roles == null) {
			return role.matches("[A-Z][A-Z0-9_]*") ? Optional.empty() : Optional
				.of("role of " + name() + " must be an upper-case token such as MEMBER or EXECUTIVE_MEMBER");
		}
		if (this.roles.isEmpty()) {
			return Optional.of(name() + " takes no role");
		}
		return this.roles.contains(role) ? Optional.empty()
				: Optional.of("role of " + name() + " must be one of " + this.roles);
	}

	/** The names of all types, for a {@code type(r) IN $types} parameter. */
	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

	/**
	 * All types as a Cypher relationship-type pattern, {@code CO_FOUNDED|MEMBER_OF|…}.
	 */
	public static String pattern() {
		return String.join("|", names());
	}

	/**
	 * These types as a Cypher relationship-type pattern; all types when {@code types} is
	 * null or empty.
	 */
	public static String pattern(Collection<RelationType> types) {
		if (types == null || types.isEmpty()) {
			return pattern();
		}
		return String.join("|", types.stream().distinct().map(Enum::name).toList());
	}

	public static Optional<RelationType> parse(String text) {
		return Arrays.stream(values()).filter((t) -> t.name().equals(text)).findFirst();
	}

}
