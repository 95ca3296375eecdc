// Live updates over a real WebSocket: the graphChanged subscription announces what
// ingestArticle and removeArticle changed, once committed; filters by id; refuses what
// is not a subscription, callers without a token when QUERY_ACCESS=token, pages of other
// sites, and operations over the limits.
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { INGEST, NVIDIA_SCALE } from "../helpers/live-article.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-live-tests";
const READER = "reader-token-for-live-tests";

const REMOVE = `mutation ($id: ID!) { removeArticle(id: $id) { outcome removed { id type } } }`;
const CHANGES = `subscription ($touching: [ID!]) { graphChanged(touching: $touching) { id at articleId outcome created { id type } updated { id type } removed { id type } } }`;

interface Received {
  events: any[];
  errors: unknown[];
  /** Resolves when `count` events are in (or fails after 10 s). */
  waitFor(count: number): Promise<any[]>;
}

function connect(url: string, connectionParams: Record<string, unknown> = {}): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  let onClosed!: (c: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason: string }).reason) }) },
  });
  // lazy: false reports connection failures here; the test reads them from `closed`.
  client.on("error", () => undefined);
  return { client, closed };
}

function listen(client: Client, query: string, variables: Record<string, unknown> = {}): Received {
  const received: Received = {
    events: [],
    errors: [],
    async waitFor(count) {
      const deadline = Date.now() + 10_000;
      while (received.events.length < count && !received.errors.length) {
        if (Date.now() > deadline) throw new Error(`waited 10 s for ${count} events, got ${received.events.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received.events;
    },
  };
  client.subscribe(
    { query, variables },
    {
      next: (value) => (value.errors ? received.errors.push(...value.errors) : received.events.push((value.data as any).graphChanged)),
      error: (error) => received.errors.push(error),
      complete: () => undefined,
    },
  );
  return received;
}

/** Resolves once the server has `count` subscriptions open (so nothing published before is missed). */
async function subscribed(api: WebServer, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (api.server.events.subscriberCount < count) {
    if (Date.now() > deadline) throw new Error(`the server has ${api.server.events.subscriberCount} subscriptions, not ${count}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let api: WebServer;
const clients: Client[] = [];

function client(url = api.wsUrl, params: Record<string, unknown> = {}) {
  const c = connect(url, params);
  clients.push(c.client);
  return c;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  api = await startWebServer({ API_TOKENS: TOKEN });
});
beforeEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await resetDatabase();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.stop();
  await closeTestDriver();
});

describe("graphChanged", () => {
  it("announces an ingested article with the facts it created, then its withdrawal", async () => {
    const received = listen(client().client, CHANGES);
    await subscribed(api, 1);

    const ingested = await api.post(INGEST, { input: NVIDIA_SCALE }, TOKEN);
    expect(ingested.errors).toBeUndefined();
    const [created] = await received.waitFor(1);
    expect(created).toMatchObject({ articleId: "nvidia-backs-scale-ai", outcome: "CREATED" });
    expect(created.created).toEqual(ingested.data.ingestArticle.created);
    expect(created.created.map((n: any) => n.type).sort()).toEqual(["Company", "Company", "Investment"]);
    expect(Date.parse(created.at)).toBeGreaterThan(Date.now() - 60_000);

    // Sent again unchanged: nothing changed, nothing announced. Then withdrawn.
    expect((await api.post(INGEST, { input: NVIDIA_SCALE }, TOKEN)).data.ingestArticle.outcome).toBe("UNCHANGED");
    const removed = await api.post(REMOVE, { id: NVIDIA_SCALE.id }, TOKEN);
    const events = await received.waitFor(2);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ articleId: "nvidia-backs-scale-ai", outcome: "REMOVED" });
    expect(events[1].removed).toEqual(removed.data.removeArticle.removed);
    expect(received.errors).toEqual([]);
  });

  it("sends a subscription only the changes that name one of the ids it watches", async () => {
    const { client: c } = client();
    const watchingScale = listen(c, CHANGES, { touching: ["scale-ai"] });
    const watchingOther = listen(c, CHANGES, { touching: ["openai"] });
    await subscribed(api, 2);
    await api.post(INGEST, { input: NVIDIA_SCALE }, TOKEN);
    await watchingScale.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(watchingOther.events).toEqual([]);
  });

  it("refuses a bad id in touching, naming it", async () => {
    const received = listen(client().client, CHANGES, { touching: ["Not An Id"] });
    await expect.poll(() => received.errors.length).toBe(1);
    expect(received.errors[0]).toMatchObject({ message: expect.stringContaining("touching[0]"), extensions: { code: "BAD_USER_INPUT", argument: "touching[0]" } });
  });

  it("serves only subscriptions over WebSocket", async () => {
    const received = listen(client().client, "{ company(id: \"scale-ai\") { name } }");
    await expect.poll(() => received.errors.length).toBe(1);
    expect(received.errors[0]).toMatchObject([{ message: expect.stringContaining("HTTP POST"), extensions: { code: "BAD_USER_INPUT" } }]);
  });

  it("applies the operation limits", async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: id`).join(" ");
    const received = listen(client().client, `subscription { graphChanged { created { ${aliases} } } }`);
    await expect.poll(() => received.errors.length).toBe(1);
    expect(received.errors[0]).toMatchObject([{ extensions: { code: "BAD_USER_INPUT", limit: "aliases" } }]);
  });
});

describe("who may subscribe", () => {
  let guarded: WebServer;
  beforeAll(async () => {
    guarded = await startWebServer({ API_TOKENS: `${TOKEN},${READER}:reader`, QUERY_ACCESS: "token" });
  });
  afterAll(() => guarded.stop());

  it("with QUERY_ACCESS=token: no token or a wrong one is closed with 4403, a reader token subscribes", async () => {
    expect((await client(guarded.wsUrl).closed).code).toBe(4403);
    expect((await client(guarded.wsUrl, { authorization: "Bearer wrong-token" }).closed).code).toBe(4403);

    const received = listen(client(guarded.wsUrl, { authorization: `Bearer ${READER}` }).client, CHANGES);
    await subscribed(guarded, 1);
    await guarded.post(INGEST, { input: NVIDIA_SCALE }, TOKEN);
    expect((await received.waitFor(1))[0].outcome).toBe("CREATED");
  });

  it("refuses the handshake of a page from another site, accepts the API's own pages and clients without an Origin", async () => {
    const handshake = (origin?: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(api.wsUrl, "graphql-transport-ws", origin ? { origin } : {});
        socket.once("open", () => (socket.close(), resolve(101)));
        socket.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        socket.once("error", () => undefined);
      });
    expect(await handshake("https://evil.example")).toBe(401);
    expect(await handshake(api.url)).toBe(101);
    expect(await handshake()).toBe(101);
  });
});
