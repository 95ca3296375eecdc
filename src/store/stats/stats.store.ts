// The stats store (a read model over deals): one aggregation query, then buckets and
// series a chart draws as they are.
import { CHART_ORDER } from "../../domain/vocabulary.js";
import { saneUsd } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { num, str } from "../common/index.js";
import { type DealFilter, dealFilters } from "../deals/index.js";

export type DealStatsGroup = "YEAR" | "QUARTER" | "MONTH" | "KIND" | "STATUS";
export type DealStatsSplit = "KIND" | "STATUS";

// The allow-list of bucket and split expressions over deal `i`; null is "unplaced".
const BUCKET: Record<DealStatsGroup, string> = {
  YEAR: "left(i.announcedOn, 4)",
  QUARTER: "CASE WHEN size(i.announcedOn) >= 7 THEN left(i.announcedOn, 4) + '-Q' + toString((toInteger(substring(i.announcedOn, 5, 2)) + 2) / 3) END",
  MONTH: "CASE WHEN size(i.announcedOn) >= 7 THEN left(i.announcedOn, 7) END",
  KIND: "i.kind",
  STATUS: "i.status",
};
const SPLIT: Record<DealStatsSplit | "NONE", string> = {
  KIND: "i.kind",
  STATUS: "i.status",
  NONE: "'ALL'",
};

const KINDS: readonly string[] = CHART_ORDER.kinds;
const STATUSES: readonly string[] = CHART_ORDER.statuses;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

export interface BucketRecord {
  key: string;
  label: string;
  dealCount: number;
  totalUsd: number;
  amountKnownCount: number;
  averageUsd: number | null;
}

export interface DealStatsRecord {
  groupBy: DealStatsGroup;
  buckets: BucketRecord[];
  series: Array<{ key: string; label: string; dealCount: number[]; totalUsd: number[] }>;
  unplaced: BucketRecord;
  total: BucketRecord;
}

interface Cell {
  dealCount: number;
  totalUsd: number;
  amountKnownCount: number;
}

function bucket(key: string, label: string, cells: Cell[]): BucketRecord {
  const dealCount = cells.reduce((n, c) => n + c.dealCount, 0);
  const totalUsd = cells.reduce((n, c) => n + c.totalUsd, 0);
  const amountKnownCount = cells.reduce((n, c) => n + c.amountKnownCount, 0);
  return { key, label, dealCount, totalUsd, amountKnownCount, averageUsd: amountKnownCount ? totalUsd / amountKnownCount : null };
}

/**
 * The keys of the x axis, in order: every period between the first and the last (gaps
 * included), at most `maxBuckets` of them, the latest; or every enum value. Deals before
 * the first key are counted in `unplaced`: one deal dated in year 1 must not make the
 * chart fail, or take 24,000 buckets, for everyone.
 */
function axis(groupBy: DealStatsGroup, found: string[], maxBuckets: number): string[] {
  if (groupBy === "KIND") return [...KINDS];
  if (groupBy === "STATUS") return [...STATUSES];
  if (!found.length) return [];
  const sorted = [...found].sort();
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  const keys: string[] = [];
  const steps = groupBy === "YEAR" ? 1 : groupBy === "QUARTER" ? 4 : 12;
  const index = (k: string) => Number(k.slice(0, 4)) * steps + (groupBy === "YEAR" ? 0 : Number(k.slice(groupBy === "QUARTER" ? 6 : 5)) - 1);
  for (let n = Math.max(index(first), index(last) - maxBuckets + 1); n <= index(last); n++) {
    const year = Math.floor(n / steps);
    const part = (n % steps) + 1;
    keys.push(groupBy === "YEAR" ? String(year) : groupBy === "QUARTER" ? `${year}-Q${part}` : `${year}-${String(part).padStart(2, "0")}`);
  }
  return keys;
}

function label(groupBy: DealStatsGroup, key: string): string {
  if (groupBy === "QUARTER") return `${key.slice(5)} ${key.slice(0, 4)}`;
  if (groupBy === "MONTH") return `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`;
  if (groupBy === "KIND" || groupBy === "STATUS") return humanize(key);
  return key;
}

/** The stats store of one request. */
export function createStatsStore(reader: Reader) {
  return {
    /** Deal counts and dollar totals by period, kind or status, at most `maxBuckets` periods, optionally split into series. */
    deals: (args: DealStatsArgs) => dealStats(reader, args),
  };
}

export type StatsStore = ReturnType<typeof createStatsStore>;

interface DealStatsArgs {
  groupBy: DealStatsGroup;
  splitBy?: DealStatsSplit | null;
  where?: DealFilter | null;
  maxBuckets: number;
}

async function dealStats(reader: Reader, args: DealStatsArgs): Promise<DealStatsRecord> {
  const { filters, params } = dealFilters(args.where);
  const query = readQuery(`// stats.deals
MATCH (i:Investment)
${filters.length ? `WHERE ${filters.join("\n  AND ")}` : ""}
WITH ${BUCKET[args.groupBy]} AS bucket, ${SPLIT[args.splitBy ?? "NONE"]} AS split, i
WITH bucket, split, i, ${saneUsd("i.amountUsd")} AS usd
RETURN bucket, split, count(i) AS dealCount, sum(coalesce(usd, 0.0)) AS totalUsd, count(usd) AS amountKnownCount`);
  const rows = await reader.read(query, params);

  const cells = new Map<string, Map<string, Cell>>();
  const unplaced: Cell[] = [];
  for (const r of rows) {
    const cell: Cell = { dealCount: num(r.dealCount) ?? 0, totalUsd: num(r.totalUsd) ?? 0, amountKnownCount: num(r.amountKnownCount) ?? 0 };
    const key = str(r.bucket);
    if (key === null) {
      unplaced.push(cell);
      continue;
    }
    const splits = cells.get(key) ?? new Map<string, Cell>();
    splits.set(String(r.split), cell);
    cells.set(key, splits);
  }
  const keys = axis(args.groupBy, [...cells.keys()], args.maxBuckets);
  const onAxis = new Set(keys);
  for (const [key, splits] of cells) {
    if (onAxis.has(key)) continue;
    unplaced.push(...splits.values());
    cells.delete(key);
  }
  const splitKeys = args.splitBy
    ? (args.splitBy === "KIND" ? KINDS : STATUSES).filter((s) => [...cells.values()].some((m) => m.has(s)))
    : ["ALL"];
  const empty: Cell = { dealCount: 0, totalUsd: 0, amountKnownCount: 0 };
  const buckets = keys.map((k) => bucket(k, label(args.groupBy, k), [...(cells.get(k)?.values() ?? [])]));
  return {
    groupBy: args.groupBy,
    buckets,
    series: splitKeys.map((s) => ({
      key: s,
      label: s === "ALL" ? "All deals" : humanize(s),
      dealCount: keys.map((k) => (cells.get(k)?.get(s) ?? empty).dealCount),
      totalUsd: keys.map((k) => (cells.get(k)?.get(s) ?? empty).totalUsd),
    })),
    unplaced: bucket("UNPLACED", "Undated, dated too coarsely, or before the first bucket", unplaced),
    total: bucket("ALL", "All deals", [...[...cells.values()].flatMap((m) => [...m.values()]), ...unplaced]),
  };
}
