// The articles' write side: what the ingest reads of an article before it writes
// (its stored content hash, the facts it sources, the entities it mentions), and the
// statements that replace or withdraw an article node. Called by src/ingest/ only: the
// lookups from its resolve step (read-only), the writes from its apply step.
import type { Tx } from "../../db/db.js";

/** A node an article points to, with its kind (its label). */
export interface KindedRef<T extends string = string> {
  id: string;
  type: T;
}

/** What the graph holds of an article: nothing (hash null) or its hash and what it states. */
export interface StoredArticle {
  id: string;
  hash: string | null;
  facts: KindedRef<"Investment" | "Role" | "Relation">[];
  entities: KindedRef<"Company" | "Person">[];
}

type Run = Pick<Tx, "run">;

/** The stored state of each article (hash null when there is none), in any order. */
export function storedArticles(run: Run, ids: readonly string[]): Promise<StoredArticle[]> {
  return run.run<StoredArticle>(
    `// articles.storedState
     UNWIND $ids AS id
     OPTIONAL MATCH (a:Article {id: id})
     RETURN id, a.contentHash AS hash,
            coalesce([(a)<-[:SOURCED_FROM]-(f:Fact) | {id: f.id, type: head([l IN labels(f) WHERE l IN ['Investment', 'Role', 'Relation']])}], []) AS facts,
            coalesce([(a)-[:MENTIONS]->(e:Entity) | {id: e.id, type: CASE WHEN e:Company THEN 'Company' ELSE 'Person' END}], []) AS entities`,
    { ids },
  );
}

/**
 * Creates or replaces article nodes (`rows`: their properties, id included), dropping
 * what they sourced and mentioned before: the facts and mentions written next are all
 * they say now.
 */
export async function replaceArticles(tx: Tx, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  await tx.run(
    `// articles.replace
     UNWIND $rows AS x
     MERGE (a:Article {id: x.id})
       ON CREATE SET a:Node
     SET a += x
     SET a.loadedAt = datetime()
     WITH a
     CALL (a) { MATCH (a)<-[s:SOURCED_FROM]-() DELETE s }
     CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }`,
    { rows },
  );
}

/** Deletes article nodes with their sources and mentions (what they supported is settled after). */
export async function deleteArticles(tx: Tx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.run(
    `// articles.delete
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     DETACH DELETE a`,
    { ids },
  );
}
