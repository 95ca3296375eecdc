// An article as it leaves the data layer: its Cypher projection and the plain record it maps to.
import { row, str } from "../common/records.js";

export interface ArticleRecord {
  __typename: "Article";
  id: string;
  title: string;
  url: string | null;
  publisher: string;
  source: string | null;
  language: string;
  publishedOn: string;
  body: string;
}

/** The Cypher map of article `v`, read back by toArticle. */
export const articleProjection = (v: string) =>
  `${v} { __typename: 'Article', .id, .title, .url, .publisher, .source, .language, .publishedOn, .body }`;

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
    body: str(r.body) ?? "",
  };
}
