package org.chanjiao.organization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
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

	private static final Pattern LATIN_WORDS = Pattern.compile("[\\p{IsLatin}0-9 ]+");

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

	/** The listing's {@code nameContains}: in the name, the English name or an alias. */
	private static final String NAME_CONTAINS = """
			(toLower(o.name) CONTAINS $text
			  OR toLower(coalesce(o.nameEn, '')) CONTAINS $text
			  OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) CONTAINS $text))""";

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

	/** The titles of these documents; unknown ids are absent. */
	public Map<String, String> documentTitles(Collection<String> ids) {
		Map<String, String> titles = new HashMap<>();
		this.store
			.read("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.title AS title",
					Map.of("ids", List.copyOf(ids)), (r) -> r)
			.forEach((r) -> titles.put(r.get("id").asString(), GraphMapping.string(r.get("title"))));
		return titles;
	}

	/** A source document. */
	public record Document(String id, String title, String publisher, Integer year, String url) {
	}

	public List<Document> documents() {
		return this.store.read("MATCH (d:Document) RETURN d ORDER BY d.id", Map.of(), (r) -> {
			Value d = r.get("d");
			return new Document(d.get("id").asString(), GraphMapping.string(d.get("title")),
					GraphMapping.string(d.get("publisher")), GraphMapping.integer(d.get("year")),
					GraphMapping.string(d.get("url")));
		});
	}

	/** One page of the organisation listing and whether another follows. */
	public record Page(List<Organization> organizations, boolean hasNext) {
	}

	/**
	 * Organisations ordered by (name, id) after the keyset position {@code after}. The
	 * statement is shaped by which filters are given, so that the planner can walk an
	 * index in name order from the cursor and stop after {@code first + 1} rows: the name
	 * index without kinds, the (kind, name) index for one kind.
	 * @param after a cursor from {@link #cursor(Organization)}, or null for the first
	 * page
	 */
	public Page page(List<OrgKind> kinds, String nameContains, int first, String after) {
		return page(kinds, nameContains, first, after, OrganizationFields.ALL);
	}

	/**
	 * {@link #page(List, String, int, String)}, reading only the properties
	 * {@code fields} need (and the name, for the cursor).
	 */
	public Page page(List<OrgKind> kinds, String nameContains, int first, String after, OrganizationFields fields) {
		String[] position = (after != null) ? decodeCursor(after) : null;
		List<String> kindNames = (kinds == null || kinds.isEmpty()) ? null
				: kinds.stream().map(Enum::name).distinct().toList();
		Map<String, Object> parameters = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		String order = "o.name, o.id";
		if (kindNames != null && kindNames.size() == 1) {
			conditions.add("o.kind = $kind");
			parameters.put("kind", kindNames.get(0));
			// The kind is fixed: ordering by it first changes nothing but lets the
			// planner
			// read the (kind, name) index in order.
			order = "o.kind, o.name, o.id";
		}
		else if (kindNames != null) {
			conditions.add("o.kind IN $kinds");
			parameters.put("kinds", kindNames);
		}
		if (position != null) {
			conditions.add("o.name >= $afterName AND (o.name > $afterName OR o.id > $afterId)");
			parameters.put("afterName", position[0]);
			parameters.put("afterId", position[1]);
		}
		else {
			// name is required (Organization.name is non-null in the schema).
			conditions.add("o.name IS NOT NULL");
		}
		String text = nameFilter(nameContains);
		if (text != null) {
			conditions.add(NAME_CONTAINS);
			parameters.put("text", text);
		}
		parameters.put("limit", first + 1);
		List<Organization> rows = this.store.read("""
				MATCH (o:Organization)
				WHERE %s
				WITH o ORDER BY %s LIMIT $limit
				RETURN %s AS o
				""".formatted(String.join("\n  AND ", conditions), order, fields.with("name").cypher("o")), parameters,
				(r) -> GraphMapping.organization(r.get("o")));
		boolean hasNext = rows.size() > first;
		return new Page(hasNext ? rows.subList(0, first) : rows, hasNext);
	}

	/**
	 * How many organisations match the listing's filter: from Neo4j's count store without
	 * a filter, from the kind index with kinds only.
	 */
	public int count(List<OrgKind> kinds, String nameContains) {
		Map<String, Object> parameters = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (kinds != null && !kinds.isEmpty()) {
			conditions.add("o.kind IN $kinds");
			parameters.put("kinds", kinds.stream().map(Enum::name).distinct().toList());
		}
		String text = nameFilter(nameContains);
		if (text != null) {
			conditions.add(NAME_CONTAINS);
			parameters.put("text", text);
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		return this.store
			.read("MATCH (o:Organization) %s RETURN count(o) AS n".formatted(where), parameters,
					(r) -> r.get("n").asInt())
			.get(0);
	}

	private static String nameFilter(String nameContains) {
		return (nameContains == null || nameContains.isBlank()) ? null : nameContains.strip().toLowerCase(Locale.ROOT);
	}

	/** The keyset cursor of an organisation in the listing: its name and id. */
	public static String cursor(Organization organization) {
		String key = organization.name() + '\u0000' + organization.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	static String[] decodeCursor(String cursor) {
		try {
			String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int separator = key.indexOf('\u0000');
			if (separator < 0) {
				throw new IllegalArgumentException();
			}
			return new String[] { key.substring(0, separator), key.substring(separator + 1) };
		}
		catch (IllegalArgumentException ex) {
			throw new BadArgumentException("after",
					"after is not a cursor of this listing; pass the endCursor of the previous page");
		}
	}

	/**
	 * Full-text search over names, English names and aliases, plus plain substring
	 * matches of the Chinese name (the cjk analyzer indexes bigrams, so a single
	 * character would otherwise find nothing). Exact name or alias matches rank first,
	 * then names containing the text, then by full-text relevance.
	 */
	public List<Organization> search(String text, List<OrgKind> kinds, int first) {
		return search(text, kinds, first, OrganizationFields.ALL);
	}

	/**
	 * {@link #search(String, List, int)}, reading of the organisations found only the
	 * properties {@code fields} need.
	 */
	public List<Organization> search(String text, List<OrgKind> kinds, int first, OrganizationFields fields) {
		String lower = text.toLowerCase(Locale.ROOT);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("lucene", luceneQuery(text));
		parameters.put("text", text);
		parameters.put("lower", lower);
		parameters.put("kinds", (kinds == null || kinds.isEmpty()) ? null : kinds.stream().map(Enum::name).toList());
		parameters.put("candidates", Math.max(100, first * 5));
		parameters.put("first", first);
		return this.store.read("""
				CALL () {
				  CALL db.index.fulltext.queryNodes('organization_names', $lucene, {limit: $candidates})
				  YIELD node, score
				  WHERE $kinds IS NULL OR node.kind IN $kinds
				  RETURN node, score
				  UNION ALL
				  MATCH (node:Organization)
				  WHERE node.name CONTAINS $text AND ($kinds IS NULL OR node.kind IN $kinds)
				  WITH node LIMIT $candidates
				  RETURN node, 0.0 AS score
				}
				WITH node, max(score) AS score
				WITH node, score,
				  CASE WHEN node.name = $text OR toLower(coalesce(node.nameEn, '')) = $lower
				            OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $lower) THEN 2
				       WHEN node.name CONTAINS $text THEN 1
				       ELSE 0 END AS tier
				WITH node ORDER BY tier DESC, score DESC, size(node.name), node.name, node.id
				LIMIT $first
				RETURN %s AS node
				""".formatted(fields.cypher("node")), parameters,
				(Record r) -> GraphMapping.organization(r.get("node")));
	}

	/**
	 * The Lucene query for a search text: the whole text as a phrase, and for Latin text
	 * also every word as a prefix, so that "chime" finds Chimelong. Every character
	 * Lucene treats as syntax is escaped; the text is never parsed as a query.
	 */
	static String luceneQuery(String text) {
		String phrase = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		if (!LATIN_WORDS.matcher(text).matches()) {
			return phrase;
		}
		List<String> prefixes = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty()) {
				prefixes.add(escapeTerm(word) + "*");
			}
		}
		return prefixes.isEmpty() ? phrase : phrase + " OR (" + String.join(" AND ", prefixes) + ")";
	}

	private static String escapeTerm(String word) {
		StringBuilder escaped = new StringBuilder();
		for (char c : word.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
