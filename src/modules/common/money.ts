// Money as records carry it, and the one place that builds it from stored properties.

export interface MoneyRecord {
  value: number;
  currency: string;
  usd: number | null;
}

/** Money from stored `<x>Value`, `<x>Currency`, `<x>Usd` properties; null without a value. */
export function toMoney(value: unknown, currency: unknown, usd: unknown): MoneyRecord | null {
  if (typeof value !== "number" || typeof currency !== "string") return null;
  return { value, currency, usd: typeof usd === "number" ? usd : null };
}
