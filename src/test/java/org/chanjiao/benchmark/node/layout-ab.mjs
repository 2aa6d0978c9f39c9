// The accepted-facts filter, two layouts on one database (issue 15, part 4; docs/BENCHMARKS.md):
// the status as a property read on every relationship passed, against the status as the
// relationship type (StoredType), each question's statement in both forms, interleaved, the
// answers compared. Run it against a COPY of a benchmark database (it writes a status property
// onto every relationship) served by the application with a Bolt port:
//
//   cp -r target/benchmark/db-0.1 /tmp/db-ab
//   java -jar target/chanjiao-graph.jar --chanjiao.embedded.data-dir=/tmp/db-ab \
//       --chanjiao.embedded.bolt-port=17687 --chanjiao.embedded.password=benchmark-password \
//       --chanjiao.seeds.load-on-start=false --server.port=18181 &
//   node layout-ab.mjs 17687 setup && node layout-ab.mjs 17687 200
import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:' + process.argv[2], neo4j.auth.basic('neo4j', 'benchmark-password'));
const T = 'CO_FOUNDED|MEMBER_OF|PART_OF|AFFILIATED_WITH|PARTNERS_WITH|RECOGNIZED';
const ALL = T.split('|').flatMap((t) => [t, 'CANDIDATE_' + t, 'DEPRECATED_' + t]).join('|');
const q = async (s, p = {}) => (await d.executeQuery(s, p, { routing: neo4j.routing.READ })).records;
if (process.argv[3] === 'setup') {
  await d.executeQuery(`MATCH ()-[r]->() SET r.status = CASE WHEN type(r) STARTS WITH 'CANDIDATE_' THEN 'CANDIDATE' WHEN type(r) STARTS WITH 'DEPRECATED_' THEN 'DEPRECATED' ELSE 'ASSERTED' END`);
  console.log('status set'); await d.close(); process.exit(0);
}
const colleges = (await q('MATCH (o:College) RETURN o.id ORDER BY o.id LIMIT 200')).map((r) => r.get(0));
const orgs = (await q('MATCH (o:Organization) WHERE EXISTS { (o)--() } RETURN o.id ORDER BY o.id SKIP 100 LIMIT 200')).map((r) => r.get(0));
const hubs = (await q('MATCH (o:Organization) RETURN o.id ORDER BY COUNT { (o)--() } DESC, o.id LIMIT 10')).map((r) => r.get(0));
const schools = (await q('MATCH (o:School) RETURN o.id ORDER BY o.id LIMIT 200')).map((r) => r.get(0));
const nb = (types, filter) => `MATCH (c:Organization {id: $id}) RETURN c {.id, .name} AS c, COLLECT {
  MATCH p = (c)-[:${types}*1..2]-(b:Organization) WHERE b <> c ${filter ? "AND all(r IN relationships(p) WHERE r.status = 'ASSERTED')" : ''}
  WITH DISTINCT b RETURN b {.id, .name} } AS others`;
const nbRel = (types, filter) => `MATCH (c:Organization {id: $id})
WITH c, COLLECT { MATCH p = (c)-[:${types}*1..2]-(b:Organization) WHERE b <> c ${filter ? "AND all(r IN relationships(p) WHERE r.status = 'ASSERTED')" : ''} RETURN DISTINCT b } AS others
RETURN [n IN [c] + others | n {.id, .name, .kind}] AS nodes, COLLECT { UNWIND [c] + others AS a
  MATCH (a)-[r:${types}]->(b:Organization) WHERE ${filter ? "r.status = 'ASSERTED' AND " : ''}(b = c OR b IN others)
  RETURN {type: type(r), from: a.id, to: b.id} } AS relations`;
const org = (filter) => `MATCH (o:Organization {id: $id}) RETURN o {.id, .name} AS o, COLLECT {
  MATCH (o)-[r${filter ? '' : ':' + T}]-(x:Organization) ${filter ? "WHERE r.status = 'ASSERTED'" : ''}
  WITH r, x ORDER BY type(r), x.name, x.id, r.id
  RETURN {id: r.id, type: type(r), role: r.role, since: r.since, sources: r.sources, evidence: r.evidence, out: startNode(r) = o, x: x {.id, .name, .kind}} } AS relations`;
const span = (filter) => `MATCH (e:Enterprise) WHERE COUNT { (e)-[:${filter ? 'CO_FOUNDED|PARTNERS_WITH|CANDIDATE_CO_FOUNDED|CANDIDATE_PARTNERS_WITH|DEPRECATED_CO_FOUNDED|DEPRECATED_PARTNERS_WITH' : 'CO_FOUNDED|PARTNERS_WITH'}]-() } >= 2
MATCH (e)-[r:${filter ? 'CO_FOUNDED|PARTNERS_WITH|CANDIDATE_CO_FOUNDED|CANDIDATE_PARTNERS_WITH|DEPRECATED_CO_FOUNDED|DEPRECATED_PARTNERS_WITH' : 'CO_FOUNDED|PARTNERS_WITH'}]-(c:College) ${filter ? "WHERE r.status = 'ASSERTED'" : ''}
WITH e, collect(DISTINCT c) AS colleges WHERE size(colleges) >= 2
WITH e, colleges ORDER BY size(colleges) DESC, e.name, e.id LIMIT 50
RETURN e {.id, .name} AS e, size(colleges) AS n, COLLECT { UNWIND colleges AS c MATCH (c)-[p:${filter ? 'PART_OF|CANDIDATE_PART_OF|DEPRECATED_PART_OF' : 'PART_OF'}]->(s:School) ${filter ? "WHERE p.status = 'ASSERTED'" : ''} WITH DISTINCT s ORDER BY s.name, s.id RETURN s {.id, .name} } AS schools`;
const sp = (types, filter) => `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
MATCH p = shortestPath((a)-[:${types}*..6]-(b)) WHERE a <> b ${filter ? "AND all(r IN relationships(p) WHERE r.status = 'ASSERTED')" : ''}
RETURN length(p) AS n`;
const questions = [
  ['org + relations', (i) => ({ id: orgs[i % orgs.length] }), org(true), org(false)],
  ['neighbourhood 2, nodes', (i) => ({ id: colleges[i % colleges.length] }), nb(ALL, true), nb(T, false)],
  ['neighbourhood 2, nodes + relations', (i) => ({ id: colleges[i % colleges.length] }), nbRel(ALL, true), nbRel(T, false)],
  ['hub neighbourhood 2, nodes', (i) => ({ id: hubs[i % hubs.length] }), nb(ALL, true), nb(T, false)],
  ['spanning colleges (with schools)', () => ({}), span(true), span(false)],
  ['shortestPath', (i) => ({ from: colleges[i % colleges.length], to: schools[(i * 7) % schools.length] }), sp(ALL, true), sp(T, false)],
];
const rounds = Number(process.argv[3] ?? 200);
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.max(0, Math.ceil(p / 100 * s.length) - 1)]; };
// The old statement as it was: the six types only, with the status filter (same answers?).
const old6 = (await q(nb(T, true), { id: hubs[0] }))[0].get('others').length;
const nw = (await q(nb(T, false), { id: hubs[0] }))[0].get('others').length;
console.log(`hub ${hubs[0]}: 2-hop others with the old statement ${old6}, new ${nw}`);
console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('| question | property layout p50 / p99 ms | type layout p50 / p99 ms | type/property p50, p99 | answers |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, input, a, b] of questions) {
  const ta = [], tb = []; let same = true;
  for (let i = 0; i < rounds + 30; i++) {
    const p = input(i);
    const order = i % 2 ? [[a, ta], [b, tb]] : [[b, tb], [a, ta]];
    const answers = [];
    for (const [s, t] of order) {
      const t0 = process.hrtime.bigint();
      const r = await q(s, p);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 30) t.push(ms);
      answers.push(JSON.stringify(r.map((x) => x.toObject())));
    }
    same = same && answers[0] === answers[1];
  }
  console.log(`| ${name} | ${pct(ta, 50).toFixed(2)} / ${pct(ta, 99).toFixed(2)} | ${pct(tb, 50).toFixed(2)} / ${pct(tb, 99).toFixed(2)} | ${(pct(tb, 50) / pct(ta, 50)).toFixed(2)}, ${(pct(tb, 99) / pct(ta, 99)).toFixed(2)} | ${same ? 'equal' : 'DIFFER'} |`);
}
console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await d.close();
