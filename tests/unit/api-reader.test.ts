// The per-request reader's batching, and the rule for a role held in a period.
import { describe, expect, it } from "vitest";
import type { Db, Params, Row } from "../../src/db/db.js";
import { Reader, readQuery } from "../../src/store/common/index.js";
import { heldDuring } from "../../src/store/index.js";

/** Records what reaches the database; a query's rows are its name and parameters. */
function recordingDb() {
  const calls: string[][] = [];
  const rows = (cypher: string, params?: Params): Row[] => (cypher.includes("fail") ? [] : [{ cypher: cypher.split("\n")[0], ...params }]);
  const db = {
    async read(cypher: string, params?: Params) {
      calls.push([cypher]);
      return rows(cypher, params);
    },
    async readAll(queries: Array<{ cypher: string; params?: Params }>) {
      calls.push(queries.map((q) => q.cypher));
      if (queries.some((q) => q.cypher.includes("fail"))) throw new Error("database says no");
      return queries.map((q) => rows(q.cypher, q.params));
    },
  };
  return { db: db as unknown as Db, calls };
}

describe("readQuery", () => {
  it("wants the name comment", () => {
    expect(() => readQuery("MATCH (n) RETURN n.id AS id")).toThrow(/name comment/);
    expect(readQuery("// q.name\nRETURN 1").name).toBe("q.name");
  });
});

describe("the reader", () => {
  const a = readQuery("// a\nRETURN 1");
  const b = readQuery("// b\nRETURN 2");

  it("sends the reads of one turn of the event loop together, each getting its own rows", async () => {
    const { db, calls } = recordingDb();
    const reader = new Reader(db);
    const [ra, rb] = await Promise.all([reader.read(a, { x: 1 }), Promise.resolve().then(() => reader.read(b, { y: 2 }))]);
    expect(calls).toEqual([[a.cypher, b.cypher]]);
    expect(ra).toEqual([{ cypher: "// a", x: 1 }]);
    expect(rb).toEqual([{ cypher: "// b", y: 2 }]);
  });

  it("sends a read alone as itself, and reads of later turns later", async () => {
    const { db, calls } = recordingDb();
    const reader = new Reader(db);
    await reader.read(a);
    await reader.read(b);
    expect(calls).toEqual([[a.cypher], [b.cypher]]);
  });

  it("fails every read of a batch that fails", async () => {
    const { db } = recordingDb();
    const reader = new Reader(db);
    const results = await Promise.allSettled([reader.read(a), reader.read(readQuery("// fail\nRETURN 0"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});

describe("a role held during a period", () => {
  const ceo = { since: "2016", until: "2025-06" };
  it("is held in any period it overlaps, its start counting from the start of its period", () => {
    expect(["2016", "2016-01-01", "2020-05", "2025", "2025-05", "2025-05-31"].map((p) => heldDuring(ceo, p))).toEqual(Array(6).fill(true));
  });
  it("is not held from its end on (an end known to the month ends at its start), nor before its start", () => {
    expect(["2025-06", "2025-06-15", "2025-07", "2026", "2015", "2015-12-31"].map((p) => heldDuring(ceo, p))).toEqual(Array(6).fill(false));
  });
  it("is open at an unknown end", () => {
    expect(heldDuring({ since: null, until: null }, "1990")).toBe(true);
    expect(heldDuring({ since: "2025-06", until: null }, "2025")).toBe(true);
    expect(heldDuring({ since: "2025-06", until: null }, "2025-05")).toBe(false);
  });
});
