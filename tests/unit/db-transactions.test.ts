// How Db talks to the driver, with the driver stubbed (the database's own behaviour is
// tested against a real Neo4j elsewhere): reads in read access mode (a cluster's readers
// serve them; a lone statement as an auto-commit transaction, a batch as a managed one),
// writes as write transactions, one bookmark manager for every session of a
// driver and the client's bookmarks on top, time limits on every transaction, and the
// circuit breaker.
import neo4j, { type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { fromDatabaseError } from "../../src/api/errors.js";
import { Db } from "../../src/db/db.js";
import { DatabaseConflictError, DatabaseUnavailableError } from "../../src/db/errors.js";
import { DatabaseHealth } from "../../src/db/health.js";

/** What the client is told when `call` fails: Db throws plain errors, which the API maps (api/errors.ts). */
async function asClient<T>(call: Promise<T>): Promise<T> {
  return call.catch((error: unknown) => {
    throw fromDatabaseError(error) ?? error;
  });
}

interface Opened {
  config: Record<string, any>;
  calls: Array<{ method: string; txConfig: any }>;
}

/** `fail` makes every call fail; `failAutoCommit` only auto-commit runs. */
function stubDriver(fail?: () => Error, failAutoCommit?: () => Error): { driver: Driver; sessions: Opened[] } {
  const sessions: Opened[] = [];
  const tx = { run: async () => ({ records: [], summary: {} }) };
  const driver = {
    session(config: Record<string, any>) {
      const opened: Opened = { config, calls: [] };
      sessions.push(opened);
      const managed = (method: string) => async (work: (t: unknown) => Promise<unknown>, txConfig: unknown) => {
        opened.calls.push({ method, txConfig });
        if (fail) throw fail();
        return work(tx);
      };
      const autoCommit = async (_cypher: string, _params: unknown, txConfig: unknown) => {
        opened.calls.push({ method: "run", txConfig });
        if (fail ?? failAutoCommit) throw (fail ?? failAutoCommit)!();
        return tx.run();
      };
      return { run: autoCommit, executeRead: managed("executeRead"), executeWrite: managed("executeWrite"), lastBookmarks: () => ["bm-after-write"], close: async () => undefined };
    },
  } as unknown as Driver;
  return { driver, sessions };
}

describe("Db", () => {
  it("reads in read access mode (one statement auto-committed, a batch in a transaction) and writes in write transactions", async () => {
    const { driver, sessions } = stubDriver();
    const db = new Db(driver, { txTimeoutMs: 1500 });
    await db.read("// t.read\nRETURN 1");
    await db.readAll([{ cypher: "// t.a\nRETURN 1" }, { cypher: "// t.b\nRETURN 2" }]);
    await db.write("// t.write\nCREATE ()");
    await db.writeTransaction(async (tx) => tx.run("// t.tx\nCREATE ()"));
    expect(sessions.map((s) => [s.config.defaultAccessMode, s.calls[0]!.method])).toEqual([
      [neo4j.session.READ, "run"],
      [neo4j.session.READ, "executeRead"],
      [neo4j.session.WRITE, "executeWrite"],
      [neo4j.session.WRITE, "executeWrite"],
    ]);
    expect(sessions.every((s) => s.calls[0]!.txConfig.timeout === 1500)).toBe(true);
    expect(db.bookmarks).toEqual(["bm-after-write"]);
  });

  it("gives every session of a driver the same bookmark manager, and adds the client's bookmarks", async () => {
    const { driver, sessions } = stubDriver();
    await new Db(driver).write("// t.w\nCREATE ()");
    await new Db(driver, { bookmarks: ["bm-from-client"] }).read("// t.r\nRETURN 1");
    const [first, second] = sessions;
    expect(first!.config.bookmarkManager).toBeDefined();
    expect(second!.config.bookmarkManager).toBe(first!.config.bookmarkManager);
    expect(second!.config.bookmarks).toEqual(["bm-from-client"]);
    const other = stubDriver();
    await new Db(other.driver).read("// t.r\nRETURN 1");
    expect(other.sessions[0]!.config.bookmarkManager).not.toBe(first!.config.bookmarkManager);
  });

  it("caps a transaction's timeout at the request's deadline", async () => {
    const { driver, sessions } = stubDriver();
    await new Db(driver, { txTimeoutMs: 60_000, deadline: Date.now() + 2_000 }).read("// t.r\nRETURN 1");
    const timeout = sessions[0]!.calls[0]!.txConfig.timeout;
    expect(timeout).toBeLessThanOrEqual(2_000);
    expect(timeout).toBeGreaterThan(1_500);
  });

  it("sends a lone read again in a managed transaction (the driver's retries) after a transient failure, not after others", async () => {
    const transient = () => new neo4j.Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "50N05", "");
    const { driver, sessions } = stubDriver(undefined, transient);
    await new Db(driver, { txTimeoutMs: 1500 }).read("// t.r\nRETURN 1");
    // The retry runs in a session of its own: the first may still hold its failed connection.
    expect(sessions.map((s) => s.calls.map((c) => [c.method, c.txConfig.timeout]))).toEqual([[["run", 1500]], [["executeRead", 1500]]]);
    const syntax = () => new neo4j.Neo4jError("bad", "Neo.ClientError.Statement.SyntaxError", "42000", "");
    const other = stubDriver(undefined, syntax);
    await expect(new Db(other.driver).read("// t.r\nRETURN")).rejects.toThrow("bad");
    expect(other.sessions[0]!.calls.map((c) => c.method)).toEqual(["run"]);
  });

  it("answers a write that still lost to another after the driver's retries (a deadlock) as SERVICE_UNAVAILABLE, not as an internal error", async () => {
    const deadlock = () => new neo4j.Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "", "");
    await expect(new Db(stubDriver(deadlock).driver).write("// t.w\nCREATE ()")).rejects.toBeInstanceOf(DatabaseConflictError);
    await expect(asClient(new Db(stubDriver(deadlock).driver).write("// t.w\nCREATE ()"))).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
      message: expect.stringMatching(/busy with another write/),
    });
    const syntax = () => new neo4j.Neo4jError("bad", "Neo.ClientError.Statement.SyntaxError", "", "");
    await expect(new Db(stubDriver(syntax).driver).write("// t.w\nCREATE ()")).rejects.toBeInstanceOf(neo4j.Neo4jError);
  });

  it("fails fast while the breaker is open, and opens it when the database is unreachable", async () => {
    const unreachable = () => Object.assign(new Error("Could not connect"), { code: neo4j.error.SERVICE_UNAVAILABLE });
    const { driver, sessions } = stubDriver(unreachable);
    let probes = 0;
    const health = new DatabaseHealth(async () => (probes++, false), { probeIntervalMs: 60_000 });
    const db = new Db(driver, { health });
    await expect(asClient(db.read("// t.r\nRETURN 1"))).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(health.available).toBe(false);
    await expect(db.read("// t.r\nRETURN 1")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(asClient(db.read("// t.r\nRETURN 1"))).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(sessions).toHaveLength(1);
    health.stop();
  });
});

describe("DatabaseHealth", () => {
  it("probes while down and closes when the database answers again", async () => {
    let answers = false;
    const changes: boolean[] = [];
    const health = new DatabaseHealth(async () => answers, { probeIntervalMs: 20, onChange: (up) => changes.push(up) });
    health.reportUnavailable();
    await new Promise((r) => setTimeout(r, 70));
    expect(health.available).toBe(false);
    answers = true;
    await new Promise((r) => setTimeout(r, 70));
    expect(health.available).toBe(true);
    expect(changes).toEqual([false, true]);
    health.stop();
  });
});
