// A funding round's stage (issue 13, item 5): given by an article (`stage: SERIES_F`), kept
// on each source, derived for the deal from the latest source that gives one, filterable,
// and refused on a deal that is not a funding round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { Article } from "../../src/ingest/model.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let api: TestApi;

function article(id: string, publishedOn: string, deal: Record<string, unknown>): { article?: Article; problems: string[] } {
  const v = validateArticle(`${id}.json`, {
    id,
    title: "Scale AI raises",
    publisher: "Test Wire",
    language: "en",
    publishedOn,
    entities: [
      { ref: "accel", type: "Company", name: "Accel" },
      { ref: "scale", type: "Company", name: "Scale AI" },
    ],
    investments: [{ id: "scale-2024", investors: ["accel"], target: "scale", evidence: "Accel led the round in Scale AI", ...deal }],
    body: "Accel led the round in Scale AI.",
  });
  return { article: v.article, problems: v.problems.map((p) => `${p.path}: ${p.message}`) };
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  const db = new Db(testDriver());
  const first = article("first-report", "2024-05-21", { kind: "FUNDING_ROUND", stage: "SERIES_F", announcedOn: "2024-05" });
  const later = article("later-report", "2024-06-02", { kind: "FUNDING_ROUND" });
  await writeArticles(db, [first.article!, later.article!]);
  api = await startTestApi(testDriver());
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

describe("a funding round's stage", () => {
  it("comes from the latest source that gives one; each source shows its own", async () => {
    const { data, errors } = await api.run(`{ investment(id: "scale-2024") { stage sources { article { id } stage } } }`);
    expect(errors).toBeUndefined();
    expect(data.investment).toEqual({
      stage: "SERIES_F",
      sources: [
        { article: { id: "later-report" }, stage: null },
        { article: { id: "first-report" }, stage: "SERIES_F" },
      ],
    });
  });

  it("filters deals", async () => {
    const ids = async (stage: string) => {
      const { data, errors } = await api.run(`query ($s: [RoundStage!]) { investments(where: { stage: $s }) { edges { node { id } } } }`, { s: [stage] });
      expect(errors).toBeUndefined();
      return data.investments.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await ids("SERIES_F")).toEqual(["scale-2024"]);
    expect(await ids("SEED")).toEqual([]);
  });

  it("is refused on a deal that is not a funding round, and an unknown stage is refused", () => {
    expect(article("x", "2024-01-01", { kind: "ACQUISITION", stage: "SERIES_B" }).problems).toEqual([
      "investments[0].stage: is the stage of a funding round: kind FUNDING_ROUND, not ACQUISITION",
    ]);
    expect(article("x", "2024-01-01", { kind: "FUNDING_ROUND", stage: "SERIES_Z" }).problems).toHaveLength(1);
  });

  it("is taken by ingestArticle too, and refused there on a deal that is not a funding round, naming the field", async () => {
    const editor = await startTestApi(testDriver(), { API_TOKENS: "stage-editor" });
    try {
      const input = (kind: string, id: string) => ({
        id,
        title: "Acme raises",
        publisher: "Test Wire",
        language: "en",
        publishedOn: "2024-09-01",
        entities: [
          { ref: "fund", type: "Company", name: "Northwind" },
          { ref: "acme", type: "Company", name: "Acme" },
        ],
        investments: [{ kind, stage: "SERIES_B", investors: ["fund"], target: "acme", evidence: "Northwind led Acme's Series B" }],
        body: "Northwind led Acme's Series B.",
      });
      const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }`;
      const ok = await editor.run(INGEST, { input: input("FUNDING_ROUND", "acme-b") }, { token: "stage-editor" });
      expect(ok.errors).toBeUndefined();
      const { data } = await api.run(`{ investments(where: { stage: [SERIES_B] }) { edges { node { target { name } stage } } } }`);
      expect(data.investments.edges).toEqual([{ node: { target: { name: "Acme" }, stage: "SERIES_B" } }]);
      const refused = await editor.run(INGEST, { input: input("ACQUISITION", "acme-b2") }, { token: "stage-editor" });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(refused.errors?.[0]?.message).toContain("input.investments[0].stage");
    } finally {
      await editor.stop();
    }
  });
});
