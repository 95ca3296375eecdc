// Where the database is: NEO4J_URI when set (a server, a cluster, Aura), else the
// embedded Neo4j, started here or found running on the same data directory.
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver } from "./driver.js";
import { type EmbeddedNeo4j, type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from "./embedded.js";
import { type SupervisedNeo4j, type SupervisorLog, superviseEmbeddedNeo4j } from "./embedded-supervisor.js";

export interface Database {
  driver: Driver;
  uri: string;
  /** Set when this process uses the embedded database without supervising it. */
  embedded?: EmbeddedNeo4j;
  /** Set when this process uses the embedded database and restarts it when it dies. */
  supervised?: SupervisedNeo4j;
  /** Closes the driver, then stops the embedded database if this process started it. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * Restart the embedded database whenever it dies, logging each death and restart here: what
   * the long-running API wants. Short-lived commands (seed, benchmarks) leave this unset.
   */
  supervise?: SupervisorLog;
}

export async function openDatabase(config: Config, log: (msg: string) => void, options: OpenDatabaseOptions = {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let supervised: SupervisedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    const embeddedOptions: EmbeddedNeo4jOptions = {
      dataDir: config.NEO4J_DATA_DIR,
      port: config.NEO4J_EMBEDDED_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      // Neo4j stops waiting for a bookmark when the API does (src/db/bookmarks.ts).
      bookmarkTimeoutMs: config.BOOKMARK_WAIT_MS,
      log,
    };
    if (options.supervise) {
      const policy = { minMs: config.NEO4J_RESTART_MIN_MS, maxMs: config.NEO4J_RESTART_MAX_MS };
      supervised = await superviseEmbeddedNeo4j(embeddedOptions, policy, options.supervise);
      uri = supervised.uri;
    } else {
      embedded = await startEmbeddedNeo4j(embeddedOptions);
      uri = embedded.uri;
    }
  }
  const driver = createDriver(uri, config);
  return {
    driver,
    uri,
    embedded,
    supervised,
    async close() {
      await driver.close();
      await (supervised ?? embedded)?.stop();
    },
  };
}
