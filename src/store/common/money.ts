// Money as records carry it, and the one place that builds it from stored properties.
//
// A stored figure outside what the loader accepts (not a finite number, or over the bounds
// of src/money/currency.ts: only possible in data written before those bounds) is read as
// unknown, here and in every sum, sort and filter (saneUsd), so that one such value cannot
// turn an answer, a total or a cursor into Infinity or NaN for everyone.
import { MAX_AMOUNT_UNITS, MAX_AMOUNT_USD } from "../../money/currency.js";

export interface MoneyRecord {
  value: number;
  currency: string;
  usd: number | null;
}

const within = (x: unknown, max: number): x is number => typeof x === "number" && x >= 0 && x <= max;

/** Money from stored `<x>Value`, `<x>Currency`, `<x>Usd` properties; null without a value (or a believable one). */
export function toMoney(value: unknown, currency: unknown, usd: unknown): MoneyRecord | null {
  if (!within(value, MAX_AMOUNT_UNITS) || typeof currency !== "string") return null;
  return { value, currency, usd: within(usd, MAX_AMOUNT_USD) ? usd : null };
}

/**
 * Cypher: true for a stored dollar figure the loader accepts (0 to MAX_AMOUNT_USD), false
 * or null for anything else, NaN and the infinities included (they fail a comparison). As a
 * range on the property itself, an index still serves it. Every sum of figures that pass
 * is finite, and so is every sort value and cursor made from them.
 */
export const usdIsSane = (expr: string): string => `(${expr} >= 0.0 AND ${expr} <= ${MAX_AMOUNT_USD.toFixed(1)})`;

/** Cypher: a stored dollar figure, or null unless usdIsSane. */
export const saneUsd = (expr: string): string => `CASE WHEN ${usdIsSane(expr)} THEN ${expr} END`;
