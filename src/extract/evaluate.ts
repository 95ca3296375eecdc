// Scoring a draft against a hand-written expected article: precision and recall of its
// entities, amounts, deals, investors, roles and round stages, and the corrections a
// reviewer needs to turn it into the expected facts. Only what the draft states
// uncommented counts, as that is what would load if the reviewer accepted it as is.
import type { ArticleFile, EntityDecl } from "../ingest/model.js";
import { nameKey } from "../text/fold.js";

export interface Counts {
  expected: number;
  proposed: number;
  correct: number;
}

export const CATEGORIES = ["entities", "amounts", "deals", "investors", "roles", "stages"] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The corrections a reviewer makes to turn the draft into the expected facts, per category:
 * - reject: a wrong proposal to delete. Deleting a wrong deal deletes its lines too, so
 *   the investors, amounts and stage of an unmatched draft deal are not counted again.
 * - add: a missing fact to write: an entity, a deal, a role, and each investor link,
 *   amount (amount, valuation, stake) and stage the expected file has and the draft lacks
 *   (a missing deal is 1 + its investors + its figures + its stage).
 * - fix: a wrong field of a fact that is there: an entity's type (same name), a matched
 *   deal's kind or announcedOn, an amount of the right field with the wrong value or
 *   currency, a matched round's stage, a role's title (same person and company) or dates.
 * The article's total is the sum over categories and the three counts.
 */
export interface Corrections {
  reject: number;
  add: number;
  fix: number;
}

export interface Score {
  counts: Record<Category, Counts>;
  corrections: Record<Category, Corrections>;
  /** Matched deals whose kind is the expected one. */
  kinds: { right: number; checked: number };
  /** Dates of matched facts (announcedOn, since, until) that the expected file gives. */
  dates: { right: number; checked: number };
  /** What was missed and what was proposed wrongly, readable, per category. */
  missing: string[];
  extra: string[];
}

const perCategory = <T>(make: () => T) => Object.fromEntries(CATEGORIES.map((c) => [c, make()])) as Record<Category, T>;

export function emptyScore(): Score {
  return {
    counts: perCategory(() => ({ expected: 0, proposed: 0, correct: 0 })),
    corrections: perCategory(() => ({ reject: 0, add: 0, fix: 0 })),
    kinds: { right: 0, checked: 0 },
    dates: { right: 0, checked: 0 },
    missing: [],
    extra: [],
  };
}

/** The corrections of a score, all categories together (see Corrections). */
export function totalCorrections(score: Score): number {
  return CATEGORIES.reduce((n, c) => n + score.corrections[c].reject + score.corrections[c].add + score.corrections[c].fix, 0);
}

export function addScores(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const c of CATEGORIES) {
    for (const k of ["expected", "proposed", "correct"] as const) out.counts[c][k] = a.counts[c][k] + b.counts[c][k];
    for (const k of ["reject", "add", "fix"] as const) out.corrections[c][k] = a.corrections[c][k] + b.corrections[c][k];
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
  const fixes = score.corrections;
  const refMap = matchEntities(expected.entities, draft.entities);
  const map = (ref: string) => refMap.get(ref) ?? `draft:${ref}`;
  score.counts.entities = { expected: expected.entities.length, proposed: draft.entities.length, correct: refMap.size };
  const matchedExpected = new Set(refMap.values());
  const missingEntities = expected.entities.filter((e) => !matchedExpected.has(e.ref));
  const extraEntities = draft.entities.filter((d) => !refMap.has(d.ref));
  for (const e of missingEntities) score.missing.push(`entity ${e.type} ${e.name}`);
  for (const d of extraEntities) score.extra.push(`entity ${d.type} ${d.name}`);
  // The right name with the wrong type is one fix, not a rejection and an addition.
  const retyped = pairs(extraEntities, missingEntities, (d, e) => [...keysOf(d)].some((k) => keysOf(e).has(k))).length;
  fixes.entities = { reject: extraEntities.length - retyped, add: missingEntities.length - retyped, fix: retyped };
  const nameOf = (entities: EntityDecl[], ref: string) => entities.find((e) => e.ref === ref)?.name ?? ref;
  const eName = (ref: string) => nameOf(expected.entities, ref);
  const dName = (ref: string) => nameOf(draft.entities, ref);

  const eDeals = expected.investments ?? [];
  const dDeals = draft.investments ?? [];
  type Deal = (typeof eDeals)[number];
  // A deal is found when its target and at least one of its investors are; how many of
  // its investors are found is the "investors" row (links investor -> target).
  const sameParties = (d: Deal, e: Deal) => map(d.target) === e.target && d.investors.some((i) => e.investors.includes(map(i)));
  const dealPairs = pairs(dDeals, eDeals, sameParties);
  const matchedDraft = new Set(dealPairs.map(([d]) => d));
  const matchedGold = new Set(dealPairs.map(([, e]) => e));
  score.counts.deals = { expected: eDeals.length, proposed: dDeals.length, correct: dealPairs.length };
  fixes.deals.reject = dDeals.length - dealPairs.length;
  fixes.deals.add = eDeals.length - dealPairs.length;
  type Link = { deal: Deal; key: string };
  const links = (deals: Deal[], mapRef: (r: string) => string): Link[] => deals.flatMap((d) => d.investors.map((i) => ({ deal: d, key: `${mapRef(i)} -> ${mapRef(d.target)}` })));
  const eLinks = links(eDeals, (r) => r);
  const dLinks = links(dDeals, map);
  const linkPairs = pairs(dLinks, eLinks, (a, b) => a.key === b.key);
  score.counts.investors = { expected: eLinks.length, proposed: dLinks.length, correct: linkPairs.length };
  // A wrong link of a rejected deal goes with it; a missing link is written either way.
  fixes.investors.reject = dLinks.filter((l) => matchedDraft.has(l.deal) && !linkPairs.some(([x]) => x === l)).length;
  fixes.investors.add = eLinks.length - linkPairs.length;
  const linkText = (key: string) => `investor ${key.split(" -> ").map((r) => (r.startsWith("draft:") ? dName(r.slice(6)) : eName(r))).join(" -> ")}`;
  for (const l of eLinks) if (matchedGold.has(l.deal) && !linkPairs.some(([, x]) => x === l)) score.missing.push(linkText(l.key));
  for (const l of dLinks) if (matchedDraft.has(l.deal) && !linkPairs.some(([x]) => x === l)) score.extra.push(linkText(l.key));
  const dealText = (d: Deal, name: (r: string) => string) => `deal ${d.kind} ${d.investors.map(name).join("+")} -> ${name(d.target)}`;
  for (const e of eDeals) if (!matchedGold.has(e)) score.missing.push(dealText(e, eName));
  for (const d of dDeals) if (!matchedDraft.has(d)) score.extra.push(dealText(d, dName));
  for (const [d, e] of dealPairs) if (d.kind !== e.kind) score.extra.push(`kind ${d.kind} for ${dealText(e, eName)}`);
  for (const [d, e] of dealPairs) {
    score.kinds.checked++;
    if (d.kind === e.kind) score.kinds.right++;
    else fixes.deals.fix++;
    if (e.announcedOn !== undefined) {
      score.dates.checked++;
      if (sameDate(d.announcedOn, e.announcedOn)) score.dates.right++;
      else {
        fixes.deals.fix++;
        score.extra.push(`date ${d.announcedOn ?? "(none)"} for ${e.target} (expected ${e.announcedOn})`);
      }
    }
  }

  // Stages: the draft's stated stages against the expected rounds' ones; right when the
  // deal is matched and its stage is the same.
  const eStaged = eDeals.filter((e) => e.stage !== undefined);
  const dStaged = dDeals.filter((d) => d.stage !== undefined);
  const stagePairs = dealPairs.filter(([d, e]) => d.stage !== undefined && e.stage !== undefined);
  const stagesRight = stagePairs.filter(([d, e]) => d.stage === e.stage).length;
  score.counts.stages = { expected: eStaged.length, proposed: dStaged.length, correct: stagesRight };
  fixes.stages = {
    reject: dealPairs.filter(([d, e]) => d.stage !== undefined && e.stage === undefined).length,
    add: eStaged.filter((e) => !stagePairs.some(([, x]) => x === e)).length,
    fix: stagePairs.length - stagesRight,
  };
  for (const e of eStaged) if (!stagePairs.some(([d, x]) => x === e && d.stage === e.stage)) score.missing.push(`stage ${e.stage} of ${eName(e.target)}`);
  for (const d of dStaged) if (!stagePairs.some(([x, e]) => x === d && d.stage === e.stage)) score.extra.push(`stage ${d.stage} of ${dName(d.target)}`);

  type Amount = { deal: Deal; target: string; field: string; value: number; currency: string };
  const amounts = (deals: Deal[], mapRef: (r: string) => string): Amount[] =>
    deals.flatMap((d) => [
      ...(d.amount ? [{ deal: d, target: mapRef(d.target), field: "amount", value: d.amount.value, currency: d.amount.currency }] : []),
      ...(d.valuation ? [{ deal: d, target: mapRef(d.target), field: "valuation", value: d.valuation.value, currency: d.valuation.currency }] : []),
      ...(d.stakePercent !== undefined ? [{ deal: d, target: mapRef(d.target), field: "stake", value: d.stakePercent, currency: "%" }] : []),
    ]);
  const eAmounts = amounts(eDeals, (r) => r);
  const dAmounts = amounts(dDeals, map);
  const amountPairs = pairs(dAmounts, eAmounts, (d, e) => d.target === e.target && d.field === e.field && d.currency === e.currency && close(d.value, e.value));
  score.counts.amounts = { expected: eAmounts.length, proposed: dAmounts.length, correct: amountPairs.length };
  const amountText = (a: Amount) => `${a.field} ${a.value} ${a.currency} of ${a.target.startsWith("draft:") ? dName(a.target.slice(6)) : eName(a.target)}`;
  const missingAmounts = eAmounts.filter((e) => !amountPairs.some(([, x]) => x === e));
  const extraAmounts = dAmounts.filter((d) => !amountPairs.some(([x]) => x === d));
  for (const e of missingAmounts) score.missing.push(amountText(e));
  for (const d of extraAmounts) score.extra.push(amountText(d));
  // An amount of a kept deal with the wrong value is one fix; one of a rejected deal goes with it.
  const kept = extraAmounts.filter((d) => matchedDraft.has(d.deal));
  const misvalued = pairs(kept, missingAmounts, (d, e) => d.target === e.target && d.field === e.field).length;
  fixes.amounts = { reject: kept.length - misvalued, add: missingAmounts.length - misvalued, fix: misvalued };

  const eRoles = expected.roles ?? [];
  const dRoles = draft.roles ?? [];
  type Role = (typeof eRoles)[number];
  const sameHolder = (d: Role, e: Role) => map(d.person) === e.person && map(d.company) === e.company;
  const rolePairs = pairs(dRoles, eRoles, (d, e) => sameHolder(d, e) && d.title.toLowerCase() === e.title.toLowerCase());
  score.counts.roles = { expected: eRoles.length, proposed: dRoles.length, correct: rolePairs.length };
  const roleText = (r: Role, name: (ref: string) => string) => `role ${name(r.person)}, ${r.title} at ${name(r.company)}`;
  const missingRoles = eRoles.filter((e) => !rolePairs.some(([, x]) => x === e));
  const extraRoles = dRoles.filter((d) => !rolePairs.some(([x]) => x === d));
  for (const e of missingRoles) score.missing.push(roleText(e, eName));
  for (const d of extraRoles) score.extra.push(roleText(d, dName));
  const retitled = pairs(extraRoles, missingRoles, sameHolder).length;
  fixes.roles = { reject: extraRoles.length - retitled, add: missingRoles.length - retitled, fix: retitled };
  for (const [d, e] of rolePairs) {
    for (const field of ["since", "until"] as const) {
      if (e[field] === undefined) continue;
      score.dates.checked++;
      if (sameDate(d[field], e[field])) score.dates.right++;
      else {
        fixes.roles.fix++;
        score.extra.push(`${field} ${d[field] ?? "(none)"} for ${e.person} at ${e.company} (expected ${e[field]})`);
      }
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

/** The score as a Markdown table: precision, recall and F1, and the corrections a reviewer makes (see Corrections). */
export function scoreTable(score: Score): string {
  const rows = [
    "| category | expected | proposed | correct | precision | recall | F1 | reject | add | fix |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...CATEGORIES.map((c) => {
      const k = score.counts[c];
      const x = score.corrections[c];
      return `| ${c} | ${k.expected} | ${k.proposed} | ${k.correct} | ${precision(k).toFixed(2)} | ${recall(k).toFixed(2)} | ${f1(k).toFixed(2)} | ${x.reject} | ${x.add} | ${x.fix} |`;
    }),
  ];
  return rows.join("\n");
}

/** Median, mean and max of the articles' corrections (see Corrections); zeros for no article. */
export function correctionStats(perArticle: number[]): { median: number; mean: number; max: number } {
  if (!perArticle.length) return { median: 0, mean: 0, max: 0 };
  const sorted = [...perArticle].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, max: sorted[sorted.length - 1]! };
}
