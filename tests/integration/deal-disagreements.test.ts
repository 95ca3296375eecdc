// Investment.disagreements over a real graph: two articles report one deal (same id) with
// different amounts and compatible dates; the deal shows the latest amount, and says that
// another was reported, and by whom.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let api: TestApi;

function report(id: string, publishedOn: string, deal: Record<string, unknown>) {
  const { article, problems } = validateArticle(`${id}.json`, {
    id, title: "Scale AI raises", publisher: "Test Wire", language: "en", publishedOn,
    entities: [
      { ref: "amazon", type: "Company", name: "Amazon" },
      { ref: "accel", type: "Company", name: "Accel" },
      { ref: "scale", type: "Company", name: "Scale AI" },
    ],
    investments: [{ id: "scale-round", kind: "FUNDING_ROUND", target: "scale", evidence: "Scale AI raised", ...deal }],
    body: "Scale AI raised money.",
  });
  expect(problems).toEqual([]);
  return article!;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeArticles(new Db(testDriver()), [
    report("early", "2024-05-21", { investors: ["accel", "amazon"], amount: { value: 1_000_000_000, currency: "USD" }, announcedOn: "2024-05" }),
    report("later", "2025-06-13", { investors: ["amazon"], otherInvestors: true, amount: { value: 1_050_000_000, currency: "USD" }, announcedOn: "2024" }),
  ]);
  api = await startTestApi(testDriver());
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

describe("a deal whose sources disagree", () => {
  it("keeps the latest figure and shows the other, with the article giving each", async () => {
    const { data, errors } = await api.run(`{ investment(id: "scale-round") { amount { value } disagreements { field values { value articles { id } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.investment).toEqual({
      amount: { value: 1_050_000_000 },
      disagreements: [
        {
          field: "AMOUNT",
          values: [
            { value: "1000000000 USD", articles: [{ id: "early" }] },
            { value: "1050000000 USD", articles: [{ id: "later" }] },
          ],
        },
      ],
    });
  });

  it("can be asked for a whole page of deals: the cost counts a deal's values and articles together, not one times the other", async () => {
    const { data, errors } = await api.run(`{ investments(first: 100) { edges { node { id disagreements { field values { value articles { id } } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.investments.edges.map((e: { node: { disagreements: unknown[] } }) => e.node.disagreements.length)).toEqual([1]);
  });
});
