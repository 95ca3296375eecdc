// Issue 11, point 2, the read side: a stored figure that is not finite, or over the bounds
// the loader now enforces (only possible in data written before them), is read as unknown.
// It must not fail dealStats, investors, companies by total raised, amount.usd or the deal
// graph for everyone, nor leave a cursor that cannot be followed. The values are written
// straight into Neo4j, as an older loader (or another client of the database) left them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { type GraphQLResult, startTestApi, type TestApi } from "../helpers/api.js";

let api: TestApi;
let db: Db;

/** Deal ids and the figures the poisoning replaces. */
const poisoned: Record<string, { id: string; usd: number | null }> = {};
let before: { totalUsd: number; amountKnownCount: number };

const STATS = `{ dealStats(groupBy: YEAR, splitBy: KIND) {
  total { dealCount totalUsd amountKnownCount averageUsd }
  unplaced { totalUsd averageUsd }
  buckets { key totalUsd averageUsd }
  series { key totalUsd }
} }`;

/** A deal and its dollar amount as loaded. */
async function deal(id: string): Promise<{ id: string; usd: number | null }> {
  const [row] = await db.read<{ id: string; usd: number | null }>("MATCH (i:Investment {id: $id}) RETURN i.id AS id, i.amountUsd AS usd", { id });
  if (!row) throw new Error(`no deal ${id}`);
  return row;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  db = new Db(testDriver());
  await loadArticles(db, ["seeds", "tests/fixtures/corpus"]);
  api = await startTestApi(testDriver());
  before = (await api.run(STATS)).data.dealStats.total;

  // Both of Scale AI's deals: the founding article's stake, and the 2024 round (Amazon's in the
  // founding article, the Series F led by Accel in the corpus: one deal since deal resolution).
  poisoned.infinite = await deal("meta-scale-ai-2025");
  poisoned.nan = await deal("amazon-funding-round-scale-ai-2024");
  const [a, b] = await db.read<{ id: string; usd: number | null }>(
    `MATCH (i:Investment) WHERE i.amountUsd IS NOT NULL AND NOT (i)-[:TARGET]->(:Company {id: 'scale-ai'})
     RETURN i.id AS id, i.amountUsd AS usd ORDER BY i.id LIMIT 2`,
  );
  poisoned.huge = a!;
  poisoned.huge2 = b!;
  // The driver sends JavaScript's Infinity and NaN as the floats they are.
  await db.writeTransaction((tx) =>
    tx.run(
      `MATCH (i:Investment {id: $infinite})-[s:SOURCED_FROM]->()
       SET i.amountValue = 1.0e308, i.amountCurrency = 'EUR', i.amountUsd = $inf, i.valuationUsd = $inf, i.stakePercent = $nan,
           s.amountValue = $inf, s.amountUsd = $inf
       WITH DISTINCT i
       MATCH (n:Investment {id: $nanId}) SET n.amountUsd = $nan, n.valuationUsd = $minusInf
       WITH DISTINCT n
       // Finite but over the bound: two of them sum to Infinity.
       MATCH (h:Investment) WHERE h.id IN [$huge, $huge2] SET h.amountUsd = 1.0e308`,
      {
        infinite: poisoned.infinite.id,
        nanId: poisoned.nan.id,
        huge: poisoned.huge.id,
        huge2: poisoned.huge2.id,
        inf: Number.POSITIVE_INFINITY,
        minusInf: Number.NEGATIVE_INFINITY,
        nan: Number.NaN,
      },
    ),
  );
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

/** Every number anywhere in a JSON answer (GraphQL would have failed on Infinity or NaN; this checks the sums too). */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbers);
  return [];
}

/** Follows a connection page by page; every page must answer without errors. */
async function everyPage(field: string, args: string, selection: string, first = 3): Promise<{ ids: string[]; totalCount: number; pages: unknown[] }> {
  const ids: string[] = [];
  const pages: unknown[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 200; page++) {
    const result: GraphQLResult = await api.run(
      `query ($after: String) { ${field}(${args}, first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } } }`,
      { after },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const connection: any = result.data[field];
    totalCount = connection.totalCount;
    pages.push(connection);
    ids.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return { ids, totalCount, pages };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} never reached its last page`);
}

const sane = (n: number) => Number.isFinite(n) && Math.abs(n) <= 1e13 * 1000;

describe("a stored figure that is not finite or over the bound", () => {
  it("is unknown in dealStats: the totals leave it out and stay finite", async () => {
    const { data, errors } = await api.run(STATS);
    expect(errors).toBeUndefined();
    expect(numbers(data).every(sane)).toBe(true);
    const known = Object.values(poisoned).filter((p) => p.usd !== null);
    expect(data.dealStats.total.amountKnownCount).toBe(before.amountKnownCount - known.length);
    expect(data.dealStats.total.totalUsd).toBeCloseTo(before.totalUsd - known.reduce((n, p) => n + p.usd!, 0), 0);
  });

  it("is unknown in amount.usd, a source's amount, and an over-bound raw value makes the amount unknown", async () => {
    const { data, errors } = await api.run(
      `query ($ids: [ID!]) { investments(where: { ids: $ids }, first: 10) { edges { node {
         id amount { value currency usd } valuation { usd } stakePercent sources { amount { value usd } } } } } }`,
      { ids: [poisoned.infinite.id, poisoned.nan.id, poisoned.huge.id] },
    );
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data.investments.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    expect(byId[poisoned.infinite.id]).toMatchObject({ amount: null, valuation: { usd: null }, stakePercent: null });
    expect(byId[poisoned.infinite.id].sources.map((x: { amount: unknown }) => x.amount)).toEqual([null, null]);
    expect(byId[poisoned.nan.id].amount.usd).toBeNull();
    expect(byId[poisoned.nan.id].valuation?.usd ?? null).toBeNull();
    expect(byId[poisoned.huge.id].amount.usd).toBeNull();
  });

  it.each(["DESC", "ASC"])("leaves investments by AMOUNT_USD %s followable to the last page, every deal once", async (direction) => {
    const { ids, totalCount } = await everyPage("investments", `orderBy: { field: AMOUNT_USD, direction: ${direction} }`, "id amount { usd }");
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(totalCount);
    // The unknown amounts sort with the deals that have none: after every known one.
    const known = before.amountKnownCount - Object.values(poisoned).filter((p) => p.usd !== null).length;
    for (const p of Object.values(poisoned)) expect(ids.indexOf(p.id)).toBeGreaterThanOrEqual(known);
  });

  it("is left out by amount filters, and the filtered listing pages to its end", async () => {
    const { ids, totalCount } = await everyPage("investments", "where: { minUsd: 0 }, orderBy: { field: AMOUNT_USD, direction: DESC }", "id amount { usd }");
    expect(ids).toHaveLength(totalCount);
    expect(totalCount).toBe(before.amountKnownCount - Object.values(poisoned).filter((p) => p.usd !== null).length);
    for (const p of Object.values(poisoned)) expect(ids).not.toContain(p.id);
  });

  it("leaves investments by STAKE_PERCENT and VALUATION_USD followable (a NaN stake, an infinite valuation)", async () => {
    for (const field of ["STAKE_PERCENT", "VALUATION_USD"]) {
      // A page of one: every row's cursor is followed, the poisoned ones included.
      const { ids, totalCount } = await everyPage("investments", `orderBy: { field: ${field}, direction: DESC }`, "id", 1);
      expect(new Set(ids).size, field).toBe(totalCount);
    }
  });

  it("keeps investors by TOTAL_INVESTED_USD finite and followable", async () => {
    const { ids, totalCount, pages } = await everyPage(
      "investors",
      "orderBy: { field: TOTAL_INVESTED_USD, direction: DESC }",
      "... on Company { id totalInvestedUsd } ... on Person { id totalInvestedUsd }",
    );
    expect(new Set(ids).size).toBe(totalCount);
    expect(numbers(pages).every(sane)).toBe(true);
  });

  it("keeps companies by TOTAL_RAISED_USD and LATEST_VALUATION_USD finite and followable", async () => {
    for (const field of ["TOTAL_RAISED_USD", "LATEST_VALUATION_USD", "TOTAL_INVESTED_USD"]) {
      const { ids, totalCount, pages } = await everyPage(
        "companies",
        `orderBy: { field: ${field}, direction: DESC }`,
        "id totalRaisedUsd totalInvestedUsd latestValuation { value usd }",
      );
      expect(new Set(ids).size, field).toBe(totalCount);
      expect(numbers(pages).every(sane), field).toBe(true);
    }
    // Neither of Scale AI's deals has a sane amount left: no total, rather than Infinity or NaN.
    const { data, errors } = await api.run(`{ company(id: "scale-ai") { totalRaisedUsd investmentsReceived { amount { usd } } } }`);
    expect(errors).toBeUndefined();
    expect(data.company.totalRaisedUsd).toBeNull();
    expect(data.company.investmentsReceived.map((d: { amount: { usd: number | null } | null }) => d.amount?.usd ?? null)).toEqual([null, null]);
  });

  it("gives the deal graph finite amounts and labels without Infinity or NaN", async () => {
    const { data, errors } = await api.run(`{ dealGraph(ids: ["scale-ai", "meta"], depth: 2) { edges { id label amountUsd } } }`);
    expect(errors).toBeUndefined();
    expect(numbers(data).every(sane)).toBe(true);
    const labels = data.dealGraph.edges.map((e: { label: string }) => e.label).join(" | ");
    expect(labels).not.toMatch(/Infinity|NaN|e\+/);
    expect(data.dealGraph.edges.find((e: { id: string }) => e.id.startsWith(`${poisoned.infinite.id}:`)).amountUsd).toBeNull();
  });
});

describe("a deal dated in year 1 (dates are believed as written)", () => {
  it("leaves the monthly chart to everyone: the latest 1,200 months, the old deal counted as unplaced", async () => {
    const MONTHLY = `{ dealStats(groupBy: MONTH) { buckets { key } unplaced { dealCount } total { dealCount } series { dealCount } } }`;
    const clean = (await api.run(MONTHLY)).data.dealStats;
    await db.write("CREATE (:Investment {id: 'ancient-deal', kind: 'FUNDING_ROUND', status: 'ANNOUNCED', announcedOn: '0001-01'})");
    try {
      const result = await api.run(MONTHLY);
      expect(result.errors).toBeUndefined();
      const stats = result.data.dealStats;
      expect(stats.buckets.length).toBeLessThanOrEqual(1200);
      expect(stats.buckets.at(-1).key).toBe(clean.buckets.at(-1).key);
      expect(stats.series[0].dealCount).toHaveLength(stats.buckets.length);
      expect(stats.total.dealCount).toBe(clean.total.dealCount + 1);
      expect(stats.unplaced.dealCount).toBe(clean.unplaced.dealCount + 1);
    } finally {
      await db.write("MATCH (i:Investment {id: 'ancient-deal'}) DELETE i");
    }
  });
});
