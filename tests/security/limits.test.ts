// Operation limits, over HTTP: depth, aliases, directives, tokens, cost (lists weighed
// by `first`), `first` within 0..100, body size, no batching. Each is refused before
// anything runs (no database round trip) with BAD_USER_INPUT naming the limit, states
// its value outside production only, and follows its setting.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { SMALL_GRAPH, writeGraph } from "../helpers/graph-fixtures.js";
import { type HttpApi, type HttpResponse, startHttpApi } from "../helpers/http.js";

let prod: HttpApi;
let dev: HttpApi;
let tight: HttpApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), SMALL_GRAPH);
  prod = await startHttpApi(testDriver());
  dev = await startHttpApi(testDriver(), { NODE_ENV: "test" });
  tight = await startHttpApi(testDriver(), {
    GRAPHQL_MAX_DEPTH: "6",
    GRAPHQL_MAX_ALIASES: "2",
    GRAPHQL_MAX_DIRECTIVES: "1",
    GRAPHQL_MAX_TOKENS: "40",
    GRAPHQL_MAX_COST: "100",
    HTTP_MAX_BODY_BYTES: "2000",
  });
});
afterAll(async () => {
  await prod?.stop();
  await dev?.stop();
  await tight?.stop();
  await closeTestDriver();
});

/**
 * A query `depth` fields deep: company > investmentsReceived > target > ... The two outer
 * lists take one deal each, which keeps its cost under the limits below and its length
 * within the tight server's 40 tokens.
 */
function deepQuery(depth: number): string {
  let selection = "id";
  for (let level = depth - 1; level >= 2; level--) selection = `${level % 2 === 0 ? `investmentsReceived${level <= 4 ? "(first: 1)" : ""}` : "target"} { ${selection} }`;
  return `{ company(id: "acme") { ${selection} } }`;
}
const aliasesQuery = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: company(id: "acme") { id }`).join(" ")} }`;
const directivesQuery = (n: number) => `{ company(id: "acme") { ${"__typename @include(if: true) ".repeat(n)} } }`;
// n tokens: 16 of its own, and n - 16 ids (distinct fields would be cut short by graphql's
// own budget for comparing them).
const tokensQuery = (n: number) =>
  `{ companies(where: { ids: [${Array.from({ length: n - 16 }, (_, i) => `"c${i}"`).join(" ")}] }) { totalCount } }`;
// Two nested lists under a page of `first`, each counted by its own `first`: 4,603 × first
// (see limits.ts), so 20 rows pass and 100 do not.
const COSTLY = `query Costly($first: Int) { companies(first: $first) { edges { node { investmentsMade(first: 50) { target {
  investors(first: 90) { ... on Company { id } } } } } } } }`;

/** The request's log line: how many database round trips it made. */
function roundTripsOf(api: HttpApi, response: HttpResponse): number {
  const reqId = response.headers.get("x-request-id");
  const line = api.logs.find((l) => l.reqId === reqId && l.msg === "graphql request");
  expect(line, `the log line of ${reqId}`).toBeDefined();
  return line!.dbRoundTrips;
}

function refused(api: HttpApi, response: HttpResponse, limit: string) {
  expect(response.status).toBe(400);
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors;
  expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit });
  expect(roundTripsOf(api, response), "refused before anything ran").toBe(0);
  return error as { message: string; extensions: Record<string, unknown> };
}

function accepted(response: HttpResponse) {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  expect(response.status).toBe(200);
}

describe("defaults", () => {
  it("depth: 10 levels pass, 11 do not", async () => {
    accepted(await prod.post(deepQuery(10)));
    const error = refused(prod, await prod.post(deepQuery(11)), "depth");
    expect(error.message).toBe("The query nests fields too deeply.");
  });

  it("aliases: 20 pass, 21 do not", async () => {
    accepted(await prod.post(aliasesQuery(20)));
    refused(prod, await prod.post(aliasesQuery(21)), "aliases");
  });

  it("directives: 10 pass, 11 do not", async () => {
    accepted(await prod.post(directivesQuery(10)));
    refused(prod, await prod.post(directivesQuery(11)), "directives");
  });

  it("tokens: 2000 pass, 2001 do not", async () => {
    accepted(await prod.post(tokensQuery(2000)));
    const response = await prod.post(tokensQuery(2001));
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: "The query is too long.", extensions: { code: "BAD_USER_INPUT", limit: "tokens" } });
  });

  it("cost: lists are weighed by `first`, so the same query passes with 20 rows and not with 100", async () => {
    accepted(await prod.post(COSTLY, { first: 20 }));
    const error = refused(prod, await prod.post(COSTLY, { first: 100 }), "cost");
    expect(error.message).toMatch(/^The query asks for too much at once/);
  });

  it("first: over 100 or under 0 is refused before the query runs, from a literal or a variable", async () => {
    for (const response of [
      await prod.post(`{ companies(first: 101) { totalCount } }`),
      await prod.post(`query($n: Int) { investments(first: $n) { totalCount } }`, { n: 1000 }),
      await prod.post(`query($n: Int) { people(first: $n) { totalCount } }`, { n: -1 }),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
      expect(roundTripsOf(prod, response)).toBe(0);
    }
    accepted(await prod.post(`{ companies(first: 100) { totalCount } }`));
  });

  it("body: over 1 MiB is refused with 413, before it is parsed", async () => {
    const padding = "x".repeat(1024 * 1024);
    const response = await prod.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { padding } }),
    });
    expect(response.status).toBe(413);
    expect(response.body.errors[0]).toEqual({ message: "The request body is too large.", extensions: { code: "BAD_USER_INPUT", limit: "body" } });
  });

  it("batching: an array of operations is refused", async () => {
    const response = await prod.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("persisted queries: off, so a client cannot fill the server's cache or send a hash instead of the document", async () => {
    const query = "{ __typename }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const send = (body: Record<string, unknown>) =>
      prod.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    for (const response of [
      await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      await send({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    ]) {
      expect(response.body.errors.map((e: any) => e.extensions.code)).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
      expect(response.body.data).toBeUndefined();
    }
  });

  it("leave introspection (the playground's own query) alone", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    accepted(await dev.post(getIntrospectionQuery()));
  });
});

describe("messages", () => {
  it("state the limit and the count outside production only", async () => {
    const cases: Array<[string, string, RegExp]> = [
      [deepQuery(11), "depth", /It has 11; the limit is 10\./],
      [aliasesQuery(21), "aliases", /It has 21; the limit is 20\./],
      [directivesQuery(11), "directives", /It has 11; the limit is 10\./],
      [tokensQuery(2001), "tokens", /more than 2000 tokens/],
    ];
    for (const [query, limit, detail] of cases) {
      const inProduction = await prod.post(query);
      const outside = await dev.post(query);
      expect(inProduction.body.errors[0].extensions.limit).toBe(limit);
      expect(inProduction.body.errors[0].message).not.toMatch(/\d/);
      expect(outside.body.errors[0].message).toMatch(detail);
    }
    const cost = await dev.post(COSTLY, { first: 100 });
    expect(cost.body.errors[0].message).toMatch(/the limit is 250000\./);
    expect((await prod.post(COSTLY, { first: 100 })).body.errors[0].message).not.toMatch(/\d/);
  });
});

describe("settings", () => {
  it("each limit follows its setting", async () => {
    accepted(await tight.post(deepQuery(6)));
    refused(tight, await tight.post(deepQuery(7)), "depth");
    refused(tight, await tight.post(aliasesQuery(3)), "aliases");
    refused(tight, await tight.post(`{ __typename @include(if: true) __typename @skip(if: false) }`), "directives");
    expect((await tight.post(tokensQuery(41))).body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", limit: "tokens" });
    // 5 companies, 5 investors each: 5 × (1 + 1 + 5 × 1) is under 100; 20 rows are not.
    accepted(await tight.post(`{ companies(first: 5) { edges { node { investors(first: 5) { __typename } } } } }`));
    refused(tight, await tight.post(`{ companies(first: 20) { edges { node { investors(first: 5) { __typename } } } } }`), "cost");
    const body = await tight.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ company(name: "${"a".repeat(2000)}") { id } }` }),
    });
    expect(body.status).toBe(413);
  });
});

describe("fragments and the bounds of each field", () => {
  it("depth counts fields only: 10 levels written with fragments pass, 11 do not", async () => {
    // company > investmentsReceived > target > ..., each target's fields behind a fragment.
    const withFragments = (depth: number) => {
      let selection = "id";
      for (let level = depth - 1; level >= 2; level--) {
        selection = level % 2 === 0 ? `investmentsReceived(first: 1) { ${selection} }` : `target { ... on Company { ...Named ${selection} } }`;
      }
      return `fragment Named on Company { name } { company(id: "acme") { ${selection} } }`;
    };
    accepted(await prod.post(withFragments(10)));
    refused(prod, await prod.post(withFragments(11)), "depth");
  });

  it("a `first` is checked against its own field's bound, not the connections' 100", async () => {
    accepted(await prod.post(`{ executiveMoves(first: 150) { person { id } } }`));
    const response = await prod.post(`{ executiveMoves(first: 201) { person { id } } }`);
    expect(response.status).toBe(400);
    // executiveMoves does not page: no hint at an `after` it does not have.
    expect(response.body.errors[0].message).toBe("first: must be 1 to 200, got 201");
    const nested = await prod.post(`{ company(id: "acme") { investmentsReceived(first: 101) { id } } }`);
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("a plain list returns at most its `first`", async () => {
    const response = await prod.post(`{ company(id: "acme") { one: investmentsReceived(first: 1) { id } none: investmentsReceived(first: 0) { id } investors(first: 1) { __typename } } }`);
    accepted(response);
    expect(response.body.data.company).toEqual({ one: [{ id: "acme-seed" }], none: [], investors: [{ __typename: "Company" }] });
  });
});

describe("what one request may read and send", () => {
  let budget: HttpApi;
  let fewRows: HttpApi;
  const LONG = "Lorem ipsum dolor sit amet. ".repeat(110); // 3,080 characters

  beforeAll(async () => {
    await writeGraph(testDriver(), {
      companies: [],
      people: [],
      articles: [
        { id: "long-one", body: LONG, publishedOn: "2025-01-02" },
        { id: "long-two", body: LONG, publishedOn: "2025-01-01" },
      ],
      investments: [],
    });
    budget = await startHttpApi(testDriver(), { HTTP_MAX_RESPONSE_BYTES: "4000" });
    fewRows = await startHttpApi(testDriver(), { GRAPHQL_MAX_ROWS: "2" });
  });
  afterAll(async () => {
    await budget?.stop();
    await fewRows?.stop();
  });

  it("rows: a request that reads more rows than GRAPHQL_MAX_ROWS is stopped with an error naming the limit", async () => {
    accepted(await fewRows.post(`{ company(id: "acme") { id } }`));
    const response = await fewRows.post(`{ companies(first: 10) { edges { node { id } } } }`);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", limit: "rows" } });
    expect(response.body.errors[0].message).toMatch(/^The query reads more rows than one request may/);
  });

  it("text read: a request whose text passes HTTP_MAX_RESPONSE_BYTES is stopped as it reads, before its answer is built", async () => {
    accepted(await budget.post(`{ article(id: "long-one") { body } }`));
    const response = await budget.post(`{ articles(first: 10) { edges { node { id body } } } }`);
    expect(response.body.errors.map((e: any) => e.extensions)).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", limit: "responseBytes" })]);
    expect(response.text.length).toBeLessThan(4000);
  });

  it("answer size: text read once and repeated under aliases is refused when the answer passes HTTP_MAX_RESPONSE_BYTES", async () => {
    const response = await budget.post(`{ a: article(id: "long-one") { body } b: article(id: "long-one") { body } }`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: expect.stringMatching(/^The answer is too large/), extensions: { code: "BAD_USER_INPUT", limit: "responseBytes", requestId: expect.any(String) } }],
    });
    expect(response.body.errors[0].message).not.toMatch(/\d/);
  });
});
