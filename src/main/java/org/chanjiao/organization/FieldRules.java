package org.chanjiao.organization;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for field values, shared by the mutations and the importer so that what one
 * accepts the other accepts too. Each check answers the broken rule, or empty.
 */
public final class FieldRules {

	/**
	 * The 31 characters of a 统一社会信用代码, in the order of their values 0–30 (GB 32100-2015).
	 */
	static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private static final Pattern MOE = Pattern.compile("[0-9]{10}");

	private FieldRules() {
	}

	/** The latest year a fact may carry: next year (a recognition announced for it). */
	public static int latestYear() {
		return Year.now().getValue() + 1;
	}

	public static Optional<String> checkYear(Integer year) {
		if (year == null || (year >= 1900 && year <= latestYear())) {
			return Optional.empty();
		}
		return Optional.of("must be a year between 1900 and " + latestYear() + " (got " + year + ")");
	}

	/**
	 * Checks an identifier: the scheme is a word; a USCC (统一社会信用代码) has 18 characters
	 * from {@code 0-9 A-H J-N P-R T U W X Y} and the right check character; a MOE 学校标识码
	 * has 10 digits.
	 */
	public static Optional<String> checkIdentifier(String scheme, String value) {
		if (scheme == null || !SCHEME.matcher(scheme).matches()) {
			return Optional.of("scheme '" + scheme + "' must be a word such as USCC or MOE");
		}
		if (value == null || value.isBlank() || value.contains("|")
				|| value.chars().anyMatch(Character::isWhitespace)) {
			return Optional.of("value of " + scheme + " must be non-empty, without spaces or '|'");
		}
		return switch (scheme) {
			case "USCC" -> checkUscc(value);
			case "MOE" -> MOE.matcher(value).matches() ? Optional.empty()
					: Optional.of("a 学校标识码 (MOE) has 10 digits; '" + value + "' does not");
			default -> Optional.empty();
		};
	}

	/**
	 * GB 32100-2015: positions 1–17 weighted by 3^(i−1) mod 31, check value 31 − (Σ mod
	 * 31), where 31 becomes 0.
	 */
	public static Optional<String> checkUscc(String code) {
		if (code.length() != 18) {
			return Optional.of("a 统一社会信用代码 (USCC) has 18 characters; '" + code + "' has " + code.length());
		}
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			int value = USCC_CHARACTERS.indexOf(code.charAt(i));
			if (value < 0) {
				return Optional.of("character " + (i + 1) + " of USCC '" + code + "' is '" + code.charAt(i)
						+ "', not one of 0-9 A-H J-N P-R T U W X Y");
			}
			sum += value * weight;
			weight = (weight * 3) % 31;
		}
		int check = 31 - (sum % 31);
		char expected = USCC_CHARACTERS.charAt((check == 31) ? 0 : check);
		if (code.charAt(17) != expected) {
			return Optional
				.of("check character of USCC '" + code + "' is '" + code.charAt(17) + "', expected '" + expected + "'");
		}
		return Optional.empty();
	}

}
