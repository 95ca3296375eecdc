// The mixed read/write run of `npm run bench:load -- --mixed`: readers sending the
// dashboard's own operations (web/src/dashboard/queries.ts) and a deal list, while
// editors load articles through `ingestArticle`, for a few rounds of fixed length. Per
// round: requests, errors (each one shown), p50/p95/p99 per kind, req/s, and the API
// process's resident memory (VmRSS from /proc/<pid>/status) before, after and at its
// peak, and its V8 heap in use (from its /metrics), so growth from round to round shows.
//
// Readers and writers are closed loops (send, wait for the answer, send the next), each
// with its own connection, written here rather than with autocannon so that every
// latency is filed under the operation that produced it and every error is kept whole.
// A round stops sending at its deadline and waits for the answers in flight (each bounded
// by the client's timeout), so a round lasts at most `seconds` + `timeoutMs`.
import { readFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { realisticFollowUps } from "../../src/bench/realistic.js";
import type { GeneratedArticle } from "../../src/bench/compare/generate.js";
import { Db } from "../../src/db/db.js";
import type { Driver } from "neo4j-driver";
import { DEAL_GRAPH, ENTITY, INVESTMENT, SEARCH } from "../../web/src/dashboard/queries.js";

export interface MixedOptions {
  readers: number;
  writers: number;
  rounds: number;
  /** Length of each round (sending stops then). */
  seconds: number;
  /** Length of the warm-up before the first round: compiled plans, JIT, pools. */
  warmUpSeconds: number;
  /** An editor token of the API (API_TOKENS), for ingestArticle. */
  token: string;
  /** The API process, to read its memory; without it, memory is not reported. */
  apiPid?: number;
  /** How long the client waits for one answer before counting it as an error. */
  timeoutMs: number;
  log: (message: string) => void;
}

type Kind = string;

interface Sample {
  kind: Kind;
  ms: number;
}

interface Failure {
  kind: Kind;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  code: string;
  message: string;
}

export interface Round {
  round: number;
  seconds: number;
  samples: Sample[];
  failures: Failure[];
  /** Resident memory of the API process, MiB. */
  rss?: { before: number; after: number; peak: number };
  /** The API's V8 heap in use (its /metrics), MiB: what RSS holds beyond code, buffers and free heap. */
  heap?: { before: number; after: number };
}

const MUTATION = "mutation BenchIngest($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome } }";

// A deal list as an analyst's page asks it: one investor's deals, largest first.
const DEAL_LIST = /* GraphQL */ `
  query BenchDealList($investorId: ID!) {
    investments(where: { investorId: $investorId }, orderBy: { field: AMOUNT_USD, direction: DESC }, first: 20) {
      totalCount
      edges { node { id kind announcedOn amount { value currency usd } target { id name }
        investors { ... on Company { id name } ... on Person { id name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Read {
  kind: Kind;
  weight: number;
  bodies: string[];
}

/** The readers' mix, with ids and names from the graph: the 200 most connected companies, the hubs among them. */
async function readMix(driver: Driver): Promise<Read[]> {
  const db = new Db(driver);
  const companies = await db.read<{ id: string; name: string; alias: string | null }>(
    "// bench.mixed.companies\nMATCH (c:Company) RETURN c.id AS id, c.name AS name, c.aliases[0] AS alias ORDER BY COUNT { (c)--() } DESC, c.id LIMIT 200",
  );
  const investors = await db.read<{ id: string }>(
    "// bench.mixed.investors\nMATCH (c:Company)-[:INVESTED]->(:Investment) WITH c, count(*) AS n ORDER BY n DESC, c.id LIMIT 100 RETURN c.id AS id",
  );
  const deals = await db.read<{ id: string }>(
    "// bench.mixed.deals\nMATCH (i:Investment) RETURN i.id AS id ORDER BY COUNT { (i)-[:SOURCED_FROM]->() } DESC, i.id LIMIT 200",
  );
  if (!companies.length || !investors.length || !deals.length) throw new Error("the graph is empty: nothing to read");
  const body = (operationName: string, query: string, variables: Record<string, unknown>) => JSON.stringify({ operationName, query, variables });
  return [
    { kind: "profile", weight: 25, bodies: companies.map((c) => body("DashboardEntity", ENTITY, { id: c.id })) },
    { kind: "deal list", weight: 20, bodies: investors.map((c) => body("BenchDealList", DEAL_LIST, { investorId: c.id })) },
    {
      kind: "search",
      weight: 25,
      bodies: companies.flatMap((c) => [body("DashboardSearch", SEARCH, { text: c.name.slice(0, 6) }), ...(c.alias ? [body("DashboardSearch", SEARCH, { text: c.alias })] : [])]),
    },
    {
      kind: "deal graph",
      weight: 20,
      bodies: companies.map((c) =>
        body("DashboardDealGraph", DEAL_GRAPH, {
          ids: [c.id],
          depth: 1,
          where: { edgeTypes: ["INVESTED_IN", "HOLDS_ROLE"], kinds: ["EQUITY_STAKE", "FUNDING_ROUND", "ACQUISITION", "LICENSE_AND_HIRE"] },
        }),
      ),
    },
    { kind: "deal sources", weight: 10, bodies: deals.map((d) => body("DashboardInvestment", INVESTMENT, { id: d.id })) },
  ];
}

/** A deterministic PRNG (the same sequence every run), so runs send the same requests. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** VmRSS of `pid` in MiB, from /proc (Linux). */
async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/** `dealgraph_nodejs_heap_size_used_bytes` from the API's /metrics in MiB; undefined when it does not answer. */
async function heapMiB(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) });
    const bytes = Number(/^dealgraph_nodejs_heap_size_used_bytes (\S+)/m.exec(await response.text())?.[1]);
    return Number.isFinite(bytes) ? bytes / 2 ** 20 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the writers send: mostly new articles (the generator's stream after the loaded
 * graph), some sent again unchanged (the API answers UNCHANGED), some sent again with a
 * new title (UPDATED). Shared by all writers, so no two send one new article.
 */
class Articles {
  private readonly fresh = realisticFollowUps();
  private readonly sent: GeneratedArticle[] = [];
  private edits = 0;
  constructor(private readonly random: () => number) {}

  next(): { kind: Kind; article: GeneratedArticle } {
    const roll = this.random();
    if (this.sent.length >= 2 && roll < 0.3) {
      const again = this.sent[Math.floor(this.random() * this.sent.length)]!;
      if (roll < 0.2) return { kind: "ingest re-sent", article: again };
      const edited = { ...again, title: `${again.title} (edit ${++this.edits})` };
      this.sent[this.sent.indexOf(again)] = edited;
      return { kind: "ingest edited", article: edited };
    }
    const article = this.fresh.next().value as GeneratedArticle;
    this.sent.push(article);
    return { kind: "ingest new", article };
  }
}

/** POST /graphql over `agent`; the status and the body's text. */
function post(url: string, agent: Agent, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers }, signal: AbortSignal.timeout(timeoutMs) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Sends one request; files its latency, or its failure with what the server said. */
async function send(url: string, agent: Agent, kind: Kind, body: string, headers: Record<string, string>, timeoutMs: number, round: Round): Promise<void> {
  const started = performance.now();
  let status: number;
  let text: string;
  try {
    ({ status, text } = await post(url, agent, body, headers, timeoutMs));
  } catch (error) {
    round.failures.push({ kind, status: 0, code: (error as Error).name, message: (error as Error).message });
    return;
  }
  const ms = performance.now() - started;
  let parsed: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (status !== 200 || !parsed || parsed.errors?.length) {
    const first = parsed?.errors?.[0];
    round.failures.push({ kind, status, code: first?.extensions?.code ?? "-", message: first?.message ?? text.slice(0, 200) });
    return;
  }
  round.samples.push({ kind, ms });
}

async function runRound(url: string, round: number, reads: Read[], articles: Articles, options: MixedOptions, seconds: number): Promise<Round> {
  const result: Round = { round, seconds: 0, samples: [], failures: [] };
  const random = lcg(1000 + round);
  const total = reads.reduce((s, r) => s + r.weight, 0);
  const pickRead = () => {
    let u = random() * total;
    const read = reads.find((r) => (u -= r.weight) < 0) ?? reads[0]!;
    return { kind: read.kind, body: read.bodies[Math.floor(random() * read.bodies.length)]! };
  };
  // One connection per reader and per writer, as separate clients would have.
  const agent = new Agent({ keepAlive: true, maxSockets: options.readers + options.writers });
  const heapBefore = await heapMiB(url);
  const rss = options.apiPid ? { before: await rssMiB(options.apiPid), after: 0, peak: 0 } : undefined;
  if (rss) rss.peak = rss.before;
  const sampler =
    rss &&
    setInterval(() => {
      rssMiB(options.apiPid!).then((m) => void (rss.peak = Math.max(rss.peak, m)), () => undefined);
    }, 250);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const editor = { authorization: `Bearer ${options.token}` };
  const reader = async () => {
    while (performance.now() < deadline) {
      const { kind, body } = pickRead();
      await send(url, agent, kind, body, {}, options.timeoutMs, result);
    }
  };
  const writer = async () => {
    while (performance.now() < deadline) {
      const { kind, article } = articles.next();
      await send(url, agent, kind, JSON.stringify({ operationName: "BenchIngest", query: MUTATION, variables: { input: article } }), editor, options.timeoutMs, result);
    }
  };
  try {
    await Promise.all([...Array.from({ length: options.readers }, reader), ...Array.from({ length: options.writers }, writer)]);
  } finally {
    result.seconds = (performance.now() - started) / 1000;
    if (sampler) clearInterval(sampler);
    agent.destroy();
  }
  if (rss) {
    rss.after = await rssMiB(options.apiPid!);
    rss.peak = Math.max(rss.peak, rss.after);
    result.rss = rss;
  }
  const heapAfter = await heapMiB(url);
  if (heapBefore !== undefined && heapAfter !== undefined) result.heap = { before: heapBefore, after: heapAfter };
  return result;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}
const fmt = (x: number) => (Number.isNaN(x) ? "-" : x < 10 ? x.toFixed(1) : x.toFixed(0));

interface Stats {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(round: Round, kinds: Kind[]): Stats {
  const ms = round.samples.filter((s) => kinds.includes(s.kind)).map((s) => s.ms).sort((a, b) => a - b);
  const errors = round.failures.filter((f) => kinds.includes(f.kind)).length;
  return {
    requests: ms.length + errors,
    errors,
    rps: (ms.length + errors) / round.seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
  };
}

/** The rows of a report: each kind, then reads and writes together. */
function groups(reads: Read[]): Array<{ label: string; kinds: Kind[] }> {
  const readKinds = reads.map((r) => r.kind);
  const writeKinds = ["ingest new", "ingest re-sent", "ingest edited"];
  return [
    ...readKinds.map((k) => ({ label: k, kinds: [k] })),
    { label: "**all reads**", kinds: readKinds },
    ...writeKinds.map((k) => ({ label: k, kinds: [k] })),
    { label: "**all writes**", kinds: writeKinds },
  ];
}

function roundTable(round: Round, reads: Read[]): string[] {
  const rows = groups(reads).map(({ label, kinds }) => {
    const s = stats(round, kinds);
    return `| ${label} | ${s.requests} | ${s.errors} | ${s.rps.toFixed(1)} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.max)} |`;
  });
  const failures = new Map<string, number>();
  for (const f of round.failures) {
    const key = `${f.kind}: HTTP ${f.status || "none"}, ${f.code}: ${f.message}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
  }
  return [
    `### Round ${round.round} (${round.seconds.toFixed(1)} s)`,
    "",
    "| kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    round.rss
      ? `API process memory (VmRSS): ${round.rss.before.toFixed(0)} MiB before, ${round.rss.after.toFixed(0)} MiB after, ${round.rss.peak.toFixed(0)} MiB at its peak.`
      : "API process memory: not measured (no --api-pid).",
    ...(round.heap ? [`V8 heap in use (/metrics): ${round.heap.before.toFixed(0)} MiB before, ${round.heap.after.toFixed(0)} MiB after.`] : []),
    "",
    ...(failures.size ? ["Errors:", "", ...[...failures].map(([what, n]) => `- ${n} × ${what}`), ""] : ["Errors: none.", ""]),
  ];
}

function sideBySide(rounds: Round[], reads: Read[]): string[] {
  const head = `| | ${rounds.map((r) => `round ${r.round}`).join(" | ")} |`;
  const rule = `|---|${rounds.map(() => "---:").join("|")}|`;
  const line = (label: string, f: (r: Round) => string) => `| ${label} | ${rounds.map(f).join(" | ")} |`;
  const lines = groups(reads).map(({ label, kinds }) =>
    line(`${label}: requests, p50 / p95 / p99 ms`, (r) => {
      const s = stats(r, kinds);
      return `${s.requests}, ${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}`;
    }),
  );
  const readKinds = reads.map((r) => r.kind);
  return [
    head,
    rule,
    line("reads per second", (r) => stats(r, readKinds).rps.toFixed(1)),
    line("writes per second", (r) => stats(r, ["ingest new", "ingest re-sent", "ingest edited"]).rps.toFixed(1)),
    line("errors", (r) => String(r.failures.length)),
    ...lines,
    line("API RSS before → after (peak), MiB", (r) => (r.rss ? `${r.rss.before.toFixed(0)} → ${r.rss.after.toFixed(0)} (${r.rss.peak.toFixed(0)})` : "-")),
    line("API V8 heap in use before → after, MiB", (r) => (r.heap ? `${r.heap.before.toFixed(0)} → ${r.heap.after.toFixed(0)}` : "-")),
  ];
}

/**
 * Runs a warm-up (`warmUpSeconds`, not counted), then `rounds` rounds, with a pause between them for
 * the API to settle. Returns the report's Markdown lines and the rounds.
 */
export async function runMixed(url: string, driver: Driver, options: MixedOptions): Promise<{ lines: string[]; rounds: Round[] }> {
  const reads = await readMix(driver);
  const articles = new Articles(lcg(99));
  options.log(`mixed: ${options.readers} readers (${reads.map((r) => `${r.kind} ${r.weight}%`).join(", ")}) and ${options.writers} writers (ingestArticle)`);
  options.log(`warming up (${options.warmUpSeconds} s, not counted)`);
  const warmUp = await runRound(url, 0, reads, articles, options, options.warmUpSeconds);
  const warmUpNote = `Warm-up (${options.warmUpSeconds} s, not counted): ${warmUp.samples.length + warmUp.failures.length} requests, ${warmUp.failures.length} errors${
    warmUp.failures.length ? ` (${[...new Set(warmUp.failures.map((f) => `${f.kind}: ${f.code}`))].join("; ")})` : ""
  }.`;
  options.log(warmUpNote);
  const rounds: Round[] = [];
  for (let i = 1; i <= options.rounds; i++) {
    await new Promise((r) => setTimeout(r, 3000));
    options.log(`round ${i} of ${options.rounds}: ${options.seconds} s`);
    const round = await runRound(url, i, reads, articles, options, options.seconds);
    const all = stats(round, [...reads.map((r) => r.kind), "ingest new", "ingest re-sent", "ingest edited"]);
    options.log(
      `  ${all.requests} requests (${all.rps.toFixed(0)}/s), ${round.failures.length} errors, p99 ${fmt(all.p99)} ms` +
        (round.rss ? `, API RSS ${round.rss.before.toFixed(0)} -> ${round.rss.after.toFixed(0)} MiB (peak ${round.rss.peak.toFixed(0)})` : "") +
        (round.heap ? `, heap ${round.heap.before.toFixed(0)} -> ${round.heap.after.toFixed(0)} MiB` : ""),
    );
    for (const f of round.failures.slice(0, 5)) options.log(`  error: ${f.kind}: HTTP ${f.status || "none"}, ${f.code}: ${f.message}`);
    rounds.push(round);
  }
  const lines = [
    warmUpNote,
    "",
    "## Side by side",
    "",
    ...sideBySide(rounds, reads),
    "",
    ...rounds.flatMap((r) => roundTable(r, reads)),
  ];
  return { lines, rounds };
}
