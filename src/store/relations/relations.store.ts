// The relations store: the relations between companies of a batch of companies or articles.
import { groupRows, keyedLoader, type Prime, priming } from "../common/index.js";
import { type Reader, readQuery, type ReadQuery } from "../common/index.js";
import { type RelationRecord, relationProjection, toRelation } from "../records/index.js";

const BY_COMPANIES = readQuery(`// relation.byCompanyIds
UNWIND $ids AS id
MATCH (c:Company {id: id})<-[:FROM|TO]-(x:Relation)-[:FROM|TO]->(o:Company)
WHERE o <> c
WITH id, x, o ORDER BY x.type, o.name, x.id
RETURN id, collect(${relationProjection("x")}) AS items`);

const BY_ARTICLES = readQuery(`// relation.byArticleIds
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:SOURCED_FROM]-(x:Relation)
WITH id, x ORDER BY x.type, x.id
RETURN id, collect(${relationProjection("x")}) AS items`);

/** The relations store of one request: lists batched per field and level, every relation read primed into the node cache. */
export function createRelationsStore(reader: Reader, prime: Prime) {
  const list = (query: ReadQuery) =>
    keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(query, { ids }), toRelation)), (): RelationRecord[] => []);
  const byCompany = list(BY_COMPANIES);
  const byArticle = list(BY_ARTICLES);
  return {
    /** The relations a company is an end of, by type, then by the other company's name. */
    of: (companyId: string): Promise<RelationRecord[]> => byCompany.load(companyId),
    /** The relations an article states, by type then id. */
    statedBy: (articleId: string): Promise<RelationRecord[]> => byArticle.load(articleId),
  };
}

export type RelationsStore = ReturnType<typeof createRelationsStore>;
