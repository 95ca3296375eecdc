// Per-request loaders of each company's derived figures and related companies and investors.
import type { Db } from "../../graph/db.js";
import { keyedLoader } from "../common/batch.js";
import { type Prime, priming } from "../node/node.loader.js";
import {
  type CompanyStats,
  companyStatsByIds,
  competitorsByCompanyIds,
  investorsByCompanyIds,
  portfolioByInvestorIds,
} from "./company.repository.js";

const NO_STATS: CompanyStats = { totalRaisedUsd: null, dealCount: 0, latestValuation: null };

export function createCompanyLoaders(db: Db, prime: Prime) {
  return {
    /** totalRaisedUsd, dealCount and latestValuation by company id. */
    stats: keyedLoader((ids) => companyStatsByIds(db, ids), () => NO_STATS),
    /** Distinct investors over the deals received, by company id. */
    investors: keyedLoader(priming(prime, (ids) => investorsByCompanyIds(db, ids)), () => []),
    /** Distinct deal targets, by investor id. */
    portfolio: keyedLoader(priming(prime, (ids) => portfolioByInvestorIds(db, ids)), () => []),
    /** Companies on the other side of COMPETES_WITH, by company id. */
    competitors: keyedLoader(priming(prime, (ids) => competitorsByCompanyIds(db, ids)), () => []),
  };
}
