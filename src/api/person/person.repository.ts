// Every query about people: lookup by name and the paged listing.
import type { Params } from "../../db/db.js";
import { typedNameKey } from "../../text/fold.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { nameFilter } from "../common/name-filter.js";
import { OrderDirection } from "../common/order.js";
import { fetchPage, type PageWants, type SortKey } from "../common/pagination.js";
import { type Reader, readQuery } from "../common/reader.js";
import { heldDuringCypher } from "../role/role.record.js";
import { investmentCount, totalInvestedUsd } from "../investor/investor.repository.js";
import type { PeopleArgs, PersonOrderField, PersonWhere } from "./person.args.js";
import { type PersonRecord, personProjection, toPerson } from "./person.record.js";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<`${PersonOrderField}`, SortKey> = {
  NAME: { cypher: "toLower(p.name)", type: "string" },
  DEAL_COUNT: { cypher: `toFloat(${investmentCount("p")})`, type: "number" },
  TOTAL_INVESTED_USD: { cypher: totalInvestedUsd("p"), type: "number" },
  ROLE_COUNT: { cypher: "toFloat(COUNT { (p)-[:HOLDS]->(:Role) })", type: "number" },
};
const DEFAULT_ORDER = { field: "NAME", direction: OrderDirection.ASC } as const;

function filters(where: PersonWhere | null | undefined): { filters: string[]; params: Params } {
  const f: string[] = [];
  const params: Params = {};
  if (!where) return { filters: f, params };
  if (where.ids != null) {
    f.push("p.id IN $ids");
    params.ids = where.ids;
  }
  for (const how of ["contains", "startsWith"] as const) {
    const text = how === "contains" ? where.nameContains : where.nameStartsWith;
    if (text == null) continue;
    const name = nameFilter("p", how, text, `name_${how}`);
    f.push(name.filter);
    Object.assign(params, name.params);
  }
  if (where.companyId != null || where.titleContains != null) {
    const role: string[] = [];
    if (where.companyId != null) {
      role.push("c.id = $companyId");
      params.companyId = where.companyId;
    }
    if (where.titleContains != null) {
      role.push("toLower(r.title) CONTAINS toLower($titleContains)");
      params.titleContains = where.titleContains;
    }
    if (where.roleAsOf != null) {
      role.push(heldDuringCypher("r", "$roleAsOf"));
      params.roleAsOf = where.roleAsOf;
    }
    f.push(`EXISTS { MATCH (p)-[:HOLDS]->(r:Role)-[:AT]->(c:Company) WHERE ${role.join(" AND ")} }`);
  }
  if (where.investor != null) f.push(`${where.investor ? "" : "NOT "}EXISTS { (p)-[:INVESTED]->(:Investment) }`);
  return { filters: f, params };
}

export function peoplePage(reader: Reader, args: PeopleArgs, wants?: PageWants): Promise<ConnectionRecord<PersonRecord>> {
  const order: { field: `${PersonOrderField}`; direction: OrderDirection } = args.orderBy ?? DEFAULT_ORDER;
  return fetchPage(
    reader,
    {
      name: "person.page",
      match: "MATCH (p:Person)",
      variable: "p",
      ...filters(args.where),
      sort: SORT[order.field],
      direction: order.direction,
      projection: personProjection("p"),
    },
    args,
    toPerson,
    wants,
  );
}

const BY_NAME_KEY = readQuery(`// person.byNameKey
MATCH (:NameKey {key: $key})-[:NAMES]->(p:Person)
RETURN ${personProjection("p")} AS person
ORDER BY toLower(p.name) = toLower($name) DESC, p.id
LIMIT 1`);

/** The person a name or alias names (see nameKey), or null; ties as for companyByName. */
export async function personByName(reader: Reader, name: string): Promise<PersonRecord | null> {
  const [found] = await reader.read(BY_NAME_KEY, { key: typedNameKey("Person", name), name });
  return found ? toPerson(found.person) : null;
}
