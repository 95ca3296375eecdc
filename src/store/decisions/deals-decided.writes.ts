// What a decision does to deals in the graph (src/ingest/decide.ts says when): sources move
// from one deal to another, keeping what the article said and recording the decision as
// how they were matched; a possible-duplicate link is removed or restored.
import type { Tx } from "../../db/db.js";

/** What a decision needs to know of a deal: whether it exists, its target, kind and source articles. */
export interface DealFacts {
  id: string;
  targetId: string | null;
  kind: string;
  articleIds: string[];
}

export async function dealFacts(tx: Pick<Tx, "run">, ids: readonly string[]): Promise<Map<string, DealFacts>> {
  const rows = await tx.run<DealFacts>(
    `// decisions.dealFacts
     UNWIND $ids AS id
     MATCH (i:Investment {id: id})
     RETURN i.id AS id, COLLECT { MATCH (i)-[:TARGET]->(t) RETURN t.id }[0] AS targetId, i.kind AS kind,
            COLLECT { MATCH (i)-[:SOURCED_FROM]->(a:Article) RETURN a.id ORDER BY a.id } AS articleIds`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Moves the sources of deal `fromId` from the given articles (all of them when null) onto
 * deal `toId`, created with `dealKey` when it does not exist. `decision` set: they are
 * matched by that decision, their former match kept aside; null: the former match is
 * restored (a reverted decision). The caller re-derives both deals.
 */
export async function moveDealSources(tx: Tx, fromId: string, toId: string, articleIds: readonly string[] | null, decision: string | null, dealKey: string | null): Promise<void> {
  await tx.run(
    `// decisions.moveSources
     MERGE (to:Investment {id: $toId})
       ON CREATE SET to:Node:Fact, to.dealKey = $dealKey
     WITH to
     MATCH (:Investment {id: $fromId})-[s:SOURCED_FROM]->(a:Article)
     WHERE $articleIds IS NULL OR a.id IN $articleIds
     CREATE (to)-[moved:SOURCED_FROM]->(a)
     SET moved = properties(s)
     SET moved += CASE WHEN $decision IS NULL THEN {
           matchMethod: s.decidedFromMethod, matchScore: s.decidedFromScore, matchAgreed: s.decidedFromAgreed,
           matchConflicting: s.decidedFromConflicting, matchDecision: s.decidedFromDecision,
           decidedFromMethod: null, decidedFromScore: null, decidedFromAgreed: null, decidedFromConflicting: null, decidedFromDecision: null
         } ELSE {
           decidedFromMethod: s.matchMethod, decidedFromScore: s.matchScore, decidedFromAgreed: s.matchAgreed,
           decidedFromConflicting: s.matchConflicting, decidedFromDecision: s.matchDecision,
           matchMethod: 'DECISION', matchScore: null, matchAgreed: [], matchConflicting: [], matchDecision: $decision
         } END
     DELETE s`,
    { fromId, toId, articleIds, decision, dealKey },
  );
}

/** Removes the possible-duplicate link between two deals or two entities; returns it (JSON) to restore on a revert. */
export async function unlinkDuplicates(tx: Tx, a: string, b: string): Promise<string | null> {
  const [row] = await tx.run<{ link: Record<string, unknown> | null }>(
    `// decisions.unlink
     OPTIONAL MATCH (:Node {id: $a})-[l:POSSIBLE_DUPLICATE]-(:Node {id: $b})
     WITH l, startNode(l) AS x, endNode(l) AS y
     WITH l, x, y, CASE WHEN l IS NULL THEN null ELSE l { .score, .agreed, .conflicting, .articleId, foundAt: toString(l.foundAt), fromId: x.id, toId: y.id } END AS link
     DELETE l
     RETURN link`,
    { a, b },
  );
  return row?.link ? JSON.stringify(row.link) : null;
}

/** Restores a link `unlinkDuplicates` removed (when both deals are still there). */
export async function relinkDuplicates(tx: Tx, link: string): Promise<void> {
  const l = JSON.parse(link) as { fromId: string; toId: string; score: number; agreed: string[]; conflicting: string[]; articleId: string; foundAt: string };
  await tx.run(
    `// decisions.relink
     MATCH (x:Node {id: $l.fromId}), (y:Node {id: $l.toId})
     WHERE (x:Investment AND y:Investment) OR (x:Entity AND y:Entity)
     MERGE (x)-[r:POSSIBLE_DUPLICATE]->(y)
     SET r.score = $l.score, r.agreed = $l.agreed, r.conflicting = $l.conflicting, r.articleId = $l.articleId, r.foundAt = datetime($l.foundAt)`,
    { l },
  );
}

/** What an article says of a deal: the parts of its source a deal key is made of. */
export async function reportOf(tx: Pick<Tx, "run">, dealId: string, articleId: string): Promise<{ targetId: string; kind: string; announcedOn: string | null; investorIds: string[] } | null> {
  const [row] = await tx.run<{ targetId: string; kind: string; announcedOn: string | null; investorIds: string[] }>(
    `// decisions.reportOf
     MATCH (:Investment {id: $dealId})-[s:SOURCED_FROM]->(:Article {id: $articleId})
     RETURN s.targetId AS targetId, s.kind AS kind, s.announcedOn AS announcedOn, s.investorIds AS investorIds`,
    { dealId, articleId },
  );
  return row ?? null;
}

/** What a DISTINCT decision may name: deals, or entities (companies, people), by id; their labels. */
export async function kindsOf(tx: Pick<Tx, "run">, ids: readonly string[]): Promise<Map<string, "Investment" | "Company" | "Person">> {
  const rows = await tx.run<{ id: string; kind: "Investment" | "Company" | "Person" }>(
    `// decisions.kindsOf
     UNWIND $ids AS id
     MATCH (n:Node {id: id}) WHERE n:Investment OR n:Entity
     RETURN id, CASE WHEN n:Investment THEN 'Investment' WHEN n:Company THEN 'Company' ELSE 'Person' END AS kind`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}
