// A graph of realistic shape for tests that need size and skew, not a hand-made fixture:
// the graph issue 11 was tried on (src/bench/realistic.ts builds it): the project's
// generator writes article files for seeds 42 and 7, 2,500 deals each, and the real
// loader (what `npm run seed` runs) loads them. About 1,035 articles and 5,000 deals;
// `loka-ventures` is a hub in 856 deals (the next four in 231-395); companies with
// aliases and former names; deals with several sources; people with careers over several
// companies. Loading takes about 30 s on a 2-core machine, more when it is busy
// (docs/benchmarks.md, "A graph of realistic shape").
//
// Usage (one load per test file; it empties the test database first):
//
//   import { useRealisticGraph } from "../helpers/realistic-graph.js";
//   const graph = useRealisticGraph();          // registers beforeAll (load) and afterAll (close the driver)
//   it("...", async () => {
//     const { hub, crowdedTarget, companyIds, personIds, largestArticle } = graph();
//     // hub.id === "loka-ventures", hub.deals === 856
//   });
//
// or, in a hook of your own: `const facts = await loadRealisticGraph()`.
//
// Every fact it returns (RealisticGraph, in src/bench/realistic.ts) is read from the graph
// after loading, never assumed: the biggest hub and its deal count, the five busiest
// investors, a target with many investors, the deal with the most sources, company and
// person ids, an aliased company, the article with the largest body, the load time.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { buildRealisticGraph, type RealisticGraph } from "../../src/bench/realistic.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "./db.js";

export { REALISTIC_RECIPE, type RealisticGraph } from "../../src/bench/realistic.js";

/** Empties the database at `driver` (the test database by default) and builds the realistic graph in it. */
export async function loadRealisticGraph(driver: Driver = testDriver()): Promise<RealisticGraph> {
  await applyMigrations(driver);
  await resetDatabase(driver);
  return buildRealisticGraph(new Db(driver));
}

/**
 * Registers the hooks of a test file on the realistic graph: load it before all, close
 * the test driver after all. Call the returned function from a test or a later hook.
 */
export function useRealisticGraph(): () => RealisticGraph {
  let facts: RealisticGraph | undefined;
  beforeAll(async () => {
    facts = await loadRealisticGraph();
  });
  afterAll(closeTestDriver);
  return () => {
    if (!facts) throw new Error("useRealisticGraph: the graph loads in beforeAll; ask for it from a test or a later hook");
    return facts;
  };
}
