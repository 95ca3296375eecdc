// A source as it leaves the store: one SOURCED_FROM relationship and its article.
import type { RoundStageName } from "../../domain/vocabulary.js";
import { type MoneyRecord, toMoney } from "../common/index.js";
import { num, row, str } from "../common/index.js";
import { type ArticleRecord, articleProjection, toArticle } from "./article.record.js";

/** How a deal report was matched to its deal (see src/ingest/resolve-deals.ts); none for roles and relations. */
export interface SourceMatchRecord {
  method: string;
  score: number | null;
  agreed: string[];
  conflicting: string[];
  decision: string | null;
}

export interface SourceRecord {
  article: ArticleRecord;
  evidence: string;
  amount: MoneyRecord | null;
  stakePercent: number | null;
  stage: RoundStageName | null;
  valuation: MoneyRecord | null;
  announcedOn: string | null;
  since: string | null;
  until: string | null;
  match: SourceMatchRecord | null;
}

/** The order of a fact's sources: newest article first, then by article id. */
export const newestSourcesFirst = (a: string) => `${a}.publishedOn DESC, ${a}.id`;

/** The Cypher map of SOURCED_FROM relationship `s` to article `a`, read back by toSource. */
export const sourceProjection = (s: string, a: string) => `${s} {
    .evidence, .amountValue, .amountCurrency, .amountUsd, .stakePercent, .stage,
    .valuationValue, .valuationCurrency, .valuationUsd, .announcedOn, .since, .until,
    .matchMethod, .matchScore, .matchAgreed, .matchConflicting, .matchDecision,
    article: ${articleProjection(a)}
  }`;

export function toSource(value: unknown): SourceRecord {
  const r = row(value);
  return {
    article: toArticle(r.article),
    evidence: str(r.evidence) ?? "",
    amount: toMoney(r.amountValue, r.amountCurrency, r.amountUsd),
    stakePercent: num(r.stakePercent),
    stage: str(r.stage) as RoundStageName | null,
    valuation: toMoney(r.valuationValue, r.valuationCurrency, r.valuationUsd),
    announcedOn: str(r.announcedOn),
    since: str(r.since),
    until: str(r.until),
    match: toMatch(r),
  };
}

function toMatch(r: Record<string, unknown>): SourceMatchRecord | null {
  const method = str(r.matchMethod);
  if (!method) return null;
  const words = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return { method, score: num(r.matchScore), agreed: words(r.matchAgreed), conflicting: words(r.matchConflicting), decision: str(r.matchDecision) };
}
