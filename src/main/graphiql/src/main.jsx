// The GraphiQL page of chanjiao-graph: GraphiQL 5 with the query builder (explorer),
// the schema docs and the history, bundled with React, Monaco and their styles and fonts
// by build.mjs, so that nothing loads from outside the application.
import './workers.js';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './page.css';

import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { buildSchema } from 'graphql';

const STORAGE_PREFIX = 'graphiql:';

// The GraphQL endpoint beside this page (/graphiql → /graphql), so that a servlet context
// path is kept.
const endpoint = new URL('graphql', document.baseURI).toString();

/**
 * The schema as the application prints it at /graphql/schema, descriptions included.
 * GraphiQL's own introspection query nests 15 levels deep, beyond the API's request limit
 * (chanjiao.limits.max-query-depth, 10), which refuses it; the printed schema needs no
 * such request. Should it not load, GraphiQL introspects as usual (undefined).
 */
async function loadSchema() {
  try {
    const response = await fetch(new URL('graphql/schema', document.baseURI));
    return response.ok ? buildSchema(await response.text()) : undefined;
  } catch (e) {
    console.warn('GraphiQL: /graphql/schema did not load; introspecting instead', e);
    return undefined;
  }
}

/**
 * Posts an operation to the API with the headers of the Headers editor. An answer that is
 * not GraphQL (the security filter's 401 for an unknown token, a proxy's error page) is
 * turned into a GraphQL error that says what happened, instead of a JSON parse error.
 */
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...(options && options.headers),
    },
    body: JSON.stringify(params),
  });
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    return response.json();
  }
  const challenge = response.headers.get('WWW-Authenticate') || '';
  const description = /error_description="([^"]*)"/.exec(challenge);
  const reason = description ? ` ${description[1]}` : '';
  const hint = response.status === 401
    ? ': put a token this application knows in Headers, {"Authorization": "Bearer <token>"}, or remove the header to read'
    : '';
  return { errors: [{ message: `HTTP ${response.status}${reason}${hint}` }] };
}

function examples() {
  return (window.chanjiaoGraphiql && window.chanjiaoGraphiql.examples) || [];
}

function json(value) {
  return value == null ? undefined : JSON.stringify(value, null, 2);
}

function tab(example) {
  return { query: example.query, variables: json(example.variables), headers: json(example.headers) };
}

/** The query of one organisation, as the network explorer's "open in GraphiQL" asks for. */
function organizationTab(id) {
  return {
    query: `# 机构 Organisation — from the network explorer (/#org=${id}):
# its names, cooperation model and accepted relationships, each
# with the quote that states it. The id is in Variables below.
query Organization($id: ID!) {
  organization(id: $id) {
    id
    name
    nameEn
    kind
    region
    founded
    aliases
    description
    cooperationModel { declared derived missing }
    relations {
      type
      role
      since
      until
      from { id name kind }
      to { id name kind }
      evidence { documentTitle quote }
    }
  }
}
`,
    variables: json({ id }),
  };
}

/** Forgets the tabs GraphiQL stored, so that the page opens with the example tabs again. */
function restoreExamples() {
  if (!window.confirm('Replace your tabs with the example tabs? 用示例标签页替换当前标签页？')) {
    return;
  }
  for (const key of ['tabState', 'query', 'variables', 'headers']) {
    localStorage.removeItem(STORAGE_PREFIX + key);
  }
  window.location.assign(window.location.pathname);
}

function App({ schema }) {
  const org = new URLSearchParams(window.location.search).get('org');
  const opened = org ? organizationTab(org) : null;
  const defaultTabs = examples().map(tab);
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      plugins={[HISTORY_PLUGIN, explorerPlugin()]}
      defaultTabs={opened ? [opened, ...defaultTabs] : defaultTabs}
      initialQuery={opened ? opened.query : undefined}
      initialVariables={opened ? opened.variables : undefined}
      defaultEditorToolsVisibility={true}
      isHeadersEditorEnabled={true}
      // A bearer token typed into Headers stays in memory unless the user switches on
      // "Persist headers" in the settings: it is not written to localStorage by default.
      shouldPersistHeaders={false}
      showPersistHeadersSettings={true}
      inputValueDeprecation={true}>
      <GraphiQL.Logo>
        <span className="chanjiao-logo">
          <a className="graphiql-logo-link" href="./" title="产教融合网络 Network explorer">
            产教融合 Graph<em>i</em>QL
          </a>
          <span className="chanjiao-links">
            <a id="explorer-link" className="chanjiao-link" href="./">网络图 Network explorer ↗</a>
            <button id="restore-examples" type="button" className="chanjiao-link" onClick={restoreExamples}
              title="Open the example tabs again 重新打开示例">
              示例 Examples ↺
            </button>
          </span>
        </span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

loadSchema().then((schema) => createRoot(document.getElementById('graphiql')).render(<App schema={schema} />));
