// ISO 4217 codes, conversion to US dollars at the yearly average rate of the deal's year,
// and the bounds an amount must stay within to be believed (and to keep every sum finite).
import { USD_PER_UNIT } from "./rates.js";

// Node's ICU knows the ISO 4217 list; no table of codes to keep up to date here.
const ISO_4217 = new Set<string>(Intl.supportedValuesOf("currency"));

export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}

/**
 * The largest amount or valuation believed, in US dollars: $10 trillion. The largest deal
 * ever reported (Vodafone's takeover of Mannesmann, 2000) was about $180-200 billion, and
 * the most valuable companies are worth about $4-5 trillion, so no real deal or valuation
 * comes near it, in any currency. What it keeps out is a typo or a hostile figure
 * (`1e308 EUR`), whose dollar value would overflow to Infinity and then poison every sum,
 * sort and cursor that meets it: a sum of bounded figures cannot overflow (it would take
 * some 10^295 of them).
 */
export const MAX_AMOUNT_USD = 1e13;

/**
 * The largest raw figure believed in any currency, for currencies (or years) without a
 * rate, where the dollar bound cannot be applied: 10^18 units. The currency with the most
 * units to the dollar, the Iranian rial, trades near 1,000,000 to the dollar on the open
 * market (2025), so 10^18 rials are still about $1 trillion, five times the largest deal
 * ever; in dong, rupiah, won or yen the bound is far higher still.
 */
export const MAX_AMOUNT_UNITS = 1e18;

/** The year a deal's money is converted at: its announcement's, else its article's. */
export function conversionYear(announcedOn: string | undefined, publishedOn: string | undefined): number | null {
  const date = announcedOn ?? publishedOn;
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * `value` in US dollars at the average rate of `year`, or null when the rate of that
 * currency and year is not in the table (never a guess from another year), or when the
 * product is not a finite number (it never is one for an amount within the bounds).
 */
export function toUsd(value: number, currency: string, year: number | null): number | null {
  if (!Number.isFinite(value)) return null;
  if (currency === "USD") return value;
  if (year === null) return null;
  const rate = USD_PER_UNIT[currency]?.[year];
  if (rate === undefined) return null;
  const usd = Math.round(value * rate * 100) / 100;
  return Number.isFinite(usd) ? usd : null;
}

/** The year of the currency's rate nearest to `year` (that year itself when the table has it); null without any. */
function nearestRateYear(currency: string, year: number | null): number | null {
  const years = Object.keys(USD_PER_UNIT[currency] ?? {}).map(Number);
  if (!years.length) return null;
  const wanted = year ?? Math.max(...years);
  return years.reduce((best, y) => (Math.abs(y - wanted) < Math.abs(best - wanted) ? y : best));
}

/** A figure for a message: digits grouped up to a trillion trillion, then in exponent form. */
const shown = (n: number) => (Math.abs(n) < 1e21 ? n.toLocaleString("en-US", { maximumFractionDigits: 2 }) : n.toExponential(2));

/**
 * Why an amount (a positive number in a known currency) cannot be believed, or null when it
 * can: over MAX_AMOUNT_USD once converted at the year's rate (or the nearest year's, when
 * the table lacks that year), or, for a currency the table lacks, over MAX_AMOUNT_UNITS as
 * written. The message gives the bound and why it is there.
 */
export function amountBoundProblem(value: number, currency: string, year: number | null): string | null {
  if (!Number.isFinite(value)) return "is not a finite number";
  // Judged at the rate of the nearest year the table has when the deal's own year is not
  // in it (a deal of this year, before its average is known): never used to convert, but
  // near enough to tell $10 trillion from a real deal.
  const at = currency === "USD" ? null : nearestRateYear(currency, year);
  const rate = currency === "USD" ? 1 : at === null ? undefined : USD_PER_UNIT[currency]![at];
  if (rate !== undefined) {
    const usd = value * rate;
    if (usd <= MAX_AMOUNT_USD) return null;
    const converted = currency === "USD" ? "" : ` (about $${shown(usd)} at ${at}'s rate)`;
    return (
      `${shown(value)} ${currency}${converted} is over the bound of $10 trillion; the largest deal ever ` +
      "reported was about $200 billion: a typo, or a figure in the wrong unit?"
    );
  }
  if (value <= MAX_AMOUNT_UNITS) return null;
  return (
    `${shown(value)} ${currency} is over the bound of 10^18 units for an amount without a dollar rate ` +
    "(even in Iranian rials that is about $1 trillion): a typo, or a figure in the wrong unit?"
  );
}
