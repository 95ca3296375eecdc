// The one error vocabulary of the API (extensions.code), the one mapping of the database
// layer's plain errors (src/db/errors.ts) onto it, and formatError: the one place where
// anything else becomes a masked INTERNAL_SERVER_ERROR. Resolvers throw the errors made here.
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { BOOKMARKS_HEADER } from "../db/bookmarks.js";
import {
  BookmarksError,
  DatabaseConflictError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  ReadBudgetExceededError,
} from "../db/errors.js";
import { InvalidArgumentError } from "../store/index.js";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  /** A change made on a stale version of what it changes (a draft saved by someone else since it was read). */
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The request ran past its deadline (REQUEST_TIMEOUT_MS) or a transaction past DB_TX_TIMEOUT_MS; it was cancelled. */
  TIMEOUT: "TIMEOUT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client mistake in an argument; `argument` is its path, e.g. "where.kind" or "after". */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Nothing has `id` (a mutation that names what it changes). */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} has id ${JSON.stringify(id)}.`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

/** A change refused because another came first; `details` say which (who, when, the version now). */
export function conflict(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError("The database is unreachable; try again shortly.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  });
}

export function timedOut(): GraphQLError {
  return new GraphQLError("The request took too long and was cancelled; ask for less (fewer rows, a narrower filter) or try again later.", {
    extensions: { code: ErrorCode.TIMEOUT },
  });
}

/**
 * A request that read more than one request may (GRAPHQL_MAX_ROWS rows, or about
 * HTTP_MAX_RESPONSE_BYTES of text): it is stopped there, before it holds more memory.
 * `limit` names which; the values are in docs/operations.md.
 */
export function tooMuchData(limit: "rows" | "responseBytes"): GraphQLError {
  const what = limit === "rows" ? "more rows" : "more data";
  return new GraphQLError(`The query reads ${what} than one request may: ask for fewer rows (\`first\`), fewer nested lists or fewer long texts (body).`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit },
  });
}

/**
 * The same error, answered with this HTTP status when it ends a request before execution
 * (Apollo reads `extensions.http` and strips it from the response).
 */
export function withHttpStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status } },
  });
}

/** A write that lost to another one at the same time, after the driver's retries. */
export function busy(): GraphQLError {
  return new GraphQLError("The graph was busy with another write at the same moment; try again.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  });
}

/** More article writes waiting in this process than it queues (ingest.service.ts). */
export function writesQueueFull(): GraphQLError {
  return new GraphQLError("Too many articles are waiting to be written; try again shortly.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  });
}

/**
 * The answer to a request whose bookmarks could not be used, naming the header, with its
 * HTTP status in `extensions.http` (400 for bookmarks Neo4j refused; 503 for the others,
 * which may well succeed a moment later).
 */
export function bookmarksError(outcome: BookmarksError["outcome"], waitMs?: number): GraphQLError {
  const extensions = (code: ErrorCode, status: number) => ({ code, header: BOOKMARKS_HEADER, http: { status } });
  switch (outcome) {
    case "refused":
      return new GraphQLError(`The ${BOOKMARKS_HEADER} header names a write this database cannot use; send the header of a write to this API, or none.`, {
        extensions: extensions(ErrorCode.BAD_USER_INPUT, 400),
      });
    case "not-reached":
      return new GraphQLError(
        `The database has not seen the write named by the ${BOOKMARKS_HEADER} header ${waitMs ? `within ${waitMs} ms` : "yet"}; try again shortly, or send the request without the header.`,
        { extensions: extensions(ErrorCode.SERVICE_UNAVAILABLE, 503) },
      );
    case "busy":
      return new GraphQLError(`Too many requests are waiting for the writes named by their ${BOOKMARKS_HEADER} header; try again shortly.`, {
        extensions: extensions(ErrorCode.SERVICE_UNAVAILABLE, 503),
      });
    case "unavailable":
      return new GraphQLError(serviceUnavailable().message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } } });
  }
}

/**
 * A failure of the database layer (src/db/errors.ts) as the client is told it: unreachable
 * and lost-to-another-write are SERVICE_UNAVAILABLE, out of time is TIMEOUT, over the read
 * budget is BAD_USER_INPUT; undefined for any other error.
 */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  if (error instanceof DatabaseUnavailableError) return serviceUnavailable();
  if (error instanceof DatabaseTimeoutError) return timedOut();
  if (error instanceof DatabaseConflictError) return busy();
  if (error instanceof ReadBudgetExceededError) return tooMuchData(error.limit);
  if (error instanceof BookmarksError) return bookmarksError(error.outcome, error.waitMs);
  return undefined;
}

/** An argument the store could not use (a cursor from another listing) as BAD_USER_INPUT naming it; undefined for any other error. */
export function fromStoreError(error: unknown): GraphQLError | undefined {
  return error instanceof InvalidArgumentError ? badInput(error.argument, error.reason) : undefined;
}

/** What the client is told of `error`: its GraphQL form when a database or store failure is inside it, else itself. */
export function clientFormOf(error: GraphQLError): GraphQLError {
  const mapped = fromDatabaseError(error.originalError) ?? fromStoreError(error.originalError);
  if (!mapped) return error;
  return new GraphQLError(mapped.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: mapped.extensions,
  });
}

// Codes whose message is meant for the client: ours and Apollo's request errors.
const CLIENT_CODES: ReadonlySet<unknown> = new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

// graphql-js's own message when a document passes parseOptions.maxTokens (sic: "more that").
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens/;

export interface FormatErrorOptions {
  /** Stack traces are sent (GRAPHQL_STACKTRACES=true; never in production). */
  stacktraces: boolean;
  /** Messages keep no "Did you mean ...?" and no limit values (NODE_ENV=production). */
  production: boolean;
}

/** The code an error will carry once formatted (before masking): INTERNAL_SERVER_ERROR when it has none. */
export function errorCode(given: GraphQLError): unknown {
  const error = clientFormOf(given);
  const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
  // A literal that a scalar refuses (a bad PartialDate) or a limit fails validation, which
  // Apollo labels GRAPHQL_VALIDATION_FAILED; the cause is the client's input.
  const original = error.originalError;
  if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && original instanceof GraphQLError) {
    if (original.extensions.code === ErrorCode.BAD_USER_INPUT) return ErrorCode.BAD_USER_INPUT;
  }
  if (code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED && TOKEN_LIMIT.test(error.message)) return ErrorCode.BAD_USER_INPUT;
  // Apollo refuses some malformed requests with a plain error and an HTTP 4xx status.
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && !error.extensions?.code && typeof status === "number" && status >= 400 && status < 500) {
    return ApolloServerErrorCode.BAD_REQUEST;
  }
  return code;
}

/** Whether the client may see this error as it is; anything else is masked (and logged). */
export function isClientError(error: GraphQLError): boolean {
  return CLIENT_CODES.has(errorCode(error));
}

/**
 * Apollo's formatError. Errors with a client code keep their message; anything else (a bug,
 * a failed query, a driver error) becomes INTERNAL_SERVER_ERROR with a fixed message (the
 * request plugin logs it and adds the request id). Stack traces only leave the process when
 * GRAPHQL_STACKTRACES asks for them; in production, graphql's "Did you mean ...?" hints are cut, so that a
 * caller cannot map the schema by guessing.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions): GraphQLFormattedError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(formatted.message, { originalError: error instanceof Error ? error : undefined });
  const code = errorCode(graphqlError);
  // A database failure that reached Apollo unmapped (a request's own Db maps them as they
  // are thrown: request-db.ts): its message and code as the client is told them.
  const mapped = clientFormOf(graphqlError);
  if (mapped !== graphqlError) {
    const { http: _status, ...rest } = mapped.extensions;
    formatted = { ...formatted, message: mapped.message, extensions: { ...formatted.extensions, ...rest } };
  }
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (CLIENT_CODES.has(code)) {
    let message = formatted.message;
    const tokens = TOKEN_LIMIT.exec(message);
    if (tokens) {
      extensions.limit = "tokens";
      message = options.production ? "The query is too long." : `The query is too long: more than ${tokens[1]} tokens.`;
    }
    if (options.production) message = withoutSuggestions(message);
    return { ...formatted, message, extensions: { ...extensions, code, ...(options.stacktraces ? { stacktrace } : {}) } };
  }
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(options.stacktraces && stacktrace ? { stacktrace } : {}),
    },
  };
}

/** graphql's hints name fields, arguments, types and enum values the caller did not ask for. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}
