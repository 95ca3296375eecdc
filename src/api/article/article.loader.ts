// Per-request loaders of articles by entity, mentions by article, and sources by fact.
import { keyedLoader, loaderPerArgs } from "../common/batch.js";
import { emptyConnection, type PageWants } from "../common/pagination.js";
import type { Reader } from "../common/reader.js";
import { type Prime, priming } from "../node/node.loader.js";
import type { ArticleWhere } from "./article.args.js";
import type { ArticleRecord } from "./article.record.js";
import { articleBodies, articlePagesMentioning, articlesMentioningIds, mentionsByArticleIds, sourcesByFactIds } from "./article.repository.js";

export function createArticleLoaders(reader: Reader, prime: Prime) {
  return {
    /** Articles that mention a company or person, by entity id. */
    mentioning: keyedLoader(priming(prime, (ids) => articlesMentioningIds(reader, ids)), () => []),
    /** A page of the articles that mention a company or person, by entity id, per distinct arguments. */
    pageMentioning: loaderPerArgs(
      (args: { where?: ArticleWhere | null; first?: number | null; after?: string | null; wants: PageWants }) =>
        keyedLoader(async (ids) => {
          const pages = await articlePagesMentioning(reader, ids, args, args.wants);
          for (const page of pages.values()) prime(page.edges.map((e) => e.node));
          return pages;
        }, emptyConnection<ArticleRecord>),
    ),
    /** The text of an article whose record came without it, by article id. */
    bodies: keyedLoader((ids) => articleBodies(reader, ids), () => ""),
    /** Companies and people an article mentions, by article id. */
    mentions: keyedLoader(priming(prime, (ids) => mentionsByArticleIds(reader, ids)), () => []),
    /** Sources (article, evidence, figures) of a deal, role or relation, by fact id. */
    sources: keyedLoader(
      async (ids) => {
        const found = await sourcesByFactIds(reader, ids);
        for (const list of found.values()) prime(list.map((s) => s.article));
        return found;
      },
      () => [],
    ),
  };
}
