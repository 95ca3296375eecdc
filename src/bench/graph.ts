// `npm run bench:graph -- [--articles 24000] [--seed 42] [--runs 5]`: loads N synthetic
// articles (4 to 5 deals each: 24,000 articles, about 100,000 deals) into a fresh
// embedded Neo4j (or NEO4J_URI / NEO4J_DATA_DIR when set, reusing a graph that already
// holds them), then asks the API for deal graphs of depth 1 to 3 around the busiest
// investor, a mid-sized company and a person, and for shortest paths. Checks that every
// depth-3 graph comes back truncated and well-formed, within --limit-ms (1 s) with the
// default caps, prints the latencies and saves the table under bench/results/. Exit
// code 1 when a check fails.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readArgsOrExit } from "../cli/args.js";
import { type Config, loadConfig } from "../config.js";
import { createContext } from "../api/context.js";
import { type Database, openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import { writeArticles } from "../ingest/pipeline.js";
import type { Article } from "../ingest/model.js";
import { validateArticle } from "../ingest/validate.js";
import { createServer, type DealgraphServer } from "../api/server/index.js";
import { syntheticArticles } from "./synthetic.js";

const { values } = readArgsOrExit({
  name: "bench:graph",
  usage: `usage: dealgraph bench:graph [--articles 24000] [--seed 42] [--runs 5] [--limit-ms 1000]
  Loads N synthetic articles into a fresh embedded Neo4j (or NEO4J_URI / NEO4J_DATA_DIR),
  then times deal graphs of depth 1 to 3 and shortest paths; exit code 1 when a check fails.`,
  options: {
    articles: { type: "string", default: "24000" },
    seed: { type: "string", default: "42" },
    runs: { type: "string", default: "5" },
    "limit-ms": { type: "string", default: "1000" },
  },
});
const articleCount = Number(values.articles);
const seed = Number(values.seed);
const runs = Number(values.runs);
const limitMs = Number(values["limit-ms"]);
if (![articleCount, runs, limitMs].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("bench:graph: --articles, --runs and --limit-ms take positive whole numbers");
  process.exit(1);
}
const log = (message: string) => console.error(`bench:graph: ${message}`);

const GRAPH = `query($ids: [ID!]!, $depth: Int, $maxNodes: Int, $maxEdges: Int) {
  dealGraph(ids: $ids, depth: $depth, maxNodes: $maxNodes, maxEdges: $maxEdges) {
    truncated nodes { id type label depth } edges { id source target type label } } }`;
const PATH = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id } edges { id source target } } }`;

interface Graph {
  truncated: boolean;
  nodes: Array<{ id: string; depth: number }>;
  edges: Array<{ id: string; source: string; target: string; label: string }>;
}

/** What a Cytoscape.js client needs: unique ids, every edge between two nodes of the graph, a label on each. */
function wellFormed(g: Graph): string | null {
  const nodes = new Set(g.nodes.map((n) => n.id));
  if (nodes.size !== g.nodes.length) return "duplicate node ids";
  const edges = new Set(g.edges.map((e) => e.id));
  if (edges.size !== g.edges.length) return "duplicate edge ids";
  for (const e of g.edges) {
    if (nodes.has(e.id)) return `edge id ${e.id} is a node id`;
    if (!nodes.has(e.source) || !nodes.has(e.target)) return `edge ${e.id} leaves the graph`;
    if (!e.label) return `edge ${e.id} has no label`;
  }
  return null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Where the graphs start: the investor in most deals (the worst case), a company of median activity, the person with most roles; `far`, the company most often a deal's target, ends a path. */
interface Seeds {
  hub: string;
  hubDeals: number;
  mid: string;
  person: string;
  far: string;
}

/** One API call as the dashboard makes it: its data, how long it took and how many database round trips it cost. */
type Run = (query: string, variables: Record<string, unknown>) => Promise<{ data: any; ms: number; roundTrips: number }>;

async function main(): Promise<number> {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: "silent",
    NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), "dealgraph-bench-graph-"))),
  });
  const database = await openDatabase(config, log);
  const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
  const server = createServer({ driver: database.driver, config });
  const failures: string[] = [];
  try {
    await applyMigrations(database.driver, config.NEO4J_DATABASE);
    const lines = await loadArticles(db);
    const shape = await graphShape(db);
    lines.push(`Graph: ${shape.deals!.toLocaleString("en-US")} deals, ${shape.facts!.toLocaleString("en-US")} facts, ${shape.companies!.toLocaleString("en-US")} companies, ${shape.people!.toLocaleString("en-US")} people.`);
    log(lines.at(-1)!);
    const seeds = await pickSeeds(db);
    lines.push(`Seeds: busiest investor ${seeds.hub} (${seeds.hubDeals} deals), median company ${seeds.mid}, person ${seeds.person}.`);

    await server.start();
    const run = apiRunner(server, database, config);
    const table = await graphTable(run, seeds, shape.deals!, failures);
    const paths = await pathTable(run, seeds);

    const report = [...lines, "", "dealGraph (through the API: validation, one query, labels):", "", ...table, "", "shortestPath (at most 6 hops):", "", ...paths].join("\n");
    console.log(report);
    await saveReport(config, report, failures);
  } finally {
    await server.stop();
    await database.close();
  }
  for (const f of failures) log(`FAILED: ${f}`);
  return failures.length ? 1 : 0;
}

/** Loads --articles synthetic articles unless the graph holds them already; the report's line on the load, if there was one. */
async function loadArticles(db: Db): Promise<string[]> {
  const [loaded] = await db.read<{ n: number }>("// bench.loaded\nMATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n", {
    prefix: `synthetic-${seed}-`,
  });
  if ((loaded?.n ?? 0) >= articleCount) {
    log(`the graph already holds ${loaded!.n} synthetic articles of seed ${seed}: not loading again`);
    return [];
  }
  const articles: Article[] = [];
  for (const a of syntheticArticles({ articles: articleCount, seed })) {
    const { article, problems } = validateArticle(a.id, a, a.id);
    if (!article) throw new Error(`synthetic article ${a.id} is invalid: ${JSON.stringify(problems)}`);
    articles.push(article);
  }
  const started = performance.now();
  await writeArticles(db, articles, {
    onBatch: (_, done, total) => {
      if (done % 2000 === 0 || done === total) log(`loaded ${done}/${total} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return [`Load: ${articleCount.toLocaleString("en-US")} articles in ${seconds.toFixed(0)} s (${Math.round(articleCount / seconds)} articles/s).`];
}

/** How many deals, companies, people and facts the graph holds. */
async function graphShape(db: Db): Promise<Record<string, number>> {
  const [shape] = await db.read<Record<string, number>>(`// bench.shape
      CALL () { MATCH (i:Investment) RETURN count(i) AS deals }
      CALL () { MATCH (c:Company) RETURN count(c) AS companies }
      CALL () { MATCH (p:Person) RETURN count(p) AS people }
      CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
      RETURN deals, companies, people, facts`);
  return shape!;
}

async function pickSeeds(db: Db): Promise<Seeds> {
  const [seeds] = await db.read<Seeds>(`// bench.seeds
      CALL () { MATCH (e:Company)-[:INVESTED]->() WITH e, count(*) AS deals ORDER BY deals DESC, e.id LIMIT 1 RETURN e.id AS hub, deals AS hubDeals }
      CALL () { MATCH (c:Company) WITH c, COUNT { (c)<-[:TARGET]-() } AS deals WHERE deals > 0 ORDER BY deals, c.id
                WITH collect(c.id) AS ids RETURN ids[size(ids) / 2] AS mid, ids[size(ids) - 1] AS far }
      CALL () { MATCH (p:Person)-[:HOLDS]->() WITH p, count(*) AS roles ORDER BY roles DESC, p.id LIMIT 1 RETURN p.id AS person }
      RETURN hub, hubDeals, mid, person, far`);
  return seeds!;
}

/** Runs operations through Apollo with a fresh request context each, as HTTP requests would get. */
function apiRunner(server: DealgraphServer, database: Database, config: Config): Run {
  return async (query, variables) => {
    const contextValue = createContext({ driver: database.driver, config });
    const started = performance.now();
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
    const ms = performance.now() - started;
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    if (errors) throw new Error(JSON.stringify(errors));
    return { data: data as any, ms, roundTrips: contextValue.db.roundTrips };
  };
}

/** The first (cold) run of an operation, then the median time of --runs more. */
async function firstAndMedian(run: Run, query: string, variables: Record<string, unknown>) {
  const first = await run(query, variables);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await run(query, variables)).ms);
  return { first, warm: median(times) };
}

/** dealGraph at depths 1 to 3 around each seed, with the default caps and with larger ones; adds what fails its checks to `failures`. */
async function graphTable(run: Run, { hub, mid, person }: Seeds, deals: number, failures: string[]): Promise<string[]> {
  const table = [
    "| seed | depth | maxNodes / maxEdges | nodes | edges | truncated | first run | median of next " + runs + " | round trips | well-formed |",
    "|---|---:|---|---:|---:|---|---:|---:|---:|---|",
  ];
  for (const [name, id] of [["busiest investor", hub], ["median company", mid], ["person", person]] as const) {
    for (const depth of [1, 2, 3]) {
      for (const [maxNodes, maxEdges] of [[200, 1000], [2000, 10000]] as const) {
        const { first, warm } = await firstAndMedian(run, GRAPH, { ids: [id], depth, maxNodes, maxEdges });
        const g: Graph = first.data.dealGraph;
        const problem = wellFormed(g);
        table.push(
          `| ${name} (${id}) | ${depth} | ${maxNodes} / ${maxEdges} | ${g.nodes.length} | ${g.edges.length} | ${g.truncated} | ${first.ms.toFixed(0)} ms | ${warm.toFixed(0)} ms | ${first.roundTrips} | ${problem ?? "yes"} |`,
        );
        log(table.at(-1)!);
        if (problem) failures.push(`${name} depth ${depth}: ${problem}`);
        // The time limit holds for the default caps, what a dashboard gets unless it asks for more.
        if (maxNodes === 200 && warm > limitMs) failures.push(`${name} depth ${depth}: ${warm.toFixed(0)} ms, over ${limitMs} ms`);
        if (depth === 3 && !g.truncated) failures.push(`${name} depth 3 (${maxNodes} nodes): not truncated on a ${deals} deal graph`);
        if (g.nodes.length > maxNodes || g.edges.length > maxEdges) failures.push(`${name} depth ${depth}: over its caps`);
      }
    }
  }
  return table;
}

/** shortestPath between seeds far apart, across deals and roles. */
async function pathTable(run: Run, { hub, mid, person, far }: Seeds): Promise<string[]> {
  const paths = ["| from | to | length | first run | median of next " + runs + " |", "|---|---|---:|---:|---:|"];
  for (const [from, to] of [[mid, far], [person, hub], [mid, person]] as const) {
    const { first, warm } = await firstAndMedian(run, PATH, { from, to });
    paths.push(`| ${from} | ${to} | ${first.data.shortestPath?.length ?? "none"} | ${first.ms.toFixed(0)} ms | ${warm.toFixed(0)} ms |`);
    log(paths.at(-1)!);
  }
  return paths;
}

/** Saves the report, with the machine it ran on and the checks that failed, as bench/results/graph-<date>.md. */
async function saveReport(config: Config, report: string, failures: string[]): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  await mkdir("bench/results", { recursive: true });
  const file = `bench/results/graph-${stamp}.md`;
  await writeFile(
    file,
    `# Deal graph benchmark, ${stamp}\n\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; Neo4j 5.26 (heap ${config.NEO4J_HEAP}, page cache ${config.NEO4J_PAGECACHE}); seed ${seed}.\n\n${report}\n${failures.length ? `\nFailed checks:\n${failures.map((f) => `- ${f}`).join("\n")}\n` : ""}`,
  );
  log(`table saved to ${file}`);
}

process.exitCode = await main();
