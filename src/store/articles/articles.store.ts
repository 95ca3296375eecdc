// The articles store: the paged listing (alone, or of the articles mentioning each of a
// batch of entities), the articles that mention a batch of entities, the entities a batch
// of articles mention, article texts, and the sources of a batch of facts.
import type { Db, Params } from "../../db/db.js";
import { groupRows, keyedLoader, listPerParent, loaderPerArgs, type Prime, priming } from "../common/index.js";
import { emptyPage, fetchPage, fetchPages, type PageArgs, type PageQuery, type PageRecord, type PageWants, WANTS_ALL } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import {
  type ArticleRecord,
  articleProjection,
  type EntityRecord,
  entityProjection,
  newestSourcesFirst,
  type SourceRecord,
  sourceProjection,
  toArticle,
  toEntity,
  toSource,
} from "../records/index.js";

/** Filters on articles; every filter given must hold (the API's ArticleWhere). */
export interface ArticleFilter {
  mentionsId?: string | null;
  publisher?: string | null;
  source?: string | null;
  titleContains?: string | null;
  language?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

function filters(where: ArticleFilter | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.mentionsId != null) {
    f.push("EXISTS { MATCH (a)-[:MENTIONS]->(:Entity {id: $mentionsId}) }");
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

export interface ArticlePageArgs extends PageArgs {
  where?: ArticleFilter | null;
  /** What the client selected of the connection; all of it by default. */
  wants?: PageWants;
}

function pageQuery(args: ArticlePageArgs, name: string, match: string): PageQuery {
  return {
    name,
    match,
    variable: "a",
    ...filters(args.where),
    sort: { cypher: "a.publishedOn", type: "string" },
    direction: "DESC",
    projection: articleProjection("a"),
  };
}

/** Articles newest first, then by id: the order of every plain list of articles. */
const newestArticlesFirst = (v: string) => `${v}.publishedOn DESC, ${v}.id`;

const MENTIONING = listPerParent({
  name: "article.mentioningIds",
  match: "MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)",
  rows: "a",
  order: newestArticlesFirst("a"),
  projection: articleProjection("a"),
});

const MENTIONS = listPerParent({
  name: "article.mentionsByIds",
  match: "MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)",
  rows: "e",
  order: "e.name, e.id",
  projection: entityProjection("e"),
});

// A fact is a deal, a role or a relation: its id is found under the label of its kind.
const SOURCES = listPerParent({
  name: "article.sourcesByFactIds",
  match: "MATCH (:Fact {id: id})-[s:SOURCED_FROM]->(a:Article)",
  rows: "s, a",
  order: newestSourcesFirst("a"),
  projection: sourceProjection("s", "a"),
});

const BODIES = readQuery(`// article.bodiesByIds
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.body AS body`);

/** The articles store of one request: lists batched per field and level, every article read primed into the node cache. */
export function createArticlesStore(reader: Reader, prime: Prime) {
  const mentioning = keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(MENTIONING, { ids }), toArticle)), (): ArticleRecord[] => []);
  const mentions = keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(MENTIONS, { ids }), toEntity)), (): EntityRecord[] => []);
  const bodies = keyedLoader(async (ids) => new Map((await reader.read(BODIES, { ids })).map((r) => [String(r.id), String(r.body ?? "")])), () => "");
  const sources = keyedLoader(async (ids) => {
    const found = groupRows(await reader.read(SOURCES, { ids }), toSource);
    for (const list of found.values()) prime(list.map((s) => s.article));
    return found;
  }, (): SourceRecord[] => []);
  const pageMentioning = loaderPerArgs((args: ArticlePageArgs) =>
    keyedLoader(async (ids) => {
      const query = pageQuery(args, "article.pagesMentioning", "MATCH (:Entity {id: parentId})<-[:MENTIONS]-(a:Article)");
      const pages = await fetchPages(reader, query, ids, args, toArticle, args.wants ?? WANTS_ALL);
      for (const page of pages.values()) prime(page.edges.map((e) => e.node));
      return pages;
    }, emptyPage<ArticleRecord>),
  );
  return {
    /** A page of articles, filtered, newest first. */
    page: (args: ArticlePageArgs): Promise<PageRecord<ArticleRecord>> =>
      fetchPage(reader, pageQuery(args, "article.page", "MATCH (a:Article)"), args, toArticle, args.wants),
    /** A page of the articles that mention a company or person, newest first; parents asking with the same arguments share one query. */
    pageMentioning: (entityId: string, args: ArticlePageArgs): Promise<PageRecord<ArticleRecord>> => pageMentioning(args).load(entityId),
    /** The articles that mention a company or person, newest first (at most LIST_MAX). */
    mentioning: (entityId: string): Promise<ArticleRecord[]> => mentioning.load(entityId),
    /** The companies and people an article mentions, by name (at most LIST_MAX). */
    mentionedBy: (articleId: string): Promise<EntityRecord[]> => mentions.load(articleId),
    /** The text of an article whose record came without it. */
    body: (articleId: string): Promise<string> => bodies.load(articleId),
    /** The sources of a fact (deal, role or relation), newest article first (at most LIST_MAX). */
    sourcesOf: (factId: string): Promise<SourceRecord[]> => sources.load(factId),
    /** Hands a fact's sources, fetched with it (a page of deals), to the cache of sourcesOf. */
    primeSources(factId: string, found: SourceRecord[]): void {
      sources.prime(factId, found);
      prime(found.map((s) => s.article));
    },
  };
}

export type ArticlesStore = ReturnType<typeof createArticlesStore>;

/** How many articles the graph holds (the start loads the seed articles into an empty graph). */
export async function countArticles(db: Pick<Db, "read">): Promise<number> {
  const [row] = await db.read<{ articles: number }>("// articles.count\nMATCH (a:Article) RETURN count(a) AS articles");
  return row!.articles;
}
