// Per-request loaders of roles by person, company and article.
import type { Db } from "../../graph/db.js";
import { keyedLoader } from "../common/batch.js";
import { type Prime, priming } from "../node/node.loader.js";
import { rolesByArticleIds, rolesByCompanyIds, rolesByPersonIds } from "./role.repository.js";

export function createRoleLoaders(db: Db, prime: Prime) {
  return {
    /** Roles a person holds or held, by person id. */
    byPerson: keyedLoader(priming(prime, (ids) => rolesByPersonIds(db, ids)), () => []),
    /** Roles held at a company, by company id. */
    byCompany: keyedLoader(priming(prime, (ids) => rolesByCompanyIds(db, ids)), () => []),
    /** Roles an article reports, by article id. */
    byArticle: keyedLoader(priming(prime, (ids) => rolesByArticleIds(db, ids)), () => []),
  };
}
