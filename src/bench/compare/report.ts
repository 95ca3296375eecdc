// The benchmark's outputs: the Markdown table (with the run's machine, versions and load,
// and which targets the run meets) and an SVG chart of p95 latency against data size.
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

export interface ResultRow {
  deals: number;
  query: string;
  cells: Record<System, Cell>;
  /** How many probed inputs gave the same digest as Dealgraph's, per other system ("5/5"), or "n/a". */
  agree: Record<"library" | "raw", string>;
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
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}x` : "–");

/** The Markdown table: one row per size and query. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const head = [
    "| deals | query | Dealgraph p50 / p95 ms | library p50 / p95 ms | raw Cypher p50 / p95 ms | req/s Dealgraph / library / raw | round trips D / L / R | p95 D/L | req/s D/L | p95 D/R | req/s D/R | same answer L, R |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const body = rows.map((r) => {
    const { dealgraph: d, library: l, raw } = r.cells;
    return `| ${formatCount(r.deals)} | ${r.query} | ${ms(d.p50)} / ${ms(d.p95)} | ${ms(l.p50)} / ${ms(l.p95)} | ${ms(raw.p50)} / ${ms(raw.p95)} | ${Math.round(d.rps)} / ${Math.round(l.rps)} / ${Math.round(raw.rps)} | ${d.roundTrips} / ${l.roundTrips} / ${raw.roundTrips} | ${ratio(d.p95, l.p95)} | ${ratio(d.rps, l.rps)} | ${ratio(d.p95, raw.p95)} | ${ratio(d.rps, raw.rps)} | ${r.agree.library}, ${r.agree.raw} |`;
  });
  return [...head, ...body].join("\n");
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

/**
 * The issue's targets, checked on this run's ratios: against the library on the nested
 * (profile) and list queries, against raw Cypher on every query, and the growth of the
 * profile's p95 from the smallest size to the largest.
 */
export function checkTargets(rows: readonly ResultRow[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const sizes = [...new Set(rows.map((r) => r.deals))].sort((a, b) => a - b);
  const at = (q: string) => rows.filter((r) => r.query === q);
  const worst = (values: Array<{ v: number; where: string }>, higherIsBetter: boolean) =>
    values.reduce((w, x) => ((higherIsBetter ? x.v < w.v : x.v > w.v) ? x : w), values[0]!);
  for (const q of ["profile", "deal list"]) {
    const rs = at(q);
    if (!rs.length) continue;
    const rps = worst(rs.map((r) => ({ v: r.cells.dealgraph.rps / r.cells.library.rps, where: formatCount(r.deals) })), true);
    checks.push({ target: `${q}: throughput >= 1.5x the library's`, met: rps.v >= 1.5, detail: `lowest ${rps.v.toFixed(2)}x (at ${rps.where})` });
    const p95 = worst(rs.map((r) => ({ v: r.cells.dealgraph.p95 / r.cells.library.p95, where: formatCount(r.deals) })), false);
    checks.push({ target: `${q}: p95 <= 0.7x the library's`, met: p95.v <= 0.7, detail: `highest ${p95.v.toFixed(2)}x (at ${p95.where})` });
  }
  for (const q of [...new Set(rows.map((r) => r.query))]) {
    const rs = at(q);
    const p95 = worst(rs.map((r) => ({ v: r.cells.dealgraph.p95 / r.cells.raw.p95, where: formatCount(r.deals) })), false);
    const rps = worst(rs.map((r) => ({ v: r.cells.raw.rps / r.cells.dealgraph.rps, where: formatCount(r.deals) })), false);
    checks.push({
      target: `${q}: within 1.3x of raw Cypher (p95 and throughput)`,
      met: p95.v <= 1.3 && rps.v <= 1.3,
      detail: `p95 up to ${p95.v.toFixed(2)}x (at ${p95.where}); raw's throughput up to ${rps.v.toFixed(2)}x Dealgraph's (at ${rps.where})`,
    });
  }
  const profile = at("profile");
  if (sizes.length > 1 && profile.length > 1) {
    const small = profile.find((r) => r.deals === sizes[0])!;
    const large = profile.find((r) => r.deals === sizes.at(-1))!;
    const growth = large.cells.dealgraph.p95 / small.cells.dealgraph.p95;
    checks.push({
      target: `profile (entity lookup): p95 at ${formatCount(large.deals)} deals <= 1.5x the p95 at ${formatCount(small.deals)}`,
      met: growth <= 1.5,
      detail: `${ms(large.cells.dealgraph.p95)} ms vs ${ms(small.cells.dealgraph.p95)} ms: ${growth.toFixed(2)}x${large.deals < 1e6 ? " (1M deals not in this run)" : ""}`,
    });
  }
  return checks;
}

/** The whole Markdown report. */
export function markdownReport(info: RunInfo, queries: readonly BenchQuery[], rows: readonly ResultRow[], chartFile: string): string {
  const checks = checkTargets(rows);
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
flight. D/L and D/R: Dealgraph divided by the library and by raw Cypher (for p95, lower is
better; for req/s, higher). Round trips: queries sent to Neo4j per request. Same answer:
probed inputs on which the library's and raw Cypher's answer digests equal Dealgraph's
(n/a where the library answers a neighbouring question).

![p95 latency against data size](${chartFile})

## The queries

${notes}

## Targets, on this run

${checks.map((c) => `- ${c.met ? "met" : "**not met**"}: ${c.target}: ${c.detail}`).join("\n")}
`;
}

const COLORS: Record<System, string> = { dealgraph: "#1f77b4", library: "#d62728", raw: "#2ca02c" };
const LABELS: Record<System, string> = { dealgraph: "Dealgraph", library: "Neo4j GraphQL Library", raw: "raw Cypher" };

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
  const all = rows.flatMap((r) => Object.values(r.cells).map((c) => c.p95)).filter((v) => v > 0 && Number.isFinite(v));
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
    for (const system of Object.keys(COLORS) as System[]) {
      const points = sizes
        .map((s) => rows.find((r) => r.query === q && r.deals === s)?.cells[system].p95)
        .map((v, k) => (v && Number.isFinite(v) ? `${x(sizes[k]!).toFixed(1)},${y(v).toFixed(1)}` : null))
        .filter((p): p is string => p !== null);
      if (points.length > 1) parts.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${COLORS[system]}" stroke-width="2"/>`);
      for (const p of points) parts.push(`<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3" fill="${COLORS[system]}"/>`);
    }
  });
  (Object.keys(COLORS) as System[]).forEach((system, k) => {
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
