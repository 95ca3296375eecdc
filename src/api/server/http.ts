// The Express app around the API: a request id, nosniff and a count by route on every
// response; the operations routes /health, /ready and /metrics; the lifecycle's door (new
// requests refused while draining); CORS for /graphql; the dashboard and the playground.
// /graphql itself is mounted once Apollo has started (graphql.ts).
import { randomUUID } from "node:crypto";
import cors from "cors";
import express, { type Express, type RequestHandler, type Response } from "express";
import type { Config } from "../../config.js";
import { BOOKMARKS_HEADER } from "../../db/bookmarks.js";
import type { DatabaseHealth } from "../../db/health.js";
import type { Metrics } from "../../observability/metrics.js";
import { webRoutes } from "../../web/routes.js";
import { ErrorCode } from "../errors.js";
import { mayReadMetrics } from "../security/index.js";
import type { Lifecycle } from "./lifecycle.js";

export interface HttpAppOptions {
  config: Config;
  metrics: Metrics;
  health: DatabaseHealth;
  lifecycle: Lifecycle;
  /** Whether the API can serve once started (ServerOptions.ready): asked by /ready. */
  canServe: () => Promise<boolean>;
  /** /health's body (ServerOptions.liveness). */
  liveness?: () => { status: "ok" | "degraded" };
  /** The CSV exports (/export/*.csv, export.ts), mounted with the other routes. */
  exports?: RequestHandler;
}

const READY_TIMEOUT_MS = 2_000;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// Known routes only, as metric labels: any other path would be a new series.
const ROUTES = new Set(["/graphql", "/health", "/ready", "/metrics", "/export/deals.csv", "/export/companies.csv", "/export/people.csv", "/export/sign"]);
/** Seconds a client refused while the server drains is told to wait (another instance answers meanwhile). */
export const DRAINING_RETRY_AFTER_S = 2;

/** A JSON error response outside Apollo, in the same shape as Apollo's. */
export function sendError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Express's "trust proxy" from TRUST_PROXY: false, true, a hop count, or addresses and subnets. */
function trustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The app with every route but /graphql, which graphql.ts mounts once Apollo has started. */
export function createHttpApp(options: HttpAppOptions): Express {
  const { config, metrics, lifecycle } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy(config.TRUST_PROXY));
  app.use(everyResponse(metrics, lifecycle));
  app.get("/health", health(options));
  app.get("/ready", readiness(options));
  app.get("/metrics", metricsRoute(config, metrics));
  app.use(refuseWhileDraining(lifecycle));
  // CORS before any other /graphql route: a router that knows GET /graphql would answer a
  // preflight (OPTIONS) itself, without the CORS headers.
  if (config.CORS_ORIGINS.length) app.use("/graphql", corsFor(config.CORS_ORIGINS));
  if (options.exports) app.use(options.exports);
  // The dashboard at /, the playground at /playground (and /graphql in a browser), their assets.
  app.use(webRoutes({ config }));
  return app;
}

/**
 * Every response: a request id (the caller's, when it is a sane one, e.g. from a proxy),
 * nosniff, and a count by route and status; every request is counted in flight until its
 * connection is done with it, which draining waits for.
 */
function everyResponse(metrics: Metrics, lifecycle: Lifecycle): RequestHandler {
  return (req, res, next) => {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.startedAt = Date.now();
    res.setHeader("x-request-id", requestId);
    res.setHeader("x-content-type-options", "nosniff");
    const route = ROUTES.has(req.path) ? req.path : "other";
    res.on("finish", () => metrics.http.inc({ route, status: String(res.statusCode) }));
    res.on("close", lifecycle.requestStarted());
    next();
  };
}

/** /health: 200 while the process lives; the lifecycle's state is added when it is not "ready". */
function health({ lifecycle, liveness }: HttpAppOptions): RequestHandler {
  return (_req, res) => {
    const body = liveness?.() ?? { status: "ok" };
    res.json(lifecycle.state === "ready" ? body : { ...body, state: lifecycle.state });
  };
}

/** /ready: 200 only when the server is ready and the database (and `canServe`) answers within READY_TIMEOUT_MS. */
function readiness({ lifecycle, health: database, canServe }: HttpAppOptions): RequestHandler {
  return async (_req, res) => {
    if (lifecycle.state !== "ready") {
      if (!lifecycle.accepting) res.setHeader("retry-after", String(DRAINING_RETRY_AFTER_S));
      res.status(503).json({ status: lifecycle.accepting ? "unavailable" : "draining" });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
    // Probing here too lets an outage with no traffic show in /ready, the metrics and the breaker.
    const answers = async () => (await database.check()) && (await canServe());
    const ok = await Promise.race([answers().catch(() => false), timedOut]);
    clearTimeout(timer);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  };
}

/** /metrics for Prometheus: 404 unless METRICS_ENABLED, and behind METRICS_TOKEN when one is set. */
function metricsRoute(config: Config, metrics: Metrics): RequestHandler {
  return async (req, res) => {
    if (!config.METRICS_ENABLED) {
      res.status(404).end();
      return;
    }
    if (!mayReadMetrics(req.headers.authorization, config)) {
      res.status(401).setHeader("www-authenticate", "Bearer").end();
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.text());
  };
}

/**
 * Once stop() was called, a new request (one that reached an open connection) is told to
 * go elsewhere: 503, Retry-After, and the connection closed after the answer; the requests
 * already in flight finish. The operations routes above still answer.
 */
function refuseWhileDraining(lifecycle: Lifecycle): RequestHandler {
  return (_req, res, next) => {
    if (lifecycle.accepting) {
      next();
      return;
    }
    res.setHeader("retry-after", String(DRAINING_RETRY_AFTER_S));
    res.setHeader("connection", "close");
    sendError(res, 503, "The server is shutting down; try again shortly.", { code: ErrorCode.SERVICE_UNAVAILABLE });
  };
}

function corsFor(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.includes("*") ? "*" : [...origins],
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", BOOKMARKS_HEADER],
    exposedHeaders: ["x-request-id", BOOKMARKS_HEADER],
    maxAge: 600,
  });
}
