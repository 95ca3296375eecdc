// Keyset pagination over Cypher: the page query (for one listing, or for the same listing
// under each of a batch of parents) and its result as a page with cursors. Sort keys come
// from each store's allow-list, never from request text.
import neo4j from "neo4j-driver";
import type { Db, Params, Row } from "../../db/db.js";
import { decodeCursor, encodeCursor, type SortValue } from "./cursor.js";
import { type Reader, type ReadQuery, readQuery } from "./reader.js";

export type OrderDirection = "ASC" | "DESC";

/** One page of a listing: what a connection field returns. */
export interface PageRecord<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** One entry of a store's sort allow-list: a Cypher expression over the row variable. */
export interface SortKey {
  cypher: string;
  type: "string" | "number";
}

// Null sort values are replaced by one that sorts after every real value in the chosen
// direction, so keyset comparisons never meet a null (null = x is not true in Cypher).
const LAST: Record<SortKey["type"], Record<OrderDirection, string>> = {
  string: { ASC: "'\\uFFFF'", DESC: "''" },
  number: { ASC: "1.0e308", DESC: "-1.0e308" },
};

/**
 * The clause that binds each row's `sortValue`: the sort expression, nulls replaced by
 * LAST. A number that is not finite (NaN or an infinity, stored before the loader bounded
 * amounts) counts as null as well: a cursor then always holds a finite number, and can be
 * followed (JSON would have written it as null, and Cypher never finds a row after NaN).
 */
function sortValue(query: PageQuery): string {
  const v = query.variable;
  if (query.sortNeverNull) return `WITH ${v}, ${query.sort.cypher} AS sortValue`;
  const last = LAST[query.sort.type][query.direction];
  if (query.sort.type === "string") return `WITH ${v}, coalesce(${query.sort.cypher}, ${last}) AS sortValue`;
  return `WITH ${v}, ${query.sort.cypher} AS sortRaw
  WITH ${v}, coalesce(CASE WHEN sortRaw > -1.0e308 AND sortRaw < 1.0e308 THEN sortRaw END, ${last}) AS sortValue`;
}

const DIRECTION: Record<OrderDirection, { order: string; after: string }> = {
  ASC: { order: "ASC", after: ">" },
  DESC: { order: "DESC", after: "<" },
};

export interface PageQuery {
  /** The name comment, e.g. "company.page". */
  name: string;
  /**
   * The MATCH that binds the row variable, e.g. "MATCH (c:Company)". Paged per parent
   * (fetchPages), it finds the rows of the parent whose id is in the variable `parentId`.
   */
  match: string;
  /** The row variable; its `id` is the tie-breaker. */
  variable: string;
  /** Predicates ANDed together, with their parameters in `params`. */
  filters: string[];
  params: Params;
  sort: SortKey;
  direction: OrderDirection;
  /**
   * True when the filters leave out every row whose sort value is null (a minimum amount
   * when sorting by amount): the rows are then sorted on the sort expression itself, not
   * on a null-replacing coalesce(), so Neo4j can read a range index in order and stop
   * after the page instead of sorting every match.
   */
  sortNeverNull?: boolean;
  /**
   * A planner hint for the rows subquery only (`USING INDEX ...`), when the index that
   * gives the rows in sort order is not the one the planner would pick for the filters
   * (a composite index that serves the count better).
   */
  rowsHint?: string;
  /** A Cypher map expression of one row, e.g. the store's projection of `c`. */
  projection: string;
}

/**
 * What the client selected of a connection: a totalCount it did not ask for is not
 * counted, and rows it did not ask for (only totalCount) are not fetched.
 */
export interface PageWants {
  totalCount: boolean;
  rows: boolean;
}
export const WANTS_ALL: PageWants = { totalCount: true, rows: true };

/**
 * Which page: `first` rows (a count the caller has checked: the API refuses one out of
 * range before it asks) after the cursor `after`, which the store reads (a bad one is an
 * InvalidArgumentError naming `after`).
 */
export interface PageArgs {
  first: number;
  after?: string | null;
}

/**
 * The page query. totalCount is its own subquery ending in count(): the database counts
 * the matching rows without building them (and with no filter, reads the count store).
 * The rows subquery keeps first + 1 rows after the cursor, the extra one only telling
 * whether another page follows.
 */
function pageQuery(query: PageQuery, wants: PageWants, perParent: boolean) {
  const v = query.variable;
  const dir = DIRECTION[query.direction];
  const where = query.filters.length ? `WHERE ${query.filters.join("\n    AND ")}` : "";
  const scope = perParent ? "(parentId)" : "()";
  const count = `CALL ${scope} {
  ${query.match}
  ${where}
  RETURN count(${v}) AS totalCount
}`;
  const rows = `CALL ${scope} {
  ${query.match}${query.rowsHint ? ` ${query.rowsHint}` : ""}
  ${where}
  ${sortValue(query)}
  WHERE $afterId IS NULL OR sortValue ${dir.after} $afterValue OR (sortValue = $afterValue AND ${v}.id ${dir.after} $afterId)
  WITH ${v}, sortValue
  ORDER BY sortValue ${dir.order}, ${v}.id ${dir.order}
  LIMIT $limit
  RETURN collect({ sortValue: sortValue, node: ${query.projection} }) AS rows
}`;
  const parts = [
    `// ${query.name}`,
    ...(perParent ? ["UNWIND $parentIds AS parentId"] : []),
    ...(wants.totalCount ? [count] : []),
    ...(wants.rows ? [rows] : []),
    `RETURN ${perParent ? "parentId, " : ""}${wants.totalCount ? "totalCount" : "null AS totalCount"}, ${wants.rows ? "rows" : "[] AS rows"}`,
  ];
  return readQuery(parts.join("\n"));
}

function pageParams(query: PageQuery, args: PageArgs) {
  const after = args.after == null ? null : decodeCursor(args.after, query.sort.type);
  return {
    after,
    params: { ...query.params, afterValue: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: neo4j.int(args.first + 1) },
  };
}

function toPage<T extends { id: string }>(result: Row | undefined, first: number, hasPrevious: boolean, toRecord: (row: Row) => T): PageRecord<T> {
  const rows = (result?.rows ?? []) as Array<{ sortValue: SortValue; node: Row }>;
  const edges = rows.slice(0, first).map((r) => {
    const node = toRecord(r.node);
    return { cursor: encodeCursor(r.sortValue, node.id), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: Number(result?.totalCount ?? 0),
  };
}

/** The page of a parent with no rows. */
export function emptyPage<T>(): PageRecord<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

/** One listing's page and total, in one query. */
export async function fetchPage<T extends { id: string }>(
  reader: Reader,
  query: PageQuery,
  args: PageArgs,
  toRecord: (row: Row) => T,
  wants: PageWants = WANTS_ALL,
): Promise<PageRecord<T>> {
  const { after, params } = pageParams(query, args);
  const [result] = await reader.read(pageQuery(query, wants, false), params);
  return toPage(result, args.first, after !== null, toRecord);
}

/**
 * The same listing under each of a batch of parents (a connection field of a list of
 * companies, say), in one query: each parent gets its own total and its own page.
 */
export async function fetchPages<T extends { id: string }>(
  reader: Reader,
  query: PageQuery,
  parentIds: readonly string[],
  args: PageArgs,
  toRecord: (row: Row) => T,
  wants: PageWants = WANTS_ALL,
): Promise<Map<string, PageRecord<T>>> {
  const { after, params } = pageParams(query, args);
  const rows = await reader.read(pageQuery(query, wants, true), { ...params, parentIds });
  return new Map(rows.map((r) => [String(r.parentId), toPage(r, args.first, after !== null, toRecord)]));
}

/** What streams a listing: a Db's stream (rows as they arrive, with backpressure). */
export type RowSource = Pick<Db, "stream">;

/**
 * The whole listing a page query pages through, in the same order, with the same filters
 * and sort (the same PageQuery a connection uses): for exports, whose rows are passed on
 * as they arrive instead of a page at a time. No count, no cursor, no limit.
 */
export function listingQuery(query: PageQuery): ReadQuery {
  const v = query.variable;
  const dir = DIRECTION[query.direction];
  const where = query.filters.length ? `WHERE ${query.filters.join("\n    AND ")}` : "";
  return readQuery(`// ${query.name}
${query.match}${query.rowsHint ? ` ${query.rowsHint}` : ""}
${where}
${sortValue(query)}
ORDER BY sortValue ${dir.order}, ${v}.id ${dir.order}
RETURN ${query.projection} AS node`);
}

/**
 * Every row of a listing, one record at a time as the database gives them (see
 * Db.stream). `timeoutMs` bounds the whole read.
 */
export async function* streamListing<T>(source: RowSource, query: PageQuery, toRecord: (row: Row) => T, timeoutMs?: number): AsyncGenerator<T> {
  const { cypher } = listingQuery(query);
  for await (const row of source.stream(cypher, query.params, timeoutMs === undefined ? {} : { timeoutMs })) yield toRecord(row.node as Row);
}
