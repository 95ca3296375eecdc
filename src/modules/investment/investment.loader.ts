// Per-request loaders of deals by investor, target and article.
import type { Db } from "../../graph/db.js";
import { keyedLoader } from "../common/batch.js";
import { type Prime, priming } from "../node/node.loader.js";
import { investmentsByArticleIds, investmentsByInvestorIds, investmentsByTargetIds } from "./investment.repository.js";

export function createInvestmentLoaders(db: Db, prime: Prime) {
  return {
    /** Deals a company or person invested in, by investor id. */
    byInvestor: keyedLoader(priming(prime, (ids) => investmentsByInvestorIds(db, ids)), () => []),
    /** Deals a company received, by target id. */
    byTarget: keyedLoader(priming(prime, (ids) => investmentsByTargetIds(db, ids)), () => []),
    /** Deals an article reports, by article id. */
    byArticle: keyedLoader(priming(prime, (ids) => investmentsByArticleIds(db, ids)), () => []),
  };
}
