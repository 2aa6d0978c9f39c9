package org.chanjiao.system;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of what one request may ask for, so that no request can ask the database for
 * an unbounded amount of work.
 *
 * @param maxFirst the largest page or list size ({@code first})
 * @param maxDepth the largest neighbourhood depth
 * @param maxHops the longest shortest path searched
 * @param maxSearchLength the longest search text
 * @param maxNeighborhoodNodes the most organisations a neighbourhood answers (the largest
 * {@code first}); a larger one is truncated, with its {@code totalCount}
 * @param maxMinColleges the largest {@code minColleges}
 * @param maxQueryDepth the deepest selection a GraphQL document may have
 * @param maxQueryComplexity the highest cost of a document, list fields counting their
 * {@code first} (or {@code listCost} without one) times their selection
 * @param listCost the assumed size of a list field without {@code first}
 * @param maxFields the most fields a document may select
 * @param maxAliases the most aliases a document may use
 * @param maxBodyBytes the largest request body accepted on {@code /graphql} (large enough
 * for {@code extractReport}'s longest text)
 * @param mutationsPerMinute mutations one client (token, else address) may send per
 * minute
 * @param documentCacheChars the total length of the distinct query texts whose parsed and
 * validated documents are kept, so that a repeated query is neither parsed nor validated
 * again; the least recently used are dropped first
 */
@ConfigurationProperties("chanjiao.limits")
@Validated
public record Limits(@DefaultValue("500") @Positive int maxFirst, @DefaultValue("4") @Positive int maxDepth,
		@DefaultValue("10") @Positive int maxHops, @DefaultValue("200") @Positive int maxSearchLength,
		@DefaultValue("5000") @Positive int maxNeighborhoodNodes, @DefaultValue("1000") @Positive int maxMinColleges,
		@DefaultValue("10") @Positive int maxQueryDepth, @DefaultValue("100000") @Positive int maxQueryComplexity,
		@DefaultValue("10") @Positive int listCost, @DefaultValue("500") @Positive int maxFields,
		@DefaultValue("50") @Positive int maxAliases, @DefaultValue("1048576") @Positive int maxBodyBytes,
		@DefaultValue("120") @Positive int mutationsPerMinute,
		@DefaultValue("1000000") @Positive int documentCacheChars) {

	/** Checks that an argument lies in {@code [min, max]}. */
	public static int checkRange(String argument, Integer value, int min, int max) {
		if (value == null) {
			throw new BadArgumentException(argument, argument + " must be given (" + min + " to " + max + ")");
		}
		if (value < min || value > max) {
			throw new BadArgumentException(argument,
					argument + " must be between " + min + " and " + max + " (got " + value + ")");
		}
		return value;
	}

	public int checkFirst(Integer first) {
		return checkRange("first", first, 1, this.maxFirst);
	}

}
