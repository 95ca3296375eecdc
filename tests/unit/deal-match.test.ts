// The scoring table of deal resolution (src/domain/deal-match.ts), field by field, and the
// examples its header documents.
import { describe, expect, it } from "vitest";
import { absorb, daysApart, type DealProfile, LINK_AT, MERGE_AT, rankDeals, scoreDeal, verdict } from "../../src/domain/deal-match.js";

const deal = (over: Partial<DealProfile> = {}): DealProfile => ({
  announcedOn: null,
  investorIds: [],
  otherInvestors: false,
  amountUsd: null,
  valuationUsd: null,
  stakePercent: null,
  stage: null,
  ...over,
});

describe("dates at their precision", () => {
  it("a year holds its months; neighbouring months are days apart, not a year", () => {
    expect(daysApart("2024", "2024-05")).toBe(0);
    expect(daysApart("2024-05", "2024-06-15")).toBe(15);
    expect(daysApart("2024-05-31", "2024-06-01")).toBe(1);
    expect(daysApart("2023", "2024-03")).toBe(61);
  });

  it("score +2 close at month precision, +1 when one gives a year, -2 a few months apart, -6 further", () => {
    const at = (a: string, b: string) => scoreDeal(deal({ announcedOn: a }), deal({ announcedOn: b })).score;
    expect(at("2024-05", "2024-06")).toBe(2);
    expect(at("2024", "2024-05")).toBe(1);
    expect(at("2024-01", "2024-04")).toBe(-2);
    expect(at("2021-03", "2022-09")).toBe(-6);
  });
});

describe("investors", () => {
  const inv = (a: string[], b: string[], aOthers = false, bOthers = false) =>
    scoreDeal(deal({ investorIds: a, otherInvestors: aOthers }), deal({ investorIds: b, otherInvestors: bOthers })).score;

  it("the same set, one inside the other, overlapping, or none in common", () => {
    expect(inv(["a", "b"], ["b", "a"])).toBe(3);
    expect(inv(["a"], ["a", "b", "c"], true)).toBe(2);
    // Fewer investors without "and others": still inside the other set, but weaker.
    expect(inv(["a"], ["a", "b", "c"])).toBe(1);
    expect(inv(["a", "x"], ["a", "b", "c"], true)).toBe(1);
    expect(inv(["a", "x"], ["a", "b", "c"])).toBe(-1);
    expect(inv(["x"], ["a"])).toBe(-4);
    expect(inv(["x"], ["a"], true)).toBe(-2);
  });
});

describe("figures", () => {
  it("amounts agree within 5% (+3) or 15% (+2), conflict beyond 30% (-5)", () => {
    const amount = (a: number, b: number) => scoreDeal(deal({ amountUsd: a }), deal({ amountUsd: b })).score;
    expect(amount(1_000_000_000, 1_050_000_000)).toBe(3);
    expect(amount(100, 112)).toBe(2);
    expect(amount(100, 125)).toBe(0);
    expect(amount(100, 200)).toBe(-5);
  });

  it("a stage outweighs everything else that agrees", () => {
    const a = deal({ announcedOn: "2024-05", investorIds: ["a"], amountUsd: 100, stage: "SERIES_E" });
    const b = deal({ announcedOn: "2024-05", investorIds: ["a"], amountUsd: 100, stage: "SERIES_F" });
    expect(scoreDeal(a, b)).toEqual({ score: 2, agreed: ["ANNOUNCED_ON", "INVESTORS", "AMOUNT"], conflicting: ["STAGE"] });
    expect(verdict(scoreDeal(a, b).score)).not.toBe("same");
  });

  it("a field either side leaves out counts nothing, and a figure that is not finite is left out", () => {
    expect(scoreDeal(deal({ amountUsd: 100 }), deal())).toEqual({ score: 0, agreed: [], conflicting: [] });
    expect(scoreDeal(deal({ amountUsd: Number.POSITIVE_INFINITY }), deal({ amountUsd: 100 })).score).toBe(0);
  });
});

describe("the documented examples", () => {
  it("Amazon and others in 2024 against the Series F of 2024-05: the same deal", () => {
    const seed = deal({ announcedOn: "2024", investorIds: ["amazon"], otherInvestors: true, amountUsd: 1e9 });
    const seriesF = deal({ announcedOn: "2024-05", investorIds: ["accel", "amazon", "meta", "nvidia"], otherInvestors: true, amountUsd: 1e9, stage: "SERIES_F" });
    expect(scoreDeal(seed, seriesF)).toEqual({ score: 6, agreed: ["ANNOUNCED_ON", "INVESTORS", "AMOUNT"], conflicting: [] });
    expect(verdict(6)).toBe("same");
  });

  it("the same round a month later in euros: the same deal; with no amounts and a year: possibly", () => {
    expect(scoreDeal(deal({ announcedOn: "2024-05", investorIds: ["a16z"], amountUsd: 120e6 }), deal({ announcedOn: "2024-06", investorIds: ["a16z"], amountUsd: 119e6 })).score).toBe(8);
    const vague = scoreDeal(deal({ announcedOn: "2024", investorIds: ["a16z"], otherInvestors: true }), deal({ announcedOn: "2024-05", investorIds: ["a16z", "b"] }));
    expect(vague.score).toBe(3);
    expect(verdict(vague.score)).toBe("possible");
  });

  it("two rounds eighteen months apart: unrelated", () => {
    const s = scoreDeal(deal({ announcedOn: "2021-03", investorIds: ["sequoia"], amountUsd: 40e6 }), deal({ announcedOn: "2022-09", investorIds: ["sequoia"], amountUsd: 150e6 }));
    expect(s).toEqual({ score: -8, agreed: ["INVESTORS"], conflicting: ["ANNOUNCED_ON", "AMOUNT"] });
    expect(verdict(s.score)).toBe("other");
  });

  it("thresholds: merge at MERGE_AT, link from LINK_AT", () => {
    expect([verdict(MERGE_AT), verdict(MERGE_AT - 1), verdict(LINK_AT), verdict(LINK_AT - 1)]).toEqual(["same", "possible", "possible", "other"]);
  });
});

describe("the sole candidate", () => {
  const report = deal({ announcedOn: "2019", investorIds: ["lomi", "kalo"] });
  const round = (id: string, announcedOn: string, over: Partial<DealProfile> = {}) => ({ id, profile: deal({ announcedOn, investorIds: ["lomi", "kalo"], ...over }) });

  it("gets a point when it is the one deal whose date agrees, and nothing conflicts: a year-only report joins it", () => {
    const [best] = rankDeals(report, [round("r2019", "2019-12"), round("r2017", "2017-03")]);
    expect(best).toEqual({ id: "r2019", score: 5, agreed: ["ANNOUNCED_ON", "INVESTORS", "SOLE_CANDIDATE"], conflicting: [] });
    expect(verdict(best!.score)).toBe("same");
  });

  it("gets none when two deals' dates agree, or when something conflicts", () => {
    expect(rankDeals(report, [round("a", "2019-02"), round("b", "2019-11")]).map((s) => s.score)).toEqual([4, 4]);
    const conflicting = rankDeals(deal({ announcedOn: "2019", investorIds: ["lomi", "kalo"], amountUsd: 100 }), [round("a", "2019-02", { amountUsd: 300 })]);
    expect(conflicting[0]).toMatchObject({ score: -1, conflicting: ["AMOUNT"] });
  });
});

describe("a deal after one more report", () => {
  it("takes the union of investors, the more precise agreeing date and the report's figures", () => {
    const d = absorb(deal({ announcedOn: "2024", investorIds: ["amazon"], otherInvestors: true, amountUsd: 1e9 }), deal({ announcedOn: "2024-05", investorIds: ["accel", "amazon"], stage: "SERIES_F" }));
    expect(d).toEqual(deal({ announcedOn: "2024-05", investorIds: ["amazon", "accel"], otherInvestors: true, amountUsd: 1e9, stage: "SERIES_F" }));
  });
});
