// The per-request reader every repository reads through: read queries issued in the same
// turn of the event loop go to Neo4j together, as one query, in one round trip.
import type { Db, Params, Row } from "../../graph/db.js";

/**
 * A read query and the columns its final RETURN gives. The columns are what lets the
 * reader merge it with others (see Reader); readQuery checks them against the text.
 */
export interface ReadQuery {
  /** The name comment's name, e.g. "company.statsByIds". */
  readonly name: string;
  readonly cypher: string;
  readonly columns: readonly string[];
}

const NAME = /^\/\/ ([\w.-]+)\n/;
const PARAM = /\$([A-Za-z_]\w*)/g;

/**
 * Declares a read query. `cypher` starts with its name comment (`// company.page`) and
 * ends with `RETURN` of exactly `columns`; parameters are `$name`, and `$` appears nowhere
 * else (not in string literals), since merging renames them.
 *
 * @example
 *   const STATS = readQuery(["id", "dealCount"], `// company.statsByIds
 *   UNWIND $ids AS id MATCH (c:Company {id: id})
 *   RETURN id, COUNT { (c)<-[:TARGET]-() } AS dealCount`);
 */
export function readQuery(columns: readonly string[], cypher: string): ReadQuery {
  const name = NAME.exec(cypher)?.[1];
  if (!name) throw new Error(`a read query starts with its name comment ("// name"): ${cypher.slice(0, 60)}`);
  const lastReturn = cypher.slice(topLevelReturn(cypher));
  const missing = columns.filter((c) => !new RegExp(`\\b${c}\\b`).test(lastReturn));
  if (missing.length) throw new Error(`${name}: its last RETURN does not give ${missing.join(", ")}`);
  return { name, cypher, columns };
}

/** Where the query's own RETURN starts: the last one outside every `{ }` (subqueries, map projections). */
function topLevelReturn(cypher: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < cypher.length; i++) {
    const c = cypher[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0 && cypher.startsWith("RETURN", i)) found = i;
  }
  return found;
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
 * whatever queries arrived as one:
 *
 *   CALL () { CALL () { <query 0, parameters renamed $q0_…> } RETURN collect({…its columns…}) AS q0 }
 *   CALL () { CALL () { <query 1> } RETURN collect({…}) AS q1 }
 *   RETURN q0, q1
 *
 * Each outer subquery yields exactly one row, even when its query finds nothing
 * (aggregation without a grouping key always yields one), so no query's emptiness can
 * drop the others' rows. The rows come back as lists of maps, split here into each
 * caller's rows. So a request costs one round trip per level of nesting, whatever the
 * number of fields or rows at that level. One read transaction serves the whole level,
 * which also gives its fields one consistent snapshot.
 *
 * A new Reader per request, like the loaders: its queue must not mix two requests.
 */
export class Reader {
  private queue: Pending[] = [];

  constructor(private readonly db: Db) {}

  /** The rows of `query`, run alone or merged with the other reads of this turn. */
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
    const { cypher, params } = merge(batch);
    try {
      const [row] = await this.db.read(cypher, params);
      batch.forEach((p, i) => p.resolve((row?.[`q${i}`] as Row[] | undefined) ?? []));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}

/** The one query that runs every query of `batch` (see Reader). */
export function merge(batch: ReadonlyArray<{ query: ReadQuery; params: Params }>): { cypher: string; params: Params } {
  const params: Params = {};
  const parts = batch.map(({ query, params: own }, i) => {
    for (const [key, value] of Object.entries(own)) params[`q${i}_${key}`] = value;
    const body = query.cypher.replace(PARAM, (_, key: string) => `$q${i}_${key}`);
    const row = query.columns.map((c) => `\`${c}\`: \`${c}\``).join(", ");
    return `CALL () {\nCALL () {\n${body}\n}\nRETURN collect({ ${row} }) AS q${i}\n}`;
  });
  const names = batch.map((b) => b.query.name).join(" + ");
  const result = batch.map((_, i) => `q${i}`).join(", ");
  return { cypher: `// batch: ${names}\n${parts.join("\n")}\nRETURN ${result}`, params };
}
