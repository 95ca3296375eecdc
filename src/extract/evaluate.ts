// Scoring a draft against a hand-written expected article: precision and recall of its
// entities, amounts, deals and roles. Only what the draft states uncommented counts, as
// that is what would load if the reviewer accepted it as is.
import type { ArticleFile, EntityDecl } from "../ingest/model.js";
import { nameKey } from "../text/fold.js";

export interface Counts {
  expected: number;
  proposed: number;
  correct: number;
}

export const CATEGORIES = ["entities", "amounts", "deals", "investors", "roles"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Score {
  counts: Record<Category, Counts>;
  /** Matched deals whose kind is the expected one. */
  kinds: { right: number; checked: number };
  /** Dates of matched facts (announcedOn, since, until) that the expected file gives. */
  dates: { right: number; checked: number };
  /** What was missed and what was proposed wrongly, readable, per category. */
  missing: string[];
  extra: string[];
}

export function emptyScore(): Score {
  const zero = (): Counts => ({ expected: 0, proposed: 0, correct: 0 });
  return { counts: { entities: zero(), amounts: zero(), deals: zero(), investors: zero(), roles: zero() }, kinds: { right: 0, checked: 0 }, dates: { right: 0, checked: 0 }, missing: [], extra: [] };
}

export function addScores(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const c of CATEGORIES) {
    for (const k of ["expected", "proposed", "correct"] as const) out.counts[c][k] = a.counts[c][k] + b.counts[c][k];
  }
  out.kinds = { right: a.kinds.right + b.kinds.right, checked: a.kinds.checked + b.kinds.checked };
  out.dates = { right: a.dates.right + b.dates.right, checked: a.dates.checked + b.dates.checked };
  out.missing = [...a.missing, ...b.missing];
  out.extra = [...a.extra, ...b.extra];
  return out;
}

const keysOf = (e: EntityDecl) => new Set([e.name, ...(e.aliases ?? [])].map(nameKey));

/**
 * Pairs the draft's entities with the expected ones: same type, and a name or alias in
 * common (compared as the loader compares them), or the same explicit id.
 * Returns draft ref -> expected ref.
 */
export function matchEntities(expected: EntityDecl[], draft: EntityDecl[]): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const e of expected) {
    const keys = keysOf(e);
    const d = draft.find((x) => !map.has(x.ref) && x.type === e.type && ((e.id && x.id === e.id) || [...keysOf(x)].some((k) => keys.has(k))));
    if (d && !used.has(e.ref)) {
      map.set(d.ref, e.ref);
      used.add(e.ref);
    }
  }
  return map;
}

/** Greedy one-to-one matching of two lists under `same`; returns the matched pairs. */
function pairs<A, B>(as: A[], bs: B[], same: (a: A, b: B) => boolean): Array<[A, B]> {
  const taken = new Set<number>();
  const out: Array<[A, B]> = [];
  for (const a of as) {
    const i = bs.findIndex((b, j) => !taken.has(j) && same(a, b));
    if (i >= 0) {
      taken.add(i);
      out.push([a, bs[i]!]);
    }
  }
  return out;
}

/** A date is right when it is the expected one, or more precise within it (2023-09-25 for 2023-09). */
const sameDate = (got: unknown, want: unknown) => got !== undefined && String(got).startsWith(String(want));

const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/** How well `draft` states what `expected` states. */
export function scoreDraft(expected: ArticleFile, draft: ArticleFile): Score {
  const score = emptyScore();
  const refMap = matchEntities(expected.entities, draft.entities);
  const map = (ref: string) => refMap.get(ref) ?? `draft:${ref}`;
  score.counts.entities = { expected: expected.entities.length, proposed: draft.entities.length, correct: refMap.size };
  const matchedExpected = new Set(refMap.values());
  for (const e of expected.entities) if (!matchedExpected.has(e.ref)) score.missing.push(`entity ${e.type} ${e.name}`);
  for (const d of draft.entities) if (!refMap.has(d.ref)) score.extra.push(`entity ${d.type} ${d.name}`);
  const nameOf = (entities: EntityDecl[], ref: string) => entities.find((e) => e.ref === ref)?.name ?? ref;
  const eName = (ref: string) => nameOf(expected.entities, ref);
  const dName = (ref: string) => nameOf(draft.entities, ref);

  const eDeals = expected.investments ?? [];
  const dDeals = draft.investments ?? [];
  // A deal is found when its target and at least one of its investors are; how many of
  // its investors are found is the "investors" row (links investor -> target).
  const sameParties = (d: (typeof dDeals)[number], e: (typeof eDeals)[number]) => map(d.target) === e.target && d.investors.some((i) => e.investors.includes(map(i)));
  const dealPairs = pairs(dDeals, eDeals, sameParties);
  score.counts.deals = { expected: eDeals.length, proposed: dDeals.length, correct: dealPairs.length };
  const links = (deals: typeof eDeals, mapRef: (r: string) => string) => deals.flatMap((d) => d.investors.map((i) => `${mapRef(i)} -> ${mapRef(d.target)}`));
  const eLinks = links(eDeals, (r) => r);
  const dLinks = links(dDeals, map);
  const linkPairs = pairs(dLinks, eLinks, (a, b) => a === b);
  score.counts.investors = { expected: eLinks.length, proposed: dLinks.length, correct: linkPairs.length };
  const dealText = (d: (typeof eDeals)[number], name: (r: string) => string) => `deal ${d.kind} ${d.investors.map(name).join("+")} -> ${name(d.target)}`;
  for (const e of eDeals) if (!dealPairs.some(([, x]) => x === e)) score.missing.push(dealText(e, eName));
  for (const d of dDeals) if (!dealPairs.some(([x]) => x === d)) score.extra.push(dealText(d, dName));
  for (const [d, e] of dealPairs) if (d.kind !== e.kind) score.extra.push(`kind ${d.kind} for ${dealText(e, eName)}`);
  for (const [d, e] of dealPairs) {
    score.kinds.checked++;
    if (d.kind === e.kind) score.kinds.right++;
    if (e.announcedOn !== undefined) {
      score.dates.checked++;
      if (sameDate(d.announcedOn, e.announcedOn)) score.dates.right++;
      else score.extra.push(`date ${d.announcedOn ?? "(none)"} for ${e.target} (expected ${e.announcedOn})`);
    }
  }

  type Amount = { target: string; field: string; value: number; currency: string };
  const amounts = (deals: typeof eDeals, mapRef: (r: string) => string): Amount[] =>
    deals.flatMap((d) => [
      ...(d.amount ? [{ target: mapRef(d.target), field: "amount", value: d.amount.value, currency: d.amount.currency }] : []),
      ...(d.valuation ? [{ target: mapRef(d.target), field: "valuation", value: d.valuation.value, currency: d.valuation.currency }] : []),
      ...(d.stakePercent !== undefined ? [{ target: mapRef(d.target), field: "stake", value: d.stakePercent, currency: "%" }] : []),
    ]);
  const eAmounts = amounts(eDeals, (r) => r);
  const dAmounts = amounts(dDeals, map);
  const amountPairs = pairs(dAmounts, eAmounts, (d, e) => d.target === e.target && d.field === e.field && d.currency === e.currency && close(d.value, e.value));
  score.counts.amounts = { expected: eAmounts.length, proposed: dAmounts.length, correct: amountPairs.length };
  const amountText = (a: Amount) => `${a.field} ${a.value} ${a.currency} of ${a.target.startsWith("draft:") ? dName(a.target.slice(6)) : eName(a.target)}`;
  for (const e of eAmounts) if (!amountPairs.some(([, x]) => x === e)) score.missing.push(amountText(e));
  for (const d of dAmounts) if (!amountPairs.some(([x]) => x === d)) score.extra.push(amountText(d));

  const eRoles = expected.roles ?? [];
  const dRoles = draft.roles ?? [];
  const rolePairs = pairs(dRoles, eRoles, (d, e) => map(d.person) === e.person && map(d.company) === e.company && d.title.toLowerCase() === e.title.toLowerCase());
  score.counts.roles = { expected: eRoles.length, proposed: dRoles.length, correct: rolePairs.length };
  const roleText = (r: (typeof eRoles)[number], name: (ref: string) => string) => `role ${name(r.person)}, ${r.title} at ${name(r.company)}`;
  for (const e of eRoles) if (!rolePairs.some(([, x]) => x === e)) score.missing.push(roleText(e, eName));
  for (const d of dRoles) if (!rolePairs.some(([x]) => x === d)) score.extra.push(roleText(d, dName));
  for (const [d, e] of rolePairs) {
    for (const field of ["since", "until"] as const) {
      if (e[field] === undefined) continue;
      score.dates.checked++;
      if (sameDate(d[field], e[field])) score.dates.right++;
      else score.extra.push(`${field} ${d[field] ?? "(none)"} for ${e.person} at ${e.company} (expected ${e[field]})`);
    }
  }
  return score;
}

export const precision = (c: Counts) => (c.proposed ? c.correct / c.proposed : 1);
export const recall = (c: Counts) => (c.expected ? c.correct / c.expected : 1);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** The score as a Markdown table (it goes to the README as is). */
export function scoreTable(score: Score): string {
  const rows = [
    "| category | expected | proposed | correct | precision | recall | F1 |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...CATEGORIES.map((c) => {
      const k = score.counts[c];
      return `| ${c} | ${k.expected} | ${k.proposed} | ${k.correct} | ${precision(k).toFixed(2)} | ${recall(k).toFixed(2)} | ${f1(k).toFixed(2)} |`;
    }),
  ];
  return rows.join("\n");
}
