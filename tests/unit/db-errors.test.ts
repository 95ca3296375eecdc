// The database layer throws plain errors (src/db/errors.ts); api/errors.ts is the one place
// that says what the client is told of them: the same codes and messages as when the
// database layer built GraphQL errors itself.
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { formatError, fromDatabaseError, isClientError } from "../../src/api/errors.js";
import { RequestDb } from "../../src/api/request-db.js";
import { Db } from "../../src/db/db.js";
import {
  BookmarksError,
  DatabaseConflictError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  ReadBudgetExceededError,
} from "../../src/db/errors.js";
import { DatabaseHealth } from "../../src/db/health.js";

const options = { stacktraces: false, production: true };

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

  it("reach a request's resolvers already as the client's errors, with a bookmark failure's HTTP status", async () => {
    const health = new DatabaseHealth(async () => false, { probeIntervalMs: 60_000 });
    health.reportUnavailable();
    // The breaker is open: Db fails before it asks the driver for anything.
    const driver = {} as Driver;
    await expect(new Db(driver, { health }).read("// t.r\nRETURN 1")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(new RequestDb(driver, { health }).read("// t.r\nRETURN 1")).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
      message: "The database is unreachable; try again shortly.",
    });
    await expect(new RequestDb(driver, { health }).writeTransaction(async () => 1)).rejects.toBeInstanceOf(GraphQLError);
    health.stop();
    expect(fromDatabaseError(new BookmarksError("refused"))!.extensions.http).toEqual({ status: 400 });
    expect(fromDatabaseError(new BookmarksError("busy"))!.extensions.http).toEqual({ status: 503 });
  });
});
