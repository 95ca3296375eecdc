// toPlain: what leaves the data layer is plain JavaScript, whatever the driver decoded
// (its Integer, Node, Relationship and temporal classes, at any depth).
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../src/db/db.js";

describe("toPlain", () => {
  it("turns the driver's values into plain ones, inside maps and lists too", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Company"], { id: "acme", founded: neo4j.int(2016) }, "e1");
    const value = {
      count: neo4j.int(42),
      node,
      on: new neo4j.types.Date(2025, 6, 13),
      nested: [{ n: neo4j.int(7), tags: ["a", null], deeper: { at: new neo4j.types.LocalDateTime(2025, 6, 13, 9, 30, 0, 0) } }],
      plain: 1.5,
      flag: true,
      missing: undefined,
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      node: { id: "acme", founded: 2016 },
      on: "2025-06-13",
      nested: [{ n: 7, tags: ["a", null], deeper: { at: "2025-06-13T09:30:00" } }],
      plain: 1.5,
      flag: true,
      missing: null,
    });
  });

  it("passes numbers the driver already decoded as numbers through", () => {
    expect(toPlain([1, 2.5, "x", null])).toEqual([1, 2.5, "x", null]);
  });
});
