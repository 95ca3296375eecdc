// Database outages. Without a database the API starts, says it is not ready, and fails
// fast with SERVICE_UNAVAILABLE. Then the whole thing, with `npm start`'s own entry point
// (src/index.ts) in its own process and a Neo4j of this test's own (own data directory,
// own port): the database comes up (the API gets ready by itself), goes down under a
// load of reads and writes (clean errors, fast), and comes back (the API recovers by
// itself, and every write it acknowledged is there).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/db/driver.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { type ApiProcess, freePort, spawnApi } from "../helpers/api-process.js";
import { codes, type HttpApi, postGraphql, startHttpApi } from "../helpers/http.js";

const EDITOR = "outage-editor-token-5b2f9e";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

describe("with the database down from the start (in-process)", () => {
  let api: HttpApi;
  let driver: Driver;
  beforeAll(async () => {
    driver = createDriver(`bolt://127.0.0.1:${await freePort()}`, { ...loadConfig(), DB_RETRY_MS: 1000 });
    api = await startHttpApi(driver);
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it("serves /health, says not ready, and answers SERVICE_UNAVAILABLE within the retry time, then at once", async () => {
    expect((await api.fetch("/health")).status).toBe(200);
    expect((await api.fetch("/ready")).status).toBe(503);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await api.post(`{ companies { totalCount } }`);
      expect(codes(response)).toEqual(["SERVICE_UNAVAILABLE"]);
      times.push(response.ms);
    }
    // DB_RETRY_MS=1000 (the driver's default would be 30 s); then the breaker answers
    // without asking the driver (which would retry for a second each time).
    expect(times[0]).toBeLessThan(2500);
    expect(percentile(times.slice(1), 95)).toBeLessThan(600);
    const metrics = (await api.fetch("/metrics")).text;
    expect(metrics).toMatch(/^dealgraph_db_up 0$/m);
  });
});

describe("the API process through an outage", () => {
  let dataDir: string;
  let neo4jPort: number;
  let neo4j: EmbeddedNeo4j | undefined;
  let api: ApiProcess;
  let apiProcess: ChildProcess;
  let url: string;
  let apiLog: string[] = [];
  const figures: Record<string, number | string> = {};

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-outage-neo4j-"));
    neo4jPort = await freePort();
    api = await spawnApi(
      {
        NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`,
        NEO4J_USER: "neo4j",
        NEO4J_PASSWORD: "",
        NEO4J_DATABASE: "",
        API_TOKENS: EDITOR,
        SEED_ON_START: "true",
        DB_RETRY_MS: "1000",
        // Every read reaches the database: the response cache would answer the repeated
        // reads of this load from memory while the database is down.
        RESPONSE_CACHE_MAX_BYTES: "0",
      },
      60_000,
    );
    apiProcess = api.child;
    apiLog = api.lines;
    url = api.url;
  });

  afterAll(async () => {
    if (apiProcess && apiProcess.exitCode === null) {
      apiProcess.kill("SIGKILL");
    }
    await neo4j?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    process.stderr.write(`[outage] ${JSON.stringify(figures)}\n`);
  });

  const post = (query: string, variables?: Record<string, unknown>, token?: string) => postGraphql(url, query, variables, token);
  const ready = async () => (await fetch(`${url}/ready`)).status === 200;
  const startNeo4j = () =>
    startEmbeddedNeo4j({ dataDir, port: neo4jPort, heap: "512m", pageCache: "128m", readyTimeoutMs: 180_000 });

  it("starts without its database, not ready, and fails fast with SERVICE_UNAVAILABLE", async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await ready()).toBe(false);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await post(`{ company(id: "meta") { name } }`);
      expect(response.body.errors.map((e: any) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      times.push(response.ms);
    }
    figures.unavailableFirstMs = Math.round(times[0]!);
    figures.unavailableP95Ms = Math.round(percentile(times, 95));
    expect(percentile(times, 95)).toBeLessThan(1500);
  });

  it("gets ready by itself once the database is up: schema applied, seeds loaded", { timeout: 300_000 }, async () => {
    neo4j = await startNeo4j();
    const upAt = Date.now();
    while (!(await ready())) {
      expect(Date.now() - upAt, "ready within 90 s of the database (migrations and seeds, on a busy machine)").toBeLessThan(90_000);
      await new Promise((r) => setTimeout(r, 200));
    }
    figures.readyAfterDatabaseUpMs = Date.now() - upAt;
    const response = await post(`{ company(id: "meta") { name } }`);
    expect(response.body).toEqual({ data: { company: { name: "Meta" } } });
  });

  it("under load, gives clean, fast errors while the database is down, recovers by itself, and keeps every write it acknowledged", { timeout: 300_000 }, async () => {
    let running = true;
    const reads = [
      `{ companies(first: 5) { totalCount edges { node { id name } } } }`,
      `{ company(id: "meta") { name investmentsMade { id target { name } } } }`,
      `{ article(id: "meta-scale-ai") { title mentions { __typename } } }`,
    ];
    const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome } }`;
    const reader = async (n: number) => {
      for (let i = 0; running; i++) {
        results.push({ ...(await post(reads[(n + i) % reads.length]!)), kind: "read" });
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        const id = `outage-w${n}-${i}`;
        const input = {
          id,
          title: `Outage ${n}/${i}`,
          publisher: "Load Test",
          language: "en",
          publishedOn: "2025-01-01",
          body: `Outage Corp ${n}x${i} raised money.`,
          entities: [{ ref: "co", type: "Company", name: `Outage Corp ${n}x${i}` }],
        };
        const result = await post(INGEST, { input }, EDITOR);
        results.push({ ...result, kind: "write", id });
        if (result.body.data?.ingestArticle?.articleId === id) acknowledged.push(id);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const clients = [...[0, 1, 2, 3, 4, 5].map(reader), ...[0, 1].map(writer)].map((client) =>
      client.catch((error) => {
        running = false;
        throw error;
      }),
    );
    try {
      await underLoad();
    } finally {
      running = false;
      await Promise.allSettled(clients);
    }
    await Promise.all(clients);
    await check();
    await nothingLost();
  });

  // Set by the load test's phases, checked after.
  let downAt = 0;
  let restartingAt = 0;
  let backAt = 0;
  let recoveredAt: number | undefined;
  type Result = Awaited<ReturnType<typeof post>> & { kind: "read" | "write"; id?: string };
  const results: Result[] = [];
  const acknowledged: string[] = [];

  async function until(done: () => boolean, withinMs: number, what: string) {
    const started = Date.now();
    while (!done()) {
      if (Date.now() - started > withinMs) {
        const last = results.slice(-3).map((r) => r.text);
        throw new Error(`not ${what} within ${withinMs / 1000} s; last answers:\n${last.join("\n")}\nAPI log:\n${apiLog.slice(-10).join("\n")}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const succeeded = (r: Result) => r.status === 200 && !r.body.errors;

  async function underLoad() {
    // Writes take their time on a busy machine: wait for a few before pulling the plug.
    await until(() => acknowledged.length >= 3, 90_000, "3 writes acknowledged");
    const stoppingAt = Date.now();
    await neo4j!.stop();
    downAt = Date.now();
    figures.databaseStopMs = downAt - stoppingAt;
    await new Promise((r) => setTimeout(r, 4000));
    expect(await ready()).toBe(false);
    restartingAt = Date.now();
    neo4j = await startNeo4j();
    backAt = Date.now();
    figures.databaseRestartMs = backAt - restartingAt;
    const before = acknowledged.length;
    // Run on until reads and writes succeed again (a restarted database starts cold: its first
    // queries are slow), and until enough writes were acknowledged for nothingLost to weigh.
    await until(
      () => results.some((r) => r.kind === "read" && r.sentAt >= backAt && succeeded(r)) && acknowledged.length > Math.max(before, 5),
      90_000,
      "reading and writing again",
    );
    recoveredAt = Math.min(...results.filter((r) => r.sentAt >= backAt && succeeded(r)).map((r) => r.sentAt));
  }

  async function check() {
    // Every answer: JSON, and an error only for the outage, with its code; no 500, no masked failure.
    const errorCodes = new Map<string, number>();
    for (const r of results) {
      expect(r.status, r.text).not.toBe(500);
      for (const e of r.body.errors ?? []) {
        const code = e.extensions?.code;
        errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
        expect(["SERVICE_UNAVAILABLE", "TIMEOUT"], r.text).toContain(code);
      }
    }
    const during = results.filter((r) => r.sentAt >= downAt && r.doneAt <= restartingAt);
    expect(during.length).toBeGreaterThan(20);
    expect(during.every((r) => r.body.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE")).toBe(true);
    const duringMs = during.map((r) => r.ms);
    expect(percentile(duringMs, 95)).toBeLessThan(1500);

    expect(await ready()).toBe(true);
    figures.requests = results.length;
    figures.errors = JSON.stringify(Object.fromEntries(errorCodes));
    figures.duringOutageRequests = during.length;
    figures.duringOutageP50Ms = Math.round(percentile(duringMs, 50));
    figures.duringOutageP95Ms = Math.round(percentile(duringMs, 95));
    // The API takes requests again as soon as its probe sees the database (every second).
    const recovery = recoveredAt! - backAt;
    figures.firstSuccessSentAfterDatabaseBackMs = recovery;
    figures.firstSuccessAnsweredAfterDatabaseBackMs = Math.min(...results.filter((r) => r.sentAt >= backAt && succeeded(r)).map((r) => r.doneAt)) - backAt;
    // About a second on an idle machine; a busy one makes a cold database slow to answer.
    expect(recovery).toBeLessThan(15_000);
    expect(results.filter((r) => r.sentAt >= recoveredAt! + 2000 && r.kind === "read").every(succeeded)).toBe(true);
    figures.writesAcknowledged = acknowledged.length;
  }

  async function nothingLost() {
    expect(acknowledged.length).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const response = await post(`query($id: ID!) { article(id: $id) { id } }`, { id });
      if (response.body.data?.article?.id !== id) missing.push(id);
    }
    expect(missing).toEqual([]);
  }

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => apiProcess.once("exit", (code) => resolve(code)));
    apiProcess.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = apiLog.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    expect(lines.some((l) => l.msg === "database unreachable: answering SERVICE_UNAVAILABLE until it answers again")).toBe(true);
    expect(lines.some((l) => l.msg === "database reachable again")).toBe(true);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
