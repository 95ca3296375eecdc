// The shapes of every per-request DataLoader of the stores: a batch of parent ids, one
// query, a value per id; for fields with arguments, one such loader per distinct
// arguments; and the query of a plain list under each parent of a batch.
import DataLoader from "dataloader";
import { LIST_MAX } from "./bounds.js";
import { type ReadQuery, readQuery } from "./reader.js";

/**
 * A DataLoader over `fetch`, which gets the distinct ids of one batch and returns what
 * it found for them in one query; ids it did not find get `missing()`.
 *
 * @example
 *   const byTarget = keyedLoader(async (ids) => groupRows(await reader.read(BY_TARGETS, { ids }), toInvestment), () => []);
 *   await byTarget.load("scale-ai"); // InvestmentRecord[]
 */
export function keyedLoader<V>(fetch: (ids: string[]) => Promise<Map<string, V>>, missing: () => V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => (found.has(id) ? found.get(id)! : missing()));
  });
}

/**
 * Loaders of a field that takes arguments (a nested connection's `first` and `where`):
 * the parents asking with the same arguments share one batch, hence one query.
 *
 * @example
 *   const pages = loaderPerArgs((args: PageArgs) => keyedLoader((ids) => fetchPagesFor(ids, args), empty));
 *   await pages({ first: 5 }).load("meta");
 */
export function loaderPerArgs<A, V>(create: (args: A) => DataLoader<string, V>): (args: A) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args) => {
    const key = argumentsKey(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(args)));
    return loader;
  };
}

/**
 * The same text for the same argument values, however they were built: keys sorted,
 * absent (undefined) ones dropped, class instances (type-graphql's argument classes) as
 * plain objects. So arguments read from the operation ahead of time (prefetching) find
 * the loader the field's resolver will ask.
 */
export function argumentsKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Rows of `{ id, items }` (one per parent id) as a map of mapped lists. */
export function groupRows<T>(rows: Array<Record<string, unknown>>, toItem: (value: unknown) => T): Map<string, T[]> {
  return new Map(rows.map((r) => [String(r.id), Array.isArray(r.items) ? r.items.map(toItem) : []]));
}

/**
 * The read query of a plain list under each parent of a batch (`$ids`, each bound to
 * `id`): the rows `match` binds to `rows` (one variable or several, e.g. "s, a"), in
 * `order`, at most `limit` of them (a field's most, LIST_MAX), then `projection`.
 * The limit comes before the projection, so a hub's 856 deals are not all projected (with
 * their investors) to answer 100. Its rows, `{ id, items }`, are read by groupRows.
 *
 * @example
 *   const BY_TARGETS = listPerParent({ name: "investment.byTargetIds", match: "MATCH (:Company {id: id})<-[:TARGET]-(i:Investment)",
 *     rows: "i", order: newestDealsFirst("i"), projection: investmentProjection("i") });
 */
export function listPerParent(q: { name: string; match: string; rows: string; order: string; projection: string; distinct?: boolean; limit?: number }): ReadQuery {
  return readQuery(`// ${q.name}
UNWIND $ids AS id
CALL (id) {
  ${q.match}
  WITH ${q.distinct ? "DISTINCT " : ""}${q.rows} ORDER BY ${q.order}
  LIMIT ${q.limit ?? LIST_MAX}
  RETURN collect(${q.projection}) AS items
}
RETURN id, items`);
}

/** A record any query returned, as the node-by-id cache keys it (see entities/nodes.store.ts). */
export interface NodeRef {
  readonly __typename: string;
  readonly id: string;
}

/** Hands records other queries returned to the node-by-id cache, so that a later lookup by id costs nothing. */
export type Prime = (records: Iterable<NodeRef>) => void;

/** `fetch` of lists under each parent, with every record it returns handed to `prime`. */
export function priming<T extends NodeRef>(prime: Prime, fetch: (ids: string[]) => Promise<Map<string, T[]>>) {
  return async (ids: string[]): Promise<Map<string, T[]>> => {
    const found = await fetch(ids);
    for (const list of found.values()) prime(list);
    return found;
  };
}
