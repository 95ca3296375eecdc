// The data layer's door to Neo4j: managed read/write transactions, the per-request
// round-trip counter, and conversion of driver values into plain JavaScript.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";
import { isDatabaseUnavailable, serviceUnavailable } from "../errors.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DbOptions {
  database?: string;
  txTimeoutMs?: number;
}

/**
 * One per request (or per command run): it counts the database round trips made through
 * it, which the tests use to show that loaders batch, and it turns "database unreachable"
 * into the API's SERVICE_UNAVAILABLE error.
 *
 * Every query passed in starts with a name comment (`// name`), which shows in Neo4j's
 * query log and in errors.
 */
export class Db {
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: DbOptions = {},
  ) {}

  /** Runs one read query in a read transaction (served by a cluster's readers). */
  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run("READ", (tx) => tx.run(cypher, params), toRows) as Promise<T[]>;
  }

  /** Runs one write query in a write transaction. */
  async write<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run("WRITE", (tx) => tx.run(cypher, params), toRows) as Promise<T[]>;
  }

  /**
   * Runs `work` as one write transaction, retried by the driver on transient errors, so
   * `work` must be idempotent. Each `tx.run` inside counts as a round trip.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session("WRITE", (session) =>
      session.executeWrite((tx) => work(new Tx(tx, this)), this.txConfig()),
    );
  }

  private async run(
    mode: "READ" | "WRITE",
    work: (tx: ManagedTransaction) => Promise<QueryResult<RecordShape>>,
    map: (r: QueryResult<RecordShape>) => Row[],
  ): Promise<Row[]> {
    this.roundTrips++;
    return this.session(mode, async (session) => {
      const result =
        mode === "READ"
          ? await session.executeRead(work, this.txConfig())
          : await session.executeWrite(work, this.txConfig());
      return map(result);
    });
  }

  private txConfig() {
    return this.options.txTimeoutMs ? { timeout: this.options.txTimeoutMs } : undefined;
  }

  private async session<T>(mode: "READ" | "WRITE", work: (s: neo4j.Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      database: this.options.database,
    });
    try {
      return await work(session);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw serviceUnavailable();
      throw error;
    } finally {
      await session.close();
    }
  }
}

/** A transaction handed to `Db.writeTransaction` work: same row conversion, counted. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Db,
  ) {}

  async run<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.db.roundTrips++;
    return toRows(await this.tx.run(cypher, params)) as T[];
  }
}

function toRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/**
 * Driver values to plain JavaScript: Integers to numbers (ids and counts here stay far
 * below 2^53), nodes and relationships to their properties, temporals to ISO strings.
 * Nothing of the driver's types leaves the data layer.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return toPlain(value.properties);
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
  if (typeof value === "object") {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as Row)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
