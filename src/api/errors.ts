// The one error vocabulary of the API (extensions.code), the mapping of database failures
// onto it, and formatError: the one place where anything else becomes a masked
// INTERNAL_SERVER_ERROR. Resolvers throw the errors made here.
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import neo4j from "neo4j-driver";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
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

/** True when the driver says the database could not be reached (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof neo4j.Neo4jError)) {
    const code = (error as { code?: unknown } | null)?.code;
    return code === "ECONNREFUSED" || code === "ServiceUnavailable" || code === "SessionExpired";
  }
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.code === "Neo.TransientError.General.DatabaseUnavailable" ||
    // A transaction cut off by a database that is shutting down.
    (error.code === "Neo.TransientError.Transaction.Terminated" && /shut ?down|stopp/i.test(error.message))
  );
}

/** True when Neo4j gave up a transaction for another's sake: a deadlock, or a lock it could not get. */
export function isConflict(error: unknown): boolean {
  // Not LockClientStopped: Neo4j also says so of a transaction stopped at its timeout.
  return error instanceof neo4j.Neo4jError && /^Neo\.TransientError\.Transaction\.(DeadlockDetected|Outdated|LockAcquisitionTimeout)$/.test(error.code);
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

/** True when Neo4j terminated a transaction for running past its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && /TransactionTimedOut/.test(error.code);
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
  /** Stack traces are sent (NODE_ENV=development only). */
  development: boolean;
  /** Messages keep no "Did you mean ...?" and no limit values (NODE_ENV=production). */
  production: boolean;
}

/** The code an error will carry once formatted (before masking): INTERNAL_SERVER_ERROR when it has none. */
export function errorCode(error: GraphQLError): unknown {
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
 * request plugin logs it and adds the request id). Stack traces only leave the process in
 * development; in production, graphql's "Did you mean ...?" hints are cut, so that a
 * caller cannot map the schema by guessing.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions): GraphQLFormattedError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(formatted.message);
  const code = errorCode(graphqlError);
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (CLIENT_CODES.has(code)) {
    let message = formatted.message;
    const tokens = TOKEN_LIMIT.exec(message);
    if (tokens) {
      extensions.limit = "tokens";
      message = options.production ? "The query is too long." : `The query is too long: more than ${tokens[1]} tokens.`;
    }
    if (options.production) message = withoutSuggestions(message);
    return { ...formatted, message, extensions: { ...extensions, code, ...(options.development ? { stacktrace } : {}) } };
  }
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(options.development && stacktrace ? { stacktrace } : {}),
    },
  };
}

/** graphql's hints name fields, arguments, types and enum values the caller did not ask for. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}
