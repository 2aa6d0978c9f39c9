package org.chanjiao.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationTypeTests {

	@Test
	void shouldAllowCoFoundingIntoPlatformsSchoolsAndAssociationsOnly() {
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.ENTERPRISE, OrgKind.COLLEGE)).isTrue();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.GOVERNMENT, OrgKind.RESEARCH_INSTITUTE)).isTrue();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.GOVERNMENT, OrgKind.SCHOOL)).isTrue();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.SCHOOL, OrgKind.INDUSTRY_ASSOCIATION)).isTrue();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.SCHOOL, OrgKind.GOVERNMENT)).isFalse();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.SCHOOL, OrgKind.ENTERPRISE)).isFalse();
		assertThat(RelationType.CO_FOUNDED.allows(OrgKind.PRACTICE_BASE, OrgKind.COLLEGE)).isFalse();
	}

	@Test
	void shouldJoinPartOfFromCollegesAndBasesToSchools() {
		assertThat(RelationType.PART_OF.allows(OrgKind.COLLEGE, OrgKind.SCHOOL)).isTrue();
		assertThat(RelationType.PART_OF.allows(OrgKind.PRACTICE_BASE, OrgKind.SCHOOL)).isTrue();
		assertThat(RelationType.PART_OF.allows(OrgKind.ENTERPRISE, OrgKind.SCHOOL)).isFalse();
		assertThat(RelationType.MEMBER_OF.allows(OrgKind.ENTERPRISE, OrgKind.SCHOOL)).isFalse();
		assertThat(RelationType.RECOGNIZED.allows(OrgKind.ENTERPRISE, OrgKind.SCHOOL)).isFalse();
	}

	@Test
	void shouldCheckRoles() {
		assertThat(RelationType.CO_FOUNDED.checkRole("LEAD")).isEmpty();
		assertThat(RelationType.CO_FOUNDED.checkRole(null)).hasValueSatisfying((p) -> assertThat(p).contains("LEAD"));
		assertThat(RelationType.CO_FOUNDED.checkRole("BOSS")).isPresent();
		assertThat(RelationType.MEMBER_OF.checkRole("EXECUTIVE_MEMBER")).isEmpty();
		assertThat(RelationType.MEMBER_OF.checkRole("executive member")).isPresent();
		assertThat(RelationType.PART_OF.checkRole("LEAD")).isPresent();
	}

	/** The kinds each end may be, as DESIGN.md lists them (used in error messages). */
	@Test
	void shouldNameTheKindsEachEndMayBe() {
		assertThat(RelationType.CO_FOUNDED.fromKinds()).containsExactlyInAnyOrder(OrgKind.GOVERNMENT, OrgKind.SCHOOL,
				OrgKind.INDUSTRY_ASSOCIATION, OrgKind.ENTERPRISE, OrgKind.RESEARCH_INSTITUTE, OrgKind.COLLEGE,
				OrgKind.COMMUNITY);
		assertThat(RelationType.CO_FOUNDED.toKinds()).containsExactlyInAnyOrder(OrgKind.COLLEGE, OrgKind.COMMUNITY,
				OrgKind.RESEARCH_INSTITUTE, OrgKind.PRACTICE_BASE, OrgKind.SCHOOL, OrgKind.INDUSTRY_ASSOCIATION);
		assertThat(RelationType.PART_OF.fromKinds()).containsExactlyInAnyOrder(OrgKind.COLLEGE, OrgKind.PRACTICE_BASE);
		assertThat(RelationType.PART_OF.toKinds()).containsExactly(OrgKind.SCHOOL);
		assertThat(RelationType.MEMBER_OF.fromKinds()).hasSize(OrgKind.values().length);
		assertThat(RelationType.MEMBER_OF.toKinds()).containsExactlyInAnyOrder(OrgKind.COMMUNITY,
				OrgKind.INDUSTRY_ASSOCIATION, OrgKind.RESEARCH_INSTITUTE);
	}

}
