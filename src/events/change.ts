// What one article's ingest or withdrawal changed in the graph, as announced to
// subscribers (the `graphChanged` subscription) and carried between instances (Redis):
// plain, JSON-safe data, checked whenever it comes from outside the process.
import { randomUUID } from "node:crypto";
import { z } from "zod";

const NODE_TYPES = ["Company", "Person", "Investment", "Role", "Relation"] as const;
const OUTCOMES = ["CREATED", "UPDATED", "REMOVED"] as const;

const changedNode = z.object({ id: z.string().min(1), type: z.enum(NODE_TYPES) });

const graphChange = z.object({
  id: z.string().min(1),
  at: z.string().datetime(),
  articleId: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  created: z.array(changedNode),
  updated: z.array(changedNode),
  removed: z.array(changedNode),
});

export type GraphChange = z.infer<typeof graphChange>;
export type ChangedNodeRef = z.infer<typeof changedNode>;

/** The part of an IngestReport (what ingestArticle and removeArticle answer) a change is made of. */
export interface ReportLike {
  articleId: string;
  outcome: string;
  created: ReadonlyArray<{ id: string; type: string }>;
  updated: ReadonlyArray<{ id: string; type: string }>;
  removed: ReadonlyArray<{ id: string; type: string }>;
}

/**
 * The change a report describes, stamped with a new id and the current time; undefined when
 * the report changed nothing (outcome UNCHANGED), which is not announced.
 *
 * @example
 *   const change = changeFromReport({ articleId: "a", outcome: "CREATED", created: [{ id: "meta", type: "Company" }], updated: [], removed: [] });
 */
export function changeFromReport(report: ReportLike, now: Date = new Date()): GraphChange | undefined {
  if (report.outcome === "UNCHANGED") return undefined;
  const refs = (list: ReportLike["created"]) => list.map(({ id, type }) => ({ id, type }));
  return graphChange.parse({
    id: randomUUID(),
    at: now.toISOString(),
    articleId: report.articleId,
    outcome: report.outcome,
    created: refs(report.created),
    updated: refs(report.updated),
    removed: refs(report.removed),
  });
}

/** A change received from elsewhere (another instance, through Redis), or undefined when it is not one. */
export function parseChange(value: unknown): GraphChange | undefined {
  const parsed = graphChange.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Every id the change names: the article, and each company, person and fact it created, updated or removed. */
export function idsOf(change: GraphChange): Set<string> {
  return new Set([change.articleId, ...[...change.created, ...change.updated, ...change.removed].map((n) => n.id)]);
}

/** Whether the change names any of `ids` (see idsOf); with `ids` absent, every change does. */
export function touches(change: GraphChange, ids: readonly string[] | undefined): boolean {
  if (!ids) return true;
  const named = idsOf(change);
  return ids.some((id) => named.has(id));
}
