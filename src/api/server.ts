// Builds the HTTP server: Apollo at /graphql with its limits, auth and error masking;
// /health, /ready and /metrics beside it; request ids, deadlines, CORS and graceful shutdown.
// docs/operations.md says what each setting does and how to run it in production.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createContext, type DealgraphContext } from "./context.js";
import { bookmarksError, ErrorCode, formatError } from "./errors.js";
import { announceChanges } from "../events/announce.js";
import { createEventBus, type EventBus } from "../events/bus.js";
import { serveSubscriptions, type SubscriptionServer } from "../events/websocket.js";
import { BOOKMARKS_HEADER, BookmarkGate, bookmarkLane, encodeBookmarks, readBookmarksHeader } from "../db/bookmarks.js";
import { DatabaseHealth, databaseAnswers, databaseReachable } from "../db/health.js";
import { createLogger, type Logger } from "../log.js";
import { recordArgumentPaths } from "./common/partial-date.scalar.js";
import { Metrics } from "../observability/metrics.js";
import { requestObserver } from "../observability/requests.js";
import { buildDealgraphSchema } from "./schema.js";
import { bearerToken, callerOf, refusal, roleOf } from "./security/access.js";
import { operationGuard } from "./security/guard.js";
import { limitRules, operationLimits } from "./security/limits.js";
import { webRoutes } from "../web/routes.js";

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
  /** Starts Apollo and mounts /graphql; listen() calls it. Needed before apollo.executeOperation. */
  start(): Promise<void>;
  /** Listens on host:port (port 0: any free port) and says where it is bound. */
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Stops taking requests, lets those in flight finish, stops Apollo. The driver is the caller's to close. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 2_000;
// Sent back after a write, and accepted on later requests (to any instance): see
// docs/operations.md. Read, checked and waited for in graph/bookmarks.ts.
export { BOOKMARKS_HEADER, decodeBookmarks, encodeBookmarks } from "../db/bookmarks.js";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A JSON error response outside Apollo, in the same shape as Apollo's. */
function sendError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Express's "trust proxy" from TRUST_PROXY: false, true, a hop count, or addresses and subnets. */
function trustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function createServer({ driver, config, ready, liveness, logger, schema }: ServerOptions): DealgraphServer {
  const development = config.NODE_ENV === "development";
  const production = config.NODE_ENV === "production";
  const log = logger ?? createLogger(config.LOG_LEVEL);
  const limits = operationLimits(config);
  const metrics = new Metrics({ driver, poolSize: config.DB_POOL_SIZE });
  const health = new DatabaseHealth(() => databaseReachable(driver, config.NEO4J_DATABASE), {
    onChange(up, downForMs) {
      metrics.dbUp.set(up ? 1 : 0);
      if (up) log.info({ downForMs }, "database reachable again");
      else log.warn("database unreachable: answering SERVICE_UNAVAILABLE until it answers again");
    },
  });
  // The wait is part of the request, so it ends by the request's deadline at the latest.
  const bookmarkWaitMs = Math.min(config.BOOKMARK_WAIT_MS, config.REQUEST_TIMEOUT_MS);
  const bookmarkGate = new BookmarkGate(driver, {
    database: config.NEO4J_DATABASE,
    waitMs: bookmarkWaitMs,
    lane: bookmarkLane(config.DB_POOL_SIZE),
    health,
  });
  const isReady = ready ?? (() => databaseAnswers(driver, config.NEO4J_DATABASE));

  for (const entry of config.API_TOKENS) {
    if (entry.replace(/:(reader|editor)$/, "").length < 16) log.warn("an API token is shorter than 16 characters: use long random tokens (openssl rand -hex 32)");
  }

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy(config.TRUST_PROXY));

  // Every response: a request id (the caller's, when it is a sane one, e.g. from a proxy),
  // nosniff, and a count by route and status.
  const ROUTES = new Set(["/graphql", "/health", "/ready", "/metrics"]);
  app.use((req, res, next) => {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.startedAt = Date.now();
    res.setHeader("x-request-id", requestId);
    res.setHeader("x-content-type-options", "nosniff");
    // Known routes only, as labels: any other path would be a new series.
    const route = ROUTES.has(req.path) ? req.path : "other";
    res.on("finish", () => metrics.http.inc({ route, status: String(res.statusCode) }));
    next();
  });

  app.get("/health", (_req, res) => {
    res.json(liveness?.() ?? { status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
    // Probing here too lets an outage with no traffic show in /ready, the metrics and the breaker.
    const answers = async () => (await health.check()) && (await isReady());
    const ok = await Promise.race([answers().catch(() => false), timedOut]);
    clearTimeout(timer);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  });
  app.get("/metrics", async (req, res) => {
    if (!config.METRICS_ENABLED) {
      res.status(404).end();
      return;
    }
    if (config.METRICS_TOKEN && !roleOf(bearerToken(req.headers.authorization), [config.METRICS_TOKEN])) {
      res.status(401).setHeader("www-authenticate", "Bearer").end();
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.text());
  });

  // CORS before any other /graphql route: a router that knows GET /graphql would answer a
  // preflight (OPTIONS) itself, without the CORS headers.
  const origins = config.CORS_ORIGINS;
  if (origins.length) {
    app.use(
      "/graphql",
      cors({
        origin: origins.includes("*") ? "*" : origins,
        methods: ["GET", "POST"],
        allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", BOOKMARKS_HEADER],
        exposedHeaders: ["x-request-id", BOOKMARKS_HEADER],
        maxAge: 600,
      }),
    );
  }

  // The dashboard at /, the playground at /playground (and /graphql in a browser), their assets.
  app.use(webRoutes({ config }));

  const httpServer = http.createServer(app);
  const events = createEventBus(config, log);
  // Slow clients cannot hold a connection open forever while sending a request.
  httpServer.requestTimeout = config.REQUEST_TIMEOUT_MS;
  httpServer.headersTimeout = Math.min(10_000, config.REQUEST_TIMEOUT_MS);

  const bookmarksOut: ApolloServerPlugin<DealgraphContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.db.bookmarks.length) response.http.headers.set(BOOKMARKS_HEADER, encodeBookmarks(contextValue.db.bookmarks));
        },
      };
    },
  };

  const executableSchema = schema ?? buildDealgraphSchema();
  const apollo = new ApolloServer<DealgraphContext>({
    schema: executableSchema,
    nodeEnv: config.NODE_ENV,
    // Off in production unless INTROSPECTION=true: the schema is then not for anyone to read.
    introspection: config.INTROSPECTION,
    includeStacktraceInErrorResponses: development,
    // Apollo's defaults, stated: a browser cannot send a query from another site without a
    // preflight, and one HTTP request carries one operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: clients send whole documents, and nobody may fill the server's cache.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [recordArgumentPaths, ...limitRules(limits)],
    formatError: (formatted, error) => formatError(formatted, error, { development, production }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationGuard(limits),
      requestObserver(metrics),
      bookmarksOut,
      announceChanges(events, log),
      // Browsers get the offline playground from web/routes.ts: Apollo's page loads Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No field sets cache hints, and Apollo's cache-control plugin, on by default, would
      // wrap the resolution of every field of every response to read them.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // src/index.ts handles SIGINT/SIGTERM (drain, then close the database); Apollo's own
    // handlers would race it and stop the server twice.
    stopOnTerminationSignals: false,
  });

  // Before the body is read: the caller's token (a wrong one is refused whatever the
  // operation; none at all when QUERY_ACCESS=token), the client's bookmarks, and the
  // request's deadline.
  const admit: RequestHandler = (req, res, next) => {
    // Whatever the operation: a request that may not even read is refused here (what a
    // mutation needs besides is decided once the operation is known, in guard.ts).
    const refused = refusal(callerOf(bearerToken(req.headers.authorization), config), "read", config);
    if (refused) {
      res.setHeader("www-authenticate", "Bearer");
      sendError(res, 401, refused.message, { code: ErrorCode.UNAUTHENTICATED });
      return;
    }
    const header = req.headers[BOOKMARKS_HEADER];
    let bookmarks: string[] | undefined;
    if (typeof header === "string") {
      const read = readBookmarksHeader(header);
      if ("problem" in read) {
        sendError(res, 400, `The ${BOOKMARKS_HEADER} header is not one this API sent: ${read.problem}.`, { code: ErrorCode.BAD_USER_INPUT, header: BOOKMARKS_HEADER });
        return;
      }
      bookmarks = res.locals.bookmarks = read.bookmarks;
    }
    // Resolvers stop at the deadline (their transactions are cut there); this answers
    // even if something else holds the request.
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      log.warn({ reqId: res.locals.requestId }, "request deadline passed without a response");
      sendError(res, 503, "The request took too long and was cancelled.", { code: ErrorCode.TIMEOUT, requestId: res.locals.requestId });
    }, config.REQUEST_TIMEOUT_MS + 1_000);
    res.on("close", () => clearTimeout(timer));
    if (!bookmarks) {
      next();
      return;
    }
    // The write the bookmarks name, waited for once, before the operation runs, within
    // BOOKMARK_WAIT_MS and a bounded lane (see graph/bookmarks.ts).
    void bookmarkGate.wait(bookmarks).then((outcome) => {
      if (outcome === "reached") {
        next();
        return;
      }
      if (res.headersSent) return;
      const error = bookmarksError(outcome, bookmarkWaitMs);
      const { http: answer, ...extensions } = error.extensions as { http: { status: number } };
      if (answer.status === 503) res.setHeader("retry-after", String(Math.ceil(bookmarkWaitMs / 1000)));
      log.info({ reqId: res.locals.requestId, outcome }, `${BOOKMARKS_HEADER} not used`);
      sendError(res, answer.status, error.message, extensions);
    }, next);
  };

  // The answer's size, measured on the JSON Apollo built: the last line behind the budget of
  // the database layer (context.ts), which stops a request reading too much before its
  // answer is built; this one also catches text repeated under aliases, read only once.
  const capResponse: RequestHandler = (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // A UTF-16 unit is at most 3 bytes of UTF-8: most answers need no count of their bytes.
      if (typeof body === "string" && body.length * 3 > config.HTTP_MAX_RESPONSE_BYTES && Buffer.byteLength(body) > config.HTTP_MAX_RESPONSE_BYTES) {
        log.warn({ reqId: res.locals.requestId, bytes: Buffer.byteLength(body) }, "answer over HTTP_MAX_RESPONSE_BYTES refused");
        const detail = production ? "" : ` (limit: ${config.HTTP_MAX_RESPONSE_BYTES} bytes)`;
        res.status(400);
        return send(
          JSON.stringify({
            errors: [
              {
                message: `The answer is too large${detail}: ask for fewer rows (\`first\`), fewer nested lists or fewer long texts (body).`,
                extensions: { code: ErrorCode.BAD_USER_INPUT, limit: "responseBytes", requestId: res.locals.requestId },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };

  // Express 5 leaves req.body unset when there is no JSON body; Apollo then answers 500.
  // Unset, it is a request without a body, which Apollo refuses properly (400, or CSRF).
  const bodyOrNothing: RequestHandler = (req, _res, next) => {
    if (!("body" in req)) (req as { body?: unknown }).body = undefined;
    next();
  };

  let subscriptions: SubscriptionServer | undefined;
  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      await apollo.start();
      subscriptions = serveSubscriptions({ httpServer, schema: executableSchema, config, bus: events, log });
      void health.start();
      app.use(
        "/graphql",
        admit,
        express.json({ limit: config.HTTP_MAX_BODY_BYTES }),
        bodyOrNothing,
        capResponse,
        expressMiddleware(apollo, {
          context: async ({ req, res }) =>
            createContext({
              driver,
              config,
              token: bearerToken(req.headers.authorization),
              requestId: res.locals.requestId,
              startedAt: res.locals.startedAt,
              bookmarks: res.locals.bookmarks,
              // The client's address (as TRUST_PROXY lets Express read it) on every line of the request.
              log: log.child({ ip: req.ip }),
              health,
              observer: metrics.dbObserver,
            }),
        }),
      );
      // Express's own error page would show a stack trace (e.g. for a malformed JSON body).
      const onError: ErrorRequestHandler = (err, _req, res, _next) => {
        // Already answered (the deadline passed): Apollo's late answer has nowhere to go.
        if (res.headersSent) return;
        const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
        const requestId = res.locals.requestId;
        if (status === 500) {
          log.error({ err, reqId: requestId }, "internal error in an HTTP request");
          sendError(res, 500, "Internal server error", { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId });
        } else if (err?.type === "entity.too.large") {
          const detail = production ? "" : ` (limit: ${config.HTTP_MAX_BODY_BYTES} bytes)`;
          sendError(res, 413, `The request body is too large${detail}.`, { code: ErrorCode.BAD_USER_INPUT, limit: "body" });
        } else {
          sendError(res, status, String(err.message), { code: "BAD_REQUEST" });
        }
      };
      app.use(onError);
    })());

  return {
    apollo,
    httpServer,
    metrics,
    health,
    events,
    start,
    async listen(host, port) {
      await start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      return { host: address.address, port: address.port };
    },
    async stop() {
      health.stop();
      // WebSocket connections never end by themselves: close them before draining.
      await subscriptions?.dispose();
      // Apollo's drain plugin closes the HTTP server once in-flight requests are done.
      if (starting) {
        await starting.catch(() => undefined);
        await apollo.stop();
      } else if (httpServer.listening) {
        await new Promise((resolve) => httpServer.close(resolve));
      }
      await events.close();
    },
  };
}
