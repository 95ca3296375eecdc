// Per-request loaders of deals by investor, target, article, and of pages of deals by participant.
import { keyedLoader, loaderPerArgs } from "../common/batch.js";
import { emptyConnection, type PageWants } from "../common/pagination.js";
import type { Reader } from "../common/reader.js";
import { type Prime, priming } from "../node/node.loader.js";
import type { DealSide } from "./investment.args.js";
import type { InvestmentRecord } from "./investment.record.js";
import {
  type InvestmentPageArgs,
  investmentPagesByParticipants,
  investmentsByArticleIds,
  investmentsByInvestorIds,
  investmentsByTargetIds,
} from "./investment.repository.js";

export function createInvestmentLoaders(reader: Reader, prime: Prime) {
  return {
    /** Deals a company or person invested in, by investor id. */
    byInvestor: keyedLoader(priming(prime, (ids) => investmentsByInvestorIds(reader, ids)), () => []),
    /** Deals a company received, by target id. */
    byTarget: keyedLoader(priming(prime, (ids) => investmentsByTargetIds(reader, ids)), () => []),
    /** Deals an article reports, by article id. */
    byArticle: keyedLoader(priming(prime, (ids) => investmentsByArticleIds(reader, ids)), () => []),
    /** A page of a participant's deals, by participant id, per distinct arguments. */
    pageByParticipant: loaderPerArgs((args: InvestmentPageArgs & { side: `${DealSide}`; wants: PageWants }) =>
      keyedLoader(async (ids) => {
        const pages = await investmentPagesByParticipants(reader, ids, args, args.wants);
        for (const page of pages.values()) prime(page.edges.map((e) => e.node));
        return pages;
      }, emptyConnection<InvestmentRecord>),
    ),
  };
}
