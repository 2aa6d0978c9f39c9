// The benchmark's client: one process, outside every server, asking each question of the
// application (HTTP GraphQL), the peer (HTTP GraphQL) and the database (one Cypher statement
// through the Node driver), the three interleaved request by request (the order rotating, so
// no side always comes first) so that all see the same machine. Every answer of every side is
// compared with the others' (canonical forms, questions.mjs) right after each round, outside
// the timed windows; any difference or error fails the run.
//
//   node client.mjs --ours URL --peer URL --bolt URI --user U --password P
//       [--cold 1000] [--warmup-seconds 20] [--warmup-min 300] [--requests 500]
//       [--question TEXT[,TEXT]] [--out results.json]
//
// Phases: cold — the first --cold requests each side gets after start, round-robin over the
// questions; warm-up — each question for --warmup-seconds (and at least --warmup-min
// rounds), all of them before any is measured; warm — --requests rounds per question,
// round-robin over the questions. Times are from sending the request to holding the parsed
// answer (JSON parsed; for Cypher, every record received).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { questions as allQuestions } from './questions.mjs';

const options = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const cold = Number(options.cold ?? 1000);
const warmupSeconds = Number(options['warmup-seconds'] ?? 20);
const warmupMin = Number(options['warmup-min'] ?? 300);
const measured = Number(options.requests ?? 500);

const driver = neo4j.driver(options.bolt, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'),
	{ disableLosslessIntegers: false });
const agents = { ours: new http.Agent({ keepAlive: true, maxSockets: 1 }), peer: new http.Agent({ keepAlive: true, maxSockets: 1 }) };

function post(side, url, body) {
	return new Promise((resolve, reject) => {
		const payload = Buffer.from(JSON.stringify(body), 'utf8');
		const request = http.request(url, {
			method: 'POST', agent: agents[side],
			headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': payload.length },
		}, (response) => {
			const chunks = [];
			response.on('data', (c) => chunks.push(c));
			response.on('end', () => {
				try {
					resolve({ status: response.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
				}
				catch (error) {
					reject(error);
				}
			});
		});
		request.on('error', reject);
		request.end(payload);
	});
}

async function cypher(statement, parameters) {
	const { records } = await driver.executeQuery(statement, parameters, { routing: neo4j.routing.READ });
	return records;
}

// ------------------------------------------------------------------ the sample

function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6D2B79F5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick(list, n, next) {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy.slice(0, n);
}

async function sample() {
	const next = random(7);
	const ids = async (statement) => (await cypher(statement, {})).map((r) => r.get(0));
	return {
		organizations: pick(await ids('MATCH (o:Organization) WHERE EXISTS { (o)--(:Organization) } RETURN o.id ORDER BY o.id'), 300, next),
		colleges: pick(await ids('MATCH (o:College) RETURN o.id ORDER BY o.id'), 200, next),
		schools: pick(await ids('MATCH (o:School) RETURN o.id ORDER BY o.id'), 200, next),
		names: pick((await cypher('MATCH (o:Organization) RETURN o.name AS name, o.id AS id ORDER BY id', {}))
			.map((r) => [r.get('name'), r.get('id')]), 500, next),
		// The busiest organisations: most relationships of any status.
		hubs: await ids('MATCH (o:Organization) RETURN o.id ORDER BY COUNT { (o)--() } DESC, o.id LIMIT 10'),
	};
}

// ------------------------------------------------------------------ one round

const SIDES = ['ours', 'peer', 'cypher'];

async function ask(question, side, input) {
	const started = process.hrtime.bigint();
	let answer;
	let error = null;
	try {
		if (side === 'cypher') {
			answer = await cypher(question.cypher, question.cypherParameters(input));
		}
		else {
			const { query, variables } = question[side](input);
			const response = await post(side, side === 'ours' ? options.ours : options.peer, { query, variables });
			if (response.status !== 200 || response.body.errors) {
				error = `HTTP ${response.status} ${JSON.stringify(response.body.errors ?? response.body).slice(0, 300)}`;
			}
			answer = response.body.data;
		}
	}
	catch (e) {
		error = String(e?.message ?? e);
	}
	const nanos = Number(process.hrtime.bigint() - started);
	return { nanos, answer, error };
}

function canonical(question, side, result, input) {
	if (result.error) {
		return null;
	}
	try {
		if (side === 'cypher') {
			return question.cypherAnswer(result.answer, input);
		}
		return side === 'ours' ? question.ourAnswer(result.answer, input) : question.peerAnswer(result.answer, input);
	}
	catch (e) {
		result.error = `unexpected answer: ${e.message}`;
		return null;
	}
}

const failures = [];

/** What one canonical answer has that the other has not (list items, one level down). */
function difference(a, b) {
	if (a === null || b === null || a === b) {
		return a === b ? 'nothing' : `${a === null ? 'ours failed' : 'it failed'}`;
	}
	const flat = (x) => JSON.parse(x).flatMap((item) => (Array.isArray(item) ? item.map((i) => JSON.stringify(i)) : [JSON.stringify(item)]));
	const [x, y] = [flat(a), flat(b)];
	const only = (p, q) => {
		const rest = [...q];
		return p.filter((i) => {
			const at = rest.indexOf(i);
			if (at < 0) {
				return true;
			}
			rest.splice(at, 1);
			return false;
		});
	};
	return `only ours ${JSON.stringify(only(x, y).slice(0, 5))} (${only(x, y).length}), only it ${JSON.stringify(only(y, x).slice(0, 5))} (${only(y, x).length})`;
}

/** One round: the three sides, in an order that rotates with k; the answers compared. */
async function round(question, k, record) {
	const input = question.input(k);
	const results = {};
	for (let s = 0; s < 3; s++) {
		const side = SIDES[(s + k) % 3];
		results[side] = await ask(question, side, input);
	}
	const answers = Object.fromEntries(SIDES.map((side) => [side, canonical(question, side, results[side], input)]));
	for (const side of SIDES) {
		if (results[side].error) {
			record.errors[side]++;
			if (record.errors[side] <= 2) {
				console.log(`${question.name} [${side}] error for ${JSON.stringify(input)}: ${results[side].error}`);
			}
		}
	}
	const valid = SIDES.filter((side) => answers[side] !== null);
	const distinct = new Set(valid.map((side) => answers[side]));
	if (distinct.size > 1 || (question.name.startsWith('shortestPath') && valid.some((side) => answers[side].includes('"valid":false')))) {
		record.mismatches++;
		if (failures.length < 5) {
			failures.push({ question: question.name, input, answers });
		}
	}
	for (const side of SIDES) {
		record.times[side].push(results[side].nanos);
	}
}

function newRecord() {
	return { times: { ours: [], peer: [], cypher: [] }, errors: { ours: 0, peer: 0, cypher: 0 }, mismatches: 0 };
}

function percentile(sorted, p) {
	if (sorted.length === 0) {
		return NaN;
	}
	return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(record) {
	const out = { errors: record.errors, mismatches: record.mismatches };
	for (const side of SIDES) {
		const sorted = [...record.times[side]].sort((a, b) => a - b);
		out[side] = { n: sorted.length, p50: percentile(sorted, 50) / 1e6, p99: percentile(sorted, 99) / 1e6 };
	}
	return out;
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

// ------------------------------------------------------------------ the run

const s = await sample();
const selected = allQuestions(s).filter((q) => !options.question || options.question.split(',').some((t) => q.name.includes(t)));
const results = { machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}`, phases: {} };

async function phase(name, rounds) {
	const started = Date.now();
	const loadBefore = load();
	const records = new Map(selected.map((q) => [q.name, newRecord()]));
	await rounds(records);
	results.phases[name] = {
		load: `${loadBefore} → ${load()}`, seconds: (Date.now() - started) / 1000,
		questions: Object.fromEntries(selected.map((q) => [q.name, summary(records.get(q.name))])),
	};
	console.log(`${name}: ${results.phases[name].seconds.toFixed(0)} s, load average ${results.phases[name].load}`);
}

// Cold: each side's first `cold` requests, round-robin over the questions.
if (cold > 0) {
	await phase('cold', async (records) => {
		for (let k = 0; k * selected.length < cold; k++) {
			for (const q of selected) {
				if (k * selected.length + selected.indexOf(q) < cold) {
					await round(q, k, records.get(q.name));
				}
			}
		}
	});
}

// Warm-up of every question before any is measured.
if (warmupSeconds > 0 || warmupMin > 0) {
	await phase('warm-up', async (records) => {
		for (const q of selected) {
			const until = Date.now() + warmupSeconds * 1000;
			for (let k = 0; k < warmupMin || Date.now() < until; k++) {
				await round(q, cold + k, records.get(q.name));
			}
		}
	});
}

await phase('warm', async (records) => {
	for (let k = 0; k < measured; k++) {
		for (const q of selected) {
			await round(q, 100_000 + k, records.get(q.name));
		}
	}
});

await driver.close();
for (const agent of Object.values(agents)) {
	agent.destroy();
}

// ------------------------------------------------------------------ the report

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) : '–');
console.log();
console.log(results.machine);
for (const [name, p] of Object.entries(results.phases)) {
	if (name === 'warm-up') {
		continue;
	}
	console.log();
	console.log(`${name} (${p.seconds.toFixed(0)} s, load average ${p.load})`);
	console.log();
	console.log('| question | n | ours p50 / p99 ms | peer p50 / p99 | Cypher p50 / p99 | ours/peer p50, p99 | ours/Cypher p50, p99 | errors o/p/c | mismatches |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const [q, r] of Object.entries(p.questions)) {
		console.log(`| ${q} | ${r.ours.n} | ${f(r.ours.p50)} / ${f(r.ours.p99)} | ${f(r.peer.p50)} / ${f(r.peer.p99)} | ${f(r.cypher.p50)} / ${f(r.cypher.p99)} | `
			+ `${ratio(r.ours.p50, r.peer.p50)}, ${ratio(r.ours.p99, r.peer.p99)} | ${ratio(r.ours.p50, r.cypher.p50)}, ${ratio(r.ours.p99, r.cypher.p99)} | `
			+ `${r.errors.ours}/${r.errors.peer}/${r.errors.cypher} | ${r.mismatches} |`);
	}
}
if (options.out) {
	fs.writeFileSync(options.out, JSON.stringify({ ...results, failures }, null, 1));
}
const mismatched = Object.values(results.phases).some((p) => Object.values(p.questions).some((r) => r.mismatches > 0));
if (failures.length) {
	console.log();
	console.log('ANSWERS DIFFER (first cases):');
	for (const f of failures) {
		console.log(`${f.question} ${JSON.stringify(f.input)}:`);
		for (const side of SIDES) {
			console.log(`  ${side} differs from ours: ${difference(f.answers.ours, f.answers[side]).slice(0, 1500)}`);
		}
	}
}
process.exit(mismatched ? 1 : 0);
