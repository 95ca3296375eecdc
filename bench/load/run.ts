// `npm run bench:load -- [--clients 10,50,200] [--seconds 15] [--max-requests 60000] [--articles 1000] [--url http://127.0.0.1:4000]`
// `npm run bench:load -- --mixed [--readers 50] [--writers 2] [--rounds 3] [--seconds 20] [--warm-up 10] [--url ... --token <editor> --api-pid <pid>]`
//
// Load test: a realistic mix of read queries (lookups, sorted and filtered pages, nested
// deals, search, deal graphs) from this process, with autocannon, against the API in
// another process on 127.0.0.1, at each number of concurrent clients, bounded in time and
// in count. Prints throughput, p50/p95/p99 latency and errors per level, and saves the
// table under bench/results/.
//
// Without --url it builds its own world: an embedded Neo4j on a temporary directory and
// a free port, N synthetic articles loaded through the real loader, and `src/index.ts`
// started in production mode (NODE_ENV=production, logs at info to a file). With --url
// it drives an API that is already running, which must listen on 127.0.0.1 or localhost.
//
// --mixed (mixed.ts): readers and editors at once on the realistic graph of issue 11
// (src/bench/realistic.ts: seeds 42 and 7, hubs in 800+ deals), in rounds, with the API
// process's memory before and after each; the API gets an editor token of this run.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { buildRealisticGraph, type RealisticGraph } from "../../src/bench/realistic.js";
import { syntheticArticles } from "../../src/bench/synthetic.js";
import { readArgsOrExit } from "../../src/cli/args.js";
import { loadConfig } from "../../src/config.js";
import { Db } from "../../src/db/db.js";
import { createDriver } from "../../src/db/driver.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { runMixed } from "./mixed.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { values } = readArgsOrExit({
  name: "bench:load",
  usage: `usage: dealgraph bench:load [--clients 10,50,200] [--seconds 15] [--max-requests 60000] [--articles 1000] [--url http://127.0.0.1:4000]
       dealgraph bench:load --mixed [--readers 50] [--writers 2] [--rounds 3] [--seconds 20] [--warm-up 10] [--url ... --token <editor> --api-pid <pid>]
  The API under concurrent clients (autocannon): throughput, p50/p95/p99 and errors per level,
  saved under bench/results/. Without --url it starts its own Neo4j, data and API.`,
  options: {
    clients: { type: "string", default: "10,50,200" },
    seconds: { type: "string" },
    "max-requests": { type: "string", default: "60000" },
    articles: { type: "string", default: "1000" },
    url: { type: "string" },
    mixed: { type: "boolean", default: false },
    readers: { type: "string", default: "50" },
    writers: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    "warm-up": { type: "string", default: "10" },
    token: { type: "string" },
    "api-pid": { type: "string" },
  },
});
const levels = values.clients!.split(",").map(Number);
const seconds = Number(values.seconds ?? (values.mixed ? 20 : 15));
const maxRequests = Number(values["max-requests"]);
const articleCount = Number(values.articles);
const mixed = { readers: Number(values.readers), writers: Number(values.writers), rounds: Number(values.rounds), warmUpSeconds: Number(values["warm-up"]), apiPid: values["api-pid"] ? Number(values["api-pid"]) : undefined };
const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
if (levels.some((n) => !whole(n, 1, 1000)) || !(seconds > 0 && seconds <= 300) || !(maxRequests > 0) || !(articleCount > 0)) {
  console.error("bench:load: --clients takes whole numbers from 1 to 1000, --seconds 1 to 300, --max-requests and --articles positive numbers");
  process.exit(1);
}
if (!whole(mixed.readers, 0, 1000) || !whole(mixed.writers, 0, 100) || mixed.readers + mixed.writers === 0 || !whole(mixed.rounds, 1, 20) || !(mixed.warmUpSeconds >= 0 && mixed.warmUpSeconds <= 300) || (mixed.apiPid !== undefined && !whole(mixed.apiPid, 1, 2 ** 31))) {
  console.error("bench:load: --readers takes 0 to 1000, --writers 0 to 100 (not both 0), --rounds 1 to 20, --warm-up 0 to 300 (seconds), --api-pid a process id");
  process.exit(1);
}
if (values.mixed && values.url && mixed.writers > 0 && !values.token) {
  console.error("bench:load: --mixed with --url needs --token, an editor token of that API (API_TOKENS), for the writers");
  process.exit(1);
}
const log = (m: string) => console.error(`bench:load: ${m}`);

interface World {
  url: string;
  driver: Driver;
  /** The API's log, when this run started the API. */
  logFile?: string;
  /** The API's process, when known, to read its memory. */
  pid?: number;
  /** An editor token the API accepts, when known. */
  token?: string;
  /** What the graph is, for the report. */
  graph: string;
  /** The realistic graph's facts, when this run built it. */
  realistic?: RealisticGraph;
  stop(): Promise<void>;
}

/** Per operation, from the API's request log: how many, median total and database time, round trips, errors. */
async function serverSide(logFile: string): Promise<string[]> {
  type Op = { ms: number[]; dbMs: number[]; trips: number[]; errors: Map<string, number> };
  const byOperation = new Map<string, Op>();
  for (const line of (await readFile(logFile, "utf8")).split("\n")) {
    if (!line.includes('"graphql request"')) continue;
    const entry = JSON.parse(line) as { operation: string | null; durationMs: number; dbMs: number; dbRoundTrips: number; errors?: string[] };
    const name = entry.operation ?? "anonymous";
    const op: Op = byOperation.get(name) ?? { ms: [], dbMs: [], trips: [], errors: new Map() };
    op.ms.push(entry.durationMs);
    op.dbMs.push(entry.dbMs);
    op.trips.push(entry.dbRoundTrips);
    for (const code of entry.errors ?? []) op.errors.set(code, (op.errors.get(code) ?? 0) + 1);
    byOperation.set(name, op);
  }
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  return [
    "| operation | requests | p50 ms | p50 db ms | round trips | errors |",
    "|---|---:|---:|---:|---:|---|",
    ...[...byOperation].map(
      ([name, op]) =>
        `| ${name} | ${op.ms.length} | ${median(op.ms).toFixed(1)} | ${median(op.dbMs).toFixed(1)} | ${median(op.trips)} | ${[...op.errors].map(([c, n]) => `${c} ${n}`).join(", ") || "none"} |`,
    ),
  ];
}

/**
 * What the API logged at level error (a masked INTERNAL_SERVER_ERROR's real cause), one
 * line each: time, request id, message, the error's message; at most `max`.
 */
async function loggedErrors(logFile: string, max = 10): Promise<string[]> {
  const lines: string[] = [];
  for (const line of (await readFile(logFile, "utf8")).split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { level: number; time?: number; reqId?: string; msg?: string; err?: { type?: string; message?: string; code?: string } };
    if (entry.level < 50) continue;
    const err = entry.err ? `: ${entry.err.type ?? "Error"}${entry.err.code ? ` ${entry.err.code}` : ""}: ${(entry.err.message ?? "").replace(/\s+/g, " ").slice(0, 400)}` : "";
    lines.push(`- ${entry.time ? new Date(entry.time).toISOString().slice(11, 23) : "?"} ${entry.reqId ?? "-"} ${entry.msg ?? ""}${err}`);
  }
  return lines.length > max ? [...lines.slice(0, max), `- … and ${lines.length - max} more`] : lines;
}

/**
 * An API on 127.0.0.1 over its own embedded Neo4j holding `articleCount` synthetic articles,
 * or the realistic graph; the API takes one editor token, made up for the run.
 */
async function ownWorld(kind: "synthetic" | "realistic"): Promise<World> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-load-"));
  let neo4j: EmbeddedNeo4j | undefined;
  let api: ChildProcess | undefined;
  let driver: Driver | undefined;
  const stop = async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once("exit", resolve));
      api.kill("SIGTERM");
      await exited;
    }
    await driver?.close();
    await neo4j?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, "neo4j"), port: 0, heap: "1g", pageCache: "512m", log });
    const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "" });
    driver = createDriver(neo4j.uri, config);
    await applyMigrations(driver);
    const started = Date.now();
    let graph: string;
    let realistic: RealisticGraph | undefined;
    if (kind === "realistic") {
      realistic = await buildRealisticGraph(new Db(driver));
      const { counts, hub, seconds: took } = realistic;
      graph = `the realistic graph (src/bench/realistic.ts): ${counts.articles} articles, ${counts.deals} deals, hub ${hub.id} in ${hub.deals} deals`;
      log(`${graph}; files written in ${took.generate.toFixed(1)} s, loaded in ${took.load.toFixed(1)} s`);
    } else {
      const articles = [...syntheticArticles({ articles: articleCount, seed: 7 })].map((a) => validateArticle(a.id, a, a.id).article!);
      await writeArticles(new Db(driver), articles);
      graph = `${articleCount} synthetic articles`;
      log(`${graph} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const token = randomBytes(24).toString("hex");

    const logFile = path.join(dir, "api.log");
    const out = fs.openSync(logFile, "w");
    api = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: ROOT,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: "0",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: "neo4j",
        NEO4J_PASSWORD: "",
        SEED_ON_START: "false",
        API_TOKENS: `${token}:editor`,
      },
    });
    fs.closeSync(out);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const m = /listening on (http:\/\/[^\s,"]+)/.exec(await readFile(logFile, "utf8"));
      if (m) {
        log(`API at ${m[1]} (pid ${api.pid}), its log: ${logFile}`);
        return { url: m[1]!, driver, logFile, pid: api.pid, token, graph, ...(realistic ? { realistic } : {}), stop };
      }
      if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${await readFile(logFile, "utf8")}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

async function givenWorld(url: string): Promise<World> {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) {
    console.error(`bench:load: --url must point at this machine (127.0.0.1 or localhost), not ${host}`);
    process.exit(1);
  }
  const config = loadConfig();
  if (!config.NEO4J_URI) {
    console.error("bench:load: with --url, set NEO4J_URI (and NEO4J_PASSWORD) to the API's database, to pick ids for the queries");
    process.exit(1);
  }
  const driver = createDriver(config.NEO4J_URI, config);
  return {
    url: url.replace(/\/(graphql)?$/, ""),
    driver,
    ...(mixed.apiPid ? { pid: mixed.apiPid } : {}),
    ...(values.token ? { token: values.token } : {}),
    graph: "the running API's",
    stop: () => driver.close(),
  };
}

/** Request bodies of the mix, with real ids and names from the graph. */
async function mix(driver: Driver): Promise<Array<{ weight: number; name: string; bodies: string[] }>> {
  const db = new Db(driver);
  const companies = await db.read<{ id: string; name: string }>(
    "// bench.companies\nMATCH (c:Company) RETURN c.id AS id, c.name AS name ORDER BY COUNT { (c)--() } DESC, c.id LIMIT 200",
  );
  const people = await db.read<{ id: string }>("// bench.people\nMATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 200");
  const articles = await db.read<{ id: string }>("// bench.articles\nMATCH (a:Article) RETURN a.id AS id ORDER BY a.publishedOn DESC LIMIT 200");
  if (!companies.length || !people.length || !articles.length) throw new Error("the graph is empty: nothing to query");
  const fields = buildDealgraphSchema().getQueryType()!.getFields();
  const body = (name: string, query: string, variables: Record<string, unknown>) => JSON.stringify({ operationName: name, query, variables });
  const each = <T>(xs: T[], f: (x: T) => string) => xs.map(f);
  const entries = [
    {
      weight: 25,
      name: "CompanyDeals",
      bodies: each(companies, (c) =>
        body("CompanyDeals", `query CompanyDeals($id: ID!) { company(id: $id) { name totalRaisedUsd latestValuation { usd }
          investmentsReceived { id kind announcedOn amount { value currency usd } investors { __typename ... on Company { id name } ... on Person { id name } } } } }`, { id: c.id }),
      ),
    },
    {
      weight: 15,
      name: "TopRaisers",
      bodies: [body("TopRaisers", `query TopRaisers($first: Int) { companies(first: $first, orderBy: { field: TOTAL_RAISED_USD, direction: DESC }) {
          totalCount edges { cursor node { id name totalRaisedUsd dealCount } } pageInfo { hasNextPage endCursor } } }`, { first: 20 })],
    },
    {
      weight: 15,
      name: "RecentRounds",
      bodies: [body("RecentRounds", `query RecentRounds { investments(first: 20, where: { kind: [FUNDING_ROUND], announcedFrom: "2020" },
          orderBy: { field: ANNOUNCED_ON, direction: DESC }) { edges { node { id announcedOn amount { usd } target { id name }
          leadInvestors { __typename ... on Company { name } } sources { article { id title } } } } } }`, {})],
    },
    {
      weight: 10,
      name: "PersonRoles",
      bodies: each(people, (p) => body("PersonRoles", `query PersonRoles($id: ID!) { person(id: $id) { name roles { title since until current company { id name } } investments { id } } }`, { id: p.id })),
    },
    {
      weight: 10,
      name: "Article",
      bodies: each(articles, (a) =>
        body("Article", `query Article($id: ID!) { article(id: $id) { title publisher publishedOn mentions { __typename ... on Company { id name } ... on Person { id name } } investments { id } roles { title } } }`, { id: a.id }),
      ),
    },
  ];
  if (fields.search) {
    entries.push({
      weight: 15,
      name: "Search",
      bodies: each(companies, (c) => body("Search", `query Search($text: String!) { search(text: $text, first: 10) { score entity { __typename ... on Company { id name } ... on Person { id name } } } }`, { text: c.name.slice(0, 5) })),
    });
  }
  if (fields.dealGraph) {
    entries.push({
      weight: 10,
      name: "DealGraph",
      bodies: each(companies.slice(0, 50), (c) => body("DealGraph", `query DealGraph($ids: [ID!]!) { dealGraph(ids: $ids, depth: 1) { nodes { id type label } edges { id source target type label } } }`, { ids: [c.id] })),
    });
  }
  return entries;
}

interface Level {
  clients: number;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  detail: string;
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function drive(url: string, entries: Awaited<ReturnType<typeof mix>>, clients: number, duration: number, cap: number): Promise<Level> {
  const total = entries.reduce((s, e) => s + e.weight, 0);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = () => {
    let u = random() * total;
    const entry = entries.find((e) => (u -= e.weight) < 0) ?? entries[0]!;
    return entry.bodies[Math.floor(random() * entry.bodies.length)]!;
  };
  const latencies: number[] = [];
  const errors = { graphql: 0, status: 0, connection: 0 };
  let finished: (result: autocannon.Result) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon({
    url: `${url}/graphql`,
    connections: clients,
    duration,
    maxOverallRequests: cap,
    timeout: 30,
    headers: { "content-type": "application/json" },
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({ ...request, body: pick() }),
        onResponse: (status, body) => {
          if (status !== 200) errors.status++;
          else if (body.includes('"errors"')) errors.graphql++;
        },
      },
    ],
  }, (error, result) => (error ? failed(error) : finished(result)));
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  instance.on("reqError", () => errors.connection++);
  const result = await done;
  latencies.sort((a, b) => a - b);
  const count = latencies.length;
  const elapsed = result.duration;
  return {
    clients,
    requests: count,
    seconds: elapsed,
    rps: count / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: errors.graphql + errors.status + errors.connection + result.timeouts,
    detail: `graphql ${errors.graphql}, http ${errors.status}, connection ${errors.connection}, timeouts ${result.timeouts}`,
  };
}

function machine(): string {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "?"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at the end`;
}

async function saveReport(name: string, text: string): Promise<void> {
  await mkdir(path.join(ROOT, "bench", "results"), { recursive: true });
  const file = path.join(ROOT, "bench", "results", `${name}-${new Date().toISOString().slice(0, 10)}.md`);
  await writeFile(file, text);
  log(`saved ${path.relative(ROOT, file)}`);
}

/** The mixed read/write run (mixed.ts), its report printed and saved as load-mixed-<date>.md. */
async function mixedMain(world: World): Promise<void> {
  const { lines, rounds } = await runMixed(world.url, world.driver, {
    ...mixed,
    apiPid: world.pid,
    seconds,
    token: world.token ?? "",
    timeoutMs: 30_000,
    log,
  });
  const errors = rounds.reduce((n, r) => n + r.failures.length, 0);
  const serverErrors = world.logFile ? await loggedErrors(world.logFile) : [];
  const loaded = world.realistic ? ` Built in ${world.realistic.seconds.load.toFixed(1)} s through the loader (${world.realistic.seconds.generate.toFixed(1)} s to write its files).` : "";
  const report = [
    `# Mixed load: ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Graph: ${world.graph}.${loaded}`,
    `Clients: ${mixed.readers} readers and ${mixed.writers} writers (ingestArticle with an editor token), closed loops from one process, on 127.0.0.1; ${mixed.rounds} round${mixed.rounds === 1 ? "" : "s"} of ${seconds} s after a ${mixed.warmUpSeconds} s warm-up, 3 s apart.`,
    `API: ${values.url ? world.url : "src/index.ts in its own process, NODE_ENV=production, logs at info to a file"}. Memory: VmRSS of the API process${world.pid ? "" : " (not measured: no --api-pid)"}, and its V8 heap in use from its /metrics when that answers without a token.`,
    `Machine: ${machine()}.`,
    "",
    `Errors over all rounds: ${errors}.`,
    "",
    ...lines,
    ...(serverErrors.length ? ["What the API logged as errors (level error), warm-up included:", "", ...serverErrors, ""] : []),
    ...(world.logFile ? ["Server side, all rounds and the warm-up (from the API's request log):", "", ...(await serverSide(world.logFile)), ""] : []),
  ].join("\n");
  console.log(report);
  await saveReport("load-mixed", report);
  if (errors) process.exitCode = 1;
}

async function main(): Promise<void> {
  const world = values.url ? await givenWorld(values.url) : await ownWorld(values.mixed ? "realistic" : "synthetic");
  try {
    if (values.mixed) return await mixedMain(world);
    const entries = await mix(world.driver);
    log(`mix: ${entries.map((e) => `${e.name} ${e.weight}`).join(", ")}`);
    log("warming up (5 s at 10 clients, not counted)");
    await drive(world.url, entries, 10, 5, maxRequests);
    const rows: Level[] = [];
    for (const clients of levels) {
      log(`${clients} clients for ${seconds} s (at most ${maxRequests} requests)`);
      const row = await drive(world.url, entries, clients, seconds, maxRequests);
      log(`  ${row.requests} requests, ${row.rps.toFixed(0)} req/s, p95 ${ms(row.p95)} ms, errors: ${row.detail}`);
      rows.push(row);
    }
    const header = [
      `# Load: ${new Date().toISOString().slice(0, 10)}`,
      "",
      `Mix: ${entries.map((e) => `${e.name} ${e.weight}%`).join(", ")} (weights out of ${entries.reduce((s, e) => s + e.weight, 0)}).`,
      `Graph: ${world.graph}. Client: autocannon in another process, on 127.0.0.1.`,
      `Machine: ${machine()}. Each level ${seconds} s, at most ${maxRequests} requests.`,
      "",
      "| clients | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...rows.map((r) => `| ${r.clients} | ${r.requests} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} |`),
      "",
      ...rows.map((r) => `- ${r.clients} clients: errors by kind: ${r.detail}`),
      "",
      ...(world.logFile ? ["Server side, all levels and the warm-up (from the API's request log):", "", ...(await serverSide(world.logFile)), ""] : []),
    ].join("\n");
    console.log(header);
    await saveReport("load", header);
  } finally {
    await world.stop();
  }
}

await main();
