// Step 6 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish): once a
// batch is committed, each article it changed is announced on the event bus
// (src/events/bus.ts), whoever loaded it: the ingestArticle and removeArticle mutations
// (the API's bus), or `npm run seed` (a bus on REDIS_URL, which every API instance
// subscribes to). Subscribers of graphChanged hear of it there.
import { createEventBus, type EventBus } from "../events/bus.js";
import { createLogger } from "../log.js";
import { changeFromReport } from "../events/change.js";
import type { Decision } from "../domain/decisions.js";
import type { ArticleWriteResult } from "./plan.js";

/**
 * Announces each article that changed (not those left unchanged); resolves once all are
 * published, to how many were and how many could not be (Redis away). Never throws.
 */
export async function publishResults(bus: EventBus | undefined, results: readonly ArticleWriteResult[]): Promise<{ announced: number; lost: number }> {
  const count = { announced: 0, lost: 0 };
  if (!bus) return count;
  for (const result of results) {
    const change = changeFromReport({ ...result, articleId: result.id, outcome: result.outcome.toUpperCase() });
    if (!change) continue;
    if (await bus.publish(change)) count.announced++;
    else count.lost++;
  }
  return count;
}

/**
 * A bus for a process without subscribers of its own (`npm run seed`): on REDIS_URL, where
 * the API instances listen; none without it. Undefined, after `warn`, when Redis does not
 * answer within `waitMs`: a load does not wait on live updates.
 */
export async function openPublisher(
  config: { REDIS_URL?: string },
  warn: (message: string) => void,
  waitMs = 5_000,
): Promise<EventBus | undefined> {
  if (!config.REDIS_URL) return undefined;
  // Silent: a Redis that goes away mid-load costs a warning below, not a log line per change.
  const bus = createEventBus(config, createLogger("silent"));
  let timer: NodeJS.Timeout | undefined;
  try {
    const gaveUp = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${waitMs / 1000} s`)), waitMs)));
    await Promise.race([bus.ready(), gaveUp]);
    return bus;
  } catch (error) {
    warn(`live subscribers will not be told of this load (Redis at REDIS_URL: ${(error as Error).message})`);
    await bus.close();
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Announces what a decision (or its revert) changed: the deals whose sources moved, under
 * the article that moved (the first, for a merge). A DISTINCT decision moves no source and
 * changes no deal's figures: nothing to announce. Never throws.
 */
export async function publishDecision(bus: EventBus | undefined, d: Decision): Promise<void> {
  if (!bus || d.action === "DISTINCT" || d.action === "MERGE_ENTITIES") return;
  const [articleId, kept, gone] =
    d.action === "MERGE" ? [d.articles?.[0], d.reverted ? [d.from, d.into] : [d.into], d.reverted ? [] : [d.from]] : [d.article, d.reverted ? [d.deal] : [d.deal, d.newDeal], d.reverted ? [d.newDeal] : []];
  if (!articleId) return;
  const refs = (ids: string[]) => ids.map((id) => ({ id, type: "Investment" }));
  const change = changeFromReport({ articleId, outcome: "UPDATED", created: [], updated: refs(kept), removed: refs(gone) });
  if (change) await bus.publish(change);
}
