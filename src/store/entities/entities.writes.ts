// The entities' write side: the lookups entity resolution makes (name keys, ids), the
// mentions articles make of companies and people, and what is derived from them (names,
// aliases, descriptive fields, name keys) by the rule of src/domain/sources.ts. Entity
// ids are one namespace for companies and people (label Entity), apart from articles'
// and facts'. Called by src/ingest/ only.
import type { Tx } from "../../db/db.js";
import { type Description, describe, NO_DESCRIPTION, type Stamp, withAliases } from "../../domain/sources.js";
import { DEFAULT_COMPANY_KIND } from "../../domain/vocabulary.js";
import { typedNameKey } from "../../text/fold.js";

type Run = Pick<Tx, "run">;
export type EntityType = "Company" | "Person";

/** An entity a name key or id points to. */
export interface EntityCandidate {
  id: string;
  name: string;
  type: EntityType;
}

/** Entities named by each key and found by each id, in one round trip; keys and ids absent from the answer match nothing. */
export async function lookupEntities(run: Run, keys: readonly string[], ids: readonly string[]): Promise<Map<string, EntityCandidate[]>> {
  const found = new Map<string, EntityCandidate[]>();
  if (!keys.length && !ids.length) return found;
  const rows = await run.run<{ key: string; candidates: EntityCandidate[] }>(
    `// entities.lookup
     UNWIND $keys AS key
     MATCH (k:NameKey {key: key})-[:NAMES]->(c:Entity)
     RETURN key, collect({id: c.id, name: c.name, type: CASE WHEN c:Company THEN 'Company' ELSE 'Person' END}) AS candidates
     UNION ALL
     UNWIND $ids AS id
     MATCH (c:Entity {id: id})
     RETURN id AS key, [{id: c.id, name: c.name, type: CASE WHEN c:Company THEN 'Company' ELSE 'Person' END}] AS candidates`,
    { keys, ids },
  );
  for (const r of rows) found.set(r.key, r.candidates);
  return found;
}

/** What one article says of one entity: the row of its MENTIONS relationship. */
export interface MentionProps {
  name: string;
  aliases: string[];
  keys: string[];
  kind: string | null;
  website: string | null;
  country: string | null;
  description: string | null;
  publishedOn: string;
}

export interface MentionRow {
  articleId: string;
  id: string;
  type: EntityType;
  props: MentionProps;
}

/** Links articles to the entities they mention, creating an entity (named as first mentioned) when it is new. */
export async function writeMentions(tx: Tx, rows: readonly MentionRow[]): Promise<void> {
  if (!rows.length) return;
  // The articles' old mentions were deleted (articles.replace), so CREATE cannot duplicate one.
  await tx.run(
    `// entities.writeMentions
     UNWIND $rows AS e
     MATCH (a:Article {id: e.articleId})
     MERGE (n:Entity {id: e.id})
       ON CREATE SET n:Node:$(e.type), n.name = e.props.name, n.aliases = []
     CREATE (a)-[m:MENTIONS]->(n)
     SET m = e.props`,
    { rows },
  );
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: Description;
}

const DESCRIPTION_COLUMNS = `e.kind AS kind, e.website AS website, e.country AS country, e.description AS description,
       CASE WHEN e.describedOn IS NULL THEN null ELSE {publishedOn: e.describedOn, articleId: e.describedBy} END AS stamp`;

/** An entity's properties derived from its mentions, as stored (the benchmark's bulk path stores the same). */
export function entityProperties(e: Pick<EntityRow, "type" | "aliases" | "description">): Record<string, unknown> {
  const d = e.description;
  return {
    aliases: e.aliases,
    kind: e.type === "Company" ? (d.kind ?? DEFAULT_COMPANY_KIND) : null,
    website: d.website,
    country: d.country,
    description: d.description,
    describedOn: d.stamp?.publishedOn ?? null,
    describedBy: d.stamp?.articleId ?? null,
  };
}

const derived = (e: EntityRow, keys: string[]) => ({ id: e.id, keys, props: entityProperties(e) });

/** A mention's descriptive fields, as the domain's description rule takes them. */
export function mentionDescription(m: MentionProps, articleId: string): Description & { stamp: Stamp } {
  return { kind: m.kind, website: m.website, country: m.country, description: m.description, stamp: { publishedOn: m.publishedOn, articleId } };
}


/**
 * Re-derives entities from every article that mentions them (for entities a changed or
 * withdrawn article used to mention): aliases and name keys are the union of the mentions,
 * descriptive fields follow the latest mention that gives them, the display name stays the
 * one the node was created with. An entity no article mentions and no fact uses is deleted,
 * with its name keys. Returns the ids deleted.
 */
export async function rederiveEntities(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.run<{ id: string; type: EntityType; name: string; mentions: Array<MentionProps & { articleId: string }>; hasFacts: boolean }>(
    `// entities.mentions
     UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
     WITH e, m, a ORDER BY a.publishedOn ASC, a.id DESC
     WITH e, collect(m {.*, articleId: a.id}) AS mentions
     RETURN e.id AS id, CASE WHEN e:Company THEN 'Company' ELSE 'Person' END AS type, e.name AS name, mentions,
            EXISTS { (e)-[:INVESTED|HOLDS]->(:Fact) } OR EXISTS { (e)<-[:TARGET|AT|FROM|TO]-(:Fact) } AS hasFacts`,
    { ids },
  );
  const removed = rows.filter((r) => r.mentions.length === 0 && !r.hasFacts).map((r) => r.id);
  // Oldest mention first: aliases keep the order articles introduced them in, and each
  // descriptive field ends with the latest mention that gives it.
  const updates = rows
    .filter((r) => r.mentions.length > 0 || r.hasFacts)
    .map((r) => {
      const names = r.mentions.flatMap((m) => [m.name, ...(m.aliases ?? [])]);
      const description = r.mentions.reduce((d, m) => describe(d, mentionDescription(m, m.articleId)), NO_DESCRIPTION);
      const keys = [...new Set([typedNameKey(r.type, r.name), ...r.mentions.flatMap((m) => m.keys)])];
      return derived({ id: r.id, type: r.type, name: r.name, aliases: withAliases(r.name, [], names), description }, keys);
    });
  await tx.run(
    `// entities.rederive
     UNWIND $updates AS u
     MATCH (e:Entity {id: u.id})
     SET e += u.props
     WITH e, u
     CALL (e, u) {
       MATCH (k:NameKey)-[r:NAMES]->(e) WHERE NOT k.key IN u.keys
       DELETE r
       WITH k WHERE NOT (k)-[:NAMES]->()
       DELETE k
     }
     CALL (e, u) { UNWIND u.keys AS key MERGE (k:NameKey {key: key}) MERGE (k)-[:NAMES]->(e) }`,
    { updates },
  );
  if (removed.length) {
    await tx.run(
      `// entities.deleteUnused
       UNWIND $removed AS id
       MATCH (e:Entity {id: id})
       OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e)
       DETACH DELETE e
       WITH DISTINCT k WHERE k IS NOT NULL AND NOT (k)-[:NAMES]->()
       DELETE k`,
      { removed },
    );
  }
  return removed;
}

/**
 * Takes new mentions into their entities without reading every other mention: names
 * become aliases, keys are linked, and descriptive fields follow the description rule
 * against what the entity holds. `mentions` in the order they were made (article order).
 */
export async function addMentions(tx: Tx, mentions: readonly MentionRow[]): Promise<void> {
  if (!mentions.length) return;
  const ids = [...new Set(mentions.map((m) => m.id))];
  const current = await tx.run<Omit<EntityRow, "description"> & Description>(
    `// entities.descriptions
     UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     RETURN e.id AS id, CASE WHEN e:Company THEN 'Company' ELSE 'Person' END AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
            ${DESCRIPTION_COLUMNS}`,
    { ids },
  );
  const byId = new Map<string, { row: EntityRow; keys: Set<string> }>();
  for (const { kind, website, country, description, stamp, ...row } of current) {
    byId.set(row.id, { row: { ...row, description: { kind, website, country, description, stamp } }, keys: new Set() });
  }
  for (const m of mentions) {
    const x = byId.get(m.id);
    if (!x) continue;
    x.row.aliases = withAliases(x.row.name, x.row.aliases, [m.props.name, ...m.props.aliases]);
    x.row.description = describe(x.row.description, mentionDescription(m.props, m.articleId));
    m.props.keys.forEach((k) => x.keys.add(k));
  }
  await tx.run(
    `// entities.addMentions
     UNWIND $updates AS u
     MATCH (e:Entity {id: u.id})
     SET e += u.props
     WITH e, u
     CALL (e, u) { UNWIND u.keys AS key MERGE (k:NameKey {key: key}) MERGE (k)-[:NAMES]->(e) }`,
    { updates: [...byId.values()].map((x) => derived(x.row, [...x.keys])) },
  );
}
