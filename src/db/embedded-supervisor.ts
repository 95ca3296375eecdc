// Keeps the API's embedded Neo4j running: when its process dies (kill -9, out of memory, a
// crash), it is started again on the same data directory and the same port, after a delay
// that doubles while it keeps dying, and /health says "degraded" meanwhile.
//
// The driver is not replaced. It points at the same URI and opens new connections once Neo4j
// listens there again, so /ready comes back through the API's usual database probe (health.ts),
// and requests in between get SERVICE_UNAVAILABLE from the breaker. Only the embedded database
// is supervised here: with NEO4J_URI, the external server's own supervisor restarts it.
import { type EmbeddedNeo4j, type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from "./embedded.js";

/** The subset of the process logger used here (pino's signature). */
export interface SupervisorLog {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

export interface RestartPolicy {
  /** Delay before the first restart; each further death or failed start doubles it. */
  minMs: number;
  /** The longest delay between two attempts. */
  maxMs: number;
  /** Up at least this long, the database is stable again: the next death waits minMs. Default 60 s. */
  stableMs?: number;
}

export interface EmbeddedStatus {
  state: "running" | "restarting" | "stopped";
  /** The launcher's pid while running. */
  pid?: number;
  /** Restarts that succeeded since the API started. */
  restarts: number;
  /** How the last death went, e.g. "signal SIGKILL". */
  lastExit?: string;
  /** While restarting: since when (ISO time), starts that failed, and the last one's error. */
  downSince?: string;
  failedStarts?: number;
  lastError?: string;
}

/** What /health answers: "ok", or "degraded" while the database is being restarted. */
export type HealthBody = { status: "ok" } | ({ status: "degraded"; database: "restarting" | "stopped" } & Omit<EmbeddedStatus, "state" | "pid">);

export interface SupervisedNeo4j {
  /** The Bolt URI, the same across restarts. */
  readonly uri: string;
  status(): EmbeddedStatus;
  health(): HealthBody;
  /** Stops restarting, then stops the launcher if this process started it. */
  stop(): Promise<void>;
}

const STABLE_MS = 60_000;

/**
 * The wait before restart attempt `n` (0 for the first after the database was stable):
 * minMs, 2 × minMs, 4 × minMs, … up to maxMs.
 */
export function restartDelay(n: number, policy: RestartPolicy): number {
  return Math.min(policy.maxMs, policy.minMs * 2 ** Math.min(n, 30));
}

/**
 * Starts (or reuses) the embedded Neo4j as startEmbeddedNeo4j does, and restarts it whenever its
 * process ends while this process still wants it.
 *
 * @example
 *   const neo4j = await superviseEmbeddedNeo4j({ dataDir, port: 7687, heap: "2g", pageCache: "1g" },
 *     { minMs: 1000, maxMs: 30000 }, logger);
 *   const driver = createDriver(neo4j.uri, config);
 *   createServer({ driver, config, liveness: () => neo4j.health() });
 */
export async function superviseEmbeddedNeo4j(options: EmbeddedNeo4jOptions, policy: RestartPolicy, log: SupervisorLog): Promise<SupervisedNeo4j> {
  const first = await startEmbeddedNeo4j(options);
  // Later starts must come back exactly where the driver points, which may be a fallback port
  // or another process's launcher rather than options.port.
  const { hostname, port } = new URL(first.uri);
  return new Supervisor(first, { ...options, host: hostname, port: Number(port), strictPort: true }, policy, log);
}

class Supervisor implements SupervisedNeo4j {
  readonly uri: string;
  private current: EmbeddedNeo4j;
  private state: EmbeddedStatus["state"] = "running";
  private upSince = Date.now();
  /** Deaths and failed starts since the database was last stable: the exponent of the backoff. */
  private streak = 0;
  private restarts = 0;
  private lastExit: string | undefined;
  private downSince = 0;
  private failedStarts = 0;
  private lastError: string | undefined;
  private stopped = false;
  /** Settles on stop(): ends any wait, including on a reused launcher's exit, which stop() ends the watch of. */
  private halt!: () => void;
  private readonly halted = new Promise<void>((resolve) => (this.halt = resolve));
  private readonly loop: Promise<void>;

  constructor(
    first: EmbeddedNeo4j,
    private readonly options: EmbeddedNeo4jOptions,
    private readonly policy: RestartPolicy,
    private readonly log: SupervisorLog,
  ) {
    this.current = first;
    this.uri = first.uri;
    this.loop = this.watch();
  }

  status(): EmbeddedStatus {
    const base = { state: this.state, restarts: this.restarts, ...(this.lastExit ? { lastExit: this.lastExit } : {}) };
    if (this.state === "running") return { ...base, pid: this.current.pid };
    return {
      ...base,
      downSince: new Date(this.downSince).toISOString(),
      failedStarts: this.failedStarts,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  health(): HealthBody {
    const { state, pid: _pid, ...detail } = this.status();
    return state === "running" ? { status: "ok" } : { status: "degraded", database: state, ...detail };
  }

  async stop(): Promise<void> {
    if (this.stopped) return this.loop;
    this.stopped = true;
    this.halt();
    // A start under way finishes first; the loop then stops what it started.
    if (this.state === "running") await this.current.stop();
    this.state = "stopped";
    await this.loop;
  }

  /** One turn per death: wait for it, then try to start again until a start succeeds. */
  private async watch(): Promise<void> {
    for (;;) {
      const how = await Promise.race([this.current.exited, this.halted]);
      if (this.stopped || how === undefined) return;
      const upForMs = Date.now() - this.upSince;
      if (upForMs >= (this.policy.stableMs ?? STABLE_MS)) this.streak = 0;
      this.state = "restarting";
      this.lastExit = how;
      this.downSince = Date.now();
      this.failedStarts = 0;
      this.lastError = undefined;
      this.log.error({ neo4jPid: this.current.pid, exit: how, upForMs }, "embedded Neo4j died: restarting it");

      const next = await this.restart();
      if (!next) return;
      this.current = next;
      this.state = "running";
      this.upSince = Date.now();
      this.restarts += 1;
      this.log.info(
        { neo4jPid: next.pid, reused: next.reused, downForMs: Date.now() - this.downSince, restarts: this.restarts },
        "embedded Neo4j restarted: the API is ready again once it answers",
      );
    }
  }

  /** Attempts with backoff until one succeeds; undefined when stopped meanwhile. */
  private async restart(): Promise<EmbeddedNeo4j | undefined> {
    for (;;) {
      const delayMs = restartDelay(this.streak++, this.policy);
      this.log.warn({ inMs: delayMs, failedStarts: this.failedStarts }, "embedded Neo4j: next start attempt");
      if (!(await this.sleep(delayMs))) return undefined;
      try {
        const next = await startEmbeddedNeo4j(this.options);
        if (this.stopped) {
          await next.stop();
          return undefined;
        }
        if (next.uri !== this.uri) {
          // Only a launcher of another process (reused) can be elsewhere: ours keep the port.
          await next.stop();
          throw new Error(
            `the embedded Neo4j on ${this.options.dataDir} now runs at ${next.uri} (pid ${next.pid}, another process's), ` +
              `but this API's driver points at ${this.uri}: stop that process or restart the API`,
          );
        }
        return next;
      } catch (error) {
        if (this.stopped) return undefined;
        this.failedStarts += 1;
        this.lastError = (error as Error).message.split("\n")[0];
        this.log.error({ err: (error as Error).message, failedStarts: this.failedStarts }, "embedded Neo4j did not start");
      }
    }
  }

  /** Waits `ms`; false when stop() cut the wait short. */
  private async sleep(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const slept = await Promise.race([
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms))),
      this.halted.then(() => false),
    ]);
    clearTimeout(timer);
    return slept;
  }
}
