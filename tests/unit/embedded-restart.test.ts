// The embedded Neo4j's restart schedule and its settings. What a restart does is checked against
// the real thing in tests/security/embedded-supervision.test.ts.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { restartDelay } from "../../src/db/embedded-supervisor.js";

describe("restartDelay", () => {
  it("doubles from the minimum and stays at the maximum", () => {
    const policy = { minMs: 1000, maxMs: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 50, 5000].map((n) => restartDelay(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });
});

describe("NEO4J_RESTART_MIN_MS and NEO4J_RESTART_MAX_MS", () => {
  it("default to 1 s and 30 s", () => {
    expect(loadConfig({})).toMatchObject({ NEO4J_RESTART_MIN_MS: 1000, NEO4J_RESTART_MAX_MS: 30_000 });
  });

  it("refuse a maximum under the minimum, and values that are not positive integers, naming the setting", () => {
    expect(() => loadConfig({ NEO4J_RESTART_MIN_MS: "5000", NEO4J_RESTART_MAX_MS: "2000" })).toThrow(
      new ConfigError("invalid configuration:\n  NEO4J_RESTART_MAX_MS: must be at least NEO4J_RESTART_MIN_MS (5000), got 2000"),
    );
    expect(() => loadConfig({ NEO4J_RESTART_MIN_MS: "0" })).toThrow(/NEO4J_RESTART_MIN_MS/);
    expect(() => loadConfig({ NEO4J_RESTART_MAX_MS: "soon" })).toThrow(/NEO4J_RESTART_MAX_MS/);
  });
});
