// A draft as the inbox edits it: the article's fields and its proposed facts, each with the
// reviewer's decision, changed in place by the forms and sent back whole by saveDraft.
import type { Span } from "./draft-text.js";

export type Decision = "ACCEPTED" | "REJECTED" | "PENDING";
export type EntityKind = "Company" | "Person";

export interface DraftMoney {
  value: number;
  currency: string;
}

/** What every proposed fact carries: where it came from and what the reviewer decided. */
export interface Proposal {
  key: string;
  confidence: number;
  rule: string;
  decision: Decision;
}

export interface DraftEntity extends Proposal {
  type: EntityKind;
  name: string;
  aliases: string[];
  /** Companies: what the text says it mainly is, when it says. */
  kind: string | null;
  /** The graph's entity it was matched to; null: a new one. */
  matchedId: string | null;
  matchedName: string | null;
  /** Graph entities of its name, when the extractor could not choose. */
  candidates: Array<{ id: string; name: string }>;
  mentions: Span[];
}

export interface DraftDeal extends Proposal {
  kind: string;
  /** Entity keys. */
  target: string;
  investors: string[];
  leadInvestors: string[];
  otherInvestors: boolean;
  amount: DraftMoney | null;
  valuation: DraftMoney | null;
  stakePercent: number | null;
  stage: string | null;
  status: string | null;
  announcedOn: string | null;
  evidence: string;
  evidenceSpan: Span | null;
  notes: string[];
}

export interface DraftRole extends Proposal {
  /** Entity keys. */
  person: string;
  company: string;
  title: string;
  since: string | null;
  until: string | null;
  evidence: string;
  evidenceSpan: Span | null;
  notes: string[];
}

export interface DraftArticle {
  /** The id it will have in the graph. */
  articleId: string;
  title: string;
  publisher: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedOn: string;
  body: string;
}

/**
 * Why publishing was refused: the deal, role or entity it concerns (its key) and its field
 * ("amount.currency"), or no key and an article field ("article.publisher"); the loader's path.
 */
export interface DraftProblem {
  key: string | null;
  field: string | null;
  message: string;
  path: string;
}

export interface EditableDraft {
  id: string;
  version: number;
  status: string;
  article: DraftArticle;
  entities: DraftEntity[];
  deals: DraftDeal[];
  roles: DraftRole[];
  problems: DraftProblem[];
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
  publishedArticleId: string | null;
}

export type Fact = { what: "entity"; fact: DraftEntity } | { what: "deal"; fact: DraftDeal } | { what: "role"; fact: DraftRole };

/** Every fact of the draft, entities first. */
export function factsOf(d: EditableDraft): Fact[] {
  return [
    ...d.entities.map((fact) => ({ what: "entity" as const, fact })),
    ...d.deals.map((fact) => ({ what: "deal" as const, fact })),
    ...d.roles.map((fact) => ({ what: "role" as const, fact })),
  ];
}

/** Accepts every fact still pending (what "Accept all proposed" does); returns how many. */
export function acceptAllPending(d: EditableDraft): number {
  let n = 0;
  for (const { fact } of factsOf(d)) {
    if (fact.decision === "PENDING") {
      fact.decision = "ACCEPTED";
      n++;
    }
  }
  return n;
}

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, md: 1e9, mds: 1e9, milliard: 1e9, milliards: 1e9, t: 1e12, tn: 1e12, trillion: 1e12 };

/**
 * An amount as a reviewer types it: "6B", "6 billion", "220M", "1.5 bn", "6000000000".
 * Returns null for an empty field and NaN for one it cannot read.
 */
export function parseAmount(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/[\s_]+(?=\d)/g, "");
  if (!t) return null;
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)?$/.exec(t);
  if (!m) return NaN;
  const scale = m[2] ? SCALES[m[2]] : 1;
  if (scale === undefined) return NaN;
  return Math.round(Number(m[1]!.replace(",", ".")) * scale);
}

/** An amount as the amount field shows it: 6000000000 -> "6B", 220000000 -> "220M". */
export function amountText(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  for (const [suffix, factor] of [["T", 1e12], ["B", 1e9], ["M", 1e6], ["K", 1e3]] as const) {
    if (value >= factor && Number.isInteger((value / factor) * 1000)) return `${value / factor}${suffix}`;
  }
  return String(value);
}

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Evidence as the loader compares it: white space runs folded to one space, trimmed. */
export { passageOf } from "../../../src/domain/passage.js";

export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

