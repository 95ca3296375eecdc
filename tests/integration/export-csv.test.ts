// CSV exports (issue 15, the table view): GET /export/<deals|companies|people>.csv over the
// realistic graph (about 5,000 deals), through a listening server with QUERY_ACCESS=token.
// Each export holds as many rows as the GraphQL connection's totalCount for the same
// filters, in the same order; names with commas, quotes and line breaks survive a CSV
// reader; a bad parameter is a 400 naming it; no token is a 401; a signed link works for
// LINK_TTL_S and for nothing but its own export; and the rows stream (the read is still
// open after the first bytes arrived while the client reads nothing more).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signLink } from "../../src/api/server/export-link.js";
import { Db } from "../../src/db/db.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { startHttpApi, type HttpApi } from "../helpers/http.js";
import { testDriver } from "../helpers/db.js";
import { type RealisticGraph, useRealisticGraph } from "../helpers/realistic-graph.js";

const TOKEN = "export-reader-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };
const graph = useRealisticGraph();
let api: HttpApi;
let facts: RealisticGraph;

// A target whose name needs every kind of CSV quoting: a comma, double quotes, a line break.
const AWKWARD = 'Comma, "Quote" & Co\nSecond line';
const AWKWARD_INVESTOR = 'Fund "A", Ventures';

beforeAll(async () => {
  facts = graph();
  const checked = validateArticle("awkward.json", {
    id: "awkward-names",
    title: "An awkward round",
    publisher: "Test Wire",
    language: "en",
    publishedOn: "2024-02-01",
    entities: [
      { ref: "fund", type: "Company", name: AWKWARD_INVESTOR, id: "fund-a-ventures" },
      { ref: "target", type: "Company", name: "Comma Quote Co", id: "comma-quote-co", country: "FR" },
    ],
    investments: [
      {
        id: "awkward-round",
        kind: "FUNDING_ROUND",
        investors: ["fund"],
        target: "target",
        amount: { value: 12_345_678, currency: "EUR" },
        announcedOn: "2024-02",
        evidence: "The fund invested in the company",
      },
    ],
    body: "The fund invested in the company.",
  });
  expect(checked.problems).toEqual([]);
  const db = new Db(testDriver());
  await writeArticles(db, [checked.article!]);
  // The article format keeps names on one line: the line break is put in by hand.
  await db.write("// test.awkwardName\nMATCH (c:Company {id: 'comma-quote-co'}) SET c.name = $name", { name: AWKWARD });
  api = await startHttpApi(testDriver(), { API_TOKENS: `${TOKEN}:reader`, QUERY_ACCESS: "token", LOG_LEVEL: "silent" });
}, 300_000);

afterAll(async () => {
  await api?.stop();
});

/** RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break, quotes doubled. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field);
      rows.push(row);
      (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

async function exportCsv(path: string, headers: Record<string, string> = AUTH) {
  const response = await api.fetch(path, { headers });
  const rows = response.status === 200 ? parseCsv(response.text) : [];
  const [header = [], ...body] = rows;
  return { ...response, header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

async function connection(field: "investments" | "companies" | "people", where: Record<string, unknown>, orderBy?: Record<string, unknown>) {
  const type = { investments: "InvestmentWhere", companies: "CompanyWhere", people: "PersonWhere" }[field];
  const order = { investments: "InvestmentOrder", companies: "CompanyOrder", people: "PersonOrder" }[field];
  const res = await api.post(
    `query ($where: ${type}, $orderBy: ${order}) { ${field}(where: $where, orderBy: $orderBy, first: 100) { totalCount edges { node { id } } } }`,
    { where, orderBy },
    AUTH,
  );
  expect(res.body.errors).toBeUndefined();
  const found = res.body.data[field];
  return { totalCount: found.totalCount as number, ids: found.edges.map((e: any) => e.node.id as string) };
}

/** The export's query string for a `where` as GraphQL takes it (lists joined by commas). */
function params(where: Record<string, unknown>, orderBy?: { field: string; direction: string }): string {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(where)) p.set(name, Array.isArray(value) ? value.join(",") : String(value));
  if (orderBy) p.set("orderBy", orderBy.field), p.set("direction", orderBy.direction);
  return p.toString();
}

describe("GET /export/deals.csv", () => {
  it("holds as many rows as the connection's totalCount, in its order, for several filters", async () => {
    const cases: Array<{ where: Record<string, unknown>; orderBy: { field: string; direction: string } }> = [
      { where: {}, orderBy: { field: "ANNOUNCED_ON", direction: "DESC" } },
      { where: { kind: ["FUNDING_ROUND"] }, orderBy: { field: "AMOUNT_USD", direction: "DESC" } },
      { where: { announcedFrom: "2022", announcedTo: "2024-06", minUsd: 1e6, maxUsd: 5e8 }, orderBy: { field: "AMOUNT_USD", direction: "ASC" } },
      { where: { investorNameContains: facts.hub.name.slice(0, 6) }, orderBy: { field: "SOURCE_COUNT", direction: "DESC" } },
      { where: { kind: ["FUNDING_ROUND", "ACQUISITION"], targetCountry: ["FR", "US"] }, orderBy: { field: "VALUATION_USD", direction: "DESC" } },
      { where: { stage: ["SERIES_A", "SEED"] }, orderBy: { field: "ANNOUNCED_ON", direction: "ASC" } },
    ];
    let nonEmpty = 0;
    for (const { where, orderBy } of cases) {
      const { totalCount, ids } = await connection("investments", where, orderBy);
      const csv = await exportCsv(`/export/deals.csv?${params(where, orderBy)}`);
      expect(csv.status, csv.text.slice(0, 300)).toBe(200);
      expect(csv.rows.length, JSON.stringify(where)).toBe(totalCount);
      expect(csv.rows.slice(0, 100).map((r) => r.id)).toEqual(ids);
      if (totalCount > 0 && totalCount < facts.counts.deals + 1) nonEmpty++;
    }
    // The filters are not vacuous: most narrow the list without emptying it.
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
    const all = await connection("investments", {});
    expect(all.totalCount).toBe(facts.counts.deals + 1);
  }, 120_000);

  it("is an attachment with a header row, and quotes names with commas, quotes and line breaks", async () => {
    const csv = await exportCsv(`/export/deals.csv?targetCountry=FR&investorNameContains=${encodeURIComponent('Fund "A"')}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="dealgraph-deals-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.header).toEqual([
      "id", "announcedOn", "kind", "stage", "status", "target", "targetId", "targetCountry", "investors", "leadInvestors", "otherInvestors",
      "amount", "currency", "amountUsd", "stakePercent", "valuation", "valuationCurrency", "valuationUsd", "sourceCount",
    ]);
    expect(csv.rows).toEqual([
      expect.objectContaining({ id: "awkward-round", target: AWKWARD, targetCountry: "FR", investors: AWKWARD_INVESTOR, amount: "12345678", currency: "EUR", sourceCount: "1" }),
    ]);
    expect(csv.text).toContain('"Comma, ""Quote"" & Co\nSecond line"');
  });

  it("refuses a bad parameter with 400 naming it", async () => {
    const bad: Array<[string, string, RegExp]> = [
      ["kind=MERGER", "kind[0]", /MERGER/],
      ["minUsd=lots", "minUsd", /"lots" is not a number/],
      ["announcedFrom=2024-13", "announcedFrom", /partial date/],
      ["investorId=Not%20An%20Id", "investorId", /is not an id/],
      ["colour=red", "colour", /not a filter of this export.*kind/],
      ["orderBy=NAME", "orderBy", /ANNOUNCED_ON/],
      ["direction=UP", "direction", /ASC or DESC/],
      ["orderBy=AMOUNT_USD&orderBy=STAKE_PERCENT", "orderBy", /more than once/],
      [`investorNameContains=${"x".repeat(201)}`, "investorNameContains", /at most 200/],
    ];
    for (const [query, parameter, message] of bad) {
      const res = await api.fetch(`/export/deals.csv?${query}`, { headers: AUTH });
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", parameter });
      expect(res.body.errors[0].message.startsWith(`${parameter}: `), res.body.errors[0].message).toBe(true);
      expect(res.body.errors[0].message).toMatch(message);
    }
  });

  it("needs the token when queries do (401 without one, or with a wrong one)", async () => {
    const none = await api.fetch("/export/deals.csv");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    expect(none.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await api.fetch("/export/deals.csv", { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    expect((await api.fetch("/export/people.csv", { headers: AUTH })).status).toBe(200);
  });

  it("follows a signed link without a header, for that export only and until it expires", async () => {
    const signed = await api.fetch("/export/sign", {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/json" },
      body: JSON.stringify({ url: "/export/deals.csv?kind=ACQUISITION&orderBy=AMOUNT_USD" }),
    });
    expect(signed.status).toBe(200);
    expect(signed.body.url).not.toContain(TOKEN);
    const { totalCount } = await connection("investments", { kind: ["ACQUISITION"] });
    const followed = await exportCsv(signed.body.url, {});
    expect(followed.status).toBe(200);
    expect(followed.rows.length).toBe(totalCount);
    // Another export under the same signature, or the link after its time: refused.
    expect((await api.fetch(signed.body.url.replace("kind=ACQUISITION", "kind=FUNDING_ROUND"))).status).toBe(401);
    const expired = signLink("/export/deals.csv", new URLSearchParams("kind=ACQUISITION"), TOKEN, Date.now() - 120_000);
    const late = await api.fetch(expired.url);
    expect(late.status).toBe(401);
    expect(late.body.errors[0].message).toMatch(/expired/);
    // Signing needs a token, and checks the parameters first.
    expect((await api.fetch("/export/sign", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: "/export/deals.csv" }) })).status).toBe(401);
    const bad = await api.fetch("/export/sign", { method: "POST", headers: { ...AUTH, "content-type": "application/json" }, body: JSON.stringify({ url: "/export/deals.csv?kind=X" }) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.parameter).toBe("kind[0]");
  });

  it("sends its header row first, and ends its read when the client goes away", async () => {
    // Whether the read waits for a client that stops reading depends on how much the
    // sockets buffer (a few MB on loopback, more than this graph's export): the rows'
    // pulling is held by tests/integration/db-stream.test.ts on Db.stream, which the
    // export reads through.
    const controller = new AbortController();
    const response = await fetch(`${api.url}/export/deals.csv?orderBy=ANNOUNCED_ON`, { headers: AUTH, signal: controller.signal });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(new TextDecoder().decode(first.value).startsWith("id,announcedOn,kind")).toBe(true);
    controller.abort();
    await reader.cancel().catch(() => undefined);
    for (let i = 0; i < 50; i++) {
      const still = await new Db(testDriver()).read("// test.openExports\nSHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH '// investment.export' RETURN currentQuery");
      if (!still.length) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the export's read transaction stayed open after the client went away");
  });
});

describe("GET /export/companies.csv and /export/people.csv", () => {
  it("hold as many rows as their connections' totalCount", async () => {
    for (const where of [{}, { country: ["FR"] }, { kind: ["INVESTOR"], minTotalRaisedUsd: 0 }, { nameContains: "a", maxTotalRaisedUsd: 1e9 }]) {
      const { totalCount, ids } = await connection("companies", where, { field: "DEAL_COUNT", direction: "DESC" });
      const csv = await exportCsv(`/export/companies.csv?${params(where, { field: "DEAL_COUNT", direction: "DESC" })}`);
      expect(csv.rows.length, JSON.stringify(where)).toBe(totalCount);
      expect(csv.rows.slice(0, 100).map((r) => r.id)).toEqual(ids);
    }
    for (const where of [{}, { investor: true }, { nameContains: "an" }]) {
      const { totalCount } = await connection("people", where);
      const csv = await exportCsv(`/export/people.csv?${params(where)}`);
      expect(csv.rows.length, JSON.stringify(where)).toBe(totalCount);
    }
    const awkward = await exportCsv("/export/companies.csv?ids=comma-quote-co");
    expect(awkward.rows).toEqual([expect.objectContaining({ id: "comma-quote-co", name: AWKWARD, country: "FR" })]);
  }, 120_000);
});
