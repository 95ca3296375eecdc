// What every resolver gets: this request's database handle (with its round-trip count),
// its loaders, the configuration and the caller's bearer token.
import type { Driver } from "neo4j-driver";
import type { Config } from "./config.js";
import { Db } from "./graph/db.js";
import { createLoaders, type Loaders } from "./modules/loaders.js";

export interface DealgraphContext {
  db: Db;
  loaders: Loaders;
  config: Config;
  /** The bearer token of the Authorization header, if any (checked by mutations). */
  token?: string;
}

/** A fresh context for one request: new Db, new loaders, so nothing cached crosses requests. */
export function createContext({ driver, config, token }: { driver: Driver; config: Config; token?: string }): DealgraphContext {
  const db = new Db(driver, { database: config.NEO4J_DATABASE, txTimeoutMs: config.DB_TX_TIMEOUT_MS });
  return { db, loaders: createLoaders(db), config, ...(token ? { token } : {}) };
}
