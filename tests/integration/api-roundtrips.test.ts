// Loaders and the per-request reader at work: a nested query costs one database round
// trip per level of nesting, whatever the number of fields at a level or of rows it
// returns. Counted by the request's Db (Db.roundTrips).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
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
  // The queries here nest every relationship field under 50 companies, each list at its
  // default: round trips are what this file counts, and such a query costs more than the
  // default limit allows (tests/security/limits.test.ts tests the limit).
  api = await startTestApi(testDriver(), { GRAPHQL_MAX_COST: "5000000" });
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
    // Levels: the page; deals received; their investors and their sources (with articles).
    expect(small.roundTrips).toBe(3);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  // Priming can save a level (a reference whose node an earlier level already returned),
  // so the count's ceiling is asserted: one round trip per level of nesting.
  it("are at most one per level, five levels deep over every relationship field", async () => {
    const query = `query($first: Int) { companies(first: $first) { totalCount edges { node { id
      totalRaisedUsd dealCount latestValuation { usd }
      investmentsMade { id target { name } leadInvestors { __typename } }
      investmentsReceived { id target { name } sources { article { id mentions { __typename } } } }
      investors { __typename } portfolio { id } competitors { id competitors { id } }
      executives(current: true) { title current person { name roles { company { id } } } sources { evidence } }
      articles { id investments { id } roles { title } } } } } }`;
    // 1 companies; 2 figures, deals made and received, investors, portfolio, competitors,
    // executives, articles; 3 targets, lead investors, sources, competitors' competitors,
    // persons, role sources, articles' deals and roles; 4 the sources' articles' mentions,
    // the persons' roles; 5 those roles' companies. 21 loader-backed fields in all.
    const levels = 5;
    const small = await roundTrips(query, 5);
    const large = await roundTrips(query, 50);
    expect(large.data.companies.edges.every((e: any) => e.node.executives.length === 1 && e.node.competitors.length === 2)).toBe(true);
    expect(small.roundTrips).toBeLessThanOrEqual(levels);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  it("are at most one per level for people, deals and articles too, three root fields in one", async () => {
    const query = `query($first: Int) {
      people(first: $first) { edges { node { roles { company { name } } investments { target { id } } articles { id } } } }
      investments(first: $first) { edges { node { investors { __typename } target { investmentsReceived { id } } sources { article { id } } } } }
      articles(first: $first) { edges { node { mentions { __typename } investments { id } roles { person { name } } } } } }`;
    // 1 the three pages; 2 roles, deals, articles, investors, targets, sources, mentions,
    // deals, roles; 3 companies, targets, deals received, persons. 16 fields in all.
    const levels = 3;
    const small = await roundTrips(query, 5);
    const large = await roundTrips(query, 50);
    expect(large.data.people.edges).toHaveLength(50);
    expect(large.data.investments.edges).toHaveLength(50);
    expect(small.roundTrips).toBeLessThanOrEqual(levels);
    expect(large.roundTrips).toBe(small.roundTrips);
  });
});
