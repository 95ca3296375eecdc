// Possible duplicates, written alike for deals and for entities: two nodes resolution could
// not tell apart, the newer pointing at the older, with the score and reasons, for a person
// to decide (duplicateCandidates, mergeDeals, mergeEntities, markDistinct).
import type { Tx } from "../../db/db.js";

/** Two nodes resolution could not tell apart: the newer one points at the older. */
export interface PossibleDuplicateRow {
  fromId: string;
  toId: string;
  score: number;
  agreed: string[];
  conflicting: string[];
  articleId: string;
}

/**
 * A writer of possible-duplicate links between nodes of `label` (from this allow-list only):
 * none between two a decision says are distinct, nor back along a link that exists; a link
 * found again keeps the time it was first found. `name` names the query.
 */
export function duplicateLinker(label: "Investment" | "Entity", name: string): (tx: Tx, rows: readonly PossibleDuplicateRow[]) => Promise<void> {
  const cypher = `// ${name}
     UNWIND $rows AS r
     MATCH (a:${label} {id: r.fromId}), (b:${label} {id: r.toId})
     WHERE a <> b AND NOT (b)-[:POSSIBLE_DUPLICATE]->(a)
       AND NOT EXISTS {
         MATCH (d:Decision {action: 'DISTINCT'})
         WHERE d.revertedAt IS NULL AND ((d.a = a.id AND d.b = b.id) OR (d.a = b.id AND d.b = a.id))
       }
     MERGE (a)-[l:POSSIBLE_DUPLICATE]->(b)
       ON CREATE SET l.foundAt = datetime()
     SET l.score = r.score, l.agreed = r.agreed, l.conflicting = r.conflicting, l.articleId = r.articleId`;
  return async (tx, rows) => {
    if (rows.length) await tx.run(cypher, { rows });
  };
}
