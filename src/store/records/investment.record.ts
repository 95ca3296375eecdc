// A deal as it leaves the store: its Cypher projection and the plain record it maps to.
// Its investors and target travel as ids, resolved through the per-request node cache.
import type { DEAL_STATUSES, InvestmentKindName, RoundStageName } from "../../domain/vocabulary.js";
import { type MoneyRecord, toMoney } from "../common/index.js";
import { num, row, str } from "../common/index.js";

type InvestmentKind = InvestmentKindName;
type DealStatus = (typeof DEAL_STATUSES)[number];

export interface InvestmentRecord {
  __typename: "Investment";
  id: string;
  kind: InvestmentKind;
  status: DealStatus;
  otherInvestors: boolean;
  amount: MoneyRecord | null;
  stakePercent: number | null;
  stage: RoundStageName | null;
  valuation: MoneyRecord | null;
  announcedOn: string | null;
  targetId: string | null;
  /** How many articles report it. */
  sourceCount: number;
  /** Lead investors first, then by name; each a company or a person (ids are unique per kind only). */
  investors: Array<{ id: string; typename: "Company" | "Person"; lead: boolean }>;
}

/** How many articles report deal `v`: its sourceCount, and what SOURCE_COUNT sorts by. */
export const dealSourceCount = (v: string) => `COUNT { (${v})-[:SOURCED_FROM]->(:Article) }`;

/** The Cypher map of deal `v`, read back by toInvestment. */
export const investmentProjection = (v: string) => `${v} {
    __typename: 'Investment', .id, .kind, .status, .otherInvestors,
    .amountValue, .amountCurrency, .amountUsd, .stakePercent, .stage,
    .valuationValue, .valuationCurrency, .valuationUsd, .announcedOn,
    sourceCount: ${dealSourceCount(v)},
    targetId: head(COLLECT { MATCH (${v})-[:TARGET]->(${v}Target) RETURN ${v}Target.id }),
    investors: COLLECT {
      MATCH (${v}Investor)-[${v}Invested:INVESTED]->(${v})
      WITH ${v}Investor, coalesce(${v}Invested.lead, false) AS lead
      ORDER BY lead DESC, ${v}Investor.name, ${v}Investor.id
      RETURN { id: ${v}Investor.id, typename: CASE WHEN ${v}Investor:Person THEN 'Person' ELSE 'Company' END, lead: lead }
    }
  }`;

/**
 * Deals newest first by announcement (undated ones last), then by id: the order of every
 * plain list of deals.
 */
export const newestDealsFirst = (v: string) => `${v}.announcedOn IS NULL, ${v}.announcedOn DESC, ${v}.id`;

export function toInvestment(value: unknown): InvestmentRecord {
  const r = row(value);
  const investors = Array.isArray(r.investors) ? r.investors.map(row) : [];
  return {
    __typename: "Investment",
    id: String(r.id),
    kind: String(r.kind) as InvestmentKind,
    // Always stored: the writer sets ANNOUNCED when no source gives a status.
    status: String(r.status) as DealStatus,
    otherInvestors: r.otherInvestors === true,
    amount: toMoney(r.amountValue, r.amountCurrency, r.amountUsd),
    stakePercent: num(r.stakePercent),
    stage: str(r.stage) as RoundStageName | null,
    valuation: toMoney(r.valuationValue, r.valuationCurrency, r.valuationUsd),
    announcedOn: str(r.announcedOn),
    targetId: str(r.targetId),
    sourceCount: num(r.sourceCount) ?? 0,
    investors: investors.map((i) => ({ id: String(i.id), typename: i.typename === "Person" ? "Person" : "Company", lead: i.lead === true })),
  };
}
