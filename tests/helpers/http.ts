// A real server listening on 127.0.0.1 (any free port), as clients see it: HTTP status,
// headers, body. Its log lines are kept, to check what reaches the log.
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when it is not JSON. */
  body: any;
  text: string;
  ms: number;
}

export interface HttpApi {
  server: DealgraphServer;
  config: Config;
  url: string;
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, any>>;
  /** POST /graphql with a JSON body. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpResponse>;
  /** Any request; `path` from the root, e.g. "/graphql?query=...". */
  fetch(path: string, init?: RequestInit): Promise<HttpResponse>;
  stop(): Promise<void>;
}

/** A response as a client reads it: status, headers, the body as text and as JSON (undefined when not JSON), and the time taken. */
export async function readResponse(response: Response, started: number): Promise<HttpResponse> {
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text, ms: performance.now() - started };
}

/**
 * POST /graphql of a server at `url` (one this process did not start, say), with an
 * optional bearer token; `sentAt` and `doneAt` (ms since the epoch) place it in time.
 */
export async function postGraphql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<HttpResponse & { sentAt: number; doneAt: number }> {
  const started = performance.now();
  const sentAt = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...(await readResponse(response, started)), sentAt, doneAt: Date.now() };
}

/** A listening server on `driver`; `env` overrides settings (NODE_ENV is "production" unless it says otherwise). */
export async function startHttpApi(driver: Driver, env: Record<string, string> = {}, options: { schema?: GraphQLSchema } = {}): Promise<HttpApi> {
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ...env });
  const logs: Array<Record<string, any>> = [];
  const logger = createLogger(config.LOG_LEVEL, "dealgraph", { write: (line: string) => void logs.push(JSON.parse(line)) });
  const server = createServer({ driver, config, logger, ...(options.schema ? { schema: options.schema } : {}) });
  const { host, port } = await server.listen("127.0.0.1", 0);
  const url = `http://${host}:${port}`;

  async function request(path: string, init: RequestInit = {}): Promise<HttpResponse> {
    const started = performance.now();
    return readResponse(await fetch(`${url}${path}`, init), started);
  }

  return {
    server,
    config,
    url,
    logs,
    post: (query, variables, headers = {}) =>
      request("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      }),
    fetch: request,
    stop: () => server.stop(),
  };
}

/** The codes of a GraphQL response's errors. */
export function codes(response: HttpResponse): string[] {
  return (response.body?.errors ?? []).map((e: any) => e.extensions?.code);
}

/** A stack trace, in any shape it could leave the server. */
export const STACK_TRACE = /stacktrace|\bat (?:[\w.<>]+ )?\(?(?:file:\/\/)?\/?[\w./-]+\.(?:ts|js|mjs|cjs):\d+/;
