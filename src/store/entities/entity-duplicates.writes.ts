// Entities whose names leave doubt (src/ingest/resolve-entity-names.ts decides which): the
// graph's entities named by a shorter or a longer form of a new entity's name, and the
// possible-duplicate links a person reviews (duplicateCandidates, markDistinct).
import type { Tx } from "../../db/db.js";
import { duplicateLinker, type PossibleDuplicateRow } from "../common/index.js";
import type { EntityType } from "./entities.writes.js";

type Run = Pick<Tx, "run">;

/** An entity one of the looked-up keys names, with its country, for the score. */
export interface NamedEntity {
  key: string;
  id: string;
  type: EntityType;
  country: string | null;
}

/**
 * Entities named by any of `exact` (shorter forms: "company:mistral" for "Mistral AI"), or
 * by a key that extends one of `extended` by more words ("company:anthropic pbc" for
 * "company:anthropic"), at most `perKey` per extended key (a range seek on the key index).
 */
export async function entitiesNamedNear(run: Run, exact: readonly string[], extended: readonly string[], perKey = 5): Promise<NamedEntity[]> {
  if (!exact.length && !extended.length) return [];
  return run.run<NamedEntity>(
    `// entities.namedNear
     UNWIND $exact AS key
     MATCH (:NameKey {key: key})-[:NAMES]->(e:Entity)
     RETURN key, e.id AS id, CASE WHEN e:Company THEN 'Company' ELSE 'Person' END AS type, e.country AS country
     UNION ALL
     UNWIND $extended AS key
     CALL (key) {
       MATCH (k:NameKey) WHERE k.key STARTS WITH key + ' '
       WITH k ORDER BY k.key LIMIT toInteger($perKey)
       MATCH (k)-[:NAMES]->(e:Entity)
       RETURN e
     }
     RETURN key, e.id AS id, CASE WHEN e:Company THEN 'Company' ELSE 'Person' END AS type, e.country AS country`,
    { exact, extended, perKey },
  );
}

/** Two entities a new name could not tell apart: the newer one points at the older. */
export type EntityDuplicateRow = PossibleDuplicateRow;

/** Links entities as possible duplicates (for a person to decide). */
export const linkEntityDuplicates = duplicateLinker("Entity", "entities.linkPossibleDuplicates");
