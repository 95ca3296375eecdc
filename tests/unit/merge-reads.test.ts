// Several reads as one statement (src/store/common/merge-reads.ts): which columns a query
// returns, and the merged text with its parameters renamed. Against the database, the
// merged statement's answer is checked in tests/integration/merged-reads.test.ts.
import { describe, expect, it } from "vitest";
import { mergeReads, returnColumns } from "../../src/store/common/merge-reads.js";

describe("returnColumns", () => {
  it("reads aliases and bare variables off the last top-level RETURN", () => {
    expect(returnColumns("MATCH (c:Company) RETURN c.id AS id, count(*) AS n ORDER BY n DESC LIMIT 3")).toEqual(["id", "n"]);
    expect(returnColumns("UNWIND $ids AS id CALL (id) { MATCH (x) RETURN collect(x) AS items } RETURN id, items")).toEqual(["id", "items"]);
    expect(returnColumns("MATCH (c) RETURN DISTINCT c { .id, .name } AS company")).toEqual(["company"]);
  });

  it("skips RETURNs in subqueries, strings and comments", () => {
    const q = `// q.name
MATCH (c) // RETURN nothing AS no
WITH c, COLLECT { MATCH (c)--(x) RETURN x.id } AS ids, 'RETURN a AS b' AS text
RETURN c { .id, ids: ids, n: size([y IN ids WHERE y <> ", RETURN" | y]) } AS row, text`;
    expect(returnColumns(q)).toEqual(["row", "text"]);
  });

  it("gives up on columns it cannot name, so the query is sent on its own", () => {
    expect(returnColumns("RETURN 1")).toBeUndefined();
    expect(returnColumns("MATCH (n) RETURN *")).toBeUndefined();
    expect(returnColumns("MATCH (n) RETURN n.id")).toBeUndefined();
    expect(returnColumns("MATCH (n) RETURN n.id AS x, n.name AS x")).toBeUndefined();
    expect(returnColumns("MATCH (n) SET n.x = 1")).toBeUndefined();
  });

  it("does not take a property named like a keyword for the keyword", () => {
    expect(returnColumns("MATCH (n) RETURN n.id AS x, n.return AS r")).toEqual(["x", "r"]);
  });

  it("reads the last part of a UNION", () => {
    expect(returnColumns("MATCH (a:A) RETURN a.id AS id UNION MATCH (b:B) RETURN b.id AS id")).toEqual(["id"]);
  });
});

describe("mergeReads", () => {
  const a = { name: "a", cypher: "// a\nMATCH (c:Company {id: $id}) RETURN c.id AS id", params: { id: "meta" } };
  const b = { name: "b", cypher: "// b\nUNWIND $ids AS id RETURN id, '$id' AS text", params: { ids: ["x"] } };

  it("renames each query's parameters apart, leaving strings alone, and splits the row back", () => {
    const merged = mergeReads([a, b])!;
    expect(merged.params).toEqual({ q0_id: "meta", q1_ids: ["x"] });
    expect(merged.cypher).toContain("{id: $q0_id}");
    expect(merged.cypher).toContain("UNWIND $q1_ids AS id RETURN id, '$id' AS text");
    expect(merged.cypher).toMatch(/^\/\/ reads: a \+ b\n/);
    expect(merged.cypher.trimEnd().endsWith("RETURN mergedRead0, mergedRead1")).toBe(true);
    expect(merged.split([{ mergedRead0: [{ id: "meta" }], mergedRead1: [] }])).toEqual([[{ id: "meta" }], []]);
  });

  it("is the same text for the same queries, so the plan cache serves repeats", () => {
    expect(mergeReads([a, b])!.cypher).toBe(mergeReads([{ ...a, params: { id: "other" } }, b])!.cypher);
  });

  it("does not merge a batch with a query whose columns it cannot read", () => {
    expect(mergeReads([a, { name: "c", cypher: "// c\nRETURN 1", params: {} }])).toBeUndefined();
  });
});
