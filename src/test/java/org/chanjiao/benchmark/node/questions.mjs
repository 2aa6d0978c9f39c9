// The contract's questions, each asked three ways with the same meaning (accepted facts
// only; a fact's status is its relationship type, accepted facts under the type's own
// name): of the application over HTTP GraphQL, of the peer (@neo4j/graphql, peer.graphql)
// over HTTP GraphQL, and as one hand-written Cypher statement through the Node driver.
// Each question turns every side's answer into one canonical form; the client compares
// them request by request, so a fast wrong answer fails the run.

const TYPES = 'CO_FOUNDED|MEMBER_OF|PART_OF|AFFILIATED_WITH|PARTNERS_WITH|RECOGNIZED';

// The peer's relationship fields: [field, type, direction of the relationship from the organisation].
const PEER_RELATIONS = [
	['coFounded', 'CO_FOUNDED', 'OUT'], ['coFoundedBy', 'CO_FOUNDED', 'IN'],
	['memberOf', 'MEMBER_OF', 'OUT'], ['members', 'MEMBER_OF', 'IN'],
	['partOf', 'PART_OF', 'OUT'], ['parts', 'PART_OF', 'IN'],
	['affiliatedWith', 'AFFILIATED_WITH', 'OUT'], ['affiliates', 'AFFILIATED_WITH', 'IN'],
	['partnersWith', 'PARTNERS_WITH', 'OUT'], ['partneredBy', 'PARTNERS_WITH', 'IN'],
	['recognized', 'RECOGNIZED', 'OUT'], ['recognizedBy', 'RECOGNIZED', 'IN'],
];

/** The peer's selection of every accepted relationship of an organisation. */
function peerRelations(properties, node) {
	return PEER_RELATIONS.map(([field]) => `${field}Connection {
    edges { properties { ${properties} } node { ${node} } } }`).join('\n  ');
}

/** The peer's relationships of an organisation as [type, from, to, properties, other]. */
function peerRelationList(organization) {
	const list = [];
	for (const [field, type, direction] of PEER_RELATIONS) {
		for (const edge of organization[`${field}Connection`].edges) {
			const self = { id: organization.id, name: organization.name, kind: organization.kind };
			const [from, to] = direction === 'OUT' ? [self, edge.node] : [edge.node, self];
			list.push({ type, from, to, status: 'ASSERTED', ...edge.properties });
		}
	}
	return list;
}

function evidence(sources, quotes) {
	return (sources ?? []).map((s, i) => [s, (quotes ?? [])[i] ?? '']);
}

function sorted(list) {
	return list.map((x) => JSON.stringify(x)).sort();
}

const num = (v) => (v === null || v === undefined ? null : typeof v === 'object' && 'low' in v ? v.toNumber() : Number(v));

/** Lucene query as the application builds it (OrganizationListing.luceneQuery). */
export function luceneQuery(text) {
	const phrase = '"' + text.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
	if (!/^[\p{Script=Latin}0-9 ]+$/u.test(text)) {
		return phrase;
	}
	const prefixes = text.toLowerCase().split(/\s+/).filter((w) => w).map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => '\\' + c) + '*');
	return prefixes.length ? `${phrase} OR (${prefixes.join(' AND ')})` : phrase;
}

/**
 * A shortest path as [length, valid]: valid when it starts and ends where asked and each
 * relationship joins the nodes on either side of it. Equal-length paths may differ between
 * sides, so only the length is compared; each side's path is checked on its own.
 */
function pathCanon(from, to, nodes, steps) {
	if (nodes === null) {
		return JSON.stringify({ length: null });
	}
	let valid = nodes.length === steps.length + 1 && nodes[0] === from && nodes[nodes.length - 1] === to;
	steps.forEach((s, i) => {
		const pair = [nodes[i], nodes[i + 1]];
		valid = valid && ((s.from === pair[0] && s.to === pair[1]) || (s.from === pair[1] && s.to === pair[0]));
	});
	return JSON.stringify({ length: steps.length, valid });
}

/**
 * The questions. Each has: name; input(sample, i) → the i-th input; ours/peer: (input) →
 * {query, variables}; ourAnswer/peerAnswer: (data, input) → canonical string; cypher:
 * statement; cypherParameters(input); cypherAnswer(records, input) → canonical string.
 */
export function questions(sample) {
	const pick = (list, i) => list[i % list.length];
	const relationCanon = (r) => [r.id, r.type, r.role ?? null, r.status, num(r.since), r.from.id, r.from.name, r.from.kind,
		r.to.id, r.to.name, r.to.kind, r.evidence];
	return [
		{
			name: 'organization + all relations (names at both ends)',
			input: (i) => ({ id: pick(sample.organizations, i) }),
			ours: ({ id }) => ({
				query: `query($id: ID!) { organization(id: $id) { id name kind region
  relations { id type role status since from { id name kind } to { id name kind } evidence { documentId quote } } } }`,
				variables: { id },
			}),
			ourAnswer: ({ organization: o }) => JSON.stringify([o.id, o.name, o.kind, o.region,
				sorted(o.relations.map((r) => relationCanon({ ...r, evidence: r.evidence.map((e) => [e.documentId, e.quote]) })))]),
			peer: ({ id }) => ({
				query: `query($id: String!) { organizations(where: {id: {eq: $id}}) { id name kind region
  ${peerRelations('id role since sources evidence', 'id name kind')} } }`,
				variables: { id },
			}),
			peerAnswer: ({ organizations: [o] }) => JSON.stringify([o.id, o.name, o.kind, o.region,
				sorted(peerRelationList(o).map((r) => relationCanon({ ...r, evidence: evidence(r.sources, r.evidence) })))]),
			cypher: `MATCH (o:Organization {id: $id})
RETURN o {.id, .name, .kind, .region} AS o, COLLECT {
  MATCH (o)-[r:${TYPES}]-(x:Organization)
  WITH r, x ORDER BY type(r), x.name, x.id, r.id
  RETURN {id: r.id, type: type(r), role: r.role, status: 'ASSERTED', since: r.since, sources: r.sources,
    evidence: r.evidence, out: startNode(r) = o, x: x {.id, .name, .kind}}
} AS relations`,
			cypherParameters: ({ id }) => ({ id }),
			cypherAnswer: ([record]) => {
				const o = record.get('o');
				const self = { id: o.id, name: o.name, kind: o.kind };
				return JSON.stringify([o.id, o.name, o.kind, o.region ?? null, sorted(record.get('relations').map((r) => relationCanon({
					...r, from: r.out ? self : r.x, to: r.out ? r.x : self, evidence: evidence(r.sources, r.evidence),
				})))]);
			},
		},
		{
			name: 'organizations page (ENTERPRISE, 20 after a cursor)',
			input: (i) => {
				const [name, id] = pick(sample.names, i);
				return { name, id, cursor: Buffer.from(name + '\u0000' + id, 'utf8').toString('base64url') };
			},
			ours: ({ cursor }) => ({
				query: `query($after: String) { organizations(kinds: [ENTERPRISE], first: 20, after: $after) {
  edges { node { id name kind } } pageInfo { hasNextPage } } }`,
				variables: { after: cursor },
			}),
			ourAnswer: ({ organizations: c }) => JSON.stringify([c.edges.map((e) => [e.node.id, e.node.name, e.node.kind]), c.pageInfo.hasNextPage]),
			peer: ({ name, id }) => ({
				query: `query($name: String!, $id: String!) { organizations(
  where: {kind: {eq: "ENTERPRISE"}, OR: [{name: {gt: $name}}, {AND: [{name: {eq: $name}}, {id: {gt: $id}}]}]},
  sort: [{name: ASC}, {id: ASC}], limit: 21) { id name kind } }`,
				variables: { name, id },
			}),
			peerAnswer: ({ organizations: list }) => JSON.stringify([list.slice(0, 20).map((o) => [o.id, o.name, o.kind]), list.length > 20]),
			// Shaped to walk the (kind, name) index from the cursor and stop after 21 rows.
			cypher: `MATCH (o:Organization) WHERE o.kind = 'ENTERPRISE'
  AND o.name >= $afterName AND (o.name > $afterName OR o.id > $afterId)
RETURN o {.id, .name, .kind} AS o ORDER BY o.kind, o.name, o.id LIMIT 21`,
			cypherParameters: ({ name, id }) => ({ afterName: name, afterId: id }),
			cypherAnswer: (records) => JSON.stringify([records.slice(0, 20).map((r) => [r.get('o').id, r.get('o').name, r.get('o').kind]), records.length > 20]),
		},
		{
			name: 'search (first 10)',
			input: (i) => {
				const [name] = pick(sample.names, i);
				const length = Math.min(name.length, 2 + (i % 3));
				const from = Math.floor((name.length - length) / 2);
				const text = name.substring(from, from + length);
				return { text, lucene: luceneQuery(text), lower: text.toLowerCase() };
			},
			ours: ({ text }) => ({ query: 'query($text: String!) { search(text: $text, first: 10) { id name kind } }', variables: { text } }),
			ourAnswer: ({ search }) => JSON.stringify(search.map((o) => [o.id, o.name, o.kind])),
			peer: (input) => ({
				query: `query($text: String!, $lucene: String!, $lower: String!) { search(text: $text, lucene: $lucene, lower: $lower, first: 10) { id name kind } }`,
				variables: input,
			}),
			peerAnswer: ({ search }) => JSON.stringify(search.map((o) => [o.id, o.name, o.kind])),
			cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('organization_names', $lucene, {limit: 100}) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Organization) WHERE node.name CONTAINS $text
  WITH node LIMIT 100
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WITH node, score, CASE WHEN node.name = $text OR toLower(coalesce(node.nameEn, '')) = $lower
    OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $lower) THEN 2
  WHEN node.name CONTAINS $text THEN 1 ELSE 0 END AS tier
RETURN node {.id, .name, .kind} AS o ORDER BY tier DESC, score DESC, size(node.name), node.name, node.id LIMIT 10`,
			cypherParameters: (input) => input,
			cypherAnswer: (records) => JSON.stringify(records.map((r) => [r.get('o').id, r.get('o').name, r.get('o').kind])),
		},
		neighborhood('neighborhood depth 2, nodes { id name }', (i) => ({ id: pick(sample.colleges, i) }), false),
		neighborhood('neighborhood depth 2, nodes and relations', (i) => ({ id: pick(sample.colleges, i) }), true),
		{
			name: 'shortestPath (college → school)',
			input: (i) => ({ from: pick(sample.colleges, i), to: pick(sample.schools, i) }),
			ours: (input) => ({
				query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length
  nodes { id name kind } relations { type from { id } to { id } } } }`,
				variables: input,
			}),
			ourAnswer: ({ shortestPath: p }, { from, to }) => (p === null ? pathCanon(from, to, null)
				: pathCanon(from, to, p.nodes.map((n) => n.id), p.relations.map((r) => ({ from: r.from.id, to: r.to.id })))),
			peer: (input) => ({
				query: `query($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { type from to aId aName aKind bId bName bKind } }`,
				variables: input,
			}),
			peerAnswer: ({ shortestPath: steps }, { from, to }) => (steps.length === 0 ? pathCanon(from, to, null)
				: pathCanon(from, to, [steps[0].aId, ...steps.map((s) => s.bId)], steps)),
			cypher: `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
MATCH p = shortestPath((a)-[:${TYPES}*..6]-(b))
WHERE a <> b
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations`,
			cypherParameters: (input) => input,
			cypherAnswer: (records, { from, to }) => (records.length === 0 ? pathCanon(from, to, null)
				: pathCanon(from, to, records[0].get('nodes').map((n) => n.id), records[0].get('relations'))),
		},
		spanning(false),
		spanning(true),
		neighborhood('hub neighborhood depth 2, nodes { id name }', (i) => ({ id: pick(sample.hubs, i) }), false),
		{
			name: 'hub organization + all relations (names at both ends)',
			input: (i) => ({ id: pick(sample.hubs, i) }),
			ours: ({ id }) => ({
				query: 'query($id: ID!) { organization(id: $id) { id relations { id type from { id name } to { id name } } } }',
				variables: { id },
			}),
			ourAnswer: ({ organization: o }) => JSON.stringify([o.id, sorted(o.relations.map((r) => [r.id, r.type, r.from.id, r.from.name, r.to.id, r.to.name]))]),
			peer: ({ id }) => ({
				query: `query($id: String!) { organizations(where: {id: {eq: $id}}) { id name kind
  ${peerRelations('id', 'id name')} } }`,
				variables: { id },
			}),
			peerAnswer: ({ organizations: [o] }) => JSON.stringify([o.id, sorted(peerRelationList(o).map((r) => [r.id, r.type, r.from.id, r.from.name, r.to.id, r.to.name]))]),
			cypher: `MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, COLLECT {
  MATCH (o)-[r:${TYPES}]-(x:Organization)
  WITH r, x ORDER BY type(r), x.name, x.id, r.id
  RETURN {id: r.id, type: type(r), out: startNode(r) = o, x: x {.id, .name}}
} AS relations`,
			cypherParameters: ({ id }) => ({ id }),
			cypherAnswer: ([record]) => {
				const self = { id: record.get('id'), name: record.get('name') };
				return JSON.stringify([self.id, sorted(record.get('relations').map((r) => {
					const [from, to] = r.out ? [self, r.x] : [r.x, self];
					return [r.id, r.type, from.id, from.name, to.id, to.name];
				}))]);
			},
		},
	];
}

/** The application's largest neighbourhood (chanjiao.limits.max-neighborhood-nodes), the centre included. */
const MAX_NODES = 5000;

const byNameAndId = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A whole neighbourhood as the application answers it: past MAX_NODES, the centre and the
 * first others by name and id.
 */
function truncated(nodes, centre) {
	if (nodes.length <= MAX_NODES) {
		return nodes;
	}
	const others = nodes.filter((o) => o.id !== centre).sort(byNameAndId).slice(0, MAX_NODES - 1);
	return [nodes.find((o) => o.id === centre), ...others];
}

/** The steps between the given nodes. */
function among(steps, nodes) {
	const ids = new Set(nodes.map((o) => o.id));
	return steps.filter((s) => ids.has(s.from) && ids.has(s.to));
}

function neighborhood(name, input, withRelations) {
	const stepsCanon = (steps) => sorted(steps.map((s) => [s.type, s.from, s.to]));
	return {
		name,
		input,
		ours: ({ id }) => ({
			query: withRelations
				? 'query($id: ID!) { neighborhood(id: $id, depth: 2) { totalCount truncated nodes { id name kind } relations { type from { id } to { id } } } }'
				: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { totalCount truncated nodes { id name } } }',
			variables: { id },
		}),
		ourAnswer: ({ neighborhood: n }) => (n.truncated !== n.totalCount > MAX_NODES ? 'truncated wrongly'
			: JSON.stringify([n.totalCount, sorted(n.nodes.map((o) => (withRelations ? [o.id, o.name, o.kind] : [o.id, o.name]))),
				withRelations ? stepsCanon(n.relations.map((r) => ({ type: r.type, from: r.from.id, to: r.to.id }))) : null])),
		peer: ({ id }) => ({
			query: withRelations
				? 'query($id: String!) { neighborhood2(id: $id) { id name kind } neighborhood2Steps(id: $id) { type from to } }'
				: 'query($id: String!) { neighborhood2(id: $id) { id name } }',
			variables: { id },
		}),
		peerAnswer: (data, { id }) => {
			const nodes = truncated(data.neighborhood2, id);
			return JSON.stringify([data.neighborhood2.length, sorted(nodes.map((o) => (withRelations ? [o.id, o.name, o.kind] : [o.id, o.name]))),
				withRelations ? stepsCanon(among(data.neighborhood2Steps, nodes)) : null]);
		},
		cypher: withRelations ? `MATCH (c:Organization {id: $id})
WITH c, COLLECT {
  MATCH p = (c)-[:${TYPES}*1..2]-(b:Organization)
  WHERE b <> c
  RETURN DISTINCT b
} AS others
RETURN [n IN [c] + others | n {.id, .name, .kind}] AS nodes, COLLECT {
  UNWIND [c] + others AS a
  MATCH (a)-[r:${TYPES}]->(b:Organization)
  WHERE b = c OR b IN others
  RETURN {type: type(r), from: a.id, to: b.id}
} AS relations` : `MATCH (c:Organization {id: $id})
RETURN c {.id, .name} AS c, COLLECT {
  MATCH p = (c)-[:${TYPES}*1..2]-(b:Organization)
  WHERE b <> c
  WITH DISTINCT b RETURN b {.id, .name}
} AS others`,
		cypherParameters: ({ id }) => ({ id }),
		cypherAnswer: ([record], { id }) => {
			const all = withRelations ? record.get('nodes') : [record.get('c'), ...record.get('others')];
			const nodes = truncated(all, id);
			return withRelations
				? JSON.stringify([all.length, sorted(nodes.map((o) => [o.id, o.name, o.kind])), stepsCanon(among(record.get('relations'), nodes))])
				: JSON.stringify([all.length, sorted(nodes.map((o) => [o.id, o.name])), null]);
		},
	};
}

function spanning(withSchools) {
	const canon = (list) => JSON.stringify(list.map((s) => [s.id, s.name, num(s.count), s.colleges.map((c) => [c.id, c.name]),
		withSchools ? s.schools.map((c) => [c.id, c.name]) : null]));
	return {
		name: withSchools ? 'enterprisesSpanningColleges (50, with schools)' : 'enterprisesSpanningColleges (50, colleges only)',
		input: () => ({}),
		ours: () => ({
			query: `{ enterprisesSpanningColleges(minColleges: 2, first: 50) { collegeCount enterprise { id name }
  colleges { id name }${withSchools ? ' schools { id name }' : ''} } }`,
			variables: {},
		}),
		ourAnswer: ({ enterprisesSpanningColleges: list }) => canon(list.map((s) => ({ ...s.enterprise, count: s.collegeCount, colleges: s.colleges, schools: s.schools }))),
		peer: () => ({
			query: `{ enterprisesSpanningColleges(minColleges: 2, first: 50) { id name spannedCollegeCount
  spannedColleges { id name }${withSchools ? ' spannedSchools { id name }' : ''} } }`,
			variables: {},
		}),
		peerAnswer: ({ enterprisesSpanningColleges: list }) => canon(list.map((e) => ({ id: e.id, name: e.name, count: e.spannedCollegeCount,
			colleges: e.spannedColleges, schools: e.spannedSchools }))),
		cypher: `MATCH (e:Enterprise)
WHERE COUNT { (e)-[:CO_FOUNDED|PARTNERS_WITH]-() } >= 2
MATCH (e)-[:CO_FOUNDED|PARTNERS_WITH]-(c:College)
WITH e, collect(DISTINCT c) AS colleges WHERE size(colleges) >= 2
WITH e, colleges ORDER BY size(colleges) DESC, e.name, e.id LIMIT 50
RETURN e {.id, .name} AS e, size(colleges) AS n,
  COLLECT { UNWIND colleges AS c WITH c ORDER BY c.name, c.id RETURN c {.id, .name} } AS colleges${withSchools ? `,
  COLLECT { UNWIND colleges AS c MATCH (c)-[:PART_OF]->(s:School)
    WITH DISTINCT s ORDER BY s.name, s.id RETURN s {.id, .name} } AS schools` : ''}`,
		cypherParameters: () => ({}),
		cypherAnswer: (records) => canon(records.map((r) => ({ ...r.get('e'), count: r.get('n'), colleges: r.get('colleges'),
			schools: withSchools ? r.get('schools') : undefined }))),
	};
}
