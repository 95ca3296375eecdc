// Time limits: every transaction has a timeout that the database enforces, a request has
// a deadline that its transactions cannot outlive, and an expensive query is cancelled in
// the database, not left running there after the client got its answer.
import net from "node:net";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DealgraphContext } from "../../src/api/context.js";
// The Db a request uses: the database layer's plain errors as the client is told them (api/request-db.ts).
import { RequestDb } from "../../src/api/request-db.js";
import { closeTestDriver, testDriver } from "../helpers/db.js";
import { codes, type HttpApi, startHttpApi } from "../helpers/http.js";

// About 2·10⁹ rows to filter: minutes of work, unless something stops it.
const ENDLESS = "// test.endless\nUNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n";

/** Milliseconds until no transaction runs the endless query any more (or `withinMs` passes: -1). */
async function untilCancelled(driver: Driver, withinMs: number): Promise<number> {
  const started = Date.now();
  const session = driver.session();
  try {
    while (Date.now() - started < withinMs) {
      const result = await session.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH '// test.endless' RETURN count(*) AS running",
      );
      if (result.records[0]!.get("running").toNumber() === 0) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
    return -1;
  } finally {
    await session.close();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; error?: any; value?: T }> {
  const started = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

afterAll(closeTestDriver);

describe("a transaction", () => {
  it("is terminated by the database at DB_TX_TIMEOUT_MS", async () => {
    const db = new RequestDb(testDriver(), { txTimeoutMs: 1000 });
    const { ms, error } = await timed(() => db.read(ENDLESS));
    expect(error?.extensions?.code).toBe("TIMEOUT");
    // Neo4j checks timeouts every couple of seconds.
    expect(ms).toBeLessThan(4000);
    expect(await untilCancelled(testDriver(), 3000)).toBeGreaterThanOrEqual(0);
  });

  it("never outlives the request's deadline, and is cancelled in the database there", async () => {
    const db = new RequestDb(testDriver(), { txTimeoutMs: 60_000, deadline: Date.now() + 1000 });
    const { ms, error } = await timed(() => db.read(ENDLESS));
    expect(error?.extensions?.code).toBe("TIMEOUT");
    expect(ms).toBeGreaterThan(900);
    expect(ms).toBeLessThan(1600);
    expect(await untilCancelled(testDriver(), 3000)).toBeGreaterThanOrEqual(0);
  });

  it("does not start after the deadline", async () => {
    const started: string[] = [];
    const db = new RequestDb(testDriver(), {
      deadline: Date.now() - 1,
      observer: { transactionStarted: (mode) => started.push(mode), transactionEnded: () => undefined },
    });
    const { ms, error } = await timed(() => db.read("RETURN 1 AS one"));
    expect(error?.extensions?.code).toBe("TIMEOUT");
    expect(ms).toBeLessThan(50);
    expect(started).toEqual([]);
  });
});

describe("a request", () => {
  let api: HttpApi;
  const lateAttempts: Array<{ code: unknown; ms: number }> = [];

  // Fields that misbehave, on the real server (context, Db, limits, error masking).
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType<unknown, DealgraphContext>({
      name: "Query",
      fields: {
        endless: { type: GraphQLString, resolve: async (_, __, ctx) => String((await ctx.db.read<{ n: number }>(ENDLESS))[0]!.n) },
        // Waits out the deadline in JavaScript, then tries the database.
        late: {
          type: GraphQLString,
          resolve: async (_, __, ctx) => {
            await new Promise((r) => setTimeout(r, 1700));
            const { ms, error } = await timed(() => ctx.db.read("RETURN 1 AS one"));
            lateAttempts.push({ code: error?.extensions?.code, ms });
            throw error ?? new Error("the database answered after the deadline");
          },
        },
        hang: { type: GraphQLString, resolve: () => new Promise(() => undefined) },
        quick: { type: GraphQLString, resolve: async (_, __, ctx) => String((await ctx.db.read<{ one: number }>("RETURN 1 AS one"))[0]!.one) },
      },
    }),
  });

  beforeAll(async () => {
    api = await startHttpApi(testDriver(), { REQUEST_TIMEOUT_MS: "1500", DB_TX_TIMEOUT_MS: "60000" }, { schema });
  });
  afterAll(() => api?.stop());

  it("with an expensive query gets TIMEOUT at its deadline, and the query stops running in the database", async () => {
    const response = await api.post(`{ endless }`);
    expect(codes(response)).toEqual(["TIMEOUT"]);
    expect(response.body.data).toEqual({ endless: null });
    expect(response.ms).toBeLessThan(2600);
    expect(await untilCancelled(testDriver(), 3000)).toBeGreaterThanOrEqual(0);
    // The server is fine afterwards.
    expect((await api.post(`{ quick }`)).body).toEqual({ data: { quick: "1" } });
  });

  it("starts no database work once past its deadline", async () => {
    const response = await api.post(`{ late }`);
    expect(codes(response)).toEqual(["TIMEOUT"]);
    expect(lateAttempts).toHaveLength(1);
    expect(lateAttempts[0]!.code).toBe("TIMEOUT");
    expect(lateAttempts[0]!.ms).toBeLessThan(50);
  });

  it("from a client that sends it too slowly is dropped (REQUEST_TIMEOUT_MS), not waited for", async () => {
    // Without the server's own timeouts (Node's defaults: 5 minutes for a request, 1 for
    // its headers) these connections would stay open, each holding a socket.
    const { port } = new URL(api.url);
    const trickle = async (first: string) => {
      const socket = net.connect(Number(port), "127.0.0.1");
      let answer = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (answer += chunk));
      socket.on("error", () => undefined);
      const started = Date.now();
      socket.write(first);
      const closedAfter = await new Promise<number>((resolve) => {
        const timer = setTimeout(() => resolve(-1), 45_000);
        socket.once("close", () => (clearTimeout(timer), resolve(Date.now() - started)));
      });
      socket.destroy();
      return { closedAfter, answer };
    };
    const [headers, body] = await Promise.all([
      // Headers that never end.
      trickle("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"),
      // Headers, then a body that never ends.
      trickle('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":'),
    ]);
    // Node checks these timeouts every few seconds (connectionsCheckingInterval), hence the margin.
    expect(headers.closedAfter, "closed while the headers were still coming").toBeGreaterThan(1_400);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.closedAfter, "closed while the body was still coming").toBeGreaterThan(1_400);
    // The deadline's 503 may go out first; the connection is closed all the same.
    expect(body.answer).toMatch(/^HTTP\/1\.1 (408|503)/);
  }, 60_000);

  it("is answered at its deadline even when something else holds it", async () => {
    const response = await api.post(`{ hang }`);
    expect(response.status).toBe(503);
    expect(response.body.errors[0].extensions).toMatchObject({ code: "TIMEOUT", requestId: response.headers.get("x-request-id") });
    expect(response.ms).toBeGreaterThan(1400);
    expect(response.ms).toBeLessThan(3500);
  });
});
