// Deal resolution: whether a reported deal is a deal the graph (or the run) already holds.
// Two reports of one deal rarely agree field for field: one gives the year, the other the
// month; one names "Amazon and others", the other four investors; "about $1bn" against
// "$1.05 billion", or the figure in euros. So a report is scored against each deal of the
// same target and kind, field by field, and the fields that agree and conflict are kept as
// the reason. Every weight and threshold is here, in one table.
//
// Points per field (a field either side leaves out counts 0):
//
//   announcedOn  dates read as intervals at their precision ("2024" is the whole year):
//                overlapping or at most 45 days apart: +2 when both give at least a month,
//                +1 when one gives only a year; 46 to 120 days apart: -2; further: -6
//   investors    the same set +3; one set inside the other +2 when the smaller side says
//                there were others ("Amazon and others"), +1 when it does not; overlapping
//                sets where the smaller side says there were others +1, otherwise -1 (each
//                names investors the other lacks); no investor in common -4 (-2 when either
//                side says there were others)
//   amount       in USD (each converted at its own year's rate): within 5% +3, within 15% +2,
//                within 30% 0, further apart -5
//   valuation    within 15% +1, within 30% 0, further apart -2
//   stake        within one percentage point +1, else -3
//   stage        the same round stage +2, another stage -6 (a Series E is not a Series F)
//   sole         +1 for the one deal of the target and kind whose date agrees with the
//                report's and on which nothing conflicts, when there is just one: a company
//                seldom has two rounds of one kind in a year, so a lone candidate is likelier
//                the same ("2019, Lomi and Kalo" against the only 2019 round of its target)
//
// At MERGE_AT points or more the report is that deal (one more source). Between LINK_AT and
// MERGE_AT it becomes a deal of its own, linked to the other as a possible duplicate for a
// person to decide. Below LINK_AT the two are unrelated. Examples (docs/deal-resolution.md):
//
//   "2024, Amazon and others, $1B" vs "2024-05, Accel/Amazon/Meta/Nvidia, $1B, Series F"
//       date +1, investors +2, amount +3 = 6: merged
//   "2024-05, a16z, $120M" vs "2024-06, a16z, EUR 110M" (about $119M)
//       date +2, investors +3, amount +3 = 8: merged
//   "2024-05, a16z and b" vs "2024, a16z and others" (no amounts), one of two 2024 rounds
//       date +1, investors +2 = 3: a possible duplicate (the only 2024 round: +1 = 4, still)
//   "2019-12, Lomi, Kalo" vs "2019, Lomi, Kalo" (no amounts), the only 2019 round
//       date +1, investors +3, sole +1 = 5: merged
//   "2021-03, Sequoia, $40M" vs "2022-09, Sequoia, $150M"
//       date -6, investors +3, amount -5 = -8: unrelated
import type { RoundStageName } from "./vocabulary.js";

/** What a deal report, or a deal as derived from its sources, says (target and kind already equal). */
export interface DealProfile {
  announcedOn: string | null;
  investorIds: readonly string[];
  otherInvestors: boolean;
  amountUsd: number | null;
  valuationUsd: number | null;
  stakePercent: number | null;
  stage: RoundStageName | null;
}

/** The fields two reports of a deal are compared on; NAME and COUNTRY are those of two entities (name-match.ts). */
export const MATCH_FIELDS = ["ANNOUNCED_ON", "INVESTORS", "AMOUNT", "VALUATION", "STAKE", "STAGE", "SOLE_CANDIDATE", "NAME", "COUNTRY"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** The score of a report against a deal, and the fields behind it. */
export interface MatchScore {
  score: number;
  agreed: MatchField[];
  conflicting: MatchField[];
}

/** A report scoring this much or more against a deal is that deal. */
export const MERGE_AT = 5;
/** From this score up to MERGE_AT, a report's new deal is linked to the other as a possible duplicate. */
export const LINK_AT = 2;

const DAY = 86_400_000;
const NEAR_DAYS = 45;
const FAR_DAYS = 120;

/** A partial date as the days it covers: "2024" is [2024-01-01, 2024-12-31]. */
export function dateSpan(date: string): [number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?];
  if (d !== undefined) {
    const day = Date.UTC(y, m! - 1, d);
    return [day, day];
  }
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** Days between two partial dates' spans: 0 when they overlap. */
export function daysApart(a: string, b: string): number {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  return Math.max(0, Math.max(a0, b0) - Math.min(a1, b1)) / DAY;
}

function datePoints(a: string, b: string): number {
  const gap = daysApart(a, b);
  if (gap > FAR_DAYS) return -6;
  if (gap > NEAR_DAYS) return -2;
  return a.length >= 7 && b.length >= 7 ? 2 : 1;
}

function investorPoints(a: DealProfile, b: DealProfile): number {
  const as = new Set(a.investorIds);
  const bs = new Set(b.investorIds);
  const common = [...as].filter((x) => bs.has(x)).length;
  if (!as.size || !bs.size) return 0;
  if (common === 0) return a.otherInvestors || b.otherInvestors ? -2 : -4;
  if (common === as.size && common === bs.size) return 3;
  const smaller = as.size <= bs.size ? a : b;
  // A report that names fewer investors agrees more when it says there were others.
  if (common === as.size || common === bs.size) return smaller.otherInvestors ? 2 : 1;
  return smaller.otherInvestors ? 1 : -1;
}

/** How far apart two figures are, as a share of the larger. */
const spread = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b);

function amountPoints(a: number, b: number): number {
  const s = spread(a, b);
  return s <= 0.05 ? 3 : s <= 0.15 ? 2 : s <= 0.3 ? 0 : -5;
}

function valuationPoints(a: number, b: number): number {
  const s = spread(a, b);
  return s <= 0.15 ? 1 : s <= 0.3 ? 0 : -2;
}

const known = (x: number | null): x is number => x !== null && Number.isFinite(x) && x > 0;

/** Scores report `a` against deal `b` (or the other way round: the score is symmetric). */
export function scoreDeal(a: DealProfile, b: DealProfile): MatchScore {
  const points: Array<[MatchField, number | null]> = [
    ["ANNOUNCED_ON", a.announcedOn && b.announcedOn ? datePoints(a.announcedOn, b.announcedOn) : null],
    ["INVESTORS", a.investorIds.length && b.investorIds.length ? investorPoints(a, b) : null],
    ["AMOUNT", known(a.amountUsd) && known(b.amountUsd) ? amountPoints(a.amountUsd, b.amountUsd) : null],
    ["VALUATION", known(a.valuationUsd) && known(b.valuationUsd) ? valuationPoints(a.valuationUsd, b.valuationUsd) : null],
    ["STAKE", a.stakePercent !== null && b.stakePercent !== null ? (Math.abs(a.stakePercent - b.stakePercent) <= 1 ? 1 : -3) : null],
    ["STAGE", a.stage && b.stage ? (a.stage === b.stage ? 2 : -6) : null],
  ];
  return {
    score: points.reduce((sum, [, p]) => sum + (p ?? 0), 0),
    agreed: points.filter(([, p]) => p !== null && p > 0).map(([f]) => f),
    conflicting: points.filter(([, p]) => p !== null && p < 0).map(([f]) => f),
  };
}

/**
 * Scores a report against every candidate deal (same target and kind), best first (ties by
 * id), the sole-candidate point given (see the table above).
 */
export function rankDeals<C extends { id: string; profile: DealProfile }>(report: DealProfile, candidates: readonly C[]): Array<MatchScore & { id: string }> {
  const scored = candidates.map((c) => ({ id: c.id, ...scoreDeal(report, c.profile) }));
  const clean = scored.filter((s) => s.agreed.includes("ANNOUNCED_ON") && !s.conflicting.length);
  const sole = clean.length === 1 && scored.filter((s) => s.agreed.includes("ANNOUNCED_ON")).length === 1 ? clean[0] : undefined;
  if (sole) Object.assign(sole, { score: sole.score + 1, agreed: [...sole.agreed, "SOLE_CANDIDATE" as const] });
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** What a score means: the same deal, possibly the same (for a person to decide), or another. */
export function verdict(score: number): "same" | "possible" | "other" {
  return score >= MERGE_AT ? "same" : score >= LINK_AT ? "possible" : "other";
}

/** A deal after one more report of it: what later resolution in the same run compares with. */
export function absorb(deal: DealProfile, report: DealProfile): DealProfile {
  const date =
    report.announcedOn && deal.announcedOn && report.announcedOn.startsWith(deal.announcedOn) ? report.announcedOn : (deal.announcedOn ?? report.announcedOn);
  return {
    announcedOn: date,
    investorIds: [...new Set([...deal.investorIds, ...report.investorIds])],
    otherInvestors: deal.otherInvestors || report.otherInvestors,
    amountUsd: report.amountUsd ?? deal.amountUsd,
    valuationUsd: report.valuationUsd ?? deal.valuationUsd,
    stakePercent: report.stakePercent ?? deal.stakePercent,
    stage: report.stage ?? deal.stage,
  };
}
