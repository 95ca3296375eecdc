// A person's judgement on deal resolution, recorded with who, when and why, and undone the
// same way: two deals are one (MERGE, `from` into `into`), an article's report is not this
// deal (SPLIT: it becomes deal `newDeal`), two possible duplicates are distinct (DISTINCT),
// two companies or two people are one (MERGE_ENTITIES, `from` into `into`).
// Decisions live in the graph (:Decision nodes) and as files (decisions/<id>.json, the
// format below), and resolution follows the active ones, so a graph rebuilt from article
// files and decision files comes out as the live one (docs/deal-resolution.md).
import { createHash } from "node:crypto";
import { z } from "zod";
import { ID_PATTERN, MAX_ID_LENGTH } from "./vocabulary.js";

export const DECISION_ACTIONS = ["MERGE", "SPLIT", "DISTINCT", "MERGE_ENTITIES"] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

const id = z
  .string()
  .regex(ID_PATTERN, { error: (i) => `${JSON.stringify(i.input)} is not an id ([a-z0-9][a-z0-9-]*)` })
  .max(MAX_ID_LENGTH, { error: `is longer than ${MAX_ID_LENGTH} characters` });
const text = z.string().trim().min(1, { error: "must not be empty" }).max(2000, { error: "is longer than 2,000 characters" });
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { error: (i) => `${JSON.stringify(i.input)} is not an ISO 8601 time` });

const stamp = { by: text, at: instant, reason: text };

/** The undoing of a decision: who, when, why. */
const reversal = z.strictObject(stamp);

const common = { id, ...stamp, reverted: reversal.optional() };

/** The decision file format (one JSON object per file, `decisions/<id>.json`). */
export const decisionSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ ...common, action: z.literal("MERGE"), from: id, into: id, articles: z.array(id).optional() }),
    z.strictObject({ ...common, action: z.literal("SPLIT"), deal: id, article: id, newDeal: id }),
    z.strictObject({ ...common, action: z.literal("DISTINCT"), a: id, b: id }),
    z.strictObject({ ...common, action: z.literal("MERGE_ENTITIES"), from: id, into: id, articles: z.array(id).optional() }),
  ],
  { error: (i) => (i.code === "invalid_union" ? `"action" must be one of ${DECISION_ACTIONS.join(", ")}` : undefined) },
);

export type Decision = z.infer<typeof decisionSchema>;
export type MergeDecision = Extract<Decision, { action: "MERGE" }>;
export type SplitDecision = Extract<Decision, { action: "SPLIT" }>;
export type DistinctDecision = Extract<Decision, { action: "DISTINCT" }>;
export type EntityMergeDecision = Extract<Decision, { action: "MERGE_ENTITIES" }>;

/** Who takes or undoes a decision, and why; when: now unless given (ISO 8601). */
export interface DecisionStamp {
  by: string;
  reason: string;
  at?: string;
}

/** The deals (or entities) a decision names. */
export function dealsOf(d: Decision): string[] {
  return d.action === "MERGE" || d.action === "MERGE_ENTITIES" ? [d.from, d.into] : d.action === "SPLIT" ? [d.deal, d.newDeal] : [d.a, d.b];
}

/** A new decision's id: its action, then a digest of what it names and when. */
export function decisionId(action: DecisionAction, subjects: readonly string[], at: string): string {
  return `${action.toLowerCase().replace(/_/g, "-")}-${createHash("sha1").update([...subjects, at].join("|")).digest("hex").slice(0, 12)}`;
}

/** The deal an article's report split off `deal` becomes: readable while it fits an id. */
export function splitDealId(deal: string, article: string): string {
  const readable = `${deal}--${article}`;
  return readable.length <= MAX_ID_LENGTH ? readable : `split-${createHash("sha1").update(readable).digest("hex").slice(0, 12)}`;
}

/**
 * What resolution does with the active decisions: a report that would be deal `id` from
 * article `articleId` is the deal returned instead (a split first, then merges followed
 * to the end), with the decision that placed it; null when no decision applies.
 */
export class DecisionRules {
  private readonly merges = new Map<string, MergeDecision>();
  private readonly splits = new Map<string, SplitDecision>();
  private readonly entityMerges = new Map<string, EntityMergeDecision>();

  /** `overrides`: for a revert's replay, article -> entity id -> the id it is again. */
  constructor(
    active: readonly Decision[],
    private readonly overrides: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
  ) {
    for (const d of active) {
      if (d.action === "MERGE_ENTITIES") this.entityMerges.set(d.from, d);
      if (d.action === "MERGE") this.merges.set(d.from, d);
      else if (d.action === "SPLIT") this.splits.set(`${d.article}|${d.deal}`, d);
    }
  }

  redirect(id: string, articleId: string): { id: string; decision: string } | null {
    let decision: string | null = null;
    let at = id;
    const split = this.splits.get(`${articleId}|${at}`);
    if (split) [at, decision] = [split.newDeal, split.id];
    const seen = new Set<string>([at]);
    for (let m = this.merges.get(at); m && !seen.has(m.into); m = this.merges.get(at)) {
      [at, decision] = [m.into, m.id];
      seen.add(at);
    }
    return decision ? { id: at, decision } : null;
  }

  /** Every deal a redirect may lead to (looked up with the run's facts). */
  targets(): string[] {
    return [...[...this.merges.values()].map((m) => m.into), ...[...this.splits.values()].map((s) => s.newDeal)];
  }

  /** The entity an article's entity `id` is under the active merges (followed to the end), or null. */
  entity(id: string, articleId: string): string | null {
    const override = this.overrides.get(articleId)?.get(id);
    if (override) return override;
    let at = id;
    const seen = new Set([at]);
    for (let m = this.entityMerges.get(at); m && !seen.has(m.into); m = this.entityMerges.get(at)) {
      at = m.into;
      seen.add(at);
    }
    return at === id ? null : at;
  }

  /** Every entity an entity redirect may lead to. */
  entityTargets(): string[] {
    return [...[...this.entityMerges.values()].map((m) => m.into), ...[...this.overrides.values()].flatMap((o) => [...o.values()])];
  }
}
