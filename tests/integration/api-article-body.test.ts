// An article's text travels only when asked for: a deal's sources come without it, and
// Article.body fetches it then, for every article of the level in one query.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";

let api: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    companies: [
      { id: "acme", name: "Acme" },
      { id: "fund", name: "Fund" },
    ],
    articles: [
      { id: "first", publishedOn: "2025-01-02", body: "Fund puts 5M into Acme." },
      { id: "second", publishedOn: "2025-02-03", body: "Fund's 5M in Acme is confirmed." },
    ],
    investments: [
      {
        id: "deal",
        investors: ["fund"],
        target: "acme",
        sources: [
          { article: "first", evidence: "Fund puts 5M into Acme" },
          { article: "second", evidence: "Fund's 5M in Acme is confirmed" },
        ],
      },
    ],
  });
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

it("gives a source's article its body when asked, in one more query for all of them", async () => {
  const titles = await api.run(`{ investment(id: "deal") { sources { article { id title } } } }`);
  const bodies = await api.run(`{ investment(id: "deal") { sources { article { id body } } } }`);
  expect(titles.errors).toBeUndefined();
  expect(bodies.errors).toBeUndefined();
  expect(bodies.data.investment.sources.map((s: { article: { body: string } }) => s.article.body)).toEqual([
    "Fund's 5M in Acme is confirmed.",
    "Fund puts 5M into Acme.",
  ]);
  expect(bodies.roundTrips).toBe(titles.roundTrips + 1);
});

it("gives an article looked up by id its body at once", async () => {
  const { data, errors, roundTrips } = await api.run(`{ article(id: "first") { title body } }`);
  expect(errors).toBeUndefined();
  expect(data.article.body).toBe("Fund puts 5M into Acme.");
  expect(roundTrips).toBe(1);
});
