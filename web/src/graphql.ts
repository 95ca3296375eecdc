// Talking to the Dealgraph API from a browser, as any client would: GraphQL over HTTP POST
// at /graphql, subscriptions over WebSocket (graphql-ws) at the same URL, and an optional
// API token (needed for mutations, and for queries when the server sets QUERY_ACCESS=token).
import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "./gql/graphql.js";

export const ENDPOINT = "/graphql";

const TOKEN_KEY = "dealgraph.apiToken";

/** The API token pasted in this browser tab (the dashboard and the playground share it), if any. */
export function apiToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

/** Keeps `token` for this tab only (sessionStorage): it is gone when the tab is closed. */
export function setApiToken(token: string): void {
  const trimmed = token.trim();
  if (trimmed) sessionStorage.setItem(TOKEN_KEY, trimmed);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** The Authorization header for the current token, or nothing. */
export function authHeaders(): Record<string, string> {
  const token = apiToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request the API answered with errors (or could not answer); `code` is the first error's extensions.code. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly errors: GraphQLErrorBody[] = [],
  ) {
    super(message);
  }
}

/**
 * Runs a query or mutation, a document generated from the schema (dashboard/queries.ts),
 * whose answer and variables are typed by it; resolves with `data`, rejects with an ApiError
 * when the API answers with any error.
 *
 * @example
 *   const { search } = await request(SEARCH, { text: "Scale AI" });
 */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...authHeaders() },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("The API cannot be reached. Is the server running?", "NETWORK");
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL response.`, `HTTP_${response.status}`);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first!.message, first!.extensions?.code, body.errors);
  }
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`, `HTTP_${response.status}`);
  return body.data;
}

let wsClient: Client | undefined;

/** The WebSocket URL of the API, on the page's own host. */
export function subscriptionUrl(): string {
  const url = new URL(ENDPOINT, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

/**
 * One graphql-ws connection for the page, opened on first use and re-opened after a drop
 * (a server restart), sending the current token each time it connects.
 */
export function subscriptions(): Client {
  wsClient ??= createClient({
    url: subscriptionUrl(),
    connectionParams: () => authHeaders(),
    retryAttempts: Infinity,
    // Reconnect slowly enough not to hammer a server that is restarting.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
    shouldRetry: () => true,
    keepAlive: 20_000,
  });
  return wsClient;
}

/** Closes the page's WebSocket; the next subscriptions() opens a new one (e.g. with a new token). */
export async function reconnectSubscriptions(): Promise<void> {
  const client = wsClient;
  wsClient = undefined;
  await client?.dispose();
}
