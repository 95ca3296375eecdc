// The loader's pipeline, shared by `npm run seed` and the ingestArticle mutation:
// read -> validate every article (shape, refs, evidence, entity resolution) -> write
// in batches, one transaction each, only when every article is valid (rule 5).
import type { Db } from "../db/db.js";
import { listArticleFiles, readArticleFile } from "./files.js";
import { type ArticleLimits, DEFAULT_ARTICLE_LIMITS } from "./limits.js";
import type { Article } from "./model.js";
import { InvalidArticlesError, type Problem } from "./problems.js";
import { Resolver } from "./resolve.js";
import { idFromFileName, validateArticle } from "./validate.js";
import { type ArticleWriteResult, contentHash, writeBatch } from "./write.js";

/**
 * Articles per transaction. A transaction holds whole articles only, so a crash leaves
 * whole articles (rule 5); batching saves a round trip per query per article.
 */
export const DEFAULT_BATCH_SIZE = 100;

export interface LoadOptions {
  /** Validate everything, write nothing. */
  dryRun?: boolean;
  batchSize?: number;
  /** Called after each batch is committed, for progress display. */
  onBatch?: (results: ArticleWriteResult[], done: number, total: number) => void;
  /** What one article may hold (the ARTICLE_MAX_* settings); default: their defaults. */
  limits?: ArticleLimits;
}

export interface LoadReport {
  files: string[];
  articles: ArticleWriteResult[];
  dryRun: boolean;
}

/** Reads and checks files and folders; every problem of every file, nothing written. */
export async function readArticles(
  paths: string[],
  limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS,
): Promise<{ files: string[]; articles: Article[]; problems: Problem[] }> {
  const { files, problems } = await listArticleFiles(paths);
  const articles: Article[] = [];
  for (const file of files) {
    const read = await readArticleFile(file, limits.maxFileBytes);
    problems.push(...read.problems);
    if (read.data === undefined) continue;
    const checked = validateArticle(file, read.data, idFromFileName(file), limits);
    problems.push(...checked.problems);
    if (checked.article) articles.push(checked.article);
  }
  problems.push(...duplicateIds(articles));
  return { files, articles, problems };
}

/** Two articles of one run with the same id: the later one is the problem. */
export function duplicateIds(articles: Article[]): Problem[] {
  const firstOf = new Map<string, string>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const first = firstOf.get(article.id);
    if (first) problems.push({ file: article.origin, path: "id", message: `${JSON.stringify(article.id)} is also the id of ${first}` });
    else firstOf.set(article.id, article.origin);
  }
  return problems;
}

/**
 * Checks entity resolution of the articles, in order, against the graph as it is
 * (read-only), seeing what earlier articles of the run will have created: the same
 * answer the writes will get, unless someone else writes in between.
 */
export async function checkResolution(db: Db, articles: Article[], chunk = 1000): Promise<Problem[]> {
  const resolver = new Resolver((c, p) => db.read(c, p));
  const problems: Problem[] = [];
  for (let i = 0; i < articles.length; i += chunk) {
    for (const r of await resolver.resolve(articles.slice(i, i + chunk))) problems.push(...r.problems);
  }
  return problems;
}

/** Writes validated articles in order, a batch per transaction. */
export async function writeArticles(db: Db, articles: Article[], options: LoadOptions = {}): Promise<ArticleWriteResult[]> {
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const results: ArticleWriteResult[] = [];
  for (let i = 0; i < articles.length; i += size) {
    const batch = articles.slice(i, i + size);
    const written = await db.writeTransaction((tx) => writeBatch(tx, batch));
    results.push(...written);
    options.onBatch?.(written, results.length, articles.length);
  }
  return results;
}

/** The articles whose content differs from what the graph holds (new ones included). */
export async function changedArticles(db: Db, articles: Article[], chunk = 5000): Promise<Article[]> {
  const changed: Article[] = [];
  for (let i = 0; i < articles.length; i += chunk) {
    const part = articles.slice(i, i + chunk);
    const rows = await db.read<{ id: string; hash: string }>(
      "// ingest.storedHashes\nUNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.contentHash AS hash",
      { ids: part.map((a) => a.id) },
    );
    const stored = new Map(rows.map((r) => [r.id, r.hash]));
    changed.push(...part.filter((a) => stored.get(a.id) !== contentHash(a)));
  }
  return changed;
}

/** The whole pipeline over files and folders. Throws InvalidArticlesError, having written nothing. */
export async function loadArticles(db: Db, paths: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const { files, articles, problems } = await readArticles(paths, options.limits);
  // Unchanged articles were resolved when they were written; re-loading skips them early.
  problems.push(...(await checkResolution(db, await changedArticles(db, articles))));
  if (problems.length) throw new InvalidArticlesError(problems);
  if (options.dryRun) return { files, articles: [], dryRun: true };
  return { files, articles: await writeArticles(db, articles, options), dryRun: false };
}
