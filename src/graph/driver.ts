// Creates the one driver of the process, for an external Neo4j or the embedded one.
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export function createDriver(uri: string, config: Pick<Config, "NEO4J_USER" | "NEO4J_PASSWORD">): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Fail fast when the database is down rather than queueing requests behind it.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: "dealgraph",
  });
}
