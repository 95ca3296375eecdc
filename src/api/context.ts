// What every resolver gets: this request's database handle (with its round-trip count,
// its deadline and the client's bookmarks), its stores, the configuration, the caller's
// bearer token, and the request id with a logger that prints it.
import { randomUUID } from "node:crypto";
import type { Config } from "../config.js";
import type { Db, DbObserver } from "../db/db.js";
import type { DatabaseHealth } from "../db/health.js";
import type { EventBus } from "../events/bus.js";
import { createLogger, type Logger } from "../log.js";
import { createStores, type Stores } from "../store/index.js";
import { RequestDb } from "./request-db.js";

export interface DealgraphContext {
  db: Db;
  /** This request's stores: every read of the graph, batched and cached for this request only. */
  stores: Stores;
  config: Config;
  /** The bearer token of the Authorization header, if any (see security/access.ts). */
  token?: string;
  /** Names this request in the logs and in INTERNAL_SERVER_ERROR responses. */
  requestId: string;
  /** The server's logger, with this request's id on every line. */
  log: Logger;
  /** Where the ingest pipeline announces what a mutation changed (none: not announced). */
  events?: EventBus;
  /** The client sent bookmarks of an earlier write: its answer comes from the database, never from the response cache. */
  readsOwnWrites?: boolean;
}

export interface ContextOptions {
  /** The process's driver (the database layer's type: the API does not name the driver's own). */
  driver: Db["driver"];
  config: Config;
  token?: string;
  requestId?: string;
  log?: Logger;
  /** When the request arrived (ms since the epoch); its deadline is REQUEST_TIMEOUT_MS later. Default: now. */
  startedAt?: number;
  /** Bookmarks the client sent back from an earlier write. */
  bookmarks?: readonly string[];
  health?: DatabaseHealth;
  observer?: DbObserver;
  /** The server's event bus, for the ingest pipeline's publish step. */
  events?: EventBus;
}

let quiet: Logger | undefined;

/** A fresh context for one request: new Db, new stores, so nothing cached crosses requests. */
export function createContext(options: ContextOptions): DealgraphContext {
  const { driver, config, token } = options;
  const requestId = options.requestId ?? randomUUID();
  const db = new RequestDb(driver, {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.DB_TX_TIMEOUT_MS,
    deadline: (options.startedAt ?? Date.now()) + config.REQUEST_TIMEOUT_MS,
    bookmarks: options.bookmarks,
    health: options.health,
    observer: options.observer,
    budget: { rows: config.GRAPHQL_MAX_ROWS, chars: config.HTTP_MAX_RESPONSE_BYTES },
  });
  const log = (options.log ?? (quiet ??= createLogger("silent"))).child({ reqId: requestId });
  return { db, stores: createStores(db, { mergeReads: config.DB_MERGE_READS }), config, requestId, log, ...(token ? { token } : {}), ...(options.events ? { events: options.events } : {}), ...(options.bookmarks?.length ? { readsOwnWrites: true } : {}) };
}
