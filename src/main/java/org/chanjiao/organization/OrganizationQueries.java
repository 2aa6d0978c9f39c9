package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind the {@code Organization} fields and the organisation look-ups. Every
 * method answers a whole batch in one statement, so that nested fields cost one statement
 * per level of the request, however many organisations it returns.
 */
@Component
public class OrganizationQueries {

	/**
	 * Which relationships {@code r} between {@code o} and a row's key selects: its types
	 * in its statuses are stored types ({@link StoredType}), so no property is read.
	 */
	private static final String RELATIONS_FILTER = """
			type(r) IN key.types
			  AND (key.direction = 'BOTH'
			       OR (key.direction = 'OUT' AND startNode(r) = o)
			       OR (key.direction = 'IN' AND endNode(r) = o))""";

	/**
	 * The order of an organisation's relations: by fact type whatever the status (a
	 * candidate CO_FOUNDED beside an accepted one, StoredType), when the list holds more
	 * than one status; otherwise the stored type orders alike and costs less.
	 */
	private static final String BY_TYPE = "CASE WHEN key.oneStatus THEN type(r) ELSE " + StoredType.typeExpression("r")
			+ " END";

	private final GraphStore store;

	OrganizationQueries(GraphStore store) {
		this.store = store;
	}

	/**
	 * The organisations with these ids; the id of an organisation merged into another
	 * answers the survivor; unknown ids are absent from the map.
	 */
	public Map<String, Organization> byIds(Collection<String> ids) {
		return byIds(ids, OrganizationFields.ALL);
	}

	/** {@link #byIds(Collection)}, reading only the properties {@code fields} need. */
	public Map<String, Organization> byIds(Collection<String> ids, OrganizationFields fields) {
		Map<String, Organization> found = new HashMap<>();
		this.store.read("""
				UNWIND $ids AS id
				OPTIONAL MATCH (direct:Organization {id: id})
				WITH id, direct
				OPTIONAL MATCH (m:MergedId {id: id}) WHERE direct IS NULL
				OPTIONAL MATCH (survivor:Organization {id: m.into})
				WITH id, coalesce(direct, survivor) AS o WHERE o IS NOT NULL
				RETURN id, %s AS o
				""".formatted(fields.cypher("o")), Map.of("ids", List.copyOf(ids)), (r) -> r)
			.forEach((r) -> found.put(r.get("id").asString(), GraphMapping.organization(r.get("o"))));
		return found;
	}

	/**
	 * Which relationships of an organisation to list, and what of each to read.
	 *
	 * @param first null for all
	 * @param fields what the request reads of each relationship; null for everything
	 */
	public record RelationsKey(String id, List<RelationType> types, Direction direction, Integer first,
			List<RelationStatus> statuses, RelationFields fields) {

		RelationFields read() {
			return (this.fields != null) ? this.fields : RelationFields.ALL;
		}

	}

	/**
	 * The relationships for each key, ordered by type, the other end's name and id; one
	 * statement for each distinct {@link RelationFields} among the keys (one, when the
	 * keys come from one field of one request).
	 */
	public Map<RelationsKey, List<Relation>> relations(Collection<RelationsKey> keys) {
		Map<RelationsKey, List<Relation>> result = new HashMap<>();
		groupByFields(keys).forEach((fields, group) -> this.store.read("""
				UNWIND $keys AS key
				MATCH (o:Organization {id: key.id})
				RETURN key.index AS index, %s AS self, %s AS relations
				""".formatted(self(fields), relationsOf(fields)), Map.of("keys", keyRows(group)), (r) -> r)
			.forEach((r) -> result.put(group.get(r.get("index").asInt()),
					relations(r.get("self"), r.get("relations"), fields))));
		keys.forEach((k) -> result.putIfAbsent(k, List.of()));
		return result;
	}

	/**
	 * For each key, how many relationships {@link #relations} would list for it without
	 * its {@code first}; one statement for all keys. The relationships are counted, not
	 * read: their stored types say their type and status (StoredType).
	 */
	public Map<RelationsKey, Integer> relationCounts(Collection<RelationsKey> keys) {
		List<RelationsKey> list = List.copyOf(keys);
		Map<RelationsKey, Integer> result = new HashMap<>();
		this.store.read("""
				UNWIND $keys AS key
				MATCH (o:Organization {id: key.id})
				RETURN key.index AS index, COUNT {
				  MATCH (o)-[r]-(other:Organization)
				  WHERE %s
				} AS n
				""".formatted(RELATIONS_FILTER), Map.of("keys", keyRows(list)), (r) -> r)
			.forEach((r) -> result.put(list.get(r.get("index").asInt()), r.get("n").asInt()));
		keys.forEach((k) -> result.putIfAbsent(k, 0));
		return result;
	}

	private static Map<RelationFields, List<RelationsKey>> groupByFields(Collection<RelationsKey> keys) {
		Map<RelationFields, List<RelationsKey>> groups = new LinkedHashMap<>();
		keys.forEach((k) -> groups.computeIfAbsent(k.read(), (f) -> new ArrayList<>()).add(k));
		return groups;
	}

	/**
	 * The organisation {@code o} read as its relations' ends need it, or null when no end
	 * is selected.
	 */
	private static String self(RelationFields fields) {
		return (fields.ends() != null) ? fields.ends().cypher("o") : "null";
	}

	/**
	 * The relationships of {@code o} that a row {@code key} of {@link #keyRows} selects,
	 * ordered, each as a map of the relationship ({@code r}), its direction ({@code out})
	 * and the other end ({@code other}, when an end is selected). The list is ordered and
	 * cut to {@code key.first} before anything but the sort keys is read, so that a hub's
	 * page reads the properties of the relations it answers, not of all of them.
	 */
	private static String relationsOf(RelationFields fields) {
		OrganizationFields ends = fields.ends();
		return """
				COLLECT {
				  UNWIND COLLECT {
				    MATCH (o)-[r]-(other:Organization)
				    WHERE %s
				    WITH r, other ORDER BY %s, other.name, other.id, r.id
				    RETURN [r, other]
				  }[0..key.first] AS pair
				  WITH pair[0] AS r, pair[1] AS other
				  RETURN {r: %s, out: startNode(r) = o, other: %s}
				}""".formatted(RELATIONS_FILTER, BY_TYPE, fields.cypher("r"),
				(ends != null) ? ends.cypher("other") : "null");
	}

	private static List<Relation> relations(Value selfValue, Value list, RelationFields fields) {
		Organization self = selfValue.isNull() ? null : GraphMapping.organization(selfValue);
		List<Relation> relations = new ArrayList<>();
		for (Value item : list.values()) {
			Organization other = (self != null) ? GraphMapping.organization(item.get("other")) : null;
			boolean out = item.get("out").asBoolean();
			relations.add(GraphMapping.relation(item.get("r"), out ? self : other, out ? other : self));
		}
		return relations;
	}

	/** An organisation and, for each of the wanted keys, its relationships. */
	public record WithRelations(Organization organization, Map<RelationsKey, List<Relation>> relations) {
	}

	/**
	 * The organisation with this id, as {@link #byIds} finds it, and its relationships
	 * for each of {@code wanted}, as {@link #relations} finds them, in one statement. The
	 * ids of {@code wanted} are ignored: the answer's keys carry the organisation's own
	 * id (the survivor's, for the id of a merged organisation).
	 * @param fields what to read of the organisation itself
	 * @return null when no organisation has the id
	 */
	public WithRelations byIdWithRelations(String id, OrganizationFields fields, List<RelationsKey> wanted) {
		Map<RelationFields, List<RelationsKey>> groups = groupByFields(wanted);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		List<String> lists = new ArrayList<>();
		int g = 0;
		for (var group : groups.entrySet()) {
			parameters.put("keys" + g, keyRows(group.getValue()));
			lists.add("""
					COLLECT {
					  UNWIND $keys%d AS key
					  RETURN {index: key.index, self: %s, relations: %s}
					} AS lists%d""".formatted(g, self(group.getKey()), relationsOf(group.getKey()), g));
			g++;
		}
		List<Record> rows = this.store.read("""
				OPTIONAL MATCH (direct:Organization {id: $id})
				OPTIONAL MATCH (m:MergedId {id: $id}) WHERE direct IS NULL
				OPTIONAL MATCH (survivor:Organization {id: m.into})
				WITH coalesce(direct, survivor) AS o WHERE o IS NOT NULL
				RETURN %s AS organization%s
				""".formatted(fields.cypher("o"), lists.isEmpty() ? "" : ", " + String.join(", ", lists)), parameters,
				(r) -> r);
		if (rows.isEmpty()) {
			return null;
		}
		Record row = rows.get(0);
		Organization organization = GraphMapping.organization(row.get("organization"));
		Map<RelationsKey, List<Relation>> result = new HashMap<>();
		g = 0;
		for (var group : groups.entrySet()) {
			for (Value answer : row.get("lists" + g).values()) {
				RelationsKey key = group.getValue().get(answer.get("index").asInt());
				result.put(new RelationsKey(organization.id(), key.types(), key.direction(), key.first(),
						key.statuses(), key.fields()),
						relations(answer.get("self"), answer.get("relations"), group.getKey()));
			}
			g++;
		}
		return new WithRelations(organization, result);
	}

	private static List<Map<String, Object>> keyRows(List<RelationsKey> keys) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			RelationsKey key = keys.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("index", i);
			row.put("id", key.id());
			List<RelationStatus> statuses = (key.statuses() == null || key.statuses().isEmpty())
					? List.of(RelationStatus.ASSERTED) : key.statuses();
			row.put("types", StoredType.names(key.types(), statuses));
			row.put("oneStatus", Set.copyOf(statuses).size() == 1);
			row.put("direction", ((key.direction() != null) ? key.direction() : Direction.BOTH).name());
			row.put("first", (key.first() != null) ? key.first() : Integer.MAX_VALUE);
			rows.add(row);
		}
		return rows;
	}

	/** The accepted co-founding relationships into each platform, LEAD first. */
	public Map<String, List<Relation>> coFounders(Collection<String> ids) {
		Map<String, List<Relation>> result = new HashMap<>();
		ids.forEach((id) -> result.put(id, new ArrayList<>()));
		this.store.read("""
				UNWIND $ids AS id
				MATCH (p:Organization {id: id})<-[r:CO_FOUNDED]-(f:Organization)
				RETURN id, r, f, p
				ORDER BY id, CASE r.role WHEN 'LEAD' THEN 0 ELSE 1 END, f.name, f.id
				""", Map.of("ids", List.copyOf(ids)), (r) -> r).forEach((r) -> {
			Organization platform = GraphMapping.organization(r.get("p"));
			result.get(r.get("id").asString())
				.add(GraphMapping.relation(r.get("r"), GraphMapping.organization(r.get("f")), platform));
		});
		return result;
	}

	/** The kinds of the accepted co-founders of each platform. */
	public Map<String, Set<OrgKind>> coFounderKinds(Collection<String> ids) {
		Map<String, Set<OrgKind>> result = new HashMap<>();
		this.store.read("""
				UNWIND $ids AS id
				OPTIONAL MATCH (:Organization {id: id})<-[r:CO_FOUNDED]-(f:Organization)
				RETURN id, collect(DISTINCT f.kind) AS kinds
				""", Map.of("ids", List.copyOf(ids)), (r) -> r).forEach((r) -> {
			Set<OrgKind> kinds = new java.util.HashSet<>();
			r.get("kinds").asList(Value::asString).forEach((k) -> OrgKind.parse(k).ifPresent(kinds::add));
			result.put(r.get("id").asString(), kinds);
		});
		return result;
	}

}
