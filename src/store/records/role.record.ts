// A role as it leaves the store: its Cypher projection, the plain record it maps to,
// and the rule for whether it is current.
import { row, str } from "../common/index.js";

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

/** The first day of a partial date's period, as an ISO string: "2025" -> "2025-01-01". */
const periodStart = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
/** The last day of a partial date's period, as a string that sorts as it: "2025-06" -> "2025-06-31". */
const periodEnd = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/**
 * Whether a role was held at some time during `period` (a partial date: a day, a month
 * or a year). A role runs from the start of its `since` to the start of its `until`:
 * an end known to the month or the year is taken as the earliest it can be, so a role
 * that ended "2025-06" is not held in June 2025, and one that began "2025-06" is.
 * Unknown ends are open.
 */
export function heldDuring(role: Pick<RoleRecord, "since" | "until">, period: string): boolean {
  const started = role.since === null || periodStart(role.since) <= periodEnd(period);
  const notEnded = role.until === null || periodStart(role.until) > periodStart(period);
  return started && notEnded;
}

/** periodStart and periodEnd in Cypher, over the Cypher expression `d`. */
export const periodStartCypher = (d: string) => `CASE size(${d}) WHEN 4 THEN ${d} + '-01-01' WHEN 7 THEN ${d} + '-01' ELSE ${d} END`;
export const periodEndCypher = (d: string) => `CASE size(${d}) WHEN 4 THEN ${d} + '-12-31' WHEN 7 THEN ${d} + '-31' ELSE ${d} END`;

/** heldDuring in Cypher: role `r` was held at some time during the partial date `period` (an expression). */
export const heldDuringCypher = (r: string, period: string) =>
  `(${r}.since IS NULL OR ${periodStartCypher(`${r}.since`)} <= ${periodEndCypher(period)})
    AND (${r}.until IS NULL OR ${periodStartCypher(`${r}.until`)} > ${periodStartCypher(period)})`;

/** A role is current when it is held today: it has begun, and has no end or ends after today (see heldDuring). */
export function isCurrent(role: Pick<RoleRecord, "since" | "until">, now: string = today()): boolean {
  return heldDuring(role, now);
}

/**
 * The roles asked for: `current` true keeps the current ones, false the past (or future)
 * ones, null all; `asOf` keeps those held at some time in that period.
 */
export function whereHeld(
  roles: RoleRecord[],
  { current, asOf }: { current?: boolean | null; asOf?: string | null },
  now: string = today(),
): RoleRecord[] {
  return roles.filter((r) => (current == null || isCurrent(r, now) === current) && (asOf == null || heldDuring(r, asOf)));
}
