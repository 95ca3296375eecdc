// Every query about articles: the paged listing, and for the loaders the articles that
// mention a batch of entities, the entities a batch of articles mention, and the
// sources of a batch of facts.
import type { Db, Params } from "../../graph/db.js";
import { groupRows } from "../common/batch.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage } from "../common/pagination.js";
import { type SourceRecord, sourceProjection, toSource } from "../common/source.record.js";
import { type EntityRecord, entityProjection, toNodeRecord } from "../node/node.repository.js";
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

export function articlePage(
  db: Db,
  args: { where?: ArticleWhere | null; first?: number | null; after?: string | null },
): Promise<ConnectionRecord<ArticleRecord>> {
  return fetchPage(
    db,
    {
      name: "article.page",
      match: "MATCH (a:Article)",
      variable: "a",
      ...filters(args.where),
      sort: { cypher: "a.publishedOn", type: "string" },
      direction: OrderDirection.DESC,
      projection: articleProjection("a"),
    },
    args,
    toArticle,
  );
}

/** Articles newest first, then by id: the order of every plain list of articles. */
const newestArticlesFirst = (v: string) => `${v}.publishedOn DESC, ${v}.id`;

const MENTIONING = `// article.mentioningIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:MENTIONS]-(a:Article)
WITH id, a ORDER BY ${newestArticlesFirst("a")}
RETURN id, collect(${articleProjection("a")}) AS items`;

/** The articles that mention each company or person, newest first. */
export async function articlesMentioningIds(db: Db, ids: string[]): Promise<Map<string, ArticleRecord[]>> {
  return groupRows(await db.read(MENTIONING, { ids }), toArticle);
}

const MENTIONS = `// article.mentionsByIds
UNWIND $ids AS id
MATCH (:Node {id: id})-[:MENTIONS]->(e:Entity)
WITH id, e ORDER BY e.name, e.id
RETURN id, collect(${entityProjection("e")}) AS items`;

/** The companies and people each article mentions, by name. */
export async function mentionsByArticleIds(db: Db, ids: string[]): Promise<Map<string, EntityRecord[]>> {
  return groupRows(await db.read(MENTIONS, { ids }), (v) => toNodeRecord(v) as EntityRecord);
}

const SOURCES = `// article.sourcesByFactIds
UNWIND $ids AS id
MATCH (:Node {id: id})-[s:SOURCED_FROM]->(a:Article)
WITH id, s, a ORDER BY ${newestArticlesFirst("a")}
RETURN id, collect(${sourceProjection("s", "a")}) AS items`;

/** The sources of each fact (deal or role), newest article first. */
export async function sourcesByFactIds(db: Db, ids: string[]): Promise<Map<string, SourceRecord[]>> {
  return groupRows(await db.read(SOURCES, { ids }), toSource);
}
