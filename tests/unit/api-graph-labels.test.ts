// Edge labels of deal graphs and paths, as a chart shows them.
import { describe, expect, it } from "vitest";
import { compactMoney, investmentLabel, relationLabel, roleLabel } from "../../src/store/index.js";
import type { InvestmentRecord } from "../../src/store/index.js";

// Kinds and statuses as the API gives them: plain strings.
const deal = (over: Record<string, unknown>): InvestmentRecord => ({
  __typename: "Investment",
  id: "d",
  kind: "EQUITY_STAKE",
  status: "COMPLETED",
  otherInvestors: false,
  amount: null,
  stakePercent: null,
  valuation: null,
  announcedOn: null,
  targetId: null,
  investors: [],
  ...over,
}) as unknown as InvestmentRecord;

describe("compactMoney", () => {
  it.each([
    [14_300_000_000, "USD", "$14.3B"],
    [1_250_000_000, "USD", "$1.25B"],
    [600_000_000, "EUR", "€600M"],
    [400_000_000, "GBP", "£400M"],
    [68_700_000_000, "USD", "$68.7B"],
    [1_234_567, "CHF", "CHF 1.23M"],
    [950, "USD", "$950"],
  ])("%d %s -> %s", (value, currency, label) => expect(compactMoney({ value, currency })).toBe(label));
});

describe("edge labels", () => {
  it("give a deal's amount, stake and month", () => {
    expect(investmentLabel(deal({ amount: { value: 14.3e9, currency: "USD", usd: 14.3e9 }, stakePercent: 49, announcedOn: "2025-06-13" }))).toBe(
      "$14.3B · 49% · 2025-06",
    );
  });
  it("say what is not a plain investment, and what fell through", () => {
    expect(investmentLabel(deal({ kind: "ACQUISITION", status: "TERMINATED", amount: { value: 23e9, currency: "USD", usd: 23e9 }, announcedOn: "2024-07" }))).toBe(
      "acquisition · $23B · 2024-07 · terminated",
    );
    expect(investmentLabel(deal({ kind: "LICENSE_AND_HIRE", announcedOn: "2024-08-02" }))).toBe("license & hire · 2024-08");
    expect(investmentLabel(deal({}))).toBe("equity stake");
  });
  it("give a role's tenure and a relation's verb", () => {
    expect(roleLabel({ title: "CEO", since: "2016", until: "2025-06" })).toBe("CEO · 2016–2025-06");
    expect(roleLabel({ title: "CEO", since: "2021", until: null })).toBe("CEO · since 2021");
    expect(roleLabel({ title: "CEO", since: null, until: "2024-03" })).toBe("CEO · until 2024-03");
    expect(roleLabel({ title: "Board member", since: null, until: null })).toBe("Board member");
    expect(relationLabel({ type: "SUBSIDIARY_OF" } as Parameters<typeof relationLabel>[0])).toBe("subsidiary of");
  });
});
