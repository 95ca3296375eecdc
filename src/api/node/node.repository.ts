// Any node the API can name, by id, in one query: the lookup behind node(id), every
// typed lookup by id, and every reference a record holds (a deal's target, a role's person).
import { type ArticleRecord, articleProjection, toArticle } from "../article/article.record.js";
import { type CompanyRecord, companyProjection, toCompany } from "../company/company.record.js";
import { type Reader, readQuery } from "../common/reader.js";
import { row } from "../common/records.js";
import { type InvestmentRecord, investmentProjection, toInvestment } from "../investment/investment.record.js";
import { type PersonRecord, personProjection, toPerson } from "../person/person.record.js";
import { type RelationRecord, relationProjection, toRelation } from "../relation/relation.record.js";
import { type RoleRecord, roleProjection, toRole } from "../role/role.record.js";

export type NodeRecord = CompanyRecord | PersonRecord | InvestmentRecord | RoleRecord | RelationRecord | ArticleRecord;
export type EntityRecord = CompanyRecord | PersonRecord;

const MAPPERS: Record<NodeRecord["__typename"], (value: unknown) => NodeRecord> = {
  Company: toCompany,
  Person: toPerson,
  Investment: toInvestment,
  Role: toRole,
  CompanyRelation: toRelation,
  Article: toArticle,
};

/** Reads back any projection by its `__typename`; null for a node the API does not show. */
export function toNodeRecord(value: unknown): NodeRecord | null {
  const map = MAPPERS[row(value).__typename as NodeRecord["__typename"]];
  return map ? map(value) : null;
}

/** Reads back an entityProjection. */
export const toEntity = (value: unknown) => toNodeRecord(value) as EntityRecord;

/** The Cypher map of company-or-person `v`, read back by toEntity. */
export const entityProjection = (v: string) =>
  `CASE WHEN ${v}:Company THEN ${companyProjection(v)} ELSE ${personProjection(v)} END`;

const BY_IDS = readQuery(`// node.byIds
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, CASE
  WHEN n:Company THEN ${companyProjection("n")}
  WHEN n:Person THEN ${personProjection("n")}
  WHEN n:Investment THEN ${investmentProjection("n")}
  WHEN n:Role THEN ${roleProjection("n")}
  WHEN n:Relation THEN ${relationProjection("n")}
  WHEN n:Article THEN ${articleProjection("n", { withBody: true })}
END AS node`);

export async function nodesByIds(reader: Reader, ids: string[]): Promise<Map<string, NodeRecord>> {
  const rows = await reader.read(BY_IDS, { ids });
  const found = new Map<string, NodeRecord>();
  for (const r of rows) {
    const record = toNodeRecord(r.node);
    if (record) found.set(String(r.id), record);
  }
  return found;
}
