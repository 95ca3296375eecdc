// Per-request loaders of investor figures, co-investors and per-company investor totals.
import { keyedLoader, loaderPerArgs } from "../common/batch.js";
import type { Reader } from "../common/reader.js";
import type { Prime } from "../node/node.loader.js";
import { coInvestorsByIds, type InvestorStats, investorStatsByIds, investorTotalsByCompanyIds } from "./investor.repository.js";

const NO_STATS: InvestorStats = { investmentCount: 0, leadCount: 0, portfolioSize: 0, totalInvestedUsd: null };

export function createInvestorLoaders(reader: Reader, prime: Prime) {
  return {
    /** investmentCount, leadCount, portfolioSize, totalInvestedUsd by company or person id. */
    stats: keyedLoader((ids) => investorStatsByIds(reader, ids), () => NO_STATS),
    /** The top `first` co-investors, by investor id. */
    coInvestors: loaderPerArgs((first: number) =>
      keyedLoader(async (ids) => {
        const found = await coInvestorsByIds(reader, ids, first);
        for (const list of found.values()) for (const c of list) prime([c.investor, ...c.investments]);
        return found;
      }, () => []),
    ),
    /** Who put what into a company, by company id. */
    totals: keyedLoader(async (ids) => {
      const found = await investorTotalsByCompanyIds(reader, ids);
      for (const list of found.values()) for (const t of list) prime([t.investor, ...t.investments]);
      return found;
    }, () => []),
  };
}
