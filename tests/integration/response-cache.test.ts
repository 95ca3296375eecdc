// Answers already known (src/api/server/response-cache.ts), on real servers over the test
// database: a repeat is answered from memory; a change drops exactly what it may touch,
// whoever made it (this instance, a writer that announces nothing, another instance through
// Redis); a client reading its own write is answered by the database; and under writes and
// reads at once, no answer given after a change was announced is older than that change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles, writeArticles } from "../../src/ingest/pipeline.js";
import type { Article } from "../../src/ingest/model.js";
import { BOOKMARKS_HEADER } from "../../src/api/server/index.js";
import { CACHE_HEADER } from "../../src/api/server/response-cache.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { INGEST, NVIDIA_SCALE } from "../helpers/live-article.js";
import { findRedisServer, startRedis, toolsRequired, type RedisServer } from "../helpers/redis.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-response-cache-tests";
const CACHED = { API_TOKENS: TOKEN, RESPONSE_CACHE_MAX_BYTES: "8000000", RESPONSE_CACHE_CHECK_MS: "100" };

interface Answer {
  body: { data?: any; errors?: unknown[] };
  cache: string | null;
  bookmarks: string | null;
}

async function ask(server: WebServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as Answer["body"], cache: response.headers.get(CACHE_HEADER), bookmarks: response.headers.get(BOOKMARKS_HEADER) };
}

const PROFILE = `query ($id: ID!) { company(id: $id) { id name
  investmentsConnection(side: ANY, first: 5) { totalCount edges { node { id amount { usd } investors { ... on Company { id } ... on Person { id } } } } } } }`;
const DEALS = `{ investments(first: 5, orderBy: { field: AMOUNT_USD, direction: DESC }) { totalCount edges { node { id target { id } } } } }`;

/** NVIDIA_SCALE under another id, by another investor, for another amount. */
function variant(i: number): Article {
  return {
    ...NVIDIA_SCALE,
    id: `cache-test-${i}`,
    entities: [{ ref: "nv", type: "Company", id: `backer-${i}`, name: `Backer ${i}` }, NVIDIA_SCALE.entities[1]!],
    investments: [{ ...NVIDIA_SCALE.investments[0]!, amount: { value: (i + 1) * 1_000_000, currency: "USD" }, announcedOn: `2025-0${(i % 9) + 1}`, evidence: `Backer ${i} invested.` }],
    body: `Backer ${i} invested. More text follows.`,
  } as Article;
}

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the response cache", () => {
  let cached: WebServer;
  let fresh: WebServer;

  beforeAll(async () => {
    await applyMigrations(testDriver());
    await resetDatabase();
    await loadArticles(new Db(testDriver()), ["seeds", "tests/fixtures/corpus"]);
    cached = await startWebServer(CACHED);
    fresh = await startWebServer({ API_TOKENS: TOKEN, RESPONSE_CACHE_MAX_BYTES: "0" });
  });
  afterAll(async () => {
    await cached?.stop();
    await fresh?.stop();
  });

  it("answers a repeat from memory, the same answer the database gives", async () => {
    const first = await ask(cached, PROFILE, { id: "scale-ai" });
    const again = await ask(cached, PROFILE, { id: "scale-ai" });
    expect(first.cache).toBe("miss");
    expect(again.cache).toBe("hit");
    expect(again.body).toEqual(first.body);
    expect(again.body).toEqual((await ask(fresh, PROFILE, { id: "scale-ai" })).body);
    expect((await ask(fresh, PROFILE, { id: "scale-ai" })).cache).toBeNull();
    // The same variables written in another order are the same question.
    await ask(cached, `query ($a: Int, $b: Int) { investments(first: $a) { totalCount } companies(first: $b) { totalCount } }`, { a: 2, b: 3 });
    expect((await ask(cached, `query ($a: Int, $b: Int) { investments(first: $a) { totalCount } companies(first: $b) { totalCount } }`, { b: 3, a: 2 })).cache).toBe("hit");
  });

  it("drops on a change what it may touch at once, and the rest at the next check when no other instance could hear of it", async () => {
    await ask(cached, PROFILE, { id: "scale-ai" });
    await ask(cached, PROFILE, { id: "medidata-solutions" });
    await ask(cached, DEALS);
    const before = (await ask(cached, PROFILE, { id: "scale-ai" })).body.data.company.investmentsConnection.totalCount;
    const written = await ask(cached, INGEST, { input: NVIDIA_SCALE }, { authorization: `Bearer ${TOKEN}` });
    expect(written.body.errors).toBeUndefined();

    const scale = await ask(cached, PROFILE, { id: "scale-ai" });
    expect(scale.cache).toBe("miss");
    expect(scale.body.data.company.investmentsConnection.totalCount).toBe(before + 1);
    expect(scale.body).toEqual((await ask(fresh, PROFILE, { id: "scale-ai" })).body);
    expect((await ask(cached, DEALS)).cache).toBe("miss");
    // Without Redis no other instance could hear of the write: it counts as unannounced,
    // and the next read of the write counts drops everything, this profile too.
    await until(() => ask(cached, PROFILE, { id: "medidata-solutions" }), (a) => a.cache === "miss", "the check to drop everything");
  });

  it("learns of a write nobody announced (a seed without REDIS_URL) within its check interval", async () => {
    const seen = (await ask(cached, PROFILE, { id: "scale-ai" })).body.data.company.investmentsConnection.totalCount;
    expect((await ask(cached, PROFILE, { id: "scale-ai" })).cache).toBe("hit");
    await writeArticles(new Db(testDriver()), [variant(90)]);
    const started = Date.now();
    const after = await until(
      () => ask(cached, PROFILE, { id: "scale-ai" }),
      (a) => a.body.data.company.investmentsConnection.totalCount === seen + 1,
      "the cache to drop the profile after an unannounced write",
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(after.body).toEqual((await ask(fresh, PROFILE, { id: "scale-ai" })).body);
    // Loading it again changes nothing: no write counted, nothing dropped.
    await ask(cached, DEALS);
    await writeArticles(new Db(testDriver()), [variant(90)]);
    await new Promise((r) => setTimeout(r, 350));
    expect((await ask(cached, DEALS)).cache).toBe("hit");
  });

  it("answers a client reading its own write (bookmarks) from the database", async () => {
    const written = await ask(cached, INGEST, { input: variant(91) }, { authorization: `Bearer ${TOKEN}` });
    expect(written.bookmarks).toBeTruthy();
    await ask(cached, DEALS);
    const own = await ask(cached, DEALS, {}, { [BOOKMARKS_HEADER]: written.bookmarks! });
    expect(own.cache).toBeNull();
    expect(own.body).toEqual((await ask(fresh, DEALS)).body);
  });

  it("drops everything after a decision, which the bus does not describe precisely", async () => {
    // The write of the test before counts as unannounced (no Redis): let the check that
    // drops everything for it pass first (the check runs every 100 ms here).
    await new Promise((r) => setTimeout(r, 350));
    await ask(cached, PROFILE, { id: "medidata-solutions" });
    expect((await ask(cached, PROFILE, { id: "medidata-solutions" })).cache).toBe("hit");
    // A mutation refused before it ran (no token) changed nothing, and drops nothing.
    const refused = await ask(cached, `mutation { markDistinct(a: "openai", b: "anthropic", reason: "two companies") { id } }`);
    expect(refused.body.errors).toBeDefined();
    expect((await ask(cached, PROFILE, { id: "medidata-solutions" })).cache).toBe("hit");
    // The review queue is never cached, even behind a fragment at the root.
    const queue = `{ ... on Query { decisions(first: 5) { id } } }`;
    await ask(cached, queue, {}, { authorization: `Bearer ${TOKEN}` });
    expect((await ask(cached, queue, {}, { authorization: `Bearer ${TOKEN}` })).cache).toBeNull();
    const decided = await ask(
      cached,
      `mutation { markDistinct(a: "openai", b: "anthropic", reason: "two companies", by: "test") { id } }`,
      {},
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(decided.body.errors).toBeUndefined();
    expect((await ask(cached, PROFILE, { id: "medidata-solutions" })).cache).toBe("miss");
  });

  it("keeps its answers across the review inbox's draft writes, and never keeps the queue", async () => {
    await new Promise((r) => setTimeout(r, 350));
    await ask(cached, PROFILE, { id: "scale-ai" });
    expect((await ask(cached, PROFILE, { id: "scale-ai" })).cache).toBe("hit");
    const editor = { authorization: `Bearer ${TOKEN}` };
    const made = await ask(cached, `mutation { createDraft(input: { content: "Acme raises $5 million\\n\\nAcme has raised $5 million from Northwind." }) { id version } }`, {}, editor);
    expect(made.body.errors).toBeUndefined();
    const queue = `{ drafts(first: 5) { totalCount } }`;
    expect((await ask(cached, queue, {}, editor)).body.data.drafts.totalCount).toBe(1);
    expect((await ask(cached, queue, {}, editor)).cache).toBeNull();
    const { id, version } = made.body.data.createDraft;
    expect((await ask(cached, `mutation ($id: ID!, $version: Int!) { discardDraft(id: $id, version: $version) { status } }`, { id, version }, editor)).body.errors).toBeUndefined();
    expect((await ask(cached, queue, {}, editor)).body.data.drafts.totalCount).toBe(0);
    // Past the next check of the write counts: the drafts' writes were not the graph's.
    await new Promise((r) => setTimeout(r, 350));
    expect((await ask(cached, PROFILE, { id: "scale-ai" })).cache).toBe("hit");
  });

  it("gives no answer older than a change announced before it was asked, under writes and reads at once", async () => {
    const questions: Array<[string, Record<string, unknown>]> = [
      [PROFILE, { id: "scale-ai" }],
      [DEALS, {}],
      [`{ search(text: "Backer", first: 20) { id name } }`, {}],
    ];
    let writing = true;
    const readers = [0, 1, 2].map(async (r) => {
      let n = 0;
      while (writing) await ask(cached, ...questions[n++ % questions.length]!).then(() => r);
      return n;
    });
    for (let i = 0; i < 8; i++) {
      const written = await ask(cached, INGEST, { input: variant(i) }, { authorization: `Bearer ${TOKEN}` });
      expect(written.body.errors).toBeUndefined();
      // The mutation has answered: its change was announced. Every answer from now on includes it.
      for (const [query, variables] of questions) {
        const [a, b] = [await ask(cached, query, variables), await ask(fresh, query, variables)];
        expect(a.body, `after article ${i}: ${query.slice(0, 40)}`).toEqual(b.body);
      }
    }
    writing = false;
    const asked = await Promise.all(readers);
    expect(asked.reduce((x, y) => x + y, 0)).toBeGreaterThan(20);
    expect(cached.server.responseCache!.snapshot().hits).toBeGreaterThan(0);
  });
});

const redisServer = findRedisServer();

describe.skipIf(!redisServer && !toolsRequired())("the response cache of several instances, through Redis", () => {
  let redis: RedisServer;
  let a: WebServer;
  let b: WebServer;

  beforeAll(async () => {
    if (!redisServer) throw new Error("redis-server is not installed, and DEALGRAPH_REQUIRE_TEST_TOOLS=1: apt-get install redis-server");
    redis = await startRedis(redisServer);
    await applyMigrations(testDriver());
    await resetDatabase();
    await loadArticles(new Db(testDriver()), ["seeds"]);
    // A long check interval: only the bus can explain a fresh answer here.
    a = await startWebServer({ ...CACHED, RESPONSE_CACHE_CHECK_MS: "60000", REDIS_URL: redis.url });
    b = await startWebServer({ ...CACHED, RESPONSE_CACHE_CHECK_MS: "60000", REDIS_URL: redis.url });
    await Promise.all([a.server.events.ready(), b.server.events.ready()]);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    await closeTestDriver();
  });

  it("keeps a lookup across a change that names none of its ids only when every object in it has its id", async () => {
    const withIds = `{ company(id: "meta") { id investmentsReceived { id investors { ... on Company { id dealCount } ... on Person { id } } } } }`;
    const without = `{ company(id: "meta") { id investmentsReceived { id investors { ... on Company { dealCount } ... on Person { id } } } } }`;
    for (const q of [withIds, without]) await ask(b, q);
    expect((await ask(b, withIds)).cache).toBe("hit");
    expect((await ask(b, without)).cache).toBe("hit");
    const elsewhere = {
      ...NVIDIA_SCALE,
      id: "cache-test-elsewhere",
      entities: [
        { ref: "o", type: "Company", id: "omega-fund", name: "Omega Fund" },
        { ref: "z", type: "Company", id: "zeta-labs", name: "Zeta Labs" },
      ],
      investments: [{ ...NVIDIA_SCALE.investments[0]!, investors: ["o"], target: "z", evidence: "Omega Fund backs Zeta Labs." }],
      body: "Omega Fund backs Zeta Labs. Nothing else.",
    };
    const heard = new Promise<void>((resolve) => {
      const stop = b.server.events.onChange(() => (stop(), resolve()));
    });
    expect((await ask(a, INGEST, { input: elsewhere }, { authorization: `Bearer ${TOKEN}` })).body.errors).toBeUndefined();
    await heard;
    // The investors' deal counts could have moved without their ids being seen: dropped.
    expect((await ask(b, without)).cache).toBe("miss");
    expect((await ask(b, withIds)).cache).toBe("hit");
  });

  it("drops an instance's answers when another instance writes", async () => {
    const before = (await ask(b, PROFILE, { id: "scale-ai" })).body.data.company.investmentsConnection.totalCount;
    expect((await ask(b, PROFILE, { id: "scale-ai" })).cache).toBe("hit");
    const heard = new Promise<void>((resolve) => {
      const stop = b.server.events.onChange(() => (stop(), resolve()));
    });
    expect((await ask(a, INGEST, { input: NVIDIA_SCALE }, { authorization: `Bearer ${TOKEN}` })).body.errors).toBeUndefined();
    await heard;
    const after = await ask(b, PROFILE, { id: "scale-ai" });
    expect(after.cache).toBe("miss");
    expect(after.body.data.company.investmentsConnection.totalCount).toBe(before + 1);
  });
});
