// The loaders of one request. A new set per request (DataLoader's rule): they cache what
// they load, and a cache must not outlive the request or cross users.
import type { Db } from "../db/db.js";
import { createArticleLoaders } from "./article/article.loader.js";
import { Reader } from "./common/reader.js";
import { createCompanyLoaders } from "./company/company.loader.js";
import { createInvestmentLoaders } from "./investment/investment.loader.js";
import { createInvestorLoaders } from "./investor/investor.loader.js";
import { createNodeLoader } from "./node/node.loader.js";
import { createRelationLoaders } from "./relation/relation.loader.js";
import { createRoleLoaders } from "./role/role.loader.js";

/**
 * Every relationship field resolves through one of these, keyed by its parent's id, so
 * that a list of N parents costs one query per field, not N; and every query goes
 * through `reader`, which sends the queries of one level of the operation together, so
 * an operation costs one round trip per level of nesting. Whatever a loader returns also
 * primes `nodes`, the loader by id, so a reference already fetched is not fetched again.
 */
export function createLoaders(db: Db) {
  const reader = new Reader(db);
  const { nodes, prime } = createNodeLoader(reader);
  const article = createArticleLoaders(reader, prime);
  return {
    reader,
    nodes,
    prime,
    company: createCompanyLoaders(reader, prime),
    investment: createInvestmentLoaders(reader, prime, (factId, sources) => {
      article.sources.prime(factId, sources);
      prime(sources.map((s) => s.article));
    }),
    investor: createInvestorLoaders(reader, prime),
    role: createRoleLoaders(reader, prime),
    relation: createRelationLoaders(reader, prime),
    article,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
