/*
 * The GraphQL client: one POST to /graphql per request, the public API's queries the
 * explorer sends, and its failures (GraphQL errors, HTTP errors, network errors, a
 * timeout) as an ApiError that carries a code. The review tab sends a bearer token.
 */

const API = '/graphql';

const TIMEOUT_MS = 15000;

export class ApiError extends Error {
	constructor(message, code) {
		super(message);
		this.code = code;
	}
}

/**
 * Posts one GraphQL request; resolves to its data, or rejects with an ApiError carrying
 * the GraphQL error message and classification, a timeout or a network failure.
 * `token`, when given, is sent as a bearer token (the review tab's curator).
 */
export async function gql(query, variables, token) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
	try {
		let response;
		try {
			const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
			if (token) {
				headers.Authorization = `Bearer ${token}`;
			}
			response = await fetch(API, {
				method: 'POST',
				headers,
				body: JSON.stringify({ query, variables: variables || {} }),
				signal: controller.signal,
			});
		}
		catch (e) {
			throw failure(e);
		}
		let body;
		try {
			body = await response.json();
		}
		catch (e) {
			if (e.name === 'AbortError') {
				throw failure(e);
			}
			throw new ApiError(`HTTP ${response.status} ${response.statusText}`.trim(), 'HTTP');
		}
		if (body.errors && body.errors.length) {
			const first = body.errors[0];
			const code = (first.extensions && (first.extensions.classification || first.extensions.code)) || 'ERROR';
			throw new ApiError(body.errors.map((e) => e.message).join('\n'), code);
		}
		if (!response.ok) {
			throw new ApiError(`HTTP ${response.status}`, 'HTTP');
		}
		return body.data;
	}
	finally {
		clearTimeout(timer);
	}
}

function failure(e) {
	if (e.name === 'AbortError') {
		return new ApiError(`服务器在 ${TIMEOUT_MS / 1000} 秒内没有响应。The server did not answer within ${TIMEOUT_MS / 1000} s.`, 'TIMEOUT');
	}
	return new ApiError(`无法连接服务器。Cannot reach the server (${e.message}).`, 'NETWORK');
}

const ORG_FIELDS = 'id name nameEn kind region';

/** The explorer's queries (the review tab's are in review.js). */
export const QUERIES = {
	search: `query Search($text: String!, $first: Int) {
		search(text: $text, first: $first) { ${ORG_FIELDS} aliases }
	}`,
	neighborhood: `query Neighborhood($id: ID!, $depth: Int) {
		neighborhood(id: $id, depth: $depth) {
			nodes { ${ORG_FIELDS} }
			relations { id type role kind title level stage since until status from { id } to { id } }
		}
	}`,
	organization: `query Organization($id: ID!) {
		organization(id: $id) {
			${ORG_FIELDS} aliases founded description form honours
			identifiers { scheme value }
			cooperationModel { declared derived missing evidence { documentId documentTitle quote } }
		}
	}`,
	evidence: `query Evidence($id: ID!, $types: [RelationType!]) {
		organization(id: $id) {
			relations(types: $types, direction: OUT, first: 500) {
				id evidence { documentId documentTitle quote }
			}
		}
	}`,
	spanning: `query Spanning($minColleges: Int, $first: Int) {
		enterprisesSpanningColleges(minColleges: $minColleges, first: $first) {
			enterprise { ${ORG_FIELDS} }
			collegeCount
			colleges { ${ORG_FIELDS} }
			schools { ${ORG_FIELDS} }
		}
	}`,
};
