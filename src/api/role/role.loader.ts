// Per-request loaders of roles by person, company and article.
import { keyedLoader } from "../common/batch.js";
import type { Reader } from "../common/reader.js";
import { type Prime, priming } from "../node/node.loader.js";
import { rolesByArticleIds, rolesByCompanyIds, rolesByPersonIds } from "./role.repository.js";

export function createRoleLoaders(reader: Reader, prime: Prime) {
  return {
    /** Roles a person holds or held, by person id. */
    byPerson: keyedLoader(priming(prime, (ids) => rolesByPersonIds(reader, ids)), () => []),
    /** Roles held at a company, by company id. */
    byCompany: keyedLoader(priming(prime, (ids) => rolesByCompanyIds(reader, ids)), () => []),
    /** Roles an article reports, by article id. */
    byArticle: keyedLoader(priming(prime, (ids) => rolesByArticleIds(reader, ids)), () => []),
  };
}
