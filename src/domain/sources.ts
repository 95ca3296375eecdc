// How the graph chooses among sources that disagree, written once for every path that
// derives values (the ingest's plan and derivations, the benchmark's bulk path):
// the latest publication wins; on the same date, the article with the smaller id, so
// that the answer does not depend on the order articles were loaded in.

/** Who said something, and when it was published. */
export interface Stamp {
  publishedOn: string;
  /** Null for a stamp stored before articles were recorded with it: then the newcomer wins a tie. */
  articleId: string | null;
}

/** Whether `a` supersedes `b` (there being no `b` counts as yes). */
export function supersedes(a: Stamp, b: Stamp | null | undefined): boolean {
  if (!b) return true;
  if (a.publishedOn !== b.publishedOn) return a.publishedOn > b.publishedOn;
  return b.articleId === null || (a.articleId !== null && a.articleId < b.articleId);
}

/**
 * The same order for Cypher that sorts a fact's sources in the database, latest first:
 * `a` is the source's article. Kept beside `supersedes` so that the two cannot drift apart.
 */
export const LATEST_FIRST = "a.publishedOn DESC, a.id ASC";

/** An entity's descriptive fields: each from the latest mention that gives it. */
export const DESCRIPTIVE_FIELDS = ["kind", "website", "country", "description"] as const;
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];

export type Description = Record<DescriptiveField, string | null> & {
  /** The latest mention taken in so far (stored as describedOn, describedBy). */
  stamp: Stamp | null;
};

export const NO_DESCRIPTION: Description = Object.freeze({ kind: null, website: null, country: null, description: null, stamp: null });

/**
 * The description once one more mention is taken in: a mention later than every one before
 * replaces the fields it gives; an earlier one only fills the fields still empty. Folding
 * mentions oldest first gives each field from the latest mention that gives it.
 *
 * @example
 *   describe(NO_DESCRIPTION, { website: "a.com", kind: null, country: null, description: null, stamp: { publishedOn: "2024", articleId: "x" } })
 */
export function describe(current: Description, mention: Description & { stamp: Stamp }): Description {
  const newer = supersedes(mention.stamp, current.stamp);
  const next = { ...current, stamp: newer ? mention.stamp : current.stamp };
  for (const field of DESCRIPTIVE_FIELDS) {
    next[field] = newer ? (mention[field] ?? current[field]) : (current[field] ?? mention[field]);
  }
  return next;
}

/**
 * An entity's aliases once `names` are taken in: they accumulate in the order they were
 * first given, and the display name is never its own alias.
 */
export function withAliases(name: string, aliases: readonly string[], names: readonly string[]): string[] {
  const all = [...aliases];
  for (const n of names) if (n !== name && !all.includes(n)) all.push(n);
  return all;
}
