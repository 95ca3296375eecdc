// Auth over HTTP, as a caller sees it: readers query, editors also mutate; queries public
// or token-only (QUERY_ACCESS); a wrong token is refused whatever it asks; mutations are
// refused before their resolver runs, even one that forgets to check; tokens never reach
// the log.
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, startHttpApi } from "../helpers/http.js";

const EDITOR = "editor-7f3a9c2e1b5d4f60";
const READER = "reader-0c9e8d7b6a5f4e3d";
const TOKENS = `${EDITOR},${READER}:reader`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const QUERY = `{ company(id: "acme") { name } }`;
const MUTATION = `mutation { removeArticle(id: "no-such-article") { outcome } }`;

const apis: HttpApi[] = [];
async function api(env: Record<string, string>, schema?: GraphQLSchema): Promise<HttpApi> {
  const started = await startHttpApi(testDriver(), env, schema ? { schema } : {});
  apis.push(started);
  return started;
}

let open: HttpApi;
let closed: HttpApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), { companies: [{ id: "acme", name: "Acme" }] });
  open = await api({ API_TOKENS: TOKENS });
  closed = await api({ API_TOKENS: TOKENS, QUERY_ACCESS: "token" });
});
afterAll(async () => {
  for (const a of apis) await a.stop();
  await closeTestDriver();
});

describe("QUERY_ACCESS=public (the default)", () => {
  it("anyone may query; a reader and an editor too", async () => {
    for (const headers of [{}, bearer(READER), bearer(EDITOR)]) {
      expect((await open.post(QUERY, undefined, headers)).body).toEqual({ data: { company: { name: "Acme" } } });
    }
  });

  it("mutations need an editor token: none is 401, a reader's is 403", async () => {
    const anonymous = await open.post(MUTATION);
    expect([anonymous.status, codes(anonymous)]).toEqual([401, ["UNAUTHENTICATED"]]);
    const reader = await open.post(MUTATION, undefined, bearer(READER));
    expect([reader.status, codes(reader)]).toEqual([403, ["FORBIDDEN"]]);
    expect(reader.body.errors[0].message).toMatch(/editor/);
    const editor = await open.post(MUTATION, undefined, bearer(EDITOR));
    expect(editor.body).toEqual({ data: { removeArticle: null } });
  });

  it("a subscription sent over HTTP is refused as one (400, pointing at WebSocket), whoever sends it", async () => {
    for (const headers of [{}, bearer(READER), bearer(EDITOR)]) {
      const response = await open.post(`subscription { graphChanged { articleId } }`, undefined, headers);
      expect([response.status, codes(response)]).toEqual([400, ["BAD_REQUEST"]]);
      expect(response.body.errors[0].message).toMatch(/WebSocket/);
    }
  });

  it("a wrong token is refused, even for a query, before the body is read", async () => {
    for (const token of ["guess", `${EDITOR}x`, EDITOR.slice(0, -1), `${READER}:reader`]) {
      const response = await open.post(QUERY, undefined, bearer(token));
      expect([response.status, codes(response)]).toEqual([401, ["UNAUTHENTICATED"]]);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
  });

  it("with no API_TOKENS, mutations are refused with how to enable them", async () => {
    const none = await api({ API_TOKENS: "" });
    const response = await none.post(MUTATION, undefined, {});
    expect(codes(response)).toEqual(["FORBIDDEN"]);
    expect(response.body.errors[0].message).toMatch(/API_TOKENS/);
  });
});

describe("QUERY_ACCESS=token", () => {
  it("queries need a reader or editor token; without one the schema is not even validated against", async () => {
    for (const query of [QUERY, `{ nosuchfield }`, `{ __schema { types { name } } }`]) {
      const response = await closed.post(query);
      expect([response.status, codes(response)]).toEqual([401, ["UNAUTHENTICATED"]]);
      expect(response.text).not.toMatch(/nosuchfield|Cannot query/);
    }
    const get = await closed.fetch(`/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(401);
    expect((await closed.post(QUERY, undefined, bearer(READER))).body).toEqual({ data: { company: { name: "Acme" } } });
    expect((await closed.post(QUERY, undefined, bearer(EDITOR))).body).toEqual({ data: { company: { name: "Acme" } } });
  });

  it("still keeps mutations for editors", async () => {
    expect(codes(await closed.post(MUTATION, undefined, bearer(READER)))).toEqual(["FORBIDDEN"]);
    expect((await closed.post(MUTATION, undefined, bearer(EDITOR))).body).toEqual({ data: { removeArticle: null } });
  });
});

describe("mutations the resolver does not guard", () => {
  it("are refused before the resolver runs", async () => {
    let ran = 0;
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { ping: { type: GraphQLString, resolve: () => "pong" } } }),
      mutation: new GraphQLObjectType({
        name: "Mutation",
        fields: { touch: { type: GraphQLString, resolve: () => String(++ran) } },
      }),
    });
    const server = await api({ API_TOKENS: TOKENS }, schema);
    expect(codes(await server.post(`mutation { touch }`))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await server.post(`mutation { touch }`, undefined, bearer(READER)))).toEqual(["FORBIDDEN"]);
    expect(ran).toBe(0);
    expect((await server.post(`mutation { touch }`, undefined, bearer(EDITOR))).body).toEqual({ data: { touch: "1" } });
  });
});

describe("tokens in logs", () => {
  it("never appear, whatever happens to the request", async () => {
    const broken = await api({ API_TOKENS: TOKENS, NEO4J_DATABASE: "nosuchdatabase", LOG_LEVEL: "debug" });
    for (const server of [open, broken]) {
      await server.post(QUERY, undefined, bearer(EDITOR));
      await server.post(QUERY, undefined, bearer(READER));
      await server.post(MUTATION, undefined, bearer(READER));
      await server.post(QUERY, undefined, bearer(`${EDITOR}-wrong`));
      await server.post(`{ companies {`, undefined, bearer(EDITOR));
    }
    expect(broken.logs.some((l) => l.msg === "internal error in a GraphQL request")).toBe(true);
    const text = JSON.stringify([...open.logs, ...broken.logs]);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(EDITOR);
    expect(text).not.toContain(READER);
  });

  it("are redacted wherever a log call puts them", () => {
    const lines: string[] = [];
    const log = createLogger("info", "test", { write: (line: string) => void lines.push(line) });
    log.info({ token: EDITOR, headers: { authorization: `Bearer ${EDITOR}` }, req: { headers: { authorization: `Bearer ${READER}` } } }, "x");
    log.child({ token: READER }).info({ ctx: { token: EDITOR } }, "y");
    expect(lines).toHaveLength(2);
    expect(lines.join("")).not.toMatch(new RegExp(`${EDITOR}|${READER}`));
    expect(lines.join("")).toContain("[redacted]");
  });
});
