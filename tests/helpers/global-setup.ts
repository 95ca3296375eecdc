// Vitest globalSetup: one Neo4j for the whole test run, its Bolt URI provided as "neo4jUri".
// An external database is used as is when NEO4J_URI is set; otherwise an embedded one is started
// on a fresh temporary directory and removed afterwards.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = loadConfig().NEO4J_URI;
  if (external) {
    project.provide("neo4jUri", external);
    return undefined;
  }

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-test-neo4j-"));
  const log = (msg: string) => process.stderr.write(`[test neo4j] ${msg}\n`);
  let db;
  try {
    // Port 0: any free port, so a developer's own database on 7687 is never touched.
    db = await startEmbeddedNeo4j({ dataDir, port: 0, heap: "1g", pageCache: "256m", log });
  } catch (err) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  project.provide("neo4jUri", db.uri);
  // Test workers start after this and inherit the environment: code under test that reads
  // its configuration (loadConfig) then finds the same database.
  process.env.NEO4J_URI = db.uri;

  return async () => {
    delete process.env.NEO4J_URI;
    await db.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
