// Merging two companies or two people (MERGE_ENTITIES), and undoing it: the articles that
// name the merged-away entity are rebuilt from the graph (replay.ts) and resolved again
// under the decision, so their mentions, deals, roles and relations move to the entity
// that stays as loading their files would place them; the decision and those writes are
// one transaction. Undoing replays the same articles with their mention sent back.
import type { Db } from "../db/db.js";
import { type Decision, DecisionRules, decisionId, type DecisionStamp as Stamp, type EntityMergeDecision } from "../domain/decisions.js";
import { activeDecisions, articlesMentioning, articlesMentioningBoth, InvalidArgumentError, kindsOf, recordDecision } from "../store/index.js";
import { applyBatch } from "./apply.js";
import { planReplay } from "./replay.js";

/** The most articles one entity merge rewrites (one transaction). */
export const MAX_MERGE_ARTICLES = 1000;

/** Merges entity `from` into `into` (both companies or both people), checked first (errors name the argument). */
export async function mergeEntities(db: Db, from: string, into: string, stamp: Stamp): Promise<Decision> {
  const at = stamp.at ?? new Date().toISOString();
  const kinds = await kindsOf(db.reader(), [from, into]);
  for (const [argument, id] of [["from", from], ["into", into]] as const) {
    const kind = kinds.get(id);
    if (!kind || kind === "Investment") throw new InvalidArgumentError(argument, `no company or person has id ${JSON.stringify(id)}`);
  }
  if (from === into) throw new InvalidArgumentError("into", "is the same entity as from");
  if (kinds.get(from) !== kinds.get(into)) throw new InvalidArgumentError("into", `is a ${kinds.get(into)!.toLowerCase()}, and from a ${kinds.get(from)!.toLowerCase()}`);
  const both = await articlesMentioningBoth(db.reader(), from, into);
  if (both.length) throw new InvalidArgumentError("into", `article ${both[0]} names both as two; merged, it would name one entity twice`);
  const decision: EntityMergeDecision = { action: "MERGE_ENTITIES", from, into, by: stamp.by, reason: stamp.reason, at, id: decisionId("MERGE_ENTITIES", [from, into], at) };
  return applyEntityMerge(db, decision);
}

/** Records an entity merge and rewrites the articles that name `from` under it (also for a decision file). */
export async function applyEntityMerge(db: Db, d: EntityMergeDecision): Promise<Decision> {
  const articles = await articlesMentioning(db.reader(), d.from, MAX_MERGE_ARTICLES);
  if (articles.length > MAX_MERGE_ARTICLES) {
    throw new InvalidArgumentError("from", `is named by more than ${MAX_MERGE_ARTICLES} articles, more than one merge rewrites; give the entity an id in its articles instead`);
  }
  const decided: EntityMergeDecision = { ...d, articles: [...new Set([...(d.articles ?? []), ...articles])].sort() };
  const rules = new DecisionRules([...(await activeDecisions(db.reader())), decided]);
  const plans = await planReplay(db, articles, rules);
  return db.writeTransaction(async (tx) => {
    await recordDecision(tx, decided);
    await applyBatch(tx, plans);
    return decided;
  });
}

/** Undoes an entity merge: the articles it rewrote name `from` again. */
export async function revertEntityMerge(db: Db, d: EntityMergeDecision, reverted: Decision): Promise<Decision> {
  const articles = d.articles ?? [];
  const active = (await activeDecisions(db.reader())).filter((x) => x.id !== d.id);
  const back = new Map(articles.map((a) => [a, new Map([[d.into, d.from]])]));
  const plans = await planReplay(db, articles, new DecisionRules(active, back));
  return db.writeTransaction(async (tx) => {
    await recordDecision(tx, reverted);
    await applyBatch(tx, plans);
    return reverted;
  });
}
