// What a listing of deals can be filtered by, as Cypher predicates: shared by the deal
// pages, the investors view (deals an investor made), the deal statistics.
import type { Params } from "../../db/db.js";
import type { DEAL_STATUSES, InvestmentKindName, RoundStageName } from "../../domain/vocabulary.js";
import { nameFilter, usdIsSane } from "../common/index.js";

/** Filters on deals; every filter given must hold (the API's InvestmentWhere). */
export interface DealFilter {
  ids?: string[] | null;
  participantId?: string | null;
  leadInvestorId?: string | null;
  investorId?: string | null;
  investorNameContains?: string | null;
  targetId?: string | null;
  kind?: InvestmentKindName[] | null;
  status?: Array<(typeof DEAL_STATUSES)[number]> | null;
  stage?: RoundStageName[] | null;
  announcedFrom?: string | null;
  announcedTo?: string | null;
  minUsd?: number | null;
  maxUsd?: number | null;
  currency?: string[] | null;
  targetCountry?: string[] | null;
  articleId?: string | null;
}

/**
 * The predicates of a DealFilter over deal `v`. Partial-date bounds take in their whole
 * period: "2025-06-30" <= "2025-06" is false, yet it is in June 2025. A deal's ends are
 * found by the label of their kind (an investor is a company or a person, a target a
 * company, a source an article), since ids are not unique across kinds.
 */
export function dealFilters(where: DealFilter | null | undefined, v = "i"): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  const add = (filter: string, name: string, value: unknown) => {
    f.push(filter);
    params[name] = value;
  };
  if (where.ids != null) add(`${v}.id IN $ids`, "ids", where.ids);
  if (where.investorId != null) add(`EXISTS { MATCH (:Entity {id: $investorId})-[:INVESTED]->(${v}) }`, "investorId", where.investorId);
  if (where.investorNameContains != null) {
    const name = nameFilter(`${v}Investor`, "contains", where.investorNameContains, "investorNameContains");
    f.push(`EXISTS { MATCH (${v}Investor:Entity)-[:INVESTED]->(${v}) WHERE ${name.filter} }`);
    Object.assign(params, name.params);
  }
  if (where.leadInvestorId != null) {
    add(`EXISTS { MATCH (:Entity {id: $leadInvestorId})-[:INVESTED {lead: true}]->(${v}) }`, "leadInvestorId", where.leadInvestorId);
  }
  if (where.targetId != null) add(`EXISTS { MATCH (${v})-[:TARGET]->(:Company {id: $targetId}) }`, "targetId", where.targetId);
  if (where.participantId != null) {
    add(`EXISTS { MATCH (${v})-[:INVESTED|TARGET]-(:Entity {id: $participantId}) }`, "participantId", where.participantId);
  }
  if (where.kind != null) add(`${v}.kind IN $kinds`, "kinds", where.kind);
  if (where.status != null) add(`${v}.status IN $statuses`, "statuses", where.status);
  if (where.stage != null) add(`${v}.stage IN $stages`, "stages", where.stage);
  if (where.announcedFrom != null) add(`${v}.announcedOn >= $announcedFrom`, "announcedFrom", where.announcedFrom);
  if (where.announcedTo != null) {
    add(`(${v}.announcedOn <= $announcedTo OR ${v}.announcedOn STARTS WITH $announcedTo)`, "announcedTo", where.announcedTo);
  }
  if (where.minUsd != null) add(`${v}.amountUsd >= $minUsd`, "minUsd", where.minUsd);
  if (where.maxUsd != null) add(`${v}.amountUsd <= $maxUsd`, "maxUsd", where.maxUsd);
  // An amount filter never matches a figure read as unknown (Infinity passes `>= $minUsd`).
  if (where.minUsd != null || where.maxUsd != null) f.push(usdIsSane(`${v}.amountUsd`));
  if (where.currency != null) add(`${v}.amountCurrency IN $currencies`, "currencies", where.currency.map((c) => c.toUpperCase()));
  if (where.targetCountry != null) {
    add(
      `EXISTS { MATCH (${v})-[:TARGET]->(t:Company) WHERE t.country IN $targetCountries }`,
      "targetCountries",
      where.targetCountry.map((c) => c.toUpperCase()),
    );
  }
  if (where.articleId != null) add(`EXISTS { MATCH (${v})-[:SOURCED_FROM]->(:Article {id: $articleId}) }`, "articleId", where.articleId);
  return { filters: f, params };
}
