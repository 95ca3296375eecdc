// The article pipeline, one straight line for every entry point (`npm run seed`, the
// ingestArticle and removeArticle mutations, the benchmarks):
//
//   parse (files.ts) -> validate (validate.ts) -> resolve (resolve.ts, read-only)
//     -> plan (plan.ts, pure) -> apply (apply.ts, the only writer) -> publish (publish.ts)
//
// Every article of a run is validated, resolved and planned before anything is written:
// a run with any problem writes nothing and reports them all (format rule 5). Then each
// batch of articles is one transaction, so a crash leaves whole articles, and each batch's
// changes are announced once it is committed. Hashing and resolution happen once per run.
import type { Db, Tx } from "../db/db.js";
import type { EventBus } from "../events/bus.js";
import { applyBatch, applyWithdrawal } from "./apply.js";
import { listDecisionFiles, loadDecisions, readDecisionFiles } from "./decisions-files.js";
import { listArticleFiles, readArticleFile } from "./files.js";
import { type ArticleLimits, DEFAULT_ARTICLE_LIMITS } from "./limits.js";
import type { Article } from "./model.js";
import { type ArticlePlan, type ArticleWriteResult, planArticles } from "./plan.js";
import { InvalidArticlesError, type Problem } from "./problems.js";
import { publishResults } from "./publish.js";
import { type DealResolution, type ResolvedArticle, resolveArticles } from "./resolve.js";
import { idFromFileName, validateArticle, validateRun } from "./validate.js";
import { storedArticles } from "../store/articles/index.js";

/**
 * Articles per transaction. A transaction holds whole articles only, so a crash leaves
 * whole articles (rule 5); batching saves a round trip per query per article.
 */
export const DEFAULT_BATCH_SIZE = 100;

export interface WriteOptions {
  batchSize?: number;
  /** Called after each batch is committed, for progress display. */
  onBatch?: (results: ArticleWriteResult[], done: number, total: number) => void;
  /** Where changes are announced once committed; none: not announced. */
  publish?: EventBus;
  /** How reports without a deal id find their deal; default "scored" (see resolve.ts). */
  resolution?: DealResolution;
}

export interface LoadOptions extends WriteOptions {
  /** Validate everything (resolution included), write nothing. */
  dryRun?: boolean;
  /** What one article may hold (the ARTICLE_MAX_* settings); default: their defaults. */
  limits?: ArticleLimits;
}

export interface LoadReport {
  files: string[];
  articles: ArticleWriteResult[];
  /** Decisions from decision files the graph did not have, now recorded and applied. */
  decisions: number;
  dryRun: boolean;
}

/** Parses and validates files and folders: every problem of every file; nothing read from the graph. */
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
  problems.push(...validateRun(articles));
  return { files, articles, problems };
}

/** The whole pipeline over files and folders. Throws InvalidArticlesError, having written nothing. */
export async function loadArticles(db: Db, paths: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const { files, articles, problems } = await readArticles(paths, options.limits);
  const decisionFiles = await listDecisionFiles(paths);
  const decided = await readDecisionFiles(decisionFiles);
  problems.push(...decided.problems);
  if (options.dryRun || problems.length) {
    // The valid files are resolved even when others are not, so that one run reports every problem.
    await resolveAndPlan(db, articles, problems, options.resolution);
    return { files: [...decisionFiles, ...files], articles: [], decisions: 0, dryRun: true };
  }
  // Decisions first: resolution follows them for the articles loaded next (decisions-files.ts).
  const applied = await loadDecisions(db, decided.decisions);
  const plans = await resolveAndPlan(db, articles, problems, options.resolution);
  return { files: [...decisionFiles, ...files], articles: await applyAll(db, plans, options), decisions: applied, dryRun: false };
}

/**
 * The pipeline from validated articles (the mutation's, the benchmarks'): the run's own
 * rules, resolution, plan, then the writes in batches. Throws InvalidArticlesError, having
 * written nothing.
 */
export async function writeArticles(db: Db, articles: Article[], options: WriteOptions = {}): Promise<ArticleWriteResult[]> {
  return applyAll(db, await resolveAndPlan(db, articles, validateRun(articles), options.resolution), options);
}

/** Withdraws articles (those the graph does not hold are left out of the answer), announcing what changed. */
export async function withdrawArticles(db: Db, ids: string[], options: Pick<WriteOptions, "publish"> = {}): Promise<ArticleWriteResult[]> {
  const stored = (await storedArticles(db.reader(), ids)).filter((s) => s.hash !== null);
  const results = await announcedWrite(db, options.publish, (tx) => applyWithdrawal(tx, stored));
  await announce(db, options.publish, results);
  return results;
}

/** Resolves every article against the graph (read-only), then plans them; throws on any problem, `found` earlier included. */
async function resolveAndPlan(db: Db, articles: Article[], found: readonly Problem[], resolution?: DealResolution): Promise<ArticlePlan[]> {
  const resolved: ResolvedArticle[] = await resolveArticles(db.reader(), articles, { resolution });
  const problems = [...found, ...resolved.flatMap((r) => r.problems)];
  if (problems.length) throw new InvalidArticlesError(problems);
  return planArticles(resolved);
}

/**
 * A write transaction whose changes `bus` will carry to every instance, counted as
 * announced (Db WriteOptions): only a shared bus (Redis) reaches the others; an in-process
 * one leaves the write to be found by their check of the write counts. When the
 * transaction fails, it may still have committed (an acknowledgement lost, a deadline
 * passed at the commit), and no change will be published: it is counted unannounced.
 */
async function announcedWrite<T>(db: Db, bus: EventBus | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  const announced = bus?.shared === true;
  try {
    return await db.writeTransaction(work, { announced });
  } catch (error) {
    if (announced) await db.countUnannounced().catch(() => undefined);
    throw error;
  }
}

/**
 * Publishes a committed batch's changes. The batch's transaction counted itself announced
 * (Db WriteOptions); when the bus lost a change, it is counted unannounced after all, so
 * the response caches that missed it drop everything (src/api/server/response-cache.ts).
 */
async function announce(db: Db, bus: EventBus | undefined, results: readonly ArticleWriteResult[]): Promise<void> {
  const { lost } = await publishResults(bus, results);
  if (lost && bus?.shared) await db.countUnannounced().catch(() => undefined);
}

/** Applies planned articles in order, a batch per transaction, announcing each batch once committed. */
async function applyAll(db: Db, plans: ArticlePlan[], options: WriteOptions): Promise<ArticleWriteResult[]> {
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const results: ArticleWriteResult[] = [];
  for (let i = 0; i < plans.length; i += size) {
    const written = await announcedWrite(db, options.publish, (tx) => applyBatch(tx, plans.slice(i, i + size)));
    results.push(...written);
    await announce(db, options.publish, written);
    options.onBatch?.(written, results.length, plans.length);
  }
  return results;
}
