// The GraphQL playground: GraphiQL, bundled and served by the API (no CDN), with the
// schema's docs and autocomplete, the ready questions of examples/ in a side panel, and
// a field for the API token that mutations need.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "../styles/playground.css";
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from "@graphiql/react";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { getOperationAST, parse, type DocumentNode } from "graphql";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { apiToken, authHeaders, ENDPOINT, reconnectSubscriptions, setApiToken, subscriptions } from "../graphql.js";
import { EXAMPLES, type Example } from "./examples.js";

type Fetcher = GraphiQLProps["fetcher"];

function operationOf(query: string, operationName: string | null | undefined, ast?: DocumentNode) {
  try {
    return getOperationAST(ast ?? parse(query), operationName ?? undefined);
  } catch {
    return null;
  }
}

/**
 * Queries and mutations as HTTP POST, subscriptions over the page's WebSocket. Headers
 * typed in GraphiQL's headers editor win over the pasted token.
 */
const fetcher: Fetcher = async (params, opts) => {
  if (operationOf(params.query, params.operationName, opts?.documentAST)?.operation === "subscription") {
    return subscriptions().iterate({ query: params.query, variables: params.variables ?? undefined, operationName: params.operationName ?? undefined });
  }
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...authHeaders(), ...opts?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

function TokenField() {
  const { introspect } = useGraphiQLActions();
  const [value, setValue] = useState(apiToken());
  const [saved, setSaved] = useState(Boolean(apiToken()));
  return (
    <form
      className="dealgraph-token"
      onSubmit={(event) => {
        event.preventDefault();
        setApiToken(value);
        setSaved(Boolean(value.trim()));
        // The schema (docs, completion) may need the token too (QUERY_ACCESS=token).
        void introspect();
        void reconnectSubscriptions();
      }}
    >
      <label htmlFor="dealgraph-token">API token</label>
      <p className="dealgraph-hint">Mutations (ingestArticle, removeArticle) need one. Sent as <code>Authorization: Bearer …</code>, kept in this tab only.</p>
      <div className="dealgraph-row">
        <input id="dealgraph-token" type="password" autoComplete="off" spellCheck={false} value={value} placeholder="Paste a token" onChange={(e) => setValue(e.target.value)} />
        <button type="submit" className="graphiql-button">Save</button>
      </div>
      <p className="dealgraph-hint" role="status">{saved ? "A token is set for this tab." : "No token: queries only."}</p>
    </form>
  );
}

function ExampleList() {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);

  const open = (example: Example, run: boolean) => {
    const current = queryEditor?.getValue().trim() ?? "";
    // A new tab, unless this one is empty or still the welcome text.
    if (current && !current.startsWith("# Welcome")) actions.addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables);
    // The editor reads the operation from the new text a moment after it changes.
    if (run) setTimeout(() => actions.run(), 400);
  };

  if (!EXAMPLES.length) return <p className="dealgraph-hint">No example queries were built in (examples/*.graphql).</p>;
  return (
    <ul className="dealgraph-examples" aria-label="Example queries">
      {EXAMPLES.map((example) => (
        <li key={example.name} data-example={example.name}>
          <button type="button" className="dealgraph-example-title" title="Open in a new tab" onClick={() => open(example, false)}>
            {example.title}
          </button>
          <button type="button" className="dealgraph-run" aria-label={`Run: ${example.title}`} title="Open and run" onClick={() => open(example, true)}>
            ▶
          </button>
          {example.description && <p className="dealgraph-hint">{example.description}</p>}
        </li>
      ))}
    </ul>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: "Examples",
  icon: () => (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M5 4h11l3 3v13H5z" />
      <path d="M8 10h8M8 14h8M8 18h5" />
    </svg>
  ),
  content: () => (
    <div className="dealgraph-plugin">
      <div className="graphiql-doc-explorer-title">Ready questions</div>
      <p className="dealgraph-hint">Click one to open it, ▶ to run it. The schema's documentation is under the book icon; Ctrl-Space completes.</p>
      <ExampleList />
      <TokenField />
    </div>
  ),
};

const WELCOME = `# Welcome to the Dealgraph playground.
#
# Ready questions are in the Examples panel on the left (▶ runs one).
# Type a query here: Ctrl-Space completes, Ctrl-Enter runs, and the book icon
# opens the schema's documentation. Mutations need an API token (Examples panel).

{
  company(name: "Scale AI") {
    name
    investmentsReceived {
      kind
      amount { value currency }
      investors { ... on Company { name } }
      sources { evidence article { title publisher } }
    }
  }
}
`;

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[examplesPlugin]}
      visiblePlugin={examplesPlugin}
      defaultQuery={WELCOME}
      defaultEditorToolsVisibility={EXAMPLES.some((e) => e.variables) ? "variables" : undefined}
    >
      <GraphiQL.Logo>Dealgraph</GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById("playground")!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
