// Step 5 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish): the
// only writer of articles and their facts. One batch of planned articles, in the caller's
// transaction: the article nodes, their mentions, the sources they give each fact, then
// what is derived from sources (facts, entities), each step one statement of the stores
// (src/store/<aggregate>/<aggregate>.writes.ts) over the whole batch, so the number of
// round trips depends on the number of batches, not of articles or facts.
import type { Tx } from "../db/db.js";
import { DatabaseConflictError } from "../db/errors.js";
import { deleteArticles, replaceArticles, storedArticles, type StoredArticle } from "../store/articles/index.js";
import { linkPossibleDuplicates, rederiveDeals, writeDealSources } from "../store/deals/index.js";
import { addMentions, linkEntityDuplicates, rederiveEntities, writeMentions } from "../store/entities/index.js";
import { rederiveRelations, writeRelationSources } from "../store/relations/index.js";
import { rederiveRoles, writeRoleSources } from "../store/roles/index.js";
import { type ArticlePlan, type ArticleWriteResult, type NodeRef, type Settle, settleOf, settleOfWithdrawal } from "./plan.js";

/** Writes a batch of planned articles, in order; unchanged ones are only reported. */
export async function applyBatch(tx: Tx, plans: readonly ArticlePlan[]): Promise<ArticleWriteResult[]> {
  const changed = plans.filter((p) => p.outcome !== "unchanged");
  let removed: Removed = { facts: new Set(), entities: new Set() };
  if (changed.length) {
    await checkStillAsPlanned(tx, changed.map((p) => p.before));
    await replaceArticles(tx, changed.map((p) => p.node!));
    const mentions = changed.flatMap((p) => p.mentions);
    await writeMentions(tx, mentions);
    await writeDealSources(tx, changed.flatMap((p) => p.deals));
    await writeRoleSources(tx, changed.flatMap((p) => p.roles));
    await writeRelationSources(tx, changed.flatMap((p) => p.relations));
    const settle = settleOf(changed);
    removed = await rederive(tx, settle);
    await linkPossibleDuplicates(tx, changed.flatMap((p) => p.duplicates));
    // Entities just re-derived from all their mentions took these in already.
    const rederived = new Set(settle.entities);
    await addMentions(tx, mentions.filter((m) => !rederived.has(m.id)));
    await linkEntityDuplicates(tx, changed.flatMap((p) => p.entityDuplicates));
  }
  return plans.map((p) => {
    const { created, updated, unchanged } = p;
    if (p.outcome === "unchanged") return { id: p.id, outcome: p.outcome, created, updated, unchanged, removed: [] };
    const gone = removedOf(p.before, removed);
    // What the article named before and names no more, still in the graph: it lost a
    // source or a mention, so it changed too (a company's deal count, say).
    const named = new Set([...created, ...updated, ...gone].map((r) => `${r.type}:${r.id}`));
    const dropped = [...p.before.entities, ...p.before.facts].filter((r) => !named.has(`${r.type}:${r.id}`));
    return { id: p.id, outcome: p.outcome, created, updated: [...updated, ...dropped], unchanged, removed: gone };
  });
}

/**
 * Withdraws articles the graph holds (`stored`, as the resolve step read them): their nodes
 * go, and with them every fact and entity that only they supported; what other articles
 * also report is re-derived from those.
 */
export async function applyWithdrawal(tx: Tx, stored: readonly StoredArticle[]): Promise<ArticleWriteResult[]> {
  if (!stored.length) return [];
  await checkStillAsPlanned(tx, stored);
  await deleteArticles(tx, stored.map((s) => s.id));
  const removed = await rederive(tx, settleOfWithdrawal(stored));
  return stored.map((s) => {
    const all: NodeRef[] = [...s.entities, ...s.facts];
    const gone = removedOf(s, removed);
    return { id: s.id, outcome: "removed", created: [], updated: all.filter((n) => !gone.includes(n)), unchanged: [], removed: gone };
  });
}

/**
 * The plan was made from what the resolve step read, outside this transaction; what it
 * removes and re-derives is only right if the articles are still as read. Another process
 * (npm run seed beside the API, a second instance) may have written one of them since:
 * then this batch writes nothing and the caller hears of a conflict, to run again against
 * the graph as it now is (articles already loaded come back unchanged).
 */
async function checkStillAsPlanned(tx: Tx, before: readonly StoredArticle[]): Promise<void> {
  const now = new Map((await storedArticles(tx, before.map((b) => b.id))).map((s) => [s.id, s.hash]));
  const moved = before.filter((b) => (now.get(b.id) ?? null) !== b.hash).map((b) => b.id);
  if (moved.length) {
    throw new DatabaseConflictError({ cause: new Error(`written by another writer while this run was planned: ${moved.join(", ")}`) });
  }
}

interface Removed {
  facts: Set<string>;
  entities: Set<string>;
}

/** Facts first: an entity is kept while a fact uses it, so entities are settled once the facts are. */
async function rederive(tx: Tx, settle: Settle): Promise<Removed> {
  const facts = new Set([...(await rederiveDeals(tx, settle.deals)), ...(await rederiveRoles(tx, settle.roles)), ...(await rederiveRelations(tx, settle.relations))]);
  const entities = new Set(await rederiveEntities(tx, settle.entities));
  return { facts, entities };
}

/** What of an article's former entities and facts is gone. */
function removedOf(before: StoredArticle, removed: Removed): NodeRef[] {
  return [...before.entities.filter((e) => removed.entities.has(e.id)), ...before.facts.filter((f) => removed.facts.has(f.id))];
}
