// Observability: one JSON log line per request (request id, operation, duration, database
// time and round trips, error codes) and Prometheus metrics at /metrics (requests and
// latency by operation, errors by code, round trips, transactions, pool, database up),
// with the operation label bounded and /metrics behind its token when one is set.
// Also: bookmarks, so a client reads its own write on any instance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { decodeBookmarks, encodeBookmarks } from "../../src/api/server/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { SMALL_GRAPH, writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, startHttpApi } from "../helpers/http.js";

const EDITOR = "observability-editor-7d1c";
const METRICS_TOKEN = "metrics-token-5e0f2a";
let api: HttpApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), SMALL_GRAPH);
  api = await startHttpApi(testDriver(), { API_TOKENS: EDITOR });
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

/** The value of one sample of the Prometheus text, e.g. sample(text, 'dealgraph_x_total{code="A"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("the request log", () => {
  it("has one line per request with its id, operation, duration, database time and round trips", async () => {
    const response = await api.post(`query AcmeDeals { company(id: "acme") { name investmentsReceived { investors { __typename } } } }`);
    const reqId = response.headers.get("x-request-id");
    const line = api.logs.find((l) => l.reqId === reqId && l.msg === "graphql request");
    expect(line).toMatchObject({ level: 30, operation: "AcmeDeals", type: "query", status: 200, dbRoundTrips: expect.any(Number) });
    expect(line!.dbRoundTrips).toBeGreaterThanOrEqual(2);
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(line!.dbMs).toBeGreaterThan(0);
    expect(line!.dbMs).toBeLessThanOrEqual(line!.durationMs * line!.dbRoundTrips);
    expect(line!.errors).toBeUndefined();
  });

  it("lists the error codes of a request that failed", async () => {
    const response = await api.post(`query Bad { company(id: "Not An Id") { id } }`);
    const line = api.logs.find((l) => l.reqId === response.headers.get("x-request-id") && l.msg === "graphql request");
    expect(line).toMatchObject({ operation: "Bad", errors: ["BAD_USER_INPUT"] });
  });
});

describe("/metrics", () => {
  it("counts requests and latency by operation, errors by code, round trips, transactions, the pool", async () => {
    await api.post(`query Metered { companies { totalCount } }`);
    await api.post(`query Metered { companies { totalCount } }`);
    await api.post(`query Refused { companies(first: 1000) { totalCount } }`);
    const response = await api.fetch("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = response.text;
    expect(sample(text, 'dealgraph_graphql_requests_total{operation="Metered",type="query",outcome="ok"}')).toBe(2);
    expect(sample(text, 'dealgraph_graphql_request_duration_seconds_count{operation="Metered",type="query"}')).toBe(2);
    expect(sample(text, 'dealgraph_graphql_request_duration_seconds_bucket{le="+Inf",operation="Metered",type="query"}')).toBe(2);
    expect(sample(text, 'dealgraph_graphql_requests_total{operation="Refused",type="query",outcome="error"}')).toBe(1);
    expect(sample(text, 'dealgraph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, "dealgraph_db_round_trips_total")).toBeGreaterThanOrEqual(2);
    expect(sample(text, "dealgraph_db_round_trips_per_request_count")).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'dealgraph_db_transactions_total{mode="READ",outcome="ok"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'dealgraph_db_transaction_duration_seconds_count{mode="READ"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, "dealgraph_db_transactions_active")).toBe(0);
    expect(sample(text, 'dealgraph_db_pool_connections{state="in_use"}')).toBe(0);
    expect(sample(text, 'dealgraph_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, "dealgraph_db_up")).toBe(1);
    expect(sample(text, 'dealgraph_http_responses_total{route="/graphql",status="400"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^dealgraph_process_cpu_seconds_total /m);
  });

  it("bounds the operation label: names past the first 100 count as other", async () => {
    for (let i = 0; i < 120; i++) await api.post(`query Op${i} { __typename }`);
    const text = (await api.fetch("/metrics")).text;
    const names = new Set([...text.matchAll(/dealgraph_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(102);
    expect(names.has("other")).toBe(true);
  });

  it("answers only with METRICS_TOKEN when one is set, and not at all when disabled", async () => {
    const guarded = await startHttpApi(testDriver(), { METRICS_TOKEN });
    const off = await startHttpApi(testDriver(), { METRICS_ENABLED: "false" });
    try {
      expect((await guarded.fetch("/metrics")).status).toBe(401);
      expect((await guarded.fetch("/metrics", { headers: { authorization: "Bearer nope" } })).status).toBe(401);
      expect((await guarded.fetch("/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
      expect((await off.fetch("/metrics")).status).toBe(404);
    } finally {
      await guarded.stop();
      await off.stop();
    }
  });
});

describe("bookmarks", () => {
  it("come back after a write, and a later request that sends them reads the write", async () => {
    const input = {
      id: "bookmarked",
      title: "Bookmarked",
      publisher: "Wire",
      language: "en",
      publishedOn: "2025-05-05",
      body: "Bookmark Labs raised money.",
      entities: [{ ref: "b", type: "Company", name: "Bookmark Labs" }],
    };
    const write = await api.post(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }`, { input }, { authorization: `Bearer ${EDITOR}` });
    expect(codes(write)).toEqual([]);
    const header = write.headers.get("dealgraph-bookmarks");
    expect(header).toBeTruthy();
    expect(decodeBookmarks(header!)!.length).toBeGreaterThan(0);

    const read = await api.post(`{ article(id: "bookmarked") { title } }`, undefined, { "dealgraph-bookmarks": header! });
    expect(read.body).toEqual({ data: { article: { title: "Bookmarked" } } });
    expect(read.headers.get("dealgraph-bookmarks"), "a read gives none").toBeNull();
  });

  it("that this API did not send are refused", async () => {
    for (const header of ["garbage", encodeBookmarks([]).slice(0, 1), Buffer.from('{"a":1}').toString("base64url")]) {
      const response = await api.post(`{ __typename }`, undefined, { "dealgraph-bookmarks": header });
      expect([response.status, codes(response)], header).toEqual([400, ["BAD_USER_INPUT"]]);
    }
  });
});
