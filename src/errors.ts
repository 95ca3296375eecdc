// The one error vocabulary of the API (extensions.code), and the mapping of database
// failures onto it. Resolvers throw these; Apollo's formatError masks everything else.
import { GraphQLError } from "graphql";
import neo4j from "neo4j-driver";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
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

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError("The database is unreachable; try again shortly.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
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
    error.code === "Neo.TransientError.General.DatabaseUnavailable"
  );
}
