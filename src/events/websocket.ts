// GraphQL subscriptions over WebSocket at /graphql (the graphql-ws protocol, as GraphiQL
// and Apollo Client speak it), beside Apollo's HTTP endpoint on the same port. Only
// subscriptions travel here; queries and mutations stay on HTTP, where Apollo's plugins
// (auth, limits, metrics) see them. A subscription passes the same checks before it
// starts: the caller's token (QUERY_ACCESS), the operation limits and the cost.
import type http from "node:http";
import { type DocumentNode, getOperationAST, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { callerOf } from "../auth.js";
import type { Config } from "../config.js";
import { ErrorCode, formatError } from "../errors.js";
import type { Logger } from "../log.js";
import type { SubscriptionContext } from "../modules/events/events.resolver.js";
import { checkOperationCost, limitRules, operationLimits } from "../security/limits.js";
import type { EventBus } from "./bus.js";

export const SUBSCRIPTIONS_PATH = "/graphql";
/** A subscribe message is a query and its variables: small. */
const MAX_MESSAGE_BYTES = 64 * 1024;
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
  const value = params?.authorization ?? params?.Authorization;
  const match = typeof value === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
  return match ? match[1] : undefined;
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

export function serveSubscriptions({ httpServer, schema, config, bus, log }: SubscriptionServerOptions): SubscriptionServer {
  const limits = operationLimits(config);
  const rules = [...specifiedRules, ...limitRules(limits)];
  const formatOptions = { development: config.NODE_ENV === "development", production: config.NODE_ENV === "production" };
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e, formatOptions));

  const wss = new WebSocketServer({
    server: httpServer,
    path: SUBSCRIPTIONS_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) =>
      originAllowed(origin, req.headers.host, config.CORS_ORIGINS),
  });

  const context: SubscriptionContext = { events: bus };
  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context,
      // false: the socket is closed with 4403 Forbidden.
      onConnect(ctx) {
        const caller = callerOf(tokenOf(ctx.connectionParams), config);
        if (caller.role === "invalid") return false;
        if (config.QUERY_ACCESS === "token" && caller.role === "anonymous") return false;
        return true;
      },
      onSubscribe(_ctx, _id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.tokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : inputError(String(error))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [inputError("The document has no operation of that name, or several operations and no operationName.")];
        if (operation.operation !== "subscription") {
          return [inputError("Only subscriptions are served over WebSocket: send queries and mutations as HTTP POST to /graphql.")];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        try {
          checkOperationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined, limits);
        } catch (error) {
          return [error as GraphQLError];
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : result),
    },
    wss,
  );

  // Ping every client; one that has not answered the previous ping is gone.
  const alive = new WeakSet<WebSocket>();
  wss.on("connection", (socket) => {
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
