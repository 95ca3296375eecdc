// Any node the API can name, by kind and id, in one query per batch: the lookup behind
// node(id), every lookup by id, and every reference a record holds (a deal's target, a
// role's person). Ids are unique within a kind only (an article and the deal it reports
// may share a slug), so every lookup names the kind, and finds the node by its label.
import DataLoader from "dataloader";
import type { NodeRef, Prime } from "../common/index.js";
import { readQuery, type Reader } from "../common/index.js";
import { row } from "../common/index.js";
import {
  type ArticleRecord,
  articleProjection,
  type CompanyRecord,
  companyProjection,
  type InvestmentRecord,
  investmentProjection,
  type PersonRecord,
  personProjection,
  type RelationRecord,
  relationProjection,
  type RoleRecord,
  roleProjection,
  toArticle,
  toCompany,
  toInvestment,
  toPerson,
  toRelation,
  toRole,
} from "../records/index.js";

export type NodeRecord = CompanyRecord | PersonRecord | InvestmentRecord | RoleRecord | RelationRecord | ArticleRecord;
export type NodeTypename = NodeRecord["__typename"];
export type NodeOf<T extends NodeTypename> = Extract<NodeRecord, { __typename: T }>;

/**
 * Each kind the API names: its label in the graph, its projection (an article's with its
 * text: looked up by id, it is mostly asked for whole) and the reader of that projection.
 */
const KINDS: { [T in NodeTypename]: { label: string; projection: (v: string) => string; read: (value: unknown) => NodeOf<T> } } = {
  Company: { label: "Company", projection: companyProjection, read: toCompany },
  Person: { label: "Person", projection: personProjection, read: toPerson },
  Investment: { label: "Investment", projection: investmentProjection, read: toInvestment },
  Role: { label: "Role", projection: roleProjection, read: toRole },
  CompanyRelation: { label: "Relation", projection: relationProjection, read: toRelation },
  Article: { label: "Article", projection: (v) => articleProjection(v, { withBody: true }), read: toArticle },
};

/** The typenames of the nodes the API names, e.g. for a message listing them. */
export const NODE_TYPENAMES = Object.keys(KINDS) as NodeTypename[];

/** Whether `name` is the typename of a node the API names. */
export const isNodeTypename = (name: string): name is NodeTypename => Object.hasOwn(KINDS, name);

// One branch per kind, each an index seek on that kind's label over the ids asked of it
// ($ids.<Typename>, empty for the kinds not asked).
const BY_IDS = readQuery(`// node.byKindAndIds
CALL () {
  ${NODE_TYPENAMES.map(
    (t) => `UNWIND $ids.${t} AS id
  MATCH (n:${KINDS[t].label} {id: id})
  RETURN id, ${KINDS[t].projection("n")} AS node`,
  ).join("\n  UNION ALL\n  ")}
}
RETURN id, node`);

/** The cache key of a node: its typename and id ("Article:google-anthropic-2023"). */
const keyOf = (typename: string, id: string) => `${typename}:${id}`;

/**
 * The per-request cache of nodes by kind and id: a batch of lookups, whatever their
 * kinds, is one query; records other queries returned are primed into it (`prime`), so
 * a reference already fetched is not fetched again.
 */
export function createNodeCache(reader: Reader) {
  const loader = new DataLoader<string, NodeRecord | null>(async (keys) => {
    const ids = Object.fromEntries(NODE_TYPENAMES.map((t) => [t, [] as string[]]));
    for (const key of keys) {
      const split = key.indexOf(":");
      ids[key.slice(0, split)]!.push(key.slice(split + 1));
    }
    const found = new Map<string, NodeRecord>();
    for (const r of await reader.read(BY_IDS, { ids })) {
      const typename = row(r.node).__typename as NodeTypename;
      const kind = KINDS[typename];
      if (kind) found.set(keyOf(typename, String(r.id)), kind.read(r.node));
    }
    return keys.map((k) => found.get(k) ?? null);
  });
  const prime: Prime = (records: Iterable<NodeRef>) => {
    for (const r of records) loader.prime(keyOf(r.__typename, r.id), r as NodeRecord);
  };
  return {
    prime,
    /** The node of kind `typename` with this id, or null. */
    byId<T extends NodeTypename>(typename: T, id: string): Promise<NodeOf<T> | null> {
      return loader.load(keyOf(typename, id)) as Promise<NodeOf<T> | null>;
    },
    /**
     * The nodes of these references, in their order, in one batch with the other lookups;
     * those not found, or whose lookup failed, are left out (a list of a deal's investors
     * shows those it can).
     */
    async many<T extends NodeTypename>(refs: ReadonlyArray<{ typename: T; id: string }>): Promise<Array<NodeOf<T>>> {
      const found = await loader.loadMany(refs.map((r) => keyOf(r.typename, r.id)));
      return found.filter((n): n is NodeOf<T> => n !== null && !(n instanceof Error));
    },
    /** Every node with this id, whatever its kind (one, or several kinds sharing a slug), in NODE_TYPENAMES order. */
    async allWithId(id: string): Promise<NodeRecord[]> {
      const found = await loader.loadMany(NODE_TYPENAMES.map((t) => keyOf(t, id)));
      // loadMany hands back a failed query as an Error in place: it is this lookup's failure.
      const failed = found.find((n) => n instanceof Error);
      if (failed) throw failed;
      return found.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
    },
  };
}
