// How figures read on the dashboard: $14.3B, €1.2M, 49 %, June 2025.
import type { Money } from "./queries.js";

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };

/** A compact amount, e.g. 14300000000 USD -> "$14.3B", 105000000 EUR -> "€105M". */
export function compactAmount(value: number, currency = "USD"): string {
  const abs = Math.abs(value);
  const [divisor, suffix] = abs >= 1e12 ? [1e12, "T"] : abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "K"] : [1, ""];
  const scaled = value / divisor;
  const digits = scaled >= 100 || Number.isInteger(scaled) ? 0 : 1;
  const number = `${scaled.toFixed(digits).replace(/\.0$/, "")}${suffix}`;
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

/** An amount as given, with its US-dollar value when the currency is another: "€1B (≈ $1.1B)". */
export function money(m: Money | null | undefined): string {
  if (!m) return "—";
  const given = compactAmount(m.value, m.currency);
  return m.currency !== "USD" && m.usd !== null ? `${given} (≈ ${compactAmount(m.usd)})` : given;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A PartialDate as words: "2025", "June 2025", "13 June 2025". */
export function partialDate(value: string | null | undefined): string {
  if (!value) return "—";
  const [year, month, day] = value.split("-");
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value} %`;
}

/** FUNDING_ROUND -> "Funding round". */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
