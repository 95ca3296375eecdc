// Every query about relations between companies: those of a batch of companies or articles.
import { groupRows } from "../common/batch.js";
import { type Reader, readQuery } from "../common/reader.js";
import { type RelationRecord, relationProjection, toRelation } from "./relation.record.js";

const BY_COMPANIES = readQuery(`// relation.byCompanyIds
UNWIND $ids AS id
MATCH (c:Node {id: id})<-[:FROM|TO]-(x:Relation)-[:FROM|TO]->(o:Company)
WHERE o <> c
WITH id, x, o ORDER BY x.type, o.name, x.id
RETURN id, collect(${relationProjection("x")}) AS items`);

/** The relations each company is an end of, by type, then by the other company's name. */
export async function relationsByCompanyIds(reader: Reader, ids: string[]): Promise<Map<string, RelationRecord[]>> {
  return groupRows(await reader.read(BY_COMPANIES, { ids }), toRelation);
}

const BY_ARTICLES = readQuery(`// relation.byArticleIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:SOURCED_FROM]-(x:Relation)
WITH id, x ORDER BY x.type, x.id
RETURN id, collect(${relationProjection("x")}) AS items`);

/** The relations each article states, by type then id. */
export async function relationsByArticleIds(reader: Reader, ids: string[]): Promise<Map<string, RelationRecord[]>> {
  return groupRows(await reader.read(BY_ARTICLES, { ids }), toRelation);
}
