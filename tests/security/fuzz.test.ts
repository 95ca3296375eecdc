// The fuzzer: at least 1,000 generated requests (valid, almost valid, hostile; see
// fuzz-cases.ts) against a production-mode server over HTTP. The server never crashes,
// never answers 500 without an error code, never fails in a way it masks (no
// INTERNAL_SERVER_ERROR: hostile input is the client's error), never sends a stack
// trace or a database error, and still answers properly afterwards.
// FUZZ_CASES and FUZZ_SEED run more, or other, cases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";
import { type HttpApi, STACK_TRACE, startHttpApi } from "../helpers/http.js";
import { type FuzzCase, generateCases } from "./fuzz-cases.js";

const EDITOR = "fuzz-editor-token-3e8a1d77";
const COUNT = Number(process.env.FUZZ_CASES ?? 1200);
const SEED = Number(process.env.FUZZ_SEED ?? 20250613);
const CONCURRENCY = 6;
const IDS = ["acme", "beta", "jane-doe", "wire", "acme-seed", "jane-doe--acme--ceo", "nobody"];
// Data no generated case names (the cases' mutations run with the editor token and may
// remove or add to what IDS names): the check after the run reads it.
const CANARY = { company: "zeta-canary", deal: "zeta-canary-seed", article: "zeta-canary-wire" };

let api: HttpApi;
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    companies: [
      { id: "acme", name: "Acme", aliases: ["Acme Corp"] },
      { id: "beta", name: "Beta", kind: "INVESTOR" },
      { id: CANARY.company, name: "Zeta Canary" },
    ],
    people: [{ id: "jane-doe", name: "Jane Doe" }],
    articles: [
      { id: "wire", mentions: ["acme", "beta", "jane-doe"] },
      { id: CANARY.article, mentions: [CANARY.company, "beta"] },
    ],
    investments: [
      { id: "acme-seed", investors: ["beta", "jane-doe"], target: "acme", amount: { value: 5e6, currency: "USD" }, announcedOn: "2025-02", sources: [{ article: "wire", evidence: "seed" }] },
      { id: CANARY.deal, investors: ["beta"], target: CANARY.company, announcedOn: "2024-11", sources: [{ article: CANARY.article, evidence: "canary" }] },
    ],
    roles: [{ person: "jane-doe", company: "acme", title: "CEO", sources: [{ article: "wire", evidence: "CEO" }] }],
  });
  // A short deadline: random queries are new to Neo4j's plan cache, and planning on a busy
  // machine can take seconds; such a query ends in TIMEOUT (a clean answer) without holding the run.
  api = await startHttpApi(testDriver(), { API_TOKENS: EDITOR, LOG_LEVEL: "warn", REQUEST_TIMEOUT_MS: "3000" });
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
});
afterAll(async () => {
  process.off("uncaughtException", onCrash);
  process.off("unhandledRejection", onCrash);
  await api?.stop();
  await closeTestDriver();
});

// Codes a client may get for what it sent.
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "TIMEOUT",
]);

interface Outcome {
  c: FuzzCase;
  status: number;
  text: string;
  codes: string[];
  problems: string[];
  ms: number;
}

async function send(c: FuzzCase): Promise<Outcome> {
  const path = c.method === "GET" ? `/graphql?${c.query}` : "/graphql";
  const response = await api.fetch(path, { method: c.method, headers: c.headers, ...(c.body !== undefined ? { body: c.body } : {}) });
  const problems: string[] = [];
  const errors: any[] = response.body?.errors ?? [];
  const found = errors.map((e) => e?.extensions?.code);
  if (response.status >= 500 && (errors.length === 0 || found.some((code) => !code))) problems.push(`${response.status} without an error code`);
  if (response.status === 500) problems.push("500");
  if (STACK_TRACE.test(response.text)) problems.push("a stack trace");
  if (/Neo\.(ClientError|DatabaseError|TransientError)|Neo4jError|neo4j-driver/.test(response.text)) problems.push("a database error");
  if (found.includes("INTERNAL_SERVER_ERROR")) problems.push("INTERNAL_SERVER_ERROR");
  for (const code of found) if (code && code !== "INTERNAL_SERVER_ERROR" && !CLIENT_CODES.has(code)) problems.push(`unexpected code ${code}`);
  if (c.headers["content-type"]?.startsWith("application/json") && c.method === "POST" && response.body === undefined) problems.push("a body that is not JSON");
  if (c.kind === "valid" && response.status >= 400 && !found.every((code) => code === "BAD_USER_INPUT" || code === "TIMEOUT")) {
    problems.push(`valid, yet ${response.status} ${found.join(",")}`);
  }
  return { c, status: response.status, text: response.text, codes: found, problems, ms: response.ms };
}

describe("the fuzzer", () => {
  it(`sends ${COUNT} generated requests: no crash, no 500, no masked failure, no stack trace`, { timeout: 600_000 }, async () => {
    const cases = generateCases(buildDealgraphSchema(), { count: COUNT, seed: SEED, ids: IDS, token: EDITOR });
    const outcomes: Outcome[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) outcomes.push(await send(cases[next++]!));
      }),
    );

    const tally = (key: (o: Outcome) => string) =>
      Object.fromEntries([...outcomes.reduce((m, o) => m.set(key(o), (m.get(key(o)) ?? 0) + 1), new Map<string, number>())].sort());
    process.stderr.write(
      `[fuzz] seed ${SEED}: ${outcomes.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
        `[fuzz] by kind: ${JSON.stringify(tally((o) => o.c.kind))}\n` +
        `[fuzz] by status: ${JSON.stringify(tally((o) => String(o.status)))}\n` +
        `[fuzz] by outcome: ${JSON.stringify(tally((o) => (o.codes.length ? [...new Set(o.codes)].join("+") : "data")))}\n` +
        `[fuzz] by case: ${JSON.stringify(tally((o) => `${o.c.kind}: ${o.c.label}`))}\n`,
    );

    if (process.env.FUZZ_DEBUG) for (const o of [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 15)) process.stderr.write(`[slow] ${Math.round(o.ms)} ${o.codes} ${(o.c.body ?? o.c.query ?? "").slice(0, 300)}\n`);
    const bad = outcomes.filter((o) => o.problems.length);
    expect(
      bad.slice(0, 5).map((o) => `${o.c.kind} ${o.c.label}: ${o.problems.join(", ")}\n  sent ${(o.c.body ?? o.c.query ?? "").slice(0, 300)}\n  got ${o.status} ${o.text.slice(0, 300)}`),
    ).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(Math.min(COUNT, 1000));
    // A request deadline is a correct answer to a valid query on a loaded machine; what
    // must not happen is the fuzzer's valid cases being refused for what they are.
    const answered = outcomes.filter((o) => o.c.kind === "valid" && o.codes.every((c) => c === "TIMEOUT"));
    // Valid documents with random arguments are often wrong for the data (company with
    // neither id nor name, first: 101, a malformed date): BAD_USER_INPUT, by design. A
    // tenth that run through to data is enough to know execution is exercised.
    expect(answered.length, "valid cases that got data or hit the request deadline").toBeGreaterThan(COUNT * 0.1);
    expect(crashes).toEqual([]);

    // Still itself: healthy, and right.
    expect((await api.fetch("/health")).status).toBe(200);
    expect((await api.post(`{ company(id: "${CANARY.company}") { name investmentsReceived { id sources { evidence } } } }`)).body).toEqual({
      data: { company: { name: "Zeta Canary", investmentsReceived: [{ id: CANARY.deal, sources: [{ evidence: "canary" }] }] } },
    });
  });
});
