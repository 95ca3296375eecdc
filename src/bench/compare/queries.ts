// The benchmark's query mix, each query three ways: Dealgraph's GraphQL, the Neo4j
// GraphQL Library's GraphQL over the same graph (library.ts), and the best Cypher we can
// write for the same answer, sent straight through the driver (the floor). Also: the
// inputs each query is asked with at a given size, drawn from the graph with a seed, and
// a digest of each answer so the run can check the three answer the same question.
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { luceneQuery } from "../../store/index.js";
import type { InvestmentKindName } from "../../domain/vocabulary.js";
import { rng } from "../synthetic.js";
import { MAX_PATH_HOPS } from "./library.js";

export type Vars = Record<string, unknown>;
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BenchQuery {
  name: string;
  /** One line for the table. */
  title: string;
  /** Each digest says what the answer is, in terms the three can be compared on, for `input`. */
  dealgraph: { query: string; variables: (input: Vars) => Vars; digest: (data: Json, input: Vars) => string };
  library: { query: string; variables: (input: Vars) => Vars; digest?: (data: Json, input: Vars) => string; note?: string };
  raw: { cypher: string; params: (input: Vars) => Vars; digest: (rows: Json[], input: Vars) => string };
  /** Whether the library's answer is the same answer (else it answers a neighbouring question, see note). */
  sameAnswer: boolean;
}

const ENDS = "INVESTED|TARGET|HOLDS|AT|FROM|TO";
const HOP = `(x:Entity)-[r1:${ENDS}]-(f:Fact)-[r2:${ENDS}]-(y:Entity)`;
const int = (n: number) => neo4j.int(n);

// ---- profile: a company, its 10 latest deals on each side, their investors and sources ----

const DG_DEAL = `fragment Deal on Investment {
  id kind status announcedOn amount { value currency usd }
  target { id name }
  investors { ... on Company { id name } ... on Person { id name } }
  sources { evidence article { id title publishedOn } }
}`;
const LIB_DEAL = `fragment Deal on Investment {
  id kind status announcedOn amountValue amountCurrency amountUsd
  target { id name }
  investorsConnection { edges { properties { lead } node { ... on Company { id name } ... on Person { id name } } } }
  sourcesConnection(sort: [{ node: { publishedOn: DESC } }]) { edges { properties { evidence } node { id title publishedOn } } }
}`;
const RAW_DEAL = (i: string) => `${i} { .id, .kind, .status, .announcedOn, .amountValue, .amountCurrency, .amountUsd,
      target: COLLECT { MATCH (${i})-[:TARGET]->(t) RETURN t { .id, .name } }[0],
      investors: COLLECT { MATCH (${i})<-[v:INVESTED]-(x) WITH x, v ORDER BY v.lead DESC, x.name, x.id RETURN x { .id, .name } },
      sources: COLLECT { MATCH (${i})-[s:SOURCED_FROM]->(a) WITH s, a ORDER BY a.publishedOn DESC, a.id RETURN { evidence: s.evidence, article: a { .id, .title, .publishedOn } } } }`;

const profileDigest = (received: { total: number; ids: string[]; sources: number }, made: typeof received) =>
  `received ${received.total} [${received.ids.join(",")}] ${received.sources} sources; made ${made.total} [${made.ids.join(",")}] ${made.sources} sources`;

function profile(name: string, title: string): BenchQuery {
  return {
    name,
    title,
    sameAnswer: true,
    dealgraph: {
      query: `query Profile($id: ID!) {
  company(id: $id) {
    id name aliases kind country
    received: investmentsConnection(side: TARGET, first: 10) { totalCount edges { node { ...Deal } } }
    made: investmentsConnection(side: INVESTOR, first: 10) { totalCount edges { node { ...Deal } } }
  }
}
${DG_DEAL}`,
      variables: (input) => ({ id: input.id }),
      digest: (data) => {
        const side = (c: Json) => ({
          total: c.totalCount,
          ids: c.edges.map((e: Json) => e.node.id),
          sources: c.edges.reduce((n: number, e: Json) => n + e.node.sources.length, 0),
        });
        return profileDigest(side(data.company.received), side(data.company.made));
      },
    },
    library: {
      query: `query Profile($id: ID!) {
  companies(where: { id: { eq: $id } }) {
    id name aliases kind country
    received: investmentsReceivedConnection(first: 10, sort: [{ node: { announcedOn: DESC } }, { node: { id: DESC } }]) { totalCount edges { node { ...Deal } } }
    made: investmentsMadeConnection(first: 10, sort: [{ node: { announcedOn: DESC } }, { node: { id: DESC } }]) { totalCount edges { node { ...Deal } } }
  }
}
${LIB_DEAL}`,
      variables: (input) => ({ id: input.id }),
      digest: (data) => {
        const side = (c: Json) => ({
          total: c.totalCount,
          ids: c.edges.map((e: Json) => e.node.id),
          sources: c.edges.reduce((n: number, e: Json) => n + e.node.sourcesConnection.edges.length, 0),
        });
        return profileDigest(side(data.companies[0].received), side(data.companies[0].made));
      },
    },
    raw: {
      cypher: `// raw.profile
MATCH (c:Company {id: $id})
RETURN c { .id, .name, .aliases, .kind, .country,
  receivedCount: COUNT { (c)<-[:TARGET]-() },
  received: COLLECT { MATCH (c)<-[:TARGET]-(i:Investment) WITH i ORDER BY i.announcedOn DESC, i.id DESC LIMIT 10 RETURN ${RAW_DEAL("i")} },
  madeCount: COUNT { (c)-[:INVESTED]->() },
  made: COLLECT { MATCH (c)-[:INVESTED]->(i:Investment) WITH i ORDER BY i.announcedOn DESC, i.id DESC LIMIT 10 RETURN ${RAW_DEAL("i")} }
} AS company`,
      params: (input) => ({ id: input.id }),
      digest: ([row]) => {
        const c = row.company;
        const side = (total: Json, deals: Json[]) => ({
          total: Number(total),
          ids: deals.map((d) => d.id),
          sources: deals.reduce((n, d) => n + d.sources.length, 0),
        });
        return profileDigest(side(c.receivedCount, c.received), side(c.madeCount, c.made));
      },
    },
  };
}

// ---- deals: a filtered, sorted page of deals with their target and investors ----

const dealsDigest = (total: number, ids: string[]) => `${total} [${ids.join(",")}]`;
const deals: BenchQuery = {
  name: "deal list",
  title: "Deals of some kinds, announced from a year on, above an amount; the 20 largest, with target and investors, and the total",
  sameAnswer: true,
  dealgraph: {
    query: `query Deals($kinds: [InvestmentKind!], $from: PartialDate, $minUsd: Float) {
  investments(first: 20, where: { kind: $kinds, announcedFrom: $from, minUsd: $minUsd }, orderBy: { field: AMOUNT_USD, direction: DESC }) {
    totalCount
    edges { node { id kind status announcedOn amount { value currency usd } target { id name country } investors { ... on Company { id name } ... on Person { id name } } } }
  }
}`,
    variables: (input) => input,
    digest: (data) => dealsDigest(data.investments.totalCount, data.investments.edges.map((e: Json) => e.node.id)),
  },
  library: {
    query: `query Deals($kinds: [InvestmentKind!], $from: String, $minUsd: Float) {
  investmentsConnection(first: 20, where: { kind: { in: $kinds }, announcedOn: { gte: $from }, amountUsd: { gte: $minUsd } }, sort: [{ amountUsd: DESC }, { id: DESC }]) {
    totalCount
    edges { node { id kind status announcedOn amountValue amountCurrency amountUsd target { id name country } investors { ... on Company { id name } ... on Person { id name } } } }
  }
}`,
    variables: (input) => input,
    digest: (data) => dealsDigest(data.investmentsConnection.totalCount, data.investmentsConnection.edges.map((e: Json) => e.node.id)),
  },
  raw: {
    cypher: `// raw.deals
CALL () {
  MATCH (i:Investment) WHERE i.amountUsd >= $minUsd AND i.kind IN $kinds AND i.announcedOn >= $from
  RETURN count(i) AS total
}
CALL () {
  MATCH (i:Investment) USING INDEX i:Investment(amountUsd) WHERE i.amountUsd >= $minUsd AND i.kind IN $kinds AND i.announcedOn >= $from
  WITH i ORDER BY i.amountUsd DESC, i.id DESC LIMIT 20
  RETURN collect(i { .id, .kind, .status, .announcedOn, .amountValue, .amountCurrency, .amountUsd,
    target: COLLECT { MATCH (i)-[:TARGET]->(t) RETURN t { .id, .name, .country } }[0],
    investors: COLLECT { MATCH (i)<-[v:INVESTED]-(x) WITH x, v ORDER BY v.lead DESC, x.name, x.id RETURN x { .id, .name } } }) AS rows
}
RETURN total, rows`,
    params: (input) => input,
    digest: ([row]) => dealsDigest(Number(row.total), row.rows.map((d: Json) => d.id)),
  },
};

// ---- search: companies and people by a name, typed with or without a typo ----

const search: BenchQuery = {
  name: "search",
  title: "Search companies and people by a name as typed, sometimes with a typo; 10 hits",
  sameAnswer: false,
  dealgraph: {
    query: `query Search($text: String!) {
  search(text: $text, first: 10) { score match matchedText node { id ... on Company { name } ... on Person { name } } }
}`,
    variables: (input) => ({ text: input.text }),
    digest: (data, input) => `found ${data.search.some((h: Json) => h.node.id === input.expect)}`,
  },
  library: {
    note: "one @fulltext root field per label (companies, people: two statements), ranked by Lucene score; the client builds the Lucene query",
    query: `query Search($phrase: String!) {
  companiesByName(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } }
  peopleByName(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } }
}`,
    variables: (input) => ({ phrase: luceneQuery(String(input.text)) }),
    digest: (data, input) =>
      `found ${[...data.companiesByName.edges, ...data.peopleByName.edges].some((e: Json) => e.node.id === input.expect)}`,
  },
  raw: {
    cypher: `// raw.search
CALL db.index.fulltext.queryNodes('entity_names', $lucene, { limit: 10 }) YIELD node, score
RETURN node.id AS id, node.name AS name, score`,
    params: (input) => ({ lucene: luceneQuery(String(input.text)) }),
    digest: (rows, input) => `found ${rows.some((r) => r.id === input.expect)}`,
  },
};

// ---- deal graph, depth 2, around a company ----

const graphDigest = (ids: string[]) => `${ids.length} nodes [${[...ids].sort().join(",")}]`;
const LIB_C2 = `fragment C2 on Company {
  id name
  investmentsReceived(limit: 25) { id investors { ... on Company { id name } ... on Person { id name } } }
  investmentsMade(limit: 25) { id target { id name } }
  roles(limit: 25) { id person { id name } }
  relationsFrom(limit: 25) { id to { id name } }
  relationsTo(limit: 25) { id from { id name } }
}
fragment P2 on Person {
  id name
  investments(limit: 25) { id target { id name } }
  roles(limit: 25) { id company { id name } }
}`;
const dealGraph: BenchQuery = {
  name: "deal graph d2",
  title: "The deal graph two hops around a company (deals, roles, relations): at most 200 nodes, 1,000 edges",
  sameAnswer: false,
  dealgraph: {
    query: `query Graph($id: ID!) {
  dealGraph(ids: [$id], depth: 2) { truncated nodes { id label type } edges { id source target type } }
}`,
    variables: (input) => ({ id: input.id }),
    digest: (data) => graphDigest(data.dealGraph.nodes.map((n: Json) => n.id)),
  },
  library: {
    note: "nested relationship fields two hops out, 25 per list at the second hop: a tree with repeats, no node budget or dedup",
    query: `query Graph($id: ID!) {
  companies(where: { id: { eq: $id } }) {
    id name
    investmentsReceived { id investors { ... on Company { ...C2 } ... on Person { ...P2 } } }
    investmentsMade { id target { ...C2 } }
    roles { id person { ...P2 } }
    relationsFrom { id to { ...C2 } }
    relationsTo { id from { ...C2 } }
  }
}
${LIB_C2}`,
    variables: (input) => ({ id: input.id }),
  },
  raw: {
    cypher: `// raw.dealGraph
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r1:${ENDS}]-(f:Fact)-[r2:${ENDS}]-(y:Entity)
  WHERE type(r1) <> type(r2)
  WITH y, count(DISTINCT f) AS weight ORDER BY weight DESC, y.id
  RETURN collect(y)[..$room] AS level1
}
CALL (s, level1) {
  UNWIND level1 AS x
  MATCH ${HOP}
  WHERE type(r1) <> type(r2) AND y <> s AND NOT y IN level1
  WITH y, count(DISTINCT f) AS weight ORDER BY weight DESC, y.id
  WITH collect(y) AS found, size(level1) AS taken
  RETURN found[..($room - taken)] AS level2
}
WITH [s] + level1 + level2 AS seen
CALL (seen) {
  UNWIND seen AS x
  MATCH ${HOP}
  WHERE type(r1) <> type(r2) AND x.id < y.id AND y IN seen
  WITH x, f, y, type(r1) AS t
  ORDER BY coalesce(f.announcedOn, f.since, '') DESC, f.id, x.id, y.id
  LIMIT $edgeLimit
  RETURN collect({ fact: f.id, type: CASE WHEN f:Investment THEN 'INVESTED_IN' WHEN f:Role THEN 'HOLDS_ROLE' ELSE f.type END,
    source: CASE WHEN t IN ['INVESTED', 'HOLDS', 'FROM'] THEN x.id ELSE y.id END,
    target: CASE WHEN t IN ['INVESTED', 'HOLDS', 'FROM'] THEN y.id ELSE x.id END }) AS edges
}
RETURN [n IN seen | n { .id, .name, type: CASE WHEN n:Company THEN 'COMPANY' ELSE 'PERSON' END }] AS nodes, edges`,
    params: (input) => ({ id: input.id, room: int(199), edgeLimit: int(1001) }),
    digest: ([row]) => graphDigest(row.nodes.map((n: Json) => n.id)),
  },
};

// ---- shortest path between two companies ----

const path: BenchQuery = {
  name: "shortest path",
  title: `A shortest chain of deals, roles and relations between two companies, at most ${MAX_PATH_HOPS} hops`,
  sameAnswer: true,
  dealgraph: {
    query: `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: ${MAX_PATH_HOPS}) { length nodes { id label } edges { id type source target } }
}`,
    variables: (input) => input,
    digest: (data) => `length ${data.shortestPath?.length ?? "none"}`,
  },
  library: {
    note: "no path query: a @cypher field holding the raw query's Cypher, answering ids only",
    query: `query Path($from: ID!, $to: ID!) { shortestPathIds(from: $from, to: $to) }`,
    variables: (input) => input,
    digest: (data) => `length ${data.shortestPathIds.length ? data.shortestPathIds.length - 1 : "none"}`,
  },
  raw: {
    cypher: `// raw.shortestPath
MATCH p = SHORTEST 1 (:Entity {id: $from}) (${HOP} WHERE type(r1) <> type(r2)){1,${MAX_PATH_HOPS}} (:Entity {id: $to})
RETURN [n IN nodes(p) WHERE n:Entity | n { .id, .name }] AS nodes,
       [r IN relationships(p) | type(r)] AS types, [n IN nodes(p) WHERE n:Fact | n.id] AS facts`,
    params: (input) => input,
    digest: (rows) => `length ${rows[0] ? rows[0].facts.length : "none"}`,
  },
};

/** The mix, in table order. */
export const QUERIES: readonly BenchQuery[] = [
  profile("profile", "Entity profile: a company, its 10 latest deals on each side, with investors and sources"),
  profile("hub profile", "The same profile for one of the 5 investors with the most deals (the heavy tail)"),
  deals,
  search,
  dealGraph,
  path,
];

/** What each query is asked with at one size: `count` inputs per query, the same for every system. */
export type Inputs = Record<string, Vars[]>;

/**
 * Inputs drawn from the graph with `seed`: companies that received deals (the typical
 * profile, graph seed and path end), the five busiest investors, names to search for as
 * typed (one in three with a typo), and deal filters.
 */
export async function drawInputs(driver: Driver, seed: number, count = 40): Promise<Inputs> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const targets = (await session.run("// bench.targets\nMATCH (c:Company) WHERE EXISTS { (c)<-[:TARGET]-() } RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY c.id")).records.map(
      (rec) => ({ id: rec.get("id") as string, name: rec.get("name") as string, aliases: rec.get("aliases") as string[] }),
    );
    const hubs = (
      await session.run("// bench.hubs\nMATCH (c:Company) WITH c, COUNT { (c)-[:INVESTED]->() } AS deals ORDER BY deals DESC, c.id LIMIT 5 RETURN c.id AS id")
    ).records.map((rec) => rec.get("id") as string);
    if (targets.length < 2 || !hubs.length) throw new Error("bench: the graph holds no deals to ask about");
    const times = <T>(make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
    const typo = (word: string) => {
      const i = 1 + Math.floor(r() * (word.length - 2));
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    };
    return {
      profile: times(() => ({ id: pick(targets).id })),
      "hub profile": times((i) => ({ id: hubs[i % hubs.length] })),
      "deal list": times(() => ({
        kinds: pick<InvestmentKindName[]>([["FUNDING_ROUND"], ["EQUITY_STAKE", "ACQUISITION"], ["FUNDING_ROUND", "EQUITY_STAKE"]]),
        from: String(2015 + Math.floor(r() * 9)),
        minUsd: pick([1e6, 1e7, 5e7, 1e8]),
      })),
      search: times((i) => {
        const t = pick(targets);
        const short = [t.name, ...t.aliases].reduce((a, b) => (b.length < a.length ? b : a));
        return { text: i % 3 === 2 && short.length >= 5 ? typo(short) : short, expect: t.id };
      }),
      "deal graph d2": times(() => ({ id: pick(targets).id })),
      "shortest path": times(() => ({ from: pick(targets).id, to: pick(targets).id })),
    };
  } finally {
    await session.close();
  }
}
