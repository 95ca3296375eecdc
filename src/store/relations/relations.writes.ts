// The relations' write side: which relations exist, what each article says of a
// relation (its SOURCED_FROM row), and the relation as derived from its sources. A
// relation's id is made from its type and companies (src/ingest/model.ts). Called by
// src/ingest/ only.
import type { Tx } from "../../db/db.js";
import { LATEST_FIRST } from "../../domain/sources.js";

type Run = Pick<Tx, "run">;

/** The ids among `ids` that are relations. */
export async function existingRelations(run: Run, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await run.run<{ id: string }>("// relations.existing\nUNWIND $ids AS id MATCH (x:Relation {id: id}) RETURN id", { ids });
  return rows.map((r) => r.id);
}

export interface RelationSourceRow {
  articleId: string;
  id: string;
  type: string;
  source: Record<string, unknown>;
}

/** Records what articles say of relations, creating the relations that are new. */
export async function writeRelationSources(tx: Tx, rows: readonly RelationSourceRow[]): Promise<void> {
  if (!rows.length) return;
  await tx.run(
    `// relations.writeSources
     UNWIND $rows AS r
     MATCH (a:Article {id: r.articleId})
     MERGE (x:Relation {id: r.id})
       ON CREATE SET x:Node:Fact, x.type = r.type
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source`,
    { rows },
  );
}

/** Re-derives relations from their latest source; relations left with no source are deleted (their ids returned). */
export async function rederiveRelations(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const [gone] = await tx.run<{ removed: string[] }>(
    `// relations.deleteUnsourced
     UNWIND $ids AS id
     MATCH (x:Relation {id: id}) WHERE NOT (x)-[:SOURCED_FROM]->(:Article)
     WITH x, x.id AS gone
     DETACH DELETE x
     RETURN collect(gone) AS removed`,
    { ids },
  );
  await tx.run(
    `// relations.derive
     UNWIND $ids AS id
     MATCH (x:Relation {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH x, s ORDER BY ${LATEST_FIRST}
     WITH x, head(collect(s)) AS latest
     CALL (x) { MATCH (x)-[r:FROM|TO]->() DELETE r }
     CALL (x, latest) { MATCH (f:Company {id: latest.fromId}) CREATE (x)-[:FROM]->(f) }
     CALL (x, latest) { MATCH (t:Company {id: latest.toId}) CREATE (x)-[:TO]->(t) }`,
    { ids },
  );
  return gone?.removed ?? [];
}
