// Per-request loaders of relations by company and by article.
import { keyedLoader } from "../common/batch.js";
import type { Reader } from "../common/reader.js";
import { type Prime, priming } from "../node/node.loader.js";
import { relationsByArticleIds, relationsByCompanyIds } from "./relation.repository.js";

export function createRelationLoaders(reader: Reader, prime: Prime) {
  return {
    /** Relations a company is an end of, by company id. */
    byCompany: keyedLoader(priming(prime, (ids) => relationsByCompanyIds(reader, ids)), () => []),
    /** Relations an article states, by article id. */
    byArticle: keyedLoader(priming(prime, (ids) => relationsByArticleIds(reader, ids)), () => []),
  };
}
