// Ids are unique within their kind (issue 12, item 9): an article whose deal shares its id
// loads through `npm run seed` and through ingestArticle. Fact ids (deals, roles,
// relations) are one namespace: the same id for two facts, within one article or across
// the articles of one run, is refused naming the file and the field, and nothing is
// written. And the pipeline's publish step announces what a load changed on the bus it is
// given, whichever entry point loaded it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContext } from "../../src/api/context.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { main as seed } from "../../src/cli/seed.js";
import { loadConfig } from "../../src/config.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { createLocalBus } from "../../src/events/bus.js";
import type { GraphChange } from "../../src/events/change.js";
import { loadArticles, withdrawArticles } from "../../src/ingest/pipeline.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { problemsOf } from "../helpers/ingest.js";

const TOKEN = "ids-editor-token";
const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", API_TOKENS: TOKEN });
let server: DealgraphServer;
let db: Db;
let dir: string;

/** The article as a new user writes it: its one deal takes the article's own id. */
const SHARED = {
  id: "google-anthropic-2023",
  title: "Google invests in Anthropic",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2023-10-27",
  entities: [
    { ref: "g", type: "Company", name: "Google" },
    { ref: "a", type: "Company", name: "Anthropic" },
  ],
  investments: [
    {
      id: "google-anthropic-2023",
      kind: "EQUITY_STAKE",
      investors: ["g"],
      target: "a",
      amount: { value: 2_000_000_000, currency: "USD" },
      evidence: "Google agreed to invest up to $2 billion in Anthropic",
    },
  ],
  body: "Google agreed to invest up to $2 billion in Anthropic, the AI start-up.",
};

const ROLE_ID = "jane-doe--acme--ceo";
const roleArticle = (id: string) => ({
  id,
  title: "Acme names a CEO",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2024-01-10",
  entities: [
    { ref: "jane", type: "Person", name: "Jane Doe" },
    { ref: "acme", type: "Company", name: "Acme" },
  ],
  roles: [{ person: "jane", company: "acme", title: "CEO", evidence: "Jane Doe is Acme's CEO" }],
  body: "Jane Doe is Acme's CEO.",
});
const dealArticle = (id: string, dealId: string) => ({
  id,
  title: "Globex buys Initech",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2024-02-01",
  entities: [
    { ref: "globex", type: "Company", name: "Globex" },
    { ref: "initech", type: "Company", name: "Initech" },
  ],
  investments: [{ id: dealId, kind: "ACQUISITION", investors: ["globex"], target: "initech", evidence: "Globex buys Initech" }],
  body: "Globex buys Initech.",
});

async function write(name: string, article: object): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, JSON.stringify(article));
  return file;
}


async function nodeCount(): Promise<number> {
  const [row] = await db.read<{ n: number }>("MATCH (n) RETURN count(n) AS n");
  return row!.n;
}

async function ingest(input: unknown) {
  const contextValue = createContext({ driver: testDriver(), config, token: TOKEN });
  const query = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome created { id type } } }`;
  const response = await server.apollo.executeOperation({ query, variables: { input } }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}

/** The kinds of node that hold `id`. */
async function kindsOf(id: string): Promise<string[]> {
  const rows = await db.read<{ kind: string }>("MATCH (n {id: $id}) RETURN [l IN labels(n) WHERE l IN ['Article', 'Investment', 'Role', 'Relation', 'Company', 'Person']][0] AS kind", { id });
  return rows.map((r) => r.kind).sort();
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
  server = createServer({ driver: testDriver(), config });
  await server.start();
});
beforeEach(async () => {
  await resetDatabase();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-ids-"));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));
afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe("an article whose deal shares its id", () => {
  it("loads through `npm run seed`: an article and an investment with one id, the deal sourced from the article", async () => {
    const file = await write("google-anthropic-2023.json", SHARED);
    expect(await seed([file])).toBe(0);
    expect(await kindsOf("google-anthropic-2023")).toEqual(["Article", "Investment"]);
    const [link] = await db.read("MATCH (i:Investment {id: 'google-anthropic-2023'})-[:SOURCED_FROM]->(a:Article {id: 'google-anthropic-2023'}) RETURN i.amountValue AS amount");
    expect(link).toEqual({ amount: 2_000_000_000 });
    // Loading it again changes nothing (rule 4).
    const before = await nodeCount();
    expect(await seed([file])).toBe(0);
    expect(await nodeCount()).toBe(before);
  });

  it("loads through ingestArticle, then is unchanged when sent again", async () => {
    const first = await ingest(SHARED);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toEqual({
      articleId: "google-anthropic-2023",
      outcome: "CREATED",
      created: expect.arrayContaining([{ id: "google-anthropic-2023", type: "Investment" }, { id: "google", type: "Company" }]),
    });
    expect(await kindsOf("google-anthropic-2023")).toEqual(["Article", "Investment"]);
    expect((await ingest(SHARED)).data.ingestArticle.outcome).toBe("UNCHANGED");
  });

  it("may also share it with an entity", async () => {
    const article = { ...SHARED, entities: [{ ...SHARED.entities[0]!, id: "google-anthropic-2023" }, SHARED.entities[1]!] };
    expect((await loadArticles(db, [await write("x.json", article)])).articles.map((a) => a.outcome)).toEqual(["created"]);
    expect(await kindsOf("google-anthropic-2023")).toEqual(["Article", "Company", "Investment"]);
  });
});

describe("fact ids are unique across deals, roles and relations", () => {
  it("refuses a deal of one article that takes the id of its role, naming the file and field; nothing is written", async () => {
    const both = { ...roleArticle("both"), ...{ investments: dealArticle("x", ROLE_ID).investments, entities: [...roleArticle("x").entities, ...dealArticle("x", "y").entities] } };
    both.body = `${roleArticle("x").body} ${dealArticle("x", "y").body}`;
    const file = await write("both.json", both);
    expect(await problemsOf(db, [file])).toEqual([
      `${file}: roles[0]: "${ROLE_ID}" is also the id of investments[0].id (an Investment); fact ids are unique across deals, roles and relations`,
    ]);
    expect(await nodeCount()).toBe(0);
    // The mutation refuses it the same way, as a field error.
    const { errors } = await ingest(both);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.argument).toBe("input.roles[0]");
    expect(await nodeCount()).toBe(0);
  });

  it("refuses one article stating one deal twice, once by its id and once by its deal key", async () => {
    await loadArticles(db, [await write("first.json", dealArticle("first", "globex-initech"))]);
    const before = await nodeCount();
    const twice = dealArticle("second", "globex-initech");
    twice.entities.push({ ref: "hooli", type: "Company", name: "Hooli" });
    twice.investments = [
      { id: "globex-initech", kind: "ACQUISITION", investors: ["hooli"], target: "initech", evidence: "Globex buys Initech" },
      { kind: "ACQUISITION", investors: ["globex"], target: "initech", evidence: "Globex buys Initech" } as (typeof twice.investments)[number],
    ];
    const file = await write("second.json", twice);
    expect(await problemsOf(db, [file])).toEqual([`${file}: investments[1]: is the same fact as investments[0].id ("globex-initech"): state it once`]);
    expect(await nodeCount()).toBe(before);
  });

  it("refuses, across two articles of one run, a deal that takes the id of a role; the run writes nothing", async () => {
    const a = await write("a.json", roleArticle("a"));
    const b = await write("b.json", dealArticle("b", ROLE_ID));
    const expected = [`${b}: investments[0].id: "${ROLE_ID}" is already the id of a Role (${a}: roles[0]); fact ids are unique across deals, roles and relations`];
    expect(await problemsOf(db, [dir])).toEqual(expected);
    expect(await nodeCount()).toBe(0);
    expect(await seed([dir])).toBe(1);
    expect(await nodeCount()).toBe(0);
    // Against the graph, once the role is loaded: the same rule.
    await loadArticles(db, [a]);
    expect(await problemsOf(db, [b])).toEqual([`${b}: investments[0].id: "${ROLE_ID}" is already the id of a Role; fact ids are unique across deals, roles and relations`]);
  });
});

describe("the publish step", () => {
  it("announces on the bus it is given what each load changed, once committed, and withdrawals; nothing for an unchanged article", async () => {
    const bus = createLocalBus();
    const changes = bus.subscribe();
    const received: GraphChange[] = [];
    const reading = (async () => {
      for await (const change of changes) received.push(change);
    })();
    const file = await write("google-anthropic-2023.json", SHARED);
    await loadArticles(db, [file], { publish: bus });
    await loadArticles(db, [file], { publish: bus });
    await withdrawArticles(db, ["google-anthropic-2023"], { publish: bus });
    await bus.close();
    await reading;
    expect(received.map((c) => [c.articleId, c.outcome])).toEqual([
      ["google-anthropic-2023", "CREATED"],
      ["google-anthropic-2023", "REMOVED"],
    ]);
    expect(received[0]!.created).toEqual(expect.arrayContaining([{ id: "google-anthropic-2023", type: "Investment" }]));
    expect(received[1]!.removed).toEqual(expect.arrayContaining([{ id: "google-anthropic-2023", type: "Investment" }, { id: "anthropic", type: "Company" }]));
  });
});
