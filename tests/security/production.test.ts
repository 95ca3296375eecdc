// Production mode (NODE_ENV=production), over HTTP: introspection off unless enabled,
// no "Did you mean" hints, no stack traces, unknown errors masked with a request id that
// leads to the log line, CSRF prevention, CORS only for the configured origins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, STACK_TRACE, startHttpApi } from "../helpers/http.js";

const apis: HttpApi[] = [];
async function api(env: Record<string, string> = {}): Promise<HttpApi> {
  const started = await startHttpApi(testDriver(), env);
  apis.push(started);
  return started;
}

let prod: HttpApi;
let dev: HttpApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), { companies: [{ id: "acme", name: "Acme" }] });
  prod = await api();
  dev = await api({ NODE_ENV: "development" });
});
afterAll(async () => {
  for (const a of apis) await a.stop();
  await closeTestDriver();
});

const INTROSPECTION = `{ __schema { queryType { name } } }`;
const TYPE = `{ __type(name: "Company") { fields { name } } }`;

describe("introspection", () => {
  it("is off in production, for __schema and __type alike", async () => {
    for (const query of [INTROSPECTION, TYPE]) {
      const response = await prod.post(query);
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(response.body.data).toBeUndefined();
    }
    expect(loadConfig({ NODE_ENV: "production" }).INTROSPECTION).toBe(false);
  });

  it("is on in production when INTROSPECTION=true, and by default elsewhere", async () => {
    const enabled = await api({ INTROSPECTION: "true" });
    expect((await enabled.post(INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    expect((await dev.post(INTROSPECTION)).body.data.__schema.queryType.name).toBe("Query");
    expect(loadConfig({ NODE_ENV: "test" }).INTROSPECTION).toBe(true);
  });

  it("leaves __typename alone", async () => {
    expect((await prod.post(`{ __typename }`)).body).toEqual({ data: { __typename: "Query" } });
  });
});

describe("field suggestions", () => {
  const mistakes: Array<[string, string, Record<string, unknown>?]> = [
    ["a field", `{ compnay(id: "acme") { id } }`],
    ["a field of a type", `{ company(id: "acme") { nmae } }`],
    ["an argument", `{ companies(frist: 2) { totalCount } }`],
    ["an enum literal", `{ companies(orderBy: { field: NAM }) { totalCount } }`],
    ["an enum in a variable", `query($k: [InvestmentKind!]) { investments(where: { kind: $k }) { totalCount } }`, { k: ["FUNDING_ROUN"] }],
    ["an input field", `{ companies(where: { nameContain: "a" }) { totalCount } }`],
    ["a type", `query($w: CompanyWher) { companies(where: $w) { totalCount } }`],
  ];

  it.each(mistakes)("are hidden in production (%s)", async (_, query, variables) => {
    const [inProduction, outside] = [await prod.post(query, variables), await dev.post(query, variables)];
    expect(outside.text, "graphql suggests a name outside production").toMatch(/Did you mean/);
    expect(inProduction.body.errors.length).toBeGreaterThan(0);
    expect(inProduction.text).not.toMatch(/Did you mean/);
  });
});

describe("internal errors", () => {
  // A database that does not exist: the driver fails in a way that is not the client's doing.
  async function broken(env: Record<string, string> = {}) {
    return api({ NEO4J_DATABASE: "nosuchdatabase", ...env });
  }

  it("are masked as INTERNAL_SERVER_ERROR with a request id, and logged under that id", async () => {
    const server = await broken();
    const response = await server.post(`query Broken { companies { totalCount } }`);
    expect(response.status).toBe(200);
    const [error] = response.body.errors;
    expect(error).toEqual({
      message: "Internal server error",
      locations: [{ line: 1, column: 16 }],
      path: ["companies"],
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: response.headers.get("x-request-id") },
    });
    expect(response.text).not.toMatch(/nosuchdatabase|Neo4j|Neo\./i);
    expect(response.text).not.toMatch(STACK_TRACE);

    const logged = server.logs.filter((l) => l.reqId === error.extensions.requestId);
    const failure = logged.find((l) => l.msg === "internal error in a GraphQL request");
    expect(failure, "the error, logged under the request id").toBeDefined();
    expect(failure!.level).toBe(50);
    expect(JSON.stringify(failure!.err)).toMatch(/nosuchdatabase/);
    expect(failure!.err.stack, "the stack stays in the log").toMatch(STACK_TRACE);
    expect(logged.find((l) => l.msg === "graphql request")).toMatchObject({ operation: "Broken", errors: ["INTERNAL_SERVER_ERROR"] });
  });

  it("carry stack traces only when GRAPHQL_STACKTRACES=true, not by default in development", async () => {
    const query = `{ companies { totalCount } }`;
    const clientMistake = `{ company(id: "Not An Id") { id } }`;
    const inProduction = await (await broken()).post(query);
    const development = await broken({ NODE_ENV: "development" });
    const asked = await broken({ NODE_ENV: "development", GRAPHQL_STACKTRACES: "true" });
    for (const response of [inProduction, await development.post(query), await development.post(clientMistake)]) {
      expect(response.body.errors[0].extensions.stacktrace).toBeUndefined();
      expect(response.text).not.toMatch(STACK_TRACE);
    }
    for (const response of [await asked.post(query), await asked.post(clientMistake)]) {
      expect(response.body.errors[0].extensions.stacktrace, "the opt-in shows the stack").toEqual(expect.arrayContaining([expect.stringMatching(/^\s+at /)]));
    }
    expect(() => loadConfig({ NODE_ENV: "production", GRAPHQL_STACKTRACES: "true" })).toThrow(/GRAPHQL_STACKTRACES/);
  });

  it("client errors carry no stack trace in production either", async () => {
    for (const query of [`{ company(id: "Not An Id") { id } }`, `{ companies {`, `{ nope }`]) {
      const response = await prod.post(query);
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect(response.text).not.toMatch(STACK_TRACE);
    }
  });

  it("outside GraphQL (a malformed body) are JSON with a code, without a stack", async () => {
    const response = await prod.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(["BAD_REQUEST"]);
    expect(response.text).not.toMatch(STACK_TRACE);
  });
});

describe("request ids", () => {
  it("are made for each request, or taken from a proxy's X-Request-Id when sane", async () => {
    const a = await prod.post(`{ __typename }`);
    const b = await prod.post(`{ __typename }`);
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    expect((await prod.post(`{ __typename }`, undefined, { "x-request-id": "lb-1234.abc" })).headers.get("x-request-id")).toBe("lb-1234.abc");
    const forged = await prod.post(`{ __typename }`, undefined, { "x-request-id": 'x"} {"level":60' });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("content sniffing", () => {
  it("is off for every response: X-Content-Type-Options: nosniff, answers and refusals alike", async () => {
    const responses = [
      await prod.post(`{ __typename }`),
      await prod.post(`{ nope }`),
      await prod.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
      await prod.fetch("/health"),
      await prod.fetch("/ready"),
    ];
    for (const response of responses) expect(response.headers.get("x-content-type-options"), `${response.status} ${response.text}`).toBe("nosniff");
  });
});

describe("CSRF prevention", () => {
  const get = (server: HttpApi, headers: Record<string, string> = {}) =>
    server.fetch(`/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers });

  it("refuses requests a browser could send from another site without a preflight", async () => {
    const simpleGet = await get(prod);
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.text).toMatch(/Cross-Site Request Forgery/);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const post = await prod.fetch("/graphql", { method: "POST", headers: { "content-type": type }, body: '{"query":"{ __typename }"}' });
      expect(post.status, type).toBe(400);
      expect(post.text).not.toMatch(/"data"/);
    }
  });

  it("lets JSON POSTs and GETs with a preflight header through", async () => {
    expect((await get(prod, { "apollo-require-preflight": "true" })).body).toEqual({ data: { __typename: "Query" } });
    expect((await prod.post(`{ __typename }`)).body).toEqual({ data: { __typename: "Query" } });
  });
});

describe("CORS", () => {
  const preflight = (server: HttpApi, origin: string) =>
    server.fetch("/graphql", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

  it("allows no other origin by default", async () => {
    const response = await preflight(prod, "https://app.example.com");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const post = await prod.post(`{ __typename }`, undefined, { origin: "https://app.example.com" });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the origins in CORS_ORIGINS, with the headers the API uses", async () => {
    const server = await api({ CORS_ORIGINS: "https://app.example.com,https://admin.example.com" });
    const allowed = await preflight(server, "https://admin.example.com");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://admin.example.com");
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const post = await server.post(`{ __typename }`, undefined, { origin: "https://app.example.com" });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(post.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);
    expect((await preflight(server, "https://evil.example.net")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a malformed CORS_ORIGINS", () => {
    expect(() => loadConfig({ CORS_ORIGINS: "app.example.com" })).toThrow(/CORS_ORIGINS/);
  });
});
