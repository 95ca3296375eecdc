// Where the database is: NEO4J_URI when set (a server, a cluster, Aura), else the
// embedded Neo4j, started here or found running on the same data directory.
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver } from "./driver.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded.js";

export interface Database {
  driver: Driver;
  uri: string;
  /** Set when this process uses the embedded database. */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded database if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (msg: string) => void): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      port: config.NEO4J_EMBEDDED_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log,
    });
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config);
  return {
    driver,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
