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

	/**
	 * The production check against check characters worked out by hand (GB 32100-2015: Σ
	 * of value × 3^(i−1) mod 31 over the first 17 characters, check character (31 − Σ mod
	 * 31) mod 31): for each body, exactly one of the 31 characters makes a valid code,
	 * the one worked out.
	 */
	@Test
	void shouldAcceptExactlyTheCheckCharacterWorkedOutByHand() {
		// Σ = 1505, 1505 mod 31 = 17, 31 − 17 = 14: E
		// Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3: 3
		// Σ = 359, 359 mod 31 = 18, 31 − 18 = 13: D
		// Σ = 434 = 14 × 31, 31 − 0 = 31, which is 0: 0
		java.util.Map<String, Character> checks = java.util.Map.of("91512081MA62K0260", 'E', "91350100M000100Y4", '3',
				"11100000000013127", 'D', "91440100000000009", '0');
		checks.forEach((body, expected) -> {
			for (char candidate : FieldRules.USCC_CHARACTERS.toCharArray()) {
				assertThat(FieldRules.checkUscc(body + candidate)).as("%s%s", body, candidate)
					.matches((problem) -> problem.isEmpty() == (candidate == expected));
			}
		});
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

	/**
	 * The year bounds are inclusive at both ends: 1900 and next year (a recognition
	 * announced for it) are years, 1899 and the year after next are not.
	 */
	@Test
	void shouldAcceptYearsFrom1900ToNextYearInclusive() {
		int thisYear = java.time.Year.now().getValue();
		assertThat(FieldRules.latestYear()).isEqualTo(thisYear + 1);
		assertThat(FieldRules.checkYear(thisYear + 1)).isEmpty();
		assertThat(FieldRules.checkYear(thisYear + 2))
			.hasValue("must be a year between 1900 and " + (thisYear + 1) + " (got " + (thisYear + 2) + ")");
		assertThat(FieldRules.checkYear(1900)).isEmpty();
		assertThat(FieldRules.checkYear(1899)).isPresent();
	}

}
