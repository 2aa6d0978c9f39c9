package org.chanjiao.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldRulesTests {

	@Test
	void shouldAcceptAValidUnifiedSocialCreditCode() {
		assertThat(FieldRules.checkUscc("91512081MA62K0260E")).isEmpty();
		assertThat(FieldRules.checkIdentifier("USCC", "91512081MA62K0260E")).isEmpty();
	}

	@Test
	void shouldRefuseAWrongCheckCharacterAndForbiddenCharacters() {
		assertThat(FieldRules.checkUscc("91350100M000100Y4Z"))
			.hasValueSatisfying((p) -> assertThat(p).contains("check character").contains("'Z'"));
		assertThat(FieldRules.checkUscc("91512081MA62K0260I"))
			.hasValueSatisfying((p) -> assertThat(p).contains("check character"));
		assertThat(FieldRules.checkUscc("9151208IMA62K0260E"))
			.hasValueSatisfying((p) -> assertThat(p).contains("character 8").contains("not one of"));
		assertThat(FieldRules.checkUscc("915120")).hasValueSatisfying((p) -> assertThat(p).contains("18 characters"));
	}

	@Test
	void shouldComputeTheCheckCharacterThatMakesACodeValid() {
		// Hand check of 91512081MA62K0260E: Σ value·3^(i−1) mod 31 over the first 17
		// characters.
		String body = "91512081MA62K0260";
		int sum = 0;
		int weight = 1;
		for (char c : body.toCharArray()) {
			sum += FieldRules.USCC_CHARACTERS.indexOf(c) * weight;
			weight = weight * 3 % 31;
		}
		assertThat(FieldRules.USCC_CHARACTERS.charAt((31 - sum % 31) % 31)).isEqualTo('E');
	}

	@Test
	void shouldCheckSchoolCodesAndYears() {
		assertThat(FieldRules.checkIdentifier("MOE", "4144013930")).isEmpty();
		assertThat(FieldRules.checkIdentifier("MOE", "414401393")).isPresent();
		assertThat(FieldRules.checkIdentifier("MOE", "414401393X")).isPresent();
		assertThat(FieldRules.checkIdentifier("学校", "1")).isPresent();
		assertThat(FieldRules.checkYear(1900)).isEmpty();
		assertThat(FieldRules.checkYear(1899)).isPresent();
		assertThat(FieldRules.checkYear(FieldRules.latestYear() + 1)).isPresent();
		assertThat(FieldRules.checkYear(null)).isEmpty();
	}

}
