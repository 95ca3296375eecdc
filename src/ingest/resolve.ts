// Format rule 3: which node each entity of an article is. By explicit id, else by name
// and alias keys against the graph; more than one candidate is an error naming them;
// none makes a new node whose id is the slug of its name.
//
// Articles are resolved in order, in bulk: one query looks up every entity of a batch,
// and a Resolver remembers what earlier articles of the same run created or named, so
// article 2 finds the "Acme" that article 1 introduced without a query per article.
import type { Row } from "../db/db.js";
import { nameKey, slugify, typedNameKey } from "../text/fold.js";
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

export interface ResolvedArticle {
  article: Article;
  entities: ResolvedEntity[];
  problems: Problem[];
}

/** The keys an entity declaration is matched by: its name and aliases, folded, typed. */
export function entityKeys(decl: Pick<EntityDecl, "type" | "name" | "aliases">): string[] {
  const keys = [decl.name, ...(decl.aliases ?? [])].filter((n) => nameKey(n)).map((n) => typedNameKey(decl.type, n));
  return [...new Set(keys)];
}

const SLUG_TRIES = 9;

/** "a Company", "an Investment". */
const article_ = (noun: string) => `${/^[AEIOU]/.test(noun) ? "an" : "a"} ${noun}`;

function slugCandidates(decl: EntityDecl): string[] {
  const base = slugify(decl.name) || decl.type.toLowerCase();
  return [base, ...Array.from({ length: SLUG_TRIES - 1 }, (_, n) => `${base}-${n + 2}`)];
}

interface Candidate {
  id: string;
  name: string;
  type: string;
}

const LOOKUP = `// ingest.lookupEntities
UNWIND $keys AS key
MATCH (k:NameKey {key: key})-[:NAMES]->(c:Entity)
RETURN key, collect({id: c.id, name: c.name, type: CASE WHEN c:Company THEN 'Company' ELSE 'Person' END}) AS candidates
UNION ALL
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id AS key, [{id: n.id, name: coalesce(n.name, n.title, n.id), type: head([l IN labels(n) WHERE l IN ['Company','Person','Investment','Role','Relation','Article']])}] AS candidates`;

/**
 * Resolves articles in order against the graph plus what earlier articles given to the
 * same Resolver declared. Not safe to share between concurrent writers.
 */
export class Resolver {
  /** key -> ids named by it in this run (beyond the graph). */
  private readonly keysSeen = new Map<string, Map<string, Candidate>>();
  /** id -> type/name of nodes this run creates. */
  private readonly created = new Map<string, Candidate>();

  constructor(private readonly run: Runner) {}

  /** Looks up the graph once for all the articles, then resolves each in order. */
  async resolve(articles: Article[]): Promise<ResolvedArticle[]> {
    const keys = new Set<string>();
    const ids = new Set<string>();
    for (const a of articles) {
      ids.add(a.id);
      for (const inv of a.investments ?? []) if (inv.id) ids.add(inv.id);
      for (const e of a.entities) {
        if (e.id) ids.add(e.id);
        else entityKeys(e).forEach((k) => keys.add(k));
      }
    }
    const graph = new Map<string, Candidate[]>();
    const lookup = async (keyList: string[], idList: string[]) => {
      if (!keyList.length && !idList.length) return;
      for (const r of await this.run(LOOKUP, { keys: keyList, ids: idList })) graph.set(r.key as string, r.candidates as Candidate[]);
    };
    await lookup([...keys], [...ids]);
    // Only entities no known name matches may need a new id: look up their slugs second,
    // rather than nine candidate ids for every entity of the batch.
    const slugs = new Set<string>();
    for (const a of articles) {
      for (const e of a.entities) {
        if (!e.id && !entityKeys(e).some((k) => graph.has(k))) slugCandidates(e).forEach((s) => slugs.add(s));
      }
    }
    await lookup([], [...slugs].filter((s) => !graph.has(s)));
    return articles.map((a) => this.resolveOne(a, graph));
  }

  private resolveOne(article: Article, graph: Map<string, Candidate[]>): ResolvedArticle {
    const problems: Problem[] = [];
    const at = (i: number, field: string, message: string) =>
      problems.push({ file: article.origin, path: `entities[${i}]${field}`, message });
    const nodeAt = (id: string): Candidate | undefined => this.created.get(id) ?? graph.get(id)?.[0];

    // Ids are unique across types: the article's own id, its deals' and its entities' may not clash.
    const own = nodeAt(article.id);
    if (own && own.type !== "Article") {
      problems.push({ file: article.origin, path: "id", message: `${JSON.stringify(article.id)} is already the id of ${article_(own.type)}` });
    }
    if (!own) this.created.set(article.id, { id: article.id, name: article.title, type: "Article" });
    (article.investments ?? []).forEach((inv, i) => {
      const existing = inv.id ? nodeAt(inv.id) : undefined;
      if (existing && existing.type !== "Investment") {
        problems.push({ file: article.origin, path: `investments[${i}].id`, message: `${JSON.stringify(inv.id)} is already the id of ${article_(existing.type)}` });
      }
    });

    const entities: ResolvedEntity[] = [];
    const claimed = new Map<string, number>();
    // A new entity never takes the id of a deal of the same article: ids are unique across
    // types, and the deal would be written onto the entity's node.
    const dealIds = new Set((article.investments ?? []).flatMap((inv) => (inv.id ? [inv.id] : [])));
    article.entities.forEach((decl, i) => {
      const keys = entityKeys(decl);
      let id: string | undefined;
      let isNew = false;
      if (decl.id) {
        const existing = nodeAt(decl.id);
        if (existing && existing.type !== decl.type) {
          at(i, ".id", `${JSON.stringify(decl.id)} is already the id of ${article_(existing.type)}, not ${article_(decl.type)}`);
          return;
        }
        id = decl.id;
        isNew = !existing;
      } else {
        const byId = new Map<string, Candidate>();
        for (const key of keys) {
          for (const c of graph.get(key) ?? []) if (c.type === decl.type) byId.set(c.id, c);
          for (const c of this.keysSeen.get(key)?.values() ?? []) if (c.type === decl.type) byId.set(c.id, c);
        }
        const candidates = [...byId.values()];
        if (candidates.length > 1) {
          const names = candidates.map((c) => `${c.name} (${c.id})`).sort().join(", ");
          at(i, ".name", `${JSON.stringify(decl.name)} matches ${candidates.length} ${decl.type === "Company" ? "companies" : "people"}: ${names}; give the entity an "id" to choose one`);
          return;
        }
        if (candidates.length === 1) id = candidates[0]!.id;
        else {
          const slugs = slugCandidates(decl);
          id = slugs.find((s) => !nodeAt(s) && !claimed.has(s) && !dealIds.has(s));
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

    // Only a valid article is written, so only then does it name anything for later ones.
    if (!problems.length) {
      for (const e of entities) {
        if (e.isNew && !this.created.has(e.id)) this.created.set(e.id, { id: e.id, name: e.decl.name, type: e.type });
        for (const key of e.keys) {
          const named = this.keysSeen.get(key) ?? new Map<string, Candidate>();
          named.set(e.id, named.get(e.id) ?? { id: e.id, name: e.decl.name, type: e.type });
          this.keysSeen.set(key, named);
        }
      }
      // Later articles of the run must not take a new deal's id for an entity either.
      for (const id of dealIds) if (!nodeAt(id)) this.created.set(id, { id, name: id, type: "Investment" });
    }
    return { article, entities, problems };
  }
}
