// Per-request loaders of deals by investor, target, article, and of pages of deals by participant.
import { keyedLoader, loaderPerArgs } from "../common/batch.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { emptyConnection, type PageWants } from "../common/pagination.js";
import type { Reader } from "../common/reader.js";
import type { SourceRecord } from "../common/source.record.js";
import { type Prime, priming } from "../node/node.loader.js";
import type { DealSide } from "./investment.args.js";
import type { InvestmentRecord } from "./investment.record.js";
import {
  type InvestmentPageArgs,
  type PagedInvestmentRecord,
  investmentPagesByParticipants,
  investmentsByArticleIds,
  investmentsByInvestorIds,
  investmentsByTargetIds,
} from "./investment.repository.js";

/** Hands a fact's sources, fetched with it, to the sources loader. */
export type PrimeSources = (factId: string, sources: SourceRecord[]) => void;

export function createInvestmentLoaders(reader: Reader, prime: Prime, primeSources: PrimeSources) {
  /** Primes the loaders with what a page's deals brought along (DealEmbeds), and returns the page. */
  const primePage = <C extends ConnectionRecord<PagedInvestmentRecord>>(page: C): C => {
    for (const { node } of page.edges) {
      prime([node]);
      if (node.parties) prime(node.parties);
      if (node.sources) primeSources(node.id, node.sources);
    }
    return page;
  };
  return {
    primePage,
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
        for (const page of pages.values()) primePage(page);
        return pages;
      }, emptyConnection<InvestmentRecord>),
    ),
  };
}
