// Writes one validated article in one transaction (format rules 3, 4 and 6): its own
// node, the entities it mentions, what it says of each fact, and then everything
// derived from sources for the facts and entities it touched, old and new.
import { createHash } from "node:crypto";
import type { Tx } from "../graph/db.js";
import { toUsd } from "../money/currency.js";
import { nameKey, slugify } from "../text/fold.js";
import { type Article, type Money, SYMMETRIC_RELATIONS } from "./model.js";
import { InvalidArticlesError } from "./problems.js";
import { type ResolvedEntity, resolveEntities } from "./resolve.js";

export type ArticleOutcome = "created" | "updated" | "unchanged";

export interface ArticleWriteResult {
  id: string;
  outcome: ArticleOutcome;
  /** Facts and entities this write made, changed or deleted (empty when unchanged). */
  facts: { created: string[]; removed: string[]; touched: string[] };
  entities: { created: string[]; removed: string[]; touched: string[] };
}

// Bump when the way an article is written changes, so that re-loading rewrites it.
const WRITER_VERSION = 1;

/** A digest of everything in the article that the graph depends on. */
export function contentHash(article: Article): string {
  const { origin: _origin, ...content } = article;
  return createHash("sha256").update(JSON.stringify({ v: WRITER_VERSION, content })).digest("hex");
}

/** The year a deal's money is converted at: its announcement, else the article's. */
function yearOf(partialDate: string | undefined): number | null {
  return partialDate ? Number(partialDate.slice(0, 4)) : null;
}

function moneyProps(prefix: "amount" | "valuation", money: Money | undefined, year: number | null) {
  return {
    [`${prefix}Value`]: money?.value ?? null,
    [`${prefix}Currency`]: money?.currency ?? null,
    [`${prefix}Usd`]: money ? toUsd(money.value, money.currency, year) : null,
  };
}

/** Deals reported without a shared id are the same when these agree (rule 6). */
export function dealKey(targetId: string, kind: string, announcedOn: string | undefined, investorIds: string[]): string {
  const month = announcedOn ? announcedOn.slice(0, 7) : "";
  return [targetId, kind, month, [...investorIds].sort().join(",")].join("|");
}

function readableDealId(targetId: string, kind: string, announcedOn: string | undefined, investorIds: string[]): string {
  const first = [...investorIds].sort()[0]!;
  const more = investorIds.length > 1 ? `-and-${investorIds.length - 1}` : "";
  return slugify(`${first}${more}-${kind}-${targetId}-${announcedOn?.slice(0, 7) ?? ""}`);
}

export async function writeArticle(tx: Tx, article: Article): Promise<ArticleWriteResult> {
  const hash = contentHash(article);
  const [state] = await tx.run<{ hash: string | null; facts: string[]; entities: string[] }>(
    `// ingest.articleState
     OPTIONAL MATCH (a:Article {id: $id})
     RETURN a.contentHash AS hash,
            [(a)<-[:SOURCED_FROM]-(f:Fact) | f.id] AS facts,
            [(a)-[:MENTIONS]->(e:Entity) | e.id] AS entities`,
    { id: article.id },
  );
  const empty = { created: [], removed: [], touched: [] };
  if (state?.hash === hash) return { id: article.id, outcome: "unchanged", facts: empty, entities: empty };
  const outcome: ArticleOutcome = state?.hash ? "updated" : "created";

  const { entities, problems } = await resolveEntities((c, p) => tx.run(c, p), article);
  if (problems.length) throw new InvalidArticlesError(problems);
  const idOf = new Map(entities.map((e) => [e.ref, e.id]));
  const ref = (r: string) => idOf.get(r)!;

  await tx.run(
    `// ingest.replaceArticle
     MERGE (a:Article:Node {id: $a.id})
     SET a.title = $a.title, a.url = $a.url, a.publisher = $a.publisher, a.source = $a.source,
         a.language = $a.language, a.publishedOn = $a.publishedOn, a.body = $a.body,
         a.contentHash = $hash, a.loadedAt = datetime()
     WITH a
     CALL (a) { MATCH (a)<-[s:SOURCED_FROM]-() DELETE s }
     CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }`,
    {
      a: {
        id: article.id,
        title: article.title,
        url: article.url ?? null,
        publisher: article.publisher,
        source: article.source ?? null,
        language: article.language,
        publishedOn: article.publishedOn,
        body: article.body,
      },
      hash,
    },
  );

  await writeMentions(tx, article.id, entities);
  const newFacts = [
    ...(await writeInvestments(tx, article, ref)),
    ...(await writeRoles(tx, article, ref)),
    ...(await writeRelations(tx, article, ref)),
  ];

  const touchedFacts = [...new Set([...state!.facts, ...newFacts.map((f) => f.id)])];
  const removedFacts = await deriveFacts(tx, touchedFacts);
  const touchedEntities = [...new Set([...state!.entities, ...entities.map((e) => e.id)])];
  const removedEntities = await deriveEntities(tx, touchedEntities);
  return {
    id: article.id,
    outcome,
    facts: { created: newFacts.filter((f) => f.created).map((f) => f.id), removed: removedFacts, touched: touchedFacts },
    entities: { created: entities.filter((e) => e.isNew).map((e) => e.id), removed: removedEntities, touched: touchedEntities },
  };
}

async function writeMentions(tx: Tx, articleId: string, entities: ResolvedEntity[]): Promise<void> {
  await tx.run(
    `// ingest.writeMentions
     MATCH (a:Article {id: $articleId})
     UNWIND $entities AS e
     MERGE (n:Node {id: e.id})
       ON CREATE SET n:Entity, n.name = e.name, n.aliases = []
     FOREACH (_ IN CASE WHEN e.type = 'Company' THEN [1] ELSE [] END | SET n:Company)
     FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
     MERGE (a)-[m:MENTIONS]->(n)
     SET m.name = e.name, m.aliases = e.aliases, m.keys = e.keys, m.kind = e.kind,
         m.website = e.website, m.country = e.country, m.description = e.description`,
    {
      articleId,
      entities: entities.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.decl.name,
        aliases: e.decl.aliases ?? [],
        keys: e.keys,
        kind: e.decl.kind ?? null,
        website: e.decl.website ?? null,
        country: e.decl.country ?? null,
        description: e.decl.description ?? null,
      })),
    },
  );
}

interface WrittenFact {
  id: string;
  created: boolean;
}

async function writeInvestments(tx: Tx, article: Article, ref: (r: string) => string): Promise<WrittenFact[]> {
  const deals = (article.investments ?? []).map((inv) => {
    const investorIds = inv.investors.map(ref);
    const targetId = ref(inv.target);
    const year = yearOf(inv.announcedOn) ?? yearOf(article.publishedOn);
    const key = dealKey(targetId, inv.kind, inv.announcedOn, investorIds);
    return {
      id: inv.id ?? null,
      dealKey: key,
      readableId: readableDealId(targetId, inv.kind, inv.announcedOn, investorIds),
      hashId: `deal-${createHash("sha1").update(key).digest("hex").slice(0, 12)}`,
      source: {
        evidence: inv.evidence,
        kind: inv.kind,
        status: inv.status ?? "ANNOUNCED",
        targetId,
        investorIds,
        leadIds: (inv.leadInvestors ?? []).map(ref),
        otherInvestors: inv.otherInvestors ?? false,
        stakePercent: inv.stakePercent ?? null,
        announcedOn: inv.announcedOn ?? null,
        publishedOn: article.publishedOn,
        ...moneyProps("amount", inv.amount, year),
        ...moneyProps("valuation", inv.valuation, year),
      },
    };
  });
  if (!deals.length) return [];
  return tx.run<{ id: string; created: boolean }>(
    `// ingest.writeInvestments
     MATCH (a:Article {id: $articleId})
     UNWIND $deals AS d
     CALL (d) {
       OPTIONAL MATCH (byId:Investment {id: d.id})
       OPTIONAL MATCH (byKey:Investment {dealKey: d.dealKey}) WHERE d.id IS NULL
       WITH coalesce(byId, byKey) AS found
       RETURN found LIMIT 1
     }
     OPTIONAL CALL (d, found) {
       WITH d, found WHERE found IS NULL
       OPTIONAL MATCH (taken:Node {id: d.readableId})
       WITH d, coalesce(d.id, CASE WHEN taken IS NULL THEN d.readableId ELSE d.hashId END) AS newId
       MERGE (i:Node {id: newId})
         ON CREATE SET i:Investment:Fact, i.dealKey = d.dealKey
       RETURN i AS made
     }
     WITH a, d, coalesce(found, made) AS i, found IS NULL AS created
     CREATE (i)-[s:SOURCED_FROM]->(a)
     SET s = d.source
     RETURN i.id AS id, created`,
    { articleId: article.id, deals },
  );
}

async function writeRoles(tx: Tx, article: Article, ref: (r: string) => string): Promise<WrittenFact[]> {
  const roles = (article.roles ?? []).map((r) => {
    const personId = ref(r.person);
    const companyId = ref(r.company);
    return {
      id: `${personId}--${companyId}--${slugify(r.title) || "role"}`,
      source: { evidence: r.evidence, personId, companyId, title: r.title, since: r.since ?? null, until: r.until ?? null, publishedOn: article.publishedOn },
    };
  });
  if (!roles.length) return [];
  return tx.run<{ id: string; created: boolean }>(
    `// ingest.writeRoles
     MATCH (a:Article {id: $articleId})
     UNWIND $roles AS r
     OPTIONAL MATCH (existing:Role {id: r.id})
     MERGE (x:Node {id: r.id}) ON CREATE SET x:Role:Fact
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source
     RETURN x.id AS id, existing IS NULL AS created`,
    { articleId: article.id, roles },
  );
}

async function writeRelations(tx: Tx, article: Article, ref: (r: string) => string): Promise<WrittenFact[]> {
  const relations = (article.relations ?? []).map((r) => {
    let [fromId, toId] = [ref(r.from), ref(r.to)];
    if (SYMMETRIC_RELATIONS.has(r.type) && toId < fromId) [fromId, toId] = [toId, fromId];
    return {
      id: `${slugify(r.type)}--${fromId}--${toId}`,
      source: { evidence: r.evidence, type: r.type, fromId, toId, publishedOn: article.publishedOn },
    };
  });
  if (!relations.length) return [];
  return tx.run<{ id: string; created: boolean }>(
    `// ingest.writeRelations
     MATCH (a:Article {id: $articleId})
     UNWIND $relations AS r
     OPTIONAL MATCH (existing:Relation {id: r.id})
     MERGE (x:Node {id: r.id}) ON CREATE SET x:Relation:Fact, x.type = r.source.type
     CREATE (x)-[s:SOURCED_FROM]->(a)
     SET s = r.source
     RETURN x.id AS id, existing IS NULL AS created`,
    { articleId: article.id, relations },
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
     MATCH (f:Fact {id: id}) WHERE NOT (f)-[:SOURCED_FROM]->(:Article)
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
     SET i.kind = latest.kind, i.status = latest.status,
         i.otherInvestors = any(s IN ss WHERE s.otherInvestors),
         i.amountValue = am.amountValue, i.amountCurrency = am.amountCurrency, i.amountUsd = am.amountUsd,
         i.valuationValue = va.valuationValue, i.valuationCurrency = va.valuationCurrency, i.valuationUsd = va.valuationUsd,
         i.stakePercent = st.stakePercent, i.announcedOn = an.announcedOn,
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
       MATCH (x:Entity {id: investorId})
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
 * Recomputes entities from the articles that mention them: aliases and name keys are
 * the union of every mention (aliases accumulate), descriptive fields come from the
 * latest mention that gives them, the display name stays the one the node was created
 * with. An entity no article mentions and no fact uses is deleted.
 */
async function deriveEntities(tx: Tx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.run<MentionRow>(
    `// ingest.entityMentions
     UNWIND $ids AS id
     MATCH (e:Entity {id: id})
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
      const names = r.mentions.flatMap((m) => [m.name, ...(m.aliases ?? [])]);
      const latest = (field: "kind" | "website" | "country" | "description") => r.mentions.find((m) => m[field])?.[field] ?? null;
      const ownKey = `${r.type.toLowerCase()}:${nameKey(r.name)}`;
      return {
        id: r.id,
        aliases: [...new Set(names)].filter((n) => n !== r.name).sort(),
        keys: [...new Set([ownKey, ...r.mentions.flatMap((m) => m.keys)])],
        kind: r.type === "Company" ? (latest("kind") ?? "COMPANY") : null,
        website: latest("website"),
        country: latest("country"),
        description: latest("description"),
      };
    });
  await tx.run(
    `// ingest.deriveEntities
     UNWIND $updates AS u
     MATCH (e:Entity {id: u.id})
     SET e.aliases = u.aliases, e.kind = u.kind, e.website = u.website, e.country = u.country, e.description = u.description
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
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e)
     DETACH DELETE e
     WITH DISTINCT k WHERE k IS NOT NULL AND NOT (k)-[:NAMES]->()
     DELETE k`,
    { removed },
  );
  return removed;
}
