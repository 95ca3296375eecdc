// Currency codes and conversion to US dollars at the yearly average rate (src/money), and the
// shape of the rate table itself (src/money/rates.ts): no holes, no guesses outside its years.
import { describe, expect, it } from "vitest";
import { amountBoundProblem, conversionYear, isCurrencyCode, MAX_AMOUNT_UNITS, MAX_AMOUNT_USD, toUsd } from "../../src/money/currency.js";
import { G5A_ANNUAL, RATES_SOURCE, RATES_YEARS, USD_PER_UNIT } from "../../src/money/rates.js";

const years = Array.from({ length: RATES_YEARS.last - RATES_YEARS.first + 1 }, (_, i) => RATES_YEARS.first + i);
const rate = (code: string, year: number): number => {
  const r = USD_PER_UNIT[code]?.[year];
  if (r === undefined) throw new Error(`no rate for ${code} ${year}`);
  return r;
};

describe("toUsd", () => {
  it("leaves US dollars as they are, whatever the year", () => {
    expect(toUsd(1234.56, "USD", 2024)).toBe(1234.56);
    expect(toUsd(5_000_000, "USD", 1990)).toBe(5_000_000);
    expect(toUsd(42, "USD", null)).toBe(42);
  });

  it("converts EUR in 2024 at the table's rate, rounded to cents", () => {
    const eur2024 = rate("EUR", 2024);
    expect(eur2024).toBeGreaterThan(1.0);
    expect(eur2024).toBeLessThan(1.2);
    expect(toUsd(1_000_000, "EUR", 2024)).toBe(Math.round(1_000_000 * eur2024 * 100) / 100);
    expect(toUsd(1_000_000, "EUR", 2024)).toBe(1_082_000); // G.5A 2024: 1.0820 USD per EUR
    expect(toUsd(19.99, "EUR", 2024)).toBe(Math.round(19.99 * eur2024 * 100) / 100);
  });

  it("converts JPY at a plausible rate and a matching amount", () => {
    for (const year of years) {
      const jpy = rate("JPY", year);
      expect(jpy).toBeGreaterThan(0.005);
      expect(jpy).toBeLessThan(0.012);
    }
    const usd = toUsd(10_000_000_000, "JPY", 2023);
    expect(usd).toBe(Math.round(10_000_000_000 * rate("JPY", 2023) * 100) / 100);
    expect(usd).toBeGreaterThan(65_000_000); // about 140.5 yen to the dollar in 2023
    expect(usd).toBeLessThan(75_000_000);
  });

  it("answers null for a currency the table does not have", () => {
    expect(toUsd(100, "XAU", 2024)).toBeNull();
    expect(toUsd(100, "ZZZ", 2024)).toBeNull();
    expect(toUsd(100, "ILS", 2024)).toBeNull(); // not in G.5A, so deliberately absent
  });

  it("answers null outside the table's years or without a year, never borrowing another year's rate", () => {
    expect(toUsd(100, "EUR", RATES_YEARS.first - 1)).toBeNull();
    expect(toUsd(100, "EUR", 2014)).toBeNull();
    expect(toUsd(100, "EUR", 2026)).toBeNull();
    expect(toUsd(100, "GBP", RATES_YEARS.last + 1)).toBeNull();
    expect(toUsd(100, "EUR", null)).toBeNull();
  });
});

describe("isCurrencyCode", () => {
  it("accepts ISO 4217 codes and nothing else", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("JPY")).toBe(true);
    expect(isCurrencyCode("DOLLARS")).toBe(false);
    expect(isCurrencyCode("eur")).toBe(false);
    expect(isCurrencyCode("")).toBe(false);
  });
});

describe("rate table", () => {
  it("names its source and covers 2015 through 2025, not the unpublished 2026", () => {
    expect(RATES_SOURCE).toMatch(/G\.5A/);
    expect(RATES_YEARS).toEqual({ first: 2015, last: 2025 });
  });

  it("has at least the currencies deals are usually reported in, each a real ISO code", () => {
    for (const code of ["EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "INR", "KRW", "SEK"]) {
      expect(USD_PER_UNIT).toHaveProperty(code);
    }
    for (const code of Object.keys(USD_PER_UNIT)) {
      expect(isCurrencyCode(code), code).toBe(true);
      expect(code).not.toBe("USD");
    }
  });

  it("has every year from first to last for every currency, and nothing else", () => {
    for (const [code, byYear] of Object.entries(USD_PER_UNIT)) {
      expect(Object.keys(byYear).map(Number).sort((a, b) => a - b), code).toEqual(years);
    }
  });

  it("holds only positive finite rates", () => {
    for (const [code, byYear] of Object.entries(USD_PER_UNIT)) {
      for (const [year, r] of Object.entries(byYear)) {
        expect(Number.isFinite(r) && r > 0, `${code} ${year}: ${r}`).toBe(true);
      }
    }
  });

  it("inverts the units-per-dollar quotes and keeps the dollars-per-unit ones as published", () => {
    expect(Object.keys(G5A_ANNUAL).sort()).toEqual(Object.keys(USD_PER_UNIT).sort());
    for (const [code, series] of Object.entries(G5A_ANNUAL)) {
      series.values.forEach((published, i) => {
        const r = rate(code, RATES_YEARS.first + i);
        if (series.quote === "usd-per-unit") expect(r, code).toBe(published);
        else expect(Math.abs(r * published - 1), `${code} ${RATES_YEARS.first + i}`).toBeLessThan(1e-5);
      });
    }
    expect(["EUR", "GBP", "AUD", "NZD"].map((c) => G5A_ANNUAL[c]?.quote)).toEqual(Array(4).fill("usd-per-unit"));
    expect(G5A_ANNUAL.JPY?.quote).toBe("units-per-usd");
  });

  it("prices a pound above a euro every year", () => {
    for (const year of years) {
      expect(rate("GBP", year), String(year)).toBeGreaterThan(rate("EUR", year));
    }
  });

  it("stays in sane bands for the pegged and near-pegged currencies", () => {
    for (const year of years) {
      // HKD trades inside 7.75-7.85 per dollar.
      expect(rate("HKD", year)).toBeGreaterThan(1 / 7.85 - 1e-6);
      expect(rate("HKD", year)).toBeLessThan(1 / 7.75 + 1e-6);
      expect(rate("KRW", year)).toBeGreaterThan(1 / 1500);
      expect(rate("KRW", year)).toBeLessThan(1 / 1000);
    }
  });
});

describe("bounds", () => {
  it("never converts to Infinity or NaN: an overflowing product is unknown (null)", () => {
    expect(toUsd(1e308, "EUR", 2024)).toBeNull();
    expect(toUsd(Number.POSITIVE_INFINITY, "USD", 2024)).toBeNull();
    expect(toUsd(Number.NaN, "EUR", 2024)).toBeNull();
  });

  it("bounds amounts at $10 trillion once converted (at the nearest year's rate when the year has none), 10^18 units in a currency without a rate", () => {
    expect(MAX_AMOUNT_USD).toBe(10_000_000_000_000);
    expect(MAX_AMOUNT_UNITS).toBe(1e18);
    expect(amountBoundProblem(MAX_AMOUNT_USD, "USD", null)).toBeNull();
    expect(amountBoundProblem(MAX_AMOUNT_USD * 1.01, "USD", null)).toMatch(/over the bound of \$10 trillion/);
    // Won are judged in dollars: 10^16 won in 2024 is about $7.3 trillion, 2*10^16 about $14.7 trillion.
    expect(amountBoundProblem(1e16, "KRW", 2024)).toBeNull();
    expect(amountBoundProblem(2e16, "KRW", 2024)).toMatch(/about \$14,668,\d{3},\d{3},\d{3}(\.\d+)? at 2024's rate/);
    // The same figure in a year the table lacks is judged at the nearest year's rate.
    expect(amountBoundProblem(2e16, "KRW", 2031)).toMatch(/at 20\d\d's rate\) is over the bound of \$10 trillion/);
    expect(amountBoundProblem(1e16, "KRW", 2031)).toBeNull();
    // A currency the table lacks altogether is judged as written.
    expect(amountBoundProblem(1.5e18, "XAF", 2024)).toMatch(/over the bound of 10\^18 units/);
    expect(amountBoundProblem(2e16, "XAF", 2024)).toBeNull();
    expect(amountBoundProblem(Number.POSITIVE_INFINITY, "USD", 2024)).toBe("is not a finite number");
  });

  it("converts at the deal's year, else the article's", () => {
    expect(conversionYear("2023-05", "2024-01-02")).toBe(2023);
    expect(conversionYear(undefined, "2024-01-02")).toBe(2024);
    expect(conversionYear(undefined, undefined)).toBeNull();
  });
});
