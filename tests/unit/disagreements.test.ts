// Which fields a deal's sources disagree on (src/domain/disagreements.ts): values that cannot
// both be right, at the precision each source gives; a left-out field says nothing.
import { describe, expect, it } from "vitest";
import { type DealStatement, disagreements } from "../../src/domain/disagreements.js";

const said = (articleId: string, s: Partial<DealStatement> = {}): DealStatement => ({
  articleId, kind: "FUNDING_ROUND", status: null, stage: null, amount: null, valuation: null, stakePercent: null, announcedOn: null, investorIds: [], ...s,
});

describe("disagreements among a deal's sources", () => {
  it("lists different amounts with the articles giving each, the most given first", () => {
    expect(
      disagreements([
        said("a", { amount: { value: 1e9, currency: "USD" } }),
        said("b", { amount: { value: 1.05e9, currency: "USD" } }),
        said("c", { amount: { value: 1.05e9, currency: "USD" } }),
      ]),
    ).toEqual([{ field: "AMOUNT", values: [{ value: "1050000000 USD", articleIds: ["b", "c"] }, { value: "1000000000 USD", articleIds: ["a"] }] }]);
  });

  it("finds none where one date contains the other, one investor list the other, or a source leaves a field out", () => {
    expect(
      disagreements([
        said("a", { announcedOn: "2024", investorIds: ["amazon"] }),
        said("b", { announcedOn: "2024-05", investorIds: ["accel", "amazon", "meta"], amount: { value: 1e9, currency: "USD" } }),
      ]),
    ).toEqual([]);
  });

  it("lists dates and investor lists that cannot both be right", () => {
    const found = disagreements([
      said("a", { announcedOn: "2024-04", investorIds: ["accel", "amazon"] }),
      said("b", { announcedOn: "2024-05", investorIds: ["amazon", "meta"] }),
    ]);
    expect(found.map((d) => d.field)).toEqual(["ANNOUNCED_ON", "INVESTORS"]);
  });
});
