// Every query about people: lookup by name and the paged listing.
import type { Db, Params } from "../../graph/db.js";
import { nameKey } from "../../text/fold.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage } from "../common/pagination.js";
import type { PersonWhere } from "./person.args.js";
import { type PersonRecord, personProjection, toPerson } from "./person.record.js";

function filters(where: PersonWhere | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push("p.id IN $ids");
    params.ids = where.ids;
  }
  if (where.nameContains != null) {
    f.push(`EXISTS {
    MATCH (k:NameKey)-[:NAMES]->(p)
    WHERE k.key STARTS WITH 'person:' AND substring(k.key, 7) CONTAINS $nameContains
  }`);
    params.nameContains = nameKey(where.nameContains);
  }
  if (where.companyId != null) {
    f.push("EXISTS { MATCH (p)-[:HOLDS]->(:Role)-[:AT]->(:Node {id: $companyId}) }");
    params.companyId = where.companyId;
  }
  return { filters: f, params };
}

export function peoplePage(
  db: Db,
  args: { where?: PersonWhere | null; first?: number | null; after?: string | null },
): Promise<ConnectionRecord<PersonRecord>> {
  return fetchPage(
    db,
    {
      name: "person.page",
      match: "MATCH (p:Person)",
      variable: "p",
      ...filters(args.where),
      sort: { cypher: "toLower(p.name)", type: "string" },
      direction: OrderDirection.ASC,
      projection: personProjection("p"),
    },
    args,
    toPerson,
  );
}

const BY_NAME_KEY = `// person.byNameKey
MATCH (:NameKey {key: $key})-[:NAMES]->(p:Person)
RETURN ${personProjection("p")} AS person
ORDER BY toLower(p.name) = toLower($name) DESC, p.id
LIMIT 1`;

/** The person a name or alias names (see nameKey), or null; ties as for companyByName. */
export async function personByName(db: Db, name: string): Promise<PersonRecord | null> {
  const [found] = await db.read(BY_NAME_KEY, { key: `person:${nameKey(name)}`, name });
  return found ? toPerson(found.person) : null;
}
