// Grows a graph to N generated deals, continuing where an earlier run stopped: the graph
// records how much of which seed's stream it holds in one (:GeneratedPrefix {seed}) node
// (outside the model: no :Node label, so no query of the API sees it).
import type { Db } from "../../db/db.js";
import { writeArticles } from "../../ingest/pipeline.js";
import { validateArticle } from "../../ingest/validate.js";
import { BulkLoader } from "./bulk.js";
import { dealStream, type GeneratedArticle } from "./generate.js";

export type LoadPath = "ingest" | "bulk";

export interface GrowOptions {
  seed: number;
  deals: number;
  /** How to write: the ingest path (the loader of `npm run seed`), or the bulk path (bulk.ts). */
  path: LoadPath;
  log?: (message: string) => void;
}

export interface GrowReport {
  deals: number;
  articles: number;
  /** Articles written by this call. */
  written: number;
  seconds: number;
}

interface Prefix {
  articles: number;
  deals: number;
}

/** How much of `seed`'s stream the graph holds. */
export async function generatedPrefix(db: Db, seed: number): Promise<Prefix> {
  const [row] = await db.read<Prefix>("// bench.prefix\nMATCH (g:GeneratedPrefix {seed: $seed}) RETURN g.articles AS articles, g.deals AS deals", { seed });
  return row ?? { articles: 0, deals: 0 };
}

const SAVE_PREFIX = "// bench.savePrefix\nMERGE (g:GeneratedPrefix {seed: $seed}) SET g.articles = $articles, g.deals = $deals";

/**
 * Adds the next articles of `seed`'s stream until the graph holds at least `deals` deals
 * (nothing when it already does). Sizes load on top of each other: 1k, then 10k adds 9k.
 *
 * @example
 *   await growGraph(db, { seed: 42, deals: 10_000, path: "ingest", log: console.error });
 */
export async function growGraph(db: Db, { seed, deals, path, log = () => {} }: GrowOptions): Promise<GrowReport> {
  const started = performance.now();
  const prefix = await generatedPrefix(db, seed);
  const stream = dealStream(seed);
  const held: GeneratedArticle[] = [];
  for (let i = 0; i < prefix.articles; i++) held.push(stream.next().value!.article);
  let total = prefix.deals;
  const fresh: GeneratedArticle[] = [];
  const counts: number[] = [];
  while (total < deals) {
    const { article, newDeals } = stream.next().value!;
    total += newDeals;
    fresh.push(article);
    counts.push(total);
  }
  if (!fresh.length) return { deals: prefix.deals, articles: prefix.articles, written: 0, seconds: 0 };

  const every = Math.max(1, Math.floor(fresh.length / 10));
  let reported = 0;
  const progress = (done: number) => {
    if (done - reported >= every || done === fresh.length) {
      reported = done;
      const s = (performance.now() - started) / 1000;
      log(`${path}: ${(prefix.articles + done).toLocaleString("en-US")} articles, ${counts[done - 1]!.toLocaleString("en-US")} deals (${Math.round(done / s)} articles/s)`);
    }
  };

  if (path === "bulk") {
    const bulk = new BulkLoader(db);
    bulk.replay(held);
    await bulk.write(fresh, async (tx, done) => {
      await tx.run(SAVE_PREFIX, { seed, articles: prefix.articles + done, deals: counts[done - 1]! });
      progress(done);
    });
  } else {
    held.length = 0;
    const validated = fresh.map((a) => {
      const { article, problems } = validateArticle(a.id, a, a.id);
      if (!article) throw new Error(`generated article ${a.id} is invalid: ${JSON.stringify(problems)}`);
      return article;
    });
    await writeArticles(db, validated, {
      onBatch: (_results, done) => {
        progress(done);
      },
    });
    await db.write(SAVE_PREFIX, { seed, articles: prefix.articles + fresh.length, deals: total });
  }
  return { deals: total, articles: prefix.articles + fresh.length, written: fresh.length, seconds: (performance.now() - started) / 1000 };
}

/** "1k" -> 1000, "2.5m" -> 2500000, "300" -> 300; NaN when it is not one. */
export function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) return Number.NaN;
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1));
}

/** 1000 -> "1k", 1000000 -> "1M". */
export function formatCount(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 100 === 0) return `${n / 1e3}k`;
  return String(n);
}
