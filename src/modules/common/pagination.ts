// Keyset pagination over Cypher: page size rules, the page query and its result as a
// connection. Sort keys come from each module's allow-list, never from request text.
import neo4j from "neo4j-driver";
import type { Db, Params, Row } from "../../graph/db.js";
import { badInput } from "../../errors.js";
import type { ConnectionRecord } from "./connection.type.js";
import { decodeCursor, encodeCursor, type SortValue } from "./cursor.js";
import { OrderDirection } from "./order.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as a row count: 20 when absent; 0 to 100, else BAD_USER_INPUT naming `first`. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw badInput("first", `must be 0 or more, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw badInput("first", `must be at most ${MAX_PAGE_SIZE}, got ${first}; page with \`after\``);
  return first;
}

/** One entry of a module's sort allow-list: a Cypher expression over the row variable. */
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
const DIRECTION: Record<OrderDirection, { order: string; after: string }> = {
  ASC: { order: "ASC", after: ">" },
  DESC: { order: "DESC", after: "<" },
};

export interface PageQuery {
  /** The name comment, e.g. "company.page". */
  name: string;
  /** The MATCH that binds the row variable, e.g. "MATCH (c:Company)". */
  match: string;
  /** The row variable; its `id` is the tie-breaker. */
  variable: string;
  /** Predicates ANDed together, with their parameters in `params`. */
  filters: string[];
  params: Params;
  sort: SortKey;
  direction: OrderDirection;
  /** A Cypher map expression of one row, e.g. the module's projection of `c`. */
  projection: string;
}

/**
 * One round trip: the total count of matching rows and the page after the cursor
 * (first + 1 rows, the extra one only telling whether another page follows).
 */
export async function fetchPage<T extends { id: string }>(
  db: Db,
  query: PageQuery,
  args: { first?: number | null; after?: string | null },
  toRecord: (row: Row) => T,
): Promise<ConnectionRecord<T>> {
  const first = pageSize(args.first);
  const after = args.after == null ? null : decodeCursor(args.after, query.sort.type);
  const v = query.variable;
  const dir = DIRECTION[query.direction];
  const where = query.filters.length ? `WHERE ${query.filters.join("\n  AND ")}` : "";
  const cypher = `// ${query.name}
CALL () {
  ${query.match}
  ${where}
  RETURN count(${v}) AS totalCount
}
CALL () {
  ${query.match}
  ${where}
  WITH ${v}, coalesce(${query.sort.cypher}, ${LAST[query.sort.type][query.direction]}) AS sortValue
  WHERE $afterId IS NULL OR sortValue ${dir.after} $afterValue OR (sortValue = $afterValue AND ${v}.id ${dir.after} $afterId)
  WITH ${v}, sortValue
  ORDER BY sortValue ${dir.order}, ${v}.id ${dir.order}
  LIMIT $limit
  RETURN collect({ sortValue: sortValue, node: ${query.projection} }) AS rows
}
RETURN totalCount, rows`;
  const [result] = await db.read(cypher, {
    ...query.params,
    afterValue: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: neo4j.int(first + 1),
  });
  const rows = (result?.rows ?? []) as Array<{ sortValue: SortValue; node: Row }>;
  const edges = rows.slice(0, first).map((r) => {
    const node = toRecord(r.node);
    return { cursor: encodeCursor(r.sortValue, node.id), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: Number(result?.totalCount ?? 0),
  };
}
