// How much one article may hold: entities, facts and bytes. The defaults, written once
// here, are the settings' defaults in src/config.ts (ARTICLE_MAX_*).
//
// Real articles are far below them: the founding article and the test corpus (23 news
// pieces) hold at most 14 entities, 11 facts, a 2.8 KB body and a 5.6 KB file. A long
// roundup ("the 100 largest rounds of the year") might reach a few hundred entities and
// facts. Past that, an article is a bulk dump or an attack: 10,000 entities took 14 s to
// load (near the request deadline), and a 10 MB body would be served to anyone who asks.

export interface ArticleLimits {
  /** Entities one article may declare. */
  maxEntities: number;
  /** Facts one article may state: investments, roles and relations together. */
  maxFacts: number;
  /** Bytes of the body, UTF-8. */
  maxBodyBytes: number;
  /** Bytes of an article file on disk, checked before it is read or parsed. */
  maxFileBytes: number;
}

export const DEFAULT_ARTICLE_LIMITS: Readonly<ArticleLimits> = Object.freeze({
  // 35 times the most the corpus holds; 500 entities load in well under a second.
  maxEntities: 500,
  maxFacts: 500,
  // 256 KiB: some 40,000 words, four times the longest long-read, 90 times the corpus's longest body.
  maxBodyBytes: 256 * 1024,
  // 1 MiB: a body at its cap plus the front matter of 500 entities and 500 facts, with room
  // to spare; the same as HTTP_MAX_BODY_BYTES's default, the largest article the API receives.
  maxFileBytes: 1024 * 1024,
});

/** The limits a configuration sets. */
// The settings as numbers, not src/config.ts's type: config.ts takes its defaults from here.
export function articleLimits(config: Record<"ARTICLE_MAX_ENTITIES" | "ARTICLE_MAX_FACTS" | "ARTICLE_MAX_BODY_BYTES" | "ARTICLE_MAX_FILE_BYTES", number>): ArticleLimits {
  return {
    maxEntities: config.ARTICLE_MAX_ENTITIES,
    maxFacts: config.ARTICLE_MAX_FACTS,
    maxBodyBytes: config.ARTICLE_MAX_BODY_BYTES,
    maxFileBytes: config.ARTICLE_MAX_FILE_BYTES,
  };
}

/** Which setting raises each limit, for messages. */
export const LIMIT_SETTING: Readonly<Record<keyof ArticleLimits, string>> = Object.freeze({
  maxEntities: "ARTICLE_MAX_ENTITIES",
  maxFacts: "ARTICLE_MAX_FACTS",
  maxBodyBytes: "ARTICLE_MAX_BODY_BYTES",
  maxFileBytes: "ARTICLE_MAX_FILE_BYTES",
});
