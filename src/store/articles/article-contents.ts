// An article as the graph holds it, whole: its node, what it says of each entity it
// mentions and of each fact it sources. What src/ingest/replay.ts rebuilds the article
// from, to resolve it again under a new decision.
import type { Tx } from "../../db/db.js";

type Run = Pick<Tx, "run">;

export interface ArticleContents {
  node: Record<string, unknown>;
  mentions: Array<{ id: string; type: "Company" | "Person"; props: Record<string, unknown> }>;
  deals: Array<Record<string, unknown>>;
  roles: Array<Record<string, unknown>>;
  relations: Array<Record<string, unknown>>;
}

/** The contents of each article the graph holds among `ids`. */
export function articleContents(run: Run, ids: readonly string[]): Promise<ArticleContents[]> {
  return run.run<ArticleContents>(
    `// articles.contents
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN properties(a) AS node,
            COLLECT { MATCH (a)-[m:MENTIONS]->(e:Entity)
                      RETURN {id: e.id, type: CASE WHEN e:Company THEN 'Company' ELSE 'Person' END, props: properties(m)} ORDER BY e.id } AS mentions,
            COLLECT { MATCH (a)<-[s:SOURCED_FROM]-(:Investment) RETURN properties(s) ORDER BY s.evidence } AS deals,
            COLLECT { MATCH (a)<-[s:SOURCED_FROM]-(:Role) RETURN properties(s) ORDER BY s.evidence } AS roles,
            COLLECT { MATCH (a)<-[s:SOURCED_FROM]-(r:Relation) RETURN properties(s) ORDER BY s.evidence } AS relations`,
    { ids },
  );
}

/** The articles that mention an entity (what merging it away replays), at most `limit` + 1 of them. */
export async function articlesMentioning(run: Run, entityId: string, limit: number): Promise<string[]> {
  const rows = await run.run<{ id: string }>(
    `// articles.mentioning
     MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
     RETURN a.id AS id ORDER BY id LIMIT toInteger($limit)`,
    { entityId, limit: limit + 1 },
  );
  return rows.map((r) => r.id);
}

/** Articles that mention both entities (merged, each would name one entity twice). */
export async function articlesMentioningBoth(run: Run, a: string, b: string): Promise<string[]> {
  const rows = await run.run<{ id: string }>(
    `// articles.mentioningBoth
     MATCH (:Entity {id: $a})<-[:MENTIONS]-(x:Article)-[:MENTIONS]->(:Entity {id: $b})
     RETURN x.id AS id ORDER BY id LIMIT 5`,
    { a, b },
  );
  return rows.map((r) => r.id);
}
