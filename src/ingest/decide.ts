// Decisions on deal resolution, taken and undone (the decisions API, `npm run seed` with a
// decisions/ folder): each in one write transaction, recorded as a :Decision node and
// applied to the deals the graph holds; resolution (resolve.ts) follows the active ones
// for every report loaded later, so re-loading files does not undo them.
//
//   MERGE from into   every source of `from` moves onto `into`; `from` is gone
//   SPLIT deal article the article's source of `deal` moves onto a new deal, `newDeal`
//   DISTINCT a b      the possible-duplicate link between them goes, and is not made again
//   MERGE_ENTITIES    two companies or two people: decide-entities.ts, which replays articles
//
// Reverting moves the sources back (MERGE: those the decision moved; SPLIT: the one) and
// restores a link DISTINCT removed. A decision another active one builds on (a later
// decision naming one of its deals) cannot be reverted before that one.
import type { Db, Tx } from "../db/db.js";
import { type Decision, decisionId, type DecisionStamp, dealsOf, splitDealId } from "../domain/decisions.js";
import { rederiveDeals } from "../store/deals/index.js";
import { mergeEntities, revertEntityMerge } from "./decide-entities.js";
import { dealKey } from "./model.js";
import { withArticle } from "./resolve.js";
import {
  dealFacts,
  type DealFacts,
  decisionsById,
  InvalidArgumentError,
  laterDecisionsOn,
  moveDealSources,
  kindsOf,
  recordDecision,
  relinkDuplicates,
  reportOf,
  unlinkDuplicates,
} from "../store/index.js";

/** What a person asks for; the rest (id, time, new deal id) is made here. */
export type DecisionRequest =
  | { action: "MERGE"; from: string; into: string }
  | { action: "SPLIT"; deal: string; article: string }
  | { action: "DISTINCT"; a: string; b: string }
  | { action: "MERGE_ENTITIES"; from: string; into: string };

export type Stamp = DecisionStamp;

/** Takes a decision: checked against the graph (errors name the argument), recorded, applied. */
export async function decide(db: Db, request: DecisionRequest, stamp: Stamp): Promise<Decision> {
  if (request.action === "MERGE_ENTITIES") return mergeEntities(db, request.from, request.into, stamp);
  const at = stamp.at ?? new Date().toISOString();
  const base = { by: stamp.by, reason: stamp.reason, at };
  const decision: Decision =
    request.action === "MERGE"
      ? { ...base, ...request, id: decisionId("MERGE", [request.from, request.into], at) }
      : request.action === "SPLIT"
        ? { ...base, ...request, newDeal: splitDealId(request.deal, request.article), id: decisionId("SPLIT", [request.deal, request.article], at) }
        : { ...base, ...request, id: decisionId("DISTINCT", [request.a, request.b], at) };
  return db.writeTransaction(async (tx) => {
    await check(tx, decision);
    return applyDecision(tx, decision);
  });
}

/** Reverts an active decision (errors name `id`); returns it with its reversal. */
export async function revert(db: Db, id: string, stamp: Stamp): Promise<Decision> {
  const at = stamp.at ?? new Date().toISOString();
  const revertible = async (run: Pick<Tx, "run">) => {
    const found = (await decisionsById(run, [id])).get(id);
    if (!found) throw new InvalidArgumentError("id", `no decision has id ${JSON.stringify(id)}`);
    if (found.decision.reverted) throw new InvalidArgumentError("id", `decision ${id} was already reverted on ${found.decision.reverted.at}`);
    const later = await laterDecisionsOn(run, dealsOf(found.decision), found.decision.at, id);
    if (later.length) throw new InvalidArgumentError("id", `later decisions build on ${id}: revert ${later.join(", ")} first`);
    return { ...found, reverted: { ...found.decision, reverted: { by: stamp.by, at, reason: stamp.reason } } as Decision };
  };
  const first = await revertible(db.reader());
  if (first.decision.action === "MERGE_ENTITIES") return revertEntityMerge(db, first.decision, first.reverted);
  return db.writeTransaction(async (tx) => {
    const found = await revertible(tx);
    await undo(tx, found.decision, found.link);
    await recordDecision(tx, found.reverted);
    return found.reverted;
  });
}

/** Whether the deals a new decision names are as it needs them. */
async function check(tx: Tx, d: Decision): Promise<void> {
  const facts = d.action === "DISTINCT" ? new Map<string, DealFacts>() : await dealFacts(tx, dealsOf(d));
  const deal = (argument: string, id: string) => {
    const f = facts.get(id);
    if (!f) throw new InvalidArgumentError(argument, `no deal has id ${JSON.stringify(id)}`);
    return f;
  };
  if (d.action === "DISTINCT") {
    // Two deals, or two companies, or two people.
    const kinds = await kindsOf(tx, [d.a, d.b]);
    for (const [argument, id] of [["a", d.a], ["b", d.b]] as const) {
      if (!kinds.has(id)) throw new InvalidArgumentError(argument, `no deal, company or person has id ${JSON.stringify(id)}`);
    }
    if (d.a === d.b) throw new InvalidArgumentError("b", "is the same as a");
    if (kinds.get(d.a) !== kinds.get(d.b)) throw new InvalidArgumentError("b", `is ${withArticle(kinds.get(d.b)!)}, and a is ${withArticle(kinds.get(d.a)!)}`);
    return;
  }
  if (d.action === "MERGE") {
    const [from, into] = [deal("from", d.from), deal("into", d.into)];
    if (d.from === d.into) throw new InvalidArgumentError("into", "is the same deal as from");
    if (from.targetId !== into.targetId || from.kind !== into.kind) {
      throw new InvalidArgumentError("into", `${d.into} (${into.kind} in ${into.targetId}) is not the same kind of deal in the same company as ${d.from} (${from.kind} in ${from.targetId})`);
    }
    const both = from.articleIds.filter((a) => into.articleIds.includes(a));
    if (both.length) throw new InvalidArgumentError("into", `article ${both[0]} reports both deals as two; merged, it would state one deal twice`);
    return;
  }
  if (d.action !== "SPLIT") return;
  const f = deal("deal", d.deal);
  if (!f.articleIds.includes(d.article)) throw new InvalidArgumentError("article", `${d.article} is not a source of deal ${d.deal}`);
  if (f.articleIds.length < 2) throw new InvalidArgumentError("article", `${d.article} is the only source of deal ${d.deal}: there is nothing to split it from`);
  if ((await dealFacts(tx, [d.newDeal])).size) throw new InvalidArgumentError("article", `deal ${d.newDeal} exists already (split before?)`);
}

/**
 * Records a decision and applies it to the deals the graph holds (any it names may be
 * missing: a decision file loaded before its articles applies as they are loaded).
 */
export async function applyDecision(tx: Tx, d: Decision): Promise<Decision> {
  let extra: Record<string, unknown> = {};
  let decided = d;
  if (!d.reverted) {
    if (d.action === "MERGE") {
      const from = (await dealFacts(tx, [d.from])).get(d.from);
      // Which articles moved: those a revert moves back.
      const articles = [...new Set([...(d.articles ?? []), ...(from?.articleIds ?? [])])].sort();
      decided = { ...d, articles };
      await moveDealSources(tx, d.from, d.into, articles, d.id, null);
      await rederiveDeals(tx, [d.from, d.into]);
    } else if (d.action === "SPLIT") {
      await moveDealSources(tx, d.deal, d.newDeal, [d.article], d.id, await keyOfReport(tx, d.deal, d.article));
      await rederiveDeals(tx, [d.deal, d.newDeal]);
    } else if (d.action === "DISTINCT") {
      extra = { link: await unlinkDuplicates(tx, d.a, d.b) };
    }
  }
  await recordDecision(tx, decided, extra);
  return decided;
}

/**
 * The deal key of an article's report of a deal: what a deal made of that report (split
 * off, or restored by a revert) is stored with, as loading the report would store it.
 */
async function keyOfReport(tx: Tx, deal: string, article: string | undefined): Promise<string | null> {
  const report = article ? await reportOf(tx, deal, article) : null;
  return report && dealKey(report.targetId, report.kind, report.announcedOn ?? undefined, report.investorIds);
}

/** The graph side of a revert: sources moved back, a removed link restored. */
async function undo(tx: Tx, d: Decision, link: string | null): Promise<void> {
  if (d.action === "MERGE") {
    await moveDealSources(tx, d.into, d.from, d.articles ?? [], null, await keyOfReport(tx, d.into, d.articles?.[0]));
    await rederiveDeals(tx, [d.from, d.into]);
  } else if (d.action === "SPLIT") {
    await moveDealSources(tx, d.newDeal, d.deal, [d.article], null, null);
    await rederiveDeals(tx, [d.deal, d.newDeal]);
  } else if (link) {
    await relinkDuplicates(tx, link);
  }
}
