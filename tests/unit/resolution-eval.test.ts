// The scores of npm run eval:resolution (src/bench/resolution-eval.ts), on examples counted by hand.
import { describe, expect, it } from "vitest";
import { linksOfOneTruth, pairScores } from "../../src/bench/resolution-eval.js";

const report = (truth: string, deal: string) => ({ truth, deal });

describe("pairScores", () => {
  it("counts pairs of reports: same truth and deal, same deal only, same truth only", () => {
    // True deal a has 3 reports, 2 of them in graph deal 1 and one alone in deal 2; deal 1
    // also holds b's only report; c's 2 reports are together in deal 3.
    // Same truth, same deal: (a1,a1) and (c3,c3): 2. Same deal, other truth: a-b twice in
    // deal 1: 2. Same truth, other deal: a's deal-1 reports with its deal-2 one: 2.
    const scores = pairScores([report("a", "1"), report("a", "1"), report("a", "2"), report("b", "1"), report("c", "3"), report("c", "3")]);
    expect(scores).toEqual({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
  });

  it("is perfect when the graph's deals are the true deals, whatever their names", () => {
    expect(pairScores([report("a", "x"), report("a", "x"), report("b", "y"), report("b", "y"), report("b", "y")])).toEqual({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it("scores a graph that keeps every report apart: nothing wrongly merged, every merge missed", () => {
    expect(pairScores([report("a", "1"), report("a", "2"), report("a", "3")])).toEqual({ tp: 0, fp: 0, fn: 3, precision: 1, recall: 0 });
  });

  it("scores a graph that merges everything: every merge found, most wrongly", () => {
    expect(pairScores([report("a", "1"), report("a", "1"), report("b", "1"), report("c", "1")])).toEqual({ tp: 1, fp: 5, fn: 0, precision: 1 / 6, recall: 1 });
  });
});

describe("linksOfOneTruth", () => {
  it("counts the links between deals holding reports of one true deal", () => {
    const reports = [report("a", "1"), report("a", "2"), report("b", "3"), report("c", "4")];
    expect(linksOfOneTruth([["1", "2"], ["2", "3"], ["3", "4"]], reports)).toBe(1);
  });
});
