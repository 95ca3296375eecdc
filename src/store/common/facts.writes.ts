// What the three kinds of fact (deals, roles, relations) write alike: a source per article
// that states one, the node created with its first source, and the node deleted once its
// last source is gone. One statement shape per step, for the label each store passes (from
// this allow-list only, so no text from outside reaches the Cypher).
import type { Tx } from "../../db/db.js";

export type FactLabel = "Investment" | "Role" | "Relation";

type Run = Pick<Tx, "run">;

/** One article's statement of one fact: the fact's id and the source's properties. */
export interface FactSourceRow {
  articleId: string;
  id: string;
  source: Record<string, unknown>;
}

/**
 * A writer of `label`'s sources: each row's fact is merged by id (a new one takes the
 * `Node` and `Fact` labels, and `onCreate`, assignments to `x` from the row `r`), then
 * linked to its article by a SOURCED_FROM holding the row's `source`. `name` names the query.
 */
export function sourceWriter<R extends FactSourceRow>(label: FactLabel, name: string, onCreate = ""): (tx: Tx, rows: readonly R[]) => Promise<void> {
  const cypher = `// ${name}
     UNWIND $rows AS r
     MATCH (a:Article {id: r.articleId})
     MERGE (x:${label} {id: r.id})
       ON CREATE SET x:Node:Fact${onCreate ? `, ${onCreate}` : ""}
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source`;
  return async (tx, rows) => {
    if (rows.length) await tx.run(cypher, { rows });
  };
}

/** Deletes the facts of `label` among `ids` that no article sources any more; their ids. */
export async function deleteUnsourced(tx: Tx, label: FactLabel, name: string, ids: readonly string[]): Promise<string[]> {
  const [gone] = await tx.run<{ removed: string[] }>(
    `// ${name}
     UNWIND $ids AS id
     MATCH (x:${label} {id: id}) WHERE NOT (x)-[:SOURCED_FROM]->(:Article)
     WITH x, x.id AS gone
     DETACH DELETE x
     RETURN collect(gone) AS removed`,
    { ids },
  );
  return gone?.removed ?? [];
}

/** The ids among `ids` that are facts of `label`. */
export async function existingFacts(run: Run, label: FactLabel, name: string, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await run.run<{ id: string }>(`// ${name}\nUNWIND $ids AS id MATCH (x:${label} {id: id}) RETURN id`, { ids });
  return rows.map((r) => r.id);
}
