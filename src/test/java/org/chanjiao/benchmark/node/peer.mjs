// The peer: the Neo4j GraphQL Library (@neo4j/graphql) serving type definitions for the
// contract's questions (peer.graphql) over the same database as the application, through
// its Bolt port. A plain Node HTTP server, as small as it can be so that the peer pays no
// more than it must: parsed and validated documents are kept by query text (the
// application keeps them too), one execution per request, keep-alive connections.
//
//   node peer.mjs --bolt bolt://127.0.0.1:7687 --user neo4j --password secret --port 4000
//
// Prints "peer listening on PORT" once it answers.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { execute, parse, validate } from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const options = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const driver = neo4j.driver(options.bolt ?? 'bolt://127.0.0.1:7687',
	neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'));
const typeDefs = fs.readFileSync(path.join(here, 'peer.graphql'), 'utf8');
const schema = await new Neo4jGraphQL({
	typeDefs,
	driver,
	// String comparisons for the keyset page (name > $afterName).
	features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
}).getSchema();

const documents = new Map();

function document(query) {
	let entry = documents.get(query);
	if (entry === undefined) {
		try {
			const parsed = parse(query);
			const errors = validate(schema, parsed);
			entry = errors.length ? { errors } : { parsed };
		}
		catch (error) {
			entry = { errors: [error] };
		}
		documents.set(query, entry);
	}
	return entry;
}

const server = http.createServer((request, response) => {
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', async () => {
		let result;
		try {
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			const entry = document(body.query);
			result = entry.errors ? { errors: entry.errors.map((e) => ({ message: e.message })) }
				: await execute({ schema, document: entry.parsed, variableValues: body.variables ?? {}, contextValue: {} });
		}
		catch (error) {
			result = { errors: [{ message: String(error?.message ?? error) }] };
		}
		const json = JSON.stringify(result);
		response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
		response.end(json);
	});
});
server.keepAliveTimeout = 60_000;
const port = Number(options.port ?? 4000);
server.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
	process.on(signal, async () => {
		server.close();
		await driver.close();
		process.exit(0);
	});
}
