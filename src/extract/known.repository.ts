// The graph's companies and people, as the extractor matches names against them.
import type { Db } from "../db/db.js";
import type { KnownEntity } from "./entity-types.js";

const KNOWN_ENTITIES = `// extract.knownEntities
MATCH (e:Entity)
WHERE e:Company OR e:Person
RETURN e.id AS id, CASE WHEN e:Person THEN 'Person' ELSE 'Company' END AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY id`;

/** Every company and person of the graph with its name and aliases. */
export async function readKnownEntities(db: Db): Promise<KnownEntity[]> {
  const rows = await db.read<{ id: unknown; type: unknown; name: unknown; aliases: unknown }>(KNOWN_ENTITIES);
  return rows.flatMap((r) =>
    typeof r.id === "string" && typeof r.name === "string" && (r.type === "Company" || r.type === "Person")
      ? [{ id: r.id, type: r.type, name: r.name, aliases: Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === "string") : [] }]
      : [],
  );
}
