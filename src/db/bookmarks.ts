// The bookmarks a client sends back after a write (the dealgraph-bookmarks header, see
// docs/operations.md), checked and waited for before a request uses them:
// - their shape is Neo4j 5's, exactly, or they are refused before the database sees them;
// - a request waits for the write they name at most BOOKMARK_WAIT_MS, and only a quarter
//   of the connection pool may be waiting so at once: a forged bookmark naming a write
//   that never happened cannot hold the connections everyone else needs.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { isDatabaseUnavailable, isTransactionTimeout } from "./errors.js";
import type { DatabaseHealth } from "./health.js";

/** The HTTP header that carries a write's bookmarks to the client and back. */
export const BOOKMARKS_HEADER = "dealgraph-bookmarks";

/** At most this many bookmarks in one header, and this many characters each. */
export const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_CHARS = 512;
/** At most this many databases named in one bookmark (a write names one). */
const MAX_GRAPHS = 16;

// ---------------------------------------------------------------------------------------------
// Shape

/** One Neo4j 5 bookmark, read: per database it names, the transaction a reader must see. */
export interface Neo4jBookmark {
  graphs: Array<{ graph: string; transaction: bigint }>;
}

/**
 * Reads a bookmark as Neo4j 5 writes it (checked against 5.26): "FB:" and the standard
 * Base64 (padded) of a PackStream list of database states, each two values side by side,
 * the database's UUID as 16 bytes and its last transaction id as an integer, followed by a
 * list of remote graph states, which must be empty here: those come from composite
 * databases, and Dealgraph writes to one standard database. Undefined for anything else,
 * trailing bytes included.
 *
 * Neo4j's own parser ignores the prefix, fails on garbage with a DatabaseError (which the
 * API would have masked as INTERNAL_SERVER_ERROR), and takes a negative transaction id
 * as already reached: none of that gets as far as the database.
 *
 * @example
 *   parseNeo4jBookmark("FB:kcwQ8of8+F/bQtS/mt8qDXj3ZweQ") // { graphs: [{ graph: "f287fcf8…", transaction: 7n }] }
 */
export function parseNeo4jBookmark(value: string): Neo4jBookmark | undefined {
  if (!value.startsWith("FB:") || value.length > MAX_BOOKMARK_CHARS) return undefined;
  const text = value.slice(3);
  const bytes = Buffer.from(text, "base64");
  // Node's decoder skips what is not Base64 and accepts the URL alphabet and missing
  // padding; encoding back tells whether the text was exactly what Neo4j writes.
  if (bytes.length === 0 || bytes.toString("base64") !== text) return undefined;
  const input = new PackStreamInput(bytes);
  try {
    const count = input.listSize();
    if (count < 1 || count > MAX_GRAPHS) return undefined;
    const graphs: Neo4jBookmark["graphs"] = [];
    for (let i = 0; i < count; i++) {
      const graph = input.uuid();
      const transaction = input.integer();
      if (transaction < 0n) return undefined;
      graphs.push({ graph, transaction });
    }
    if (input.listSize() !== 0 || !input.atEnd()) return undefined;
    return { graphs };
  } catch {
    return undefined;
  }
}

/** Just what a bookmark needs of PackStream (Bolt's encoding); throws past the end or on any other marker. */
class PackStreamInput {
  private at = 0;
  constructor(private readonly bytes: Buffer) {}

  atEnd(): boolean {
    return this.at === this.bytes.length;
  }

  listSize(): number {
    const marker = this.byte();
    if (marker >= 0x90 && marker <= 0x9f) return marker & 0x0f;
    if (marker === 0xd4) return this.byte();
    if (marker === 0xd5) return this.take(2).readUInt16BE(0);
    if (marker === 0xd6) return this.take(4).readUInt32BE(0);
    throw new Error("not a list");
  }

  /** A UUID as Neo4j packs it: bytes (marker 0xCC) of length 16. */
  uuid(): string {
    if (this.byte() !== 0xcc || this.byte() !== 16) throw new Error("not a UUID");
    return this.take(16).toString("hex");
  }

  integer(): bigint {
    const marker = this.byte();
    if (marker <= 0x7f) return BigInt(marker);
    if (marker >= 0xf0) return BigInt(marker - 0x100);
    if (marker === 0xc8) return BigInt(this.take(1).readInt8(0));
    if (marker === 0xc9) return BigInt(this.take(2).readInt16BE(0));
    if (marker === 0xca) return BigInt(this.take(4).readInt32BE(0));
    if (marker === 0xcb) return this.take(8).readBigInt64BE(0);
    throw new Error("not an integer");
  }

  private byte(): number {
    return this.take(1)[0]!;
  }

  private take(n: number): Buffer {
    if (this.at + n > this.bytes.length) throw new Error("past the end");
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// The header

/** The bookmarks of a write, as one opaque header value: base64url of a JSON array. */
export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks)).toString("base64url");
}

/** The bookmarks in a header value, or what is wrong with it (a phrase for the client's error). */
export function readBookmarksHeader(value: string): { bookmarks: string[] } | { problem: string } {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error("not base64url");
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return { problem: "it is not base64url-encoded JSON" };
  }
  if (!Array.isArray(parsed) || parsed.length < 1 || parsed.length > MAX_BOOKMARKS) {
    return { problem: `it does not hold a list of 1 to ${MAX_BOOKMARKS} bookmarks` };
  }
  const wrong = parsed.findIndex((b) => typeof b !== "string" || !parseNeo4jBookmark(b));
  if (wrong >= 0) return { problem: `its bookmark ${wrong + 1} is not a Neo4j bookmark` };
  return { bookmarks: parsed as string[] };
}

/** The bookmarks in a header value from encodeBookmarks; undefined when it is not one. */
export function decodeBookmarks(value: string): string[] | undefined {
  const read = readBookmarksHeader(value);
  return "bookmarks" in read ? read.bookmarks : undefined;
}

// ---------------------------------------------------------------------------------------------
// The wait

/**
 * How a wait for a client's bookmarks ended: "reached" (the database has the write; go on),
 * "busy" (the lane was full), "not-reached" (not within the wait), "refused" (Neo4j could
 * not use them) or "unavailable" (the database is down).
 */
export type BookmarkWaitOutcome = "reached" | "busy" | "not-reached" | "refused" | "unavailable";

export interface BookmarkGateOptions {
  database?: string;
  /** The longest a request waits for its bookmarks: BOOKMARK_WAIT_MS. */
  waitMs: number;
  /** How many waits may hold a pooled connection at once (bookmarkLane of DB_POOL_SIZE). */
  lane: number;
  health?: DatabaseHealth;
}

/** A quarter of the pool, at least one: what requests that carry bookmarks may hold between them. */
export function bookmarkLane(poolSize: number): number {
  return Math.max(1, Math.floor(poolSize / 4));
}

/**
 * Waits, once per request, until the database has the writes a client's bookmarks name:
 * `RETURN 1` in a session that starts after them, which Neo4j holds until it has them (or
 * its own db.transaction.bookmark_ready_timeout, 30 s by default, passes; after that 5.26
 * may wait as long again before it answers). The request's own transactions then carry the
 * same bookmarks and start at once.
 *
 * Why a lane: the session holds a pooled connection for as long as Neo4j waits, and the
 * driver cannot take it back earlier. So a waiter keeps its place in the lane until Neo4j
 * answers, even after the request was answered at `waitMs`; when the lane is full, a
 * request with bookmarks is turned away at once ("busy"), and the rest of the pool stays
 * free for everyone else.
 */
export class BookmarkGate {
  private holding = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: BookmarkGateOptions,
  ) {}

  async wait(bookmarks: readonly string[]): Promise<BookmarkWaitOutcome> {
    const { health, waitMs, lane, database } = this.options;
    if (health && !health.available) return "unavailable";
    if (this.holding >= lane) return "busy";
    let session: Session;
    try {
      session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database, bookmarks: [...bookmarks] });
    } catch {
      return "unavailable"; // a closed driver: the server is stopping
    }
    this.holding++;
    const answered = Promise.resolve(session.run("// bookmarks.wait\nRETURN 1", {}, { timeout: waitMs })).then(
      (): BookmarkWaitOutcome => "reached",
      (error: unknown): BookmarkWaitOutcome => {
        if (isDatabaseUnavailable(error)) {
          health?.reportUnavailable();
          return "unavailable";
        }
        // The statement is RETURN 1: if Neo4j did not give up waiting, the bookmarks are
        // what it could not use, whatever the code (garbage gets a DatabaseError).
        // (Past its own wait, 5.26 may report the transaction's timeout instead.)
        return bookmarkFailure(error) === "not-reached" || isTransactionTimeout(error) ? "not-reached" : "refused";
      },
    );
    void answered.finally(() =>
      session
        .close()
        .catch(() => undefined)
        .finally(() => this.holding--),
    );
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<BookmarkWaitOutcome>((resolve) => (timer = setTimeout(() => resolve("not-reached"), waitMs)));
    try {
      return await Promise.race([answered, gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * What Neo4j said of a client's bookmarks, when the error is about them: "refused" (it
 * cannot use them: InvalidBookmark, InvalidBookmarkMixture) or "not-reached" (it gave up
 * waiting for the write they name: BookmarkTimeout, a transient error).
 */
export function bookmarkFailure(error: unknown): "refused" | "not-reached" | undefined {
  if (!(error instanceof neo4j.Neo4jError)) return undefined;
  if (error.code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) return "refused";
  if (error.code === "Neo.TransientError.Transaction.BookmarkTimeout") return "not-reached";
  return undefined;
}
