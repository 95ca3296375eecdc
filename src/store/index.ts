// The stores: one per aggregate (deals, entities, roles, relations, articles) and read
// models over them (graph, stats, search), each owning its Cypher. The API asks them
// through createStores, one set per request; nothing here knows of GraphQL.
import type { Db } from "../db/db.js";
import { createArticlesStore } from "./articles/index.js";
import { Reader } from "./common/index.js";
import { createDealsStore } from "./deals/index.js";
import { createEntitiesStore } from "./entities/index.js";
import { createGraphStore } from "./graph/index.js";
import { createRelationsStore } from "./relations/index.js";
import { createReviewStore } from "./review/index.js";
import { createRolesStore } from "./roles/index.js";
import { createSearchStore } from "./search/index.js";
import { createStatsStore } from "./stats/index.js";

export * from "./records/index.js";
export * from "./articles/index.js";
export * from "./deals/index.js";
export * from "./decisions/index.js";
export * from "./drafts/index.js";
export * from "./entities/index.js";
export * from "./graph/index.js";
export * from "./relations/index.js";
export * from "./review/index.js";
export * from "./roles/index.js";
export * from "./search/index.js";
export * from "./stats/index.js";
export { argumentsKey, decodeCursor, encodeCursor, InvalidArgumentError, LIST_MAX, type MoneyRecord, type OrderDirection, type PageRecord, type PageWants, type SortValue } from "./common/index.js";

/**
 * The stores of one request. A new set per request (DataLoader's rule): each caches what
 * it loads, and a cache must not outlive the request or cross users.
 *
 * Every method that reads under a parent (a company's deals, a deal's sources) is
 * batched by parent id, so a list of N parents costs one query per field, not N; every
 * query goes through one Reader, which sends the queries of one level of the operation
 * together, so an operation costs one round trip per level of nesting (and counts
 * against the request's read budget, the Db's Tally); and whatever a store returns
 * primes the entities store's cache of nodes by kind and id, so a reference already
 * fetched is not fetched again.
 *
 * @example
 *   const stores = createStores(db);
 *   const deals = await stores.deals.receivedBy("scale-ai");
 */
export function createStores(db: Db, options: { mergeReads?: boolean } = {}) {
  const reader = new Reader(db, options.mergeReads);
  const entities = createEntitiesStore(reader);
  const articles = createArticlesStore(reader, entities.prime);
  return {
    entities,
    articles,
    deals: createDealsStore(reader, entities.prime, (factId, sources) => articles.primeSources(factId, sources)),
    roles: createRolesStore(reader, entities.prime),
    relations: createRelationsStore(reader, entities.prime),
    graph: createGraphStore(reader, entities.prime),
    stats: createStatsStore(reader),
    search: createSearchStore(reader, entities.prime),
    review: createReviewStore(reader),
  };
}

export type Stores = ReturnType<typeof createStores>;
