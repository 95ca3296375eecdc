// The data layer's door to Neo4j: managed read/write transactions with time limits,
// bookmarks for reading one's own writes, the per-request round-trip counter, and
// conversion of driver values into plain JavaScript.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from "neo4j-driver";
import { bookmarkFailure } from "./bookmarks.js";
import {
  BookmarksError,
  DatabaseConflictError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  isConflict,
  isDatabaseUnavailable,
  isTransactionTimeout,
  ReadBudgetExceededError,
} from "./errors.js";
import type { DatabaseHealth } from "./health.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export type AccessMode = "READ" | "WRITE";
export type TransactionOutcome = "ok" | "unavailable" | "timeout" | "error";

/** Told of every transaction (metrics). */
export interface DbObserver {
  transactionStarted(mode: AccessMode): void;
  transactionEnded(mode: AccessMode, ms: number, outcome: TransactionOutcome): void;
}

export interface DbOptions {
  database?: string;
  /** Each transaction's timeout, enforced by the database, which terminates it. */
  txTimeoutMs?: number;
  /**
   * The request's deadline (ms since the epoch). No transaction starts after it, and a
   * transaction's timeout never reaches past it, so the database cancels the work of a
   * request that ran out of time.
   */
  deadline?: number;
  /** Bookmarks a client got from an earlier write (maybe on another instance): its reads wait for that write. */
  bookmarks?: readonly string[];
  /** When given, transactions fail at once while it says the database is down, and tell it when they find it so. */
  health?: DatabaseHealth;
  observer?: DbObserver;
  /**
   * What one request may read, summed over its queries: rows (records, and the items of
   * the lists they hold) and characters of text. Past either, the query that crossed it
   * fails with ReadBudgetExceededError, before the next one adds to the request's memory.
   */
  budget?: { rows: number; chars: number };
}

/**
 * Run at the end of every write transaction that changed something: `writes` counts them,
 * `announced` those whose changes their writer publishes on the event bus. A response
 * cache that reads the two learns of writes nobody announced (src/api/server/response-cache.ts).
 */
export const COUNT_WRITE = `// graph.countWrite
MERGE (g:GraphState {id: 'graph'})
SET g.writes = coalesce(g.writes, 0) + 1, g.announced = coalesce(g.announced, 0) + $announced`;

/** Options of a write transaction. */
export interface WriteOptions {
  /** The writer publishes what this transaction changes on the event bus (the ingest pipeline with a bus). */
  announced?: boolean;
  /**
   * It writes nothing an answer about the graph holds (a draft of the review inbox): it is
   * not counted as a write of the graph, so caches of answers keep them.
   */
  outsideGraph?: boolean;
}

// Past the deadline, the database has had this long to report the termination itself.
const DEADLINE_GRACE_MS = 250;

// One bookmark manager per driver: every session of the process starts after the last
// write the process made, so a client reads its own write even when a cluster's readers
// serve the read.
const bookmarkManagers = new WeakMap<Driver, BookmarkManager>();
function bookmarkManagerOf(driver: Driver): BookmarkManager {
  let manager = bookmarkManagers.get(driver);
  if (!manager) bookmarkManagers.set(driver, (manager = neo4j.bookmarkManager()));
  return manager;
}

/**
 * One per request (or per command run): it counts the database round trips made through
 * it and the time spent in them, which the tests and the request log use; it cuts every
 * transaction at the request's deadline; and it turns the driver's "database unreachable",
 * "out of time" and "lost to another write" into the plain errors of errors.ts, which the
 * API maps onto its codes.
 *
 * Every query passed in starts with a name comment (`// name`), which shows in Neo4j's
 * query log and in errors.
 */
export class Db {
  roundTrips = 0;
  /** Milliseconds spent in transactions, summed (concurrent ones overlap). */
  timeMs = 0;
  /** The bookmarks of this Db's last write; empty until it writes. */
  bookmarks: string[] = [];
  /** What the queries through this Db have read so far (see DbOptions.budget). */
  readonly tally: Tally = { rows: 0, chars: 0 };

  constructor(
    readonly driver: Driver,
    private readonly options: DbOptions = {},
  ) {}

  /** Runs one read query in a read transaction (served by a cluster's readers). */
  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.roundTrips++;
    return this.rows(await this.transaction("READ", (tx) => tx.run(cypher, params), { cypher, params })) as T[];
  }

  /**
   * This Db's reads with a transaction's `run` signature, for code that runs the same
   * queries in a read transaction of their own or in a caller's write transaction (the
   * ingest's resolve step, decisions, their files).
   */
  reader(): Pick<Tx, "run"> {
    return { run: (cypher, params) => this.read(cypher, params) };
  }

  /**
   * A driver's timeout or unreachable database as the app's error, with the outcome the
   * metrics record (an unreachable database is reported to the health check); undefined
   * for any other failure.
   */
  private plainFailure(error: unknown): { outcome: TransactionOutcome; error: Error } | undefined {
    if (isTransactionTimeout(error)) return { outcome: "timeout", error: new DatabaseTimeoutError({ cause: error }) };
    if (!isDatabaseUnavailable(error)) return undefined;
    this.options.health?.reportUnavailable();
    return { outcome: "unavailable", error: new DatabaseUnavailableError({ cause: error }) };
  }

  /**
   * The rows of one read query as they arrive, for a caller that passes them on as it goes
   * (an export): the records are pulled from the database in batches of the driver's
   * fetch size, and the driver stops pulling while the caller has not taken the ones it
   * holds, so memory stays flat however many rows the query gives. An auto-commit read
   * in a session of its own, open until the rows end or the caller stops (a `break`
   * closes it). Not retried, and not counted against the budget: its rows are not kept.
   * `timeoutMs` replaces DB_TX_TIMEOUT_MS: the transaction lasts as long as the caller
   * takes to use the rows.
   */
  async *stream(cypher: string, params: Params = {}, options: { timeoutMs?: number } = {}): AsyncGenerator<Row> {
    const { health, observer } = this.options;
    if (health && !health.available) throw new DatabaseUnavailableError();
    this.roundTrips++;
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.options.database,
      bookmarkManager: bookmarkManagerOf(this.driver),
      ...(this.options.bookmarks?.length ? { bookmarks: [...this.options.bookmarks] } : {}),
    });
    const started = performance.now();
    // A caller that stops early (its client went away) ends the stream as it should: "ok".
    let outcome: TransactionOutcome = "ok";
    observer?.transactionStarted("READ");
    try {
      const timeout = options.timeoutMs ?? this.options.txTimeoutMs;
      for await (const record of session.run(cypher, params, timeout ? { timeout } : undefined)) {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
        yield row;
      }
    } catch (error) {
      outcome = "error";
      const plain = this.plainFailure(error);
      if (plain) {
        outcome = plain.outcome;
        throw plain.error;
      }
      throw error;
    } finally {
      const ms = performance.now() - started;
      this.timeMs += ms;
      observer?.transactionEnded("READ", ms, outcome);
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Runs several read queries in one read transaction, sent together: the driver writes
   * each query without waiting for the rows of the one before (Bolt pipelining), so the
   * batch costs the network one round trip, as one query does. Rows per query, in order.
   */
  async readAll(queries: ReadonlyArray<{ cypher: string; params?: Params }>): Promise<Row[][]> {
    this.roundTrips++;
    const results = await this.transaction("READ", (tx) => Promise.all(queries.map((q) => tx.run(q.cypher, q.params ?? {}))));
    return results.map((r) => this.rows(r));
  }

  /** Runs one write query in a write transaction. */
  async write<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.roundTrips++;
    return this.rows(await this.transaction("WRITE", (tx) => countedWrite(tx, {}, (t) => t.run(cypher, params)))) as T[];
  }

  /**
   * Counts a write transaction whose changes its writer will not publish after all as
   * unannounced (see COUNT_WRITE). Outside the request's deadline, which may be what cut
   * the publishing short.
   */
  async countUnannounced(): Promise<void> {
    await this.driver.executeQuery(COUNT_WRITE, { announced: 0 }, { database: this.options.database, routing: neo4j.routing.WRITE });
  }

  /**
   * Runs `work` as one write transaction, retried by the driver on transient errors, so
   * `work` must be idempotent. Each `tx.run` inside counts as a round trip.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    return this.transaction("WRITE", (tx) => countedWrite(tx, options, (t) => work(new Tx(t, this))));
  }

  /**
   * `work` in a managed transaction of `mode`, retried by the driver on transient errors.
   * A read of one statement (`single`) runs instead as an auto-commit transaction: the
   * statement and its PULL go out in one write, and no COMMIT follows, which saves a
   * round trip and two socket writes a request (npm run bench); a transient failure of it
   * falls back to the managed transaction and its retries.
   */
  private async transaction<T>(mode: AccessMode, work: (tx: ManagedTransaction) => Promise<T>, single?: { cypher: string; params: Params }): Promise<T> {
    const { health, observer, deadline } = this.options;
    if (health && !health.available) throw new DatabaseUnavailableError();
    const timeout = this.timeoutMs();
    const openSession = () =>
      this.driver.session({
        defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
        database: this.options.database,
        bookmarkManager: bookmarkManagerOf(this.driver),
        ...(this.options.bookmarks?.length ? { bookmarks: [...this.options.bookmarks] } : {}),
      });
    const session = openSession();
    // The managed retry after a failed auto-commit read runs in a session of its own: the
    // first may still hold its broken connection, and would refuse new work ("ongoing work").
    let retrySession: Session | undefined;
    const started = performance.now();
    let outcome: TransactionOutcome = "error";
    let cutOff = false;
    observer?.transactionStarted(mode);
    try {
      // A retry (or a wait for a connection) may start the work after the deadline: don't.
      const guarded = (tx: ManagedTransaction) => {
        if (deadline !== undefined && Date.now() >= deadline) throw new DatabaseTimeoutError();
        return work(tx);
      };
      const config = timeout ? { timeout } : undefined;
      const managed = (on: Session) => (mode === "READ" ? on.executeRead(guarded, config) : on.executeWrite(guarded, config));
      const running =
        mode === "READ" && single
          ? (Promise.resolve(session.run(single.cypher, single.params, config)) as unknown as Promise<T>).catch((error: unknown) => {
              if (!neo4j.isRetryableError(error as Error) || isDatabaseUnavailable(error)) throw error;
              return managed((retrySession = openSession()));
            })
          : managed(session);
      const result = await this.beforeDeadline(running, () => (cutOff = true));
      if (mode === "WRITE") this.bookmarks = session.lastBookmarks();
      outcome = "ok";
      return result;
    } catch (error) {
      if (error instanceof DatabaseTimeoutError) {
        outcome = "timeout";
        throw error;
      }
      const plain = this.plainFailure(error);
      if (plain) {
        outcome = plain.outcome;
        throw plain.error;
      }
      // The client's bookmarks were checked and waited for before the request ran
      // (bookmarks.ts); a cluster member that still cannot use them is the client's
      // header's doing, not an internal error.
      const bookmarks = this.options.bookmarks?.length ? bookmarkFailure(error) : undefined;
      if (bookmarks) throw new BookmarksError(bookmarks);
      // Still transient once the driver's retries ran out (a deadlock between two writes
      // from two instances, say): the client may try again, as after an outage.
      if (isConflict(error)) throw new DatabaseConflictError({ cause: error });
      throw error;
    } finally {
      const ms = performance.now() - started;
      this.timeMs += ms;
      observer?.transactionEnded(mode, ms, outcome);
      const closed = Promise.all([session.close(), retrySession?.close()]).catch(() => undefined);
      // Cut off at the deadline: the database terminates the transaction (its timeout
      // ends there too); the request need not wait for that.
      if (!cutOff) await closed;
    }
  }

  /** A result as plain rows, counted against the budget. */
  rows(result: QueryResult<RecordShape>): Row[] {
    const rows = toRows(result, this.tally);
    const { budget } = this.options;
    if (budget && (this.tally.rows > budget.rows || this.tally.chars > budget.chars)) {
      throw new ReadBudgetExceededError(this.tally.rows > budget.rows ? "rows" : "responseBytes");
    }
    return rows;
  }

  /** The timeout of a transaction starting now: DB_TX_TIMEOUT_MS, or less when the deadline is nearer. */
  private timeoutMs(): number | undefined {
    const { txTimeoutMs, deadline } = this.options;
    if (deadline === undefined) return txTimeoutMs;
    const remaining = Math.floor(deadline - Date.now());
    if (remaining <= 0) throw new DatabaseTimeoutError();
    return txTimeoutMs ? Math.min(txTimeoutMs, remaining) : remaining;
  }

  /** `running`, or DatabaseTimeoutError shortly after the deadline if the database has not answered by then. */
  private beforeDeadline<T>(running: Promise<T>, onCutOff: () => void): Promise<T> {
    const { deadline } = this.options;
    if (deadline === undefined) return running;
    let timer: NodeJS.Timeout | undefined;
    const cut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        onCutOff();
        reject(new DatabaseTimeoutError());
      }, Math.max(0, deadline - Date.now()) + DEADLINE_GRACE_MS);
    });
    running.catch(() => undefined);
    return Promise.race([running, cut]).finally(() => clearTimeout(timer));
  }
}

/**
 * `work` in `tx`, then, if any of its statements changed the graph, COUNT_WRITE in the same
 * transaction, last (so it takes the GraphState lock only once the work holds its own).
 */
async function countedWrite<T>(tx: ManagedTransaction, options: WriteOptions, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  let changed = false;
  const watched = Object.create(tx) as ManagedTransaction;
  watched.run = ((cypher: string, params?: Params) => {
    const result = tx.run(cypher, params);
    result.then(
      (r) => (changed ||= r?.summary?.counters?.containsUpdates?.() ?? false),
      () => undefined,
    );
    return result;
  }) as ManagedTransaction["run"];
  const value = await work(watched);
  if (changed && !options.outsideGraph) await tx.run(COUNT_WRITE, { announced: options.announced ? 1 : 0 });
  return value;
}

/** A transaction handed to `Db.writeTransaction` work: same row conversion, counted. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Db,
  ) {}

  async run<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.db.roundTrips++;
    return this.db.rows(await this.tx.run(cypher, params)) as T[];
  }
}

/** What a request has read: rows (records and list items) and characters of text. */
export interface Tally {
  rows: number;
  chars: number;
}

function toRows(result: QueryResult<RecordShape>, tally?: Tally): Row[] {
  if (tally) tally.rows += result.records.length;
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key), tally);
    return row;
  });
}

/**
 * Driver values to plain JavaScript: Integers to numbers (ids and counts here stay far
 * below 2^53), nodes and relationships to their properties, temporals to ISO strings.
 * Nothing of the driver's types leaves the data layer.
 */
export function toPlain(value: unknown, tally?: Tally): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") {
    if (tally && typeof value === "string") tally.chars += value.length;
    return value;
  }
  if (Array.isArray(value)) {
    if (tally) tally.rows += value.length;
    return value.map((v) => toPlain(v, tally));
  }
  // Maps come back as plain objects: the common case, checked first (the driver's own
  // types are class instances, and telling which costs several property probes).
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Row = {};
    for (const k in value) out[k] = toPlain((value as Row)[k], tally);
    return out;
  }
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return toPlain(value.properties, tally);
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  const out: Row = {};
  for (const [k, v] of Object.entries(value as Row)) out[k] = toPlain(v, tally);
  return out;
}
