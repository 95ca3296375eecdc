// Every query about roles: the roles of a batch of people, companies or articles.
import type { Db } from "../../graph/db.js";
import { groupRows } from "../common/batch.js";
import { latestRolesFirst, type RoleRecord, roleProjection, toRole } from "./role.record.js";

const BY_PEOPLE = `// role.byPersonIds
UNWIND $ids AS id
MATCH (:Node {id: id})-[:HOLDS]->(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`;

export async function rolesByPersonIds(db: Db, ids: string[]): Promise<Map<string, RoleRecord[]>> {
  return groupRows(await db.read(BY_PEOPLE, { ids }), toRole);
}

const BY_COMPANIES = `// role.byCompanyIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:AT]-(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`;

export async function rolesByCompanyIds(db: Db, ids: string[]): Promise<Map<string, RoleRecord[]>> {
  return groupRows(await db.read(BY_COMPANIES, { ids }), toRole);
}

const BY_ARTICLES = `// role.byArticleIds
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:SOURCED_FROM]-(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`;

export async function rolesByArticleIds(db: Db, ids: string[]): Promise<Map<string, RoleRecord[]>> {
  return groupRows(await db.read(BY_ARTICLES, { ids }), toRole);
}
