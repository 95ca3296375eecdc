// The people of the entities store: lookup by name and the paged listing.
import type { Params } from "../../db/db.js";
import { typedNameKey } from "../../text/fold.js";
import { fetchPage, num, type OrderDirection, type PageArgs, type PageQuery, type PageRecord, type PageWants, type RowSource, type SortKey, streamListing } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { investmentCount, totalInvestedUsd } from "./investors.store.js";
import { nameFilter } from "../common/index.js";
import { heldDuringCypher, type PersonRecord, personProjection, toPerson } from "../records/index.js";

export type PersonOrderField = "NAME" | "DEAL_COUNT" | "TOTAL_INVESTED_USD" | "ROLE_COUNT";

// The allow-list of sort keys: the only Cypher an orderBy can reach.
const SORT: Record<PersonOrderField, SortKey> = {
  NAME: { cypher: "toLower(p.name)", type: "string" },
  DEAL_COUNT: { cypher: `toFloat(${investmentCount("p")})`, type: "number" },
  TOTAL_INVESTED_USD: { cypher: totalInvestedUsd("p"), type: "number" },
  ROLE_COUNT: { cypher: "toFloat(COUNT { (p)-[:HOLDS]->(:Role) })", type: "number" },
};
const DEFAULT_ORDER = { field: "NAME", direction: "ASC" } as const;

/** Filters on people; every filter given must hold (the API's PersonWhere). */
export interface PersonFilter {
  ids?: string[] | null;
  nameContains?: string | null;
  nameStartsWith?: string | null;
  companyId?: string | null;
  titleContains?: string | null;
  roleAsOf?: string | null;
  investor?: boolean | null;
}

function filters(where: PersonFilter | null | undefined): { filters: string[]; params: Params } {
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

const BY_NAME_KEY = readQuery(`// person.byNameKey
MATCH (:NameKey {key: $key})-[:NAMES]->(p:Person)
RETURN ${personProjection("p")} AS person
ORDER BY toLower(p.name) = toLower($name) DESC, p.id
LIMIT 1`);

export type PersonListingArgs = { where?: PersonFilter | null; orderBy?: { field: PersonOrderField; direction: OrderDirection } | null };

/** The listing of people a page (and an export) reads, without its projection. */
function personListing(args: PersonListingArgs): Omit<PageQuery, "projection"> {
  const order = args.orderBy ?? DEFAULT_ORDER;
  return { name: "person.page", match: "MATCH (p:Person)", variable: "p", ...filters(args.where), sort: SORT[order.field], direction: order.direction };
}

/** A person of an export: the record with the figures a table shows beside it. */
export type PersonExportRecord = PersonRecord & { dealCount: number; totalInvestedUsd: number | null; roleCount: number };

/**
 * Every person of a listing, in its order, with their figures, as the database gives them:
 * the same filters and sort as `people`, for an export. `timeoutMs` bounds the whole read.
 */
export function streamPeople(source: RowSource, args: PersonListingArgs, timeoutMs?: number): AsyncGenerator<PersonExportRecord> {
  const projection = `{ person: ${personProjection("p")}, dealCount: ${investmentCount("p")}, totalInvestedUsd: ${totalInvestedUsd("p")},
    roleCount: COUNT { (p)-[:HOLDS]->(:Role) } }`;
  const query = { ...personListing(args), name: "person.export", projection };
  return streamListing(
    source,
    query,
    (r) => ({ ...toPerson(r.person), dealCount: num(r.dealCount) ?? 0, totalInvestedUsd: num(r.totalInvestedUsd), roleCount: num(r.roleCount) ?? 0 }),
    timeoutMs,
  );
}

/** The people methods of the entities store of one request. */
export function createPeopleStore(reader: Reader) {
  return {
    /** A page of people, filtered and sorted (by name by default). */
    people(args: PageArgs & PersonListingArgs, wants?: PageWants): Promise<PageRecord<PersonRecord>> {
      return fetchPage(reader, { ...personListing(args), projection: personProjection("p") }, args, toPerson, wants);
    },
    /** The person a name or alias names (see nameKey), or null; ties as for companyNamed. */
    async personNamed(name: string): Promise<PersonRecord | null> {
      const [found] = await reader.read(BY_NAME_KEY, { key: typedNameKey("Person", name), name });
      return found ? toPerson(found.person) : null;
    },
  };
}
