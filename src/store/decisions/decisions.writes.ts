// Decisions on deal resolution as the graph keeps them: one :Decision node each (what it
// names, who, when, why, and its reversal), read by resolution (the active ones) and by the
// API. Called by src/ingest/decide.ts and the decisions API.
import type { Tx } from "../../db/db.js";
import { type Decision, decisionSchema } from "../../domain/decisions.js";

type Run = Pick<Tx, "run">;

/** The node's properties: the decision's fields, its reversal flattened. */
function toProps(d: Decision): Record<string, unknown> {
  const { reverted, ...rest } = d;
  return { ...rest, revertedBy: reverted?.by ?? null, revertedAt: reverted?.at ?? null, revertedReason: reverted?.reason ?? null };
}

/** A Decision node's properties back as a decision (null props left out). */
export function toDecision(props: Record<string, unknown>): Decision {
  const { revertedBy, revertedAt, revertedReason, link: _link, ...rest } = props;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined));
  const reverted = revertedAt ? { by: revertedBy, at: revertedAt, reason: revertedReason } : undefined;
  return decisionSchema.parse({ ...fields, ...(reverted ? { reverted } : {}) });
}

/** Records a decision (or the same one again: a decision file loaded twice is one node). */
export async function recordDecision(tx: Tx, d: Decision, extra: Record<string, unknown> = {}): Promise<void> {
  await tx.run(`// decisions.record\nMERGE (d:Decision {id: $id}) SET d += $props`, { id: d.id, props: { ...toProps(d), ...extra } });
}

/** Decisions by id, as the graph holds them, with what their application kept aside (`link`). */
export async function decisionsById(run: Run, ids: readonly string[]): Promise<Map<string, { decision: Decision; link: string | null }>> {
  const rows = await run.run<{ props: Record<string, unknown> }>(`// decisions.byId\nUNWIND $ids AS id MATCH (d:Decision {id: id}) RETURN properties(d) AS props`, { ids });
  return new Map(rows.map((r) => [r.props.id as string, { decision: toDecision(r.props), link: (r.props.link as string | null) ?? null }]));
}

/** The decisions not reverted, oldest first: what resolution follows. */
export async function activeDecisions(run: Run): Promise<Decision[]> {
  const rows = await run.run<{ props: Record<string, unknown> }>(
    `// decisions.active\nMATCH (d:Decision) WHERE d.revertedAt IS NULL RETURN properties(d) AS props ORDER BY d.at, d.id`,
  );
  return rows.map((r) => toDecision(r.props));
}

/** Every decision, oldest first (what `npm run decisions -- export` writes). */
export async function allDecisions(run: Run): Promise<Decision[]> {
  const rows = await run.run<{ props: Record<string, unknown> }>(`// decisions.all\nMATCH (d:Decision) RETURN properties(d) AS props ORDER BY d.at, d.id`);
  return rows.map((r) => toDecision(r.props));
}

/** Active decisions taken after `at` that name one of `deals`: what must be reverted before. */
export async function laterDecisionsOn(run: Run, deals: readonly string[], at: string, except: string): Promise<string[]> {
  const rows = await run.run<{ id: string }>(
    `// decisions.later
     MATCH (d:Decision) WHERE d.revertedAt IS NULL AND d.id <> $except AND (d.at > $at OR (d.at = $at AND d.id > $except))
       AND any(x IN [d.from, d.into, d.deal, d.newDeal, d.a, d.b] WHERE x IN $deals)
     RETURN d.id AS id ORDER BY d.at, d.id`,
    { deals, at, except },
  );
  return rows.map((r) => r.id);
}

/** The newest decisions first, reverted ones included (the decisions query). */
export async function recentDecisions(run: Run, first: number): Promise<Decision[]> {
  const rows = await run.run<{ props: Record<string, unknown> }>(
    `// decisions.recent\nMATCH (d:Decision) RETURN properties(d) AS props ORDER BY d.at DESC, d.id DESC LIMIT toInteger($first)`,
    { first },
  );
  return rows.map((r) => toDecision(r.props));
}
