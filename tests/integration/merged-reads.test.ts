// The reads of one level of a request go to Neo4j as one statement (merge-reads.ts), from
// the second time a process meets their combination: the same answers as the separate
// statements they replace, on every example query (asked twice) and on the dashboard's
// profile, and one statement per level where there were several.
import { readdir, readFile } from "node:fs/promises";
import { recordingDriver, type Sent } from "../../src/bench/compare/recording-driver.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const sink: { record: Sent[] } = { record: [] };
const recorded = recordingDriver(testDriver(), sink);
/** The texts of the statements run since the last forget(). */
const statements = () => sink.record.map((x) => x.cypher);
const forget = () => (sink.record = []);
let merged: TestApi;
let separate: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await loadArticles(new Db(testDriver()), ["seeds", "tests/fixtures/corpus"]);
  merged = await startTestApi(recorded);
  separate = await startTestApi(testDriver(), { DB_MERGE_READS: "false" });
});
afterAll(async () => {
  await merged?.stop();
  await separate?.stop();
  await closeTestDriver();
});

const PROFILE = `query Profile($id: ID!) {
  company(id: $id) {
    id name aliases
    received: investmentsConnection(side: TARGET, first: 10) { totalCount edges { node { ...Deal } } }
    made: investmentsConnection(side: INVESTOR, first: 10) { totalCount edges { node { ...Deal } } }
  }
}
fragment Deal on Investment { id amount { usd } target { id } investors { ... on Company { id } ... on Person { id } } sources { evidence article { id } } }`;

describe("merged reads", () => {
  it("answer every example query as the separate statements do", async () => {
    const dir = new URL("../../examples/", import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const query = await readFile(new URL(file, dir), "utf8");
      await merged.run(query);
      const [a, b] = [await merged.run(query), await separate.run(query)];
      expect(a.errors, file).toBeUndefined();
      expect(a.data, file).toEqual(b.data);
    }
  });

  it("are not used for a combination of reads met for the first time: one-off shapes reuse their parts' plans", async () => {
    const query = `{ company(id: "anthropic") { name investmentsConnection(side: TARGET, first: 3) { totalCount } articlesConnection(first: 2) { totalCount } } }`;
    forget();
    const first = await merged.run(query);
    expect(statements().length).toBeGreaterThan(first.roundTrips);
    expect(statements().some((s) => s.startsWith("// reads: "))).toBe(false);
    forget();
    const second = await merged.run(query);
    expect(second.data).toEqual(first.data);
    expect(statements()).toHaveLength(second.roundTrips);
    expect(statements().some((s) => s.startsWith("// reads: "))).toBe(true);
  });

  it("send an entity profile's three reads as one statement, with the same answer", async () => {
    await merged.run(PROFILE, { id: "openai" });
    for (const id of ["scale-ai", "meta", "amazon"]) {
      forget();
      const a = await merged.run(PROFILE, { id });
      const b = await separate.run(PROFILE, { id });
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      expect(a.data.company.id).toBe(id);
      expect(a.roundTrips).toBe(1);
      expect(statements()).toHaveLength(1);
      expect(statements()[0]).toMatch(/^\/\/ reads: .*investment\.pagesByParticipants/);
    }
  });

  it("send one statement per level of a deeper request", async () => {
    const query = `{ company(id: "scale-ai") {
      executives { title person { name roles { title company { name } } } }
      relations { type sources { article { id } } }
      investmentsMade { id } investmentsReceived { id investors { ... on Company { name } } }
    } }`;
    await merged.run(query);
    forget();
    const a = await merged.run(query);
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual((await separate.run(query)).data);
    expect(a.roundTrips).toBeGreaterThan(1);
    expect(statements()).toHaveLength(a.roundTrips);
    expect(statements().filter((s) => s.startsWith("// reads: ")).length).toBeGreaterThan(0);
  });
});
