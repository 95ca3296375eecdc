// The deal list over all deals reads its rows from the sort field's own index (a planner
// hint, src/store/deals/deals.store.ts) while its count uses the kind, amount and date
// index (migration 008). A hint the filters cannot serve is an error in Neo4j, so every
// filter and sort a client can combine is asked here, and each page checked against the
// whole list sorted in JavaScript.
import { describe, expect, it } from "vitest";
import { useLoadedApi } from "../helpers/api.js";
import { testDriver } from "../helpers/db.js";

const api = useLoadedApi();

const LIST = `query ($where: InvestmentWhere, $field: InvestmentOrderField!, $direction: OrderDirection!) {
  investments(first: 4, where: $where, orderBy: { field: $field, direction: $direction }) { totalCount edges { node { id announcedOn amount { usd } } } }
}`;
const ALL = `query ($where: InvestmentWhere) { investments(first: 100, where: $where) { totalCount edges { node { id kind announcedOn amount { usd } } } } }`;

describe("the deal list over all deals", () => {
  const filters = [
    { minUsd: 1e6 },
    { maxUsd: 5e9 },
    { minUsd: 1e6, maxUsd: 5e9, kind: ["FUNDING_ROUND", "EQUITY_STAKE"] },
    { announcedFrom: "2023" },
    { announcedTo: "2024-06" },
    { announcedFrom: "2022", announcedTo: "2025", kind: ["FUNDING_ROUND"] },
    { kind: ["ACQUISITION"], minUsd: 1e8, announcedFrom: "2019" },
  ];

  it("answers every filter with either sort, in order, with the right total", async () => {
    for (const where of filters) {
      const all = await api.run(ALL, { where });
      expect(all.errors, JSON.stringify(where)).toBeUndefined();
      const deals = all.data.investments.edges.map((e: any) => e.node);
      expect(all.data.investments.totalCount).toBe(deals.length);
      for (const [field, key] of [["AMOUNT_USD", (d: any) => d.amount?.usd ?? null], ["ANNOUNCED_ON", (d: any) => d.announcedOn ?? null]] as const) {
        for (const direction of ["DESC", "ASC"] as const) {
          const page = await api.run(LIST, { where, field, direction });
          expect(page.errors, `${JSON.stringify(where)} ${field} ${direction}`).toBeUndefined();
          expect(page.data.investments.totalCount).toBe(deals.length);
          const values = page.data.investments.edges.map((e: any) => key(e.node)).filter((v: unknown) => v !== null);
          const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect(values, `${JSON.stringify(where)} ${field} ${direction}`).toEqual(direction === "ASC" ? sorted : sorted.reverse());
        }
      }
    }
  });

  it("has the count's index, kind then amount then date", async () => {
    const { records } = await testDriver().executeQuery("SHOW INDEXES YIELD name, properties WHERE name = 'investment_kind_amount_announced' RETURN properties");
    expect(records.map((r) => r.get("properties"))).toEqual([["kind", "amountUsd", "announcedOn"]]);
  });
});
