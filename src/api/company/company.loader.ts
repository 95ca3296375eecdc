// Per-request loaders of each company's derived figures and related companies and investors.
import type { Reader } from "../common/reader.js";
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

export function createCompanyLoaders(reader: Reader, prime: Prime) {
  return {
    /** totalRaisedUsd, dealCount and latestValuation by company id. */
    stats: keyedLoader((ids) => companyStatsByIds(reader, ids), () => NO_STATS),
    /** Distinct investors over the deals received, by company id. */
    investors: keyedLoader(priming(prime, (ids) => investorsByCompanyIds(reader, ids)), () => []),
    /** Distinct deal targets, by investor id. */
    portfolio: keyedLoader(priming(prime, (ids) => portfolioByInvestorIds(reader, ids)), () => []),
    /** Companies on the other side of COMPETES_WITH, by company id. */
    competitors: keyedLoader(priming(prime, (ids) => competitorsByCompanyIds(reader, ids)), () => []),
  };
}
