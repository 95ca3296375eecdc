// The per-request reader's query merging, and the rule for a role held in a period.
import { describe, expect, it } from "vitest";
import { merge, readQuery } from "../../src/modules/common/reader.js";
import { heldDuring } from "../../src/modules/role/role.record.js";

describe("readQuery", () => {
  it("checks the name comment and the columns of the query's own RETURN", () => {
    expect(() => readQuery(["id"], "MATCH (n) RETURN n.id AS id")).toThrow(/name comment/);
    expect(() => readQuery(["id", "count"], "// q\nMATCH (n) RETURN n.id AS id")).toThrow(/q: its last RETURN does not give count/);
    // A RETURN inside a subquery, after the query's own, is not the query's.
    expect(readQuery(["id", "n"], "// q\nMATCH (x) RETURN x.id AS id, COUNT { MATCH (x)--(y) RETURN y } AS n").columns).toEqual(["id", "n"]);
  });
});

describe("merge", () => {
  it("runs each query in its own subquery that always yields one row, with its parameters renamed", () => {
    const a = readQuery(["id", "items"], "// a\nUNWIND $ids AS id RETURN id, [] AS items");
    const b = readQuery(["company"], "// b\nMATCH (c {key: $key}) WHERE $key <> '' RETURN c AS company");
    const { cypher, params } = merge([
      { query: a, params: { ids: ["x"] } },
      { query: b, params: { key: "k" } },
    ]);
    expect(params).toEqual({ q0_ids: ["x"], q1_key: "k" });
    expect(cypher).toBe(`// batch: a + b
CALL () {
CALL () {
// a
UNWIND $q0_ids AS id RETURN id, [] AS items
}
RETURN collect({ \`id\`: \`id\`, \`items\`: \`items\` }) AS q0
}
CALL () {
CALL () {
// b
MATCH (c {key: $q1_key}) WHERE $q1_key <> '' RETURN c AS company
}
RETURN collect({ \`company\`: \`company\` }) AS q1
}
RETURN q0, q1`);
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
