// Creates the one driver of the process, for an external Neo4j or the embedded one.
// The same code serves a single server, a cluster or Aura: the URI scheme decides
// (bolt:// one server; neo4j:// or neo4j+s:// routing, reads to readers, writes to the leader).
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

// The driver's handle, for the layers above that pass it along without using the driver's
// API (src/api may not import neo4j-driver: .dependency-cruiser.cjs).
export type { Driver };

type DriverSettings = Pick<Config, "NEO4J_USER" | "NEO4J_PASSWORD"> & Partial<Pick<Config, "DB_RETRY_MS" | "DB_POOL_SIZE">>;

export function createDriver(uri: string, config: DriverSettings): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Fail fast when the database is down rather than queueing requests behind it. The
    // driver's default retry time (30 s) would hold each request that long in an outage.
    maxTransactionRetryTime: config.DB_RETRY_MS ?? 1_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: config.DB_POOL_SIZE ?? 50,
    // Integers as JavaScript numbers, decoded so: ids, counts and years here stay far below
    // 2^53, and the data layer would turn Integer objects into numbers anyway (toPlain).
    disableLosslessIntegers: true,
    userAgent: "dealgraph",
  });
}
