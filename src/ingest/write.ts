// Writes validated articles, a batch per transaction (format rules 3, 4 and 6): their
// own nodes, the entities they mention, what each says of each fact, and then what is
// derived from sources for the facts and entities they touched, old and new.
//
// Every step is one query over the whole batch (UNWIND), so the number of database
// round trips depends on the number of batches, not of articles or facts.
import { createHash } from "node:crypto";
import type { Tx } from "../db/db.js";
import { conversionYear, toUsd } from "../money/currency.js";
import { slugify, typedNameKey } from "../text/fold.js";
import { type Article, dealKey, type Money, relationEnds, relationId, roleId } from "./model.js";
import { InvalidArticlesError } from "./problems.js";
import { type ResolvedArticle, Resolver } from "./resolve.js";

export type ArticleOutcome = "created" | "updated" | "unchanged" | "removed";

export type NodeType = "Company" | "Person" | "Investment" | "Role" | "Relation";

/** A node an article's write touched. */
export interface NodeRef {
  id: string;
  type: NodeType;
}

/**
 * What writing (or removing) one article did. `created`: facts and entities that did not
 * exist; `updated`: existing ones it now sources or mentions (their sources changed);
 * `unchanged`: everything it states, when its content had not changed; `removed`:
 * facts and entities deleted because nothing supports them any more.
 */
export interface ArticleWriteResult {
  id: string;
  outcome: ArticleOutcome;
  created: NodeRef[];
  updated: NodeRef[];
  unchanged: NodeRef[];
  removed: NodeRef[];
}

// Bump when the way an article is written changes, so that re-loading rewrites it.
const WRITER_VERSION = 3;

/** A digest of everything in the article that the graph depends on. */
export function contentHash(article: Article): string {
  const { origin: _origin, ...content } = article;
  return createHash("sha256").update(JSON.stringify({ v: WRITER_VERSION, content })).digest("hex");
}

/** The properties of an article's node, as both writers (this one and the benchmark's bulk path) store them. */
export function articleProperties(article: Article, hash: string): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    url: article.url ?? null,
    publisher: article.publisher,
    source: article.source ?? null,
    language: article.language,
    publishedOn: article.publishedOn,
    body: article.body,
    contentHash: hash,
  };
}

function moneyProps(prefix: "amount" | "valuation", money: Money | undefined, year: number | null) {
  return {
    [`${prefix}Value`]: money?.value ?? null,
    [`${prefix}Currency`]: money?.currency ?? null,
    [`${prefix}Usd`]: money ? toUsd(money.value, money.currency, year) : null,
  };
}

// The benchmark's bulk writer and generator name deals as this writer does.
export { dealKey };

function readableDealId(targetId: string, kind: string, announcedOn: string | undefined, investorIds: string[]): string {
  const sorted = [...new Set(investorIds)].sort();
  const more = sorted.length > 1 ? `-and-${sorted.length - 1}` : "";
  return slugify(`${sorted[0]}${more}-${kind}-${targetId}-${announcedOn?.slice(0, 7) ?? ""}`);
}

interface State {
  id: string;
  hash: string | null;
  facts: NodeRef[];
  entities: NodeRef[];
}

const ARTICLE_STATE = `// ingest.articleState
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.contentHash AS hash,
       coalesce([(a)<-[:SOURCED_FROM]-(f:Fact) | {id: f.id, type: head([l IN labels(f) WHERE l IN ['Investment', 'Role', 'Relation']])}], []) AS facts,
       coalesce([(a)-[:MENTIONS]->(e:Entity) | {id: e.id, type: CASE WHEN e:Company THEN 'Company' ELSE 'Person' END}], []) AS entities`;

function emptyResult(id: string, outcome: ArticleOutcome): ArticleWriteResult {
  return { id, outcome, created: [], updated: [], unchanged: [], removed: [] };
}

/**
 * Writes a batch of articles in the caller's transaction, in order. Articles whose
 * content is unchanged are skipped. Throws InvalidArticlesError when entity resolution
 * fails against the graph as it now is (the transaction is then rolled back).
 */
export async function writeBatch(tx: Tx, articles: Article[]): Promise<ArticleWriteResult[]> {
  const hashes = new Map(articles.map((a) => [a.id, contentHash(a)]));
  const states = await tx.run<State>(ARTICLE_STATE, { ids: articles.map((a) => a.id) });
  const stateOf = new Map(states.map((s) => [s.id, s]));
  const changed = articles.filter((a) => stateOf.get(a.id)?.hash !== hashes.get(a.id));
  const results = new Map<string, ArticleWriteResult>();
  for (const a of articles) {
    const state = stateOf.get(a.id)!;
    results.set(a.id, { ...emptyResult(a.id, "unchanged"), unchanged: [...state.entities, ...state.facts] });
  }
  if (!changed.length) return articles.map((a) => results.get(a.id)!);

  const resolved = await new Resolver((c, p) => tx.run(c, p)).resolve(changed);
  const problems = resolved.flatMap((r) => r.problems);
  if (problems.length) throw new InvalidArticlesError(problems);

  await tx.run(
    `// ingest.replaceArticles
     UNWIND $articles AS x
     MERGE (a:Article:Node {id: x.id})
     SET a += x
     SET a.loadedAt = datetime()
     WITH a
     CALL (a) { MATCH (a)<-[s:SOURCED_FROM]-() DELETE s }
     CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }`,
    {
      articles: changed.map((a) => articleProperties(a, hashes.get(a.id)!)),
    },
  );

  await writeMentions(tx, resolved);
  const written = [...(await writeInvestments(tx, resolved)), ...(await writeRoles(tx, resolved)), ...(await writeRelations(tx, resolved))];
  const { removedFacts, removedEntities } = await settle(
    tx,
    changed.map((a) => stateOf.get(a.id)!),
    written.map((f) => f.id),
  );
  await addNames(tx, resolved, new Set(changed.flatMap((a) => stateOf.get(a.id)!.entities.map((e) => e.id))));

  for (const r of resolved) {
    const state = stateOf.get(r.article.id)!;
    const mine = written.filter((f) => f.article === r.article.id);
    const entities = r.entities.map((e) => ({ ref: { id: e.id, type: e.type } as NodeRef, isNew: e.isNew }));
    const facts = mine.map((f) => ({ ref: { id: f.id, type: f.type }, isNew: f.created }));
    results.set(r.article.id, {
      ...emptyResult(r.article.id, state.hash ? "updated" : "created"),
      created: [...entities, ...facts].filter((x) => x.isNew).map((x) => x.ref),
      updated: [...entities, ...facts].filter((x) => !x.isNew).map((x) => x.ref),
      removed: [...state.entities.filter((e) => removedEntities.has(e.id)), ...state.facts.filter((f) => removedFacts.has(f.id))],
    });
  }
  return articles.map((a) => results.get(a.id)!);
}

/**
 * Withdraws articles: their nodes go, and with them every fact and entity that only
 * they supported; what other articles also report is re-derived from those.
 */
export async function removeArticles(tx: Tx, ids: string[]): Promise<ArticleWriteResult[]> {
  const states = (await tx.run<State>(ARTICLE_STATE, { ids })).filter((s) => s.hash !== null);
  if (!states.length) return [];
  await tx.run(
    `// ingest.removeArticles
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     DETACH DELETE a`,
    { ids: states.map((s) => s.id) },
  );
  const { removedFacts, removedEntities } = await settle(tx, states, []);
  return states.map((state) => ({
    ...emptyResult(state.id, "removed"),
    updated: [...state.entities.filter((e) => !removedEntities.has(e.id)), ...state.facts.filter((f) => !removedFacts.has(f.id))],
    removed: [...state.entities.filter((e) => removedEntities.has(e.id)), ...state.facts.filter((f) => removedFacts.has(f.id))],
  }));
}

/**
 * After articles changed what they say: re-derives the facts they used to and now
 * support, and recomputes the entities they used to mention (which may have lost their
 * last mention or fact). Entities they mention now only gain names (addNames).
 */
async function settle(tx: Tx, before: State[], writtenFacts: string[]) {
  const facts = [...new Set([...before.flatMap((s) => s.facts.map((f) => f.id)), ...writtenFacts])];
  const removedFacts = new Set(await deriveFacts(tx, facts));
  const entities = [...new Set(before.flatMap((s) => s.entities.map((e) => e.id)))];
  const removedEntities = new Set(await recomputeEntities(tx, entities));
  return { removedFacts, removedEntities };
}

async function writeMentions(tx: Tx, resolved: ResolvedArticle[]): Promise<void> {
  // The articles' old mentions were deleted above, so CREATE cannot duplicate one.
  await tx.run(
    `// ingest.writeMentions
     UNWIND $mentions AS e
     MATCH (a:Article {id: e.articleId})
     MERGE (n:Node {id: e.id})
       ON CREATE SET n:Entity:$(e.type), n.name = e.name, n.aliases = []
     CREATE (a)-[m:MENTIONS]->(n)
     SET m = e.mention`,
    {
      mentions: resolved.flatMap((r) =>
        r.entities.map((e) => ({
          articleId: r.article.id,
          id: e.id,
          type: e.type,
          name: e.decl.name,
          mention: {
            name: e.decl.name,
            aliases: e.decl.aliases ?? [],
            keys: e.keys,
            kind: e.decl.kind ?? null,
            website: e.decl.website ?? null,
            country: e.decl.country ?? null,
            description: e.decl.description ?? null,
            publishedOn: r.article.publishedOn,
          },
        })),
      ),
    },
  );
}

interface WrittenFact {
  article: string;
  id: string;
  type: NodeType;
  created: boolean;
}

function refs(r: ResolvedArticle): (ref: string) => string {
  const ids = new Map(r.entities.map((e) => [e.ref, e.id]));
  return (ref) => ids.get(ref)!;
}

async function writeInvestments(tx: Tx, resolved: ResolvedArticle[]): Promise<WrittenFact[]> {
  const readableTaken = new Map<string, string>();
  const deals = resolved.flatMap((r) => {
    const ref = refs(r);
    return (r.article.investments ?? []).map((inv) => {
      const investorIds = inv.investors.map(ref);
      const targetId = ref(inv.target);
      const year = conversionYear(inv.announcedOn, r.article.publishedOn);
      const key = dealKey(targetId, inv.kind, inv.announcedOn, investorIds);
      const hashId = `deal-${createHash("sha1").update(key).digest("hex").slice(0, 12)}`;
      // Two different deals of one batch that would get the same readable id: the second takes the hash.
      let newId = readableDealId(targetId, inv.kind, inv.announcedOn, investorIds);
      if ((readableTaken.get(newId) ?? key) !== key) newId = hashId;
      readableTaken.set(newId, key);
      return {
        articleId: r.article.id,
        id: inv.id ?? null,
        dealKey: key,
        newId,
        hashId,
        source: {
          evidence: inv.evidence,
          kind: inv.kind,
          status: inv.status ?? null,
          targetId,
          investorIds,
          leadIds: (inv.leadInvestors ?? []).map(ref),
          otherInvestors: inv.otherInvestors ?? false,
          stakePercent: inv.stakePercent ?? null,
          announcedOn: inv.announcedOn ?? null,
          publishedOn: r.article.publishedOn,
          ...moneyProps("amount", inv.amount, year),
          ...moneyProps("valuation", inv.valuation, year),
        },
      };
    });
  });
  if (!deals.length) return [];
  // A deal with an id is that node; one without is found by its deal key (rule 6), and
  // a new one takes a readable id unless another node already has it.
  return tx.run<WrittenFact>(
    `// ingest.writeInvestments
     UNWIND $deals AS d
     MATCH (a:Article {id: d.articleId})
     OPTIONAL MATCH (taken:Node {id: d.newId}) WHERE taken.dealKey IS NULL OR taken.dealKey <> d.dealKey
     WITH a, d, coalesce(d.id, CASE WHEN taken IS NULL THEN d.newId ELSE d.hashId END) AS idIfNew
     CALL (d, idIfNew) {
       WITH d, idIfNew WHERE d.id IS NOT NULL
       MERGE (i:Node {id: d.id})
         ON CREATE SET i:Investment:Fact, i.dealKey = d.dealKey, i.createdNow = true
       RETURN i
     UNION
       WITH d, idIfNew WHERE d.id IS NULL
       MERGE (i:Investment {dealKey: d.dealKey})
         ON CREATE SET i:Node:Fact, i.id = idIfNew, i.createdNow = true
       RETURN i
     }
     CREATE (i)-[s:SOURCED_FROM]->(a)
     SET s = d.source
     WITH d, i, coalesce(i.createdNow, false) AS created
     REMOVE i.createdNow
     RETURN d.articleId AS article, i.id AS id, 'Investment' AS type, created`,
    { deals },
  );
}

async function writeRoles(tx: Tx, resolved: ResolvedArticle[]): Promise<WrittenFact[]> {
  const roles = resolved.flatMap((r) => {
    const ref = refs(r);
    return (r.article.roles ?? []).map((x) => {
      const personId = ref(x.person);
      const companyId = ref(x.company);
      return {
        articleId: r.article.id,
        id: roleId(personId, companyId, x.title),
        source: { evidence: x.evidence, personId, companyId, title: x.title, since: x.since ?? null, until: x.until ?? null, publishedOn: r.article.publishedOn },
      };
    });
  });
  if (!roles.length) return [];
  return tx.run<WrittenFact>(
    `// ingest.writeRoles
     UNWIND $roles AS r
     MATCH (a:Article {id: r.articleId})
     MERGE (x:Node {id: r.id})
       ON CREATE SET x:Role:Fact, x.createdNow = true
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source
     WITH r, x, coalesce(x.createdNow, false) AS created
     REMOVE x.createdNow
     RETURN r.articleId AS article, x.id AS id, 'Role' AS type, created`,
    { roles },
  );
}

async function writeRelations(tx: Tx, resolved: ResolvedArticle[]): Promise<WrittenFact[]> {
  const relations = resolved.flatMap((r) => {
    const ref = refs(r);
    return (r.article.relations ?? []).map((x) => {
      const [fromId, toId] = relationEnds(x.type, ref(x.from), ref(x.to));
      return {
        articleId: r.article.id,
        id: relationId(x.type, fromId, toId),
        source: { evidence: x.evidence, type: x.type, fromId, toId, publishedOn: r.article.publishedOn },
      };
    });
  });
  if (!relations.length) return [];
  return tx.run<WrittenFact>(
    `// ingest.writeRelations
     UNWIND $relations AS r
     MATCH (a:Article {id: r.articleId})
     MERGE (x:Node {id: r.id})
       ON CREATE SET x:Relation:Fact, x.type = r.source.type, x.createdNow = true
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source
     WITH r, x, coalesce(x.createdNow, false) AS created
     REMOVE x.createdNow
     RETURN r.articleId AS article, x.id AS id, 'Relation' AS type, created`,
    { relations },
  );
}

/**
 * Recomputes facts from their sources: each figure from the most recently published
 * source that gives it (a later report supersedes an earlier one), the investors as the
 * union of what the sources name. Facts left without a source are deleted.
 */
async function deriveFacts(tx: Tx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const [removed] = await tx.run<{ removed: string[] }>(
    `// ingest.deleteUnsourcedFacts
     UNWIND $ids AS id
     MATCH (f:Node {id: id}) WHERE f:Fact AND NOT (f)-[:SOURCED_FROM]->(:Article)
     WITH f, f.id AS gone
     DETACH DELETE f
     RETURN collect(gone) AS removed`,
    { ids },
  );
  await tx.run(
    `// ingest.deriveInvestments
     UNWIND $ids AS id
     MATCH (i:Investment {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH i, s ORDER BY a.publishedOn DESC, a.id ASC
     WITH i, collect(s) AS ss
     WITH i, ss, head(ss) AS latest,
          head([s IN ss WHERE s.amountValue IS NOT NULL]) AS am,
          head([s IN ss WHERE s.valuationValue IS NOT NULL]) AS va,
          head([s IN ss WHERE s.stakePercent IS NOT NULL]) AS st,
          head([s IN ss WHERE s.announcedOn IS NOT NULL]) AS an
     SET i.kind = latest.kind,
         // A source that gives no status says nothing about it (the format's default applies last).
         i.status = coalesce(head([s IN ss WHERE s.status IS NOT NULL | s.status]), 'ANNOUNCED'),
         i.otherInvestors = any(s IN ss WHERE s.otherInvestors),
         i.amountValue = am.amountValue, i.amountCurrency = am.amountCurrency, i.amountUsd = am.amountUsd,
         i.valuationValue = va.valuationValue, i.valuationCurrency = va.valuationCurrency, i.valuationUsd = va.valuationUsd,
         i.stakePercent = st.stakePercent,
         // The latest date, made more precise by an earlier source that agrees with it ("2022-01" -> "2022-01-18").
         i.announcedOn = reduce(best = an.announcedOn, s IN ss |
           CASE WHEN s.announcedOn STARTS WITH best AND size(s.announcedOn) > size(best) THEN s.announcedOn ELSE best END),
         i.sourceCount = size(ss)
     WITH i, latest.targetId AS targetId,
          reduce(acc = [], s IN ss | acc + s.investorIds) AS investorIds,
          reduce(acc = [], s IN ss | acc + s.leadIds) AS leadIds
     CALL (i) { MATCH (i)<-[r:INVESTED]-() DELETE r }
     CALL (i) { MATCH (i)-[r:TARGET]->() DELETE r }
     CALL (i, targetId) { MATCH (t:Company {id: targetId}) CREATE (i)-[:TARGET]->(t) }
     CALL (i, investorIds, leadIds) {
       UNWIND investorIds AS investorId
       WITH DISTINCT investorId, leadIds
       MATCH (x:Node:Entity {id: investorId})
       CREATE (x)-[:INVESTED {lead: investorId IN leadIds}]->(i)
     }`,
    { ids },
  );
  await tx.run(
    `// ingest.deriveRoles
     UNWIND $ids AS id
     MATCH (r:Role {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH r, s ORDER BY a.publishedOn DESC, a.id ASC
     WITH r, collect(s) AS ss
     WITH r, head(ss) AS latest, head([s IN ss WHERE s.since IS NOT NULL OR s.until IS NOT NULL]) AS tenure
     SET r.title = latest.title, r.since = tenure.since, r.until = tenure.until
     WITH r, latest
     CALL (r) { MATCH (r)<-[x:HOLDS]-() DELETE x }
     CALL (r) { MATCH (r)-[x:AT]->() DELETE x }
     CALL (r, latest) { MATCH (p:Person {id: latest.personId}) CREATE (p)-[:HOLDS]->(r) }
     CALL (r, latest) { MATCH (c:Company {id: latest.companyId}) CREATE (r)-[:AT]->(c) }`,
    { ids },
  );
  await tx.run(
    `// ingest.deriveRelations
     UNWIND $ids AS id
     MATCH (x:Relation {id: id})-[s:SOURCED_FROM]->(a:Article)
     WITH x, s ORDER BY a.publishedOn DESC, a.id ASC
     WITH x, head(collect(s)) AS latest
     CALL (x) { MATCH (x)-[r:FROM|TO]->() DELETE r }
     CALL (x, latest) { MATCH (f:Company {id: latest.fromId}) CREATE (x)-[:FROM]->(f) }
     CALL (x, latest) { MATCH (t:Company {id: latest.toId}) CREATE (x)-[:TO]->(t) }`,
    { ids },
  );
  return removed?.removed ?? [];
}

interface MentionRow {
  id: string;
  type: "Company" | "Person";
  name: string;
  mentions: Array<{ name: string; aliases: string[]; keys: string[]; kind: string | null; website: string | null; country: string | null; description: string | null }>;
  hasFacts: boolean;
}

/**
 * Recomputes entities from every article that mentions them (for entities a changed
 * article used to mention): aliases and name keys are the union of the mentions,
 * descriptive fields come from the latest mention that gives them, the display name
 * stays the one the node was created with. An entity no article mentions and no fact
 * uses is deleted, with its name keys.
 */
async function recomputeEntities(tx: Tx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.run<MentionRow>(
    `// ingest.entityMentions
     UNWIND $ids AS id
     MATCH (e:Node:Entity {id: id})
     OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
     WITH e, m, a ORDER BY a.publishedOn DESC, a.id ASC
     WITH e, collect(m) AS mentions
     RETURN e.id AS id, CASE WHEN e:Company THEN 'Company' ELSE 'Person' END AS type, e.name AS name, mentions,
            EXISTS { (e)-[:INVESTED|HOLDS]->(:Fact) } OR EXISTS { (e)<-[:TARGET|AT|FROM|TO]-(:Fact) } AS hasFacts`,
    { ids },
  );
  const removed = rows.filter((r) => r.mentions.length === 0 && !r.hasFacts).map((r) => r.id);
  const updates = rows
    .filter((r) => r.mentions.length > 0 || r.hasFacts)
    .map((r) => {
      // Oldest mention first, so aliases keep the order in which articles introduced them.
      const names = [...r.mentions].reverse().flatMap((m) => [m.name, ...(m.aliases ?? [])]);
      const latest = (field: "kind" | "website" | "country" | "description") => r.mentions.find((m) => m[field])?.[field] ?? null;
      const ownKey = typedNameKey(r.type, r.name);
      return {
        id: r.id,
        props: {
          aliases: [...new Set(names)].filter((n) => n !== r.name),
          kind: r.type === "Company" ? (latest("kind") ?? "COMPANY") : null,
          website: latest("website"),
          country: latest("country"),
          description: latest("description"),
        },
        keys: [...new Set([ownKey, ...r.mentions.flatMap((m) => m.keys)])],
      };
    });
  await tx.run(
    `// ingest.recomputeEntities
     UNWIND $updates AS u
     MATCH (e:Node:Entity {id: u.id})
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
  await tx.run(
    `// ingest.deleteUnusedEntities
     UNWIND $removed AS id
     MATCH (e:Node:Entity {id: id})
     OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e)
     DETACH DELETE e
     WITH DISTINCT k WHERE k IS NOT NULL AND NOT (k)-[:NAMES]->()
     DELETE k`,
    { removed },
  );
  return removed;
}

/**
 * Adds what new mentions say to their entities without reading every other mention:
 * names become aliases (they accumulate), keys are linked, and a descriptive field
 * is taken from the mention when it is at least as recent as the entity's latest.
 * Entities just recomputed from all their mentions are skipped.
 */
async function addNames(tx: Tx, resolved: ResolvedArticle[], recomputed: Set<string>): Promise<void> {
  // One row per entity: a popular investor named by every article of the batch is updated once.
  const byEntity = new Map<string, { id: string; names: Set<string>; keys: Set<string>; isCompany: boolean; described: Array<Record<string, string | null>> }>();
  for (const r of resolved) {
    for (const e of r.entities) {
      if (recomputed.has(e.id)) continue;
      const x = byEntity.get(e.id) ?? { id: e.id, names: new Set(), keys: new Set(), isCompany: e.type === "Company", described: [] };
      [e.decl.name, ...(e.decl.aliases ?? [])].forEach((n) => x.names.add(n));
      e.keys.forEach((k) => x.keys.add(k));
      x.described.push({
        kind: e.type === "Company" ? (e.decl.kind ?? null) : null,
        website: e.decl.website ?? null,
        country: e.decl.country ?? null,
        description: e.decl.description ?? null,
        publishedOn: r.article.publishedOn,
      });
      byEntity.set(e.id, x);
    }
  }
  if (!byEntity.size) return;
  const additions = [...byEntity.values()].map((x) => {
    // The batch's own latest mention that gives each field, as recomputeEntities would pick.
    const latest = [...x.described].sort((a, b) => (b.publishedOn! < a.publishedOn! ? -1 : b.publishedOn! > a.publishedOn! ? 1 : 0));
    const pick = (f: string) => latest.find((d) => d[f])?.[f] ?? null;
    return {
      id: x.id,
      names: [...x.names],
      keys: [...x.keys],
      isCompany: x.isCompany,
      kind: pick("kind"),
      website: pick("website"),
      country: pick("country"),
      description: pick("description"),
      publishedOn: latest[0]!.publishedOn,
    };
  });
  await tx.run(
    `// ingest.addNames
     UNWIND $additions AS x
     MATCH (e:Node:Entity {id: x.id})
     WITH e, x, x.publishedOn >= coalesce(e.describedOn, '') AS newer
     SET e.aliases = e.aliases + [n IN x.names WHERE n <> e.name AND NOT n IN e.aliases],
         e.kind = CASE WHEN NOT x.isCompany THEN null WHEN newer AND x.kind IS NOT NULL THEN x.kind ELSE coalesce(e.kind, x.kind, 'COMPANY') END,
         e.website = CASE WHEN newer THEN coalesce(x.website, e.website) ELSE coalesce(e.website, x.website) END,
         e.country = CASE WHEN newer THEN coalesce(x.country, e.country) ELSE coalesce(e.country, x.country) END,
         e.description = CASE WHEN newer THEN coalesce(x.description, e.description) ELSE coalesce(e.description, x.description) END,
         e.describedOn = CASE WHEN newer THEN x.publishedOn ELSE e.describedOn END
     WITH e, x
     CALL (e, x) { UNWIND x.keys AS key MERGE (k:NameKey {key: key}) MERGE (k)-[:NAMES]->(e) }`,
    { additions },
  );
}
