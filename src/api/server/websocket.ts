// GraphQL subscriptions over WebSocket at /graphql (the graphql-ws protocol, as GraphiQL
// and Apollo Client speak it), beside Apollo's HTTP endpoint on the same port. Only
// subscriptions travel here; queries and mutations stay on HTTP, where Apollo's plugins
// (auth, limits, metrics) see them. A subscription passes the same checks before it
// starts: the caller's token (QUERY_ACCESS), the operation limits and the cost.
// The sockets themselves are bounded: connections per instance (WS_MAX_CONNECTIONS,
// refused at the handshake with 503), subscriptions per connection (WS_MAX_SUBSCRIPTIONS),
// the size of a message (WS_MAX_MESSAGE_BYTES, closed with 1009) and the time a client
// has to send connection_init (WS_INIT_TIMEOUT_MS, closed with 4408).
import type http from "node:http";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { type DocumentNode, getOperationAST, getVariableValues, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate, type ValidationRule } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { bearerToken, callerOf, can } from "../security/index.js";
import type { Config } from "../../config.js";
import { ErrorCode, formatError, isClientError } from "../errors.js";
import type { Logger } from "../../log.js";
import type { SubscriptionContext } from "../events/index.js";
import { checkOperationCost, limitRules, operationLimits } from "../security/index.js";
import type { EventBus } from "../../events/bus.js";

export const SUBSCRIPTIONS_PATH = "/graphql";
/** Connections that do not answer a ping within this long are dropped (and proxies see traffic). */
const PING_INTERVAL_MS = 30_000;

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  bus: EventBus;
  log: Logger;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Closes every connection (code 1001, going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

/** `Bearer <token>` from the connection parameters (`authorization` or `Authorization`), if any. */
function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  return bearerToken(params?.authorization ?? params?.Authorization);
}

/**
 * Browsers send the page's Origin with a WebSocket handshake and enforce no CORS on it:
 * accept the API's own origin, the CORS_ORIGINS, and clients that are not browsers (no Origin).
 */
function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes("*") || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function inputError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

/**
 * graphql's own parse and validation errors carry no code; over HTTP Apollo gives them
 * one. Here they get the same (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED), so that
 * they are shown as the client's mistakes and not masked as internal errors. Errors
 * that already have a code (the limits: BAD_USER_INPUT) keep it.
 */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

interface SubscriptionChecks {
  schema: GraphQLSchema;
  rules: ValidationRule[];
  limits: ReturnType<typeof operationLimits>;
  config: Config;
}

/**
 * What HTTP requests get from Apollo and the limits, for a subscription: the connection's
 * count, parse, one subscription operation, validation with the limit rules, variables,
 * cost. Returns the parsed document, or the errors to send back.
 */
function checkSubscription(
  ctx: { subscriptions: Record<string, unknown> },
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  { schema, rules, limits, config }: SubscriptionChecks,
): DocumentNode | GraphQLError[] {
  // This subscription is already counted among the connection's.
  if (Object.keys(ctx.subscriptions).length > config.WS_MAX_SUBSCRIPTIONS) {
    const detail = limits.expose ? ` (the limit is ${config.WS_MAX_SUBSCRIPTIONS})` : "";
    return [inputError(`Too many subscriptions on this connection${detail}: complete one, or open another connection.`, { limit: "subscriptions" })];
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: limits.tokens });
  } catch (error) {
    return [error instanceof GraphQLError ? withCode(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) : inputError(String(error))];
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [inputError("The document has no operation of that name, or several operations and no operationName.")];
  if (operation.operation !== "subscription") {
    return [inputError("Only subscriptions are served over WebSocket: send queries and mutations as HTTP POST to /graphql.")];
  }
  const errors = validate(schema, document, rules);
  if (errors.length) return errors.map((e) => withCode(e, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
  // Variables that do not fit their types: the client's mistake, as Apollo says over HTTP.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (coerced.errors) return coerced.errors.map((e) => withCode(e, ErrorCode.BAD_USER_INPUT));
  try {
    checkOperationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined, limits);
  } catch (error) {
    return [error as GraphQLError];
  }
  return document;
}

export function serveSubscriptions({ httpServer, schema, config, bus, log }: SubscriptionServerOptions): SubscriptionServer {
  const limits = operationLimits(config);
  const rules = [...specifiedRules, ...limitRules(limits)];
  const formatOptions = { stacktraces: config.GRAPHQL_STACKTRACES, production: config.NODE_ENV === "production" };
  // Anything that is not the client's doing is masked, as over HTTP, and logged.
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      if (!isClientError(e)) log.error({ err: e.originalError ?? e }, "internal error in a subscription");
      // extensions.http is for Apollo's HTTP status; it means nothing here.
      const { http: _status, ...extensions } = e.extensions ?? {};
      return formatError({ ...e.toJSON(), extensions }, e, formatOptions);
    });

  // ws adds an accepted socket to wss.clients synchronously once verifyClient says yes,
  // so counting there holds under a burst of handshakes.
  const wss: WebSocketServer = new WebSocketServer({
    server: httpServer,
    path: SUBSCRIPTIONS_PATH,
    maxPayload: config.WS_MAX_MESSAGE_BYTES,
    verifyClient: (
      { origin, req }: { origin?: string; req: http.IncomingMessage },
      done: (verified: boolean, code?: number, message?: string) => void,
    ) => {
      if (!originAllowed(origin, req.headers.host, config.CORS_ORIGINS)) return done(false, 401);
      if (wss.clients.size >= config.WS_MAX_CONNECTIONS) {
        log.warn({ connections: wss.clients.size }, "WebSocket connection refused: WS_MAX_CONNECTIONS reached");
        return done(false, 503, "Too many open connections; try again later.");
      }
      done(true);
    },
  });

  const context: SubscriptionContext = { events: bus };
  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context,
      // Close reasons carry no error text in production (graphql-ws reads NODE_ENV itself otherwise).
      isProd: config.NODE_ENV === "production",
      // A socket that has not sent connection_init by then is closed with 4408.
      connectionInitWaitTimeout: config.WS_INIT_TIMEOUT_MS,
      // false: the socket is closed with 4403 Forbidden.
      onConnect(ctx) {
        return can(callerOf(tokenOf(ctx.connectionParams), config), "read", config);
      },
      onSubscribe(ctx, _id, payload) {
        const checked = checkSubscription(ctx, payload, { schema, rules, limits, config });
        if (Array.isArray(checked)) return checked;
        const document = checked;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : result),
    },
    wss,
  );

  const pinger = keepAlive(wss, log);
  wss.on("error", (err) => log.error({ err }, "WebSocket server error"));

  return {
    get connections() {
      return wss.clients.size;
    },
    async dispose() {
      clearInterval(pinger);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * Pings every client; one that has not answered the previous ping is gone. Also logs a
 * socket's errors as what they are (the client's or the network's).
 */
function keepAlive(wss: WebSocketServer, log: Logger): NodeJS.Timeout {
  const alive = new WeakSet<WebSocket>();
  wss.on("connection", (socket) => {
    // graphql-ws reports a socket's errors with console.error, outside the JSON log, as if
    // they were its own; they are the client's (a message over WS_MAX_MESSAGE_BYTES, which
    // ws answers by closing with 1009) or the network's. ws closes the socket either way.
    socket.removeAllListeners("error");
    socket.on("error", (err) => log.warn({ err: { message: err.message } }, "WebSocket connection closed on a client or network error"));
    alive.add(socket);
    socket.on("pong", () => alive.add(socket));
  });
  const pinger = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, PING_INTERVAL_MS);
  pinger.unref();
  return pinger;
}
