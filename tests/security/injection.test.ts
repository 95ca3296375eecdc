// Injection: Cypher-looking strings and Lucene syntax in every string argument of every
// query (found in the schema, so new fields are covered as they come) and in every
// string field of an article change nothing but what they should. The graph is
// fingerprinted (every node and relationship with its properties) before and after.
import { createHash } from "node:crypto";
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { EDITORS_ONLY } from "../../src/api/security/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, startHttpApi } from "../helpers/http.js";

const EDITOR = "injection-editor-token-91c0";

/** What an attacker types where a name or an id goes. */
export const PAYLOADS = [
  `' OR 1=1 //`,
  `" OR ""="`,
  `'}) MATCH (n) DETACH DELETE n //`,
  `x"}) WITH 1 AS x MATCH (m) DETACH DELETE m RETURN 1 //`,
  "` MATCH (n) DETACH DELETE n //",
  `\\'; CALL db.clearQueryCaches(); //`,
  `$id`,
  `{id: 'acme'}`,
  `/* */ RETURN 1 UNION MATCH (n) RETURN n`,
  `LOAD CSV FROM 'http://127.0.0.1:9/x' AS r RETURN r`,
  `CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})`,
  `*:*`,
  `name:* OR id:*`,
  `acme~ AND beta^10`,
  `"unterminated`,
  `((((`,
  `\\`,
  `/.*/`,
  `[* TO *]`,
  `?*`,
  `AND OR NOT`,
  `a\u0000b`,
  `%00%27`,
];

// A company named with the payloads themselves: a lookup by that text must find it, literally.
const HOSTILE_NAME = `Robert'); MATCH (n) DETACH DELETE n; // *:* "Co"`;

let api: HttpApi;

/** The filter type of each listing with name filters. */
const LISTING_WHERE: Record<string, string> = { companies: "CompanyWhere", people: "PersonWhere", investors: "InvestorWhere" };

async function fingerprint(): Promise<{ nodes: number; relationships: number; hash: string }> {
  const session = testDriver().session();
  try {
    const nodes = await session.run("MATCH (n) WHERE NOT n:GraphState RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id");
    const rels = await session.run(
      "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id",
    );
    const text = JSON.stringify([nodes.records.map((r) => r.toObject()), rels.records.map((r) => r.toObject())]);
    return { nodes: nodes.records.length, relationships: rels.records.length, hash: createHash("sha256").update(text).digest("hex") };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    companies: [
      { id: "acme", name: "Acme", aliases: ["Acme Corp"] },
      { id: "beta", name: "Beta" },
      { id: "robert", name: HOSTILE_NAME },
    ],
    people: [{ id: "jane-doe", name: "Jane Doe" }],
    articles: [{ id: "wire", mentions: ["acme", "beta", "robert", "jane-doe"] }],
    investments: [{ id: "acme-seed", investors: ["beta", "jane-doe"], target: "acme", sources: [{ article: "wire", evidence: "seed" }] }],
    roles: [{ person: "jane-doe", company: "acme", title: "CEO", sources: [{ article: "wire", evidence: "CEO" }] }],
    relations: [{ type: "COMPETES_WITH", from: "acme", to: "robert", sources: [{ article: "wire", evidence: "rivals" }] }],
  });
  api = await startHttpApi(testDriver(), { API_TOKENS: EDITOR });
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

/** A valid value for a required argument, so that the argument under test is the only odd one. */
function plausible(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [plausible(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausible(f.type)]));
  }
  if (isScalarType(inner)) {
    return ({ ID: "acme", String: "acme", Int: 1, Float: 1, Boolean: true, PartialDate: "2025" } as Record<string, unknown>)[inner.name] ?? "acme";
  }
  return null;
}

const isText = (type: GraphQLInputType) => ["String", "ID"].includes(getNamedType(type).name);

interface Target {
  field: string;
  /** The headers it is sent with: an editor's token for an editors-only query (the inbox's drafts). */
  headers: Record<string, string>;
  /** Where the payload goes: an argument name, or "argument.inputField". */
  path: string;
  build(payload: string): { query: string; variables: Record<string, unknown> };
}

/** Every string or id argument of every query field, and every string or id field of their input objects. */
function targets(): Target[] {
  const query = buildDealgraphSchema().getQueryType()!;
  const out: Target[] = [];
  for (const field of Object.values(query.getFields())) {
    const args = field.args;
    const base = Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plausible(a.type)]));
    const operation = (variables: Record<string, unknown>) => {
      const used = args.filter((a) => a.name in variables);
      const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const passed = used.map((a) => `${a.name}: $${a.name}`).join(", ");
      return `query Injection${defs ? `(${defs})` : ""} { ${field.name}${passed ? `(${passed})` : ""} { __typename } }`;
    };
    const headers: Record<string, string> = field.extensions?.[EDITORS_ONLY] === true ? { authorization: `Bearer ${EDITOR}` } : {};
    const add = (path: string, place: (payload: string) => Record<string, unknown>) =>
      out.push({ field: field.name, headers, path, build: (payload) => { const variables = { ...base, ...place(payload) }; return { query: operation(variables), variables }; } });
    for (const arg of args as GraphQLArgument[]) {
      // id and name are alternatives on company and person: each is tried alone.
      const alone = (value: Record<string, unknown>) => (["id", "name"].includes(arg.name) && !isNonNullType(arg.type) ? { id: undefined, name: undefined, ...value } : value);
      if (isText(arg.type)) {
        add(arg.name, (p) => alone({ [arg.name]: isListType(getNullableType(arg.type)) ? [p] : p }));
      }
      const inputType = getNamedType(arg.type);
      if (isInputObjectType(inputType)) {
        for (const inner of Object.values(inputType.getFields())) {
          if (!isText(inner.type)) continue;
          const value = (p: string) => (isListType(getNullableType(inner.type)) ? [p] : p);
          add(`${arg.name}.${inner.name}`, (p) => ({ [arg.name]: { ...(plausible(arg.type) as object), [inner.name]: value(p) } }));
        }
      }
    }
  }
  return out;
}

describe("string arguments", () => {
  it("leave the graph exactly as it was, and get data or BAD_USER_INPUT, never a failure", async () => {
    const before = await fingerprint();
    const all = targets();
    expect(all.length, "arguments found in the schema").toBeGreaterThan(20);
    expect(all.map((t) => t.path)).toEqual(expect.arrayContaining(["id", "name", "after", "where.nameContains"]));
    const outcomes = new Map<string, number>();
    const cases = all.flatMap((target) => PAYLOADS.map((payload) => ({ target, payload })));
    const failures: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < cases.length) {
          const { target, payload } = cases[next++]!;
          const { query, variables } = target.build(payload);
          const response = await api.post(query, JSON.parse(JSON.stringify(variables)), target.headers);
          const found = codes(response);
          const key = found.length ? found.join(",") : "data";
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          if (response.status >= 500 || found.some((c) => c !== "BAD_USER_INPUT")) {
            failures.push(`${target.field}(${target.path}: ${JSON.stringify(payload)}): ${response.status} ${response.text}`);
          }
        }
      }),
    );
    expect(failures.slice(0, 5)).toEqual([]);
    process.stderr.write(`[injection] ${all.length} arguments × ${PAYLOADS.length} payloads: ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
    expect(await fingerprint()).toEqual(before);
  });

  it("are compared as text: the hostile name finds its company, and nothing else", async () => {
    const byName = await api.post(`query($n: String) { company(name: $n) { id } }`, { n: HOSTILE_NAME });
    expect(byName.body).toEqual({ data: { company: { id: "robert" } } });
    const contains = await api.post(`query($t: String) { companies(where: { nameContains: $t }) { edges { node { id } } } }`, {
      t: "MATCH (n) DETACH DELETE n",
    });
    expect(contains.body.data.companies.edges).toEqual([{ node: { id: "robert" } }]);
    for (const t of [`' OR 1=1 //`, `" OR ""="`]) {
      const none = await api.post(`query($t: String) { companies(where: { nameContains: $t }) { totalCount } }`, { t });
      expect(none.body, t).toEqual({ data: { companies: { totalCount: 0 } } });
    }
  });

  it("Lucene and Cypher syntax in nameContains and nameStartsWith is text: `*:*` finds the name that holds it, never everyone", async () => {
    const listings = ["companies", "people", "investors"] as const;
    const list = async (listing: string, where?: Record<string, string>) => {
      const node = listing === "investors" ? `node { ... on Company { id name aliases } ... on Person { id name aliases } }` : "node { id name aliases }";
      const response = await api.post(`query($w: ${LISTING_WHERE[listing]}) { ${listing}(where: $w, first: 100) { totalCount edges { ${node} } } }`, { w: where ?? null });
      const found = codes(response);
      expect(found.filter((c) => c !== "BAD_USER_INPUT"), `${listing} ${JSON.stringify(where)}: ${response.text}`).toEqual([]);
      return found.length ? undefined : (response.body.data[listing] as { totalCount: number; edges: Array<{ node: { id: string; name: string; aliases: string[] } }> });
    };
    for (const listing of listings) {
      const everyone = (await list(listing))!.totalCount;
      expect(everyone, `${listing}: the fixture has some`).toBeGreaterThan(0);
      for (const filter of ["nameContains", "nameStartsWith"]) {
        for (const payload of PAYLOADS) {
          const page = await list(listing, { [filter]: payload });
          if (!page) continue;
          expect(page.totalCount, `${listing}(${filter}: ${JSON.stringify(payload)}) matched everyone`).toBeLessThan(everyone);
        }
      }
    }
    // Literally: the hostile company's name holds `*:*`, and only it does.
    const ids = async (listing: string, where: Record<string, string>) => (await list(listing, where))!.edges.map((e) => e.node.id);
    expect(await ids("companies", { nameContains: "*:*" })).toEqual(["robert"]);
    expect(await ids("companies", { nameStartsWith: "*:*" })).toEqual([]);
    expect(await ids("companies", { nameStartsWith: "((((" })).toEqual([]);
    for (const listing of ["people", "investors"]) {
      for (const filter of ["nameContains", "nameStartsWith"]) expect(await ids(listing, { [filter]: "*:*" }), `${listing} ${filter}`).toEqual([]);
    }
    // Text with letters is still compared as names are (case, accents, punctuation aside).
    expect(await ids("companies", { nameStartsWith: "ACME*" })).toEqual(["acme"]);
  });

  it("Lucene syntax in search is searched for as text: `*:*` does not list everything", async () => {
    const schema = buildDealgraphSchema();
    if (!schema.getQueryType()!.getFields().search) return;
    const all = await api.post(`{ search(text: "*:*", first: 100) { entity { __typename } } }`);
    expect(codes(all).filter((c) => c !== "BAD_USER_INPUT")).toEqual([]);
    expect((all.body.data?.search ?? []).length).toBeLessThan(5);
  });
});

describe("article fields", () => {
  it("are stored and returned verbatim, and writing then withdrawing the article leaves the graph as it was", async () => {
    const before = await fingerprint();
    const [a, b, c, d, e, f, g] = PAYLOADS.map((p, i) => `${p} #${i}`);
    const evidence = [`Hostile Labs ${a} raised money`, `Eve ${b} is CEO`, `rivals ${c}`];
    const input = {
      id: "hostile-article",
      title: `Title ${d}`,
      url: `https://example.com/?q=${encodeURIComponent(PAYLOADS[2]!)}`,
      publisher: `Publisher ${e}`,
      source: `Source ${f}`,
      language: "en",
      publishedOn: "2025-03",
      body: `${evidence.join(". ")}. ${g} ${PAYLOADS.join(" ")}`,
      entities: [
        { ref: "h", type: "Company", name: `Hostile Labs ${a}`, aliases: [PAYLOADS[11]!, PAYLOADS[3]!], description: PAYLOADS[4]! },
        { ref: "v", type: "Company", name: `Vendetta ${g}` },
        { ref: "eve", type: "Person", name: `Eve ${b}` },
      ],
      investments: [{ kind: "FUNDING_ROUND", investors: ["v"], target: "h", evidence: evidence[0]! }],
      roles: [{ person: "eve", company: "h", title: `CEO ${c}`, evidence: evidence[1]! }],
      relations: [{ type: "COMPETES_WITH", from: "h", to: "v", evidence: evidence[2]! }],
    };
    const ingest = await api.post(
      `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome } }`,
      { input },
      { authorization: `Bearer ${EDITOR}` },
    );
    expect(ingest.body, ingest.text).toEqual({ data: { ingestArticle: { articleId: "hostile-article", outcome: "CREATED" } } });

    const read = await api.post(`{ article(id: "hostile-article") { title url publisher source body
      mentions { ... on Company { name aliases description } ... on Person { name } }
      investments { sources { evidence } } roles { title sources { evidence } } } }`);
    const article = read.body.data.article;
    expect(article).toMatchObject({ title: input.title, url: input.url, publisher: input.publisher, source: input.source, body: input.body });
    expect(article.mentions).toEqual(
      expect.arrayContaining([
        { name: input.entities[0]!.name, aliases: expect.arrayContaining(input.entities[0]!.aliases!), description: PAYLOADS[4] },
        { name: input.entities[2]!.name },
      ]),
    );
    expect(article.investments[0].sources[0].evidence).toBe(evidence[0]);
    expect(article.roles[0]).toMatchObject({ title: `CEO ${c}`, sources: [{ evidence: evidence[1] }] });
    const after = await fingerprint();
    expect(after.nodes).toBeGreaterThan(before.nodes);

    const removed = await api.post(`mutation { removeArticle(id: "hostile-article") { outcome } }`, undefined, { authorization: `Bearer ${EDITOR}` });
    expect(codes(removed)).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});
