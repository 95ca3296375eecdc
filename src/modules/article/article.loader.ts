// Per-request loaders of articles by entity, mentions by article, and sources by fact.
import type { Db } from "../../graph/db.js";
import { keyedLoader } from "../common/batch.js";
import { type Prime, priming } from "../node/node.loader.js";
import { articlesMentioningIds, mentionsByArticleIds, sourcesByFactIds } from "./article.repository.js";

export function createArticleLoaders(db: Db, prime: Prime) {
  return {
    /** Articles that mention a company or person, by entity id. */
    mentioning: keyedLoader(priming(prime, (ids) => articlesMentioningIds(db, ids)), () => []),
    /** Companies and people an article mentions, by article id. */
    mentions: keyedLoader(priming(prime, (ids) => mentionsByArticleIds(db, ids)), () => []),
    /** Sources (article, evidence, figures) of a deal or role, by fact id. */
    sources: keyedLoader(
      async (ids) => {
        const found = await sourcesByFactIds(db, ids);
        for (const list of found.values()) prime(list.map((s) => s.article));
        return found;
      },
      () => [],
    ),
  };
}
