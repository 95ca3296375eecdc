// The companies of the entities store: lookup by name, the paged listing, and the
// per-company figures and lists, each batched per request.
import type { Params } from "../../db/db.js";
import { RAISE_KINDS, type COMPANY_KINDS, UNCOUNTED_STATUSES } from "../../domain/vocabulary.js";
import { typedNameKey } from "../../text/fold.js";
import { groupRows, keyedLoader, listPerParent, type Prime, priming } from "../common/index.js";
import { type MoneyRecord, saneUsd, toMoney, usdIsSane } from "../common/index.js";
import { fetchPage, type OrderDirection, type PageArgs, type PageRecord, type PageWants, type PageQuery, type RowSource, type SortKey, streamListing } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { num, row } from "../common/index.js";
import { type CompanyRecord, companyProjection, type EntityRecord, entityProjection, toCompany, toEntity } from "../records/index.js";
import { totalInvestedUsd } from "./investors.store.js";
import { nameFilter } from "../common/index.js";

/**
 * Company `v`'s total raised in US dollars: the sum of amountUsd over the deals it
 * received of kind EQUITY_STAKE or FUNDING_ROUND that were not TERMINATED; null when
 * none has a known amount. Shared by the totalRaisedUsd field, its sort key and filter.
 */
const totalRaisedUsd = (v: string) => `reduce(total = null, usd IN COLLECT {
    MATCH (${v})<-[:TARGET]-(${v}Raise:Investment)
    WHERE ${v}Raise.kind IN ${JSON.stringify(RAISE_KINDS)}
      AND NOT ${v}Raise.status IN ${JSON.stringify(UNCOUNTED_STATUSES)}
      AND ${usdIsSane(`${v}Raise.amountUsd`)}
    RETURN ${v}Raise.amountUsd
  } | coalesce(total, 0.0) + usd)`;

/** Company `v`'s deal count: deals it invested in plus deals it received. */
const dealCount = (v: string) => `(COUNT { (${v})-[:INVESTED]->(:Investment) } + COUNT { (${v})<-[:TARGET]-(:Investment) })`;

/** The latest deal company `v` received that gives a valuation, as a map of its valuation properties. */
const latestValuation = (v: string) => `head(COLLECT {
    MATCH (${v})<-[:TARGET]-(${v}Valued:Investment)
    WHERE ${v}Valued.valuationValue IS NOT NULL
    WITH ${v}Valued ORDER BY ${v}Valued.announcedOn IS NULL, ${v}Valued.announcedOn DESC, ${v}Valued.id DESC
    RETURN ${v}Valued { .valuationValue, .valuationCurrency, .valuationUsd }
  })`;

export type CompanyOrderField = "NAME" | "TOTAL_RAISED_USD" | "DEAL_COUNT" | "TOTAL_INVESTED_USD" | "LATEST_VALUATION_USD";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<CompanyOrderField, SortKey> = {
  NAME: { cypher: "toLower(c.name)", type: "string" },
  TOTAL_RAISED_USD: { cypher: totalRaisedUsd("c"), type: "number" },
  DEAL_COUNT: { cypher: `toFloat(${dealCount("c")})`, type: "number" },
  TOTAL_INVESTED_USD: { cypher: totalInvestedUsd("c"), type: "number" },
  LATEST_VALUATION_USD: { cypher: saneUsd(`${latestValuation("c")}.valuationUsd`), type: "number" },
};
const DEFAULT_ORDER = { field: "NAME", direction: "ASC" } as const;

/** Filters on companies; every filter given must hold (the API's CompanyWhere). */
export interface CompanyFilter {
  ids?: string[] | null;
  kind?: Array<(typeof COMPANY_KINDS)[number]> | null;
  nameContains?: string | null;
  nameStartsWith?: string | null;
  country?: string[] | null;
  investorId?: string | null;
  minTotalRaisedUsd?: number | null;
  maxTotalRaisedUsd?: number | null;
}

function filters(where: CompanyFilter | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push("c.id IN $ids");
    params.ids = where.ids;
  }
  if (where.kind != null) {
    f.push("c.kind IN $kinds");
    params.kinds = where.kind;
  }
  for (const how of ["contains", "startsWith"] as const) {
    const text = how === "contains" ? where.nameContains : where.nameStartsWith;
    if (text == null) continue;
    const name = nameFilter("c", how, text, `name_${how}`);
    f.push(name.filter);
    Object.assign(params, name.params);
  }
  if (where.country != null) {
    f.push("c.country IN $countries");
    params.countries = where.country.map((c) => c.toUpperCase());
  }
  if (where.investorId != null) {
    f.push("EXISTS { MATCH (:Entity {id: $investorId})-[:INVESTED]->(:Investment)-[:TARGET]->(c) }");
    params.investorId = where.investorId;
  }
  if (where.minTotalRaisedUsd != null) {
    f.push(`${totalRaisedUsd("c")} >= $minTotalRaisedUsd`);
    params.minTotalRaisedUsd = where.minTotalRaisedUsd;
  }
  if (where.maxTotalRaisedUsd != null) {
    f.push(`${totalRaisedUsd("c")} <= $maxTotalRaisedUsd`);
    params.maxTotalRaisedUsd = where.maxTotalRaisedUsd;
  }
  return { filters: f, params };
}

const BY_NAME_KEY = readQuery(`// company.byNameKey
MATCH (:NameKey {key: $key})-[:NAMES]->(c:Company)
RETURN ${companyProjection("c")} AS company
ORDER BY toLower(c.name) = toLower($name) DESC, c.id
LIMIT 1`);

export interface CompanyStats {
  totalRaisedUsd: number | null;
  dealCount: number;
  latestValuation: MoneyRecord | null;
}
const NO_STATS: CompanyStats = { totalRaisedUsd: null, dealCount: 0, latestValuation: null };

const STATS = readQuery(`// company.statsByIds
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN id, ${totalRaisedUsd("c")} AS totalRaisedUsd, ${dealCount("c")} AS dealCount,
  ${latestValuation("c")} AS latestValuation`);

function toStats(r: Record<string, unknown>): CompanyStats {
  const v = r.latestValuation ? row(r.latestValuation) : null;
  return {
    totalRaisedUsd: num(r.totalRaisedUsd),
    dealCount: num(r.dealCount) ?? 0,
    latestValuation: v && toMoney(v.valuationValue, v.valuationCurrency, v.valuationUsd),
  };
}

const INVESTORS = listPerParent({
  name: "company.investorsByIds",
  match: "MATCH (:Company {id: id})<-[:TARGET]-(:Investment)<-[:INVESTED]-(e)",
  rows: "e",
  order: "e.name, e.id",
  projection: entityProjection("e"),
  distinct: true,
});

const PORTFOLIO = listPerParent({
  name: "company.portfolioByIds",
  match: "MATCH (:Entity {id: id})-[:INVESTED]->(:Investment)-[:TARGET]->(t:Company)",
  rows: "t",
  order: "t.name, t.id",
  projection: companyProjection("t"),
  distinct: true,
});

const COMPETITORS = listPerParent({
  name: "company.competitorsByIds",
  match: "MATCH (c:Company {id: id})<-[:FROM|TO]-(:Relation {type: 'COMPETES_WITH'})-[:FROM|TO]->(o:Company) WHERE o <> c",
  rows: "o",
  order: "o.name, o.id",
  projection: companyProjection("o"),
  distinct: true,
});

export type CompanyListingArgs = { where?: CompanyFilter | null; orderBy?: { field: CompanyOrderField; direction: OrderDirection } | null };

/** The listing of companies a page (and an export) reads, without its projection. */
function companyListing(args: CompanyListingArgs): Omit<PageQuery, "projection"> {
  const order = args.orderBy ?? DEFAULT_ORDER;
  return { name: "company.page", match: "MATCH (c:Company)", variable: "c", ...filters(args.where), sort: SORT[order.field], direction: order.direction };
}

/** A company of an export: the record with the figures a table shows beside it. */
export type CompanyExportRecord = CompanyRecord & CompanyStats & { totalInvestedUsd: number | null };

/**
 * Every company of a listing, in its order, with its figures, as the database gives them:
 * the same filters and sort as `companies`, for an export. `timeoutMs` bounds the whole read.
 */
export function streamCompanies(source: RowSource, args: CompanyListingArgs, timeoutMs?: number): AsyncGenerator<CompanyExportRecord> {
  const projection = `{ company: ${companyProjection("c")}, totalRaisedUsd: ${totalRaisedUsd("c")}, dealCount: ${dealCount("c")},
    latestValuation: ${latestValuation("c")}, totalInvestedUsd: ${totalInvestedUsd("c")} }`;
  const query = { ...companyListing(args), name: "company.export", projection };
  return streamListing(source, query, (r) => ({ ...toCompany(r.company), ...toStats(r), totalInvestedUsd: num(r.totalInvestedUsd) }), timeoutMs);
}

/** The company methods of the entities store of one request. */
export function createCompaniesStore(reader: Reader, prime: Prime) {
  const stats = keyedLoader(async (ids) => new Map((await reader.read(STATS, { ids })).map((r) => [String(r.id), toStats(r)])), () => NO_STATS);
  const investors = keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(INVESTORS, { ids }), toEntity)), (): EntityRecord[] => []);
  const portfolio = keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(PORTFOLIO, { ids }), toCompany)), (): CompanyRecord[] => []);
  const competitors = keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(COMPETITORS, { ids }), toCompany)), (): CompanyRecord[] => []);
  return {
    /** A page of companies, filtered and sorted (by name by default). */
    companies(args: PageArgs & CompanyListingArgs, wants?: PageWants): Promise<PageRecord<CompanyRecord>> {
      return fetchPage(reader, { ...companyListing(args), projection: companyProjection("c") }, args, toCompany, wants);
    },
    /**
     * The company a name or alias names (see nameKey), or null. Should two companies share
     * a name, the one whose display name it is wins, then the first by id.
     */
    async companyNamed(name: string): Promise<CompanyRecord | null> {
      const [found] = await reader.read(BY_NAME_KEY, { key: typedNameKey("Company", name), name });
      return found ? toCompany(found.company) : null;
    },
    /** A company's totalRaisedUsd, dealCount and latestValuation (that of its latest received deal that gives one). */
    companyStats: (companyId: string): Promise<CompanyStats> => stats.load(companyId),
    /** A company's distinct investors over the deals it received, by name. */
    investorsOf: (companyId: string): Promise<EntityRecord[]> => investors.load(companyId),
    /** An investor's (company or person) distinct deal targets, by name. */
    portfolioOf: (investorId: string): Promise<CompanyRecord[]> => portfolio.load(investorId),
    /** A company's competitors, whichever side of the COMPETES_WITH relation it is on. */
    competitorsOf: (companyId: string): Promise<CompanyRecord[]> => competitors.load(companyId),
  };
}
