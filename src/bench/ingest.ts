// `npm run bench:ingest -- [--sizes 1000,10000] [--seed 42]`: loads N synthetic articles
// through Dealgraph's loader and, in the same run on the same database, writes the same
// facts with plain batched UNWIND ... MERGE through the driver (the baseline), then
// prints articles/s and facts/s side by side and saves the table under bench/results/.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { readArgsOrExit } from "../cli/args.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import { loadArticles, writeArticles } from "../ingest/pipeline.js";
import type { Article } from "../ingest/model.js";
import { validateArticle } from "../ingest/validate.js";
import { slugify } from "../text/fold.js";
import { syntheticArticles } from "./synthetic.js";

const { values } = readArgsOrExit({
  name: "bench:ingest",
  usage: `usage: dealgraph bench:ingest [--sizes 1000,10000] [--seed 42]
  Loads N synthetic articles through the loader, then the same facts with plain batched
  UNWIND ... MERGE, into a new embedded Neo4j (or NEO4J_URI, which it empties), and prints
  articles/s and facts/s side by side (saved under bench/results/).`,
  options: { sizes: { type: "string", default: "1000,10000" }, seed: { type: "string", default: "42" } },
});
const sizes = values.sizes!.split(",").map(Number);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`bench:ingest: --sizes takes positive whole numbers, got ${JSON.stringify(values.sizes)}`);
  process.exit(1);
}

async function reset(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function counts(db: Db): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read<{ nodes: number; rels: number }>(
    "// bench.counts\nCALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  return row!;
}

/**
 * The floor: the same articles' facts written with one UNWIND ... MERGE per kind of
 * thing per batch of 100 articles, entities keyed by the slug of their name. No
 * validation, no name resolution, no several-sources bookkeeping, no re-derivation.
 */
async function baseline(db: Db, articles: Article[]): Promise<void> {
  for (let i = 0; i < articles.length; i += 100) {
    const batch = articles.slice(i, i + 100);
    const idOf = (a: Article, ref: string) => slugify(a.entities.find((e) => e.ref === ref)!.name);
    await db.writeTransaction(async (tx) => {
      await tx.run(
        `UNWIND $rows AS r
         MERGE (a:Article {id: r.id}) ON CREATE SET a:Node SET a.title = r.title, a.publishedOn = r.publishedOn, a.body = r.body
         WITH a, r UNWIND r.entities AS e
         MERGE (n:Entity {id: e.id}) ON CREATE SET n:Node:$(e.type), n.name = e.name
         MERGE (a)-[:MENTIONS]->(n)`,
        {
          rows: batch.map((a) => ({
            id: a.id, title: a.title, publishedOn: a.publishedOn, body: a.body,
            entities: a.entities.map((e) => ({ id: slugify(e.name), type: e.type, name: e.name })),
          })),
        },
      );
      await tx.run(
        `UNWIND $rows AS r
         MATCH (a:Article {id: r.articleId})
         MERGE (i:Investment {id: r.id}) ON CREATE SET i:Node:Fact
         SET i.kind = r.kind, i.amountValue = r.amount, i.announcedOn = r.announcedOn
         CREATE (i)-[:SOURCED_FROM {evidence: r.evidence}]->(a)
         WITH i, r
         MATCH (t:Company {id: r.target}) MERGE (i)-[:TARGET]->(t)
         WITH i, r UNWIND r.investors AS inv
         MATCH (x:Entity {id: inv}) MERGE (x)-[:INVESTED]->(i)`,
        {
          rows: batch.flatMap((a) =>
            (a.investments ?? []).map((x) => {
              const investors = x.investors.map((r) => idOf(a, r));
              const target = idOf(a, x.target);
              return {
                articleId: a.id, id: `${target}-${x.kind}-${x.announcedOn}-${[...investors].sort().join("-")}`.toLowerCase(),
                kind: x.kind, amount: x.amount?.value ?? null, announcedOn: x.announcedOn ?? null, evidence: x.evidence, target, investors,
              };
            }),
          ),
        },
      );
      await tx.run(
        `UNWIND $rows AS r
         MATCH (a:Article {id: r.articleId}), (p:Person {id: r.person}), (c:Company {id: r.company})
         MERGE (x:Role {id: r.id}) ON CREATE SET x:Node:Fact SET x.title = r.title, x.since = r.since
         CREATE (x)-[:SOURCED_FROM {evidence: r.evidence}]->(a)
         MERGE (p)-[:HOLDS]->(x) MERGE (x)-[:AT]->(c)`,
        {
          rows: batch.flatMap((a) =>
            (a.roles ?? []).map((x) => ({
              articleId: a.id, person: idOf(a, x.person), company: idOf(a, x.company), title: x.title, since: x.since ?? null, evidence: x.evidence,
              id: `${idOf(a, x.person)}--${idOf(a, x.company)}--${slugify(x.title)}`,
            })),
          ),
        },
      );
      await tx.run(
        `UNWIND $rows AS r
         MATCH (a:Article {id: r.articleId}), (f:Company {id: r.from}), (t:Company {id: r.to})
         MERGE (x:Relation {id: r.id}) ON CREATE SET x:Node:Fact, x.type = r.type
         CREATE (x)-[:SOURCED_FROM {evidence: r.evidence}]->(a)
         MERGE (x)-[:FROM]->(f) MERGE (x)-[:TO]->(t)`,
        {
          rows: batch.flatMap((a) =>
            (a.relations ?? []).map((x) => ({
              articleId: a.id, type: x.type, from: idOf(a, x.from), to: idOf(a, x.to), evidence: x.evidence,
              id: `${x.type}--${idOf(a, x.from)}--${idOf(a, x.to)}`.toLowerCase(),
            })),
          ),
        },
      );
    });
  }
}

interface Row {
  articles: number;
  facts: number;
  dealgraph: number;
  writeOnly: number;
  baseline: number;
  reload: number;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), "dealgraph-bench-"))) });
  const database = await openDatabase(config, (m) => console.error(`bench:ingest: ${m}`));
  const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
  await applyMigrations(database.driver, config.NEO4J_DATABASE);
  const rows: Row[] = [];
  try {
    // Warm-up: the JVM compiles, Neo4j plans every query once; neither side pays it in the table.
    const warm = [...syntheticArticles({ articles: 200, seed: seed + 1 })].map((a) => validateArticle(a.id, a, a.id).article!);
    await writeArticles(db, warm);
    await reset(database.driver);
    await baseline(db, warm);
    await reset(database.driver);

    for (const n of sizes) {
      const dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-articles-"));
      const articles: Article[] = [];
      let facts = 0;
      for (const a of syntheticArticles({ articles: n, seed })) {
        await writeFile(path.join(dir, `${a.id}.json`), JSON.stringify(a));
        const { article } = validateArticle(a.id, a, a.id);
        articles.push(article!);
        facts += (a.investments?.length ?? 0) + (a.roles?.length ?? 0) + (a.relations?.length ?? 0);
      }
      const time = async (label: string, work: () => Promise<unknown>) => {
        const started = performance.now();
        await work();
        const seconds = (performance.now() - started) / 1000;
        console.error(`bench:ingest: ${n} articles, ${label}: ${seconds.toFixed(1)} s`);
        return seconds;
      };

      await reset(database.driver);
      const dealgraph = await time("Dealgraph, files to graph", () => loadArticles(db, [dir]));
      const shape = await counts(db);
      const reload = await time("Dealgraph, same files again", () => loadArticles(db, [dir]));
      await reset(database.driver);
      const writeOnly = await time("Dealgraph, writes only", () => writeArticles(db, articles));
      await reset(database.driver);
      const base = await time("baseline UNWIND ... MERGE", () => baseline(db, articles));
      const baseShape = await counts(db);
      console.error(`bench:ingest: graph sizes: Dealgraph ${shape.nodes} nodes / ${shape.rels} rels; baseline ${baseShape.nodes} / ${baseShape.rels}`);
      rows.push({ articles: n, facts, dealgraph, writeOnly, baseline: base, reload });
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await database.close();
  }

  const rate = (count: number, s: number) => Math.round(count / s).toLocaleString("en-US");
  const table = [
    "| articles | facts | Dealgraph, files to graph | articles/s | facts/s | Dealgraph, writes only | baseline UNWIND MERGE | articles/s | ratio (files / baseline) | ratio (writes / baseline) | re-load, unchanged |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      `| ${r.articles.toLocaleString("en-US")} | ${r.facts.toLocaleString("en-US")} | ${r.dealgraph.toFixed(1)} s | ${rate(r.articles, r.dealgraph)} | ${rate(r.facts, r.dealgraph)} | ${r.writeOnly.toFixed(1)} s | ${r.baseline.toFixed(1)} s | ${rate(r.articles, r.baseline)} | ${(r.dealgraph / r.baseline).toFixed(2)}x | ${(r.writeOnly / r.baseline).toFixed(2)}x | ${r.reload.toFixed(1)} s |`,
    ),
  ].join("\n");
  console.log(table);
  const stamp = new Date().toISOString().slice(0, 10);
  await mkdir("bench/results", { recursive: true });
  const file = `bench/results/ingest-${stamp}.md`;
  await writeFile(
    file,
    `# Ingest benchmark, ${stamp}\n\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; embedded Neo4j 5.26; seed ${seed}.\n\n${table}\n`,
  );
  console.error(`bench:ingest: table saved to ${file}`);
}

await main();
