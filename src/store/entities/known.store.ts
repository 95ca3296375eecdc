// The graph's companies and people as the extractor matches names against them (npm run
// extract): the extractor is pure and reads the graph only through this store.
import type { Db } from "../../db/db.js";
import { strs } from "../common/index.js";

/** A company or person of the graph with the names it goes by (the extractor's KnownEntity). */
export interface KnownEntityRecord {
  id: string;
  type: "Company" | "Person";
  name: string;
  aliases: string[];
}

const KNOWN_ENTITIES = `// extract.knownEntities
MATCH (e:Entity)
WHERE e:Company OR e:Person
RETURN e.id AS id, CASE WHEN e:Person THEN 'Person' ELSE 'Company' END AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY id`;

/** Every company and person of the graph with its name and aliases, in one read (not per request: the CLI asks once). */
export async function readKnownEntities(db: Db): Promise<KnownEntityRecord[]> {
  const rows = await db.read<{ id: unknown; type: unknown; name: unknown; aliases: unknown }>(KNOWN_ENTITIES);
  return rows.flatMap((r) =>
    typeof r.id === "string" && typeof r.name === "string" && (r.type === "Company" || r.type === "Person")
      ? [{ id: r.id, type: r.type, name: r.name, aliases: strs(r.aliases) }]
      : [],
  );
}
