// The benchmark's outputs: the Markdown table (with the run's machine, versions and load,
// which of the issue's goals the run meets, cold, and how Dealgraph warm compares) and an
// SVG chart of p95 latency against data size (cold only).
import type { System } from "./client.js";
import { formatCount } from "./grow.js";
import type { BenchQuery } from "./queries.js";

export interface Cell {
  p50: number;
  p95: number;
  /** Requests per second at the run's concurrency. */
  rps: number;
  /** Database round trips per request, as "min" or "min-max" over the probed inputs. */
  roundTrips: string;
  errors: number;
  samples: number;
}

/**
 * How many probed inputs gave the same digest as Dealgraph's (cold), per other system
 * ("5/5"), or "n/a" (the library, where it answers a neighbouring question).
 */
export type Agree = Record<"library" | "raw" | "dealgraph-warm", string>;

export interface ResultRow {
  deals: number;
  query: string;
  /** "dealgraph" is Dealgraph cold (response cache off), "dealgraph-warm" the same with the cache on. */
  cells: Record<System, Cell>;
  agree: Agree;
  /** Dealgraph warm's p95 divided by Dealgraph cold's. */
  warmOverColdP95: number;
}

export interface RunInfo {
  date: string;
  machine: string;
  versions: string;
  load: string;
  settings: string;
  loads: string[];
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(1) : String(Math.round(v)));
/** A ratio as "0.62x"; under 0.1, two significant digits ("0.0031x"), so a cached answer's does not read 0.00x. */
const times = (v: number) => (!Number.isFinite(v) ? "–" : v >= 0.1 || v === 0 ? `${v.toFixed(2)}x` : `${Number(v.toPrecision(2))}x`);
const ratio = (a: number, b: number) => (b > 0 ? times(a / b) : "–");

const rps = (v: number) => (Number.isFinite(v) ? String(Math.round(v)) : "–");

/**
 * The Markdown table: one row per size and query. Dealgraph's columns are cold (response
 * cache off); the warm columns at the end are Dealgraph with the cache on.
 */
export function markdownTable(rows: readonly ResultRow[]): string {
  const head = [
    "| deals | query | Dealgraph p50 / p95 ms | library p50 / p95 ms | raw Cypher p50 / p95 ms | req/s Dealgraph / library / raw | round trips D / L / R | p95 D/L | req/s D/L | p95 D/R | req/s D/R | same answer L, R | warm p50 / p95 ms | warm req/s | warm round trips | warm p95 / cold p95 | same answer warm |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const body = rows.map((r) => {
    const { dealgraph: d, library: l, raw, "dealgraph-warm": w } = r.cells;
    return `| ${formatCount(r.deals)} | ${r.query} | ${ms(d.p50)} / ${ms(d.p95)} | ${ms(l.p50)} / ${ms(l.p95)} | ${ms(raw.p50)} / ${ms(raw.p95)} | ${rps(d.rps)} / ${rps(l.rps)} / ${rps(raw.rps)} | ${d.roundTrips} / ${l.roundTrips} / ${raw.roundTrips} | ${ratio(d.p95, l.p95)} | ${ratio(d.rps, l.rps)} | ${ratio(d.p95, raw.p95)} | ${ratio(d.rps, raw.rps)} | ${r.agree.library}, ${r.agree.raw} | ${ms(w.p50)} / ${ms(w.p95)} | ${rps(w.rps)} | ${w.roundTrips} | ${ratio(w.p95, d.p95)} | ${r.agree["dealgraph-warm"]} |`;
  });
  return [...head, ...body].join("\n");
}

export interface TargetCheck {
  target: string;
  status: "met" | "not met" | "not checked";
  detail: string;
}

const ONE_K = 1_000;
const ONE_M = 1_000_000;
const DEAL_LIST_P95_AT_1M_MS = 100;
const PROFILE_GROWTH = 1.5;

interface Figure {
  v: number;
  where: string;
}

/**
 * One ratio over every (query, size) row: whether it holds on all of them, the worst
 * figure and where, and on how many it fails. A row without the figure (no sample, every
 * request failed) counts as failing.
 */
function overRows(rows: readonly ResultRow[], value: (r: ResultRow) => number, holds: (v: number) => boolean, higherIsBetter: boolean) {
  const figures: Figure[] = rows.map((r) => ({ v: value(r), where: `${r.query} at ${formatCount(r.deals)}` }));
  const measured = figures.filter((f) => Number.isFinite(f.v));
  const missing = figures.filter((f) => !Number.isFinite(f.v));
  const failing = measured.filter((f) => !holds(f.v));
  const worst = measured.length ? measured.reduce((w, x) => ((higherIsBetter ? x.v < w.v : x.v > w.v) ? x : w)) : undefined;
  const best = measured.length ? measured.reduce((b, x) => ((higherIsBetter ? x.v > b.v : x.v < b.v) ? x : b)) : undefined;
  const ok = rows.length > 0 && !failing.length && !missing.length;
  const parts = [
    worst ? `${higherIsBetter ? "lowest" : "highest"} ${times(worst.v)} (${worst.where})` : "no figures",
    failing.length ? `missed on ${failing.length} of ${figures.length}` : missing.length ? `held on the ${measured.length} measured of ${figures.length}` : `held on all ${figures.length}`,
    ...(missing.length ? [`not measured on ${missing.map((f) => f.where).join(", ")}`] : []),
  ];
  return { ok, worst, best, detail: parts.join("; ") };
}

/**
 * The issue's goals, checked on this run's cold figures (Dealgraph with its response cache
 * off), at each size: against the library, throughput >= 1.5x and p95 <= 0.7x on every
 * query; against raw Cypher, p95 <= 1.5x on every query; at 1M deals, the deal list's p95
 * <= 100 ms; the profile's p95 at 1M deals <= 1.5x its p95 at 1k. A goal whose size is not
 * in the run is "not checked".
 */
export function checkTargets(rows: readonly ResultRow[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const status = (ok: boolean) => (ok ? "met" : "not met") as TargetCheck["status"];
  const libRps = overRows(rows, (r) => r.cells.dealgraph.rps / r.cells.library.rps, (v) => v >= 1.5, true);
  checks.push({ target: "against the library, every query and size: throughput >= 1.5x the library's", status: status(libRps.ok), detail: libRps.detail });
  const libP95 = overRows(rows, (r) => r.cells.dealgraph.p95 / r.cells.library.p95, (v) => v <= 0.7, false);
  checks.push({ target: "against the library, every query and size: p95 <= 0.7x the library's", status: status(libP95.ok), detail: libP95.detail });
  const rawP95 = overRows(rows, (r) => r.cells.dealgraph.p95 / r.cells.raw.p95, (v) => v <= 1.5, false);
  checks.push({ target: "against raw Cypher, every query and size: p95 <= 1.5x raw Cypher's", status: status(rawP95.ok), detail: rawP95.detail });

  const sizes = [...new Set(rows.map((r) => r.deals))].sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const find = (q: string, deals: number | undefined) => rows.find((r) => r.query === q && r.deals === deals);
  const dealList = find("deal list", ONE_M);
  const dealListTarget = `at 1M deals: deal list p95 <= ${DEAL_LIST_P95_AT_1M_MS} ms`;
  if (dealList) {
    const p95 = dealList.cells.dealgraph.p95;
    checks.push({ target: dealListTarget, status: status(p95 <= DEAL_LIST_P95_AT_1M_MS), detail: `${ms(p95)} ms` });
  } else {
    const last = find("deal list", largest);
    const aside = last ? ` (at ${formatCount(last.deals)}: ${ms(last.cells.dealgraph.p95)} ms)` : "";
    checks.push({ target: dealListTarget, status: "not checked", detail: `${last ? "1M deals not in this run" : "no deal list in this run"}${aside}` });
  }
  const growthTarget = `profile: p95 at 1M deals <= ${PROFILE_GROWTH}x its p95 at 1k`;
  const small = find("profile", ONE_K);
  const large = find("profile", ONE_M);
  if (small && large) {
    const growth = large.cells.dealgraph.p95 / small.cells.dealgraph.p95;
    checks.push({ target: growthTarget, status: status(growth <= PROFILE_GROWTH), detail: `${ms(large.cells.dealgraph.p95)} ms vs ${ms(small.cells.dealgraph.p95)} ms: ${times(growth)}` });
  } else {
    const first = find("profile", sizes[0]);
    const last = find("profile", largest);
    const aside =
      first && last && first !== last
        ? ` (${formatCount(last.deals)} vs ${formatCount(first.deals)}: ${ms(last.cells.dealgraph.p95)} ms vs ${ms(first.cells.dealgraph.p95)} ms, ${times(last.cells.dealgraph.p95 / first.cells.dealgraph.p95)})`
        : "";
    const why = !first ? "no profile in this run" : `needs 1k and 1M deals in the run${aside}`;
    checks.push({ target: growthTarget, status: "not checked", detail: why });
  }
  return checks;
}

/**
 * How Dealgraph warm (response cache on) compares, on the same ratios as the cold goals,
 * and against its own cold figures. Not goals: lines for the report, each starting "warm".
 */
export function warmComparison(rows: readonly ResultRow[]): string[] {
  if (!rows.length) return [];
  const w = (r: ResultRow) => r.cells["dealgraph-warm"];
  const holds = (ok: boolean) => (ok ? "holds" : "does not hold");
  const rawP95 = overRows(rows, (r) => w(r).p95 / r.cells.raw.p95, (v) => v <= 1.5, false);
  const libP95 = overRows(rows, (r) => w(r).p95 / r.cells.library.p95, (v) => v <= 0.7, false);
  const libRps = overRows(rows, (r) => w(r).rps / r.cells.library.rps, (v) => v >= 1.5, true);
  const cold = overRows(rows, (r) => r.warmOverColdP95, (v) => v < 1, false);
  const probes = rows.map((r) => ({ where: `${r.query} at ${formatCount(r.deals)}`, m: /^(\d+)\/(\d+)$/.exec(r.agree["dealgraph-warm"]) }));
  const same = probes.reduce((n, p) => n + (p.m ? Number(p.m[1]) : 0), 0);
  const probed = probes.reduce((n, p) => n + (p.m ? Number(p.m[2]) : 0), 0);
  const differing = probes.filter((p) => !p.m || p.m[1] !== p.m[2]).map((p) => p.where);
  const statements = rows.filter((r) => w(r).roundTrips !== "0").map((r) => `${r.query} at ${formatCount(r.deals)}: ${w(r).roundTrips}`);
  return [
    `warm, p95 <= 1.5x raw Cypher's (the cold goal, on warm figures): ${holds(rawP95.ok)}: ${rawP95.detail}${rawP95.best ? `; lowest ${times(rawP95.best.v)} (${rawP95.best.where})` : ""}`,
    `warm, p95 <= 0.7x the library's: ${holds(libP95.ok)}: ${libP95.detail}`,
    `warm, throughput >= 1.5x the library's: ${holds(libRps.ok)}: ${libRps.detail}`,
    `warm p95 / cold p95: from ${cold.best ? `${times(cold.best.v)} (${cold.best.where})` : "–"} to ${cold.worst ? `${times(cold.worst.v)} (${cold.worst.where})` : "–"}`,
    `warm, same answer as cold on the probes: ${same}/${probed}${differing.length ? `; differs on ${differing.join(", ")}` : ""}`,
    `warm, round trips per request: ${statements.length ? `not 0 on ${statements.join(", ")} (a "0-1" can be the cache's own check of the graph, once every RESPONSE_CACHE_CHECK_MS, landing during a probe)` : "0 on every query and size"}`,
  ];
}

/** The whole Markdown report. */
export function markdownReport(info: RunInfo, queries: readonly BenchQuery[], rows: readonly ResultRow[], chartFile: string): string {
  const checks = checkTargets(rows);
  const warm = warmComparison(rows);
  const notes = queries
    .map((q) => `- **${q.name}**: ${q.title}.${q.library.note ? ` Library: ${q.library.note}.` : ""}`)
    .join("\n");
  return `# API benchmark, ${info.date}

Dealgraph against the Neo4j GraphQL Library (@neo4j/graphql) and against raw Cypher through
neo4j-driver (the floor), on one embedded Neo4j, in one run (\`npm run bench\`; docs/benchmarks.md
says how it works and how to read it).

- Machine: ${info.machine}
- Versions: ${info.versions}
- Load average (1 min) while it ran: ${info.load}
- Settings: ${info.settings}
- Data: ${info.loads.join("; ")}

${markdownTable(rows)}

p50/p95: latency one request at a time. req/s: throughput with a fixed number of requests in
flight. Dealgraph's columns are cold: its response cache off. D/L and D/R: Dealgraph divided
by the library and by raw Cypher (for p95, lower is better; for req/s, higher). Round trips:
queries sent to Neo4j per request. Same answer: probed inputs on which the library's and raw
Cypher's answer digests equal Dealgraph's (n/a where the library answers a neighbouring
question). Warm: Dealgraph with its response cache on, asked the same inputs after the same
warm-up, so most answers come from the cache; warm p95 / cold p95 is its p95 divided by
Dealgraph cold's, and same answer warm counts the probes on which its answer's digest equals
Dealgraph cold's.

![p95 latency against data size](${chartFile})

## The queries

${notes}

## Targets, on this run

The issue's goals, on the cold figures (Dealgraph with its response cache off):

${checks.map((c) => `- ${c.status === "not met" ? "**not met**" : c.status}: ${c.target}: ${c.detail}`).join("\n")}

Warm (Dealgraph with its response cache on), for comparison; not goals:

${warm.map((line) => `- ${line}`).join("\n")}
`;
}

/** The chart shows the cold figures only. */
type Charted = Exclude<System, "dealgraph-warm">;
const COLORS: Record<Charted, string> = { dealgraph: "#1f77b4", library: "#d62728", raw: "#2ca02c" };
const LABELS: Record<Charted, string> = { dealgraph: "Dealgraph (cold)", library: "Neo4j GraphQL Library", raw: "raw Cypher" };

/** A power of ten in ms as a short axis label: "0.1 ms", "100 ms", "10 s". */
export function axisLabel(ms: number): string {
  if (ms >= 1000) return `${ms / 1000} s`;
  return `${ms >= 1 ? ms : ms.toFixed(1)} ms`;
}

/** Small multiples, one panel per query: p95 latency (log) against deals (log), a line per system. */
export function svgChart(rows: readonly ResultRow[], title: string): string {
  const queries = [...new Set(rows.map((r) => r.query))];
  const sizes = [...new Set(rows.map((r) => r.deals))].sort((a, b) => a - b);
  const cols = 3;
  const pw = 300;
  const ph = 210;
  const m = { l: 48, r: 12, t: 28, b: 34 };
  const width = cols * pw;
  const height = Math.ceil(queries.length / cols) * ph + 56;
  const all = rows.flatMap((r) => (Object.keys(COLORS) as Charted[]).map((s) => r.cells[s].p95)).filter((v) => v > 0 && Number.isFinite(v));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const xs = sizes.length > 1 ? [Math.log10(sizes[0]!), Math.log10(sizes.at(-1)!)] : [Math.log10(sizes[0]!) - 1, Math.log10(sizes[0]!) + 1];
  const parts: string[] = [];
  parts.push(`<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${title}</text>`);
  queries.forEach((q, i) => {
    const ox = (i % cols) * pw;
    const oy = 30 + Math.floor(i / cols) * ph;
    const x = (n: number) => ox + m.l + ((Math.log10(n) - xs[0]!) / (xs[1]! - xs[0]!)) * (pw - m.l - m.r);
    const y = (v: number) => oy + m.t + (1 - (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (ph - m.t - m.b);
    parts.push(`<text x="${ox + pw / 2}" y="${oy + 16}" text-anchor="middle" font-size="12" font-weight="bold">${q}</text>`);
    parts.push(`<rect x="${ox + m.l}" y="${oy + m.t}" width="${pw - m.l - m.r}" height="${ph - m.t - m.b}" fill="none" stroke="#ccc"/>`);
    for (let d = lo; d <= hi; d *= 10) {
      parts.push(`<line x1="${ox + m.l}" x2="${ox + pw - m.r}" y1="${y(d)}" y2="${y(d)}" stroke="#eee"/>`);
      parts.push(`<text x="${ox + m.l - 4}" y="${y(d) + 4}" text-anchor="end" font-size="10">${axisLabel(d)}</text>`);
    }
    for (const s of sizes) parts.push(`<text x="${x(s)}" y="${oy + ph - m.b + 14}" text-anchor="middle" font-size="10">${formatCount(s)}</text>`);
    for (const system of Object.keys(COLORS) as Charted[]) {
      const points = sizes
        .map((s) => rows.find((r) => r.query === q && r.deals === s)?.cells[system].p95)
        .map((v, k) => (v && Number.isFinite(v) ? `${x(sizes[k]!).toFixed(1)},${y(v).toFixed(1)}` : null))
        .filter((p): p is string => p !== null);
      if (points.length > 1) parts.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${COLORS[system]}" stroke-width="2"/>`);
      for (const p of points) parts.push(`<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3" fill="${COLORS[system]}"/>`);
    }
  });
  (Object.keys(COLORS) as Charted[]).forEach((system, k) => {
    const lx = 20 + k * 220;
    parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${height - 14}" y2="${height - 14}" stroke="${COLORS[system]}" stroke-width="3"/>`);
    parts.push(`<text x="${lx + 30}" y="${height - 10}" font-size="12">${LABELS[system]}</text>`);
  });
  parts.push(`<text x="${width - 10}" y="${height - 10}" text-anchor="end" font-size="11" fill="#555">p95 latency (log) against deals in the graph (log)</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
${parts.join("\n")}
</svg>
`;
}
