// What the database layer throws when the database, not the query, is why a call failed:
// plain errors, so that this layer knows nothing of GraphQL. The API turns them into its
// error codes in one place (src/api/errors.ts, fromDatabaseError); a command such as
// `npm run seed` tests their class. Also here: how to tell, from what the driver threw,
// which failure it was (the driver's codes stay in this layer).
import neo4j from "neo4j-driver";

/** The base of every failure below; `cause` holds the driver's error when there was one. */
export class DatabaseError extends Error {
  override name = "DatabaseError";
}

/** The database could not be reached, or the breaker (health.ts) says it is down: try again shortly. */
export class DatabaseUnavailableError extends DatabaseError {
  override name = "DatabaseUnavailableError";
  constructor(options?: ErrorOptions) {
    super("The database is unreachable; try again shortly.", options);
  }
}

/** Out of time: the request's deadline passed, or the database ended the transaction at its timeout. */
export class DatabaseTimeoutError extends DatabaseError {
  override name = "DatabaseTimeoutError";
  constructor(options?: ErrorOptions) {
    super("The transaction ran out of time and was cancelled.", options);
  }
}

/** A write that lost to another at the same moment (a deadlock, a lock not got), after the driver's retries. */
export class DatabaseConflictError extends DatabaseError {
  override name = "DatabaseConflictError";
  constructor(options?: ErrorOptions) {
    super("The transaction lost to another write at the same moment (deadlock or lock timeout).", options);
  }
}

/**
 * A request read more than its budget (DbOptions.budget): `limit` says which, "rows" or
 * "responseBytes" (characters of text, which become the answer's bytes).
 */
export class ReadBudgetExceededError extends DatabaseError {
  override name = "ReadBudgetExceededError";
  constructor(readonly limit: "rows" | "responseBytes") {
    super(`The request read more ${limit === "rows" ? "rows" : "text"} than its budget.`);
  }
}

/**
 * The bookmarks a client sent could not be used (bookmarks.ts): Neo4j "refused" them, the
 * write they name was "not-reached" within `waitMs`, the waiting lane was full ("busy"), or
 * the database was "unavailable".
 */
export class BookmarksError extends DatabaseError {
  override name = "BookmarksError";
  constructor(
    readonly outcome: "refused" | "not-reached" | "busy" | "unavailable",
    readonly waitMs?: number,
  ) {
    super(`The client's bookmarks could not be used: ${outcome}.`);
  }
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

/** True when Neo4j terminated a transaction for running past its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && /TransactionTimedOut/.test(error.code);
}
