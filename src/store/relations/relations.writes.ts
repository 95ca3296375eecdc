// The relations' write side: which relations exist, what each article says of a
// relation (its SOURCED_FROM row), and the relation as derived from its sources. A
// relation's id is made from its type and companies (src/ingest/model.ts). Called by
// src/ingest/ only.
import type { Tx } from "../../db/db.js";
import { LATEST_FIRST } from "../../domain/sources.js";
import { deleteUnsourced, existingFacts, type FactSourceRow, sourceWriter } from "../common/index.js";

type Run = Pick<Tx, "run">;

/** The ids among `ids` that are relations. */
export const existingRelations = (run: Run, ids: readonly string[]) => existingFacts(run, "Relation", "relations.existing", ids);

export interface RelationSourceRow extends FactSourceRow {
  type: string;
}

/** Records what articles say of relations, creating the relations that are new (with their type). */
export const writeRelationSources = sourceWriter<RelationSourceRow>("Relation", "relations.writeSources", "x.type = r.type");

/** Re-derives relations from their latest source; relations left with no source are deleted (their ids returned). */
export async function rederiveRelations(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const removed = await deleteUnsourced(tx, "Relation", "relations.deleteUnsourced", ids);
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
  return removed;
}
