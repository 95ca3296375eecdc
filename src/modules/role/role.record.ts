// A role as it leaves the data layer: its Cypher projection, the plain record it maps to,
// and the rule for whether it is current.
import { row, str } from "../common/records.js";

export interface RoleRecord {
  __typename: "Role";
  id: string;
  title: string;
  since: string | null;
  until: string | null;
  personId: string | null;
  companyId: string | null;
}

/** The Cypher map of role `v`, read back by toRole. */
export const roleProjection = (v: string) => `${v} {
    __typename: 'Role', .id, .title, .since, .until,
    personId: head(COLLECT { MATCH (${v}Person)-[:HOLDS]->(${v}) RETURN ${v}Person.id }),
    companyId: head(COLLECT { MATCH (${v})-[:AT]->(${v}Company) RETURN ${v}Company.id })
  }`;

/** Roles by start, latest first (undated last), then title: the order of every list of roles. */
export const latestRolesFirst = (v: string) => `${v}.since IS NULL, ${v}.since DESC, ${v}.title, ${v}.id`;

export function toRole(value: unknown): RoleRecord {
  const r = row(value);
  return {
    __typename: "Role",
    id: String(r.id),
    title: String(r.title),
    since: str(r.since),
    until: str(r.until),
    personId: str(r.personId),
    companyId: str(r.companyId),
  };
}

/** Today as an ISO date (UTC), the reference for `current`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A role is current when it has no end, or ends after today. A partial `until` is
 * compared with today cut to the same precision, so "2025-06" has ended once June 2025
 * is today's month, and "2025" once 2025 is today's year.
 */
export function isCurrent(role: Pick<RoleRecord, "until">, now: string = today()): boolean {
  return role.until === null || role.until > now.slice(0, role.until.length);
}

/** The roles `current` asks for: all when null, else only the current (true) or past (false) ones. */
export function whereCurrent(roles: RoleRecord[], current: boolean | null | undefined, now: string = today()): RoleRecord[] {
  return current == null ? roles : roles.filter((r) => isCurrent(r, now) === current);
}
