package org.chanjiao.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * What the limits read from a document: its fields, its aliases, which of its operations
 * are mutations, and the variables its cost depends on (those its {@code first} arguments
 * and {@code @skip}/{@code @include} conditions take).
 */
record Shape(int fields, int aliases, Map<String, Boolean> mutationByOperation, List<String> costVariables) {

	static Shape of(Document document) {
		AtomicInteger fields = new AtomicInteger();
		AtomicInteger aliases = new AtomicInteger();
		List<String> costVariables = new ArrayList<>();
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field node, TraverserContext<Node> context) {
				fields.incrementAndGet();
				if (node.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}

			@Override
			public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
				boolean costly = node.getName().equals("first")
						|| (node.getName().equals("if") && context.getParentNode() instanceof Directive directive
								&& (directive.getName().equals("skip") || directive.getName().equals("include")));
				if (costly && node.getValue() instanceof VariableReference variable) {
					costVariables.add(variable.getName());
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		// An anonymous operation is keyed by the empty string.
		Map<String, Boolean> mutations = new HashMap<>();
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			String name = (operation.getName() != null) ? operation.getName() : "";
			mutations.merge(name, operation.getOperation() == OperationDefinition.Operation.MUTATION,
					Boolean::logicalOr);
		}
		return new Shape(fields.get(), aliases.get(), Map.copyOf(mutations), List.copyOf(costVariables));
	}

	boolean isMutation(String operationName) {
		if (operationName == null) {
			return this.mutationByOperation.containsValue(true);
		}
		return this.mutationByOperation.getOrDefault(operationName, false);
	}

}
