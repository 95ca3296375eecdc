// dealStats lists kinds and statuses in the vocabulary's chart order (CHART_ORDER): a kind
// or status added to the vocabulary and not to that order would never get a bucket.
import { describe, expect, it } from "vitest";
import { CHART_ORDER, DEAL_STATUSES, INVESTMENT_KINDS } from "../../src/domain/vocabulary.js";

describe("the chart order", () => {
  it("lists every deal kind and every status once", () => {
    expect([...CHART_ORDER.kinds].sort()).toEqual([...INVESTMENT_KINDS].sort());
    expect([...CHART_ORDER.statuses].sort()).toEqual([...DEAL_STATUSES].sort());
  });
});
