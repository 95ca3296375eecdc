// What clients get when something is wrong: null for what is not there, BAD_USER_INPUT
// naming the argument for what cannot be right, SERVICE_UNAVAILABLE when the database is
// down, and a masked INTERNAL_SERVER_ERROR (no stack, no driver message) for the rest.
import net from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";

let api: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    companies: [{ id: "acme", name: "Acme" }],
    people: [{ id: "jane-doe", name: "Jane Doe" }],
    articles: [{ id: "wire", mentions: ["acme"] }],
    investments: [{ id: "acme-seed", investors: ["jane-doe"], target: "acme", sources: [{ article: "wire", evidence: "seed" }] }],
  });
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

function badInput(result: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }, argument: string) {
  expect(result.errors, `an error naming ${argument}`).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  expect(error!.message).toContain(argument);
  return error!;
}

describe("lookups that find nothing", () => {
  it("return null, without an error", async () => {
    const { data, errors } = await api.run(`{
      node(id: "nobody") { id } company(id: "nobody") { id } byName: company(name: "Nobody Corp") { id }
      person(id: "nobody") { id } investment(id: "nobody") { id } article(id: "nobody") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, company: null, byName: null, person: null, investment: null, article: null });
  });

  it("return null for an id of another type", async () => {
    const { data, errors } = await api.run(`{ company(id: "jane-doe") { id } person(id: "acme") { id } investment(id: "wire") { id } node(id: "acme-seed") { __typename } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ company: null, person: null, investment: null, node: { __typename: "Investment" } });
  });
});

describe("arguments that cannot be right", () => {
  it("a malformed id names its argument", async () => {
    badInput(await api.run(`{ node(id: "Not An Id") { id } }`), "id");
    badInput(await api.run(`{ investments(where: { targetId: "ACME!" }) { totalCount } }`), "where.targetId");
  });

  it("company and person want an id or a name, not neither nor both", async () => {
    badInput(await api.run(`{ company { id } }`), "id");
    badInput(await api.run(`{ company(id: "acme", name: "Acme") { id } }`), "id");
    badInput(await api.run(`{ person { id } }`), "id");
    badInput(await api.run(`{ company(name: "!!!") { id } }`), "name");
  });

  it("a bad cursor names `after`", async () => {
    const garbage = ["%%%", "bm90IGpzb24", Buffer.from('{"a":1}').toString("base64url"), Buffer.from('[1,""]').toString("base64url")];
    for (const after of garbage) {
      const error = badInput(await api.run(`query($a: String) { companies(after: $a) { totalCount } }`, { a: after }), "after");
      expect(error.extensions).toMatchObject({ argument: "after" });
    }
  });

  it("`first` over 100 or under 0 names `first`", async () => {
    badInput(await api.run(`{ companies(first: 1000) { totalCount } }`), "first");
    badInput(await api.run(`{ investments(first: -1) { totalCount } }`), "first");
  });

  it("a bad PartialDate literal names the argument path", async () => {
    for (const date of ['"2025-13"', '"2025-02-30"', '"25"', '"2025/06"', "2025"]) {
      const error = badInput(await api.run(`{ investments(where: { announcedFrom: ${date} }) { totalCount } }`), "where.announcedFrom");
      expect(error.extensions).toMatchObject({ argument: "where.announcedFrom" });
    }
    badInput(await api.run(`{ articles(where: { publishedTo: "2024-00" }) { totalCount } }`), "where.publishedTo");
  });

  it("a bad PartialDate variable names the variable and the path inside it", async () => {
    const result = await api.run(`query($w: InvestmentWhere) { investments(where: $w) { totalCount } }`, { w: { announcedTo: "2025-6" } });
    const error = badInput(result, "$w");
    expect(error.message).toContain("announcedTo");
  });

  it("accepts every real partial date, leap days included", async () => {
    const { errors } = await api.run(`{ a: investments(where: { announcedFrom: "2024", announcedTo: "2024-02-29" }) { totalCount }
      b: investments(where: { announcedFrom: "2025-12" }) { totalCount } }`);
    expect(errors).toBeUndefined();
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function post(base: string, query: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

describe("over HTTP, in production", () => {
  const servers: DealgraphServer[] = [];
  const drivers: Driver[] = [];
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" });

  async function serve(driver: Driver, overrides: Partial<typeof config> = {}): Promise<string> {
    drivers.push(driver);
    const server = createServer({ driver, config: { ...config, ...overrides } });
    servers.push(server);
    const { host, port } = await server.listen("127.0.0.1", 0);
    return `http://${host}:${port}`;
  }

  afterAll(async () => {
    for (const s of servers) await s.stop();
    for (const d of drivers) await d.close();
  });

  it("answers /health, and /ready only while the database answers", async () => {
    const up = await serve(neo4j.driver(config.NEO4J_URI!, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD)));
    expect(await (await fetch(`${up}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${up}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ok" }]);

    const down = await serve(neo4j.driver(`bolt://127.0.0.1:${await closedPort()}`, neo4j.auth.basic("neo4j", ""), { connectionTimeout: 2000 }));
    expect((await fetch(`${down}/health`)).status).toBe(200);
    const notReady = await fetch(`${down}/ready`);
    expect([notReady.status, await notReady.json()]).toEqual([503, { status: "unavailable" }]);
  });

  it("says SERVICE_UNAVAILABLE when the database is unreachable, with no stack trace", async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${await closedPort()}`, neo4j.auth.basic("neo4j", ""), {
      connectionTimeout: 2000,
      maxTransactionRetryTime: 500,
    });
    const base = await serve(driver);
    const { body, text } = await post(base, `{ companies { totalCount } }`);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
    expect(body.errors[0].message).toMatch(/database is unreachable/);
    expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+/);
  });

  it("masks any other failure as INTERNAL_SERVER_ERROR, saying nothing of it", async () => {
    // A database that does not exist: a driver error that is not about reachability.
    const base = await serve(neo4j.driver(config.NEO4J_URI!, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD)), {
      NEO4J_DATABASE: "nosuchdatabase",
    });
    const { body, text } = await post(base, `{ companies { totalCount } }`);
    expect(body.errors).toEqual([
      {
        message: "Internal server error",
        locations: [{ line: 1, column: 3 }],
        path: ["companies"],
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) },
      },
    ]);
    expect(text).not.toMatch(/nosuchdatabase|Neo4j|stacktrace/i);
  });

  it("keeps client errors as they are, and answers a malformed body in JSON", async () => {
    const base = await serve(neo4j.driver(config.NEO4J_URI!, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD)));
    const syntax = await post(base, `{ companies {`);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });

    const date = await post(base, `{ investments(where: { announcedFrom: "2025-13" }) { totalCount } }`);
    expect(date.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "where.announcedFrom" });

    const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
