// Apollo at /graphql: its settings and limits, its plugins (drain, operation guard,
// metrics and logs, bookmarks out, the response cache, no landing page, no cache hints), and
// the chain a /graphql request passes through once Apollo has started (admission, body,
// size cap, a fresh context per request).
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../../config.js";
import type { Driver } from "../../db/driver.js";
import type { DatabaseHealth } from "../../db/health.js";
import type { EventBus } from "../../events/bus.js";
import type { Logger } from "../../log.js";
import type { Metrics } from "../../observability/metrics.js";
import { requestObserver } from "../../observability/requests.js";
import { recordArgumentPaths } from "../common/partial-date.scalar.js";
import { createContext, type DealgraphContext } from "../context.js";
import { formatError } from "../errors.js";
import { bearerToken } from "../security/index.js";
import { operationGuard } from "../security/index.js";
import { limitRules, type OperationLimits } from "../security/index.js";
import { bookmarksOut } from "./bookmarks-plugin.js";
import { bodyOrNothing, capResponse, jsonErrors } from "./guards.js";
import { type ResponseCache, responseCachePlugin } from "./response-cache.js";

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  limits: OperationLimits;
  httpServer: http.Server;
  metrics: Metrics;
  /** Answers already known (response-cache.ts); none: every query goes to the database. */
  cache?: ResponseCache;
}

export function createApollo({ schema, config, limits, httpServer, metrics, cache }: ApolloOptions): ApolloServer<DealgraphContext> {
  const stacktraces = config.GRAPHQL_STACKTRACES;
  const production = config.NODE_ENV === "production";
  return new ApolloServer<DealgraphContext>({
    schema,
    nodeEnv: config.NODE_ENV,
    // Off in production unless INTROSPECTION=true: the schema is then not for anyone to read.
    introspection: config.INTROSPECTION,
    // Apollo would add them whenever NODE_ENV is not production; only on request (GRAPHQL_STACKTRACES).
    includeStacktraceInErrorResponses: stacktraces,
    // Apollo's defaults, stated: a browser cannot send a query from another site without a
    // preflight, and one HTTP request carries one operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: clients send whole documents, and nobody may fill the server's cache.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [recordArgumentPaths, ...limitRules(limits)],
    formatError: (formatted, error) => formatError(formatted, error, { stacktraces, production }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationGuard(limits),
      requestObserver(metrics),
      bookmarksOut(),
      ...(cache ? [responseCachePlugin(cache, config)] : []),
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
}

export interface MountOptions {
  driver: Driver;
  config: Config;
  log: Logger;
  health: DatabaseHealth;
  metrics: Metrics;
  /** admission.ts: token, bookmarks and deadline, before the body is read. */
  admit: RequestHandler;
  /** Where the ingest pipeline announces what mutations change (src/ingest/publish.ts). */
  events?: EventBus;
}

/** Mounts /graphql on `app` (Apollo must have started), then the JSON error handler after it. */
export function mountGraphql(app: Express, apollo: ApolloServer<DealgraphContext>, { driver, config, log, health, metrics, admit, events }: MountOptions): void {
  app.use(
    "/graphql",
    admit,
    express.json({ limit: config.HTTP_MAX_BODY_BYTES }),
    bodyOrNothing,
    capResponse(config, log),
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
          events,
        }),
    }),
  );
  app.use(jsonErrors(config, log));
}
