// The loaders of one request. A new set per request (DataLoader's rule): they cache what
// they load, and a cache must not outlive the request or cross users.
import type { Db } from "../graph/db.js";
import { createArticleLoaders } from "./article/article.loader.js";
import { createCompanyLoaders } from "./company/company.loader.js";
import { createInvestmentLoaders } from "./investment/investment.loader.js";
import { createNodeLoader } from "./node/node.loader.js";
import { createRoleLoaders } from "./role/role.loader.js";

/**
 * Every relationship field resolves through one of these, keyed by its parent's id, so
 * that a list of N parents costs one query per field, not N. Whatever a loader returns
 * also primes `nodes`, the loader by id, so a reference already fetched is not fetched again.
 */
export function createLoaders(db: Db) {
  const { nodes, prime } = createNodeLoader(db);
  return {
    nodes,
    company: createCompanyLoaders(db, prime),
    investment: createInvestmentLoaders(db, prime),
    role: createRoleLoaders(db, prime),
    article: createArticleLoaders(db, prime),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
