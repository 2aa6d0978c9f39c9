package org.chanjiao.organization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * The organisation listing: keyset pages in (name, id) order with their cursors and
 * counts, and full-text search. Like {@link OrganizationQueries}, each answer is one
 * statement reading only the properties the selection needs.
 */
@Component
public class OrganizationListing {

	private static final Pattern LATIN_WORDS = Pattern.compile("[\\p{IsLatin}0-9 ]+");

	/** The listing's {@code nameContains}: in the name, the English name or an alias. */
	private static final String NAME_CONTAINS = """
			(toLower(o.name) CONTAINS $text
			  OR toLower(coalesce(o.nameEn, '')) CONTAINS $text
			  OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) CONTAINS $text))""";

	private final GraphStore store;

	OrganizationListing(GraphStore store) {
		this.store = store;
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
