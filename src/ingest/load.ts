// The loader's pipeline, shared by `npm run seed` and the ingestArticle mutation:
// read -> validate every article (shape, refs, evidence, entity resolution) -> write
// each article in its own transaction, only when every article is valid (rule 5).
import type { Db } from "../graph/db.js";
import { listArticleFiles, readArticleFile } from "./files.js";
import type { Article } from "./model.js";
import { InvalidArticlesError, type Problem } from "./problems.js";
import { resolveEntities } from "./resolve.js";
import { idFromFileName, validateArticle } from "./validate.js";
import { type ArticleWriteResult, writeArticle } from "./write.js";

export interface LoadOptions {
  /** Validate everything, write nothing. */
  dryRun?: boolean;
  /** Called after each article is written, for progress display. */
  onArticle?: (result: ArticleWriteResult, done: number, total: number) => void;
}

export interface LoadReport {
  files: string[];
  articles: ArticleWriteResult[];
  dryRun: boolean;
}

/** Reads and checks files and folders; every problem of every file, nothing written. */
export async function readArticles(paths: string[]): Promise<{ files: string[]; articles: Article[]; problems: Problem[] }> {
  const { files, problems } = await listArticleFiles(paths);
  const articles: Article[] = [];
  for (const file of files) {
    const read = await readArticleFile(file);
    problems.push(...read.problems);
    if (read.data === undefined) continue;
    const checked = validateArticle(file, read.data, idFromFileName(file));
    problems.push(...checked.problems);
    if (checked.article) articles.push(checked.article);
  }
  const firstFileOf = new Map<string, string>();
  for (const article of articles) {
    const first = firstFileOf.get(article.id);
    if (first) problems.push({ file: article.origin, path: "id", message: `${JSON.stringify(article.id)} is also the id of ${first}` });
    else firstFileOf.set(article.id, article.origin);
  }
  return { files, articles, problems };
}

/**
 * Checks entity resolution of each article against the graph as it is (read-only).
 * An entity that a new article of the same run creates is not seen here; should that
 * make a later article ambiguous, its write fails and the run stops there, leaving the
 * articles before it written whole (rule 5).
 */
export async function checkResolution(db: Db, articles: Article[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const article of articles) {
    problems.push(...(await resolveEntities((c, p) => db.read(c, p), article)).problems);
  }
  return problems;
}

/** Writes validated articles, one transaction each, in order. */
export async function writeArticles(db: Db, articles: Article[], options: LoadOptions = {}): Promise<ArticleWriteResult[]> {
  const results: ArticleWriteResult[] = [];
  for (const article of articles) {
    const result = await db.writeTransaction((tx) => writeArticle(tx, article));
    results.push(result);
    options.onArticle?.(result, results.length, articles.length);
  }
  return results;
}

/** The whole pipeline over files and folders. Throws InvalidArticlesError, having written nothing. */
export async function loadArticles(db: Db, paths: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const { files, articles, problems } = await readArticles(paths);
  problems.push(...(await checkResolution(db, articles)));
  if (problems.length) throw new InvalidArticlesError(problems);
  if (options.dryRun) return { files, articles: [], dryRun: true };
  return { files, articles: await writeArticles(db, articles, options), dryRun: false };
}
