// Hostile requests against a graph of realistic shape (tests/helpers/realistic-graph.ts:
// ~1,000 generated articles, an investor in 850+ deals), over HTTP, in production mode:
// the request that once ran the server out of memory and its variants (aliases, fragments,
// every `first` at its maximum, the deal graph at its largest with source bodies), and the
// largest requests the limits still let through. Each one must be answered, with data or a
// limit error naming the limit, within the request deadline and under the answer size
// cap, and the process must stay under a memory ceiling. The worst figures are printed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { testDriver } from "../helpers/db.js";
import { type HttpApi, type HttpResponse, startHttpApi } from "../helpers/http.js";
import { useRealisticGraph } from "../helpers/realistic-graph.js";

const graph = useRealisticGraph();
let api: HttpApi;

// The process's resident memory, sampled while the suite runs.
const MiB = 1024 * 1024;
let baseline = 0;
let peak = 0;
let sampler: NodeJS.Timeout | undefined;
// Worst answer per request, for the summary.
const seen: Array<{ name: string; status: number; ms: number; bytes: number; outcome: string }> = [];

/**
 * How much the process may grow over its resident size before the first request: the
 * answers here are capped at 16 MiB, and the database layer stops a request at 100,000
 * rows, so a few hundred MiB covers the largest request let through and its garbage.
 */
const MEMORY_CEILING_MIB = 512;

beforeAll(async () => {
  api = await startHttpApi(testDriver());
  global.gc?.();
  baseline = process.memoryUsage().rss;
  peak = baseline;
  sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
});

afterAll(async () => {
  if (sampler) clearInterval(sampler);
  await api?.stop();
  const rows = seen.map((s) => `| ${s.name} | ${s.status} | ${s.outcome} | ${s.ms.toFixed(0)} | ${(s.bytes / 1024).toFixed(1)} |`);
  console.log(
    [
      `hostile suite on ${graph().counts.articles} articles, ${graph().counts.deals} deals (hub ${graph().hub.id}: ${graph().hub.deals} deals)`,
      "| request | status | outcome | ms | KiB |",
      "|---|---:|---|---:|---:|",
      ...rows,
      `worst time ${Math.max(...seen.map((s) => s.ms)).toFixed(0)} ms, largest answer ${(Math.max(...seen.map((s) => s.bytes)) / 1024).toFixed(1)} KiB, ` +
        `RSS ${(baseline / MiB).toFixed(0)} MiB before, peak ${(peak / MiB).toFixed(0)} MiB (+${((peak - baseline) / MiB).toFixed(0)} MiB)`,
    ].join("\n"),
  );
});

/** Sends one request and checks what every answer here must be: in time, under the cap, never an internal error. */
async function send(name: string, query: string, variables?: Record<string, unknown>): Promise<HttpResponse> {
  const response = await api.post(query, variables);
  const codes: string[] = (response.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? "none");
  const limits: string[] = (response.body?.errors ?? []).map((e: { extensions?: { limit?: string } }) => e.extensions?.limit).filter(Boolean);
  seen.push({ name, status: response.status, ms: response.ms, bytes: response.text.length, outcome: limits.length ? `limit: ${limits.join(", ")}` : codes.join(", ") || "data" });
  expect(response.ms, `${name}: answered within the request deadline`).toBeLessThan(api.config.REQUEST_TIMEOUT_MS);
  expect(response.text.length, `${name}: under the answer size cap`).toBeLessThanOrEqual(api.config.HTTP_MAX_RESPONSE_BYTES);
  expect(codes, `${name}: no internal error`).not.toContain("INTERNAL_SERVER_ERROR");
  expect([200, 400]).toContain(response.status);
  expect(process.memoryUsage().rss - baseline, `${name}: memory`).toBeLessThan(MEMORY_CEILING_MIB * MiB);
  return response;
}

function refusedFor(response: HttpResponse, limit: string): void {
  expect(response.status).toBe(400);
  expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", limit }) })]);
}

describe("the request that once took the server down, and its variants", () => {
  it("the 163-byte request is a cost error in milliseconds", async () => {
    const hub = graph().hub.id;
    const response = await send(
      "163-byte request",
      `{ company(id:"${hub}"){ investmentsMade { investors { ... on Company { investmentsMade { investors { ... on Company { investmentsMade { id } } } } } } } } }`,
    );
    refusedFor(response, "cost");
    expect(response.ms).toBeLessThan(2000);
  });

  it("with aliases, named fragments and every `first` at its maximum", async () => {
    const hub = graph().hub.id;
    const deep = `investmentsMade(first: 100) { investors(first: 100) { ... on Company { investmentsMade(first: 100) { id } } } }`;
    const variants: Array<[string, string]> = [
      ["aliases", `{ a: company(id: "${hub}") { ${deep} } b: company(id: "${hub}") { ${deep} } }`],
      [
        "named fragments",
        `fragment Deals on Company { investmentsMade(first: 100) { id } } fragment Deep on Company { investmentsMade(first: 100) { investors(first: 100) { ...Deals } } } { company(id: "${hub}") { ...Deep } }`,
      ],
      ["first at 100, three levels", `{ company(id: "${hub}") { ${deep} } }`],
      ["inline fragments on a connection", `{ companies(first: 100) { edges { node { ... on Company { investmentsMade(first: 100) { sources(first: 100) { article { body } } } } } } } }`],
    ];
    for (const [name, query] of variants) refusedFor(await send(name, query), "cost");
  });

  it("the deal graph at its largest with source bodies is refused; at its largest without them it answers in time", async () => {
    const ids = graph().hubs.map((h) => h.id);
    refusedFor(
      await send(
        "dealGraph depth 3, 10,000 edges, bodies",
        `query($ids: [ID!]!) { dealGraph(ids: $ids, depth: 3, maxNodes: 2000, maxEdges: 10000) { nodes { id } edges { id sources { evidence article { body } } } } }`,
        { ids },
      ),
      "cost",
    );
    const response = await send(
      "dealGraph depth 3, 2,000 nodes, 10,000 edges",
      `query($ids: [ID!]!) { dealGraph(ids: $ids, depth: 3, maxNodes: 2000, maxEdges: 10000) { nodes { id label } edges { id source target label } truncated } }`,
      { ids },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.dealGraph.nodes.length).toBeLessThanOrEqual(2000);
    expect(response.body.data.dealGraph.edges.length).toBeLessThanOrEqual(10000);
  });
});

describe("the largest requests the limits let through", () => {
  it("a hub's deals with their investors and sources, and the bodies of those sources", async () => {
    const hub = graph().hub.id;
    const response = await send(
      "hub: 100 deals, investors, 20 sources with bodies",
      `{ company(id: "${hub}") { investmentsMade(first: 100) { id investors { ... on Company { id name } } sources { evidence article { id title body } } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.company.investmentsMade).toHaveLength(100);
  });

  it("a page of the busiest companies, each with a page of its deals", async () => {
    const response = await send(
      "100 companies × 100 deals",
      `{ companies(first: 100, orderBy: { field: DEAL_COUNT, direction: DESC }) { edges { node { id investmentsMade(first: 100) { id kind amount { value currency usd } target { id name } } } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const deals = response.body.data.companies.edges.flatMap((e: { node: { investmentsMade: unknown[] } }) => e.node.investmentsMade);
    expect(deals.length).toBeGreaterThan(1000);
  });

  it("the most sourced deal, its sources at the maximum", async () => {
    const { id, sources } = graph().mostSourcedDeal;
    const response = await send("most sourced deal, 100 sources", `{ investment(id: "${id}") { sources(first: 100) { evidence article { title } } } }`);
    expect(response.body.data.investment.sources).toHaveLength(Math.min(sources, 100));
  });

  it("an article's body at its cap (256 KiB), under every alias a document may have", async () => {
    // The generated bodies are short: one at ARTICLE_MAX_BODY_BYTES, as the loader allows.
    const body = "Loka Ventures led the round. ".repeat(Math.floor(api.config.ARTICLE_MAX_BODY_BYTES / 29));
    await new Db(testDriver()).write("MERGE (a:Article:Node {id: 'hostile-long-read'}) SET a.title = 'A long read', a.publisher = 'Test Wire', a.language = 'en', a.publishedOn = '2025-01-01', a.body = $body", { body });
    const aliases = Array.from({ length: api.config.GRAPHQL_MAX_ALIASES }, (_, i) => `a${i}: article(id: "hostile-long-read") { body }`).join(" ");
    const response = await send("256 KiB body × 20 aliases", `{ ${aliases} }`);
    // 20 × 256 KiB is about 5 MiB: under the 16 MiB cap, so it is answered whole.
    expect(response.body.errors).toBeUndefined();
    expect(Object.values(response.body.data).every((a: any) => a.body === body)).toBe(true);
  });

  it("after all of it, the server still answers a small question quickly", async () => {
    const response = await send("small question", `{ company(id: "${graph().hub.id}") { name dealCount } }`);
    expect(response.body.data.company.dealCount).toBeGreaterThanOrEqual(800);
    expect(response.ms).toBeLessThan(5000);
  });
});
