// Subscriptions over WebSocket (graphql-ws at /graphql), as a hostile client sees them:
// connections per instance, subscriptions per connection, message size and the
// connection_init deadline are bounded and follow their settings; subscription documents
// meet the same operation limits (depth, aliases, directives, tokens, cost) and the same
// auth as HTTP; and their mistakes are answered as the client's, never as internal errors.
// Raw sockets, so that every close code and message is seen as sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../src/config.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, testDriver } from "../helpers/db.js";
import { type HttpApi, STACK_TRACE, startHttpApi } from "../helpers/http.js";

const EDITOR = "websocket-editor-token-4b1e";
const READER = "websocket-reader-token-93fa";
const SUBSCRIBE = `subscription { graphChanged { id articleId } }`;

const apis: HttpApi[] = [];
const sockets: WebSocket[] = [];

async function api(env: Record<string, string> = {}): Promise<HttpApi> {
  const started = await startHttpApi(testDriver(), { API_TOKENS: `${EDITOR},${READER}:reader`, ...env });
  apis.push(started);
  return started;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
});
afterAll(async () => {
  for (const s of sockets) s.terminate();
  for (const a of apis) await a.stop();
  await closeTestDriver();
});

/** One graphql-ws connection, message by message. */
interface Raw {
  socket: WebSocket;
  messages: any[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  /** The first message (already received or to come) that `match` accepts; fails after 5 s. */
  next(match: (m: any) => boolean): Promise<any>;
}

/** Opens a socket; with `init`, sends connection_init (with `params`) and waits for the ack. */
async function open(server: HttpApi, { init = true, params }: { init?: boolean; params?: Record<string, unknown> } = {}): Promise<Raw> {
  const socket = new WebSocket(`${server.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
  sockets.push(socket);
  const messages: any[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  socket.on("error", () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_req, res) => reject(Object.assign(new Error(`handshake refused: ${res.statusCode}`), { status: res.statusCode })));
  });
  const raw: Raw = {
    socket,
    messages,
    closed,
    send: (message) => socket.send(typeof message === "string" ? message : JSON.stringify(message)),
    async next(match) {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such message in 5 s; got ${JSON.stringify(messages)}`);
        if (socket.readyState === WebSocket.CLOSED) throw new Error(`closed; got ${JSON.stringify(messages)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
  if (init) {
    raw.send({ type: "connection_init", ...(params ? { payload: params } : {}) });
    await raw.next((m) => m.type === "connection_ack");
  }
  return raw;
}

/** The status of a refused handshake, or 101 when it is accepted. */
async function handshake(server: HttpApi): Promise<number> {
  try {
    await open(server, { init: false });
    return 101;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

/** Subscribes as `id`; resolves with the error payload, or undefined when the server took it (it is then counted). */
async function subscribe(server: HttpApi, raw: Raw, id: string, query: string, variables?: Record<string, unknown>): Promise<any[] | undefined> {
  const before = server.server.events.subscriberCount;
  raw.send({ id, type: "subscribe", payload: { query, ...(variables ? { variables } : {}) } });
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const error = raw.messages.find((m) => m.id === id && m.type === "error");
    if (error) return error.payload;
    if (server.server.events.subscriberCount > before) return undefined;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`subscription ${id}: neither refused nor started in 5 s`);
}

describe("settings", () => {
  it("have safe defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ WS_MAX_CONNECTIONS: 500, WS_MAX_SUBSCRIPTIONS: 10, WS_MAX_MESSAGE_BYTES: 65536, WS_INIT_TIMEOUT_MS: 5000 });
    expect(() => loadConfig({ WS_MAX_CONNECTIONS: "0" })).toThrow(/WS_MAX_CONNECTIONS/);
  });
});

describe("connections", () => {
  it("past WS_MAX_CONNECTIONS are refused at the handshake with 503, and accepted again once one closes", async () => {
    const server = await api({ WS_MAX_CONNECTIONS: "2" });
    const first = await open(server);
    await open(server);
    expect(await handshake(server)).toBe(503);
    first.socket.close();
    await first.closed;
    await expect.poll(() => handshake(server), { timeout: 3_000 }).toBe(101);
    expect(server.logs.some((l) => /WS_MAX_CONNECTIONS/.test(l.msg))).toBe(true);
  });

  it("that do not send connection_init within WS_INIT_TIMEOUT_MS are closed with 4408", async () => {
    const server = await api({ WS_INIT_TIMEOUT_MS: "300" });
    const silent = await open(server, { init: false });
    const started = Date.now();
    expect((await silent.closed).code).toBe(4408);
    expect(Date.now() - started).toBeLessThan(2_000);
    // One that did is kept.
    const polite = await open(server);
    await new Promise((r) => setTimeout(r, 600));
    expect(polite.socket.readyState).toBe(WebSocket.OPEN);
  });
});

describe("messages", () => {
  it("over WS_MAX_MESSAGE_BYTES close the connection (1009), by default over 64 KiB", async () => {
    const tight = await api({ WS_MAX_MESSAGE_BYTES: "1000" });
    const small = await open(tight);
    small.send({ id: "1", type: "subscribe", payload: { query: `${SUBSCRIBE} #${"x".repeat(1000)}` } });
    expect((await small.closed).code).toBe(1009);

    const server = await api();
    const fits = await open(server);
    expect(await subscribe(server, fits, "1", `${SUBSCRIBE} #${"x".repeat(60_000)}`)).toBeUndefined();
    const big = await open(server);
    big.send({ id: "1", type: "subscribe", payload: { query: `${SUBSCRIBE} #${"x".repeat(66_000)}` } });
    expect((await big.closed).code).toBe(1009);
  });
});

describe("subscriptions per connection", () => {
  it("past WS_MAX_SUBSCRIPTIONS are refused with BAD_USER_INPUT (limit: subscriptions); completing one frees a place", async () => {
    const server = await api({ WS_MAX_SUBSCRIPTIONS: "2" });
    const raw = await open(server);
    expect(await subscribe(server, raw, "a", SUBSCRIBE)).toBeUndefined();
    expect(await subscribe(server, raw, "b", SUBSCRIBE)).toBeUndefined();
    const refused = await subscribe(server, raw, "c", SUBSCRIBE);
    expect(refused).toEqual([{ message: expect.stringMatching(/^Too many subscriptions on this connection:/), extensions: { code: "BAD_USER_INPUT", limit: "subscriptions" } }]);
    raw.send({ id: "a", type: "complete" });
    await expect.poll(() => server.server.events.subscriberCount).toBe(1);
    expect(await subscribe(server, raw, "d", SUBSCRIBE)).toBeUndefined();
    // Another connection has its own allowance.
    const other = await open(server);
    expect(await subscribe(server, other, "a", SUBSCRIBE)).toBeUndefined();
  });

  it("end when the client completes them or goes away, even with no change to announce", async () => {
    const server = await api();
    const raw = await open(server);
    expect(await subscribe(server, raw, "all", SUBSCRIBE)).toBeUndefined();
    expect(await subscribe(server, raw, "some", `subscription { graphChanged(touching: ["acme"]) { id } }`)).toBeUndefined();
    expect(server.server.events.subscriberCount).toBe(2);
    raw.send({ id: "some", type: "complete" });
    await expect.poll(() => server.server.events.subscriberCount, { timeout: 2_000 }).toBe(1);
    raw.socket.terminate();
    await expect.poll(() => server.server.events.subscriberCount, { timeout: 2_000 }).toBe(0);
  });

  it("are 10 by default", async () => {
    const server = await api();
    const raw = await open(server);
    for (let i = 0; i < 10; i++) expect(await subscribe(server, raw, `s${i}`, SUBSCRIBE), `subscription ${i}`).toBeUndefined();
    expect((await subscribe(server, raw, "s10", SUBSCRIBE))?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", limit: "subscriptions" });
  });
});

describe("operation limits", () => {
  const refusedFor = async (server: HttpApi, query: string) => {
    const raw = await open(server);
    const errors = await subscribe(server, raw, "1", query);
    expect(errors, query).toBeDefined();
    return errors!.map((e) => e.extensions);
  };

  it("apply to subscription documents at their defaults: aliases, directives, tokens", async () => {
    const server = await api();
    const aliases = (n: number) => `subscription { graphChanged { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(" ")} } }`;
    const directives = (n: number) => `subscription { graphChanged { id ${"__typename @include(if: true) ".repeat(n)} } }`;
    const tokens = (n: number) => `subscription { graphChanged(touching: [${Array.from({ length: n - 9 }, (_, i) => `"c${i}"`).join(" ")}]) { id } }`;
    expect(await refusedFor(server, aliases(21))).toEqual([{ code: "BAD_USER_INPUT", limit: "aliases" }]);
    expect(await refusedFor(server, directives(11))).toEqual([{ code: "BAD_USER_INPUT", limit: "directives" }]);
    expect(await refusedFor(server, tokens(2001))).toEqual([{ code: "BAD_USER_INPUT", limit: "tokens" }]);
    const raw = await open(server);
    expect(await subscribe(server, raw, "ok-aliases", aliases(20))).toBeUndefined();
    expect(await subscribe(server, raw, "ok-directives", directives(10))).toBeUndefined();
  });

  it("apply at their settings: depth and cost", async () => {
    const shallow = await api({ GRAPHQL_MAX_DEPTH: "2" });
    expect(await refusedFor(shallow, `subscription { graphChanged { created { id } } }`)).toEqual([{ code: "BAD_USER_INPUT", limit: "depth" }]);
    const raw = await open(shallow);
    expect(await subscribe(shallow, raw, "ok", `subscription { graphChanged { id } }`)).toBeUndefined();

    // 1 + 3 lists × 1,001 (what one article can change) = 3,004 objects; the change alone, 1.
    const cheap = await api({ GRAPHQL_MAX_COST: "10" });
    expect(await refusedFor(cheap, `subscription { graphChanged { created { id } updated { id } removed { id } } }`)).toEqual([
      { code: "BAD_USER_INPUT", limit: "cost" },
    ]);
    const other = await open(cheap);
    expect(await subscribe(cheap, other, "ok", `subscription { graphChanged { id articleId outcome } }`)).toBeUndefined();
  });
});

describe("auth", () => {
  it("a wrong token is closed with 4403 whatever QUERY_ACCESS says", async () => {
    const server = await api();
    const raw = await open(server, { init: false });
    raw.send({ type: "connection_init", payload: { authorization: "Bearer not-a-token" } });
    expect((await raw.closed).code).toBe(4403);
    const anonymous = await open(server);
    expect(await subscribe(server, anonymous, "1", SUBSCRIBE)).toBeUndefined();
  });

  it("with QUERY_ACCESS=token, a connection needs a reader or editor token", async () => {
    const server = await api({ QUERY_ACCESS: "token" });
    const anonymous = await open(server, { init: false });
    anonymous.send({ type: "connection_init" });
    expect((await anonymous.closed).code).toBe(4403);
    // Nothing is served before the ack.
    const early = await open(server, { init: false });
    early.send({ id: "1", type: "subscribe", payload: { query: SUBSCRIBE } });
    expect((await early.closed).code).toBe(4401);
    for (const token of [READER, EDITOR]) {
      const raw = await open(server, { params: { authorization: `Bearer ${token}` } });
      expect(await subscribe(server, raw, "1", SUBSCRIBE), token).toBeUndefined();
    }
  });
});

describe("mistakes", () => {
  it("are the client's (parse, validation, variables), without hints or stack traces in production", async () => {
    const server = await api();
    const cases: Array<[string, string, Record<string, unknown>?]> = [
      ["GRAPHQL_PARSE_FAILED", `subscription { graphChanged { id }`],
      ["GRAPHQL_VALIDATION_FAILED", `subscription { graphChanged { articleI } }`],
      ["GRAPHQL_VALIDATION_FAILED", `subscription { graphChange { id } }`],
      ["BAD_USER_INPUT", `subscription($t: [ID!]) { graphChanged(touching: $t) { id } }`, { t: [1.5] }],
    ];
    const raw = await open(server);
    for (const [i, [code, query, variables]] of cases.entries()) {
      const errors = await subscribe(server, raw, `m${i}`, query, variables);
      expect(errors, query).toBeDefined();
      expect(errors!.map((e) => e.extensions.code), query).toEqual(errors!.map(() => code));
      expect(JSON.stringify(errors)).not.toMatch(/Did you mean/);
      expect(JSON.stringify(errors)).not.toMatch(STACK_TRACE);
    }
    expect(server.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
