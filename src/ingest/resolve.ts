// Format rule 3: which node each entity of an article is. By explicit id, else by name
// and alias keys against the graph; more than one candidate is an error naming them;
// none makes a new node whose id is the slug of its name.
import type { Row } from "../graph/db.js";
import { nameKey, slugify } from "../text/fold.js";
import type { Article, EntityDecl } from "./model.js";
import type { Problem } from "./problems.js";

/** Something that runs one Cypher query: a read for checking, the write transaction for writing. */
export type Runner = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

export interface ResolvedEntity {
  ref: string;
  type: "Company" | "Person";
  id: string;
  isNew: boolean;
  decl: EntityDecl;
  /** Name keys this article contributes: "company:scale ai". */
  keys: string[];
}

/** The keys an entity declaration is matched by: its name and aliases, folded, typed. */
export function entityKeys(decl: Pick<EntityDecl, "type" | "name" | "aliases">): string[] {
  const prefix = decl.type.toLowerCase();
  const keys = [decl.name, ...(decl.aliases ?? [])].map((n) => nameKey(n)).filter(Boolean);
  return [...new Set(keys)].map((k) => `${prefix}:${k}`);
}

const RESOLVE = `// ingest.resolveEntities
UNWIND $entities AS e
OPTIONAL MATCH (byId:Node {id: e.id})
CALL (e) {
  MATCH (k:NameKey)-[:NAMES]->(c)
  WHERE e.id IS NULL AND k.key IN e.keys AND e.type IN labels(c)
  WITH DISTINCT c
  RETURN collect({id: c.id, name: c.name}) AS candidates
}
CALL (e) {
  UNWIND e.slugs AS s
  MATCH (taken:Node {id: s})
  RETURN collect(taken.id) AS takenSlugs
}
RETURN e.ref AS ref, byId IS NOT NULL AS idExists, [l IN labels(byId) WHERE l IN ['Company','Person','Investment','Role','Relation','Article']] AS idLabels,
       candidates, takenSlugs`;

/**
 * Resolves every entity of one article. Problems name the entity's field; on success
 * every entity has an id, new ones a free one.
 */
export async function resolveEntities(run: Runner, article: Article): Promise<{ entities: ResolvedEntity[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const at = (i: number, field: string, message: string) =>
    problems.push({ file: article.origin, path: `entities[${i}]${field}`, message });

  const input = article.entities.map((e) => {
    const base = slugify(e.name) || e.type.toLowerCase();
    return {
      ref: e.ref,
      type: e.type,
      id: e.id ?? null,
      keys: entityKeys(e),
      slugs: [base, ...Array.from({ length: 8 }, (_, n) => `${base}-${n + 2}`)],
    };
  });
  const rows = await run(RESOLVE, { entities: input });
  const byRef = new Map(rows.map((r) => [r.ref as string, r]));

  const entities: ResolvedEntity[] = [];
  const claimed = new Map<string, number>();
  article.entities.forEach((decl, i) => {
    const row = byRef.get(decl.ref)!;
    const { keys, slugs } = input[i]!;
    let id: string | undefined;
    let isNew = false;
    if (decl.id) {
      const labels = row.idLabels as string[];
      if (row.idExists && !labels.includes(decl.type)) {
        at(i, ".id", `${JSON.stringify(decl.id)} is already the id of a ${labels[0] ?? "node"}, not a ${decl.type}`);
        return;
      }
      id = decl.id;
      isNew = !row.idExists;
    } else {
      const candidates = row.candidates as Array<{ id: string; name: string }>;
      if (candidates.length > 1) {
        const names = candidates.map((c) => `${c.name} (${c.id})`).sort().join(", ");
        at(i, ".name", `${JSON.stringify(decl.name)} matches ${candidates.length} ${decl.type === "Company" ? "companies" : "people"}: ${names}; give the entity an "id" to choose one`);
        return;
      }
      if (candidates.length === 1) id = candidates[0]!.id;
      else {
        const taken = new Set(row.takenSlugs as string[]);
        id = slugs.find((s) => !taken.has(s) && !claimed.has(s));
        isNew = true;
        if (!id) {
          at(i, ".name", `every id from ${JSON.stringify(slugs[0])} to ${JSON.stringify(slugs.at(-1))} is taken; give the entity an "id"`);
          return;
        }
      }
    }
    const other = claimed.get(id);
    if (other !== undefined) {
      at(i, "", `resolves to the same ${decl.type.toLowerCase()} as entities[${other}] (${JSON.stringify(id)}); declare it once, with both names as aliases`);
      return;
    }
    claimed.set(id, i);
    entities.push({ ref: decl.ref, type: decl.type, id, isNew, decl, keys });
  });
  return { entities, problems };
}
