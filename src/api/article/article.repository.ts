// Every query about articles: the paged listing (alone, or of the articles mentioning
// each of a batch of entities), and for the loaders the articles that mention a batch of
// entities, the entities a batch of articles mention, and the sources of a batch of facts.
import type { Params } from "../../db/db.js";
import { groupRows, listPerParent } from "../common/batch.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage, fetchPages, type PageArgsLike, type PageQuery, type PageWants } from "../common/pagination.js";
import { type Reader, readQuery } from "../common/reader.js";
import { newestSourcesFirst, type SourceRecord, sourceProjection, toSource } from "../common/source.record.js";
import { type EntityRecord, entityProjection, toEntity } from "../node/node.repository.js";
import type { ArticleWhere } from "./article.args.js";
import { type ArticleRecord, articleProjection, toArticle } from "./article.record.js";

function filters(where: ArticleWhere | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.mentionsId != null) {
    f.push("EXISTS { MATCH (a)-[:MENTIONS]->(:Node {id: $mentionsId}) }");
    params.mentionsId = where.mentionsId;
  }
  if (where.publisher != null) {
    f.push("a.publisher = $publisher");
    params.publisher = where.publisher;
  }
  if (where.source != null) {
    f.push("a.source = $source");
    params.source = where.source;
  }
  if (where.titleContains != null) {
    f.push("toLower(a.title) CONTAINS toLower($titleContains)");
    params.titleContains = where.titleContains;
  }
  if (where.language != null) {
    f.push("a.language = $language");
    params.language = where.language;
  }
  if (where.publishedFrom != null) {
    f.push("a.publishedOn >= $publishedFrom");
    params.publishedFrom = where.publishedFrom;
  }
  if (where.publishedTo != null) {
    f.push("(a.publishedOn <= $publishedTo OR a.publishedOn STARTS WITH $publishedTo)");
    params.publishedTo = where.publishedTo;
  }
  return { filters: f, params };
}

interface ArticlePageArgs extends PageArgsLike {
  where?: ArticleWhere | null;
}

function pageQuery(args: ArticlePageArgs, name: string, match: string): PageQuery {
  return {
    name,
    match,
    variable: "a",
    ...filters(args.where),
    sort: { cypher: "a.publishedOn", type: "string" },
    direction: OrderDirection.DESC,
    projection: articleProjection("a"),
  };
}

export function articlePage(reader: Reader, args: ArticlePageArgs, wants?: PageWants): Promise<ConnectionRecord<ArticleRecord>> {
  return fetchPage(reader, pageQuery(args, "article.page", "MATCH (a:Article)"), args, toArticle, wants);
}

/** A page of the articles that mention each company or person, newest first. */
export function articlePagesMentioning(
  reader: Reader,
  ids: readonly string[],
  args: ArticlePageArgs,
  wants?: PageWants,
): Promise<Map<string, ConnectionRecord<ArticleRecord>>> {
  const query = pageQuery(args, "article.pagesMentioning", "MATCH (:Node {id: parentId})<-[:MENTIONS]-(a:Article)");
  return fetchPages(reader, query, ids, args, toArticle, wants);
}

/** Articles newest first, then by id: the order of every plain list of articles. */
const newestArticlesFirst = (v: string) => `${v}.publishedOn DESC, ${v}.id`;

const MENTIONING = listPerParent({
  name: "article.mentioningIds",
  match: "MATCH (:Node {id: id})<-[:MENTIONS]-(a:Article)",
  rows: "a",
  order: newestArticlesFirst("a"),
  projection: articleProjection("a"),
});

/** The articles that mention each company or person, newest first. */
export async function articlesMentioningIds(reader: Reader, ids: string[]): Promise<Map<string, ArticleRecord[]>> {
  return groupRows(await reader.read(MENTIONING, { ids }), toArticle);
}

const MENTIONS = listPerParent({
  name: "article.mentionsByIds",
  match: "MATCH (:Node {id: id})-[:MENTIONS]->(e:Entity)",
  rows: "e",
  order: "e.name, e.id",
  projection: entityProjection("e"),
});

/** The companies and people each article mentions, by name. */
export async function mentionsByArticleIds(reader: Reader, ids: string[]): Promise<Map<string, EntityRecord[]>> {
  return groupRows(await reader.read(MENTIONS, { ids }), toEntity);
}

const SOURCES = listPerParent({
  name: "article.sourcesByFactIds",
  match: "MATCH (:Node {id: id})-[s:SOURCED_FROM]->(a:Article)",
  rows: "s, a",
  order: newestSourcesFirst("a"),
  projection: sourceProjection("s", "a"),
});

const BODIES = readQuery(`// article.bodiesByIds
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.body AS body`);

/** The text of each article. */
export async function articleBodies(reader: Reader, ids: string[]): Promise<Map<string, string>> {
  return new Map((await reader.read(BODIES, { ids })).map((r) => [String(r.id), String(r.body ?? "")]));
}

/** The sources of each fact (deal, role or relation), newest article first. */
export async function sourcesByFactIds(reader: Reader, ids: string[]): Promise<Map<string, SourceRecord[]>> {
  return groupRows(await reader.read(SOURCES, { ids }), toSource);
}
