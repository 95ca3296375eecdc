// The ingest pipeline behind the mutations: the same steps as `npm run seed`
// (src/ingest/pipeline.ts), for one article sent as data, announced on the server's bus.
import { GraphQLError } from "graphql";
import type { Db } from "../../db/db.js";
import { ErrorCode, writesQueueFull } from "../errors.js";
import { type ArticleLimits, DEFAULT_ARTICLE_LIMITS } from "../../ingest/limits.js";
import type { EventBus } from "../../events/bus.js";
import { withdrawArticles, writeArticles } from "../../ingest/pipeline.js";
import type { ArticleWriteResult } from "../../ingest/plan.js";
import { InvalidArticlesError, type Problem } from "../../ingest/problems.js";
import { validateArticle } from "../../ingest/validate.js";
import type { IngestOutcome, IngestReport } from "./ingest.type.js";

/** What the mutations answer of a write (IngestReport; its `article` is resolved from `articleId`). */
export type ReportRecord = Omit<IngestReport, "outcome"> & { outcome: IngestOutcome };

export function toReport(result: ArticleWriteResult): ReportRecord {
  return {
    articleId: result.id,
    outcome: result.outcome.toUpperCase() as IngestOutcome,
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    removed: result.removed,
  };
}

/** GraphQL passes explicit nulls for fields left empty; the format says "absent" instead. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** Problems as one BAD_USER_INPUT error: every problem listed, each with its field path under `input`. */
export function invalidInput(argument: string, problems: Problem[]): GraphQLError {
  const fields = problems.map((p) => ({ field: p.path ? `${argument}.${p.path}` : argument, message: p.message }));
  return new GraphQLError(fields.map((f) => `${f.field}: ${f.message}`).join("; "), {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: fields[0]!.field, problems: fields },
  });
}

/**
 * Article writes, one at a time. Two editors loading articles at once that name the same
 * company would otherwise each resolve it as new and create it twice (the second as
 * "<id>-2"), and two writes touching one hub's deals deadlock in Neo4j for longer than the
 * driver's retries last. A write waits here within its request's deadline (its
 * transaction does not start after it), and at most `waiting` writes wait: past them, a
 * write is refused at once (SERVICE_UNAVAILABLE) rather than held until its deadline.
 * Instances behind a load balancer, or `npm run seed` beside a live API, still write side
 * by side: docs/operations.md says what that means.
 */
export class WriteQueue {
  private last: Promise<unknown> = Promise.resolve();
  private queued = 0;

  constructor(private readonly waiting: number) {}

  /** Runs `work` once every write queued before it has ended. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.queued > this.waiting) return Promise.reject(writesQueueFull());
    this.queued++;
    const turn = this.last.then(work, work).finally(() => this.queued--);
    this.last = turn.catch(() => undefined);
    return turn;
  }
}

/** The writes of this process: one running, up to 32 waiting (each at most REQUEST_TIMEOUT_MS). */
const writes = new WriteQueue(32);
const oneWriteAtATime = <T>(work: () => Promise<T>) => writes.run(work);

/**
 * Validates and writes one article, and announces what changed on `events`; nothing is
 * written when it is invalid. `limits`: the ARTICLE_MAX_* settings.
 */
export async function ingestArticle(db: Db, input: unknown, limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS, events?: EventBus): Promise<ArticleWriteResult> {
  const checked = validateArticle("input", withoutNulls(input), undefined, limits);
  if (!checked.article) throw invalidInput("input", checked.problems);
  try {
    // Resolution reads the graph as the write will find it: both wait for the same turn.
    const [result] = await oneWriteAtATime(() => writeArticles(db, [checked.article!], { publish: events }));
    return result!;
  } catch (error) {
    // What only the graph can show (an ambiguous name, a fact id of another kind), found before writing.
    if (error instanceof InvalidArticlesError) throw invalidInput("input", error.problems);
    throw error;
  }
}

/** Withdraws an article and everything only it supported, announcing it on `events`; null when there is no such article. */
export async function removeArticle(db: Db, id: string, events?: EventBus): Promise<ArticleWriteResult | null> {
  const [result] = await oneWriteAtATime(() => withdrawArticles(db, [id], { publish: events }));
  return result ?? null;
}
