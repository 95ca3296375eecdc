// `npm run bench [-- --sizes 1k,10k,100k] [--seed 42] [--concurrency 8] [--rounds 3] ...`:
// Dealgraph against the Neo4j GraphQL Library and raw Cypher, in one run, on one embedded
// Neo4j (docs/benchmarks.md). For each size, in increasing order, it grows the graph to
// that many generated deals (on top of the previous size), then asks every query of the
// mix (queries.ts) of the three systems, interleaved, after a warm-up, and prints a row
// per query; at the end it writes the table and a chart to bench/results/. Dealgraph is
// measured twice: cold (its response cache off), the figures compared with the others,
// and warm (the cache on, a fourth process), reported beside them.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArgsOrExit } from "../../cli/args.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/connect.js";
import { Db } from "../../db/db.js";
import { applyMigrations } from "../../db/migrations.js";
import { type Ask, graphqlClient, measureLatency, measureThroughput, percentile, rawClient, type ServedSystem, SYSTEMS, type System } from "./client.js";
import { formatCount, growGraph, parseCount } from "./grow.js";
import { drawInputs, QUERIES, type Vars } from "./queries.js";
import { type Agree, type Cell, markdownReport, markdownTable, type ResultRow, svgChart } from "./report.js";
import type { CacheSettings } from "./serve.js";

const USAGE = `usage: dealgraph bench [--sizes 1k,10k,100k] [--seed 42] [--concurrency 8] [--rounds 3]
  [--latency-ms 2000] [--throughput-ms 2000] [--queries profile,search,...] [--bulk-above 100k]
  [--data-dir <dir>: keep the graph there and reuse it next time] [--out bench/results] [--quick]`;

const { values } = readArgsOrExit({
  name: "bench",
  usage: USAGE,
  options: {
    sizes: { type: "string", default: "1k,10k,100k" },
    seed: { type: "string", default: "42" },
    concurrency: { type: "string", default: "8" },
    rounds: { type: "string", default: "3" },
    "latency-ms": { type: "string", default: "2000" },
    "throughput-ms": { type: "string", default: "2000" },
    queries: { type: "string" },
    "bulk-above": { type: "string", default: "100k" },
    "data-dir": { type: "string" },
    out: { type: "string", default: "bench/results" },
    quick: { type: "boolean", default: false },
  },
});
const sizes = values.sizes!.split(",").map(parseCount).sort((a, b) => a - b);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
const rounds = values.quick ? 1 : Number(values.rounds);
const latencyMs = values.quick ? 500 : Number(values["latency-ms"]);
const throughputMs = values.quick ? 500 : Number(values["throughput-ms"]);
const bulkAbove = parseCount(values["bulk-above"]!);
const queries = values.queries ? QUERIES.filter((q) => values.queries!.split(",").includes(q.name)) : QUERIES;
const bad = [sizes.some((n) => !Number.isFinite(n) || n <= 0), !Number.isInteger(seed), !(concurrency >= 1), !(rounds >= 1), !(latencyMs > 0), !(throughputMs > 0), !Number.isFinite(bulkAbove), !queries.length];
if (bad.some(Boolean)) {
  console.error(`bench: bad options ${JSON.stringify(values)}\n${USAGE}`);
  process.exit(2);
}
const log = (m: string) => console.error(`bench: ${m}`);
const LATENCY_MAX = 25;
const PROBES = 5;

/** An API under test in its own process (serve.ts). */
interface Served {
  url: string;
  child: ChildProcess;
  /** Its response cache's settings, as its configuration holds them. */
  cache: CacheSettings;
  /** Queries it sent to Neo4j since the last call. */
  count(): Promise<number>;
}

function serve(system: ServedSystem, uri: string): Promise<Served> {
  const child = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), [system, uri], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench: the ${system} server exited (${code}) before it was ready`)));
    child.once("message", (m: { url: string; cache: CacheSettings }) => {
      child.removeAllListeners("exit");
      resolve({
        url: m.url,
        cache: m.cache,
        child,
        count: () =>
          new Promise((res) => {
            child.once("message", (r: { count: number }) => res(r.count));
            child.send("count");
          }),
      });
    });
  });
}

async function packageVersion(name: string): Promise<string> {
  const file = path.resolve("node_modules", name, "package.json");
  return ((JSON.parse(await readFile(file, "utf8").catch(() => "{}")) as { version?: string }).version ?? "?");
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "src"], { encoding: "utf8" }).trim();
    return dirty ? `${commit} + uncommitted changes under src/` : commit;
  } catch {
    return "?";
  }
}

type Tally = { ms: number[]; done: number; seconds: number; errors: number; roundTrips: number[] };
type Cells = Map<string, Record<System, Tally>>;
type Agreement = Map<string, Agree>;
type Inputs = Awaited<ReturnType<typeof drawInputs>>;
interface Systems {
  ask: Record<System, Ask>;
  counters: Record<ServedSystem, Served>;
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : await mkdtemp(path.join(os.tmpdir(), "dealgraph-bench-api-"));
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: process.env.NEO4J_EMBEDDED_PORT ?? "0" });
  const database = await openDatabase(config, (m) => log(m));
  const loads = [os.loadavg()[0]!];
  const sampler = setInterval(() => loads.push(os.loadavg()[0]!), 10_000);
  const children: ChildProcess[] = [];
  const rows: ResultRow[] = [];
  const loadNotes: string[] = [];
  let cache: { cold: CacheSettings; warm: CacheSettings } = { cold: {}, warm: {} };
  try {
    await applyMigrations(database.driver, config.NEO4J_DATABASE);
    const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
    const [dealgraph, library, warm] = await Promise.all([serve("dealgraph", database.uri), serve("library", database.uri), serve("dealgraph-warm", database.uri)]);
    children.push(dealgraph.child, library.child, warm.child);
    cache = { cold: dealgraph.cache, warm: warm.cache };
    log(`Dealgraph cold at ${dealgraph.url} (response cache ${describeCache(dealgraph.cache)}), warm at ${warm.url} (${describeCache(warm.cache)}), the library at ${library.url}`);
    if (warm.cache.maxBytes === undefined) log("this code's config has no RESPONSE_CACHE_MAX_BYTES: the warm column measures Dealgraph without a response cache");
    if (dealgraph.cache.maxBytes) log("Dealgraph cold runs with a response cache: its figures are not cold");
    const http = {
      dealgraph: graphqlClient(dealgraph.url, "dealgraph", concurrency),
      library: graphqlClient(library.url, "library", concurrency),
      "dealgraph-warm": graphqlClient(warm.url, "dealgraph-warm", concurrency),
    };
    const systems: Systems = {
      ask: { dealgraph: http.dealgraph.ask, library: http.library.ask, raw: rawClient(database.driver), "dealgraph-warm": http["dealgraph-warm"].ask },
      counters: { dealgraph, library, "dealgraph-warm": warm },
    };

    for (const deals of sizes) {
      const how = deals > bulkAbove ? "bulk" : "ingest";
      const grown = await growGraph(db, { seed, deals, path: how, log });
      if (grown.written) loadNotes.push(`${formatCount(deals)}: ${grown.written.toLocaleString("en-US")} articles added by the ${how} path in ${grown.seconds.toFixed(0)} s`);
      await db.write("// bench.awaitIndexes\nCALL db.awaitIndexes(600)");
      const inputs = await drawInputs(database.driver, seed + deals);
      log(`${formatCount(deals)} deals (${grown.articles.toLocaleString("en-US")} articles): warming up`);
      const { cells, agree } = await warmAndCompare(systems, inputs);
      await measureRounds(systems.ask, inputs, cells, deals);
      const sizeRows = queries.map((q) => resultRow(deals, q.name, cells.get(q.name)!, agree.get(q.name)!));
      rows.push(...sizeRows);
      console.log(`${markdownTable(sizeRows)}\n`);
    }

    for (const client of Object.values(http)) client.close();
  } finally {
    clearInterval(sampler);
    loads.push(os.loadavg()[0]!);
    for (const child of children) child.kill("SIGTERM");
    await database.close();
    if (!values["data-dir"]) await rm(dataDir, { recursive: true, force: true });
  }
  await writeResults(rows, { started, loads, loadNotes, heap: config.NEO4J_HEAP, pageCache: config.NEO4J_PAGECACHE, cache });
}

/** "off", "on (64 MiB, checked every 1000 ms)", or "unknown" when the config has no such setting. */
function describeCache(c: CacheSettings): string {
  if (c.maxBytes === undefined) return "unknown (no RESPONSE_CACHE_MAX_BYTES in this code's config)";
  if (c.maxBytes === 0) return "off";
  return `on (${(c.maxBytes / 2 ** 20).toFixed(0)} MiB, checked every ${c.checkMs ?? "?"} ms)`;
}

/**
 * Per query: a warm-up (JIT, plan caches, page cache; for Dealgraph warm, its response cache
 * too) of each system, then the round trips and answers on a few inputs, one at a time,
 * compared with Dealgraph's (cold): the library's and raw Cypher's, and Dealgraph warm's,
 * which after the warm-up come from its cache and must be the same answer.
 */
async function warmAndCompare({ ask, counters }: Systems, inputs: Inputs): Promise<{ cells: Cells; agree: Agreement }> {
  const cells: Cells = new Map();
  const agree: Agreement = new Map();
  for (const q of queries) {
    const own = inputs[q.name]!;
    const per = Object.fromEntries(SYSTEMS.map((s) => [s, { ms: [], done: 0, seconds: 0, errors: 0, roundTrips: [] } as Tally])) as Record<System, Tally>;
    cells.set(q.name, per);
    for (const s of SYSTEMS) {
      const warm = await measureLatency(ask[s], q, own, 0, 10, 3000);
      await measureThroughput(ask[s], q, own, 10, concurrency, 1000);
      if (warm.errors) log(`${q.name}, ${s}: ${warm.errors} errors while warming up, first: ${warm.firstError}`);
    }
    const digests: Record<System, string[]> = { dealgraph: [], library: [], raw: [], "dealgraph-warm": [] };
    for (const input of own.slice(0, PROBES)) {
      for (const s of SYSTEMS) {
        if (s !== "raw") await counters[s].count();
        let answer: unknown;
        try {
          answer = await ask[s](q, input);
        } catch (error) {
          log(`${q.name}, ${s}: ${String(error).slice(0, 300)}`);
          digests[s].push("error");
          continue;
        }
        per[s].roundTrips.push(s === "raw" ? 1 : await counters[s].count());
        const digest = s === "raw" ? q.raw.digest(answer as unknown[], input) : s === "library" ? (q.library.digest?.(answer, input) ?? "n/a") : q.dealgraph.digest(answer, input);
        digests[s].push(digest);
      }
    }
    const others = ["library", "raw", "dealgraph-warm"] as const;
    const agreeing = (s: (typeof others)[number]) =>
      digests[s].every((d) => d === "n/a") ? "n/a" : `${digests[s].filter((d, i) => d === digests.dealgraph[i] && d !== "error").length}/${digests.dealgraph.length}`;
    agree.set(q.name, { library: agreeing("library"), raw: agreeing("raw"), "dealgraph-warm": agreeing("dealgraph-warm") });
    for (const s of others) {
      digests[s].forEach((d, i) => {
        if (d !== "n/a" && d !== digests.dealgraph[i]) log(`${q.name}: ${s} answers ${JSON.stringify(own[i])} with ${d.slice(0, 200)}; Dealgraph (cold) with ${digests.dealgraph[i]!.slice(0, 200)}`);
      });
    }
  }
  return { cells, agree };
}

/**
 * The measured rounds: each query, the systems (the three, and Dealgraph warm) in an order
 * that rotates, the same inputs for each; interleaving spreads whatever else the machine
 * does over all of them.
 */
async function measureRounds(ask: Record<System, Ask>, inputs: Inputs, cells: Cells, deals: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const [k, q] of queries.entries()) {
      const own = inputs[q.name]!;
      const order = SYSTEMS.map((_, i) => SYSTEMS[(i + round + k) % SYSTEMS.length]!);
      const offset = round * LATENCY_MAX;
      const per = cells.get(q.name)!;
      for (const s of order) {
        const l = await measureLatency(ask[s], q, own, offset, LATENCY_MAX, latencyMs);
        per[s].ms.push(...l.ms);
        per[s].errors += l.errors;
        if (l.errors) log(`${q.name}, ${s}: ${l.errors} errors, first: ${l.firstError}`);
      }
      for (const s of order) {
        const t = await measureThroughput(ask[s], q, own as Vars[], offset, concurrency, throughputMs);
        per[s].done += t.completed;
        per[s].seconds += t.seconds;
        per[s].errors += t.errors;
        if (t.errors) log(`${q.name}, ${s}: ${t.errors} errors under load, first: ${t.firstError}`);
      }
    }
    log(`${formatCount(deals)} deals: round ${round + 1}/${rounds} done`);
  }
}

function resultRow(deals: number, query: string, per: Record<System, Tally>, agree: Agree): ResultRow {
  const cell = (s: System): Cell => {
    const rt = per[s].roundTrips;
    const lo = Math.min(...rt);
    const hi = Math.max(...rt);
    return {
      p50: percentile(per[s].ms, 50),
      p95: percentile(per[s].ms, 95),
      rps: per[s].done / per[s].seconds,
      roundTrips: rt.length ? (lo === hi ? String(lo) : `${lo}-${hi}`) : "–",
      errors: per[s].errors,
      samples: per[s].ms.length,
    };
  };
  const cells = Object.fromEntries(SYSTEMS.map((s) => [s, cell(s)])) as Record<System, Cell>;
  return { deals, query, cells, agree, warmOverColdP95: cells["dealgraph-warm"].p95 / cells.dealgraph.p95 };
}

/** The report, the chart, the raw numbers, with the machine, versions and load they were measured on. */
async function writeResults(
  rows: ResultRow[],
  run: { started: number; loads: number[]; loadNotes: string[]; heap: string; pageCache: string; cache: { cold: CacheSettings; warm: CacheSettings } },
): Promise<void> {
  const { started, loads } = run;
  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus();
  const [neo4jVersion] = [(await readFile(path.resolve("tools/neo4j-launcher/pom.xml"), "utf8").catch(() => "")).match(/<neo4j\.version>([^<]+)</)?.[1] ?? "5.26"];
  const info = {
    date,
    machine: `${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
    versions: `Dealgraph ${gitCommit()}; Node ${process.version}; Neo4j ${neo4jVersion} (embedded, heap ${run.heap}, page cache ${run.pageCache}); @neo4j/graphql ${await packageVersion("@neo4j/graphql")}; @apollo/server ${await packageVersion("@apollo/server")}; type-graphql ${await packageVersion("type-graphql")}; graphql ${await packageVersion("graphql")}; neo4j-driver ${await packageVersion("neo4j-driver")}`,
    load: `${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}, mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)} (on ${cpu.length} cores; other work on the machine included)`,
    settings: `seed ${seed}; ${rounds} rounds; per round and system, latency over up to ${LATENCY_MAX} requests or ${latencyMs} ms, throughput over ${throughputMs} ms with ${concurrency} requests in flight; response cache: Dealgraph (cold) ${describeCache(run.cache.cold)}, Dealgraph warm ${describeCache(run.cache.warm)}; ${Math.round((Date.now() - started) / 60000)} min in all`,
    loads: run.loadNotes,
  };
  const out = path.resolve(values.out!);
  await mkdir(out, { recursive: true });
  const base = `api-${date}`;
  const chart = `${base}.svg`;
  await writeFile(path.join(out, chart), svgChart(rows, `p95 latency against data size, ${date}`));
  await writeFile(path.join(out, `${base}.md`), markdownReport(info, queries, rows, chart));
  await writeFile(path.join(out, `${base}.json`), `${JSON.stringify({ info, rows }, null, 2)}\n`);
  log(`report: ${path.join(out, `${base}.md`)}, chart: ${path.join(out, chart)}`);
}

await main();
