// The bulk path for large synthetic graphs (`npm run gen -- --deals 1m --bulk`, and the
// benchmark's sizes above --ingest-up-to): the graph the ingest path would build from the
// same articles, written with a few large UNWIND ... CREATE statements per chunk of articles.
//
// What it bypasses, and why that is safe only here:
// - entity resolution against the graph (entities.lookup): the generator's names are
//   unique by construction (generate.ts), so an entity's id is the slug of the first name
//   it appears under, which is what the resolver would choose;
// - the per-batch derivation queries (deals.derive, entities.addMentions, ...): each fact's
//   and entity's derived properties are computed here, in memory, incrementally, by the
//   same rules: src/domain/sources.ts (the latest source that gives a figure wins, ties by
//   article id; an entity's description and aliases), and the plan's rows and ids
//   (src/ingest/plan.ts, resolve.ts, model.ts);
// - the unchanged-article check: the articles are new by construction.
// Articles are still validated (format rules 1-2), which also gives their content hash.
// The generator's invariant this relies on (a deal's sources agree on its announcement
// month) is checked as it goes, and tests/integration/bench-bulk.test.ts compares the two
// paths' graphs node for node.
//
// It is ~10x faster than the ingest path because it makes a dozen round trips per 2,000
// articles, creates instead of merging, and reads nothing back.
import type { Db, Tx } from "../../db/db.js";
import { type Description, describe, NO_DESCRIPTION, type Stamp, supersedes, withAliases } from "../../domain/sources.js";
import { DEFAULT_DEAL_STATUS, STAGED_KIND } from "../../domain/vocabulary.js";
import { type Article, contentHash, dealKey, relationId, roleId } from "../../ingest/model.js";
import { articleNode, dealSource, mentionRow, relationSource, roleSource } from "../../ingest/plan.js";
import { entityKeys } from "../../ingest/resolve.js";
import { hashDealId, readableDealId } from "../../ingest/resolve-deals.js";
import { validateArticle } from "../../ingest/validate.js";
import { entityProperties, mentionDescription } from "../../store/entities/index.js";
import { slugify } from "../../text/fold.js";
import type { GeneratedArticle } from "./generate.js";

type Props = Record<string, unknown>;

/** The latest value given so far (src/domain/sources.ts). */
interface Latest<T> extends Stamp {
  value: T;
}
function offer<T>(current: Latest<T> | undefined, stamp: Stamp, value: T | null | undefined): Latest<T> | undefined {
  return value !== null && value !== undefined && supersedes(stamp, current) ? { ...stamp, value } : current;
}

interface EntityState {
  id: string;
  type: "Company" | "Person";
  name: string;
  aliases: string[];
  description: Description;
  written: boolean;
}

interface DealState {
  id: string;
  key: string;
  latest?: Latest<{ kind: string; targetId: string }>;
  status?: Latest<string>;
  amount?: Latest<{ value: number; currency: string; usd: number | null }>;
  valuation?: Latest<{ value: number; currency: string; usd: number | null }>;
  stake?: Latest<number>;
  stage?: Latest<string>;
  announcedOn?: string | null;
  otherInvestors: boolean;
  sourceCount: number;
  investors: Map<string, boolean>;
  written: boolean;
}

interface RoleState {
  id: string;
  latest?: Latest<{ title: string; personId: string; companyId: string }>;
  tenure?: Latest<{ since: string | null; until: string | null }>;
  written: boolean;
}

interface RelationState {
  id: string;
  type: string;
  latest?: Latest<{ fromId: string; toId: string }>;
  written: boolean;
}

/** One chunk's writes, as UNWIND rows. */
interface Chunk {
  articles: Props[];
  mentions: Props[];
  sources: Props[];
  newKeys: string[];
  newNames: Props[];
}

// The rows of one chunk's statements, from the derived state.
const entityRow = (e: EntityState) => ({ id: e.id, props: { id: e.id, name: e.name, ...entityProperties(e) } });
const dealRow = (d: DealState) => ({
  id: d.id,
  targetId: d.latest!.value.targetId,
  investors: [...d.investors].map(([id, lead]) => ({ id, lead })),
  props: {
    id: d.id,
    dealKey: d.key,
    kind: d.latest!.value.kind,
    status: d.status?.value ?? DEFAULT_DEAL_STATUS,
    otherInvestors: d.otherInvestors,
    amountValue: d.amount?.value.value ?? null,
    amountCurrency: d.amount?.value.currency ?? null,
    amountUsd: d.amount?.value.usd ?? null,
    valuationValue: d.valuation?.value.value ?? null,
    valuationCurrency: d.valuation?.value.currency ?? null,
    valuationUsd: d.valuation?.value.usd ?? null,
    stakePercent: d.stake?.value ?? null,
    stage: d.latest!.value.kind === STAGED_KIND ? (d.stage?.value ?? null) : null,
    announcedOn: d.announcedOn ?? null,
    sourceCount: d.sourceCount,
  },
});
const roleRow = (r: RoleState) => ({
  id: r.id,
  personId: r.latest!.value.personId,
  companyId: r.latest!.value.companyId,
  props: { id: r.id, title: r.latest!.value.title, since: r.tenure?.value.since ?? null, until: r.tenure?.value.until ?? null },
});
const relationRow = (r: RelationState) => ({ id: r.id, fromId: r.latest!.value.fromId, toId: r.latest!.value.toId, props: { id: r.id, type: r.type } });

/**
 * Builds, in memory, what the ingest would derive, and writes it in chunks. One per graph:
 * it must see, in order, every article the graph holds (replay) before writing new ones.
 *
 * @example
 *   const bulk = new BulkLoader(db);
 *   bulk.replay(articlesAlreadyLoaded);   // e.g. those the ingest path wrote
 *   await bulk.write(moreArticles);
 */
export class BulkLoader {
  private readonly entities = new Map<string, EntityState>();
  /** Entities by name key, to resolve a mention as the ingest's resolver does. */
  private readonly byKey = new Map<string, string>();
  private readonly names = new Set<string>();
  private readonly deals = new Map<string, DealState>();
  /** Ids of every fact, as the resolver finds a new deal's readable id taken. */
  private readonly factIds = new Set<string>();
  private readonly roles = new Map<string, RoleState>();
  private readonly relations = new Map<string, RelationState>();
  /** What changed since the last write. */
  private dirty = { entities: new Set<EntityState>(), deals: new Set<DealState>(), roles: new Set<RoleState>(), relations: new Set<RelationState>() };

  constructor(
    private readonly db: Db,
    private readonly chunkSize = 2000,
  ) {}

  /** Takes in articles the graph already holds, writing nothing. */
  replay(articles: Iterable<GeneratedArticle>): void {
    for (const a of articles) this.derive(a as unknown as Article, null);
    this.markWritten();
  }

  /**
   * Validates and writes articles, one transaction per chunk; they must follow those
   * replayed or written before. `afterChunk` runs in each chunk's transaction, last.
   */
  async write(articles: readonly GeneratedArticle[], afterChunk?: (tx: Tx, done: number) => Promise<void>): Promise<void> {
    for (let i = 0; i < articles.length; i += this.chunkSize) {
      const chunk: Chunk = { articles: [], mentions: [], sources: [], newKeys: [], newNames: [] };
      for (const file of articles.slice(i, i + this.chunkSize)) {
        const { article, problems } = validateArticle(file.id, file, file.id);
        if (!article) throw new Error(`bulk: generated article ${file.id} is invalid: ${JSON.stringify(problems)}`);
        this.derive(article, chunk);
      }
      const done = Math.min(i + this.chunkSize, articles.length);
      await this.flush(chunk, afterChunk && ((tx) => afterChunk(tx, done)));
    }
  }

  /** What `article` changes, in memory; with a chunk, also the rows to write. */
  private derive(article: Article, chunk: Chunk | null): void {
    const stamp: Stamp = { publishedOn: article.publishedOn, articleId: article.id };
    chunk?.articles.push(articleNode(article, contentHash(article)));
    const idOfRef = this.deriveMentions(article, chunk);
    const ref = (r: string) => idOfRef.get(r)!;
    this.deriveDeals(article, stamp, ref, chunk);
    this.deriveRolesAndRelations(article, stamp, ref, chunk);
  }

  /** Mentions: the entity each declaration names, created on first sight with the name used. Returns the ids of the refs. */
  private deriveMentions(article: Article, chunk: Chunk | null): Map<string, string> {
    const idOfRef = new Map<string, string>();
    for (const decl of article.entities) {
      const keys = entityKeys(decl);
      const found = keys.map((k) => this.byKey.get(k)).find((id) => id !== undefined && this.entities.get(id)!.type === decl.type);
      let e = found ? this.entities.get(found)! : undefined;
      if (!e) {
        const id = slugify(decl.name);
        if (this.entities.has(id)) throw new Error(`bulk: two entities would have the id ${id}; the generator's names must be unique`);
        e = { id, type: decl.type, name: decl.name, aliases: [], description: NO_DESCRIPTION, written: false };
        this.entities.set(id, e);
      }
      idOfRef.set(decl.ref, e.id);
      const mention = mentionRow(article, { id: e.id, type: decl.type, decl, keys });
      const aliases = withAliases(e.name, e.aliases, [decl.name, ...(decl.aliases ?? [])]);
      const description = describe(e.description, mentionDescription(mention.props, article.id));
      if (!e.written || aliases.length !== e.aliases.length || JSON.stringify(description) !== JSON.stringify(e.description)) this.dirty.entities.add(e);
      e.aliases = aliases;
      e.description = description;
      for (const key of keys) {
        if (!this.byKey.has(key)) {
          this.byKey.set(key, e.id);
          chunk?.newKeys.push(key);
        }
        const pair = `${key}\u0000${e.id}`;
        if (!this.names.has(pair)) {
          this.names.add(pair);
          chunk?.newNames.push({ key, id: e.id });
        }
      }
      chunk?.mentions.push({ ...mention });
    }
    return idOfRef;
  }

  private deriveDeals(article: Article, stamp: Stamp, ref: (r: string) => string, chunk: Chunk | null): void {
    for (const inv of article.investments ?? []) {
      const investorIds = inv.investors.map(ref);
      const targetId = ref(inv.target);
      const key = dealKey(targetId, inv.kind, inv.announcedOn, investorIds);
      let deal = this.deals.get(key);
      if (!deal) {
        // As the resolver names a new deal: readable, unless another fact has that id.
        const readable = readableDealId(targetId, inv.kind, inv.announcedOn, investorIds);
        const id = this.factIds.has(readable) ? hashDealId(key) : readable;
        deal = { id, key, otherInvestors: false, sourceCount: 0, investors: new Map(), written: false };
        this.deals.set(key, deal);
        this.factIds.add(id);
      }
      if (deal.announcedOn !== undefined && deal.announcedOn !== (inv.announcedOn ?? null)) {
        throw new Error(`bulk: deal ${deal.id} is reported as announced on ${deal.announcedOn} and on ${inv.announcedOn}; the generator's sources agree on it`);
      }
      const { source } = dealSource(article, inv, ref);
      const money = (prefix: "amount" | "valuation") =>
        source[`${prefix}Value`] === null ? undefined : { value: source[`${prefix}Value`] as number, currency: source[`${prefix}Currency`] as string, usd: source[`${prefix}Usd`] as number | null };
      deal.announcedOn = inv.announcedOn ?? null;
      deal.latest = offer(deal.latest, stamp, { kind: inv.kind, targetId });
      deal.status = offer(deal.status, stamp, inv.status);
      deal.amount = offer(deal.amount, stamp, money("amount"));
      deal.valuation = offer(deal.valuation, stamp, money("valuation"));
      deal.stake = offer(deal.stake, stamp, inv.stakePercent);
      deal.stage = offer(deal.stage, stamp, inv.stage);
      deal.otherInvestors ||= inv.otherInvestors ?? false;
      deal.sourceCount++;
      const leads = source.leadIds as string[];
      for (const id of investorIds) deal.investors.set(id, (deal.investors.get(id) ?? false) || leads.includes(id));
      for (const id of leads) deal.investors.set(id, true);
      this.dirty.deals.add(deal);
      chunk?.sources.push({ factId: deal.id, articleId: article.id, props: source });
    }
  }

  private deriveRolesAndRelations(article: Article, stamp: Stamp, ref: (r: string) => string, chunk: Chunk | null): void {
    for (const x of article.roles ?? []) {
      const { source } = roleSource(article, x, ref);
      const id = roleId(ref(x.person), ref(x.company), x.title);
      let role = this.roles.get(id);
      if (!role) this.roles.set(id, (role = { id, written: false }));
      this.factIds.add(id);
      role.latest = offer(role.latest, stamp, { title: x.title, personId: source.personId as string, companyId: source.companyId as string });
      if (x.since || x.until) role.tenure = offer(role.tenure, stamp, { since: x.since ?? null, until: x.until ?? null });
      this.dirty.roles.add(role);
      chunk?.sources.push({ factId: id, articleId: article.id, props: source });
    }

    for (const x of article.relations ?? []) {
      const { source } = relationSource(article, x, ref);
      const id = relationId(x.type, ref(x.from), ref(x.to));
      let relation = this.relations.get(id);
      if (!relation) this.relations.set(id, (relation = { id, type: x.type, written: false }));
      this.factIds.add(id);
      relation.latest = offer(relation.latest, stamp, { fromId: source.fromId as string, toId: source.toId as string });
      this.dirty.relations.add(relation);
      chunk?.sources.push({ factId: id, articleId: article.id, props: source });
    }
  }

  /** Writes one chunk in one transaction: nodes, then what connects them. */
  private async flush(chunk: Chunk, last?: (tx: Tx) => Promise<void>): Promise<void> {
    const entities = [...this.dirty.entities];
    const deals = [...this.dirty.deals];
    const roles = [...this.dirty.roles];
    const relations = [...this.dirty.relations];
    await this.db.writeTransaction(async (tx) => {
      await tx.run(`// bench.bulk.articles\nUNWIND $rows AS r CREATE (a:Article:Node) SET a = r, a.loadedAt = datetime()`, { rows: chunk.articles });
      for (const type of ["Company", "Person"] as const) {
        await tx.run(`// bench.bulk.newEntities\nUNWIND $rows AS r CREATE (e:Node:Entity:${type}) SET e = r.props`, {
          rows: entities.filter((e) => !e.written && e.type === type).map(entityRow),
        });
      }
      await tx.run(`// bench.bulk.entities\nUNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e = r.props`, { rows: entities.filter((e) => e.written).map(entityRow) });
      await tx.run(`// bench.bulk.nameKeys\nUNWIND $keys AS key CREATE (:NameKey {key: key})`, { keys: chunk.newKeys });
      await tx.run(`// bench.bulk.names\nUNWIND $rows AS r MATCH (k:NameKey {key: r.key}) MATCH (e:Entity {id: r.id}) CREATE (k)-[:NAMES]->(e)`, { rows: chunk.newNames });
      await tx.run(`// bench.bulk.mentions\nUNWIND $rows AS r MATCH (a:Article {id: r.articleId}) MATCH (e:Entity {id: r.id}) CREATE (a)-[m:MENTIONS]->(e) SET m = r.props`, {
        rows: chunk.mentions,
      });
      await tx.run(
        `// bench.bulk.newDeals
UNWIND $rows AS r
CREATE (i:Investment:Node:Fact) SET i = r.props
WITH i, r
MATCH (t:Company {id: r.targetId}) CREATE (i)-[:TARGET]->(t)
WITH i, r
UNWIND r.investors AS x
MATCH (e:Entity {id: x.id}) CREATE (e)-[:INVESTED {lead: x.lead}]->(i)`,
        { rows: deals.filter((d) => !d.written).map(dealRow) },
      );
      await tx.run(
        `// bench.bulk.deals
UNWIND $rows AS r
MATCH (i:Investment {id: r.id}) SET i = r.props
WITH i, r
UNWIND r.investors AS x
MATCH (e:Entity {id: x.id})
MERGE (e)-[v:INVESTED]->(i) SET v.lead = x.lead`,
        { rows: deals.filter((d) => d.written).map(dealRow) },
      );
      await tx.run(
        `// bench.bulk.newRoles
UNWIND $rows AS r
MATCH (p:Person {id: r.personId}) MATCH (c:Company {id: r.companyId})
CREATE (p)-[:HOLDS]->(x:Role:Fact:Node)-[:AT]->(c) SET x = r.props`,
        { rows: roles.filter((r) => !r.written).map(roleRow) },
      );
      await tx.run(`// bench.bulk.roles\nUNWIND $rows AS r MATCH (x:Role {id: r.id}) SET x = r.props`, { rows: roles.filter((r) => r.written).map(roleRow) });
      await tx.run(
        `// bench.bulk.newRelations
UNWIND $rows AS r
MATCH (f:Company {id: r.fromId}) MATCH (t:Company {id: r.toId})
CREATE (f)<-[:FROM]-(x:Relation:Fact:Node)-[:TO]->(t) SET x = r.props`,
        { rows: relations.filter((r) => !r.written).map(relationRow) },
      );
      await tx.run(
        `// bench.bulk.sources
UNWIND $rows AS r
MATCH (f:Fact {id: r.factId}) MATCH (a:Article {id: r.articleId})
CREATE (f)-[s:SOURCED_FROM]->(a) SET s = r.props`,
        { rows: chunk.sources },
      );
      await last?.(tx);
    });
    this.markWritten();
  }

  private markWritten(): void {
    for (const set of Object.values(this.dirty)) {
      for (const x of set) x.written = true;
      set.clear();
    }
  }
}
