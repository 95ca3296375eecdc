// Builds the HTTP server: Apollo at /graphql, /health and /ready beside it, graceful
// shutdown, and the one place where errors are turned into what clients may see.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "./config.js";
import { createContext, type DealgraphContext } from "./context.js";
import { ErrorCode } from "./errors.js";
import type { Logger } from "./log.js";
import { recordArgumentPaths } from "./modules/common/partial-date.scalar.js";
import { buildDealgraphSchema } from "./schema.js";

export interface ServerOptions {
  driver: Driver;
  config: Config;
  /** Whether the API can serve: by default, whether the database answers `RETURN 1`. */
  ready?: () => Promise<boolean>;
  logger?: Pick<Logger, "error">;
}

export interface DealgraphServer {
  apollo: ApolloServer<DealgraphContext>;
  httpServer: http.Server;
  /** Starts Apollo and mounts /graphql; listen() calls it. Needed before apollo.executeOperation. */
  start(): Promise<void>;
  /** Listens on host:port (port 0: any free port) and says where it is bound. */
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Stops taking requests, lets those in flight finish, stops Apollo. The driver is the caller's to close. */
  stop(): Promise<void>;
}

// Codes whose message is meant for the client: ours (errors.ts) and Apollo's request errors.
const CLIENT_CODES: ReadonlySet<unknown> = new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * Apollo's formatError. Errors with a client code keep their message; anything else
 * (a bug, a failed query, a driver error) becomes INTERNAL_SERVER_ERROR with a fixed
 * message, and is logged. Stack traces only leave the process in development.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { development: boolean; logger?: Pick<Logger, "error"> },
): GraphQLFormattedError {
  let code = formatted.extensions?.code;
  // A literal that a scalar refuses (a bad PartialDate) fails validation, which Apollo
  // labels GRAPHQL_VALIDATION_FAILED; it is the client's input, and the scalar says which.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && original instanceof GraphQLError) {
    if (original.extensions.code === ErrorCode.BAD_USER_INPUT) code = ErrorCode.BAD_USER_INPUT;
  }
  if (CLIENT_CODES.has(code)) {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: options.development ? { ...extensions, code, stacktrace } : { ...extensions, code } };
  }
  options.logger?.error({ err: original ?? error, path: formatted.path }, "internal error in a GraphQL request");
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(options.development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
    },
  };
}

const READY_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers `RETURN 1` within two seconds. Not through Db: its managed
 * transactions retry an unreachable database for up to 30 s, and a readiness probe
 * must answer within the prober's own timeout.
 */
async function databaseAnswers(driver: Driver, database: string | undefined): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const answered = session.run("// server.ready\nRETURN 1 AS ok", {}, { timeout: READY_TIMEOUT_MS }).then(
    () => true,
    () => false,
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    void answered.finally(() => session.close());
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

export function createServer({ driver, config, ready, logger }: ServerOptions): DealgraphServer {
  const development = config.NODE_ENV === "development";
  const isReady = ready ?? (() => databaseAnswers(driver, config.NEO4J_DATABASE));

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const ok = await isReady().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  });

  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<DealgraphContext>({
    schema: buildDealgraphSchema(),
    nodeEnv: config.NODE_ENV,
    // The playground documents the API from the schema: analysts use it in production too.
    introspection: true,
    includeStacktraceInErrorResponses: development,
    validationRules: [recordArgumentPaths],
    formatError: (formatted, error) => formatError(formatted, error, { development, logger }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    // src/index.ts handles SIGINT/SIGTERM (drain, then close the database); Apollo's own
    // handlers would race it and stop the server twice.
    stopOnTerminationSignals: false,
  });

  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      await apollo.start();
      app.use(
        "/graphql",
        express.json({ limit: "1mb" }),
        expressMiddleware(apollo, {
          context: async ({ req }) => createContext({ driver, config, token: bearerToken(req.headers.authorization) }),
        }),
      );
      // Express's own error page would show a stack trace (e.g. for a malformed JSON body).
      const onError: ErrorRequestHandler = (err, _req, res, _next) => {
        const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
        if (status === 500) logger?.error({ err }, "internal error in an HTTP request");
        res.status(status).json({
          errors: [{ message: status === 500 ? "Internal server error" : String(err.message), extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ApolloServerErrorCode.BAD_REQUEST } }],
        });
      };
      app.use(onError);
    })());

  return {
    apollo,
    httpServer,
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
      // Apollo's drain plugin closes the HTTP server once in-flight requests are done.
      if (starting) {
        await starting.catch(() => undefined);
        await apollo.stop();
      } else if (httpServer.listening) {
        await new Promise((resolve) => httpServer.close(resolve));
      }
    },
  };
}
