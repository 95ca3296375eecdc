// The deals store: every read of deals (investments and acquisitions, the Investment fact
// nodes), the paged listing (alone, or under each of a batch of companies and people) and
// the deals of a batch of investors, targets or articles, each batched per request.
import { keyedLoader, loaderPerArgs, groupRows, listPerParent, type Prime, priming } from "../common/index.js";
import { saneUsd } from "../common/index.js";
import { emptyPage, fetchPage, fetchPages, type OrderDirection, type RowSource, streamListing, type PageArgs, type PageQuery, type PageRecord, type PageWants, type SortKey, WANTS_ALL } from "../common/index.js";
import type { Reader } from "../common/index.js";
import { row } from "../common/index.js";
import type { Disagreement } from "../../domain/disagreements.js";
import { disagreementsLoader } from "./deal-disagreements.js";
import { type DealFilter, dealFilters } from "./deal.filters.js";
import {
  dealSourceCount,
  type EntityRecord,
  entityProjection,
  type InvestmentRecord,
  investmentProjection,
  newestDealsFirst,
  newestSourcesFirst,
  type SourceRecord,
  sourceProjection,
  toEntity,
  toInvestment,
  toSource,
} from "../records/index.js";

export type DealOrderField = "ANNOUNCED_ON" | "AMOUNT_USD" | "VALUATION_USD" | "STAKE_PERCENT" | "SOURCE_COUNT";
export type DealSide = "INVESTOR" | "TARGET" | "ANY";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<DealOrderField, SortKey> = {
  ANNOUNCED_ON: { cypher: "i.announcedOn", type: "string" },
  AMOUNT_USD: { cypher: saneUsd("i.amountUsd"), type: "number" },
  VALUATION_USD: { cypher: saneUsd("i.valuationUsd"), type: "number" },
  STAKE_PERCENT: { cypher: "toFloat(i.stakePercent)", type: "number" },
  SOURCE_COUNT: { cypher: `toFloat(${dealSourceCount("i")})`, type: "number" },
};
const DEFAULT_ORDER = { field: "ANNOUNCED_ON", direction: "DESC" } as const;

/**
 * What a page of deals brings along for the fields the client selected under its nodes,
 * so that they cost no further level of queries: `parties`, the target and investors as
 * entity records (target, investors, leadInvestors); `sources`, with their articles.
 */
export interface DealEmbeds {
  parties: boolean;
  sources: boolean;
}

/** A deal of a page with what it brought along (see DealEmbeds), primed into the caches. */
export type PagedInvestmentRecord = InvestmentRecord & { parties?: EntityRecord[]; sources?: SourceRecord[] };

export interface DealPageArgs extends PageArgs {
  where?: DealFilter | null;
  orderBy?: { field: DealOrderField; direction: OrderDirection } | null;
  embeds?: DealEmbeds;
  /** What the client selected of the connection; all of it by default. */
  wants?: PageWants;
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
function excludesNulls(field: DealOrderField, where: DealFilter | null | undefined): boolean {
  if (field === "AMOUNT_USD") return where?.minUsd != null || where?.maxUsd != null;
  if (field === "ANNOUNCED_ON") return where?.announcedFrom != null || where?.announcedTo != null;
  return false;
}

/**
 * The single-property index that gives all deals in the order of the sort field, when the
 * filters hold a plain range on that field for the index to seek (see rowsHint): a
 * minimum or maximum amount (each also bounded to sane figures), or a first date (a last
 * date alone is an OR the hint could not serve).
 */
function orderIndex(field: DealOrderField, where: DealFilter | null | undefined): string | undefined {
  // Deals named by id are found by their unique index, not by a scan of a range.
  if (where?.ids != null) return undefined;
  if (field === "AMOUNT_USD" && (where?.minUsd != null || where?.maxUsd != null)) return "USING INDEX i:Investment(amountUsd)";
  if (field === "ANNOUNCED_ON" && where?.announcedFrom != null) return "USING INDEX i:Investment(announcedOn)";
  return undefined;
}

function pageQuery(args: DealPageArgs, name: string, match: string): PageQuery {
  const order = args.orderBy ?? DEFAULT_ORDER;
  const sortNeverNull = excludesNulls(order.field, args.where);
  // Over all deals, filtered by kind too, the planner would read the rows from the kind
  // index (migration 008, for the count) and sort every match; the sort field's own
  // index gives them in order, and the page stops after `first`. Pages under a parent
  // start from the parent instead.
  const rowsHint = match === ALL_DEALS ? orderIndex(order.field, args.where) : undefined;
  return {
    sortNeverNull,
    ...(rowsHint ? { rowsHint } : {}),
    name,
    match,
    variable: "i",
    ...dealFilters(args.where),
    // The amount filters keep only sane figures, so the property itself sorts as saneUsd
    // would, and an index can give it in order.
    sort: sortNeverNull && order.field === "AMOUNT_USD" ? { cypher: "i.amountUsd", type: "number" } : SORT[order.field],
    direction: order.direction,
    projection: pageProjection(args.embeds),
  };
}

const ALL_DEALS = "MATCH (i:Investment)";

// How a deal hangs off a participant, by side; the variable parentId is the participant.
const SIDE_MATCH: Record<DealSide, string> = {
  INVESTOR: "MATCH (:Entity {id: parentId})-[:INVESTED]->(i:Investment)",
  TARGET: "MATCH (:Company {id: parentId})<-[:TARGET]-(i:Investment)",
  ANY: "MATCH (:Entity {id: parentId})-[:INVESTED|TARGET]-(i:Investment)",
};

const BY_INVESTORS = listPerParent({
  name: "investment.byInvestorIds",
  match: "MATCH (:Entity {id: id})-[:INVESTED]->(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

const BY_TARGETS = listPerParent({
  name: "investment.byTargetIds",
  match: "MATCH (:Company {id: id})<-[:TARGET]-(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

const BY_ARTICLES = listPerParent({
  name: "investment.byArticleIds",
  match: "MATCH (:Article {id: id})<-[:SOURCED_FROM]-(i:Investment)",
  rows: "i",
  order: newestDealsFirst("i"),
  projection: investmentProjection("i"),
});

/** Hands a fact's sources, fetched with it, to the articles store's cache of sources. */
export type PrimeSources = (factId: string, sources: SourceRecord[]) => void;

/**
 * The deals store of one request. Lists under a parent are batched (one query per field
 * and level, whatever the number of parents) and prime the node cache; a page's deals
 * prime the node cache with themselves and what they brought along (DealEmbeds).
 */
export function createDealsStore(reader: Reader, prime: Prime, primeSources: PrimeSources) {
  const primePage = <P extends PageRecord<PagedInvestmentRecord>>(page: P): P => {
    for (const { node } of page.edges) {
      prime([node]);
      if (node.parties) prime(node.parties);
      if (node.sources) primeSources(node.id, node.sources);
    }
    return page;
  };
  const list = (query: typeof BY_INVESTORS) =>
    keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(query, { ids }), toInvestment)), (): InvestmentRecord[] => []);
  const byInvestor = list(BY_INVESTORS);
  const byTarget = list(BY_TARGETS);
  const byArticle = list(BY_ARTICLES);
  const disagreementsOf = disagreementsLoader(reader);
  const pageByParticipant = loaderPerArgs((args: DealPageArgs & { side: DealSide }) =>
    keyedLoader(async (ids) => {
      const query = pageQuery(args, "investment.pagesByParticipants", SIDE_MATCH[args.side]);
      const pages = await fetchPages(reader, query, ids, args, toPagedInvestment, args.wants ?? WANTS_ALL);
      for (const page of pages.values()) primePage(page);
      return pages;
    }, emptyPage<PagedInvestmentRecord>),
  );
  return {
    /** A page of deals, filtered and sorted (newest announcement first by default). */
    async page(args: DealPageArgs): Promise<PageRecord<PagedInvestmentRecord>> {
      return primePage(await fetchPage(reader, pageQuery(args, "investment.page", ALL_DEALS), args, toPagedInvestment, args.wants));
    },
    /**
     * A page of the deals of a company or person, on one side of them; parents asking
     * with the same arguments share one query.
     *
     * @example await stores.deals.pageOf("meta", { first: 5, side: "INVESTOR" })
     */
    pageOf: (participantId: string, args: DealPageArgs & { side: DealSide }) => pageByParticipant(args).load(participantId),
    /** The deals a company or person invested in, newest first (at most LIST_MAX). */
    madeBy: (investorId: string): Promise<InvestmentRecord[]> => byInvestor.load(investorId),
    /** The deals a company received, newest first (at most LIST_MAX). */
    receivedBy: (companyId: string): Promise<InvestmentRecord[]> => byTarget.load(companyId),
    /** Where the deal's sources disagree (src/domain/disagreements.ts), field by field. */
    disagreementsOf: (dealId: string): Promise<Disagreement[]> => disagreementsOf.load(dealId),
    /** The deals an article reports, newest first (at most LIST_MAX). */
    reportedBy: (articleId: string): Promise<InvestmentRecord[]> => byArticle.load(articleId),
  };
}

export type DealsStore = ReturnType<typeof createDealsStore>;

/**
 * Every deal of a listing, in its order, with its target and investors (the parties
 * embed), as the database gives them: the same filters and sort as `page`, for an export
 * that passes rows on as they come. `timeoutMs` bounds the whole read.
 */
export function streamDeals(
  source: RowSource,
  args: Pick<DealPageArgs, "where" | "orderBy">,
  timeoutMs?: number,
): AsyncGenerator<PagedInvestmentRecord> {
  const query = pageQuery({ ...args, first: 0, embeds: { parties: true, sources: false } }, "investment.export", ALL_DEALS);
  return streamListing(source, query, toPagedInvestment, timeoutMs);
}
