// Drafts as the graph keeps them: one :Draft node each, its bookkeeping as properties and
// its content (article, entities, facts, problems) as one JSON property, parsed when read
// back. A change names the version it was made on; a stale one changes nothing.
import type { Db, Row } from "../../db/db.js";
import { type Draft, draftContentSchema, type DraftContent, type DraftStatusName } from "../../domain/drafts.js";
import { fetchPage, type PageArgs, type PageRecord, type PageWants, Reader, WANTS_ALL } from "../common/index.js";

// Drafts are no part of the graph's answers: their writes leave the response cache alone.
const OUTSIDE_GRAPH = { outsideGraph: true } as const;

/** A Draft node's properties back as a draft (its content checked against the model). */
function toDraft(props: Row): Draft {
  const content = draftContentSchema.parse(JSON.parse(String(props.content)));
  return {
    ...content,
    id: String(props.id),
    status: props.status as Draft["status"],
    version: Number(props.version),
    format: props.format as Draft["format"],
    createdAt: String(props.createdAt),
    updatedAt: String(props.updatedAt),
    createdBy: String(props.createdBy),
    updatedBy: String(props.updatedBy),
    publishedArticleId: (props.publishedArticleId as string | null | undefined) ?? null,
  };
}

function contentOf(d: DraftContent): string {
  const { article, entities, deals, roles, problems } = d;
  return JSON.stringify({ article, entities, deals, roles, problems });
}

/** Stores a new draft (version 1). */
export async function insertDraft(db: Db, d: Draft): Promise<void> {
  const cypher = `// drafts.insert
CREATE (d:Draft {id: $id}) SET d += $props`;
  await db.writeTransaction((tx) => tx.run(cypher, {
      id: d.id,
      props: {
        status: d.status, version: d.version, format: d.format, createdAt: d.createdAt, updatedAt: d.updatedAt, createdBy: d.createdBy, updatedBy: d.updatedBy,
        publishedArticleId: d.publishedArticleId, articleId: d.article.articleId, title: d.article.title, content: contentOf(d),
      },
    }), OUTSIDE_GRAPH);
}

/** One draft by id, or null. */
export async function draftById(db: Db, id: string): Promise<Draft | null> {
  const [row] = await db.read<{ props: Row }>(`// drafts.byId\nMATCH (d:Draft {id: $id}) RETURN properties(d) AS props`, { id });
  return row ? toDraft(row.props) : null;
}

/** A page of the drafts of one status, newest first. */
export function draftPage(db: Db, status: DraftStatusName, args: PageArgs, wants: PageWants = WANTS_ALL): Promise<PageRecord<Draft>> {
  return fetchPage(
    new Reader(db),
    {
      name: "drafts.page",
      match: "MATCH (d:Draft)",
      variable: "d",
      filters: ["d.status = $status"],
      params: { status },
      sort: { cypher: "d.createdAt", type: "string" },
      direction: "DESC",
      projection: "properties(d)",
    },
    args,
    toDraft,
    wants,
  );
}

/** A change to a draft: what it becomes, by whom, when. */
export interface DraftChange {
  content?: DraftContent;
  status?: DraftStatusName;
  publishedArticleId?: string | null;
  by: string;
  at: string;
}

export type DraftUpdate = { outcome: "updated"; draft: Draft } | { outcome: "stale" | "closed"; draft: Draft } | { outcome: "missing" };

/**
 * Applies `change` to draft `id` if it is still at `version` and OPEN (`closed` when not
 * OPEN, `stale` when another change came first: the draft as it is comes back either way).
 * The node is locked before its version is read, so of two saves of the same version one
 * wins and the other is told. `force` skips the version check (a publish already written).
 */
export async function updateDraft(db: Db, id: string, version: number, change: DraftChange, force = false): Promise<DraftUpdate> {
  return db.writeTransaction(async (tx) => {
    // Writing first takes the node's write lock; what is read after it is the last committed state.
    const locked = await tx.run<{ ok: boolean }>(`// drafts.lock\nMATCH (d:Draft {id: $id}) SET d.lockedAt = $at RETURN true AS ok`, { id, at: change.at });
    if (!locked.length) return { outcome: "missing" as const };
    const props: Row = { updatedAt: change.at, updatedBy: change.by };
    if (change.content) Object.assign(props, { content: contentOf(change.content), articleId: change.content.article.articleId, title: change.content.article.title });
    if (change.status) props.status = change.status;
    if (change.publishedArticleId !== undefined) props.publishedArticleId = change.publishedArticleId;
    const [row] = await tx.run<{ outcome: string; props: Row }>(
      `// drafts.update
MATCH (d:Draft {id: $id})
WITH d, CASE WHEN d.status <> 'OPEN' AND NOT $force THEN 'closed' WHEN d.version <> $version AND NOT $force THEN 'stale' ELSE 'updated' END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET d += $props, d.version = d.version + 1)
REMOVE d.lockedAt
RETURN outcome, properties(d) AS props`,
      { id, version, props, force },
    );
    return { outcome: row!.outcome as "updated" | "stale" | "closed", draft: toDraft(row!.props) };
  }, OUTSIDE_GRAPH);
}
