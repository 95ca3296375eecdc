// The words of the model, each written once: what kinds of company, deal, status and
// relation there are. The article format (ingest/model.ts), the GraphQL enums (checked
// against these by tests/unit/vocabulary.test.ts), the extractor and the queries that
// name them take them from here.

/** What a company mainly is. */
export const COMPANY_KINDS = ["COMPANY", "INVESTOR", "RESEARCH", "MEDIA", "OTHER"] as const;
export type CompanyKindName = (typeof COMPANY_KINDS)[number];

/** What kind of deal an investment is. */
export const INVESTMENT_KINDS = ["EQUITY_STAKE", "FUNDING_ROUND", "ACQUISITION", "LICENSE_AND_HIRE"] as const;
export type InvestmentKindName = (typeof INVESTMENT_KINDS)[number];

/**
 * The stage of a funding round, as news labels it ("seed", "Series F", "série B"): only a
 * FUNDING_ROUND has one, and a source that gives none says nothing about it.
 */
export const ROUND_STAGES = [
  "PRE_SEED", "SEED",
  "SERIES_A", "SERIES_B", "SERIES_C", "SERIES_D", "SERIES_E", "SERIES_F", "SERIES_G", "SERIES_H", "SERIES_I", "SERIES_J",
  "BRIDGE", "GROWTH", "PRE_IPO", "IPO",
] as const;
export type RoundStageName = (typeof ROUND_STAGES)[number];

/** The one kind of deal that has a round stage. */
export const STAGED_KIND: InvestmentKindName = "FUNDING_ROUND";

/** The kinds of deal through which a company raises money (what totalRaisedUsd sums). */
export const RAISE_KINDS: readonly InvestmentKindName[] = ["EQUITY_STAKE", "FUNDING_ROUND"];

/** Where a deal stands; an article that says nothing means the first, ANNOUNCED. */
export const DEAL_STATUSES = ["ANNOUNCED", "COMPLETED", "TERMINATED", "RUMORED"] as const;
export type DealStatusName = (typeof DEAL_STATUSES)[number];
/** The status a deal has when none of its sources gives one (stored, so reads need no default). */
export const DEFAULT_DEAL_STATUS: DealStatusName = DEAL_STATUSES[0];
/** The kind a company has when none of its mentions gives one. */
export const DEFAULT_COMPANY_KIND: CompanyKindName = COMPANY_KINDS[0];

/** Deals in these statuses count in no total (raised, invested): they did not happen. */
export const UNCOUNTED_STATUSES: readonly DealStatusName[] = ["TERMINATED"];

/**
 * The order a chart lists deal kinds and statuses in (dealStats' axis and series): the
 * commonest kind first; a deal's course (announced, completed) before what may befall it.
 */
export const CHART_ORDER: { kinds: readonly InvestmentKindName[]; statuses: ReadonlyArray<(typeof DEAL_STATUSES)[number]> } = {
  kinds: ["FUNDING_ROUND", "EQUITY_STAKE", "ACQUISITION", "LICENSE_AND_HIRE"],
  statuses: ["ANNOUNCED", "COMPLETED", "RUMORED", "TERMINATED"],
};

/** How two companies relate. */
export const RELATION_TYPES = ["COMPETES_WITH", "PARTNERS_WITH", "SUBSIDIARY_OF"] as const;
export type RelationTypeName = (typeof RELATION_TYPES)[number];

/** The kinds of edge in a deal graph or a path: a deal's investor to its target, a person's role, a relation. */
export const GRAPH_EDGE_TYPES = ["INVESTED_IN", "HOLDS_ROLE", ...RELATION_TYPES] as const;
export type GraphEdgeTypeName = (typeof GRAPH_EDGE_TYPES)[number];

/** The relations that read the same both ways (stored from the smaller id to the larger). */
export const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set<(typeof RELATION_TYPES)[number]>(["COMPETES_WITH", "PARTNERS_WITH"]);

/**
 * An id, as an article file, the API and the CLI take it: a slug (lowercase letters, digits
 * and dashes, a letter or digit first; never a ':', which typed ids use) of at most 300 characters.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_ID_LENGTH = 300;

/** Whether `s` is a well-formed id (ID_PATTERN, MAX_ID_LENGTH). */
export function isId(s: string): boolean {
  return s.length <= MAX_ID_LENGTH && ID_PATTERN.test(s);
}
