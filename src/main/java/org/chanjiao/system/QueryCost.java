package org.chanjiao.system;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * The cost of a field for {@code MaxQueryComplexityInstrumentation}: 1 for the field
 * itself, plus its selection's cost times the number of items a list field may return —
 * its {@code first} argument where it has one, else {@link Limits#listCost()}. So
 * {@code organizations(first: 500) { edges { node { relations { id } } } }} costs about
 * 500 × 10, and a document that would fan out to millions of rows is refused before it
 * runs. A field marked {@code @cost(weight: N)} in the schema costs N more: one whose
 * work does not grow with its {@code first} (duplicate candidates read every
 * organisation).
 */
class QueryCost implements FieldComplexityCalculator {

	private final int listCost;

	private final int maxFirst;

	/**
	 * @param maxFirst a larger {@code first} is refused by the field itself, with a
	 * message naming the argument; it costs as much as the largest allowed
	 */
	QueryCost(int listCost, int maxFirst) {
		this.listCost = listCost;
		this.maxFirst = maxFirst;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		long items = 1;
		Object first = environment.getArguments().get("first");
		if (first instanceof Number number) {
			items = Math.min(this.maxFirst, Math.max(1, number.longValue()));
		}
		else if (environment.getField().getName().equals("edges")) {
			// A connection's edges are as many as its first, already counted on the
			// connection.
			items = 1;
		}
		else if (isList(environment.getFieldDefinition().getType())) {
			items = this.listCost;
		}
		long cost = 1 + weight(environment) + items * Math.max(childComplexity, 0);
		return (int) Math.min(Integer.MAX_VALUE, cost);
	}

	/** The field's {@code @cost(weight:)}, or 0. */
	private static long weight(FieldComplexityEnvironment environment) {
		GraphQLAppliedDirective cost = environment.getFieldDefinition().getAppliedDirective("cost");
		if (cost == null) {
			return 0;
		}
		Object weight = cost.getArgument("weight").getValue();
		return (weight instanceof Number number) ? Math.max(0, number.longValue()) : 0;
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
