// The per-request reader every store reads through: read queries issued in the same
// turn of the event loop go to Neo4j together, in one round trip.
import { createHash } from "node:crypto";
import type { Db, Params, Row } from "../../db/db.js";
import { mergeReads } from "./merge-reads.js";

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

/** The combinations of queries met so far (a digest of their texts, in order), most recent last; at most SEEN_MAX. */
const seen = new Set<string>();
const SEEN_MAX = 2_000;

/** Whether this process met the batch's combination of queries before; remembers it either way. */
function seenBefore(batch: readonly Pending[]): boolean {
  const hash = createHash("sha1");
  for (const p of batch) hash.update(p.query.cypher).update("\u0000");
  const key = hash.digest("base64");
  const met = seen.delete(key);
  seen.add(key);
  if (seen.size > SEEN_MAX) seen.delete(seen.values().next().value!);
  return met;
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
 * The queries of a turn go as one statement when their columns can be read
 * (merge-reads.ts): one auto-commit transaction, no COMMIT to wait for, one plan. The
 * merged text is the same for every repeat of a request shape, so the plan cache serves
 * repeats. Planning a merged text costs about as much as planning its parts, and a part's
 * plan is not reused by the merged text: so a combination is merged only from the second
 * time this process meets it. One-off shapes (a playground, the fuzzer) are sent
 * pipelined, their parts' plans shared with every other request; the shapes a dashboard
 * repeats pay one merged plan, then save a statement's fixed cost on every request. A
 * batch that cannot be merged is sent pipelined, in one read transaction (Db.readAll).
 *
 * A new Reader per request, like the loaders: its queue must not mix two requests.
 */
export class Reader {
  private queue: Pending[] = [];

  constructor(
    private readonly db: Db,
    /** false: never merge, always pipeline (DB_MERGE_READS=false). */
    private readonly merge = true,
  ) {}

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
      const merged = this.merge && seenBefore(batch) && mergeReads(batch.map((p) => ({ name: p.query.name, cypher: p.query.cypher, params: p.params })));
      if (merged) {
        const results = merged.split(await this.db.read(merged.cypher, merged.params));
        batch.forEach((p, i) => p.resolve(results[i]!));
        return;
      }
      const results = await this.db.readAll(batch.map((p) => ({ cypher: p.query.cypher, params: p.params })));
      batch.forEach((p, i) => p.resolve(results[i] ?? []));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}
