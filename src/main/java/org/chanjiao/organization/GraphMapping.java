package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * Maps nodes and relationships read through the driver to {@link Organization} and
 * {@link Relation}.
 */
public final class GraphMapping {

	private GraphMapping() {
	}

	/**
	 * An organisation from a node, or from a map projection of one
	 * ({@link OrganizationFields#cypher}): properties the map leaves out are null or
	 * empty.
	 */
	public static Organization organization(Value value) {
		Value node = value;
		return new Organization(string(node.get("id")), string(node.get("name")), string(node.get("nameEn")),
				strings(node.get("aliases")), OrgKind.parse(string(node.get("kind"))).orElse(null),
				string(node.get("region")), integer(node.get("founded")), string(node.get("description")),
				strings(node.get("identifiers")).stream().map(Organization.Identifier::parse).toList(),
				strings(node.get("honours")), form(node.get("form")), string(node.get("declaredModel")),
				evidence(node.get("declaredModelSources"), node.get("declaredModelEvidence")),
				string(node.get("createdAt")), string(node.get("updatedAt")),
				node.get("version").isNull() ? 0 : node.get("version").asLong());
	}

	public static Relation relation(Value relationship, Value from, Value to) {
		return relation(relationship, organization(from), organization(to));
	}

	/**
	 * A relation from a relationship, or from a map of one
	 * ({@link RelationFields#cypher}, with its {@code type}): properties the map leaves
	 * out are null or empty. The type and the status come from the relationship's type
	 * ({@link StoredType}).
	 */
	public static Relation relation(Value relationship, Organization from, Organization to) {
		StoredType stored = StoredType.of(relationship.type().name().equals("RELATIONSHIP")
				? relationship.asRelationship().type() : relationship.get("type").asString());
		Value r = relationship;
		return new Relation(string(r.get("id")), stored.type(), from, to, string(r.get("role")), string(r.get("kind")),
				string(r.get("title")), string(r.get("level")), string(r.get("stage")), integer(r.get("since")),
				integer(r.get("until")), stored.status().name(), evidence(r.get("sources"), r.get("evidence")));
	}

	static List<Evidence> evidence(Value sources, Value quotes) {
		List<String> ids = strings(sources);
		List<String> texts = strings(quotes);
		List<Evidence> evidence = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			evidence.add(new Evidence(ids.get(i), (i < texts.size()) ? texts.get(i) : ""));
		}
		return evidence;
	}

	private static CommunityForm form(Value value) {
		return value.isNull() ? null : CommunityForm.valueOf(value.asString());
	}

	static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
