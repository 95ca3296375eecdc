// The test run's database: one shared driver per test file, and a way to empty the graph.
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { loadConfig } from "../../src/config.js";

let shared: Driver | undefined;

/**
 * The driver for the test run's Neo4j (see global-setup.ts), created on first use.
 *
 * @example
 *   afterAll(closeTestDriver);
 *   beforeEach(() => resetDatabase(testDriver()));
 */
export function testDriver(): Driver {
  if (!shared) {
    const config = loadConfig();
    shared = neo4j.driver(inject("neo4jUri"), neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  }
  return shared;
}

/** Deletes every node and relationship; schema (constraints, indexes) stays. */
export async function resetDatabase(driver: Driver = testDriver()): Promise<void> {
  const session = driver.session({ database: loadConfig().NEO4J_DATABASE });
  try {
    // CALL { } IN TRANSACTIONS batches a large graph's delete; it must run in an implicit
    // (auto-commit) transaction, hence session.run rather than executeWrite.
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export async function closeTestDriver(): Promise<void> {
  const driver = shared;
  shared = undefined;
  await driver?.close();
}
