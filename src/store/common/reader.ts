// The per-request reader every store reads through: read queries issued in the same
// turn of the event loop go to Neo4j together, in one round trip.
import type { Db, Params, Row } from "../../db/db.js";

/** A read query: its text, which starts with a name comment (`// company.page`). */
export interface ReadQuery {
  /** The name comment's name, e.g. "company.statsByIds". */
  readonly name: string;
  readonly cypher: string;
}

const NAME = /^\/\/ ([\w.-]+)\n/;

/**
 * Declares a read query; its text must start with its name comment, which shows in
 * Neo4j's query log and in errors.
 *
 * @example
 *   const STATS = readQuery(`// company.statsByIds
 *   UNWIND $ids AS id MATCH (c:Company {id: id})
 *   RETURN id, COUNT { (c)<-[:TARGET]-() } AS dealCount`);
 */
export function readQuery(cypher: string): ReadQuery {
  const name = NAME.exec(cypher)?.[1];
  if (!name) throw new Error(`a read query starts with its name comment ("// name"): ${cypher.slice(0, 60)}`);
  return { name, cypher };
}

interface Pending {
  query: ReadQuery;
  params: Params;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads for one request, in as few round trips as its shape allows.
 *
 * GraphQL resolves a query level by level: the fields of every object of one level run
 * in the same turn of the event loop, and DataLoader dispatches each loader's batch at
 * the end of that turn (process.nextTick). Each loader still makes its own query, so a
 * level with four relationship fields would cost four round trips. The reader waits
 * for the turn to end (setImmediate runs after every nextTick and promise job) and sends
 * whatever queries arrived in one read transaction, pipelined (Db.readAll): one round
 * trip for the level, whatever the number of its fields or rows, and one consistent
 * snapshot for them all.
 *
 * The queries stay separate rather than merged into one text: each text is planned once
 * and its plan cached, whichever fields a client combines; a merged text would be new,
 * and planned anew, for every new combination.
 *
 * A new Reader per request, like the loaders: its queue must not mix two requests.
 */
export class Reader {
  private queue: Pending[] = [];

  constructor(private readonly db: Db) {}

  /** The rows of `query`, sent with the other reads of this turn. */
  read(query: ReadQuery, params: Params = {}): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      if (this.queue.push({ query, params, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 1) {
      const [only] = batch as [Pending];
      await this.db.read(only.query.cypher, only.params).then(only.resolve, only.reject);
      return;
    }
    try {
      const results = await this.db.readAll(batch.map((p) => ({ cypher: p.query.cypher, params: p.params })));
      batch.forEach((p, i) => p.resolve(results[i] ?? []));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}
