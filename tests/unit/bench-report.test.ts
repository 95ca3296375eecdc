// The API benchmark's report (src/bench/compare/report.ts): the goals checked on the
// cold figures, with the worst figure and where; the warm columns and lines beside them.
import { describe, expect, it } from "vitest";
import type { System } from "../../src/bench/compare/client.js";
import { type Cell, checkTargets, markdownTable, type ResultRow, warmComparison } from "../../src/bench/compare/report.js";

const cell = (p95: number, rps: number, roundTrips = "1"): Cell => ({ p50: p95 / 2, p95, rps, roundTrips, errors: 0, samples: 25 });

function row(deals: number, query: string, f: Partial<Record<System, [number, number, string?]>>, warmSame = "5/5"): ResultRow {
  const c = (s: System, fallback: [number, number, string?]) => cell(...(f[s] ?? fallback));
  const cells = { dealgraph: c("dealgraph", [10, 200]), library: c("library", [20, 100]), raw: c("raw", [8, 400]), "dealgraph-warm": c("dealgraph-warm", [0.8, 2000, "0"]) };
  return { deals, query, cells, agree: { library: "5/5", raw: "5/5", "dealgraph-warm": warmSame }, warmOverColdP95: cells["dealgraph-warm"].p95 / cells.dealgraph.p95 };
}

describe("checkTargets", () => {
  it("checks the issue's five goals on the cold figures, naming the worst query and size", () => {
    const rows = [
      row(1_000, "profile", { dealgraph: [10, 200] }),
      row(1_000, "deal list", { dealgraph: [30, 120], library: [20, 100] }),
      row(1_000_000, "profile", { dealgraph: [14, 200] }),
      row(1_000_000, "deal list", { dealgraph: [150, 160], library: [300, 100], raw: [80, 200] }),
    ];
    const checks = checkTargets(rows);
    expect(checks.map((c) => [c.status, c.target])).toEqual([
      ["not met", "against the library, every query and size: throughput >= 1.5x the library's"],
      ["not met", "against the library, every query and size: p95 <= 0.7x the library's"],
      ["not met", "against raw Cypher, every query and size: p95 <= 1.5x raw Cypher's"],
      ["not met", "at 1M deals: deal list p95 <= 100 ms"],
      ["met", "profile: p95 at 1M deals <= 1.5x its p95 at 1k"],
    ]);
    expect(checks[0]!.detail).toBe("lowest 1.20x (deal list at 1k); missed on 1 of 4");
    expect(checks[1]!.detail).toBe("highest 1.50x (deal list at 1k); missed on 1 of 4");
    expect(checks[2]!.detail).toBe("highest 3.75x (deal list at 1k); missed on 3 of 4");
    expect(checks[3]!.detail).toBe("150 ms");
    expect(checks[4]!.detail).toBe("14 ms vs 10 ms: 1.40x");
  });

  it("says which goals a run without 1M deals cannot check", () => {
    const rows = [row(1_000, "profile", { dealgraph: [5, 300] }), row(10_000, "profile", { dealgraph: [6, 300] }), row(10_000, "deal list", { dealgraph: [40, 300], library: [100, 100], raw: [30, 400] })];
    const checks = checkTargets(rows);
    expect(checks.slice(0, 3).map((c) => c.status)).toEqual(["met", "met", "met"]);
    expect(checks[0]!.detail).toBe("lowest 3.00x (profile at 1k); held on all 3");
    expect(checks[3]).toMatchObject({ status: "not checked", detail: "1M deals not in this run (at 10k: 40 ms)" });
    expect(checks[4]).toMatchObject({ status: "not checked", detail: "needs 1k and 1M deals in the run (10k vs 1k: 6.0 ms vs 5.0 ms, 1.20x)" });
  });

  it("counts a query with no figures as missing the goal", () => {
    const checks = checkTargets([row(1_000, "search", { dealgraph: [Number.NaN, 0] })]);
    expect(checks[1]).toMatchObject({ status: "not met", detail: "no figures; held on the 0 measured of 1; not measured on search at 1k" });
  });
});

describe("warm", () => {
  const rows = [row(1_000, "profile", {}), row(1_000, "search", { "dealgraph-warm": [12, 150, "0-1"] }, "4/5")];

  it("adds the warm columns to each row of the table", () => {
    const lines = markdownTable(rows).split("\n");
    expect(lines[0]).toContain("| warm p50 / p95 ms | warm req/s | warm round trips | warm p95 / cold p95 | same answer warm |");
    const columns = (line: string) => line.split("|").length;
    for (const line of lines) expect(columns(line)).toBe(columns(lines[0]!));
    expect(lines[2]).toMatch(/\| 0\.4 \/ 0\.8 \| 2000 \| 0 \| 0\.08x \| 5\/5 \|$/);
    expect(lines[3]).toMatch(/\| 6\.0 \/ 12 \| 150 \| 0-1 \| 1\.20x \| 4\/5 \|$/);
  });

  it("compares warm with raw Cypher, the library and cold, each line labelled warm", () => {
    const lines = warmComparison(rows);
    expect(lines.every((l) => l.startsWith("warm"))).toBe(true);
    expect(lines[0]).toBe("warm, p95 <= 1.5x raw Cypher's (the cold goal, on warm figures): holds: highest 1.50x (search at 1k); held on all 2; lowest 0.10x (profile at 1k)");
    expect(lines[3]).toBe("warm p95 / cold p95: from 0.08x (profile at 1k) to 1.20x (search at 1k)");
    expect(lines[4]).toBe("warm, same answer as cold on the probes: 9/10; differs on search at 1k");
    expect(lines[5]).toMatch(/^warm, round trips per request: not 0 on search at 1k: 0-1 \(/);
  });
});
