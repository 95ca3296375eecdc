// Whether the database is reachable, as the API last saw it: a circuit breaker. Once a
// transaction finds the database unreachable, requests fail at once with
// SERVICE_UNAVAILABLE instead of each waiting out the driver's connection and retry
// time, and a probe asks the database every second until it answers again.
import neo4j, { type Driver } from "neo4j-driver";
import { isDatabaseUnavailable } from "./errors.js";

const PROBE_TIMEOUT_MS = 2_000;

export interface DatabaseHealthOptions {
  /** How often to probe while the database is down; default 1 s. */
  probeIntervalMs?: number;
  /** Told when the state changes (for logs and metrics). */
  onChange?: (available: boolean, downForMs: number) => void;
}

export type ProbeResult = "ok" | "unreachable" | "error";

/**
 * Runs `RETURN 1` with a two-second limit: "ok", "unreachable" (no answer, or the driver
 * says the database cannot be reached), or "error" (the server answered with an error, such
 * as a database that does not exist). Not through Db: its managed transactions retry, and
 * a probe must answer within its own time limit.
 */
export async function probeDatabase(driver: Driver, database: string | undefined, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const answered = session.run("// health.probe\nRETURN 1 AS ok", {}, { timeout: timeoutMs }).then(
    (): ProbeResult => "ok",
    (error): ProbeResult => (isDatabaseUnavailable(error) ? "unreachable" : "error"),
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ProbeResult>((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), timeoutMs);
  });
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    void answered.finally(() => session.close().catch(() => undefined));
  }
}

/** Whether the database answers `RETURN 1` within two seconds: readiness. */
export async function databaseAnswers(driver: Driver, database: string | undefined): Promise<boolean> {
  return (await probeDatabase(driver, database)) === "ok";
}

/**
 * Whether the database can be reached at all (an error answer is still an answer): the
 * circuit breaker's probe. It waits longer than readiness does: a database that has just
 * restarted answers slowly at first, and is reachable all the same.
 */
export async function databaseReachable(driver: Driver, database: string | undefined): Promise<boolean> {
  return (await probeDatabase(driver, database, 5_000)) !== "unreachable";
}

export class DatabaseHealth {
  private up = true;
  private downSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<boolean> | undefined;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly options: DatabaseHealthOptions = {},
  ) {}

  /** False from the moment the database is seen unreachable until a probe succeeds. */
  get available(): boolean {
    return this.up;
  }

  /** Probes once now (at start-up), so a database that is down from the start is known to be. */
  async start(): Promise<void> {
    await this.check();
  }

  /** Called by Db when a transaction found the database unreachable. */
  reportUnavailable(): void {
    if (!this.up || this.stopped) return;
    this.setUp(false);
    this.schedule();
  }

  /** Probes now (sharing a probe already running), updates the state, and says whether the database answered. */
  check(): Promise<boolean> {
    this.probing ??= this.probe()
      .catch(() => false)
      .then((ok) => {
        this.probing = undefined;
        if (this.stopped) return ok;
        if (ok !== this.up) this.setUp(ok);
        if (!ok) this.schedule();
        return ok;
      });
    return this.probing;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, this.options.probeIntervalMs ?? 1_000);
    this.timer.unref();
  }

  private setUp(up: boolean): void {
    const downFor = up ? Date.now() - this.downSince : 0;
    this.up = up;
    if (!up) this.downSince = Date.now();
    this.options.onChange?.(up, downFor);
  }
}
