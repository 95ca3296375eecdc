// Decisions on deal resolution (issue 13, item 3), through the API as an editor takes them:
// merge two deals, split an article's report off a deal, mark possible duplicates distinct,
// and revert each. Every decision survives re-loading every article file, is written to
// decision files by `npm run decisions -- export`, and a graph rebuilt from the article
// files and the decision files is the live graph, node for node.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { exportDecisions } from "../../src/ingest/decisions-files.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { graphSnapshot } from "../helpers/graph-snapshot.js";

const TOKEN = "decisions-test-editor-token";
let api: TestApi;
let dir: string;
const db = () => new Db(testDriver());

/** One report of a Scale AI funding round; `deal` gives the fields that vary. */
function reportFile(id: string, publishedOn: string, investor: string, deal: Record<string, unknown>) {
  const evidence = `${investor} put money into Scale AI (${id})`;
  return {
    id,
    title: `Scale AI (${id})`,
    publisher: "Test Wire",
    language: "en",
    publishedOn,
    entities: [
      { ref: "scale", type: "Company", name: "Scale AI", id: "scale-ai" },
      { ref: "x", type: "Company", name: investor },
    ],
    investments: [{ kind: "FUNDING_ROUND", investors: ["x"], target: "scale", evidence, ...deal }],
    body: `${evidence}.`,
  };
}

async function call(query: string, variables: Record<string, unknown> = {}) {
  return api.run(query, variables, { token: TOKEN });
}

/** Every deal of Scale AI with its sources' articles and how each was matched, in id order. */
async function deals(): Promise<Array<{ id: string; sources: string[]; methods: string[] }>> {
  const rows = await db().read<{ id: string; sources: string[]; methods: string[] }>(
    `MATCH (i:Investment)-[:TARGET]->(:Company {id: 'scale-ai'})
     WITH i ORDER BY i.id
     RETURN i.id AS id,
            COLLECT { MATCH (i)-[s:SOURCED_FROM]->(a) RETURN a.id ORDER BY a.id } AS sources,
            COLLECT { MATCH (i)-[s:SOURCED_FROM]->(a) WITH s, a ORDER BY a.id RETURN s.matchMethod } AS methods`,
  );
  return rows;
}

const snapshot = () => graphSnapshot(db());

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "dealgraph-decisions-"));
  // Two reports resolution keeps apart (nothing in common but the year, another investor),
  // and a third report that joins the first by score.
  const writeArticleFile = (name: string, article: unknown) => writeFile(path.join(dir, name), JSON.stringify(article));
  await writeArticleFile("a-report.json", reportFile("a-report", "2024-05-10", "Accel", { announcedOn: "2024-05", amount: { value: 1e9, currency: "USD" } }));
  await writeArticleFile("b-report.json", reportFile("b-report", "2024-09-10", "Nvidia", { announcedOn: "2024", otherInvestors: true }));
  await writeArticleFile("c-report.json", reportFile("c-report", "2024-06-20", "Accel", { announcedOn: "2024-06", amount: { value: 1.02e9, currency: "USD" } }));
  await loadArticles(db(), [dir]);
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
  await rm(dir, { recursive: true, force: true });
});

describe("decisions", () => {
  let merge: string;
  let split: string;

  it("start from what resolution found: a and c one deal by score, b apart", async () => {
    expect((await deals()).map((d) => d.sources)).toEqual(expect.arrayContaining([["a-report", "c-report"], ["b-report"]]));
  });

  it("merge: b's deal into a's, recorded with who and why; survives re-loading every file", async () => {
    const [ac, b] = await dealIds();
    const { data, errors } = await call(`mutation($from: ID!, $into: ID!) { mergeDeals(from: $from, into: $into, reason: "same round, per the press release", by: "Ana") { id action from into articles by reason reverted { at } } }`, { from: b, into: ac });
    expect(errors).toBeUndefined();
    const d = data.mergeDeals as { id: string; by: string };
    merge = d.id;
    expect(d).toMatchObject({ action: "MERGE", from: b, into: ac, articles: ["b-report"], reason: "same round, per the press release", reverted: null });
    expect(d.by).toMatch(/^Ana \(token [0-9a-f]{8}\)$/);
    expect(await deals()).toEqual([{ id: ac, sources: ["a-report", "b-report", "c-report"], methods: ["NEW", "DECISION", "SCORE"] }]);
    await reloadAll();
    // Re-loaded, a-report finds its deal by its own deal key; b-report is sent there by the decision.
    expect(await deals()).toEqual([{ id: ac, sources: ["a-report", "b-report", "c-report"], methods: ["KEY", "DECISION", "SCORE"] }]);
  });

  it("split: c's report off the merged deal; survives re-loading", async () => {
    const [ac] = await dealIds();
    const { data, errors } = await call(`mutation($deal: ID!) { splitDealSource(deal: $deal, article: "c-report", reason: "c reports a later tranche") { id newDeal } }`, { deal: ac });
    expect(errors).toBeUndefined();
    split = (data.splitDealSource as { id: string }).id;
    const after = await deals();
    expect(after.map((d) => d.sources)).toEqual(expect.arrayContaining([["a-report", "b-report"], ["c-report"]]));
    expect(after.find((d) => d.sources[0] === "c-report")!.methods).toEqual(["DECISION"]);
    await reloadAll();
    expect((await deals()).map((d) => [d.id, d.sources])).toEqual(after.map((d) => [d.id, d.sources]));
  });

  it("a rebuild from the article files and the exported decision files is the live graph, node for node", async () => {
    const live = await snapshot();
    const written = await exportDecisions(db(), path.join(dir, "decisions"));
    expect(written).toBe(2);
    expect((await readdir(path.join(dir, "decisions"))).sort()).toEqual([`${merge}.json`, `${split}.json`].sort());
    await resetDatabase();
    await loadArticles(db(), [dir]);
    expect(await snapshot()).toEqual(live);
  });

  it("revert refuses a decision a later one builds on, then undoes the split and the merge in turn", async () => {
    const refused = await call(`mutation($id: ID!) { revertDecision(id: $id, reason: "undo") { id } }`, { id: merge });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "id" } });
    expect(refused.errors?.[0]?.message).toContain(split);
    for (const id of [split, merge]) {
      const { data, errors } = await call(`mutation($id: ID!) { revertDecision(id: $id, reason: "undo", by: "Ben") { id reverted { by reason } } }`, { id });
      expect(errors).toBeUndefined();
      expect(data.revertDecision).toMatchObject({ id, reverted: { reason: "undo" } });
    }
    const back = await deals();
    expect(back.map((d) => d.sources)).toEqual(expect.arrayContaining([["a-report", "c-report"], ["b-report"]]));
    // c-report's match is what resolution found before the split, restored (the graph is the
    // one rebuilt above, where a-report made the deal).
    expect(back.find((d) => d.sources.length === 2)!.methods).toEqual(["NEW", "SCORE"]);
    await reloadAll();
    expect((await deals()).map((d) => [d.id, d.sources])).toEqual(back.map((d) => [d.id, d.sources]));
  });

  it("bad requests name the argument and write nothing; readers may not decide", async () => {
    const before = await snapshot();
    const [ac] = await dealIds();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`mutation($a: ID!) { mergeDeals(from: $a, into: "no-such-deal", reason: "x") { id } }`, { a: ac }, "into"],
      [`mutation($a: ID!) { mergeDeals(from: $a, into: $a, reason: "x") { id } }`, { a: ac }, "into"],
      [`mutation($a: ID!) { mergeDeals(from: $a, into: "Not An Id", reason: "x") { id } }`, { a: ac }, "into"],
      [`mutation($a: ID!) { splitDealSource(deal: $a, article: "b-report", reason: " ") { id } }`, { a: ac }, "reason"],
      [`mutation($a: ID!) { splitDealSource(deal: $a, article: "nowhere", reason: "x") { id } }`, { a: ac }, "article"],
    ];
    for (const [query, variables, argument] of cases) {
      const { errors } = await call(query, variables);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument });
    }
    const anonymous = await api.run(`mutation($a: ID!) { markDistinct(a: $a, b: $a, reason: "x") { id } }`, { a: ac });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);
  });
});

/** Runs one of the project's commands as the README gives it (the project's tsx; NEO4J_URI from the global setup). */
async function command(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return promisify(execFile)(tsx, [script, ...args], { env: process.env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("the decision commands", () => {
  it("`npm run decisions -- export <folder>` writes each decision, reversal included; `list` prints them; a wrong command says how", async () => {
    const out = path.join(dir, "exported");
    const exported = await command("src/cli/decisions.ts", "export", out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain("2 decision file(s)");
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(2);
    for (const f of files) expect(JSON.parse(await readFile(path.join(out, f), "utf8"))).toMatchObject({ reverted: { reason: "undo" } });
    const listed = await command("src/cli/decisions.ts", "list");
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout.trim().split("\n")).toHaveLength(2);
    expect(listed.stdout).toMatch(/SPLIT c-report off .* \[reverted .* by Ben .*: undo\]/);
    const wrong = await command("src/cli/decisions.ts", "import");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("usage: dealgraph decisions export");
  });

  it("`npm run seed` refuses a decision file with a bad field, naming the file and field, and writes nothing", async () => {
    const before = await snapshot();
    const bad = path.join(dir, "bad-decisions");
    await mkdir(path.join(bad, "decisions"), { recursive: true });
    await writeFile(path.join(bad, "decisions", "oops.json"), JSON.stringify({ id: "merge-1", action: "MERGE", from: "a-deal", by: "Ana", at: "2026-12-05T00:00:00Z", reason: "x" }));
    await writeFile(path.join(bad, "late.json"), JSON.stringify(reportFile("late-report", "2024-07-01", "Accel", { announcedOn: "2024-07" })));
    const seeded = await command("src/cli/seed.ts", bad);
    expect(seeded.code).toBe(1);
    expect(seeded.stderr).toContain(`${path.join(bad, "decisions", "oops.json")}: into:`);
    expect(await snapshot()).toEqual(before);
  });
});

/** The deal ids of Scale AI, the one with most sources first. */
async function dealIds(): Promise<string[]> {
  return (await deals()).sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1)).map((d) => d.id);
}

/** Re-loads every article file as changed (as a new version of the loader would). */
async function reloadAll(): Promise<void> {
  await db().write(`MATCH (a:Article) SET a.contentHash = 'stale'`);
  await loadArticles(db(), [dir]);
}
