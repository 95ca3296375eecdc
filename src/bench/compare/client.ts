// The benchmark's client: one way to ask each system (GraphQL over HTTP with keep-alive for
// Dealgraph, cold and warm, and the library, the same code for all; a read transaction
// through the driver for raw Cypher), and the two measurements: latency one request at a
// time, and throughput with a fixed number of requests in flight.
import http from "node:http";
import neo4j, { type Driver } from "neo4j-driver";
import type { BenchQuery, Vars } from "./queries.js";

/**
 * What is measured: Dealgraph with its response cache off ("dealgraph", the cold figures
 * every comparison is made on), the library, raw Cypher, and Dealgraph with the cache on
 * ("dealgraph-warm": the same code and documents, a process of its own).
 */
export type System = "dealgraph" | "library" | "raw" | "dealgraph-warm";
export const SYSTEMS: readonly System[] = ["dealgraph", "library", "raw", "dealgraph-warm"];
/** The systems served over HTTP, each by a process of its own (serve.ts). */
export type ServedSystem = Exclude<System, "raw">;

/** Asks `query` with `input`; resolves to the answer (GraphQL data, or the rows), rejects on any error. */
export type Ask = (query: BenchQuery, input: Vars) => Promise<unknown>;

/**
 * A GraphQL endpoint over HTTP: POST application/json, keep-alive, up to `sockets`
 * connections; it sends `system`'s document of each query (Dealgraph's for dealgraph-warm).
 */
export function graphqlClient(url: string, system: ServedSystem, sockets: number): { ask: Ask; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port, pathname } = new URL(url);
  const ask: Ask = (query, input) => {
    const side = query[system === "library" ? "library" : "dealgraph"];
    const body = JSON.stringify({ query: side.query, variables: side.variables(input) });
    return new Promise((resolve, reject) => {
      const req = http.request(
        { agent, hostname, port, path: pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data?: unknown; errors?: Array<{ message: string }> };
              if (answer.errors?.length || res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${answer.errors?.map((e) => e.message).join("; ")}`));
              else resolve(answer.data);
            } catch (error) {
              reject(error);
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };
  return { ask, close: () => agent.destroy() };
}

/**
 * Raw Cypher: the query's statement as an auto-commit read (one write to the socket, no
 * COMMIT: the cheapest way to send one statement, as Dealgraph sends a lone read), records
 * as plain objects.
 */
export function rawClient(driver: Driver): Ask {
  return async (query, input) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query.raw.cypher, query.raw.params(input));
      return result.records.map((r) => plain(r.toObject()));
    } finally {
      await session.close();
    }
  };
}

/** Driver integers to numbers, so the floor hands back what a client could use. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export interface LatencySample {
  ms: number[];
  errors: number;
  firstError?: string;
}

/** Up to `max` requests one after the other, stopping after `budgetMs`; inputs in turn from `offset`. */
export async function measureLatency(ask: Ask, query: BenchQuery, inputs: Vars[], offset: number, max: number, budgetMs: number): Promise<LatencySample> {
  const out: LatencySample = { ms: [], errors: 0 };
  const end = performance.now() + budgetMs;
  for (let i = 0; i < max && performance.now() < end; i++) {
    const started = performance.now();
    try {
      await ask(query, inputs[(offset + i) % inputs.length]!);
      out.ms.push(performance.now() - started);
    } catch (error) {
      out.errors++;
      out.firstError ??= String(error).slice(0, 300);
    }
  }
  return out;
}

export interface ThroughputSample {
  completed: number;
  seconds: number;
  errors: number;
  firstError?: string;
}

/** `concurrency` requests in flight for `ms` (each worker sends the next when one returns). */
export async function measureThroughput(ask: Ask, query: BenchQuery, inputs: Vars[], offset: number, concurrency: number, ms: number): Promise<ThroughputSample> {
  const out: ThroughputSample = { completed: 0, seconds: 0, errors: 0 };
  const started = performance.now();
  const end = started + ms;
  let next = offset;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        try {
          await ask(query, inputs[next++ % inputs.length]!);
          out.completed++;
        } catch (error) {
          out.errors++;
          out.firstError ??= String(error).slice(0, 300);
        }
      }
    }),
  );
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

/** The p-th percentile (0-100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
