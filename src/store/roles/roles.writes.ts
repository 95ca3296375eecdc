// The roles' write side: which roles exist, what each article says of a role (its
// SOURCED_FROM row), and the role as derived from its sources. A role's id is made from
// its person, company and title (src/ingest/model.ts). Called by src/ingest/ only.
import type { Tx } from "../../db/db.js";
import { LATEST_FIRST } from "../../domain/sources.js";
import { deleteUnsourced, existingFacts, type FactSourceRow, sourceWriter } from "../common/index.js";

type Run = Pick<Tx, "run">;

/** The ids among `ids` that are roles. */
export const existingRoles = (run: Run, ids: readonly string[]) => existingFacts(run, "Role", "roles.existing", ids);

export type RoleSourceRow = FactSourceRow;

/** Records what articles say of roles, creating the roles that are new. */
export const writeRoleSources = sourceWriter<RoleSourceRow>("Role", "roles.writeSources");

/**
 * Re-derives roles from their sources: the title from the latest source, the tenure from
 * the latest source that gives one; roles left with no source are deleted (their ids returned).
 */
export async function rederiveRoles(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const removed = await deleteUnsourced(tx, "Role", "roles.deleteUnsourced", ids);
  await tx.run(
    `// roles.derive
     UNWIND $ids AS id
     MATCH (r:Role {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH r, s ORDER BY ${LATEST_FIRST}
     WITH r, collect(s) AS ss
     WITH r, head(ss) AS latest, head([s IN ss WHERE s.since IS NOT NULL OR s.until IS NOT NULL]) AS tenure
     SET r.title = latest.title, r.since = tenure.since, r.until = tenure.until
     WITH r, latest
     CALL (r) { MATCH (r)<-[x:HOLDS]-() DELETE x }
     CALL (r) { MATCH (r)-[x:AT]->() DELETE x }
     CALL (r, latest) { MATCH (p:Person {id: latest.personId}) CREATE (p)-[:HOLDS]->(r) }
     CALL (r, latest) { MATCH (c:Company {id: latest.companyId}) CREATE (r)-[:AT]->(c) }`,
    { ids },
  );
  return removed;
}
