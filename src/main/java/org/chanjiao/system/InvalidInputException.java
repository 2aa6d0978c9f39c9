package org.chanjiao.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks rules; answered as BAD_REQUEST listing each field and rule. Nothing
 * is written.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String field, String rule, String message) {
		return new InvalidInputException(List.of(new Violation(field, rule, message)));
	}

	public List<Violation> getViolations() {
		return this.violations;
	}

	/**
	 * @param field the input path, e.g. {@code input.identifiers[0]}
	 * @param rule the rule's name, e.g. {@code required}, {@code year}, {@code uscc}
	 * @param message what is wrong
	 */
	public record Violation(String field, String rule, String message) {

		@Override
		public String toString() {
			return this.field + ": " + this.message + " [" + this.rule + "]";
		}

	}

}
