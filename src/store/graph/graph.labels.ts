// Edge labels that read well on a chart: "$14.3B · 49% · 2025-06", "CEO · 2016–2025-06".
import type { MoneyRecord } from "../common/index.js";
import type { InvestmentRecord, RelationRecord, RoleRecord } from "../records/index.js";

const SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥", INR: "₹" };
const SCALES: Array<[number, string]> = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** An amount in a few characters: "$14.3B", "€600M", "CHF 1.25B", "$950". Three significant digits at most. */
export function compactMoney({ value, currency }: Pick<MoneyRecord, "value" | "currency">): string {
  const [scale, suffix] = SCALES.find(([s]) => Math.abs(value) >= s) ?? [1, ""];
  const digits = Number((value / scale).toPrecision(3)).toString();
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${digits}${suffix}` : `${currency} ${digits}${suffix}`;
}

const KIND_WORD: Partial<Record<InvestmentRecord["kind"], string>> = {
  ACQUISITION: "acquisition",
  LICENSE_AND_HIRE: "license & hire",
};
const STATUS_WORD: Partial<Record<InvestmentRecord["status"], string>> = { TERMINATED: "terminated", RUMORED: "rumored" };

/** A deal as an edge label: kind (acquisitions, licences), amount, stake, month, and whether it fell through. */
export function investmentLabel(i: Pick<InvestmentRecord, "kind" | "status" | "amount" | "stakePercent" | "announcedOn">): string {
  const parts = [
    KIND_WORD[i.kind],
    i.amount ? compactMoney(i.amount) : undefined,
    i.stakePercent !== null ? `${Number(i.stakePercent.toPrecision(4))}%` : undefined,
    i.announcedOn?.slice(0, 7),
    STATUS_WORD[i.status],
  ].filter((p): p is string => p !== undefined);
  return parts.join(" · ") || i.kind.toLowerCase().replace(/_/g, " ");
}

/** A role as an edge label: "CEO · 2016–2025-06", "CEO · since 2021", "Board member". */
export function roleLabel(r: Pick<RoleRecord, "title" | "since" | "until">): string {
  const tenure =
    r.since && r.until ? `${r.since}–${r.until}` : r.since ? `since ${r.since}` : r.until ? `until ${r.until}` : undefined;
  return tenure ? `${r.title} · ${tenure}` : r.title;
}

/** A relation as an edge label, read from source to target: "competes with", "subsidiary of". */
export function relationLabel(r: Pick<RelationRecord, "type">): string {
  return r.type.toLowerCase().replace(/_/g, " ");
}
