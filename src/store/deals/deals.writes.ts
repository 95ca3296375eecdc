// The deals' write side: which deals exist (by id, by deal key), what each article says
// of a deal (its SOURCED_FROM row), and the deal as derived from its sources. Fact ids
// (deals, roles, relations) are one namespace, apart from entities' and articles'.
// Called by src/ingest/ only.
import type { Tx } from "../../db/db.js";
import { LATEST_FIRST } from "../../domain/sources.js";
import { DEFAULT_DEAL_STATUS, STAGED_KIND } from "../../domain/vocabulary.js";
import type { DealProfile } from "../../domain/deal-match.js";
import type { RoundStageName } from "../../domain/vocabulary.js";
import { deleteUnsourced, duplicateLinker, type FactSourceRow, num, saneUsd, sourceWriter } from "../common/index.js";

type Run = Pick<Tx, "run">;

/** Existing deals by id (with their deal key) and by deal key (their ids, sorted). */
export async function existingDeals(run: Run, ids: readonly string[], keys: readonly string[]): Promise<{ byId: Map<string, string | null>; byKey: Map<string, string[]> }> {
  const byId = new Map<string, string | null>();
  const byKey = new Map<string, string[]>();
  if (!ids.length && !keys.length) return { byId, byKey };
  const rows = await run.run<{ id: string | null; key: string; ids: string[] }>(
    `// deals.existing
     UNWIND $ids AS id
     MATCH (i:Investment {id: id})
     RETURN id, i.dealKey AS key, [] AS ids
     UNION ALL
     UNWIND $keys AS key
     MATCH (i:Investment {dealKey: key})
     WITH key, i.id AS id ORDER BY id
     RETURN null AS id, key, collect(id) AS ids`,
    { ids, keys },
  );
  for (const r of rows) {
    if (r.id !== null) byId.set(r.id, r.key);
    else byKey.set(r.key, r.ids);
  }
  return { byId, byKey };
}

/** A deal a report may be, as derived from its sources, with the articles that source it. */
export interface DealCandidate extends DealProfile {
  id: string;
  targetId: string;
  kind: string;
  articleIds: string[];
}

/** The deals of each target, of the given kinds: what deal resolution scores a report against. */
export async function dealCandidates(run: Run, targets: ReadonlyArray<{ targetId: string; kind: string }>): Promise<DealCandidate[]> {
  if (!targets.length) return [];
  const rows = await run.run<Record<string, unknown>>(
    `// deals.candidates
     UNWIND $targets AS t
     MATCH (:Company {id: t.targetId})<-[:TARGET]-(i:Investment {kind: t.kind})
     RETURN i.id AS id, t.targetId AS targetId, t.kind AS kind, i.announcedOn AS announcedOn,
            ${saneUsd("i.amountUsd")} AS amountUsd, ${saneUsd("i.valuationUsd")} AS valuationUsd,
            i.stakePercent AS stakePercent, i.stage AS stage, coalesce(i.otherInvestors, false) AS otherInvestors,
            COLLECT { MATCH (x:Entity)-[:INVESTED]->(i) RETURN x.id } AS investorIds,
            COLLECT { MATCH (i)-[:SOURCED_FROM]->(a:Article) RETURN a.id } AS articleIds`,
    { targets },
  );
  return rows.map((r) => ({
    id: r.id as string,
    targetId: r.targetId as string,
    kind: r.kind as string,
    announcedOn: (r.announcedOn as string | null) ?? null,
    amountUsd: num(r.amountUsd),
    valuationUsd: num(r.valuationUsd),
    stakePercent: num(r.stakePercent),
    stage: (r.stage as RoundStageName | null) ?? null,
    otherInvestors: r.otherInvestors === true,
    investorIds: r.investorIds as string[],
    articleIds: r.articleIds as string[],
  }));
}

export type { PossibleDuplicateRow } from "../common/index.js";

/** Links deals as possible duplicates (for a person to decide). */
export const linkPossibleDuplicates = duplicateLinker("Investment", "deals.linkPossibleDuplicates");

/** One article's statement of one deal, with the deal key a new deal is stored with. */
export interface DealSourceRow extends FactSourceRow {
  dealKey: string;
}

/** Records what articles say of deals, creating the deals that are new. */
export const writeDealSources = sourceWriter<DealSourceRow>("Investment", "deals.writeSources", "x.dealKey = r.dealKey");

/**
 * Re-derives deals from their sources, each figure from the latest source that gives it
 * (src/domain/sources.ts), the investors as the union of what the sources name; deals
 * left with no source are deleted. Returns the ids deleted.
 */
export async function rederiveDeals(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const removed = await deleteUnsourced(tx, "Investment", "deals.deleteUnsourced", ids);
  await tx.run(
    `// deals.derive
     UNWIND $ids AS id
     MATCH (i:Investment {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH i, s ORDER BY ${LATEST_FIRST}
     WITH i, collect(s) AS ss
     WITH i, ss, head(ss) AS latest,
          head([s IN ss WHERE s.amountValue IS NOT NULL]) AS am,
          head([s IN ss WHERE s.valuationValue IS NOT NULL]) AS va,
          head([s IN ss WHERE s.stakePercent IS NOT NULL]) AS st,
          head([s IN ss WHERE s.stage IS NOT NULL]) AS sg,
          head([s IN ss WHERE s.announcedOn IS NOT NULL]) AS an
     SET i.kind = latest.kind,
         // A source that gives no status says nothing about it (the format's default applies last).
         i.status = coalesce(head([s IN ss WHERE s.status IS NOT NULL | s.status]), $defaultStatus),
         i.otherInvestors = any(s IN ss WHERE s.otherInvestors),
         i.amountValue = am.amountValue, i.amountCurrency = am.amountCurrency, i.amountUsd = am.amountUsd,
         i.valuationValue = va.valuationValue, i.valuationCurrency = va.valuationCurrency, i.valuationUsd = va.valuationUsd,
         i.stakePercent = st.stakePercent,
         // Only a funding round has a stage (the latest source that gives one), whatever older sources said.
         i.stage = CASE WHEN latest.kind = $stagedKind THEN sg.stage END,
         // The latest date, made more precise by an earlier source that agrees with it ("2022-01" -> "2022-01-18").
         i.announcedOn = reduce(best = an.announcedOn, s IN ss |
           CASE WHEN s.announcedOn STARTS WITH best AND size(s.announcedOn) > size(best) THEN s.announcedOn ELSE best END),
         i.sourceCount = size(ss)
     WITH i, latest.targetId AS targetId,
          reduce(acc = [], s IN ss | acc + s.investorIds) AS investorIds,
          reduce(acc = [], s IN ss | acc + s.leadIds) AS leadIds
     CALL (i) { MATCH (i)<-[r:INVESTED]-() DELETE r }
     CALL (i) { MATCH (i)-[r:TARGET]->() DELETE r }
     CALL (i, targetId) { MATCH (t:Company {id: targetId}) CREATE (i)-[:TARGET]->(t) }
     CALL (i, investorIds, leadIds) {
       UNWIND investorIds AS investorId
       WITH DISTINCT investorId, leadIds
       MATCH (x:Entity {id: investorId})
       CREATE (x)-[:INVESTED {lead: investorId IN leadIds}]->(i)
     }`,
    { ids, defaultStatus: DEFAULT_DEAL_STATUS, stagedKind: STAGED_KIND },
  );
  return removed;
}
