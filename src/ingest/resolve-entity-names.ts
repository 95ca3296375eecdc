// The part of the resolve step (resolve.ts) that finds, for the entities a chunk of articles
// creates, the known entities a shorter or longer form of their name names: possible
// duplicates, linked for a person to decide (src/domain/name-match.ts says how they score).
import { linksNames, longEnough, scoreNames, shorterForms } from "../domain/name-match.js";
import { type EntityCandidate, type EntityDuplicateRow, entitiesNamedNear } from "../store/entities/index.js";

type Run = Parameters<typeof entitiesNamedNear>[0];

/** What of a resolved article (resolve.ts) this step reads and adds to. */
interface Resolving {
  article: { id: string };
  problems: readonly unknown[];
  entities: ReadonlyArray<{ id: string; type: string; isNew: boolean; keys: string[]; decl: { country?: string } }>;
  entityDuplicates: EntityDuplicateRow[];
}

/**
 * Adds to each article's `entityDuplicates` the links of the entities it creates. `seen`
 * gives the entities the run named so far by a key (those of earlier articles count as
 * known: a shorter form named in the run is found there too).
 */
export async function findNameDuplicates(run: Run, articles: readonly Resolving[], seen: (key: string) => Iterable<EntityCandidate>): Promise<void> {
  const created = articles.flatMap((r) => (r.problems.length ? [] : r.entities.filter((e) => e.isNew).map((e) => ({ r, e }))));
  if (!created.length) return;
  const exact = new Set<string>();
  const extended = new Set<string>();
  for (const { e } of created) {
    for (const key of e.keys) {
      shorterForms(key).forEach((k) => exact.add(k));
      if (longEnough(key)) extended.add(key);
    }
  }
  const near = await entitiesNamedNear(run, [...exact], [...extended]);
  const byKey = new Map<string, Array<{ id: string; type: string; country: string | null }>>();
  for (const n of near) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  for (const { r, e } of created) {
    const others = new Map<string, string | null>();
    const consider = (key: string) => {
      for (const n of byKey.get(key) ?? []) if (n.type === e.type) others.set(n.id, n.country);
      for (const c of seen(key)) if (c.type === e.type && !others.has(c.id)) others.set(c.id, null);
    };
    e.keys.forEach((key) => {
      shorterForms(key).forEach(consider);
      consider(key);
    });
    others.delete(e.id);
    // An entity an exact key of this one names is this one's namesake, not a near name (resolution settled it).
    for (const [id, country] of others) {
      const score = scoreNames(e.decl.country ?? null, country);
      if (!linksNames(score)) continue;
      const row: EntityDuplicateRow = { fromId: e.id, toId: id, ...score, articleId: r.article.id };
      r.entityDuplicates.push(row);
    }
  }
}
