// The benchmark's bulk path (src/bench/compare/bulk.ts) builds the graph the ingest path
// builds from the same generated articles, node for node and relationship for
// relationship, also when it continues a graph the ingest path started. The bulk path finds
// deals by deal key only, as the ingest path does with `resolution: "key"`, and records no
// match reasons on sources: those are left out of the comparison.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cumulativeSizes } from "../../src/bench/compare/generate.js";
import { BulkLoader } from "../../src/bench/compare/bulk.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let db: Db;

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
});
beforeEach(() => resetDatabase());
afterAll(closeTestDriver);

/** The whole graph as sorted text lines: nodes by key with labels and properties, relationships between keys. */
async function dump(): Promise<string[]> {
  const rows = await db.read<{ line: unknown }>(`// test.dump
    MATCH (n) WHERE NOT n:GraphState RETURN [coalesce(n.id, n.key), labels(n), properties(n)] AS line
    UNION ALL
    MATCH (a)-[r]->(b) RETURN [coalesce(a.id, a.key), type(r), properties(r), coalesce(b.id, b.key)] AS line`);
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted)
    : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "loadedAt" && !k.startsWith("match")).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]))
    : value;
  return rows.map((r) => JSON.stringify(sorted(r.line))).sort();
}

const validated = (articles: Array<{ id: string }>) => articles.map((a) => validateArticle(a.id, a, a.id).article!);

describe("the bulk path", () => {
  it("writes what the ingest path writes, on an empty graph and after it", async () => {
    const [first, second] = [...cumulativeSizes([80, 200], 7)];
    await writeArticles(db, validated([...first!.articles, ...second!.articles]), { resolution: "key" });
    const ingested = await dump();
    expect(ingested.length).toBeGreaterThan(400);

    await resetDatabase();
    const bulk = new BulkLoader(db, 13);
    await bulk.write([...first!.articles, ...second!.articles]);
    expect(await dump()).toEqual(ingested);

    await resetDatabase();
    await writeArticles(db, validated(first!.articles), { resolution: "key" });
    const continuing = new BulkLoader(db, 13);
    continuing.replay(first!.articles);
    await continuing.write(second!.articles);
    expect(await dump()).toEqual(ingested);
  }, 240_000);
});
