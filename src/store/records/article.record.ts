// An article as it leaves the store: its Cypher projection and the plain record it maps to.
import { row, str } from "../common/index.js";

export interface ArticleRecord {
  __typename: "Article";
  id: string;
  title: string;
  url: string | null;
  publisher: string;
  source: string | null;
  language: string;
  publishedOn: string;
  /** Null when the query that found the article left its text out; Article.body then loads it. */
  body: string | null;
}

/**
 * The Cypher map of article `v`, read back by toArticle. The text only `withBody`: an
 * article is mostly reached as the source of facts (a deal's twenty sources), where its
 * text, the longest thing in the graph, would be read and sent for nothing.
 */
export const articleProjection = (v: string, { withBody = false } = {}) =>
  `${v} { __typename: 'Article', .id, .title, .url, .publisher, .source, .language, .publishedOn${withBody ? ", .body" : ""} }`;

export function toArticle(value: unknown): ArticleRecord {
  const r = row(value);
  return {
    __typename: "Article",
    id: String(r.id),
    title: String(r.title),
    url: str(r.url),
    publisher: String(r.publisher),
    source: str(r.source),
    language: String(r.language),
    publishedOn: String(r.publishedOn),
    body: typeof r.body === "string" ? r.body : null,
  };
}
