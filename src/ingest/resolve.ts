// Step 3 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish): what
// the articles name, in the graph, read-only and once per run. For each article: whether
// its content differs from what the graph holds (its hash), which node each entity is
// (format rule 3), and which node each fact is (rule 6); with the problems that only the
// graph can show (an ambiguous name, an id another kind of fact already has).
//
// Articles are resolved in order, in bulk: a few queries per chunk of articles, and a
// Resolver remembers what earlier articles of the same run create or name, so article 2
// finds the "Acme" (or the deal) that article 1 introduces without a query of its own.
import type { Tx } from "../db/db.js";
import { type StoredArticle, storedArticles } from "../store/articles/index.js";
import { DecisionRules } from "../domain/decisions.js";
import { existingDeals } from "../store/deals/index.js";
import { activeDecisions } from "../store/decisions/index.js";
import { type EntityCandidate, type EntityDuplicateRow, lookupEntities } from "../store/entities/index.js";
import { existingRelations } from "../store/relations/index.js";
import { existingRoles } from "../store/roles/index.js";
import { nameKey, slugify, typedNameKey } from "../text/fold.js";
import { type Article, contentHash, dealKey, type EntityDecl, relationId, roleId } from "./model.js";
import type { Problem } from "./problems.js";
import { type DealMatch, DealPool, hashDealId, matchDeal, type PossibleDuplicate, readableDealId, reportProfile } from "./resolve-deals.js";
import { findNameDuplicates } from "./resolve-entity-names.js";

/** Runs one query: a read transaction's, or the write transaction's in a test. */
export type Run = Pick<Tx, "run">;

export type FactKind = "Investment" | "Role" | "Relation";

export interface ResolvedEntity {
  ref: string;
  type: "Company" | "Person";
  id: string;
  isNew: boolean;
  decl: EntityDecl;
  /** Name keys this article contributes: "company:scale ai". */
  keys: string[];
}

/** Which node a fact of the article is. */
export interface ResolvedFact {
  id: string;
  isNew: boolean;
}

/** A deal also carries its deal key (a new deal node is stored with it) and how it was matched. */
export interface ResolvedDeal extends ResolvedFact {
  dealKey: string;
  match: DealMatch;
  /** Deals a new deal could not be told apart from: linked as possible duplicates. */
  duplicates: PossibleDuplicate[];
}

/**
 * How reports without a deal id find their deal: "scored" compares them with the deals of
 * the same target (src/domain/deal-match.ts); "key" only by the exact deal key (format
 * rule 6), which eval:resolution measures it against.
 */
export type DealResolution = "scored" | "key";

export interface ResolveOptions {
  chunk?: number;
  resolution?: DealResolution;
  /** Articles resolved and written again though their content is unchanged (a replay, replay.ts); they keep their hash. */
  force?: ReadonlySet<string>;
  /** The decisions to follow; default: the graph's active ones. */
  rules?: DecisionRules;
}

export interface ResolvedArticle {
  article: Article;
  /** Computed once here; stored on the article node by the apply step. */
  hash: string;
  /** What the graph holds of the article now. */
  stored: StoredArticle;
  /** False when the graph holds this very content: nothing else was resolved, nothing will be written. */
  changed: boolean;
  entities: ResolvedEntity[];
  /** In the order of the article's lists: deals[i] is investments[i]. */
  deals: ResolvedDeal[];
  roles: ResolvedFact[];
  relations: ResolvedFact[];
  /** New entities whose names leave doubt (resolve-entity-names.ts): links for a person to decide. */
  entityDuplicates: EntityDuplicateRow[];
  problems: Problem[];
}

/** The keys an entity declaration is matched by: its name and aliases, folded, typed. */
export function entityKeys(decl: Pick<EntityDecl, "type" | "name" | "aliases">): string[] {
  const keys = [decl.name, ...(decl.aliases ?? [])].filter((n) => nameKey(n)).map((n) => typedNameKey(decl.type, n));
  return [...new Set(keys)];
}

const SLUG_TRIES = 9;

/** "a Company", "an Investment". */
export const withArticle = (noun: string) => `${/^[AEIOU]/.test(noun) ? "an" : "a"} ${noun}`;

function slugCandidates(decl: EntityDecl): string[] {
  const base = slugify(decl.name) || decl.type.toLowerCase();
  return [base, ...Array.from({ length: SLUG_TRIES - 1 }, (_, n) => `${base}-${n + 2}`)];
}

/** Resolves articles in order (see Resolver), `chunk` articles per round of lookups. */
export async function resolveArticles(run: Run, articles: readonly Article[], options: ResolveOptions = {}): Promise<ResolvedArticle[]> {
  const chunk = options.chunk ?? 1000;
  const chunks: ResolvedArticle[][] = [];
  for (let i = 0; i < articles.length; i += chunk) chunks.push(await readStored(run, articles.slice(i, i + chunk), options.force));
  // Which articles the run writes anew is known before any is resolved (see DealPool).
  const rewriting = new Set(chunks.flat().filter((r) => r.changed).map((r) => r.article.id));
  const rules = options.rules ?? new DecisionRules(await activeDecisions(run));
  const resolver = new Resolver(run, options.resolution ?? "scored", rewriting, rules);
  for (const c of chunks) await resolver.resolve(c);
  return chunks.flat();
}

/** Each article with what the graph holds of it, and whether its content differs. */
async function readStored(run: Run, articles: readonly Article[], force: ReadonlySet<string> = new Set()): Promise<ResolvedArticle[]> {
  const stored = new Map((await storedArticles(run, articles.map((a) => a.id))).map((s) => [s.id, s]));
  return articles.map((article): ResolvedArticle => {
    const state = stored.get(article.id) ?? { id: article.id, hash: null, facts: [], entities: [] };
    const forced = force.has(article.id) && state.hash !== null;
    const hash = forced ? state.hash! : contentHash(article);
    return { article, hash, stored: state, changed: forced || state.hash !== hash, entities: [], deals: [], roles: [], relations: [], entityDuplicates: [], problems: [] };
  });
}

/** A fact this run states, by id: its kind and where it is first stated. */
interface SeenFact {
  kind: FactKind;
  where?: string;
  dealKey?: string | null;
}

/** The facts of the graph a chunk of articles may name: by id, and deals by deal key. */
interface GraphFacts {
  byId: Map<string, SeenFact>;
  byKey: Map<string, string[]>;
}

/**
 * Resolves articles in order against the graph plus what earlier articles given to the
 * same Resolver declared. Not safe to share between concurrent writers.
 */
export class Resolver {
  /** key -> entities named by it in this run (beyond the graph). */
  private readonly keysSeen = new Map<string, Map<string, EntityCandidate>>();
  /** id -> entities this run creates. */
  private readonly created = new Map<string, EntityCandidate>();
  /** id -> facts this run states. */
  private readonly facts = new Map<string, SeenFact>();
  /** deal key -> the deal this run states under it. */
  private readonly dealsByKey = new Map<string, string>();
  /** The deals reports are scored against (scored resolution only). */
  private readonly pool: DealPool | null;

  constructor(
    private readonly run: Run,
    resolution: DealResolution = "scored",
    rewriting: ReadonlySet<string> = new Set(),
    private readonly rules: DecisionRules = new DecisionRules([]),
  ) {
    this.pool = resolution === "scored" ? new DealPool(rewriting) : null;
  }

  /** Looks the graph up for a chunk of articles (see readStored) at once, then resolves each in order. */
  async resolve(all: readonly ResolvedArticle[]): Promise<void> {
    const changed = all.filter((r) => r.changed);
    const graph = await this.lookupEntities(changed.map((r) => r.article));
    for (const r of changed) this.resolveEntities(r, graph);
    await findNameDuplicates(this.run, changed, (key) => this.keysSeen.get(key)?.values() ?? []);
    const facts = await this.lookupFacts(changed);
    for (const r of changed) if (!r.problems.length) this.resolveFacts(r, facts);
  }

  /** Entities by every key and id the articles use, then the slugs new ones may take. */
  private async lookupEntities(articles: Article[]): Promise<Map<string, EntityCandidate[]>> {
    const keys = new Set<string>();
    const ids = new Set<string>();
    for (const e of articles.flatMap((a) => a.entities)) {
      if (e.id) ids.add(e.id);
      else entityKeys(e).forEach((k) => keys.add(k));
    }
    // The entities decisions send declarations to: whether each exists decides whether it is new.
    this.rules.entityTargets().forEach((t) => ids.add(t));
    const graph = await lookupEntities(this.run, [...keys], [...ids]);
    // Only entities no known name matches may need a new id: look up their slugs second,
    // rather than nine candidate ids for every entity of the batch.
    const slugs = new Set<string>();
    for (const e of articles.flatMap((a) => a.entities)) {
      if (!e.id && !entityKeys(e).some((k) => graph.has(k))) slugCandidates(e).forEach((s) => slugs.add(s));
    }
    for (const [id, found] of await lookupEntities(this.run, [], [...slugs].filter((s) => !graph.has(s)))) graph.set(id, found);
    return graph;
  }

  private resolveEntities(r: ResolvedArticle, graph: Map<string, EntityCandidate[]>): void {
    const at = (i: number, field: string, message: string) => r.problems.push({ file: r.article.origin, path: `entities[${i}]${field}`, message });
    const entityAt = (id: string): EntityCandidate | undefined => this.created.get(id) ?? graph.get(id)?.[0];
    const claimed = new Map<string, number>();
    r.article.entities.forEach((decl, i) => {
      const keys = entityKeys(decl);
      let id: string | undefined;
      let isNew = false;
      if (decl.id) {
        // Companies and people share one namespace of ids: an investor may be either.
        const existing = entityAt(decl.id);
        if (existing && existing.type !== decl.type) {
          at(i, ".id", `${JSON.stringify(decl.id)} is already the id of ${withArticle(existing.type)}, not ${withArticle(decl.type)}`);
          return;
        }
        id = decl.id;
        isNew = !existing;
      } else {
        const byId = new Map<string, EntityCandidate>();
        for (const key of keys) {
          for (const c of graph.get(key) ?? []) if (c.type === decl.type) byId.set(c.id, c);
          for (const c of this.keysSeen.get(key)?.values() ?? []) if (c.type === decl.type) byId.set(c.id, c);
        }
        // Entities merged into another are that other one (a person's decision).
        for (const c of [...byId.values()]) {
          const to = this.rules.entity(c.id, r.article.id);
          if (to) {
            byId.delete(c.id);
            byId.set(to, entityAt(to) ?? { ...c, id: to });
          }
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
          id = slugs.find((s) => !entityAt(s) && !claimed.has(s));
          isNew = true;
          if (!id) {
            at(i, ".name", `every id from ${JSON.stringify(slugs[0])} to ${JSON.stringify(slugs.at(-1))} is taken; give the entity an "id"`);
            return;
          }
        }
      }
      const decided = this.rules.entity(id, r.article.id);
      if (decided) [id, isNew] = [decided, !entityAt(decided)];
      const other = claimed.get(id);
      if (other !== undefined) {
        at(i, "", `resolves to the same ${decl.type.toLowerCase()} as entities[${other}] (${JSON.stringify(id)}); declare it once, with both names as aliases`);
        return;
      }
      claimed.set(id, i);
      r.entities.push({ ref: decl.ref, type: decl.type, id, isNew, decl, keys });
    });
    // Only a valid article is written, so only then does it name anything for later ones.
    if (r.problems.length) return;
    for (const e of r.entities) {
      if (e.isNew && !this.created.has(e.id)) this.created.set(e.id, { id: e.id, name: e.decl.name, type: e.type });
      for (const key of e.keys) {
        const named = this.keysSeen.get(key) ?? new Map<string, EntityCandidate>();
        named.set(e.id, named.get(e.id) ?? { id: e.id, name: e.decl.name, type: e.type });
        this.keysSeen.set(key, named);
      }
    }
  }

  /** Every fact id and deal key the articles may use, looked up by kind. */
  private async lookupFacts(resolved: ResolvedArticle[]): Promise<GraphFacts> {
    const ids = new Set<string>();
    const keys = new Set<string>();
    const targets: Array<{ targetId: string; kind: string }> = [];
    for (const r of resolved) {
      if (r.problems.length) continue;
      const ref = refsOf(r);
      for (const inv of r.article.investments ?? []) {
        const key = dealKeyOf(inv, ref);
        keys.add(key);
        targets.push({ targetId: ref(inv.target), kind: inv.kind });
        ids.add(inv.id ?? readableDealId(ref(inv.target), inv.kind, inv.announcedOn, inv.investors.map(ref)));
      }
      // The deals decisions send reports to: whether each exists decides whether it is new.
      this.rules.targets().forEach((t) => ids.add(t));
      for (const x of r.article.roles ?? []) ids.add(roleId(ref(x.person), ref(x.company), x.title));
      for (const x of r.article.relations ?? []) ids.add(relationId(x.type, ref(x.from), ref(x.to)));
    }
    const list = [...ids];
    const [deals, roles, relations] = await Promise.all([
      existingDeals(this.run, list, [...keys]),
      existingRoles(this.run, list),
      existingRelations(this.run, list),
      this.pool?.load(this.run, targets),
    ]);
    const byId = new Map<string, SeenFact>();
    for (const [id, key] of deals.byId) byId.set(id, { kind: "Investment", dealKey: key });
    for (const id of roles) byId.set(id, { kind: "Role" });
    for (const id of relations) byId.set(id, { kind: "Relation" });
    return { byId, byKey: deals.byKey };
  }

  /**
   * The node each fact is. A deal with an id is that deal; one without is the deal with its
   * deal key (rule 6), else a new one with a readable id unless another fact has it. Fact
   * ids are one namespace: an id another kind of fact has is a problem, and so are two facts
   * of one article that turn out to be one node.
   */
  private resolveFacts(r: ResolvedArticle, graph: GraphFacts): void {
    const { origin } = r.article;
    const factAt = (id: string): SeenFact | undefined => this.facts.get(id) ?? graph.byId.get(id);
    const mine = new Map<string, { path: string; kind: FactKind }>();
    const claim = (path: string, id: string, kind: FactKind): boolean => {
      const existing = factAt(id);
      if (existing && existing.kind !== kind) {
        const where = existing.where ? ` (${existing.where})` : "";
        r.problems.push({ file: origin, path, message: `${JSON.stringify(id)} is already the id of ${withArticle(existing.kind)}${where}; fact ids are unique across deals, roles and relations` });
        return false;
      }
      const first = mine.get(id);
      if (first?.kind === kind) {
        r.problems.push({ file: origin, path, message: `is the same fact as ${first.path} (${JSON.stringify(id)}): state it once` });
        return false;
      }
      if (first) {
        r.problems.push({ file: origin, path, message: `${JSON.stringify(id)} is also the id of ${first.path} (${withArticle(first.kind)}); fact ids are unique across deals, roles and relations` });
        return false;
      }
      mine.set(id, { path, kind });
      return true;
    };
    const ref = refsOf(r);
    const absorbed: Array<() => void> = [];
    (r.article.investments ?? []).forEach((inv, i) => {
      const key = dealKeyOf(inv, ref);
      const profile = reportProfile(r.article, inv, ref);
      const targetId = ref(inv.target);
      const found = matchDeal(inv.id, this.dealsByKey.get(key) ?? graph.byKey.get(key)?.[0], {
        choose: () => this.pool?.choose(targetId, inv.kind, profile, new Set(mine.keys())),
        otherStage: (id) => this.pool?.otherStage(targetId, inv.kind, id, profile) ?? false,
      });
      let id = found.id;
      if (!id) {
        const readable = readableDealId(targetId, inv.kind, inv.announcedOn, inv.investors.map(ref));
        // Two deals of one article may share a readable id (same first investor, as many others): the second takes the hash.
        id = factAt(readable) || mine.has(readable) ? hashDealId(key) : readable;
      }
      let { match, duplicates } = found;
      let isNew = !factAt(id) && (match.method === "ID" || match.method === "NEW");
      // A person's decision (merge, split) outranks whatever resolution found.
      const decided = this.rules.redirect(id, r.article.id);
      if (decided) {
        [id, isNew, duplicates] = [decided.id, !factAt(decided.id), []];
        match = { method: "DECISION", score: null, agreed: [], conflicting: [], decision: decided.decision, natural: match };
      }
      if (claim(inv.id ? `investments[${i}].id` : `investments[${i}]`, id, "Investment")) {
        r.deals.push({ id, isNew, dealKey: key, match, duplicates });
        absorbed.push(() => this.pool?.absorb(targetId, inv.kind, id, profile));
      }
    });
    (r.article.roles ?? []).forEach((x, i) => {
      const id = roleId(ref(x.person), ref(x.company), x.title);
      if (claim(`roles[${i}]`, id, "Role")) r.roles.push({ id, isNew: !factAt(id) });
    });
    (r.article.relations ?? []).forEach((x, i) => {
      const id = relationId(x.type, ref(x.from), ref(x.to));
      if (claim(`relations[${i}]`, id, "Relation")) r.relations.push({ id, isNew: !factAt(id) });
    });
    if (r.problems.length) return;
    const remember = (facts: ResolvedFact[], kind: FactKind, path: string) =>
      facts.forEach((f, i) => this.facts.has(f.id) || this.facts.set(f.id, { kind, where: `${origin}: ${path}[${i}]` }));
    remember(r.deals, "Investment", "investments");
    remember(r.roles, "Role", "roles");
    remember(r.relations, "Relation", "relations");
    // A new deal is stored with its key, so later deals of the run without an id find it by
    // that key; so is a deal a report joined by score, which the same report again joins at once.
    for (const d of r.deals) if ((d.isNew || d.match.method === "SCORE") && !this.dealsByKey.has(d.dealKey)) this.dealsByKey.set(d.dealKey, d.id);
    for (const f of absorbed) f();
  }
}

/** The entity id each ref of a resolved article stands for. */
export function refsOf(r: Pick<ResolvedArticle, "entities">): (ref: string) => string {
  const ids = new Map(r.entities.map((e) => [e.ref, e.id]));
  return (ref) => ids.get(ref)!;
}

function dealKeyOf(inv: NonNullable<Article["investments"]>[number], ref: (r: string) => string): string {
  return dealKey(ref(inv.target), inv.kind, inv.announcedOn, inv.investors.map(ref));
}
