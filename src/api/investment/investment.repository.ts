// Every query about deals: the paged listing (alone, or under each of a batch of
// companies and people), and the deals of a batch of investors, targets or articles
// (one query per batch, for the loaders).
import type { Params } from "../../db/db.js";
import { groupRows, listPerParent } from "../common/batch.js";
import { saneUsd, usdIsSane } from "../common/money.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage, fetchPages, type PageArgsLike, type PageQuery, type PageWants, type SortKey } from "../common/pagination.js";
import type { Reader } from "../common/reader.js";
import { row } from "../common/records.js";
import { newestSourcesFirst, type SourceRecord, sourceProjection, toSource } from "../common/source.record.js";
import { type EntityRecord, entityProjection, toEntity } from "../node/node.repository.js";
import type { DealSide, InvestmentOrder, InvestmentOrderField, InvestmentWhere } from "./investment.args.js";
import { type InvestmentRecord, investmentProjection, newestDealsFirst, toInvestment } from "./investment.record.js";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<`${InvestmentOrderField}`, SortKey> = {
  ANNOUNCED_ON: { cypher: "i.announcedOn", type: "string" },
  AMOUNT_USD: { cypher: saneUsd("i.amountUsd"), type: "number" },
  VALUATION_USD: { cypher: saneUsd("i.valuationUsd"), type: "number" },
  STAKE_PERCENT: { cypher: "toFloat(i.stakePercent)", type: "number" },
  SOURCE_COUNT: { cypher: "toFloat(COUNT { (i)-[:SOURCED_FROM]->(:Article) })", type: "number" },
};
const DEFAULT_ORDER = { field: "ANNOUNCED_ON", direction: OrderDirection.DESC } as const;

/**
 * The predicates of an InvestmentWhere over deal `v`, for every listing of deals (here,
 * the deal graph, the deal statistics). Partial-date bounds take in their whole period:
 * "2025-06-30" <= "2025-06" is false, yet it is in June 2025.
 */
export function investmentFilters(where: InvestmentWhere | null | undefined, v = "i"): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push(`${v}.id IN $ids`);
    params.ids = where.ids;
  }
  if (where.investorId != null) {
    f.push(`EXISTS { MATCH (:Node {id: $investorId})-[:INVESTED]->(${v}) }`);
    params.investorId = where.investorId;
  }
  if (where.leadInvestorId != null) {
    f.push(`EXISTS { MATCH (:Node {id: $leadInvestorId})-[:INVESTED {lead: true}]->(${v}) }`);
    params.leadInvestorId = where.leadInvestorId;
  }
  if (where.targetId != null) {
    f.push(`EXISTS { MATCH (${v})-[:TARGET]->(:Node {id: $targetId}) }`);
    params.targetId = where.targetId;
  }
  if (where.participantId != null) {
    f.push(`EXISTS { MATCH (${v})-[:INVESTED|TARGET]-(:Node {id: $participantId}) }`);
    params.participantId = where.participantId;
  }
  if (where.kind != null) {
    f.push(`${v}.kind IN $kinds`);
    params.kinds = where.kind;
  }
  if (where.status != null) {
    f.push(`coalesce(${v}.status, 'ANNOUNCED') IN $statuses`);
    params.statuses = where.status;
  }
  if (where.announcedFrom != null) {
    f.push(`${v}.announcedOn >= $announcedFrom`);
    params.announcedFrom = where.announcedFrom;
  }
  if (where.announcedTo != null) {
    f.push(`(${v}.announcedOn <= $announcedTo OR ${v}.announcedOn STARTS WITH $announcedTo)`);
    params.announcedTo = where.announcedTo;
  }
  if (where.minUsd != null) {
    f.push(`${v}.amountUsd >= $minUsd`);
    params.minUsd = where.minUsd;
  }
  if (where.maxUsd != null) {
    f.push(`${v}.amountUsd <= $maxUsd`);
    params.maxUsd = where.maxUsd;
  }
  // An amount filter never matches a figure read as unknown (Infinity passes `>= $minUsd`).
  if (where.minUsd != null || where.maxUsd != null) f.push(usdIsSane(`${v}.amountUsd`));
  if (where.currency != null) {
    f.push(`${v}.amountCurrency IN $currencies`);
    params.currencies = where.currency.map((c) => c.toUpperCase());
  }
  if (where.targetCountry != null) {
    f.push(`EXISTS { MATCH (${v})-[:TARGET]->(t:Company) WHERE t.country IN $targetCountries }`);
    params.targetCountries = where.targetCountry.map((c) => c.toUpperCase());
  }
  if (where.articleId != null) {
    f.push(`EXISTS { MATCH (${v})-[:SOURCED_FROM]->(:Article {id: $articleId}) }`);
    params.articleId = where.articleId;
  }
  return { filters: f, params };
}

/**
 * What a page of deals brings along for the fields the client selected under its nodes,
 * so that they cost no further level of queries: `parties`, the target and investors as
 * entity records (target, investors, leadInvestors); `sources`, with their articles.
 */
export interface DealEmbeds {
  parties: boolean;
  sources: boolean;
}

/** A deal of a page with what it brought along (see DealEmbeds), for the loaders to prime. */
export type PagedInvestmentRecord = InvestmentRecord & { parties?: EntityRecord[]; sources?: SourceRecord[] };

export interface InvestmentPageArgs extends PageArgsLike {
  where?: InvestmentWhere | null;
  orderBy?: InvestmentOrder | null;
  embeds?: DealEmbeds;
}

/** The projection of a page's deal `i`, wrapped with its embeds when there are any; read back by toPagedInvestment. */
function pageProjection(embeds: DealEmbeds | undefined): string {
  const extra = [
    ...(embeds?.parties ? [`parties: COLLECT { MATCH (i)-[:INVESTED|TARGET]-(iParty:Entity) RETURN ${entityProjection("iParty")} }`] : []),
    ...(embeds?.sources
      ? [
          `sources: COLLECT {
      MATCH (i)-[iSource:SOURCED_FROM]->(iArticle:Article)
      WITH iSource, iArticle ORDER BY ${newestSourcesFirst("iArticle")}
      RETURN ${sourceProjection("iSource", "iArticle")}
    }`,
        ]
      : []),
  ];
  return extra.length ? `{ deal: ${investmentProjection("i")}, ${extra.join(", ")} }` : investmentProjection("i");
}

function toPagedInvestment(value: unknown): PagedInvestmentRecord {
  const r = row(value);
  if (r.deal === undefined) return toInvestment(value);
  return {
    ...toInvestment(r.deal),
    ...(Array.isArray(r.parties) ? { parties: r.parties.map(toEntity) } : {}),
    ...(Array.isArray(r.sources) ? { sources: r.sources.map(toSource) } : {}),
  };
}

/** Whether `where` leaves out the deals without a value for `field` (a comparison with null is never true). */
function excludesNulls(field: `${InvestmentOrderField}`, where: InvestmentWhere | null | undefined): boolean {
  if (field === "AMOUNT_USD") return where?.minUsd != null || where?.maxUsd != null;
  if (field === "ANNOUNCED_ON") return where?.announcedFrom != null || where?.announcedTo != null;
  return false;
}

function pageQuery(args: InvestmentPageArgs, match: string): PageQuery {
  const order: { field: `${InvestmentOrderField}`; direction: OrderDirection } = args.orderBy ?? DEFAULT_ORDER;
  const sortNeverNull = excludesNulls(order.field, args.where);
  return {
    sortNeverNull,
    name: "investment.page",
    match,
    variable: "i",
    ...investmentFilters(args.where),
    // The amount filters keep only sane figures, so the property itself sorts as saneUsd
    // would, and an index can give it in order.
    sort: sortNeverNull && order.field === "AMOUNT_USD" ? { cypher: "i.amountUsd", type: "number" } : SORT[order.field],
    direction: order.direction,
    projection: pageProjection(args.embeds),
  };
}

export function investmentPage(reader: Reader, args: InvestmentPageArgs, wants?: PageWants): Promise<ConnectionRecord<PagedInvestmentRecord>> {
  return fetchPage(reader, pageQuery(args, "MATCH (i:Investment)"), args, toPagedInvestment, wants);
}

// How a deal hangs off a participant, by side; the variable parentId is the participant.
const SIDE_MATCH: Record<`${DealSide}`, string> = {
  INVESTOR: "MATCH (:Node {id: parentId})-[:INVESTED]->(i:Investment)",
  TARGET: "MATCH (:Node {id: parentId})<-[:TARGET]-(i:Investment)",
  ANY: "MATCH (:Node {id: parentId})-[:INVESTED|TARGET]-(i:Investment)",
};

/** A page of the deals of each participant (company or person), on one side of them. */
export function investmentPagesByParticipants(
  reader: Reader,
  ids: readonly string[],
  args: InvestmentPageArgs & { side: `${DealSide}` },
  wants?: PageWants,
): Promise<Map<string, ConnectionRecord<PagedInvestmentRecord>>> {
  return fetchPages(reader, { ...pageQuery(args, SIDE_MATCH[args.side]), name: "investment.pagesByParticipants" }, ids, args, toPagedInvestment, wants);
}

const BY_INVESTORS = listPerParent({
  name: "investment.byInvestorIds",
  match: "MATCH (:Node {id: id})-[:INVESTED]->(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

/** The deals each company or person invested in, newest first. */
export async function investmentsByInvestorIds(reader: Reader, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await reader.read(BY_INVESTORS, { ids }), toInvestment);
}

const BY_TARGETS = listPerParent({
  name: "investment.byTargetIds",
  match: "MATCH (:Node {id: id})<-[:TARGET]-(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

/** The deals each company received, newest first. */
export async function investmentsByTargetIds(reader: Reader, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await reader.read(BY_TARGETS, { ids }), toInvestment);
}

const BY_ARTICLES = listPerParent({
  name: "investment.byArticleIds",
  match: "MATCH (:Node {id: id})<-[:SOURCED_FROM]-(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

/** The deals each article reports, newest first. */
export async function investmentsByArticleIds(reader: Reader, ids: string[]): Promise<Map<string, InvestmentRecord[]>> {
  return groupRows(await reader.read(BY_ARTICLES, { ids }), toInvestment);
}
