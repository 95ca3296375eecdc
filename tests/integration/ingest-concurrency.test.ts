// Several editors loading articles at the same moment through ingestArticle: articles that
// name the same new company make one company, not one each, and articles touching the
// same hub all land, none refused as an internal error (a deadlock between their writes).
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createContext } from "../../src/api/context.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const TOKEN = "concurrency-editor-token";
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }`;
let server: DealgraphServer;
const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", API_TOKENS: TOKEN });

async function ingest(input: unknown) {
  const contextValue = createContext({ driver: testDriver(), config, token: TOKEN });
  const response = await server.apollo.executeOperation({ query: INGEST, variables: { input } }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}

/**
 * The n-th article of a round: the hub and a company all of them name, investing in a
 * target of its own, and 30 rounds of other firms, so that each write takes long enough
 * for the writes of one round to overlap.
 */
function article(n: number, round: number) {
  const evidence = `Hubble Capital and Newco Labs ${round} put $${n + 1} million into Target ${round}-${n}.`;
  const others = Array.from({ length: 30 }, (_, k) => `Firm ${round}-${n}-${k}`);
  const otherEvidence = others.map((name) => `${name} raised $${n + 2} million.`);
  return {
    id: `wire-${round}-${n}`,
    title: `Round ${n}`,
    publisher: "Test Wire",
    language: "en",
    publishedOn: "2025-03-01",
    entities: [
      { ref: "hub", type: "Company", name: "Hubble Capital" },
      { ref: "newco", type: "Company", name: `Newco Labs ${round}` },
      { ref: "target", type: "Company", name: `Target ${round}-${n}` },
      ...others.map((name, k) => ({ ref: `o${k}`, type: "Company", name })),
    ],
    investments: [
      {
        kind: "FUNDING_ROUND",
        investors: ["hub", "newco"],
        target: "target",
        amount: { value: (n + 1) * 1_000_000, currency: "USD" },
        announcedOn: "2025-03",
        evidence,
      },
      ...others.map((_, k) => ({
        kind: "FUNDING_ROUND",
        investors: ["hub"],
        target: `o${k}`,
        amount: { value: (n + 2) * 1_000_000, currency: "USD" },
        announcedOn: "2025-03",
        evidence: otherEvidence[k],
      })),
    ],
    body: `${evidence} ${otherEvidence.join(" ")} More on the round later.`,
  };
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  server = createServer({ driver: testDriver(), config });
  await server.start();
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

it("articles sent at once that name the same new companies make each company once, and all land", async () => {
  for (const round of [1, 2, 3]) {
    const results = await Promise.all(Array.from({ length: 8 }, (_, n) => ingest(article(n, round))));
    expect(results.flatMap((r) => r.errors ?? []), `round ${round}`).toEqual([]);
    expect(results.map((r) => r.data.ingestArticle.outcome)).toEqual(Array(8).fill("CREATED"));
  }
  const rows = await new Db(testDriver()).read<{ name: string; ids: string[] }>(
    "MATCH (c:Company) WHERE c.name STARTS WITH 'Hubble' OR c.name STARTS WITH 'Newco' RETURN c.name AS name, collect(c.id) AS ids ORDER BY name",
  );
  expect(rows).toEqual([
    { name: "Hubble Capital", ids: ["hubble-capital"] },
    { name: "Newco Labs 1", ids: ["newco-labs-1"] },
    { name: "Newco Labs 2", ids: ["newco-labs-2"] },
    { name: "Newco Labs 3", ids: ["newco-labs-3"] },
  ]);
  const [deals] = await new Db(testDriver()).read<{ n: number }>("MATCH (:Company {id: 'hubble-capital'})-[:INVESTED]->(i:Investment) RETURN count(i) AS n");
  expect(deals!.n).toBe(3 * 8 * 31);
});
