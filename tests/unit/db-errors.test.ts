// The database layer throws plain errors (src/db/errors.ts); api/errors.ts is the one place
// that says what the client is told of them: the same codes and messages as when the
// database layer built GraphQL errors itself.
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError, fromDatabaseError, httpStatusOf, isClientError } from "../../src/api/errors.js";
import {
  BookmarksError,
  DatabaseConflictError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  ReadBudgetExceededError,
} from "../../src/db/errors.js";

const options = { development: false, production: true };

/** As graphql-js hands Apollo an error a resolver threw. */
const thrownByResolver = (error: Error) => new GraphQLError(error.message, { path: ["company", "dealCount"], originalError: error });

describe("database errors as the client is told them", () => {
  it("gives each failure its code and today's message", () => {
    const told = (error: Error) => {
      const mapped = fromDatabaseError(error)!;
      return { code: mapped.extensions.code, message: mapped.message };
    };
    expect(told(new DatabaseUnavailableError())).toEqual({ code: "SERVICE_UNAVAILABLE", message: "The database is unreachable; try again shortly." });
    expect(told(new DatabaseConflictError())).toEqual({ code: "SERVICE_UNAVAILABLE", message: "The graph was busy with another write at the same moment; try again." });
    expect(told(new DatabaseTimeoutError()).code).toBe("TIMEOUT");
    expect(told(new DatabaseTimeoutError()).message).toMatch(/^The request took too long and was cancelled/);
    expect(told(new ReadBudgetExceededError("rows"))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/reads more rows than one request may/) });
    expect(told(new BookmarksError("refused")).code).toBe("BAD_USER_INPUT");
    expect(told(new BookmarksError("not-reached", 1500)).message).toMatch(/within 1500 ms/);
    expect(fromDatabaseError(new Error("a bug"))).toBeUndefined();
  });

  it("shows a database failure thrown in a resolver as the client's to retry, not as a masked internal error", () => {
    const error = thrownByResolver(new DatabaseTimeoutError());
    expect(isClientError(error)).toBe(true);
    const formatted = formatError({ message: error.message, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } }, error, options);
    expect(formatted).toMatchObject({ extensions: { code: "TIMEOUT" }, path: ["company", "dealCount"], message: expect.stringMatching(/took too long/) });
    // Anything else is still masked.
    const bug = thrownByResolver(new Error("undefined is not a function"));
    expect(isClientError(bug)).toBe(false);
    expect(formatError({ message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, bug, options)).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("keeps the HTTP status a bookmark failure asks for, and none in the body", () => {
    const error = thrownByResolver(new BookmarksError("refused"));
    expect(httpStatusOf(error)).toBe(400);
    expect(httpStatusOf(thrownByResolver(new BookmarksError("busy")))).toBe(503);
    expect(httpStatusOf(thrownByResolver(new DatabaseUnavailableError()))).toBeUndefined();
    const formatted = formatError({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, error, options);
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", header: "dealgraph-bookmarks" });
  });
});
