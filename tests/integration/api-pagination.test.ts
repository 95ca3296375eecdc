// Keyset pagination through the API: pages walk the whole list once, in order, and stay
// put when rows are inserted between two pages; totalCount; the bounds of `first`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { type CompanyFixture, type InvestmentFixture, writeGraph } from "../helpers/graph-fixtures.js";

let api: TestApi;

// 40 companies; three share a name, so their order rests on the id tie-breaker.
const companies: CompanyFixture[] = [
  ...Array.from({ length: 37 }, (_, i) => ({
    id: `co-${String(i).padStart(2, "0")}`,
    // Mixed case and an order unrelated to the ids: NAME sorts case-insensitively.
    name: `${i % 2 ? "acme" : "Acme"} ${String.fromCharCode(97 + ((i * 7) % 26))}${i}`,
  })),
  { id: "twin-c", name: "Twin" },
  { id: "twin-a", name: "Twin" },
  { id: "twin-b", name: "twin" },
];

// 31 deals: amounts with ties and gaps, dates of every precision and some missing.
const DATES = ["2023", "2024-05", "2024-05-21", "2025", "2025-06", "2025-06-13", undefined];
const investments: InvestmentFixture[] = Array.from({ length: 31 }, (_, i) => ({
  id: `deal-${String(i).padStart(2, "0")}`,
  kind: i % 3 === 0 ? "EQUITY_STAKE" : "FUNDING_ROUND",
  investors: [`co-${String((i + 1) % 37).padStart(2, "0")}`],
  target: `co-${String(i % 37).padStart(2, "0")}`,
  ...(i % 5 === 4 ? {} : { amount: { value: ((i * 13) % 9) * 1_000_000 + 1_000_000, currency: "USD" } }),
  ...(DATES[i % DATES.length] ? { announcedOn: DATES[i % DATES.length] } : {}),
  sources: [{ article: "wire", evidence: `deal ${i}` }],
}));

const usd = (i: InvestmentFixture) => i.amount?.value ?? null;

async function seed() {
  await resetDatabase();
  await writeGraph(testDriver(), { companies, articles: [{ id: "wire" }], investments });
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

const COMPANIES = `query($first: Int, $after: String, $orderBy: CompanyOrder, $where: CompanyWhere) {
  page: companies(first: $first, after: $after, orderBy: $orderBy, where: $where) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`;
const INVESTMENTS = `query($first: Int, $after: String, $orderBy: InvestmentOrder, $where: InvestmentWhere) {
  page: investments(first: $first, after: $after, orderBy: $orderBy, where: $where) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`;

async function page(query: string, variables: Record<string, unknown>): Promise<Page> {
  const { data, errors } = await api.run<{ page: Page }>(query, variables);
  expect(errors).toBeUndefined();
  return data!.page;
}

/** Follows endCursor from `start` to the end; returns the ids in order, and every page's totalCount. */
async function walk(
  query: string,
  variables: Record<string, unknown>,
  start: string | null = null,
): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after = start;
  for (let pages = 1; ; pages++) {
    const p: Page = await page(query, { ...variables, after });
    ids.push(...p.edges.map((e) => e.node.id));
    totals.push(p.totalCount);
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!p.pageInfo.hasNextPage) return { ids, totals, pages };
    expect(p.edges.length).toBe(variables.first);
    after = p.pageInfo.endCursor;
    if (pages > 100) throw new Error("runaway pagination");
  }
}

const byNameThenId = (a: CompanyFixture, b: CompanyFixture) =>
  a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe("companies by name", () => {
  beforeEach(seed);

  it("walks every company once, in order, whatever the page size", async () => {
    const expected = [...companies].sort(byNameThenId).map((c) => c.id);
    for (const first of [1, 7, 40, 100]) {
      const { ids, totals, pages } = await walk(COMPANIES, { first });
      expect(ids, `first: ${first}`).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([40]));
      expect(pages).toBe(Math.max(1, Math.ceil(40 / first)));
    }
    // The three "Twin"s sort by id.
    expect(expected.slice(-3)).toEqual(["twin-a", "twin-b", "twin-c"]);
  });

  it("walks backwards with direction DESC", async () => {
    const { ids } = await walk(COMPANIES, { first: 9, orderBy: { field: "NAME", direction: "DESC" } });
    expect(ids).toEqual([...companies].sort(byNameThenId).map((c) => c.id).reverse());
  });

  it("continues after its cursor when rows are inserted before and after it", async () => {
    const expected = [...companies].sort(byNameThenId).map((c) => c.id);
    const first = await page(COMPANIES, { first: 10 });
    expect(first.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 10));

    await writeGraph(testDriver(), {
      companies: [
        { id: "aaa-early", name: "AAA Early" }, // sorts before the cursor: not seen by this walk
        { id: "twin-0", name: "Twin" }, // same name as the last rows, smaller id
        { id: "zzz-late", name: "Zzz Late" }, // after it: seen
      ],
    });
    const rest = await walk(COMPANIES, { first: 10 }, first.pageInfo.endCursor);
    const all = [...first.edges.map((e) => e.node.id), ...rest.ids];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...expected.slice(0, -3), "twin-0", "twin-a", "twin-b", "twin-c", "zzz-late"]);
    expect(rest.totals[0]).toBe(43);
  });

  it("filters before paging, and counts what the filter keeps", async () => {
    const p = await page(COMPANIES, { first: 2, where: { nameContains: "TWIN" } });
    expect(p.totalCount).toBe(3);
    expect(p.edges.map((e) => e.node.id)).toEqual(["twin-a", "twin-b"]);
    expect(p.pageInfo.hasNextPage).toBe(true);
  });
});

describe("companies by derived figures", () => {
  beforeEach(seed);

  it("sorts by TOTAL_RAISED_USD, companies without one last, across pages", async () => {
    const raised = new Map<string, number>();
    for (const i of investments) {
      if (usd(i) !== null) raised.set(i.target, (raised.get(i.target) ?? 0) + usd(i)!);
    }
    const expected = [...companies]
      .sort((a, b) => {
        const x = raised.get(a.id) ?? -Infinity;
        const y = raised.get(b.id) ?? -Infinity;
        return x !== y ? y - x : a.id < b.id ? 1 : -1;
      })
      .map((c) => c.id);
    const { ids } = await walk(COMPANIES, { first: 6, orderBy: { field: "TOTAL_RAISED_USD", direction: "DESC" } });
    expect(ids).toEqual(expected);
  });

  it("sorts by DEAL_COUNT", async () => {
    const count = new Map<string, number>();
    for (const i of investments) for (const id of [i.target, ...i.investors]) count.set(id, (count.get(id) ?? 0) + 1);
    const expected = [...companies]
      .sort((a, b) => {
        const x = count.get(a.id) ?? 0;
        const y = count.get(b.id) ?? 0;
        return x !== y ? x - y : a.id < b.id ? -1 : 1;
      })
      .map((c) => c.id);
    const { ids } = await walk(COMPANIES, { first: 8, orderBy: { field: "DEAL_COUNT" } });
    expect(ids).toEqual(expected);
  });
});

describe("investments", () => {
  beforeEach(seed);

  it("sorts by AMOUNT_USD, largest first, deals without an amount last", async () => {
    const expected = [...investments]
      .sort((a, b) => {
        const x = usd(a) ?? -Infinity;
        const y = usd(b) ?? -Infinity;
        return x !== y ? y - x : a.id < b.id ? 1 : -1;
      })
      .map((i) => i.id);
    const { ids, totals } = await walk(INVESTMENTS, { first: 4, orderBy: { field: "AMOUNT_USD", direction: "DESC" } });
    expect(ids).toEqual(expected);
    expect(totals.every((t) => t === 31)).toBe(true);
  });

  it("sorts by ANNOUNCED_ON, partial dates in date order, undated last", async () => {
    const expected = [...investments]
      .sort((a, b) => {
        const x = a.announcedOn ?? "\uffff";
        const y = b.announcedOn ?? "\uffff";
        return x !== y ? (x < y ? -1 : 1) : a.id < b.id ? -1 : 1;
      })
      .map((i) => i.id);
    const { ids } = await walk(INVESTMENTS, { first: 5, orderBy: { field: "ANNOUNCED_ON", direction: "ASC" } });
    expect(ids).toEqual(expected);
  });

  it("filters by kind, amount and a partial-date range", async () => {
    const where = { kind: "FUNDING_ROUND", minUsd: 3_000_000, announcedFrom: "2024-05", announcedTo: "2025" };
    const expected = investments
      .filter((i) => i.kind === "FUNDING_ROUND" && (usd(i) ?? 0) >= 3_000_000)
      .filter((i) => i.announcedOn !== undefined && i.announcedOn >= "2024-05" && i.announcedOn.slice(0, 4) <= "2025")
      .map((i) => i.id)
      .sort();
    const { ids, totals } = await walk(INVESTMENTS, { first: 3, where, orderBy: { field: "ANNOUNCED_ON" } });
    expect([...ids].sort()).toEqual(expected);
    expect(totals[0]).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(2);
  });

  it("filters by investor and target", async () => {
    const p = await page(INVESTMENTS, { first: 10, where: { targetId: "co-01", investorId: "co-02" } });
    expect(p.edges.map((e) => e.node.id)).toEqual(["deal-01"]);
  });
});

describe("page size", () => {
  beforeEach(seed);

  it("is 20 by default and up to 100", async () => {
    expect((await page(COMPANIES, {})).edges).toHaveLength(20);
    expect((await page(COMPANIES, { first: 100 })).edges).toHaveLength(40);
  });

  it("may be 0: no rows, but the count and whether rows exist", async () => {
    const p = await page(COMPANIES, { first: 0 });
    expect(p).toMatchObject({ totalCount: 40, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it("refuses more than 100 or less than 0, naming `first`", async () => {
    for (const first of [101, 1000, -1]) {
      const { errors } = await api.run(COMPANIES, { first });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
      expect(errors?.[0]?.message).toMatch(/^first: /);
    }
  });

  it("refuses a cursor made under another ordering, naming `after`", async () => {
    const byName = await page(COMPANIES, { first: 5 });
    const { errors } = await api.run(COMPANIES, { first: 5, after: byName.pageInfo.endCursor, orderBy: { field: "TOTAL_RAISED_USD" } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });
});
