// The pure parts of the API's paging and role rules: cursors, page sizes, `current`.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/api/common/cursor.js";
import { pageSize } from "../../src/api/common/pagination.js";
import { isCurrent } from "../../src/store/index.js";

describe("cursors", () => {
  it("round-trip a sort value and an id, opaque and URL-safe", () => {
    for (const [value, id] of [["acme é", "acme"], [1.5e10, "deal-1"], ["", "x"], [-1e308, "z"]] as const) {
      const cursor = encodeCursor(value, id);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, typeof value as "string" | "number")).toEqual([value, id]);
    }
  });

  it("refuse anything else as BAD_USER_INPUT naming `after`", () => {
    const bad = ["", "a b", "!!", Buffer.from("[1]").toString("base64url"), Buffer.from('["a", 3]').toString("base64url"), encodeCursor("a", "b")];
    for (const cursor of bad) {
      expect(() => decodeCursor(cursor, "number"), cursor).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "after" }) }));
    }
  });
});

describe("page size", () => {
  it("defaults to 20 and allows 0 to 100", () => {
    expect([pageSize(undefined), pageSize(null), pageSize(0), pageSize(100)]).toEqual([20, 20, 0, 100]);
  });
  it("refuses the rest, naming `first`", () => {
    for (const first of [-1, 101]) expect(() => pageSize(first)).toThrow(/^first: /);
  });
});

describe("a role is current", () => {
  const today = "2025-06-15";
  it("without an end, or with an end after today at the end's own precision", () => {
    expect(isCurrent({ since: null, until: null }, today)).toBe(true);
    expect(isCurrent({ since: null, until: "2025-06-16" }, today)).toBe(true);
    expect(isCurrent({ since: null, until: "2025-07" }, today)).toBe(true);
    expect(isCurrent({ since: null, until: "2026" }, today)).toBe(true);
  });
  it("not once its end is today or past", () => {
    for (const until of ["2025-06-15", "2025-06", "2025", "2024-12-31"]) expect(isCurrent({ since: null, until }, today), until).toBe(false);
  });
});
