// Loaders at work: the database round trips of a nested query do not grow with the
// number of rows it returns. Counted by the request's Db (Db.roundTrips).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/graph/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { type GraphFixture, writeGraph } from "../helpers/graph-fixtures.js";

let api: TestApi;

const N = 60;
const pad = (i: number) => String(i).padStart(2, "0");

// Every company receives two deals, each with a company and a person investing and two
// sources; every company has a CEO, a competitor, and is mentioned by an article.
function graph(): GraphFixture {
  const ids = Array.from({ length: N }, (_, i) => `co-${pad(i)}`);
  return {
    companies: ids.map((id, i) => ({ id, name: `Company ${pad(i)}` })),
    people: ids.map((_, i) => ({ id: `person-${pad(i)}`, name: `Person ${pad(i)}` })),
    articles: ids.map((id, i) => ({ id: `article-${pad(i)}`, publishedOn: `2025-01-${pad((i % 28) + 1)}`, mentions: [id, `person-${pad(i)}`] })),
    investments: ids.flatMap((id, i) =>
      [0, 1].map((k) => ({
        id: `deal-${pad(i)}-${k}`,
        target: id,
        investors: [ids[(i + 1 + k) % N]!, `person-${pad((i + 2) % N)}`],
        leadInvestors: [ids[(i + 1 + k) % N]!],
        amount: { value: (i + 1) * 1_000_000 * (k + 1), currency: "USD" },
        valuation: { value: (i + 1) * 10_000_000, currency: "USD" },
        announcedOn: `2025-0${k + 1}`,
        sources: [
          { article: `article-${pad(i)}`, evidence: `deal ${i}/${k}` },
          { article: `article-${pad((i + 1) % N)}`, evidence: `deal ${i}/${k}, again` },
        ],
      })),
    ),
    roles: ids.map((id, i) => ({ person: `person-${pad(i)}`, company: id, title: "CEO", sources: [{ article: `article-${pad(i)}`, evidence: "CEO" }] })),
    relations: ids.map((id, i) => ({
      type: "COMPETES_WITH" as const,
      from: id,
      to: ids[(i + 7) % N]!,
      sources: [{ article: `article-${pad(i)}`, evidence: "rivals" }],
    })),
  };
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), graph());
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

async function roundTrips(query: string, first: number): Promise<{ roundTrips: number; data: any }> {
  const { data, errors, roundTrips } = await api.run(query, { first });
  expect(errors).toBeUndefined();
  return { data, roundTrips };
}

describe("round trips", () => {
  it("are the same for 5 companies and for 50 (the issue's nested query)", async () => {
    const query = `query($first: Int) { companies(first: $first) { edges { node { id
      investmentsReceived { id investors { __typename ... on Company { name } ... on Person { name } }
        sources { evidence article { title } } } } } } }`;
    const small = await roundTrips(query, 5);
    const large = await roundTrips(query, 50);
    expect(small.data.companies.edges).toHaveLength(5);
    expect(large.data.companies.edges).toHaveLength(50);
    const deals = large.data.companies.edges.flatMap((e: any) => e.node.investmentsReceived);
    expect(deals).toHaveLength(100);
    expect(deals.every((d: any) => d.investors.length === 2 && d.sources.length === 2)).toBe(true);
    // page, deals received, their investors, their sources (with articles).
    expect(small.roundTrips).toBe(4);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  // Below, several loaders feed the one node loader at different moments (whenever the
  // query that returns a deal or a role comes back), so how many of its batches merge
  // depends on timing, and priming can save one. The count is not fixed; its ceiling is:
  // one query per loader-backed field of the query, whatever the number of rows.
  it("stay under one query per field, three levels deep over every relationship field", async () => {
    const query = `query($first: Int) { companies(first: $first) { totalCount edges { node { id
      totalRaisedUsd dealCount latestValuation { usd }
      investmentsMade { id target { name } leadInvestors { __typename } }
      investmentsReceived { id target { name } sources { article { id mentions { __typename } } } }
      investors { __typename } portfolio { id } competitors { id competitors { id } }
      executives(current: true) { title current person { name roles { company { id } } } sources { evidence } }
      articles { id investments { id } roles { title } } } } } }`;
    // companies; stats; investmentsMade, its target, its leadInvestors; investmentsReceived,
    // its target, sources, mentions; investors; portfolio; competitors twice; executives,
    // person, roles, company, sources; articles, investments, roles.
    const fields = 21;
    const small = await roundTrips(query, 5);
    const large = await roundTrips(query, 50);
    expect(large.data.companies.edges.every((e: any) => e.node.executives.length === 1 && e.node.competitors.length === 2)).toBe(true);
    expect(small.roundTrips).toBeLessThanOrEqual(fields);
    expect(large.roundTrips).toBeLessThanOrEqual(fields);
  });

  it("stay under one query per field for people, deals and articles too", async () => {
    const query = `query($first: Int) {
      people(first: $first) { edges { node { roles { company { name } } investments { target { id } } articles { id } } } }
      investments(first: $first) { edges { node { investors { __typename } target { investmentsReceived { id } } sources { article { id } } } } }
      articles(first: $first) { edges { node { mentions { __typename } investments { id } roles { person { name } } } } } }`;
    // people, roles, company, investments, target, articles; investments, investors,
    // target, investmentsReceived, sources; articles, mentions, investments, roles, person.
    const fields = 16;
    const small = await roundTrips(query, 5);
    const large = await roundTrips(query, 50);
    expect(large.data.people.edges).toHaveLength(50);
    expect(large.data.investments.edges).toHaveLength(50);
    expect(small.roundTrips).toBeLessThanOrEqual(fields);
    expect(large.roundTrips).toBeLessThanOrEqual(fields);
  });
});
