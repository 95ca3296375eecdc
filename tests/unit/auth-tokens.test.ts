// API_TOKENS: roles, syntax, and a comparison whose work does not depend on which token
// matched or how much of it (each entry compared as a fixed-length digest).
import * as crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { callerOf, roleOf } from "../../src/api/security/access.js";
import { loadConfig } from "../../src/config.js";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const compare = vi.mocked(crypto.timingSafeEqual);

const ENTRIES = ["alpha-editor-token-000", "beta-reader-token-0000:reader", "gamma-editor-token-000:editor"];

describe("roles", () => {
  it("a bare token is an editor (as before roles), `:reader` a reader, `:editor` an editor", () => {
    expect(roleOf("alpha-editor-token-000", ENTRIES)).toBe("editor");
    expect(roleOf("beta-reader-token-0000", ENTRIES)).toBe("reader");
    expect(roleOf("gamma-editor-token-000", ENTRIES)).toBe("editor");
    expect(roleOf("beta-reader-token-0000:reader", ENTRIES), "the suffix is not part of the token").toBeUndefined();
    expect(roleOf("nope", ENTRIES)).toBeUndefined();
    expect(roleOf(undefined, ENTRIES)).toBeUndefined();
    expect(roleOf("beta-reader-token-0000", ENTRIES)).toBe("reader");
  });

  it("callers: anonymous without a token, invalid with a wrong one", () => {
    const config = { API_TOKENS: ENTRIES };
    expect(callerOf(undefined, config)).toEqual({ role: "anonymous" });
    expect(callerOf("wrong", config)).toEqual({ role: "invalid" });
    expect(callerOf("beta-reader-token-0000", config)).toEqual({ role: "reader" });
  });

  it("API_TOKENS accepts token and token:role, and refuses anything else", () => {
    expect(loadConfig({ API_TOKENS: "a1, b2:reader ,c3:editor" }).API_TOKENS).toEqual(["a1", "b2:reader", "c3:editor"]);
    for (const bad of ["x:admin", "x y", ":reader", "x:"]) {
      expect(() => loadConfig({ API_TOKENS: bad }), bad).toThrow(/API_TOKENS/);
    }
  });
});

describe("comparison", () => {
  it("compares every entry, equal-length digests, whether the token matches the first, the last or none", () => {
    const counts = ["alpha-editor-token-000", "gamma-editor-token-000", "alpha-editor-token-00X", "a"].map((token) => {
      compare.mockClear();
      roleOf(token, ENTRIES);
      const calls = compare.mock.calls.map(([a, b]) => [(a as Buffer).length, (b as Buffer).length]);
      expect(calls.every(([a, b]) => a === 32 && b === 32)).toBe(true);
      return calls.length;
    });
    expect(counts).toEqual([3, 3, 3, 3]);
  });
});
