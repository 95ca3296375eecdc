// Every query about deals: the paged listing, and the deals of a batch of investors,
// targets or articles (one query per batch, for the loaders).
import type { Db, Params } from "../../graph/db.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { groupRows } from "../common/batch.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage, type SortKey } from "../common/pagination.js";
import type { InvestmentOrder, InvestmentOrderField, InvestmentWhere } from "./investment.args.js";
import { type InvestmentRecord, investmentProjection, newestDealsFirst, toInvestment } from "./investment.record.js";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<`${InvestmentOrderField}`, SortKey> = {
  ANNOUNCED_ON: { cypher: "i.announcedOn", type: "string" },
  AMOUNT_USD: { cypher: "i.amountUsd", type: "number" },
};
const DEFAULT_ORDER = { field: "ANNOUNCED_ON", direction: OrderDirection.DESC } as const;

function filters(where: InvestmentWhere | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.investorId != null) {
    f.push("EXISTS { MATCH (:Node {id: $investorId})-[:INVESTED]->(i) }");
    params.investorId = where.investorId;
  }
  if (where.targetId != null) {
    f.push("EXISTS { MATCH (i)-[:TARGET]->(:Node {id: $targetId}) }");
    params.targetId = where.targetId;
  }
  if (where.kind != null) {
    f.push("i.kind IN $kinds");
    params.kinds = where.kind;
  }
  if (where.status != null) {
    f.push("coalesce(i.status, 'ANNOUNCED') IN $statuses");
    params.statuses = where.status;
  }
  if (where.announcedFrom != null) {
    f.push("i.announcedOn >= $announcedFrom");
    params.announcedFrom = where.announcedFrom;
  }
  if (where.announcedTo != null) {
    // "2025-06-30" <= "2025-06" is false, yet it is in June 2025: a partial bound takes in its whole period.
    f.push("(i.announcedOn <= $announcedTo OR i.announcedOn STARTS WITH $announcedTo)");
    params.announcedTo = where.announcedTo;
  }
  if (where.minUsd != null) {
    f.push("i.amountUsd >= $minUsd");
    params.minUsd = where.minUsd;
  }
  return { filters: f, params };
}

export function investmentPage(
  db: Db,
  args: { where?: InvestmentWhere | null; orderBy?: InvestmentOrder | null; first?: number | null; after?: string | null },
): Promise<ConnectionRecord<InvestmentRecord>> {
  const order: { field: `${InvestmentOrderField}`; direction: OrderDirection } = args.orderBy ?? DEFAULT_ORDER;
  return fetchPage(
    db,
    {
      name: "investment.page",
      match: "MATCH (i:Investment)",
      variable: "i",
      ...filters(args.where),
      sort: SORT[order.field],
      direction: order.direction,
      projection: investmentProjection("i"),
    },
    args,
    toInvestment,
  );
}

const BY_INVESTORS = `// investment.byInvestorIds
UNWIND $ids AS id
MATCH (:Node {id: id})-[:INVESTED]->(i:Investment)
WITH id, i ORDER BY ${newestDealsFirst("i")}
RETURN id, collect(${investmentProjection("i")}) AS items`;

/** The deals each company or person invested in, newest first. */
export async function investmentsByInvestorIds(db: Db, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await db.read(BY_INVESTORS, { ids }), toInvestment);
}

const BY_TARGETS = `// investment.byTargetIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:TARGET]-(i:Investment)
WITH id, i ORDER BY ${newestDealsFirst("i")}
RETURN id, collect(${investmentProjection("i")}) AS items`;

/** The deals each company received, newest first. */
export async function investmentsByTargetIds(db: Db, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await db.read(BY_TARGETS, { ids }), toInvestment);
}

const BY_ARTICLES = `// investment.byArticleIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:SOURCED_FROM]-(i:Investment)
WITH id, i ORDER BY ${newestDealsFirst("i")}
RETURN id, collect(${investmentProjection("i")}) AS items`;

/** The deals each article reports, newest first. */
export async function investmentsByArticleIds(db: Db, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await db.read(BY_ARTICLES, { ids }), toInvestment);
}
