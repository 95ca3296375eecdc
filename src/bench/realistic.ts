// The graph of realistic shape that issue 11 was tried on, built the way the issue built
// it, for the tests (tests/helpers/realistic-graph.ts) and the mixed load run
// (`npm run bench:load -- --mixed`). The generator (compare/generate.ts) writes article
// files for seeds 42 and 7, 2,500 deals each, into one folder, and the real loader
// (`loadArticles`, what `npm run seed` runs) loads it. The two seeds name their oldest
// investors alike ("Loka Ventures", "Loka Capital", both "Loka" for short), so entity
// resolution merges them into hubs: `loka-ventures` sits in 856 deals, which no
// single seed reaches below ~10,000 deals (too slow to load in a test's setup).
//
// By hand, the same graph:
//   npm run gen -- --deals 2500 --seed 42 --out /tmp/realistic
//   npm run gen -- --deals 2500 --seed 7 --out /tmp/realistic
//   npm run seed -- /tmp/realistic
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Db } from "../db/db.js";
import { loadArticles } from "../ingest/pipeline.js";
import { dealStream, type GeneratedArticle, writeArticleFiles } from "./compare/generate.js";

/** Which seeds of the generator's stream, and how many deals of each. */
export const REALISTIC_RECIPE = { seeds: [42, 7], dealsPerSeed: 2500 } as const;

export interface RealisticGraph {
  /** Nodes of each kind in the graph. */
  counts: { articles: number; deals: number; companies: number; people: number; roles: number; relations: number };
  /** The investor in the most deals (a Company: the generator's hubs are firms). */
  hub: { id: string; name: string; deals: number };
  /** The five busiest investors, busiest first (hub is the first). */
  hubs: Array<{ id: string; name: string; deals: number }>;
  /** The company with the most distinct investors over all its deals. */
  crowdedTarget: { id: string; name: string; investors: number; deals: number };
  /** The deal reported by the most articles. */
  mostSourcedDeal: { id: string; sources: number };
  /** Nine companies: the five most connected (the hubs), then four from the middle of the list. */
  companyIds: string[];
  /** A company known by several names: search it by `alias`, find `id`. */
  aliased: { id: string; name: string; alias: string };
  /** People with the longest careers (most roles), longest first. */
  personIds: string[];
  /** The article with the largest body, and its length in characters. */
  largestArticle: { id: string; bodyChars: number };
  /** Wall-clock seconds: generating the files, and loading them. */
  seconds: { generate: number; load: number };
}

/**
 * Writes the recipe's files to a temporary folder and loads them into `db`, which should
 * be empty and migrated; returns the graph's facts, read from it. About 1,000 articles.
 *
 * @example
 *   const graph = await buildRealisticGraph(new Db(driver));
 *   console.log(graph.hub.id, graph.hub.deals);   // loka-ventures 856
 */
export async function buildRealisticGraph(db: Db): Promise<RealisticGraph> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-realistic-"));
  try {
    const started = performance.now();
    for (const seed of REALISTIC_RECIPE.seeds) await writeArticleFiles(dir, { seed, deals: REALISTIC_RECIPE.dealsPerSeed });
    const generated = performance.now();
    await loadArticles(db, [dir]);
    const loaded = performance.now();
    return { ...(await realisticFacts(db)), seconds: { generate: (generated - started) / 1000, load: (loaded - generated) / 1000 } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The articles that follow the recipe's first seed in the generator's stream: new articles
 * naming the graph's entities (its hubs among them) as the stream goes on, for writers.
 */
export function* realisticFollowUps(): Generator<GeneratedArticle> {
  let deals = 0;
  for (const { article, newDeals } of dealStream(REALISTIC_RECIPE.seeds[0])) {
    if (deals >= REALISTIC_RECIPE.dealsPerSeed) yield article;
    deals += newDeals;
  }
}

/** Reads the facts of RealisticGraph from the graph at `db`. */
export async function realisticFacts(db: Db): Promise<Omit<RealisticGraph, "seconds">> {
  const one = async <T>(cypher: string): Promise<T> => {
    const [row] = await db.read<T>(cypher);
    if (!row) throw new Error(`realistic graph: no row for ${cypher.split("\n")[0]}`);
    return row;
  };
  const counts = await one<RealisticGraph["counts"]>(`// bench.realistic.counts
    RETURN COUNT { (:Article) } AS articles, COUNT { (:Investment) } AS deals, COUNT { (:Company) } AS companies,
           COUNT { (:Person) } AS people, COUNT { (:Role) } AS roles, COUNT { (:Relation) } AS relations`);
  const hubs = await db.read<RealisticGraph["hub"]>(`// bench.realistic.hubs
    MATCH (c:Company)-[:INVESTED]->(i:Investment)
    WITH c, count(i) AS deals ORDER BY deals DESC, c.id LIMIT 5
    RETURN c.id AS id, c.name AS name, deals`);
  if (!hubs.length) throw new Error("realistic graph: no investor in any deal; is the graph loaded?");
  const crowdedTarget = await one<RealisticGraph["crowdedTarget"]>(`// bench.realistic.crowdedTarget
    MATCH (t:Company)<-[:TARGET]-(i:Investment)<-[:INVESTED]-(x)
    WITH t, count(DISTINCT x) AS investors, count(DISTINCT i) AS deals ORDER BY investors DESC, deals DESC, t.id LIMIT 1
    RETURN t.id AS id, t.name AS name, investors, deals`);
  const mostSourcedDeal = await one<RealisticGraph["mostSourcedDeal"]>(`// bench.realistic.mostSourcedDeal
    MATCH (i:Investment) WITH i, COUNT { (i)-[:SOURCED_FROM]->(:Article) } AS sources
    ORDER BY sources DESC, i.id LIMIT 1 RETURN i.id AS id, sources`);
  const { ids: companyIds } = await one<{ ids: string[] }>(`// bench.realistic.companies
    MATCH (c:Company) WITH c ORDER BY COUNT { (c)--() } DESC, c.id
    WITH collect(c.id) AS ids
    RETURN ids[0..5] + ids[size(ids) / 2 .. size(ids) / 2 + 4] AS ids`);
  const aliased = await one<RealisticGraph["aliased"]>(`// bench.realistic.aliased
    MATCH (c:Company) WHERE size(c.aliases) >= 2
    WITH c ORDER BY COUNT { (c)--() } DESC, c.id LIMIT 1
    RETURN c.id AS id, c.name AS name, c.aliases[size(c.aliases) - 1] AS alias`);
  const people = await db.read<{ id: string }>(`// bench.realistic.people
    MATCH (p:Person) WITH p ORDER BY COUNT { (p)-[:HOLDS]->(:Role) } DESC, p.id LIMIT 5 RETURN p.id AS id`);
  const largestArticle = await one<RealisticGraph["largestArticle"]>(`// bench.realistic.largestArticle
    MATCH (a:Article) WITH a ORDER BY size(a.body) DESC, a.id LIMIT 1 RETURN a.id AS id, size(a.body) AS bodyChars`);
  return { counts, hub: hubs[0]!, hubs, crowdedTarget, mostSourcedDeal, companyIds, aliased, personIds: people.map((p) => p.id), largestArticle };
}
