// `npm run eval:resolution -- [--articles 1k,10k] [--seed 7]`: measures deal resolution.
// For each size, loads the first N articles of a varied stream (generate.ts: deals re-reported
// the way news does, each report with the deal it truly reports) into an emptied graph twice,
// by deal key alone and with scored resolution, reads which deal each report went to, and
// prints pairwise precision and recall against the truth, load times, and the possible
// duplicates left for a person (how many of them join reports of one true deal).
//
// It empties the database it loads into: by default a new embedded Neo4j in a temporary
// folder; with NEO4J_URI set, only when given --reset-database.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { dealStream, type StreamItem } from "../bench/compare/generate.js";
import { formatCount, parseCount } from "../bench/compare/grow.js";
import { linksOfOneTruth, type PairScores, pairScores, type PlacedReport } from "../bench/resolution-eval.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import type { Article } from "../ingest/model.js";
import { type WriteOptions, writeArticles } from "../ingest/pipeline.js";
import { formatProblem } from "../ingest/problems.js";
import { validateArticle } from "../ingest/validate.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph eval:resolution [--articles 1k,10k] [--seed 7] [--examples N] [--reset-database]
  Loads the first N articles of a varied synthetic stream twice (deal key only, then scored
  resolution) into an emptied graph and prints pairwise precision and recall of the deals.
  --examples N       after the table, up to N true deals scored resolution split over several
                     deals and N deals it made of several true deals, report by report
  --reset-database   allow emptying the database NEO4J_URI names (never needed for the
                     default, a new embedded Neo4j in a temporary folder)`;

/** The targets the table reports against. */
const GOALS = { precision: 0.99, recall: 0.95 };
const MODES = ["key", "scored"] as const;
type Mode = (typeof MODES)[number];

interface Row extends PairScores {
  articles: number;
  mode: Mode;
  reports: number;
  trueDeals: number;
  graphDeals: number;
  seconds: number;
  links: number;
  linksOfOneTruth: number;
  /** Missed and wrong merges, report by report (scored resolution, with --examples). */
  examples: string[];
}

/** A report placed in the graph, with what shows it in an example. */
type Shown = PlacedReport & { article: string; evidence: string };

/** The first `n` articles of the varied stream, validated as the loader takes them, and the truth of each report. */
function variedArticles(seed: number, n: number): { articles: Article[]; truthOf: Map<string, string> } {
  const stream = dealStream(seed, { varied: true });
  const articles: Article[] = [];
  const truthOf = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const { article, truth } = stream.next().value as StreamItem;
    const checked = validateArticle(article.id, article, article.id);
    if (!checked.article) throw new Error(`generated article ${article.id} is invalid: ${checked.problems.map(formatProblem).join("; ")}`);
    articles.push(checked.article);
    article.investments?.forEach((x, j) => truthOf.set(reportKey(article.id, x.evidence), truth![j]!));
  }
  return { articles, truthOf };
}

/** A report is one evidence string of one article (evidence is unique within an article). */
const reportKey = (articleId: string, evidence: string) => `${articleId}\u0000${evidence}`;

/** Empties the graph; schema stays. In batches, which must run outside an explicit transaction. */
async function reset(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** Loads `articles` into the emptied graph with the given resolution; the seconds it took. */
async function load(db: Db, articles: Article[], mode: Mode): Promise<number> {
  const started = performance.now();
  // `resolution` is being added to WriteOptions; until then this keeps the call typed.
  await writeArticles(db, articles, { resolution: mode } as WriteOptions & { resolution: Mode });
  return (performance.now() - started) / 1000;
}

/** Where each report went: the graph's deal for every (article, evidence) the truth knows. */
async function placedReports(db: Db, truthOf: Map<string, string>): Promise<Shown[]> {
  const rows = await db.read<{ article: string; evidence: string; deal: string }>(
    "// eval.dealReports\nMATCH (i:Investment)-[s:SOURCED_FROM]->(a:Article) RETURN a.id AS article, s.evidence AS evidence, i.id AS deal",
  );
  const placed = rows.flatMap((r) => {
    const truth = truthOf.get(reportKey(r.article, r.evidence));
    return truth ? [{ truth, deal: r.deal, article: r.article, evidence: r.evidence }] : [];
  });
  if (placed.length !== truthOf.size) console.error(`eval:resolution: ${truthOf.size - placed.length} of ${truthOf.size} reports not found in the graph`);
  return placed;
}

async function possibleDuplicates(db: Db): Promise<Array<[string, string]>> {
  const rows = await db.read<{ a: string; b: string }>(
    "// eval.possibleDuplicates\nMATCH (a:Investment)-[:POSSIBLE_DUPLICATE]-(b:Investment) WHERE a.id < b.id RETURN a.id AS a, b.id AS b",
  );
  return rows.map((r) => [r.a, r.b]);
}

/**
 * Up to `max` true deals split over several graph deals, then up to `max` graph deals holding
 * several true deals, each report as "article: evidence -> deal": what to look at when a
 * score falls short.
 */
function examplesOf(reports: Shown[], max: number): string[] {
  const group = (key: (r: Shown) => string, other: (r: Shown) => string) => {
    const groups = new Map<string, Shown[]>();
    for (const r of reports) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups.values()].filter((g) => new Set(g.map(other)).size > 1).slice(0, max);
  };
  const show = (title: string, groups: Shown[][]) =>
    groups.flatMap((g) => [title, ...g.map((r) => `  ${r.article}: ${r.evidence} -> ${r.deal} (truth ${r.truth})`)]);
  return [...show("missed: one true deal in several deals", group((r) => r.truth, (r) => r.deal)), ...show("wrong: several true deals in one deal", group((r) => r.deal, (r) => r.truth))];
}

/** One size in one mode: load into an emptied graph, then score. */
async function measure(database: { db: Db; driver: Driver; name: string | undefined }, seed: number, n: number, mode: Mode, examples = 0): Promise<Row> {
  const { articles, truthOf } = variedArticles(seed, n);
  await reset(database.driver, database.name);
  const seconds = await load(database.db, articles, mode);
  const reports = await placedReports(database.db, truthOf);
  const links = await possibleDuplicates(database.db);
  const [counted] = await database.db.read<{ deals: number }>("// eval.dealCount\nMATCH (i:Investment) RETURN count(i) AS deals");
  return {
    articles: n,
    mode,
    reports: reports.length,
    trueDeals: new Set(truthOf.values()).size,
    graphDeals: counted?.deals ?? 0,
    seconds,
    links: links.length,
    linksOfOneTruth: linksOfOneTruth(links, reports),
    examples: mode === "scored" ? examplesOf(reports, examples) : [],
    ...pairScores(reports),
  };
}

function table(rows: Row[]): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const keyTime = (r: Row) => rows.find((k) => k.articles === r.articles && k.mode === "key")?.seconds;
  const added = (r: Row) => {
    const base = keyTime(r);
    return r.mode === "key" || base === undefined ? "" : `${(r.seconds - base >= 0 ? "+" : "")}${(r.seconds - base).toFixed(1)} s (${(((r.seconds - base) / base) * 100).toFixed(0)}%)`;
  };
  return [
    "| articles | resolution | deal reports | true deals | graph deals | TP | FP | FN | precision | recall | load | resolution adds | possible duplicates (same truth) |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${n(r.articles)} | ${r.mode} | ${n(r.reports)} | ${n(r.trueDeals)} | ${n(r.graphDeals)} | ${n(r.tp)} | ${n(r.fp)} | ${n(r.fn)} | ` +
        `${r.precision.toFixed(4)} | ${r.recall.toFixed(4)} | ${r.seconds.toFixed(1)} s | ${added(r)} | ${n(r.links)} (${n(r.linksOfOneTruth)}) |`,
    ),
  ].join("\n");
}

/** The goals, judged on scored resolution at every size. */
function goalLines(rows: Row[]): string[] {
  return rows
    .filter((r) => r.mode === "scored")
    .flatMap((r) => [
      `goal precision >= ${GOALS.precision} at ${formatCount(r.articles)} articles: ${r.precision >= GOALS.precision ? "met" : "MISSED"} (${r.precision.toFixed(4)})`,
      `goal recall >= ${GOALS.recall} at ${formatCount(r.articles)} articles: ${r.recall >= GOALS.recall ? "met" : "MISSED"} (${r.recall.toFixed(4)})`,
    ]);
}

/** The options, or the exit code (--help, or a mistake already printed), or what is wrong with a value. */
function parseOptions(argv: string[]): { sizes: number[]; seed: number; examples: number; resetDatabase: boolean } | number | string {
  const args = readArgs(
    {
      name: "eval:resolution",
      usage: USAGE,
      options: { articles: { type: "string", default: "1k,10k" }, seed: { type: "string", default: "7" }, examples: { type: "string", default: "0" }, "reset-database": { type: "boolean", default: false } },
    },
    argv,
  );
  if (args.exit !== undefined) return args.exit;
  const { values } = args;
  const sizes = values.articles.split(",").map(parseCount);
  const seed = Number(values.seed);
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) return `--articles takes sizes such as 1k,10k, got ${JSON.stringify(values.articles)}`;
  const examples = Number(values.examples);
  if (!Number.isInteger(seed)) return `--seed takes a whole number, got ${JSON.stringify(values.seed)}`;
  if (!Number.isInteger(examples) || examples < 0) return `--examples takes a count, got ${JSON.stringify(values.examples)}`;
  return { sizes: [...sizes].sort((a, b) => a - b), seed, examples, resetDatabase: values["reset-database"] };
}

export async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === "number") return options;
  if (typeof options === "string") {
    console.error(`eval:resolution: ${options}\n${USAGE}`);
    return 2;
  }
  if (process.env.NEO4J_URI && !options.resetDatabase) {
    console.error(`eval:resolution: NEO4J_URI is set and this empties the database: pass --reset-database to allow it\n${USAGE}`);
    return 2;
  }
  const tmp = process.env.NEO4J_DATA_DIR ? undefined : await mkdtemp(path.join(os.tmpdir(), "dealgraph-eval-resolution-"));
  const config = loadConfig({ ...process.env, ...(tmp ? { NEO4J_DATA_DIR: tmp } : {}) });
  const log = (m: string) => console.error(`eval:resolution: ${m}`);
  const opened = await openDatabase(config, log);
  const rows: Row[] = [];
  try {
    await applyMigrations(opened.driver, config.NEO4J_DATABASE);
    const database = { db: new Db(opened.driver, { database: config.NEO4J_DATABASE }), driver: opened.driver, name: config.NEO4J_DATABASE };
    // Warm-up: the JVM compiles and Neo4j plans every query once, so neither mode's first load pays for it.
    for (const mode of MODES) await measure(database, options.seed + 1, 200, mode);
    for (const n of options.sizes) {
      for (const mode of MODES) {
        const row = await measure(database, options.seed, n, mode, options.examples);
        log(`${formatCount(n)} articles, ${mode}: ${row.seconds.toFixed(1)} s, precision ${row.precision.toFixed(4)}, recall ${row.recall.toFixed(4)}`);
        rows.push(row);
      }
    }
  } finally {
    await opened.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
  console.log(`Deal resolution on the varied stream, seed ${options.seed} (pairs of reports: TP same truth and deal, FP same deal only, FN same truth only).\n`);
  console.log(table(rows));
  console.log(`\n${goalLines(rows).join("\n")}`);
  for (const r of rows.filter((x) => x.examples.length)) console.log(`\nExamples at ${formatCount(r.articles)} articles, scored:\n${r.examples.join("\n")}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
