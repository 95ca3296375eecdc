// The one name filter of every listing of entities (companies, people, investors).
import type { Params } from "../../graph/db.js";
import { nameKey } from "../../text/fold.js";

/**
 * A predicate on entity `v`: one of its names or aliases contains (or starts with) `text`,
 * compared by name key (see nameKey: case, accents, punctuation and legal suffixes
 * ignored). Name keys are "<type>:<folded name>", so the type prefix is skipped.
 */
export function nameFilter(v: string, how: "contains" | "startsWith", text: string, param: string): { filter: string; params: Params } {
  const op = how === "contains" ? "CONTAINS" : "STARTS WITH";
  return {
    filter: `EXISTS {
    MATCH (${v}Key:NameKey)-[:NAMES]->(${v})
    WHERE substring(${v}Key.key, CASE WHEN ${v}:Company THEN 8 ELSE 7 END) ${op} $${param}
  }`,
    params: { [param]: nameKey(text) },
  };
}
