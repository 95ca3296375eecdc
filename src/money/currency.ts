// ISO 4217 codes and conversion to US dollars at the yearly average rate of the deal's year.
import { USD_PER_UNIT } from "./rates.js";

// Node's ICU knows the ISO 4217 list; no table of codes to keep up to date here.
const ISO_4217 = new Set<string>(Intl.supportedValuesOf("currency"));

export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}

/**
 * `value` in US dollars at the average rate of `year`, or null when the rate of that
 * currency and year is not in the table (never a guess from another year).
 */
export function toUsd(value: number, currency: string, year: number | null): number | null {
  if (currency === "USD") return value;
  if (year === null) return null;
  const rate = USD_PER_UNIT[currency]?.[year];
  return rate === undefined ? null : Math.round(value * rate * 100) / 100;
}
