// Crash safety (format rule 5): the database is killed (SIGKILL) in the middle of a
// 1,000-article load; after a restart, only whole articles are there, and loading again
// gives exactly the graph a clean load gives.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../src/bench/synthetic.js";
import { Db } from "../../src/db/db.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const ARTICLES = 1000;
let dir: string;
let dataDir: string;
let launcher: EmbeddedNeo4j | undefined;
let driver: Driver | undefined;

/** Node counts by labels, relationship counts by type, and a digest of the facts' sources. */
async function fingerprint(db: Db): Promise<Record<string, number | string>> {
  const nodes = await db.read<{ k: string; c: number }>("MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + ':' + l) AS k, count(*) AS c");
  const rels = await db.read<{ k: string; c: number }>("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c");
  const [facts] = await db.read<{ digest: string }>(
    `MATCH (f:Fact)-[s:SOURCED_FROM]->(a:Article)
     WITH f.id + '<' + a.id + ':' + s.evidence AS line ORDER BY line
     RETURN reduce(h = '', l IN collect(line) | h + l + '\\n') AS digest`,
  );
  return { ...Object.fromEntries([...nodes, ...rels].map((r) => [r.k, r.c])), digestLength: facts!.digest.length };
}

async function startOwnDatabase(): Promise<Db> {
  launcher = await startEmbeddedNeo4j({ dataDir, port: 0, heap: "1g", pageCache: "128m" });
  driver = neo4j.driver(launcher.uri, neo4j.auth.basic("neo4j", ""), { maxTransactionRetryTime: 1000 });
  await applyMigrations(driver);
  return new Db(driver);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-crash-articles-"));
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-crash-db-"));
  for (const a of syntheticArticles({ articles: ARTICLES, seed: 7 })) {
    await fs.writeFile(path.join(dir, `${a.id}.json`), JSON.stringify(a));
  }
});

afterAll(async () => {
  await driver?.close().catch(() => undefined);
  await launcher?.stop();
  await closeTestDriver();
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe("a load interrupted by a database crash", () => {
  it("leaves whole articles only, and a second load completes it exactly", { timeout: 300_000 }, async () => {
    // The reference: a clean load on the test run's database.
    await resetDatabase();
    await applyMigrations(testDriver());
    const clean = new Db(testDriver());
    await loadArticles(clean, [dir]);
    const expected = await fingerprint(clean);

    // The crash: SIGKILL the database once a few batches are committed.
    let db = await startOwnDatabase();
    let committed = 0;
    const load = loadArticles(db, [dir], {
      onBatch: (_results, done) => {
        committed = done;
        if (done === 300) process.kill(launcher!.pid, "SIGKILL");
      },
    });
    await expect(load).rejects.toThrow();
    expect(committed).toBe(300);
    await driver!.close().catch(() => undefined);
    await launcher!.stop();

    // After a restart: the committed batches' articles are there, each whole.
    db = await startOwnDatabase();
    const [state] = await db.read<{ articles: number; incomplete: number }>(
      `MATCH (a:Article)
       WITH a, count { (a)-[:MENTIONS]->() } AS mentions, count { (a)<-[:SOURCED_FROM]-() } AS sources
       RETURN count(a) AS articles, count(CASE WHEN mentions = 0 OR sources = 0 OR a.contentHash IS NULL THEN 1 END) AS incomplete`,
    );
    expect(state!.articles).toBeGreaterThanOrEqual(300);
    expect(state!.articles % 100).toBe(0);
    expect(state!.incomplete).toBe(0);

    // Loading again completes the rest, and the graph is the clean load's.
    const again = await loadArticles(db, [dir]);
    expect(again.articles.filter((a) => a.outcome === "unchanged").length).toBe(state!.articles);
    expect(await fingerprint(db)).toEqual(expected);
  });
});
