// The benchmark's three ways of asking (src/bench/compare/queries.ts) still work against
// the schemas they target: Dealgraph's, the Neo4j GraphQL Library's over the same graph
// (library.ts), and raw Cypher. Each query answers without errors, and where the three
// answer the same question, with the same answer. Correctness only: no timings here.
import { graphql, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BulkLoader } from "../../src/bench/compare/bulk.js";
import { cumulativeSizes } from "../../src/bench/compare/generate.js";
import { buildLibrarySchema } from "../../src/bench/compare/library.js";
import { drawInputs, type Inputs, QUERIES } from "../../src/bench/compare/queries.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let api: TestApi;
let library: GraphQLSchema;
let inputs: Inputs;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  const [size] = [...cumulativeSizes([150], 11)];
  await new BulkLoader(new Db(testDriver())).write(size!.articles);
  api = await startTestApi(testDriver());
  library = await buildLibrarySchema(testDriver());
  inputs = await drawInputs(testDriver(), 11, 2);
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

describe("the benchmark's query mix", () => {
  it.each(QUERIES.map((q) => [q.name, q] as const))("%s: Dealgraph, the library and raw Cypher answer, alike where they can", async (_name, q) => {
    for (const input of inputs[q.name]!) {
      const mine = await api.run(q.dealgraph.query, q.dealgraph.variables(input));
      expect(mine.errors).toBeUndefined();
      const theirs = await graphql({ schema: library, source: q.library.query, variableValues: q.library.variables(input), contextValue: {} });
      expect(theirs.errors).toBeUndefined();
      const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
      const rows = await session
        .executeRead((tx) => tx.run(q.raw.cypher, q.raw.params(input)))
        .then((r) => JSON.parse(JSON.stringify(r.records.map((x) => x.toObject()), (_k, v) => (neo4j.isInt(v) ? v.toNumber() : v))))
        .finally(() => session.close());

      const digest = q.dealgraph.digest(mine.data, input);
      if (q.name !== "search") expect(q.raw.digest(rows, input)).toBe(digest);
      if (q.sameAnswer) expect(q.library.digest!(theirs.data, input)).toBe(digest);
    }
  });
});
