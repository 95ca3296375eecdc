// The HTTP server, put together from its parts: http.ts (the Express app, request ids and
// the operations routes /health, /ready, /metrics), graphql.ts (Apollo at /graphql and its
// plugins), admission.ts (token, bookmarks and deadline before the body is read),
// guards.ts (body, answer size, Express errors) and lifecycle.ts (starting, ready,
// draining, stopped), which start() and stop() move through.
// docs/operations.md says what each setting does and how to run it in production.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../../config.js";
import { BookmarkGate, bookmarkLane } from "../../db/bookmarks.js";
import type { Driver } from "../../db/driver.js";
import { DatabaseHealth, databaseAnswers, databaseReachable } from "../../db/health.js";
import { createEventBus, type EventBus } from "../../events/bus.js";
import { serveSubscriptions, type SubscriptionServer } from "./websocket.js";
import { createLogger, type Logger } from "../../log.js";
import { Metrics } from "../../observability/metrics.js";
import type { DealgraphContext } from "../context.js";
import { buildDealgraphSchema } from "../schema.js";
import { operationLimits, tokenEntry } from "../security/index.js";
import { admission } from "./admission.js";
import { exportRoutes } from "./export.js";
import { createApollo, mountGraphql } from "./graphql.js";
import { createHttpApp } from "./http.js";
import { Lifecycle } from "./lifecycle.js";
import { ResponseCache, watchGraph } from "./response-cache.js";

// Sent back after a write, and accepted on later requests (to any instance): see
// docs/operations.md. Read, checked and waited for in db/bookmarks.ts.
export { BOOKMARKS_HEADER, decodeBookmarks, encodeBookmarks } from "../../db/bookmarks.js";
export { Lifecycle, LifecycleError, type LifecycleState } from "./lifecycle.js";

export interface ServerOptions {
  driver: Driver;
  config: Config;
  /** Whether the API can serve (e.g. migrations done): by default, whether the database answers `RETURN 1`. */
  ready?: () => Promise<boolean>;
  /**
   * /health's body (always status 200: the process lives), e.g. `{ status: "degraded", database:
   * "restarting" }` while the embedded database is being restarted. Default: `{ status: "ok" }`.
   */
  liveness?: () => { status: "ok" | "degraded" };
  /** Default: a logger at config.LOG_LEVEL on stdout. */
  logger?: Logger;
  /** Default: the Dealgraph schema. Tests pass one with extra fields. */
  schema?: GraphQLSchema;
}

export interface DealgraphServer {
  apollo: ApolloServer<DealgraphContext>;
  httpServer: http.Server;
  metrics: Metrics;
  health: DatabaseHealth;
  /** Live updates: what mutations changed, for the graphChanged subscription (over Redis when REDIS_URL is set). */
  events: EventBus;
  /** Answers already known (response-cache.ts); undefined when RESPONSE_CACHE_MAX_BYTES is 0. */
  responseCache?: ResponseCache;
  /** starting, ready, draining or stopped: what /ready and /health report. */
  lifecycle: Lifecycle;
  /** Starts Apollo and mounts /graphql, then the server is "ready"; listen() calls it. Needed before apollo.executeOperation. */
  start(): Promise<void>;
  /** Listens on host:port (port 0: any free port) and says where it is bound. */
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /**
   * Drains (new requests refused with 503 and Retry-After, those in flight finish), stops
   * Apollo and closes the HTTP server. The driver is the caller's to close. Called twice, the
   * same promise.
   */
  stop(): Promise<void>;
}

// How long draining waits past the request deadline (by which every request has an answer) before closing anyway.
const DRAIN_GRACE_MS = 2_000;
/** How long start() waits for the response cache's first read of the write counts. */
const FIRST_COUNT_WAIT_MS = 2_000;

export function createServer({ driver, config, ready, liveness, logger, schema }: ServerOptions): DealgraphServer {
  const log = logger ?? createLogger(config.LOG_LEVEL);
  warnShortTokens(config, log);
  const metrics = new Metrics({ driver, poolSize: config.DB_POOL_SIZE });
  const health = databaseHealth(driver, config, metrics, log);
  const lifecycle = new Lifecycle();
  const canServe = ready ?? (() => databaseAnswers(driver, config.NEO4J_DATABASE));
  const executableSchema = schema ?? buildDealgraphSchema();
  const exports = exportRoutes({ driver, config, schema: executableSchema, log, health, observer: metrics.dbObserver });
  const app = createHttpApp({ config, metrics, health, lifecycle, canServe, exports, ...(liveness ? { liveness } : {}) });
  const httpServer = http.createServer(app);
  // Slow clients cannot hold a connection open forever while sending a request.
  httpServer.requestTimeout = config.REQUEST_TIMEOUT_MS;
  httpServer.headersTimeout = Math.min(10_000, config.REQUEST_TIMEOUT_MS);
  const events = createEventBus(config, log);
  const responseCache = config.RESPONSE_CACHE_MAX_BYTES > 0 ? new ResponseCache(config.RESPONSE_CACHE_MAX_BYTES) : undefined;
  const apollo = createApollo({ schema: executableSchema, config, limits: operationLimits(config), httpServer, metrics, cache: responseCache });
  // The wait is part of the request, so it ends by the request's deadline at the latest.
  const bookmarkWaitMs = Math.min(config.BOOKMARK_WAIT_MS, config.REQUEST_TIMEOUT_MS);
  const bookmarkGate = new BookmarkGate(driver, { database: config.NEO4J_DATABASE, waitMs: bookmarkWaitMs, lane: bookmarkLane(config.DB_POOL_SIZE), health });
  const admit = admission({ config, log, bookmarkGate, bookmarkWaitMs });

  let subscriptions: SubscriptionServer | undefined;
  let watcher: ReturnType<typeof watchGraph> | undefined;
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      if (lifecycle.state !== "starting") throw new Error(`The server cannot start: it is ${lifecycle.state}.`);
      await apollo.start();
      if (responseCache) {
        watcher = watchGraph(responseCache, { driver, database: config.NEO4J_DATABASE, bus: events, checkMs: config.RESPONSE_CACHE_CHECK_MS, log });
        // A database that does not answer must not hold the start (the read retries for up to
        // maxTransactionRetryTime): the cache keeps nothing until the first read succeeds.
        await Promise.race([watcher.ready(), new Promise((resolve) => setTimeout(resolve, FIRST_COUNT_WAIT_MS).unref())]);
      }
      subscriptions = serveSubscriptions({ httpServer, schema: executableSchema, config, bus: events, log });
      void health.start();
      mountGraphql(app, apollo, { driver, config, log, health, metrics, admit, events });
      // A stop() called meanwhile has moved on to draining: it wins.
      if (lifecycle.state === "starting") lifecycle.moveTo("ready");
    })());
  const stop = () =>
    (stopping ??= (async () => {
      lifecycle.moveTo("draining");
      await starting?.catch(() => undefined);
      health.stop();
      watcher?.stop();
      // WebSocket connections never end by themselves: close them before draining.
      await subscriptions?.dispose();
      // New requests are refused from here (http.ts); those in flight answer by their deadline.
      if (!(await lifecycle.settled(config.REQUEST_TIMEOUT_MS + DRAIN_GRACE_MS))) log.warn({ inFlight: lifecycle.inFlight }, "requests still in flight after the deadline: closing anyway");
      // Apollo's drain plugin closes the HTTP server and any connection left.
      if (starting) await apollo.stop();
      else if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      await events.close();
      lifecycle.moveTo("stopped");
    })());
  const listen = async (host: string, port: number) => {
    await start();
    return listenOn(httpServer, host, port);
  };
  return { apollo, httpServer, metrics, health, events, lifecycle, responseCache, start, listen, stop };
}

/** The circuit breaker on the database, reflected in the metrics and the log. */
function databaseHealth(driver: Driver, config: Config, metrics: Metrics, log: Logger): DatabaseHealth {
  return new DatabaseHealth(() => databaseReachable(driver, config.NEO4J_DATABASE), {
    onChange(up, downForMs) {
      metrics.dbUp.set(up ? 1 : 0);
      if (up) log.info({ downForMs }, "database reachable again");
      else log.warn("database unreachable: answering SERVICE_UNAVAILABLE until it answers again");
    },
  });
}

function warnShortTokens(config: Config, log: Logger): void {
  for (const entry of config.API_TOKENS) {
    if (tokenEntry(entry).token.length < 16) log.warn("an API token is shorter than 16 characters: use long random tokens (openssl rand -hex 32)");
  }
}

async function listenOn(httpServer: http.Server, host: string, port: number): Promise<{ host: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  return { host: address.address, port: address.port };
}
