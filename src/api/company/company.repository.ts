// Every query about companies: lookup by name, the paged listing, and the per-company
// figures and lists the loaders fetch by batch.
import { RAISE_KINDS } from "../../domain/vocabulary.js";
import type { Params } from "../../db/db.js";
import { typedNameKey } from "../../text/fold.js";
import { groupRows, listPerParent } from "../common/batch.js";
import { nameFilter } from "../common/name-filter.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { type MoneyRecord, saneUsd, toMoney, usdIsSane } from "../common/money.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage, type PageWants, type SortKey } from "../common/pagination.js";
import { type Reader, readQuery } from "../common/reader.js";
import { num, row } from "../common/records.js";
import { totalInvestedUsd } from "../investor/investor.repository.js";
import { type EntityRecord, entityProjection, toNodeRecord } from "../node/node.repository.js";
import type { CompanyOrder, CompanyOrderField, CompanyWhere } from "./company.args.js";
import { type CompanyRecord, companyProjection, toCompany } from "./company.record.js";

/**
 * Company `v`'s total raised in US dollars: the sum of amountUsd over the deals it
 * received of kind EQUITY_STAKE or FUNDING_ROUND that were not TERMINATED; null when
 * none has a known amount. Shared by the totalRaisedUsd field, its sort key and filter.
 */
const totalRaisedUsd = (v: string) => `reduce(total = null, usd IN COLLECT {
    MATCH (${v})<-[:TARGET]-(${v}Raise:Investment)
    WHERE ${v}Raise.kind IN ${JSON.stringify(RAISE_KINDS)}
      AND coalesce(${v}Raise.status, 'ANNOUNCED') <> 'TERMINATED'
      AND ${usdIsSane(`${v}Raise.amountUsd`)}
    RETURN ${v}Raise.amountUsd
  } | coalesce(total, 0.0) + usd)`;

/** Company `v`'s deal count: deals it invested in plus deals it received. */
const dealCount = (v: string) =>
  `(COUNT { (${v})-[:INVESTED]->(:Investment) } + COUNT { (${v})<-[:TARGET]-(:Investment) })`;

/** The latest deal company `v` received that gives a valuation, as a map of its valuation properties. */
const latestValuation = (v: string) => `head(COLLECT {
    MATCH (${v})<-[:TARGET]-(${v}Valued:Investment)
    WHERE ${v}Valued.valuationValue IS NOT NULL
    WITH ${v}Valued ORDER BY ${v}Valued.announcedOn IS NULL, ${v}Valued.announcedOn DESC, ${v}Valued.id DESC
    RETURN ${v}Valued { .valuationValue, .valuationCurrency, .valuationUsd }
  })`;

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<`${CompanyOrderField}`, SortKey> = {
  NAME: { cypher: "toLower(c.name)", type: "string" },
  TOTAL_RAISED_USD: { cypher: totalRaisedUsd("c"), type: "number" },
  DEAL_COUNT: { cypher: `toFloat(${dealCount("c")})`, type: "number" },
  TOTAL_INVESTED_USD: { cypher: totalInvestedUsd("c"), type: "number" },
  LATEST_VALUATION_USD: { cypher: saneUsd(`${latestValuation("c")}.valuationUsd`), type: "number" },
};
const DEFAULT_ORDER = { field: "NAME", direction: OrderDirection.ASC } as const;

function filters(where: CompanyWhere | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push("c.id IN $ids");
    params.ids = where.ids;
  }
  if (where.kind != null) {
    f.push("coalesce(c.kind, 'COMPANY') IN $kinds");
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
    f.push("EXISTS { MATCH (:Node {id: $investorId})-[:INVESTED]->(:Investment)-[:TARGET]->(c) }");
    params.investorId = where.investorId;
  }
  if (where.minTotalRaisedUsd != null) {
    f.push(`${totalRaisedUsd("c")} >= $minTotalRaisedUsd`);
    params.minTotalRaisedUsd = where.minTotalRaisedUsd;
  }
  return { filters: f, params };
}

export function companyPage(
  reader: Reader,
  args: { where?: CompanyWhere | null; orderBy?: CompanyOrder | null; first?: number | null; after?: string | null },
  wants?: PageWants,
): Promise<ConnectionRecord<CompanyRecord>> {
  const order: { field: `${CompanyOrderField}`; direction: OrderDirection } = args.orderBy ?? DEFAULT_ORDER;
  return fetchPage(
    reader,
    {
      name: "company.page",
      match: "MATCH (c:Company)",
      variable: "c",
      ...filters(args.where),
      sort: SORT[order.field],
      direction: order.direction,
      projection: companyProjection("c"),
    },
    args,
    toCompany,
    wants,
  );
}

const BY_NAME_KEY = readQuery(`// company.byNameKey
MATCH (:NameKey {key: $key})-[:NAMES]->(c:Company)
RETURN ${companyProjection("c")} AS company
ORDER BY toLower(c.name) = toLower($name) DESC, c.id
LIMIT 1`);

/**
 * The company a name or alias names (see nameKey), or null. Should two companies share
 * a name, the one whose display name it is wins, then the first by id.
 */
export async function companyByName(reader: Reader, name: string): Promise<CompanyRecord | null> {
  const [found] = await reader.read(BY_NAME_KEY, { key: typedNameKey("Company", name), name });
  return found ? toCompany(found.company) : null;
}

export interface CompanyStats {
  totalRaisedUsd: number | null;
  dealCount: number;
  latestValuation: MoneyRecord | null;
}

const STATS = readQuery(`// company.statsByIds
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN id, ${totalRaisedUsd("c")} AS totalRaisedUsd, ${dealCount("c")} AS dealCount,
  ${latestValuation("c")} AS latestValuation`);

/** Each company's derived figures. latestValuation: that of its latest received deal that gives one. */
export async function companyStatsByIds(reader: Reader, ids: string[]): Promise<Map<string, CompanyStats>> {
  const rows = await reader.read(STATS, { ids });
  return new Map(
    rows.map((r) => {
      const v = r.latestValuation ? row(r.latestValuation) : null;
      const stats: CompanyStats = {
        totalRaisedUsd: num(r.totalRaisedUsd),
        dealCount: num(r.dealCount) ?? 0,
        latestValuation: v && toMoney(v.valuationValue, v.valuationCurrency, v.valuationUsd),
      };
      return [String(r.id), stats];
    }),
  );
}

const INVESTORS = listPerParent({
  name: "company.investorsByIds",
  match: "MATCH (:Node {id: id})<-[:TARGET]-(:Investment)<-[:INVESTED]-(e)",
  rows: "e",
  order: "e.name, e.id",
  projection: entityProjection("e"),
  distinct: true,
});

/** Each company's distinct investors over the deals it received, by name. */
export async function investorsByCompanyIds(reader: Reader, ids: string[]): Promise<Map<string, EntityRecord[]>> {
  return groupRows(await reader.read(INVESTORS, { ids }), (v) => toNodeRecord(v) as EntityRecord);
}

const PORTFOLIO = listPerParent({
  name: "company.portfolioByIds",
  match: "MATCH (:Node {id: id})-[:INVESTED]->(:Investment)-[:TARGET]->(t:Company)",
  rows: "t",
  order: "t.name, t.id",
  projection: companyProjection("t"),
  distinct: true,
});

/** Each investor's distinct deal targets, by name. */
export async function portfolioByInvestorIds(reader: Reader, ids: string[]): Promise<Map<string, CompanyRecord[]>> {
  return groupRows(await reader.read(PORTFOLIO, { ids }), toCompany);
}

const COMPETITORS = listPerParent({
  name: "company.competitorsByIds",
  match: "MATCH (c:Node {id: id})<-[:FROM|TO]-(:Relation {type: 'COMPETES_WITH'})-[:FROM|TO]->(o:Company) WHERE o <> c",
  rows: "o",
  order: "o.name, o.id",
  projection: companyProjection("o"),
  distinct: true,
});

/** Each company's competitors, whichever side of the COMPETES_WITH relation it is on. */
export async function competitorsByCompanyIds(reader: Reader, ids: string[]): Promise<Map<string, CompanyRecord[]>> {
  return groupRows(await reader.read(COMPETITORS, { ids }), toCompany);
}
