// Runs every graphql-http server audit (GraphQL over HTTP, MUST, SHOULD and MAY) against
// the URL given and prints one JSON line per audit: {"id", "name", "status", "reason"}.
// GraphQlHttpAuditTests starts the application, runs this with Node and reads the lines.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
for (const result of results) {
  console.log(JSON.stringify({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? null : result.reason,
  }));
}
