// Graceful shutdown as clients see it: once stop() is called the server drains: /ready
// answers 503 (a load balancer sends no more), a new request is refused with 503 and
// Retry-After, /health still says the process lives, and a request already in flight
// gets its whole answer before the server stops.
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { testDriver } from "../helpers/db.js";
import { codes, type HttpApi, startHttpApi } from "../helpers/http.js";

describe("a server that is stopping", () => {
  let api: HttpApi | undefined;
  afterAll(() => api?.stop());

  it("drains: not ready, refuses new requests with Retry-After, finishes the one in flight, then stops", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const heldStarted = new Promise<void>((resolve) => (started = resolve));
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          // Answers when the test says so: a request in flight while the server drains.
          held: {
            type: GraphQLString,
            resolve: async () => {
              started();
              await released;
              return "done";
            },
          },
          quick: { type: GraphQLString, resolve: () => "ok" },
        },
      }),
    });
    const server = (api = await startHttpApi(testDriver(), {}, { schema }));
    expect(server.server.lifecycle.state).toBe("ready");
    expect((await server.fetch("/ready")).status).toBe(200);

    const held = server.post("{ held }");
    await heldStarted;
    const stopped = server.stop();
    expect(server.server.lifecycle.state).toBe("draining");

    const ready = await server.fetch("/ready");
    expect([ready.status, ready.body, ready.headers.get("retry-after")]).toEqual([503, { status: "draining" }, "2"]);
    const refused = await server.post("{ quick }");
    expect([refused.status, codes(refused), refused.headers.get("retry-after")]).toEqual([503, ["SERVICE_UNAVAILABLE"], "2"]);
    const health = await server.fetch("/health");
    expect([health.status, health.body]).toEqual([200, { status: "ok", state: "draining" }]);
    expect(server.server.lifecycle.state).toBe("draining");

    release();
    const answer = await held;
    expect([answer.status, answer.body]).toEqual([200, { data: { held: "done" } }]);
    await stopped;
    expect(server.server.lifecycle.state).toBe("stopped");
    expect(server.server.httpServer.listening).toBe(false);
    // Stopping again changes nothing.
    await server.stop();
  });
});
