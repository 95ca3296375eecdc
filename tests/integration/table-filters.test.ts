// The filters the dashboard's table needed from the API (issue 15): deals by an investor's
// name or alias (investorNameContains), companies by a maximum total raised
// (maxTotalRaisedUsd), and each deal's sourceCount; over the seed and the test corpus.
import { describe, expect, it } from "vitest";
import { useLoadedApi } from "../helpers/api.js";

const api = useLoadedApi();

async function deals(where: Record<string, unknown>) {
  const { data, errors } = await api.run(
    `query ($where: InvestmentWhere) { investments(where: $where, first: 100) { totalCount edges { node { id sourceCount investors(first: 100) { ... on Company { id name aliases } ... on Person { id name aliases } } sources(first: 100) { article { id } } } } } }`,
    { where },
  );
  expect(errors).toBeUndefined();
  return data.investments as { totalCount: number; edges: Array<{ node: { id: string; sourceCount: number; investors: Array<{ id: string; name: string; aliases: string[] }>; sources: unknown[] } }> };
}

describe("InvestmentWhere.investorNameContains", () => {
  it("finds the deals of every investor whose name or alias contains the text, case and accents aside", async () => {
    const byName = await deals({ investorNameContains: "META" });
    const byId = await deals({ investorId: "meta" });
    expect(byId.totalCount).toBeGreaterThan(0);
    // Meta's deals, and those of any other investor whose name holds "meta".
    const ids = byName.edges.map((e) => e.node.id);
    for (const e of byId.edges) expect(ids).toContain(e.node.id);
    for (const e of byName.edges) expect(e.node.investors.some((i) => [i.name, ...i.aliases].some((n) => /meta/i.test(n)))).toBe(true);
    // An alias finds its investor too: Facebook is one of Meta's names.
    const byAlias = await deals({ investorNameContains: "facebook" });
    expect(byAlias.edges.map((e) => e.node.id).sort()).toEqual(byId.edges.map((e) => e.node.id).sort());
  });

  it("narrows the list, combined with the other filters", async () => {
    const all = await deals({});
    const nvidia = await deals({ investorNameContains: "nvidia" });
    expect(nvidia.totalCount).toBeGreaterThan(0);
    expect(nvidia.totalCount).toBeLessThan(all.totalCount);
    const nvidiaRounds = await deals({ investorNameContains: "nvidia", kind: ["FUNDING_ROUND"] });
    expect(nvidiaRounds.totalCount).toBeLessThanOrEqual(nvidia.totalCount);
    expect((await deals({ investorNameContains: "no investor is called this" })).totalCount).toBe(0);
  });

  it("refuses a text over 200 characters, naming the argument", async () => {
    const { errors } = await api.run(`{ investments(where: { investorNameContains: "${"x".repeat(201)}" }) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where.investorNameContains" });
    expect(errors?.[0]?.message).toBe("where.investorNameContains: must be at most 200 characters, got 201");
  });
});

describe("Investment.sourceCount", () => {
  it("is how many articles report the deal, and what SOURCE_COUNT sorts by", async () => {
    const all = await deals({});
    for (const { node } of all.edges) expect(node.sourceCount).toBe(node.sources.length);
    expect(all.edges.some((e) => e.node.sourceCount > 1)).toBe(true);
    const { data } = await api.run(`{ investments(orderBy: { field: SOURCE_COUNT, direction: DESC }, first: 100) { edges { node { sourceCount } } } }`);
    const counts = data.investments.edges.map((e: any) => e.node.sourceCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });
});

describe("CompanyWhere.maxTotalRaisedUsd", () => {
  it("keeps the companies that raised at most this much, leaving out those with no known total", async () => {
    const { data, errors } = await api.run(`{ companies(where: { maxTotalRaisedUsd: 2e9 }, first: 100) { totalCount edges { node { totalRaisedUsd } } } all: companies(first: 100) { edges { node { totalRaisedUsd } } } }`);
    expect(errors).toBeUndefined();
    const raised = data.companies.edges.map((e: any) => e.node.totalRaisedUsd);
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((r: number | null) => r !== null && r <= 2e9)).toBe(true);
    const expected = data.all.edges.filter((e: any) => e.node.totalRaisedUsd !== null && e.node.totalRaisedUsd <= 2e9).length;
    expect(data.companies.totalCount).toBe(expected);
  });
});
