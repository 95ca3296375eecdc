// Several instances, one Redis: a change committed through one API instance reaches the
// subscribers of every instance sharing the REDIS_URL, each exactly once; and an instance
// whose Redis is down still serves and writes. Against a real redis-server (Debian's).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { main as seed } from "../../src/cli/seed.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { INGEST, NVIDIA_SCALE } from "../helpers/live-article.js";
import { findRedisServer, freePort, startRedis, toolsRequired, type RedisServer } from "../helpers/redis.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-redis-tests";
const CHANGES = `subscription { graphChanged { articleId outcome } }`;

const redisServer = findRedisServer();
if (!redisServer && !toolsRequired()) {
  console.warn("redis-server is not installed (apt-get install redis-server): the Redis live-update tests are skipped.");
}

function subscribe(url: string): { client: Client; events: any[] } {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
  const events: any[] = [];
  client.subscribe({ query: CHANGES }, { next: (v) => events.push((v.data as any)?.graphChanged ?? v.errors), error: (e) => events.push(e), complete: () => undefined });
  return { client, events };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waited 10 s for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!redisServer && !toolsRequired())("live updates through Redis", () => {
  let redis: RedisServer;
  let a: WebServer;
  let b: WebServer;
  const clients: Client[] = [];

  beforeAll(async () => {
    if (!redisServer) throw new Error("redis-server is not installed, and DEALGRAPH_REQUIRE_TEST_TOOLS=1: apt-get install redis-server");
    redis = await startRedis(redisServer);
    await applyMigrations(testDriver());
    a = await startWebServer({ API_TOKENS: TOKEN, REDIS_URL: redis.url });
    b = await startWebServer({ API_TOKENS: TOKEN, REDIS_URL: redis.url });
    await Promise.all([a.server.events.ready(), b.server.events.ready()]);
  });
  beforeEach(() => resetDatabase());
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    await closeTestDriver();
  });

  it("delivers a change made through one instance to the subscribers of both, once each", async () => {
    const onA = subscribe(a.wsUrl);
    const onB = subscribe(b.wsUrl);
    clients.push(onA.client, onB.client);
    await until(() => a.server.events.subscriberCount === 1 && b.server.events.subscriberCount === 1, "both subscriptions");

    expect((await a.post(INGEST, { input: NVIDIA_SCALE }, TOKEN)).data.ingestArticle.outcome).toBe("CREATED");
    await until(() => onA.events.length >= 1 && onB.events.length >= 1, "the change on both instances");
    await new Promise((r) => setTimeout(r, 300));
    expect(onA.events).toEqual([{ articleId: NVIDIA_SCALE.id, outcome: "CREATED" }]);
    expect(onB.events).toEqual([{ articleId: NVIDIA_SCALE.id, outcome: "CREATED" }]);
  });

  it("delivers what `npm run seed` loads to the subscribers of every instance, and a load with Redis away still loads", async () => {
    const onA = subscribe(a.wsUrl);
    clients.push(onA.client);
    await until(() => a.server.events.subscriberCount >= 1, "the subscription");
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-seed-live-"));
    const file = path.join(dir, `${NVIDIA_SCALE.id}.json`);
    await fs.writeFile(file, JSON.stringify(NVIDIA_SCALE));
    const before = process.env.REDIS_URL;
    try {
      process.env.REDIS_URL = redis.url;
      expect(await seed([file])).toBe(0);
      await until(() => onA.events.some((e) => e?.articleId === NVIDIA_SCALE.id), "the seed's change");
      expect(onA.events.filter((e) => e?.articleId === NVIDIA_SCALE.id)).toEqual([{ articleId: NVIDIA_SCALE.id, outcome: "CREATED" }]);
      // Loaded again unchanged: nothing to announce.
      expect(await seed([file])).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(onA.events.filter((e) => e?.articleId === NVIDIA_SCALE.id)).toHaveLength(1);

      await resetDatabase();
      process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
      expect(await seed([file])).toBe(0);
      expect((await a.post(`{ company(id: "nvidia") { name } }`)).data.company.name).toBe("Nvidia");
    } finally {
      if (before === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = before;
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps serving and writing when its Redis is unreachable", async () => {
    const nowhere = await startWebServer({ API_TOKENS: TOKEN, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const result = await nowhere.post(INGEST, { input: NVIDIA_SCALE }, TOKEN);
      expect(result.errors).toBeUndefined();
      expect(result.data.ingestArticle.outcome).toBe("CREATED");
      expect((await nowhere.post(`{ company(id: "nvidia") { name } }`)).data.company.name).toBe("Nvidia");
    } finally {
      await nowhere.stop();
    }
  });
});
