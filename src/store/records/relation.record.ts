// A relation between two companies as it leaves the store: its Cypher projection and
// the plain record it maps to. Its ends travel as ids, resolved through the node cache.
import { row, str } from "../common/index.js";
import type { RELATION_TYPES } from "../../domain/vocabulary.js";

type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationRecord {
  __typename: "CompanyRelation";
  id: string;
  type: RelationType;
  fromId: string | null;
  toId: string | null;
}

/** The Cypher map of relation `v`, read back by toRelation. */
export const relationProjection = (v: string) => `${v} {
    __typename: 'CompanyRelation', .id, .type,
    fromId: head(COLLECT { MATCH (${v})-[:FROM]->(${v}From) RETURN ${v}From.id }),
    toId: head(COLLECT { MATCH (${v})-[:TO]->(${v}To) RETURN ${v}To.id })
  }`;

export function toRelation(value: unknown): RelationRecord {
  const r = row(value);
  return {
    __typename: "CompanyRelation",
    id: String(r.id),
    type: String(r.type) as RelationType,
    fromId: str(r.fromId),
    toId: str(r.toId),
  };
}
