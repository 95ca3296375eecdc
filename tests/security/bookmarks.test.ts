// The dealgraph-bookmarks header against the real Neo4j: a malformed value is refused
// with 400 naming the header before any database work; a well-shaped forgery is never an
// internal error; a bookmark naming a write the database never made is answered within
// BOOKMARK_WAIT_MS; 60 of them at once leave the pool to everyone else; and a real
// bookmark still lets a client read its own write.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { BookmarkGate, bookmarkLane, parseNeo4jBookmark } from "../../src/db/bookmarks.js";
// The Db a request uses: the database layer's plain errors as the client is told them (api/request-db.ts).
import { RequestDb } from "../../src/api/request-db.js";
import { createDriver } from "../../src/db/driver.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { poolStats } from "../../src/observability/metrics.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { SMALL_GRAPH, writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, type HttpResponse, startHttpApi } from "../helpers/http.js";

const EDITOR = "bookmarks-editor-4b9e1c";
const HEADER = "dealgraph-bookmarks";
const WAIT_MS = 1_500;
const POOL = 50;
const NORMAL = `{ company(id: "acme") { name } }`;

let api: HttpApi;
let driver: Driver;
/** Sessions opened on `driver`: any database work at all opens one. */
let sessions = 0;
/** The header a real write answered with, and the one bookmark in it. */
let written: { header: string; bookmark: string };

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), SMALL_GRAPH);
  // The API's own driver, as src/index.ts makes it: a pool of DB_POOL_SIZE connections.
  driver = createDriver(inject("neo4jUri"), { ...loadConfig(), DB_POOL_SIZE: POOL });
  const open = driver.session.bind(driver);
  driver.session = (config) => {
    sessions++;
    return open(config);
  };
  // No response cache: the normal queries below must reach the pool, and its check of the
  // graph's write counts would hold a connection of its own.
  api = await startHttpApi(driver, { API_TOKENS: EDITOR, BOOKMARK_WAIT_MS: String(WAIT_MS), DB_POOL_SIZE: String(POOL), RESPONSE_CACHE_MAX_BYTES: "0" });
  const write = await api.post(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }`, { input: article("marked") }, { authorization: `Bearer ${EDITOR}` });
  expect(codes(write)).toEqual([]);
  const header = write.headers.get(HEADER)!;
  written = { header, bookmark: JSON.parse(Buffer.from(header, "base64url").toString())[0] };
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await closeTestDriver();
});

function article(id: string) {
  return {
    id,
    title: `Article ${id}`,
    publisher: "Wire",
    language: "en",
    publishedOn: "2025-05-05",
    body: "Mark Labs raised money.",
    entities: [{ ref: "m", type: "Company", name: "Mark Labs" }],
  };
}

const b64u = (text: string) => Buffer.from(text).toString("base64url");
const header = (bookmarks: unknown[]) => b64u(JSON.stringify(bookmarks));

/**
 * A bookmark in Neo4j 5's format (PackStream, then "FB:" and Base64): `graphs` database
 * states, then `remote` (a composite database's remote graphs, as raw PackStream bytes).
 */
function forge(graphs: Array<{ uuid: Buffer; transaction: bigint }>, remote: number[] = [0x90]): string {
  const parts: Buffer[] = [Buffer.from([0x90 + graphs.length])];
  for (const g of graphs) {
    const tx = Buffer.alloc(9);
    tx[0] = 0xcb;
    tx.writeBigInt64BE(g.transaction, 1);
    parts.push(Buffer.from([0xcc, g.uuid.length]), g.uuid, tx);
  }
  parts.push(Buffer.from(remote));
  return `FB:${Buffer.concat(parts).toString("base64")}`;
}

/** A real bookmark's database and last transaction. */
function real(bookmark = written.bookmark): { uuid: Buffer; transaction: bigint } {
  const [graph] = parseNeo4jBookmark(bookmark)!.graphs;
  return { uuid: Buffer.from(graph!.graph, "hex"), transaction: graph!.transaction };
}

/** A bookmark of the same database, a million transactions ahead: a write that never happened. */
function raised(bookmark = written.bookmark): string {
  const { uuid, transaction } = real(bookmark);
  return forge([{ uuid, transaction: transaction + 1_000_000n }]);
}

function expectRefused(response: HttpResponse, label: string) {
  expect([response.status, codes(response)], label).toEqual([400, ["BAD_USER_INPUT"]]);
  expect(response.body.errors[0].extensions.header, label).toBe(HEADER);
  expect(response.body.errors[0].message, label).toContain(HEADER);
}

describe("a dealgraph-bookmarks header", () => {
  it("from a real write is a Neo4j 5 bookmark, and lets the client read its write", async () => {
    expect(written.bookmark).toMatch(/^FB:[A-Za-z0-9+/]+={0,2}$/);
    expect(parseNeo4jBookmark(written.bookmark)!.graphs).toEqual([{ graph: expect.stringMatching(/^[0-9a-f]{32}$/), transaction: expect.any(BigInt) }]);

    const write = await api.post(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }`, { input: article("marked-again") }, { authorization: `Bearer ${EDITOR}` });
    const read = await api.post(`{ article(id: "marked-again") { title } }`, undefined, { [HEADER]: write.headers.get(HEADER)! });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ data: { article: { title: "Article marked-again" } } });

    // The same bookmark written anew by this test's forge (its transaction id as 8 bytes):
    // what the forgeries below change is all that makes them wrong.
    const again = await api.post(NORMAL, undefined, { [HEADER]: header([forge([real()])]) });
    expect(again.body).toEqual({ data: { company: { name: "Acme" } } });
  });

  it("that is malformed is refused with 400 naming the header, before any database work", async () => {
    const { uuid, transaction } = real();
    const payload = written.bookmark.slice(3);
    const padded = forge([{ uuid, transaction }]); // 29 bytes: Base64 ends in "="
    const malformed: Record<string, string> = {
      "not base64url": "not base64url!",
      "standard Base64 characters": "a+b/c=",
      "not JSON": b64u("hello"),
      "JSON, not an array": b64u('{"a":1}'),
      "a string, not an array": b64u(JSON.stringify(written.bookmark)),
      "an empty array": header([]),
      "17 bookmarks": header(Array(17).fill(written.bookmark)),
      "a number": header([1]),
      null: header([null]),
      "a short string": header(["x"]),
      "an empty string": header([""]),
      "FB: alone": header(["FB:"]),
      "another prefix": header([`XX:${payload}`]),
      "truncated": header([written.bookmark.slice(0, 10)]),
      "trailing bytes": header([forge([{ uuid, transaction }], [0x90, 0x00])]),
      "unpadded Base64": header([padded.replace(/=+$/, "")]),
      "the URL alphabet": header([`FB:${Buffer.from(padded.slice(3), "base64").toString("base64url")}`]),
      "a negative transaction": header([forge([{ uuid, transaction: -5n }])]),
      "a 15-byte database id": header([forge([{ uuid: uuid.subarray(1), transaction }])]),
      "a remote graph": header([forge([{ uuid, transaction }], [0x91, 0xcc, 0x10, ...uuid, 0x90])]),
      "no database": header([forge([])]),
      "600 characters": header([`FB:${"A".repeat(600)}`]),
      "a good one then a bad one": header([written.bookmark, "x"]),
    };
    const before = sessions;
    for (const [label, value] of Object.entries(malformed)) {
      expectRefused(await api.post(NORMAL, undefined, { [HEADER]: value }), label);
    }
    expect(sessions - before, "sessions opened").toBe(0);
  });

  it("naming a database Neo4j does not hold is not an internal error (Neo4j 5.26 ignores it)", async () => {
    const response = await api.post(NORMAL, undefined, { [HEADER]: header([forge([{ uuid: Buffer.alloc(16, 7), transaction: 5n }])]) });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { company: { name: "Acme" } } });
  });

  it("that Neo4j itself refuses is the client's mistake naming the header, never an internal error", async () => {
    // Neither gets past the header check; here they go to the database directly, as a
    // value Neo4j refuses but the check let through would.
    const gate = new BookmarkGate(testDriver(), { waitMs: WAIT_MS, lane: 2 });
    expect(await gate.wait(["FB:kcwQ"])).toBe("refused"); // Neo4j: InvalidBookmark
    expect(await gate.wait(["x"])).toBe("refused"); // Neo4j: DatabaseError
    const read = new RequestDb(testDriver(), { bookmarks: ["FB:kcwQ"] }).read("// bookmarks.test\nRETURN 1");
    await expect(read).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", header: HEADER } });
  });

  it("naming a write the database never made is answered within BOOKMARK_WAIT_MS, naming the header", async () => {
    const response = await api.post(NORMAL, undefined, { [HEADER]: header([raised()]) });
    expect([response.status, codes(response)]).toEqual([503, ["SERVICE_UNAVAILABLE"]]);
    expect(response.body.errors[0].extensions.header).toBe(HEADER);
    expect(response.body.errors[0].message).toContain(`${HEADER} header within ${WAIT_MS} ms`);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.ms).toBeGreaterThanOrEqual(WAIT_MS - 50);
    // A margin for a loaded 2-core machine: far below the request deadline (20 s) it would wait without the bound.
    expect(response.ms).toBeLessThan(WAIT_MS + 3_000);
  });

  it("60 at once naming a write that never happened leave the pool to other requests", async () => {
    // Each such wait holds a pooled connection until Neo4j gives up (30 s or more by
    // default), long after its request was answered: only a quarter of the pool may.
    const lane = bookmarkLane(POOL);
    const flood = await Promise.all(Array.from({ length: 60 }, () => api.post(NORMAL, undefined, { [HEADER]: header([raised()]) })));
    expect(new Set(flood.map((r) => `${r.status} ${codes(r)}`))).toEqual(new Set(["503 SERVICE_UNAVAILABLE"]));

    // The waits still hold their connections now (the lane's); everyone else has the rest:
    // a normal query takes milliseconds, against seconds for the bound.
    const normal = await api.post(NORMAL);
    expect(normal.body).toEqual({ data: { company: { name: "Acme" } } });
    expect(normal.ms).toBeLessThan(5_000);
    // 20 at once too (each opening a connection, on a busy machine: a looser bound; without
    // the lane they wait the pool's 10 s acquisition timeout, then fail).
    const many = await Promise.all(Array.from({ length: 20 }, () => api.post(NORMAL)));
    expect(many.every((r) => r.body?.data?.company?.name === "Acme")).toBe(true);
    expect(Math.max(...many.map((r) => r.ms))).toBeLessThan(9_000);
    expect(poolStats(driver)!.inUse).toBeLessThanOrEqual(lane);

    // Past the lane, requests were turned away at once.
    const turnedAway = flood.filter((r) => r.body.errors[0].message.startsWith("Too many requests"));
    expect(turnedAway.length).toBeGreaterThanOrEqual(60 - lane);
    expect(Math.max(...turnedAway.map((r) => r.ms))).toBeLessThan(WAIT_MS);
  });
});

describe("the embedded Neo4j", () => {
  it("stops waiting for a bookmark when the API does (--bookmark-timeout), which frees the connection", async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-bookmarks-"));
    const embedded = await startEmbeddedNeo4j({ dataDir, port: 0, heap: "512m", pageCache: "64m", bookmarkTimeoutMs: 1_000 });
    const own = createDriver(embedded.uri, loadConfig());
    try {
      const session = own.session();
      await session.executeWrite((tx) => tx.run("// bookmarks.test\nCREATE (:Marked)"));
      const [bookmark] = session.lastBookmarks();
      await session.close();
      // The gate would wait 20 s: Neo4j answers first, with BookmarkTimeout (5.26 waits the
      // setting twice over: about 2 s). Its default, 30 s, would be a minute.
      const started = performance.now();
      expect(await new BookmarkGate(own, { waitMs: 20_000, lane: 1 }).wait([raised(bookmark)])).toBe("not-reached");
      expect(performance.now() - started).toBeLessThan(12_000);
    } finally {
      await own.close();
      await embedded.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000); // most of it starting a second Neo4j
});

describe("BOOKMARK_WAIT_MS", () => {
  it("is 3 s by default, and a positive number of milliseconds", () => {
    expect(loadConfig({}).BOOKMARK_WAIT_MS).toBe(3_000);
    for (const wrong of ["0", "-1", "1.5", "soon"]) expect(() => loadConfig({ BOOKMARK_WAIT_MS: wrong }), wrong).toThrow(/BOOKMARK_WAIT_MS/);
  });
});
