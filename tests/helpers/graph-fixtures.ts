// Writes a graph straight into Neo4j, shaped exactly as docs/graph-model.md describes it
// (what the article loader would write), so that API tests can build many rows quickly
// and say precisely what they contain. One UNWIND query per kind of node.
import type { Driver } from "neo4j-driver";
import { Db } from "../../src/db/db.js";
import type { DealStatusName, InvestmentKindName, RelationTypeName } from "../../src/domain/vocabulary.js";
import { nameKey, slugify } from "../../src/text/fold.js";

export interface MoneyFixture {
  value: number;
  currency: string;
  /** Stored as `<x>Usd`; defaults to `value` for USD, else absent. */
  usd?: number | null;
}

export interface CompanyFixture {
  id: string;
  name: string;
  aliases?: string[];
  kind?: "COMPANY" | "INVESTOR" | "RESEARCH" | "MEDIA" | "OTHER";
}

export interface PersonFixture {
  id: string;
  name: string;
  aliases?: string[];
}

export interface ArticleFixture {
  id: string;
  title?: string;
  publisher?: string;
  source?: string;
  language?: string;
  publishedOn?: string;
  url?: string;
  body?: string;
  /** Ids of the companies and people it mentions (MENTIONS). */
  mentions?: string[];
}

/** What one article says of a fact: evidence, and figures that override the fact's own. */
export interface SourceFixture {
  article: string;
  evidence: string;
  amount?: MoneyFixture | null;
  valuation?: MoneyFixture | null;
  stakePercent?: number | null;
  announcedOn?: string | null;
  since?: string | null;
  until?: string | null;
}

export interface InvestmentFixture {
  id: string;
  kind?: InvestmentKindName;
  status?: DealStatusName;
  investors: string[];
  leadInvestors?: string[];
  otherInvestors?: boolean;
  target: string;
  amount?: MoneyFixture;
  stakePercent?: number;
  valuation?: MoneyFixture;
  announcedOn?: string;
  sources: SourceFixture[];
}

export interface RoleFixture {
  person: string;
  company: string;
  title: string;
  since?: string;
  until?: string;
  sources: SourceFixture[];
}

export interface RelationFixture {
  type: RelationTypeName;
  from: string;
  to: string;
  sources: SourceFixture[];
}

export interface GraphFixture {
  companies?: CompanyFixture[];
  people?: PersonFixture[];
  articles?: ArticleFixture[];
  investments?: InvestmentFixture[];
  roles?: RoleFixture[];
  relations?: RelationFixture[];
}

const usdOf = (m: MoneyFixture | null | undefined) => (m ? (m.usd !== undefined ? m.usd : m.currency === "USD" ? m.value : null) : null);

function moneyProps(prefix: "amount" | "valuation", m: MoneyFixture | null | undefined) {
  return { [`${prefix}Value`]: m?.value ?? null, [`${prefix}Currency`]: m?.currency ?? null, [`${prefix}Usd`]: usdOf(m) };
}

function keysOf(type: "company" | "person", e: { name: string; aliases?: string[] }): string[] {
  return [...new Set([e.name, ...(e.aliases ?? [])].map((n) => `${type}:${nameKey(n)}`))];
}

/** The id docs/graph-model.md gives a role. */
export const roleId = (r: Pick<RoleFixture, "person" | "company" | "title">) => `${r.person}--${r.company}--${slugify(r.title)}`;

/** The id of a relation; symmetric types store their ends in id order. */
export function relationEnds(r: RelationFixture): [string, string] {
  return r.type !== "SUBSIDIARY_OF" && r.from > r.to ? [r.to, r.from] : [r.from, r.to];
}
export const relationId = (r: RelationFixture) => `${slugify(r.type)}--${relationEnds(r).join("--")}`;

/** Writes the fixture; ids it refers to must be in it (or already in the graph). */
export async function writeGraph(driver: Driver, graph: GraphFixture): Promise<void> {
  const db = new Db(driver);
  const entities = [
    ...(graph.companies ?? []).map((c) => ({
      label: "Company",
      props: { id: c.id, name: c.name, aliases: c.aliases ?? [], kind: c.kind ?? "COMPANY" },
      keys: keysOf("company", c),
    })),
    ...(graph.people ?? []).map((p) => ({
      label: "Person",
      props: { id: p.id, name: p.name, aliases: p.aliases ?? [] },
      keys: keysOf("person", p),
    })),
  ];
  if (entities.length) {
    await db.write(
      `// fixture.entities
       UNWIND $entities AS e
       CREATE (n:Entity:Node)
       SET n = e.props
       FOREACH (_ IN CASE WHEN e.label = 'Company' THEN [1] ELSE [] END | SET n:Company)
       FOREACH (_ IN CASE WHEN e.label = 'Person' THEN [1] ELSE [] END | SET n:Person)
       WITH n, e
       UNWIND e.keys AS key
       MERGE (k:NameKey {key: key})
       MERGE (k)-[:NAMES]->(n)`,
      { entities },
    );
  }

  const articles = (graph.articles ?? []).map((a) => ({
    props: {
      id: a.id,
      title: a.title ?? `Article ${a.id}`,
      publisher: a.publisher ?? "Fixture News",
      source: a.source ?? null,
      language: a.language ?? "en",
      publishedOn: a.publishedOn ?? "2025-01-01",
      url: a.url ?? null,
      body: a.body ?? `Body of ${a.id}.`,
      contentHash: `hash-${a.id}`,
      loadedAt: "2025-01-01T00:00:00Z",
    },
    mentions: a.mentions ?? [],
  }));
  if (articles.length) {
    await db.write(
      `// fixture.articles
       UNWIND $articles AS a
       CREATE (n:Article:Node)
       SET n = a.props
       WITH n, a
       UNWIND a.mentions AS id
       MATCH (e:Entity {id: id})
       CREATE (n)-[:MENTIONS {name: e.name, aliases: e.aliases, keys: []}]->(e)`,
      { articles },
    );
  }

  const investments = (graph.investments ?? []).map((i) => {
    const fact = {
      kind: i.kind ?? "FUNDING_ROUND",
      status: i.status ?? "ANNOUNCED",
      otherInvestors: i.otherInvestors ?? false,
      stakePercent: i.stakePercent ?? null,
      announcedOn: i.announcedOn ?? null,
      ...moneyProps("amount", i.amount),
      ...moneyProps("valuation", i.valuation),
    };
    const leads = i.leadInvestors ?? [];
    return {
      props: { id: i.id, dealKey: `${i.target}|${fact.kind}|${fact.announcedOn ?? ""}|${[...i.investors].sort().join(",")}`, ...fact },
      target: i.target,
      investors: i.investors.map((id) => ({ id, lead: leads.includes(id) })),
      sources: i.sources.map((s) => ({
        article: s.article,
        props: {
          ...fact,
          evidence: s.evidence,
          targetId: i.target,
          investorIds: i.investors,
          leadIds: leads,
          ...(s.amount !== undefined ? moneyProps("amount", s.amount) : {}),
          ...(s.valuation !== undefined ? moneyProps("valuation", s.valuation) : {}),
          ...(s.stakePercent !== undefined ? { stakePercent: s.stakePercent } : {}),
          ...(s.announcedOn !== undefined ? { announcedOn: s.announcedOn } : {}),
        },
      })),
    };
  });
  if (investments.length) {
    await db.write(
      `// fixture.investments
       UNWIND $investments AS i
       MATCH (t:Company {id: i.target})
       CREATE (n:Investment:Fact:Node)-[:TARGET]->(t)
       SET n = i.props
       WITH n, i
       CALL (n, i) {
         UNWIND i.investors AS x
         MATCH (e:Entity {id: x.id})
         CREATE (e)-[:INVESTED {lead: x.lead}]->(n)
       }
       CALL (n, i) {
         UNWIND i.sources AS s
         MATCH (a:Article {id: s.article})
         CREATE (n)-[r:SOURCED_FROM]->(a)
         SET r = s.props
       }`,
      { investments },
    );
  }

  const roles = (graph.roles ?? []).map((r) => ({
    props: { id: roleId(r), title: r.title, since: r.since ?? null, until: r.until ?? null },
    person: r.person,
    company: r.company,
    sources: r.sources.map((s) => ({
      article: s.article,
      props: {
        evidence: s.evidence,
        personId: r.person,
        companyId: r.company,
        title: r.title,
        since: s.since !== undefined ? s.since : (r.since ?? null),
        until: s.until !== undefined ? s.until : (r.until ?? null),
      },
    })),
  }));
  if (roles.length) {
    await db.write(
      `// fixture.roles
       UNWIND $roles AS r
       MATCH (p:Person {id: r.person}), (c:Company {id: r.company})
       CREATE (p)-[:HOLDS]->(n:Role:Fact:Node)-[:AT]->(c)
       SET n = r.props
       WITH n, r
       UNWIND r.sources AS s
       MATCH (a:Article {id: s.article})
       CREATE (n)-[x:SOURCED_FROM]->(a)
       SET x = s.props`,
      { roles },
    );
  }

  const relations = (graph.relations ?? []).map((r) => {
    const [from, to] = relationEnds(r);
    return {
      props: { id: relationId(r), type: r.type },
      from,
      to,
      sources: r.sources.map((s) => ({ article: s.article, props: { evidence: s.evidence, type: r.type, fromId: from, toId: to } })),
    };
  });
  if (relations.length) {
    await db.write(
      `// fixture.relations
       UNWIND $relations AS r
       MATCH (f:Company {id: r.from}), (t:Company {id: r.to})
       CREATE (f)<-[:FROM]-(n:Relation:Fact:Node)-[:TO]->(t)
       SET n = r.props
       WITH n, r
       UNWIND r.sources AS s
       MATCH (a:Article {id: s.article})
       CREATE (n)-[x:SOURCED_FROM]->(a)
       SET x = s.props`,
      { relations },
    );
  }
}

/**
 * The smallest graph with one of each thing the security tests ask about: two companies,
 * a person, an article mentioning all three, and a deal it reports (Acme's seed round,
 * from Beta and Jane Doe).
 */
export const SMALL_GRAPH: GraphFixture = {
  companies: [
    { id: "acme", name: "Acme" },
    { id: "beta", name: "Beta" },
  ],
  people: [{ id: "jane-doe", name: "Jane Doe" }],
  articles: [{ id: "wire", mentions: ["acme", "beta", "jane-doe"] }],
  investments: [{ id: "acme-seed", investors: ["beta", "jane-doe"], target: "acme", sources: [{ article: "wire", evidence: "seed" }] }],
};
