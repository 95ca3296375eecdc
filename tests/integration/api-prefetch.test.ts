// A company or person looked up by id fetches the deal pages selected under it in the same
// round trip as itself (prefetchDealPages), and each page brings its deals' parties and
// sources along: an entity profile costs one round trip, and answers as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";

let api: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  const months = ["2024-01", "2024-05", "2025-02"];
  await writeGraph(testDriver(), {
    companies: [
      { id: "acme", name: "Acme" },
      { id: "bolt", name: "Bolt" },
      { id: "fund", name: "Fund", kind: "INVESTOR" },
    ],
    people: [{ id: "ada", name: "Ada Angel" }],
    articles: months.map((m, i) => ({ id: `news-${i}`, publishedOn: `${m}-15`, body: `Report ${i}.` })),
    investments: months.map((m, i) => ({
      id: `deal-${i}`,
      investors: i === 2 ? ["fund", "ada"] : ["fund"],
      leadInvestors: ["fund"],
      target: i === 1 ? "bolt" : "acme",
      announcedOn: m,
      amount: { value: (i + 1) * 1_000_000, currency: "USD" },
      sources: [{ article: `news-${i}`, evidence: `Report ${i}` }],
    })),
  });
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

const DEAL = `fragment Deal on Investment { id target { id name } investors { ... on Company { id } ... on Person { id } } sources { evidence article { id title } } }`;

describe("an entity profile", () => {
  it("costs one round trip for a company with two deal pages, and answers them", async () => {
    const { data, errors, roundTrips } = await api.run(
      `query($id: ID!) { company(id: $id) { name
        received: investmentsConnection(side: TARGET, first: 1) { totalCount edges { node { ...Deal } } }
        made: investmentsConnection(side: INVESTOR) { totalCount edges { node { ...Deal } } } } } ${DEAL}`,
      { id: "fund" },
    );
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    expect(data.company.received).toEqual({ totalCount: 0, edges: [] });
    expect(data.company.made.totalCount).toBe(3);
    expect(data.company.made.edges.map((e: any) => e.node.id)).toEqual(["deal-2", "deal-1", "deal-0"]);
    expect(data.company.made.edges[0].node).toEqual({
      id: "deal-2",
      target: { id: "acme", name: "Acme" },
      investors: [{ id: "fund" }, { id: "ada" }],
      sources: [{ evidence: "Report 2", article: { id: "news-2", title: expect.any(String) } }],
    });
  });

  it("costs one round trip for a person, whose deals are those they invested in", async () => {
    const { data, errors, roundTrips } = await api.run(`{ person(id: "ada") { name investmentsConnection { totalCount edges { node { ...Deal } } } } } ${DEAL}`);
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    expect(data.person.investmentsConnection.edges.map((e: any) => e.node.id)).toEqual(["deal-2"]);
  });

  it("still refuses bad page arguments, naming them", async () => {
    const { errors } = await api.run(`{ company(id: "fund") { investmentsConnection(first: 1000) { totalCount } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("answers null for an unknown id, the prefetched pages unused", async () => {
    const { data, errors } = await api.run(`{ company(id: "nobody") { investmentsConnection { totalCount } } }`);
    expect(errors).toBeUndefined();
    expect(data.company).toBeNull();
  });
});
