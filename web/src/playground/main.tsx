// The GraphQL playground: GraphiQL, bundled and served by the API (no CDN), with the
// schema's docs and autocomplete, and a side panel with the API token that mutations
// need (first, where it is seen) and the ready questions of examples/.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "../styles/playground.css";
import { useGraphiQL, useGraphiQLActions, useMonaco, type GraphiQLPlugin } from "@graphiql/react";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { getOperationAST, parse, type DocumentNode } from "graphql";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { apiToken, authHeaders, ENDPOINT, reconnectSubscriptions, setApiToken, subscriptions } from "../graphql.js";
import { EXAMPLES, type Example } from "./examples.js";
import { untangleTabs } from "./tabs.js";

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

/** Whether the editor holds something of the user's own (not empty, the welcome text or an unchanged example). */
function holdsOwnWork(text: string): boolean {
  const current = text.trim();
  return current !== "" && current !== WELCOME.trim() && !EXAMPLES.some((e) => e.query.trim() === current);
}

function ExampleList() {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);

  const open = (example: Example, run: boolean) => {
    // An example takes the current editor tab's place; a query the user wrote keeps its
    // tab and the example gets a new one.
    if (holdsOwnWork(queryEditor?.getValue() ?? "")) actions.addTab();
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
          <button type="button" className="dealgraph-example-title" title="Open in the editor" onClick={() => open(example, false)}>
            {example.title}
          </button>
          <button type="button" className="dealgraph-run" aria-label={`Run: ${example.title}`} title="Open in the editor and run" onClick={() => open(example, true)}>
            ▶
          </button>
          {example.description && <p className="dealgraph-hint">{example.description}</p>}
        </li>
      ))}
    </ul>
  );
}

/**
 * GraphiQL picks its editors' colours from the system's light or dark setting once, at
 * start; this applies the setting again when it changes, unless a theme was chosen in
 * GraphiQL's settings.
 */
function FollowSystemTheme() {
  const theme = useGraphiQL((s) => s.theme);
  const { setTheme } = useGraphiQLActions();
  useEffect(() => {
    if (theme) return;
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const apply = () => setTheme(null);
    dark.addEventListener("change", apply);
    return () => dark.removeEventListener("change", apply);
  }, [theme, setTheme]);
  return null;
}

/** The editors' themes: GraphiQL's light one, and the dark one ReadableDarkEditor defines. */
const EDITOR_THEMES = { light: "graphiql-LIGHT", dark: "dealgraph-dark" };

/**
 * GraphiQL's dark editor theme restated, with comments (the examples' descriptions) in a
 * green that reads at 6.8:1 on its background instead of Monaco's 3.6:1. Under a name of
 * its own: GraphiQL defines its themes when Monaco loads (twice, under StrictMode), which
 * would replace a redefinition of its name.
 */
function ReadableDarkEditor() {
  const monaco = useMonaco((s) => s.monaco);
  const current = useGraphiQL((s) => s.monacoTheme);
  useEffect(() => {
    if (!monaco) return;
    const [bg, primary, primaryBg] = ["#212a3b", "#ff5794", "#ff579419"];
    monaco.editor.defineTheme(EDITOR_THEMES.dark, {
      base: "vs-dark",
      inherit: true,
      colors: {
        "editor.background": "#ffffff00",
        "scrollbar.shadow": "#ffffff00",
        "textLink.foreground": primary,
        "editorHoverWidget.background": bg,
        "editorSuggestWidget.background": bg,
        "editorSuggestWidget.selectedBackground": primaryBg,
        "editorSuggestWidget.selectedForeground": primary,
        "editorWidget.background": bg,
        "menu.background": bg,
        "list.hoverBackground": primaryBg,
        "list.highlightForeground": primary,
        "input.background": "#b7c2d711",
        focusBorder: primary,
      },
      rules: [
        { token: "argument.identifier.gql", foreground: "#908aff" },
        { token: "comment", foreground: "#8fbf7a" },
      ],
    });
    if (current) monaco.editor.setTheme(current);
  }, [monaco, current]);
  return null;
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
      <TokenField />
      <h2 className="graphiql-doc-explorer-title">Ready questions</h2>
      <p className="dealgraph-hint">Click one to open it in the editor, ▶ to run it there. The schema's documentation is under the book icon; Ctrl-Space completes.</p>
      <ExampleList />
    </div>
  ),
};

const WELCOME = `# Welcome to the Dealgraph playground.
#
# Ready questions are in the Examples panel on the left (▶ runs one).
# Type a query here: Ctrl-Space completes, Ctrl-Enter runs, and the book icon
# opens the schema's documentation. Mutations need an API token (top of the Examples panel).

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
      editorTheme={EDITOR_THEMES}
      defaultEditorToolsVisibility={EXAMPLES.some((e) => e.variables) ? "variables" : undefined}
    >
      <GraphiQL.Logo>
        Dealgraph
        <FollowSystemTheme />
        <ReadableDarkEditor />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

untangleTabs(document.getElementById("playground")!);
createRoot(document.getElementById("playground")!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
