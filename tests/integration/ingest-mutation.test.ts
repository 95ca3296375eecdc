// ingestArticle and removeArticle through Apollo against a real Neo4j: auth, field
// errors with paths and nothing written, the report, and withdrawal.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createContext } from "../../src/api/context.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { parseArticleText } from "../../src/ingest/files.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const TOKEN = "s3cret-editor-token";
let server: DealgraphServer;
let noTokens: DealgraphServer;

async function run(query: string, variables: Record<string, unknown>, token?: string, on = server) {
  const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", API_TOKENS: on === server ? TOKEN : "" });
  const contextValue = createContext({ driver: testDriver(), config, token });
  const response = await on.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}

/** The fixture article as the mutation's input: the JSON encoding of the same file (dates as strings). */
async function articleInput(file: string, id: string) {
  const parsed = parseArticleText(file, await readFile(file, "utf8"), "md");
  const { article } = validateArticle(file, parsed.data, id);
  const { origin: _origin, ...input } = article!;
  return structuredClone(input);
}

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) { articleId outcome created { id type } updated { id } unchanged { id } removed { id type } article { title } }
}`;
const REMOVE = `mutation ($id: ID!) { removeArticle(id: $id) { outcome updated { id } removed { id type } article { id } } }`;

async function nodeCount(): Promise<number> {
  const [row] = await new Db(testDriver()).read<{ n: number }>("MATCH (n) WHERE NOT n:GraphState RETURN count(n) AS n");
  return row!.n;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  const base = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent" } as NodeJS.ProcessEnv;
  server = createServer({ driver: testDriver(), config: loadConfig({ ...base, API_TOKENS: TOKEN }) });
  noTokens = createServer({ driver: testDriver(), config: loadConfig({ ...base, API_TOKENS: "" }) });
  await server.start();
  await noTokens.start();
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  await server.stop();
  await noTokens.stop();
  await closeTestDriver();
});

describe("auth", () => {
  it("refuses mutations when no token is configured, saying how to enable them", async () => {
    const input = await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b");
    const { errors } = await run(INGEST, { input }, TOKEN, noTokens);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(errors?.[0]?.message).toContain("API_TOKENS");
    expect(await nodeCount()).toBe(0);
  });

  it.each([
    ["no token", undefined],
    ["a wrong token", "guess"],
  ])("says UNAUTHENTICATED with %s", async (_, token) => {
    const input = await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b");
    const { errors } = await run(INGEST, { input }, token);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await nodeCount()).toBe(0);
  });
});

describe("ingestArticle", () => {
  it("creates, then reports an identical article as unchanged", async () => {
    const input = await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b");
    const first = await run(INGEST, { input }, TOKEN);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toMatchObject({ articleId: "acme-series-b", outcome: "CREATED", updated: [], unchanged: [], removed: [] });
    expect(first.data.ingestArticle.article.title).toBe("Acme raises a Series B");
    expect(first.data.ingestArticle.created.map((c: { type: string }) => c.type).sort()).toEqual(["Company", "Company", "Investment", "Person", "Role"]);

    const again = await run(INGEST, { input }, TOKEN);
    expect(again.data.ingestArticle.outcome).toBe("UNCHANGED");
    expect(again.data.ingestArticle.unchanged).toHaveLength(5);
  });

  it("rejects bad fields with their paths under input, writing nothing", async () => {
    const input = await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b");
    (input as any).investments[0].amount.currency = "DOLLARS";
    (input as any).roles[0].evidence = "Jane Doe, the chief of Acme";
    const { errors, data } = await run(INGEST, { input }, TOKEN);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.problems).toEqual([
      { field: "input.investments[0].amount.currency", message: '"DOLLARS" is not an ISO 4217 code' },
    ]);
    (input as any).investments[0].amount.currency = "USD";
    const second = await run(INGEST, { input }, TOKEN);
    expect(second.errors?.[0]?.extensions?.argument).toBe("input.roles[0].evidence");
    expect(second.errors?.[0]?.message).toMatch(/^input\.roles\[0\]\.evidence: is not in the body; the nearest passage is: /);
    expect(await nodeCount()).toBe(0);
  });

  it("reports an ambiguous entity as a field error and writes nothing", async () => {
    await run(INGEST, { input: await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b") }, TOKEN);
    await run(INGEST, { input: await articleInput("tests/fixtures/articles/ambiguous/two-acmes.md", "two-acmes") }, TOKEN);
    const before = await nodeCount();
    const { errors } = await run(INGEST, { input: await articleInput("tests/fixtures/articles/ambiguous/which-acme.md", "which-acme") }, TOKEN);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.entities[0].name" });
    expect(await nodeCount()).toBe(before);
  });
});

describe("removeArticle", () => {
  it("withdraws an article and what only it supported; another source keeps a shared deal", async () => {
    const march = await articleInput("tests/fixtures/articles/valid/acme-series-b.md", "acme-series-b");
    const april = await articleInput("tests/fixtures/articles/overlap/acme-series-b-followup.md", "acme-followup");
    await run(INGEST, { input: march }, TOKEN);
    await run(INGEST, { input: april }, TOKEN);

    const { data } = await run(REMOVE, { id: "acme-followup" }, TOKEN);
    expect(data.removeArticle).toMatchObject({ outcome: "REMOVED", removed: [], article: null });
    const [deal] = await new Db(testDriver()).read("MATCH (i:Investment) RETURN i.amountValue AS amount, i.sourceCount AS sources");
    // With the April report gone, the March figure is shown again.
    expect(deal).toEqual({ amount: 40_000_000, sources: 1 });

    const last = await run(REMOVE, { id: "acme-series-b" }, TOKEN);
    expect(last.data.removeArticle.removed.map((r: { type: string }) => r.type).sort()).toEqual(["Company", "Company", "Investment", "Person", "Role"]);
    expect(await nodeCount()).toBe(0);
    expect((await run(REMOVE, { id: "acme-series-b" }, TOKEN)).data.removeArticle).toBeNull();
  });
});
