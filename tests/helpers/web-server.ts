// A real Dealgraph server listening on 127.0.0.1 (any free port) over the test database,
// as a browser or a WebSocket client sees it: pages, /graphql over HTTP and WebSocket.
import { loadConfig, type Config } from "../../src/config.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { testDriver } from "./db.js";

export interface WebServer {
  server: DealgraphServer;
  config: Config;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** e.g. ws://127.0.0.1:41234/graphql */
  wsUrl: string;
  /** POST /graphql; resolves with the parsed body. */
  post<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: any }> }>;
  stop(): Promise<void>;
}

/** Starts a server; `env` overrides settings (NODE_ENV=test and LOG_LEVEL=silent unless given). */
export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const server = createServer({ driver: testDriver(), config });
  const { host, port } = await server.listen("127.0.0.1", 0);
  const url = `http://${host}:${port}`;
  return {
    server,
    config,
    url,
    wsUrl: `ws://${host}:${port}/graphql`,
    async post(query, variables = {}, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
    },
    stop: () => server.stop(),
  };
}

/** The schema, and the seed articles (seeds/: Meta and Scale AI, in French). */
export async function loadSeeds(): Promise<void> {
  await applyMigrations(testDriver());
  await loadArticles(new Db(testDriver()), ["seeds"]);
}
