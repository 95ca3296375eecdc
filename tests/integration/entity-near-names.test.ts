// Entities whose names leave doubt (issue 13, item 1; src/domain/name-match.ts): a new
// company named by a shorter or longer form of a known one's name ("Mistral" and "Mistral
// AI") is created, not silently merged, and linked to it as a possible duplicate with its
// score and reasons; a different country says they are two; an editor can mark a pair
// distinct, and the link is not made again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { Article } from "../../src/ingest/model.js";
import { withdrawArticles, writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const TOKEN = "near-names-editor";
let api: TestApi;
const db = () => new Db(testDriver());

/** An article naming one company, as `name` (with `country` when given). */
function naming(id: string, name: string, country?: string): Article {
  const evidence = `${name} opened an office`;
  const v = validateArticle(`${id}.json`, {
    id,
    title: name,
    publisher: "Test Wire",
    language: "en",
    publishedOn: "2025-01-01",
    entities: [{ ref: "c", type: "Company", name, ...(country ? { country } : {}) }],
    body: `${evidence}.`,
  });
  if (!v.article) throw new Error(v.problems.map((p) => p.message).join("; "));
  return v.article;
}

async function links(): Promise<Array<{ from: string; to: string; score: number; agreed: string[]; conflicting: string[] }>> {
  return db().read(
    `MATCH (a:Company)-[l:POSSIBLE_DUPLICATE]->(b:Company)
     RETURN a.id AS from, b.id AS to, l.score AS score, l.agreed AS agreed, l.conflicting AS conflicting ORDER BY from, to`,
  );
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeArticles(db(), [naming("a1", "Mistral AI", "FR"), naming("a2", "Google", "US"), naming("a3", "Cohere")]);
  await writeArticles(db(), [naming("b1", "Mistral", "FR"), naming("b2", "Google DeepMind", "GB"), naming("b3", "Cohere Health"), naming("b4", "AI Lab")]);
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

describe("a new company whose name is a shorter or longer form of a known one", () => {
  it("is created and linked to it, with its score and reasons; another country keeps them apart", async () => {
    expect(await links()).toEqual([
      // "Cohere Health" is "Cohere" and more words; no country on either side.
      { from: "cohere-health", to: "cohere", score: 2, agreed: ["NAME"], conflicting: [] },
      // "Mistral" is "Mistral AI" less a word; both in France.
      { from: "mistral", to: "mistral-ai", score: 3, agreed: ["NAME", "COUNTRY"], conflicting: [] },
    ]);
    // The review query lists them for a person to decide, with both companies and the article.
    const { data, errors } = await api.run(`{ duplicateCandidates(kind: COMPANY) { edges { node { a { id } b { id } score agreed article { id } } } } }`);
    expect(errors).toBeUndefined();
    const pairs = data.duplicateCandidates.edges.map((e: { node: { a: { id: string }; b: { id: string }; score: number; agreed: string[]; article: { id: string } } }) => e.node);
    expect(pairs).toEqual(
      expect.arrayContaining([
        { a: { id: "mistral" }, b: { id: "mistral-ai" }, score: 3, agreed: ["NAME", "COUNTRY"], article: { id: "b1" } },
        { a: { id: "cohere-health" }, b: { id: "cohere" }, score: 2, agreed: ["NAME"], article: { id: "b3" } },
      ]),
    );
    expect(pairs).toHaveLength(2);
    const companies = await db().read<{ id: string }>(`MATCH (c:Company) RETURN c.id AS id ORDER BY id`);
    expect(companies.map((c) => c.id)).toEqual(["ai-lab", "cohere", "cohere-health", "google", "google-deepmind", "mistral", "mistral-ai"]);
  });

  it("marked distinct by an editor, is not linked again when its article is loaded anew", async () => {
    const { errors } = await api.run(`mutation { markDistinct(a: "cohere-health", b: "cohere", reason: "a health start-up, not the AI lab") { id } }`, {}, { token: TOKEN });
    expect(errors).toBeUndefined();
    expect((await links()).map((l) => l.from)).toEqual(["mistral"]);
    await withdrawArticles(db(), ["b3"]);
    await writeArticles(db(), [naming("b3", "Cohere Health")]);
    expect((await links()).map((l) => l.from)).toEqual(["mistral"]);
  });

  it("refuses to mark a company and a deal distinct, naming the argument", async () => {
    const { errors } = await api.run(`mutation { markDistinct(a: "mistral", b: "no-such-thing", reason: "x") { id } }`, {}, { token: TOKEN });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "b" });
  });
});
