// One API under test, in its own process (as it would be deployed), on 127.0.0.1: Dealgraph
// (createServer, production settings) with its response cache off ("dealgraph", the cold
// figures) or on ("dealgraph-warm"), or the Neo4j GraphQL Library (library.ts). Started by
// the benchmark with fork(); it tells its URL and its response cache settings over IPC,
// and on request how many queries it sent to Neo4j since it was last asked (the database
// round trips).
//
//   fork("serve.ts", ["dealgraph" | "dealgraph-warm" | "library", <bolt uri>])
//     ->  { url, cache: { maxBytes, checkMs } }  ;  "count" -> { count }
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../db/driver.js";
import { createServer } from "../../api/server/index.js";
import { serveLibrary } from "./library.js";

/**
 * `driver`, counting every query sent through it: session.run, tx.run in managed and
 * unmanaged transactions, driver.executeQuery. Health probes count too; the benchmark
 * counts on requests of its own, one at a time.
 */
export function countingDriver(driver: Driver, counter: { count: number }): Driver {
  const counted = <F extends (...args: never[]) => unknown>(f: F, self: object) =>
    ((...args: Parameters<F>) => {
      counter.count++;
      return f.apply(self, args);
    }) as F;
  const proxy = <T extends object>(target: T, wrap: (key: PropertyKey, value: (...args: never[]) => unknown) => unknown): T =>
    new Proxy(target, {
      get(t, key) {
        const value: unknown = Reflect.get(t, key, t);
        return typeof value === "function" ? wrap(key, value as (...args: never[]) => unknown) : value;
      },
    });
  const tx = <T extends object>(t: T): T => proxy(t, (key, f) => (key === "run" ? counted(f, t) : f.bind(t)));
  const session = <T extends object>(s: T): T =>
    proxy(s, (key, f) => {
      if (key === "run") return counted(f, s);
      if (key === "beginTransaction") return (...args: never[]) => tx(f.apply(s, args) as object);
      if (key === "executeRead" || key === "executeWrite" || key === "readTransaction" || key === "writeTransaction") {
        return (work: (t: object) => unknown, config?: unknown) => (f as (w: unknown, c: unknown) => unknown).call(s, (t: object) => work(tx(t)), config);
      }
      return f.bind(s);
    });
  return proxy(driver, (key, f) => {
    if (key === "session") return (...args: never[]) => session(f.apply(driver, args) as object);
    if (key === "executeQuery") return counted(f, driver);
    return f.bind(driver);
  });
}

/** The response cache's settings as this process's configuration holds them (undefined where the code has none). */
export interface CacheSettings {
  maxBytes?: number;
  checkMs?: number;
}

/**
 * The response cache's variables for `system`: off for Dealgraph cold (RESPONSE_CACHE_MAX_BYTES=0,
 * whatever the benchmark's environment says); for dealgraph-warm the environment's own
 * settings, else the defaults, except that a 0 there (the cache off) is dropped.
 */
export function cacheEnvironment(system: "dealgraph" | "dealgraph-warm", env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  if (system === "dealgraph") out.RESPONSE_CACHE_MAX_BYTES = "0";
  else if (out.RESPONSE_CACHE_MAX_BYTES !== undefined && Number(out.RESPONSE_CACHE_MAX_BYTES) === 0) delete out.RESPONSE_CACHE_MAX_BYTES;
  return out;
}

async function main(): Promise<void> {
  const [system, uri] = process.argv.slice(2);
  if ((system !== "dealgraph" && system !== "dealgraph-warm" && system !== "library") || !uri) {
    throw new Error(`usage: serve.ts dealgraph|dealgraph-warm|library <bolt uri>, got ${process.argv.slice(2).join(" ")}`);
  }
  // Set in process.env itself too, for any code that reads it there rather than from the config.
  if (system !== "library") {
    const env = cacheEnvironment(system, process.env);
    delete process.env.RESPONSE_CACHE_MAX_BYTES;
    Object.assign(process.env, env);
  }
  // Production settings, no request log: what a deployment runs, minus a log line per request.
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NODE_ENV: "production", LOG_LEVEL: "warn", SEED_ON_START: "false" });
  const counter = { count: 0 };
  const base = createDriver(uri, config);
  const driver = countingDriver(base, counter);

  let url: string;
  let stop: () => Promise<void>;
  if (system !== "library") {
    const server = createServer({ driver, config });
    const { host, port } = await server.listen("127.0.0.1", 0);
    url = `http://${host}:${port}/graphql`;
    stop = () => server.stop();
  } else {
    ({ url, stop } = await serveLibrary(driver, "127.0.0.1", 0));
  }

  process.on("message", (message: unknown) => {
    if (message === "count") {
      process.send!({ count: counter.count });
      counter.count = 0;
    } else if (message === "stop") {
      void stop()
        .then(() => base.close())
        .finally(() => process.exit(0));
    }
  });
  process.on("disconnect", () => process.exit(0));
  // Read loosely: the settings may not exist in this version of src/config.ts.
  const settings = config as unknown as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const cache: CacheSettings = system === "library" ? {} : { maxBytes: num(settings.RESPONSE_CACHE_MAX_BYTES), checkMs: num(settings.RESPONSE_CACHE_CHECK_MS) };
  process.send!({ url, cache });
}

if (process.send) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
