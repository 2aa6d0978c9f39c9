package org.chanjiao.organization;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CooperationModelTests {

	private static final List<Evidence> QUOTE = List.of(new Evidence("doc", "一是“政-校-行-企”型产业学院"));

	@Test
	void shouldListDeclaredSectorsNoKnownCoFounderStandsFor() {
		CooperationModel model = CooperationModel.derive("政-校-行-企", Set.of(OrgKind.SCHOOL, OrgKind.ENTERPRISE), QUOTE);
		assertThat(model.derived()).isEqualTo("校-企");
		assertThat(model.missing()).containsExactly("政", "行");
		assertThat(model.evidence()).isEqualTo(QUOTE);
	}

	@Test
	void shouldWriteSectorsInGovernmentSchoolAssociationResearchEnterpriseOrder() {
		CooperationModel model = CooperationModel.derive(null, Set.of(OrgKind.ENTERPRISE, OrgKind.RESEARCH_INSTITUTE,
				OrgKind.INDUSTRY_ASSOCIATION, OrgKind.SCHOOL, OrgKind.GOVERNMENT), List.of());
		assertThat(model.derived()).isEqualTo("政-校-行-研-企");
		assertThat(model.declared()).isNull();
		assertThat(model.missing()).isEmpty();
	}

	@Test
	void shouldIgnorePlatformsAmongCoFoundersAndNonSectorTokensInTheDeclaration() {
		CooperationModel model = CooperationModel.derive("校-校中厂", Set.of(OrgKind.SCHOOL, OrgKind.COMMUNITY), List.of());
		assertThat(model.derived()).isEqualTo("校");
		assertThat(model.missing()).isEmpty();
	}

	@Test
	void shouldDeriveAnEmptyModelWithoutCoFounders() {
		CooperationModel model = CooperationModel.derive("政-校-企", Set.of(), null);
		assertThat(model.derived()).isEmpty();
		assertThat(model.missing()).containsExactly("政", "校", "企");
		assertThat(model.evidence()).isEmpty();
	}

	@Test
	void shouldApplyToCollegesAndCommunitiesOnly() {
		assertThat(List.of(OrgKind.values())).filteredOn(CooperationModel::appliesTo)
			.containsExactly(OrgKind.COLLEGE, OrgKind.COMMUNITY);
	}

}
