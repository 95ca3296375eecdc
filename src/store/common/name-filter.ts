// The one name filter of every listing of entities (companies, people, investors) and of
// the deals whose investors a name finds.
import type { Params } from "../../db/db.js";
import { nameKey, nameKeyPrefix } from "../../text/fold.js";

/**
 * A predicate on entity `v`: one of its names or aliases contains (or starts with) `text`,
 * taken as plain text, never as a pattern.
 *
 * Text with a letter or digit is compared by name key (see nameKey: case, accents,
 * punctuation and legal suffixes ignored), as every name lookup is. Name keys are
 * "<type>:<folded name>", so the type prefix is skipped.
 *
 * Text with no letter or digit (`*:*`, `?*`, `((((`) has an empty name key, which every
 * key contains: compared that way it would match every entity. It is compared as it is
 * written instead (case aside) with the names and aliases themselves, so `*:*` finds
 * only a name that holds those three characters.
 */
export function nameFilter(v: string, how: "contains" | "startsWith", text: string, param: string): { filter: string; params: Params } {
  const op = how === "contains" ? "CONTAINS" : "STARTS WITH";
  const key = nameKey(text);
  if (!key) {
    return {
      filter: `any(${v}Name IN [${v}.name] + coalesce(${v}.aliases, []) WHERE toLower(${v}Name) ${op} $${param})`,
      params: { [param]: text.toLowerCase() },
    };
  }
  return {
    filter: `EXISTS {
    MATCH (${v}Key:NameKey)-[:NAMES]->(${v})
    WHERE substring(${v}Key.key, CASE WHEN ${v}:Company THEN ${nameKeyPrefix("Company").length} ELSE ${nameKeyPrefix("Person").length} END) ${op} $${param}
  }`,
    params: { [param]: key },
  };
}
