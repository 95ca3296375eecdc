// The investors view of the entities store (companies and people with deals as
// investors): their figures, the paged listing sorted by them, co-investors, and who put
// what into a company, each batched per request.
import neo4j from "neo4j-driver";
import type { Params } from "../../db/db.js";
import { type COMPANY_KINDS, type InvestmentKindName, UNCOUNTED_STATUSES } from "../../domain/vocabulary.js";
import { groupRows, keyedLoader, loaderPerArgs, type Prime } from "../common/index.js";
import { usdIsSane } from "../common/index.js";
import { fetchPage, type OrderDirection, type PageArgs, type PageRecord, type PageWants, type SortKey } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { num, row, str } from "../common/index.js";
import { dealFilters } from "../deals/index.js";
import { type EntityRecord, entityProjection, type InvestmentRecord, investmentProjection, newestDealsFirst, toEntity, toInvestment } from "../records/index.js";
import { nameFilter } from "../common/index.js";

/** The Neo4j label of each entity type: the allow-list that lets a filter name a label. */
const ENTITY_LABEL = { COMPANY: "Company", PERSON: "Person" } as const;

/** Deals that count in an investor's totals: all but those called off. */
const counts = (deal: string) => `NOT ${deal}.status IN ${JSON.stringify(UNCOUNTED_STATUSES)}`;

/**
 * Investor `v`'s total invested in US dollars: the sum of amountUsd over the deals it
 * invested in, of every kind, not TERMINATED; null when none has a known amount. A
 * syndicated round counts whole for each of its investors: articles rarely give the split.
 */
export const totalInvestedUsd = (v: string) => `reduce(total = null, usd IN COLLECT {
    MATCH (${v})-[:INVESTED]->(${v}Deal:Investment)
    WHERE ${counts(`${v}Deal`)} AND ${usdIsSane(`${v}Deal.amountUsd`)}
    RETURN ${v}Deal.amountUsd
  } | coalesce(total, 0.0) + usd)`;

/** How many deals investor `v` invested in (every status). */
export const investmentCount = (v: string) => `COUNT { (${v})-[:INVESTED]->(:Investment) }`;

const leadCount = (v: string) => `COUNT { (${v})-[:INVESTED {lead: true}]->(:Investment) }`;
const portfolioSize = (v: string) => `size(COLLECT { MATCH (${v})-[:INVESTED]->(:Investment)-[:TARGET]->(${v}Target) RETURN DISTINCT ${v}Target.id })`;

export type InvestorOrderField = "NAME" | "DEAL_COUNT" | "TOTAL_INVESTED_USD" | "PORTFOLIO_SIZE" | "LEAD_COUNT";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<InvestorOrderField, SortKey> = {
  NAME: { cypher: "toLower(e.name)", type: "string" },
  DEAL_COUNT: { cypher: `toFloat(${investmentCount("e")})`, type: "number" },
  TOTAL_INVESTED_USD: { cypher: totalInvestedUsd("e"), type: "number" },
  PORTFOLIO_SIZE: { cypher: `toFloat(${portfolioSize("e")})`, type: "number" },
  LEAD_COUNT: { cypher: `toFloat(${leadCount("e")})`, type: "number" },
};
const DEFAULT_ORDER = { field: "TOTAL_INVESTED_USD", direction: "DESC" } as const;

/** Filters on investors; every filter given must hold (the API's InvestorWhere). */
export interface InvestorFilter {
  ids?: string[] | null;
  types?: Array<keyof typeof ENTITY_LABEL> | null;
  companyKind?: Array<(typeof COMPANY_KINDS)[number]> | null;
  nameStartsWith?: string | null;
  nameContains?: string | null;
  country?: string[] | null;
  investedInId?: string | null;
  coInvestorOfId?: string | null;
  dealKind?: InvestmentKindName[] | null;
  investedFrom?: string | null;
  investedTo?: string | null;
  minTotalInvestedUsd?: number | null;
}

function filters(where: InvestorFilter | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = ["EXISTS { (e)-[:INVESTED]->(:Investment) }"];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push("e.id IN $ids");
    params.ids = where.ids;
  }
  if (where.types != null) f.push(`(${where.types.map((t) => `e:${ENTITY_LABEL[t]}`).join(" OR ") || "false"})`);
  if (where.companyKind != null) {
    f.push("e:Company AND e.kind IN $companyKinds");
    params.companyKinds = where.companyKind;
  }
  for (const how of ["contains", "startsWith"] as const) {
    const text = how === "contains" ? where.nameContains : where.nameStartsWith;
    if (text == null) continue;
    const name = nameFilter("e", how, text, `name_${how}`);
    f.push(name.filter);
    Object.assign(params, name.params);
  }
  if (where.country != null) {
    f.push("e.country IN $countries");
    params.countries = where.country.map((c) => c.toUpperCase());
  }
  if (where.investedInId != null) {
    f.push("EXISTS { (e)-[:INVESTED]->(:Investment)-[:TARGET]->(:Company {id: $investedInId}) }");
    params.investedInId = where.investedInId;
  }
  if (where.coInvestorOfId != null) {
    f.push("e.id <> $coInvestorOfId AND EXISTS { (e)-[:INVESTED]->(:Investment)<-[:INVESTED]-(:Entity {id: $coInvestorOfId}) }");
    params.coInvestorOfId = where.coInvestorOfId;
  }
  const deal = dealFilters({ kind: where.dealKind, announcedFrom: where.investedFrom, announcedTo: where.investedTo }, "d");
  if (deal.filters.length) {
    f.push(`EXISTS { MATCH (e)-[:INVESTED]->(d:Investment) WHERE ${deal.filters.join(" AND ")} }`);
    Object.assign(params, deal.params);
  }
  if (where.minTotalInvestedUsd != null) {
    f.push(`${totalInvestedUsd("e")} >= $minTotalInvestedUsd`);
    params.minTotalInvestedUsd = where.minTotalInvestedUsd;
  }
  return { filters: f, params };
}

export interface InvestorStats {
  investmentCount: number;
  leadCount: number;
  portfolioSize: number;
  totalInvestedUsd: number | null;
}
const NO_STATS: InvestorStats = { investmentCount: 0, leadCount: 0, portfolioSize: 0, totalInvestedUsd: null };

const STATS = readQuery(`// investor.statsByIds
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${investmentCount("e")} AS investmentCount, ${leadCount("e")} AS leadCount,
  ${portfolioSize("e")} AS portfolioSize, ${totalInvestedUsd("e")} AS totalInvestedUsd`);

const toStats = (r: Record<string, unknown>): InvestorStats => ({
  investmentCount: num(r.investmentCount) ?? 0,
  leadCount: num(r.leadCount) ?? 0,
  portfolioSize: num(r.portfolioSize) ?? 0,
  totalInvestedUsd: num(r.totalInvestedUsd),
});

export interface CoInvestorRecord {
  investor: EntityRecord;
  sharedDealCount: number;
  /** The deals they both invested in, newest first. */
  investments: InvestmentRecord[];
}

// The top co-investors are chosen on ids and counts first; only they are projected.
const CO_INVESTORS = readQuery(`// investor.coInvestorsByIds
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:INVESTED]->(d:Investment)<-[:INVESTED]-(o:Entity)
WITH id, o, collect(d) AS deals
ORDER BY size(deals) DESC, o.name, o.id
WITH id, collect({ o: o, deals: deals })[..$first] AS top
CALL (top) {
  UNWIND range(0, size(top) - 1) AS rank
  WITH rank, top[rank].o AS o, top[rank].deals AS deals
  CALL (deals) {
    UNWIND deals AS d
    WITH d ORDER BY ${newestDealsFirst("d")}
    RETURN collect(${investmentProjection("d")}) AS investments
  }
  WITH rank, o, investments ORDER BY rank
  RETURN collect({ investor: ${entityProjection("o")}, investments: investments }) AS items
}
RETURN id, items`);

function toCoInvestor(v: unknown): CoInvestorRecord {
  const r = row(v);
  const investments = Array.isArray(r.investments) ? r.investments.map(toInvestment) : [];
  return { investor: toEntity(r.investor), sharedDealCount: investments.length, investments };
}

export interface InvestorTotalRecord {
  investor: EntityRecord;
  dealCount: number;
  totalUsd: number | null;
  led: boolean;
  firstAnnouncedOn: string | null;
  lastAnnouncedOn: string | null;
  /** Its deals in the company, oldest first. */
  investments: InvestmentRecord[];
}

const TOTALS = readQuery(`// investor.totalsByCompanyIds
UNWIND $ids AS id
MATCH (:Company {id: id})<-[:TARGET]-(d:Investment)<-[x:INVESTED]-(e:Entity)
WHERE ${counts("d")}
WITH id, e, d, coalesce(x.lead, false) AS lead
ORDER BY d.announcedOn IS NULL, d.announcedOn, d.id
WITH id, e, collect(d) AS deals, any(l IN collect(lead) WHERE l) AS led
WITH id, e, deals, led,
  reduce(total = null, d IN deals | CASE WHEN ${usdIsSane("d.amountUsd")} THEN coalesce(total, 0.0) + d.amountUsd ELSE total END) AS totalUsd
ORDER BY totalUsd IS NULL, totalUsd DESC, size(deals) DESC, e.name, e.id
RETURN id, collect({
  investor: ${entityProjection("e")}, totalUsd: totalUsd, led: led,
  firstAnnouncedOn: head([d IN deals WHERE d.announcedOn IS NOT NULL | d.announcedOn]),
  lastAnnouncedOn: last([d IN deals WHERE d.announcedOn IS NOT NULL | d.announcedOn]),
  investments: [d IN deals | ${investmentProjection("d")}]
}) AS items`);

function toInvestorTotal(v: unknown): InvestorTotalRecord {
  const r = row(v);
  const investments = Array.isArray(r.investments) ? r.investments.map(toInvestment) : [];
  return {
    investor: toEntity(r.investor),
    dealCount: investments.length,
    totalUsd: num(r.totalUsd),
    led: r.led === true,
    firstAnnouncedOn: str(r.firstAnnouncedOn),
    lastAnnouncedOn: str(r.lastAnnouncedOn),
    investments,
  };
}

/** The investor methods of the entities store of one request. */
export function createInvestorsStore(reader: Reader, prime: Prime) {
  const stats = keyedLoader(async (ids) => new Map((await reader.read(STATS, { ids })).map((r) => [String(r.id), toStats(r)])), () => NO_STATS);
  const coInvestors = loaderPerArgs((first: number) =>
    keyedLoader(async (ids) => {
      const found = groupRows(await reader.read(CO_INVESTORS, { ids, first: neo4j.int(first) }), toCoInvestor);
      for (const list of found.values()) for (const c of list) prime([c.investor, ...c.investments]);
      return found;
    }, (): CoInvestorRecord[] => []),
  );
  const totals = keyedLoader(async (ids) => {
    const found = groupRows(await reader.read(TOTALS, { ids }), toInvestorTotal);
    for (const list of found.values()) for (const t of list) prime([t.investor, ...t.investments]);
    return found;
  }, (): InvestorTotalRecord[] => []);
  return {
    /** A page of investors, filtered and sorted (largest total invested first by default). */
    investors(
      args: PageArgs & { where?: InvestorFilter | null; orderBy?: { field: InvestorOrderField; direction: OrderDirection } | null },
      wants?: PageWants,
    ): Promise<PageRecord<EntityRecord>> {
      const order = args.orderBy ?? DEFAULT_ORDER;
      const query = { name: "investor.page", match: "MATCH (e:Entity)", variable: "e", ...filters(args.where), sort: SORT[order.field], direction: order.direction };
      return fetchPage(reader, { ...query, projection: entityProjection("e") }, args, toEntity, wants);
    },
    /** A company's or person's investmentCount, leadCount, portfolioSize and totalInvestedUsd. */
    investorStats: (investorId: string): Promise<InvestorStats> => stats.load(investorId),
    /** An investor's `first` most frequent co-investors (most shared deals first), with the shared deals. */
    coInvestorsOf: (investorId: string, first: number): Promise<CoInvestorRecord[]> => coInvestors(first).load(investorId),
    /** Who invested in a company and how much in all, largest total first (deals not TERMINATED). */
    investorTotalsOf: (companyId: string): Promise<InvestorTotalRecord[]> => totals.load(companyId),
  };
}
