// Starts, finds and stops the embedded Neo4j (tools/neo4j-launcher), used when NEO4J_URI is unset.
//
// One launcher serves one data directory. While it runs, `<dataDir>/launcher.json` records its
// pid and Bolt URI, so a second process on the same directory (`npm run seed` while `npm start`
// runs) uses that database instead of failing on Neo4j's store lock.
//
// A launcher lives only as long as the process that started it (its owner): it is given the
// owner's pid and a pipe on its stdin, and shuts down when either says the owner is gone, even
// after a kill -9 (see Launcher.java). A process that reuses another's launcher does not own it:
// the launcher still follows its owner, and the reuser sees it go (`exited`) like any death.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

export type Log = (msg: string) => void;

/** Where the launcher lives and what `java -cp` needs to run it. */
export interface LauncherPaths {
  dir: string;
  jar: string;
  libDir: string;
  /** `<jar>:<libDir>/*`; java expands the wildcard itself. */
  classpath: string;
}

export interface EnsureLauncherOptions {
  /** Folder holding the launcher's pom.xml; default: tools/neo4j-launcher of this repository. */
  launcherDir?: string;
  /** Command names, replaceable for tests and odd installations. */
  commands?: { java?: string; mvn?: string };
  log?: Log;
}

export interface EmbeddedNeo4jOptions extends EnsureLauncherOptions {
  dataDir: string;
  /** Used when free on `host`; otherwise (or when 0) the OS picks a free port. */
  port: number;
  /** JVM heap, e.g. "2g". */
  heap: string;
  /** Neo4j page cache, e.g. "1g". */
  pageCache: string;
  host?: string;
  /** Neo4j's own transaction timeout; unset means none. */
  txTimeoutMs?: number;
  /** How long Neo4j waits for the write a bookmark names (at least 1 s); unset: its default, 30 s. */
  bookmarkTimeoutMs?: number;
  /** How long the launcher may take to print READY; default 180 s. */
  readyTimeoutMs?: number;
  /**
   * Fail when `port` is taken instead of moving to a free one: a restart must come back where
   * the driver already points.
   */
  strictPort?: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** True when a launcher already running on this data directory was found and used. */
  reused: boolean;
  /**
   * Settles when the launcher process has ended, however (stop() included), with how it ended,
   * e.g. "signal SIGKILL". A reused launcher is not our child: its pid is polled every second
   * until stop(), after which this never settles.
   */
  exited: Promise<string>;
  /** Shuts the launcher down; for a reused one, which belongs to another process, only stops watching it. */
  stop(): Promise<void>;
}

/** Contents of `<dataDir>/launcher.json`. */
interface LauncherRecord {
  pid: number;
  uri: string;
  startedAt: string;
}

const LAUNCHER_CLASS = "dev.dealgraph.launcher.Launcher";
const STOP_TIMEOUT_MS = 30_000;
const REUSED_POLL_MS = 1_000;
const TAIL_LINES = 20;

/**
 * Returns the launcher's jar and library folder, building them with Maven first when they are
 * missing or older than pom.xml or the Java sources.
 *
 * @example
 *   const paths = await ensureLauncherBuilt({ log: (m) => logger.info(m) });
 */
export async function ensureLauncherBuilt(opts: EnsureLauncherOptions = {}): Promise<LauncherPaths> {
  const dir = opts.launcherDir ?? findLauncherDir();
  const java = opts.commands?.java ?? "java";
  const mvn = opts.commands?.mvn ?? "mvn";
  const jar = path.join(dir, "target", "neo4j-launcher.jar");
  const libDir = path.join(dir, "target", "lib");
  const paths: LauncherPaths = { dir, jar, libDir, classpath: `${jar}${path.delimiter}${path.join(libDir, "*")}` };

  checkJava(java);
  if (!needsBuild(paths)) return paths;

  checkTool(mvn, "maven");
  const logFile = path.join(dir, "target", "build.log");
  await fsp.mkdir(path.dirname(logFile), { recursive: true });
  opts.log?.(
    fs.existsSync(paths.jar)
      ? `rebuilding embedded Neo4j launcher (pom.xml or its sources changed)… log: ${logFile}`
      : `building embedded Neo4j launcher (first run, downloads ~120 MB from Maven Central)… log: ${logFile}`,
  );
  const out = fs.openSync(logFile, "w");
  try {
    const code = await new Promise<number | string>((resolve, reject) => {
      const child = spawn(mvn, ["-q", "-B", "-f", path.join(dir, "pom.xml"), "package", "-DskipTests"], {
        stdio: ["ignore", out, out],
      });
      child.once("error", reject);
      child.once("exit", (c, signal) => resolve(c ?? signal ?? "unknown"));
    });
    if (code !== 0 || needsBuild(paths)) {
      throw new Error(
        `building the embedded Neo4j launcher failed (mvn exited with ${code}); see ${logFile}:\n` +
          indent(tailOfFile(logFile)),
      );
    }
  } finally {
    fs.closeSync(out);
  }
  return paths;
}

/**
 * Starts the embedded Neo4j on `dataDir`, or reuses the one already running there, and resolves
 * once Bolt answers.
 *
 * @example
 *   const db = await startEmbeddedNeo4j({ dataDir: ".data/neo4j", port: 7687, heap: "2g", pageCache: "1g" });
 *   const driver = createDriver(db.uri, config);
 *   // ... on shutdown: await driver.close(); await db.stop();
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const host = opts.host ?? "127.0.0.1";
  const recordFile = path.join(dataDir, "launcher.json");
  await fsp.mkdir(dataDir, { recursive: true });

  const running = await findRunningLauncher(recordFile, log);
  if (running) {
    log(`using the embedded Neo4j already running on ${dataDir} (pid ${running.pid}) at ${running.uri}`);
    return watchReused(running);
  }

  const launcher = await ensureLauncherBuilt(opts);
  const port = await choosePort(opts.port, host, opts.strictPort ?? false);
  if (port !== opts.port) {
    log(
      opts.port === 0
        ? `embedded Neo4j: using free port ${port}`
        : `embedded Neo4j: port ${opts.port} is taken on ${host}, using free port ${port} instead`,
    );
  }

  const args = [
    `-Xmx${opts.heap}`,
    // A database that ran out of memory is better gone (and reported) than half alive.
    "-XX:+ExitOnOutOfMemoryError",
    "-cp",
    launcher.classpath,
    LAUNCHER_CLASS,
    ...["--data", dataDir, "--host", host, "--port", String(port), "--pagecache", opts.pageCache],
    ...(opts.txTimeoutMs ? ["--tx-timeout", `${opts.txTimeoutMs}ms`] : []),
    ...(opts.bookmarkTimeoutMs ? ["--bookmark-timeout", `${Math.max(1_000, opts.bookmarkTimeoutMs)}ms`] : []),
    // The launcher shuts down when this process is gone: its stdin pipe closes, or this pid ends.
    ...["--parent", String(process.pid)],
  ];
  const startedAt = Date.now();
  log(`starting embedded Neo4j on ${dataDir} (port ${port}, heap ${opts.heap}, page cache ${opts.pageCache})`);
  // stdin: a pipe this process never writes to nor closes; its end tells the launcher we are gone.
  const child = spawn(opts.commands?.java ?? "java", args, { stdio: ["pipe", "pipe", "pipe"], detached: false });
  child.stdin!.on("error", () => {}); // EPIPE once the launcher has exited: nothing to tell it any more
  const exited = new Promise<string>((resolve) =>
    // "close": the launcher's last words on stderr have been read by then.
    child.once("close", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)),
  );
  const stderr = new LineTail(TAIL_LINES);
  child.stderr!.setEncoding("utf8").on("data", (s: string) => stderr.push(s));
  child.on("error", (e) => stderr.push(`\n(node: ${e.message})\n`));

  // Node does not run this on a signal it does not handle, but the launcher shares the terminal's
  // process group, so Ctrl-C reaches it directly; this covers process.exit() and a normal end.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    removeRecordSync(recordFile, child.pid);
  };
  process.on("exit", killOnExit);

  let uri: string;
  try {
    uri = await waitForReady(child, opts.readyTimeoutMs ?? 180_000);
    await verifyBolt(uri, 10);
  } catch (err) {
    await stopChild(child);
    process.off("exit", killOnExit);
    throw new Error(describeFailure((err as Error).message, dataDir, stderr), { cause: err });
  }

  const pid = child.pid!;
  await writeRecord(recordFile, { pid, uri, startedAt: new Date().toISOString() });
  log(`embedded Neo4j ready at ${uri} (pid ${pid}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  let stopping: Promise<void> | undefined;
  void exited.then((how) => {
    if (stopping) return;
    process.off("exit", killOnExit);
    removeRecordSync(recordFile, pid);
    log(`embedded Neo4j (pid ${pid}) exited unexpectedly (${how}):\n${indent(stderr.text())}`);
  });

  return {
    uri,
    pid,
    reused: false,
    exited,
    stop: () =>
      (stopping ??= (async () => {
        await stopChild(child);
        process.off("exit", killOnExit);
        removeRecordSync(recordFile, pid);
        log(`embedded Neo4j (pid ${pid}) stopped`);
      })()),
  };
}

// ---------------------------------------------------------------------------------------------
// Tools and build

function findLauncherDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tools", "neo4j-launcher");
    if (fs.existsSync(path.join(candidate, "pom.xml"))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`tools/neo4j-launcher/pom.xml not found above ${fileURLToPath(import.meta.url)}`);
    }
  }
}

function missingToolError(problem: string): Error {
  return new Error(
    `the embedded Neo4j needs Java 17+ and Maven, but ${problem}.\n` +
      `  Install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven),\n` +
      `  or set NEO4J_URI to an existing Neo4j 5 (with NEO4J_USER and NEO4J_PASSWORD).`,
  );
}

/** Runs `<cmd> -version`; returns its output, or throws the install advice. */
function checkTool(cmd: string, name: string): string {
  const r = spawnSync(cmd, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw missingToolError(code === "ENOENT" ? `\`${cmd}\` (${name}) was not found on PATH` : `\`${cmd} -version\` failed: ${r.error.message}`);
  }
  if (r.status !== 0) throw missingToolError(`\`${cmd} -version\` exited with ${r.status ?? r.signal}`);
  return `${r.stdout}${r.stderr}`;
}

function checkJava(cmd: string): void {
  const out = checkTool(cmd, "java");
  // `java -version` prints e.g. `openjdk version "17.0.15"` or, before Java 9, `"1.8.0_392"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  if (!m) return; // an unusual build: let the launcher itself say what is wrong
  const major = m[1] === "1" ? Number(m[2]) : Number(m[1]);
  if (major < 17) throw missingToolError(`\`${cmd}\` is Java ${major}`);
}

function needsBuild(paths: LauncherPaths): boolean {
  let jarTime: number;
  try {
    jarTime = fs.statSync(paths.jar).mtimeMs;
    if (!fs.readdirSync(paths.libDir).some((f) => f.endsWith(".jar"))) return true;
  } catch {
    return true;
  }
  const sources = [path.join(paths.dir, "pom.xml")];
  const srcDir = path.join(paths.dir, "src");
  if (fs.existsSync(srcDir)) {
    for (const f of fs.readdirSync(srcDir, { recursive: true, encoding: "utf8" })) sources.push(path.join(srcDir, f));
  }
  return sources.some((f) => fs.statSync(f).mtimeMs > jarTime);
}

// ---------------------------------------------------------------------------------------------
// A launcher that is already running

/** Another process's launcher, watched by its pid: it ends when its owner ends or stops it. */
function watchReused(running: LauncherRecord): EmbeddedNeo4j {
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<string>((resolve) => {
    timer = setInterval(() => {
      if (isLauncherProcess(running.pid)) return;
      clearInterval(timer);
      resolve("gone (it belonged to another process)");
    }, REUSED_POLL_MS);
    // Watching must not keep a process alive that has nothing else to do.
    timer.unref();
  });
  return { uri: running.uri, pid: running.pid, reused: true, exited, stop: async () => clearInterval(timer) };
}

async function findRunningLauncher(recordFile: string, log: Log): Promise<LauncherRecord | undefined> {
  const record = readRecord(recordFile);
  if (!record) return undefined;
  if (isLauncherProcess(record.pid)) {
    if (await boltAnswers(record.uri)) return record;
    log(`embedded Neo4j: pid ${record.pid} from ${recordFile} is running but ${record.uri} does not answer; starting a new one`);
  } else {
    log(`embedded Neo4j: removing stale ${recordFile} (${record.pid > 0 ? `pid ${record.pid} is gone` : "unreadable"})`);
  }
  await fsp.rm(recordFile, { force: true });
  return undefined;
}

function readRecord(file: string): LauncherRecord | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const r = JSON.parse(text) as Partial<LauncherRecord>;
    if (Number.isInteger(r.pid) && typeof r.uri === "string") return r as LauncherRecord;
  } catch {
    // unreadable: treated as stale below
  }
  return { pid: -1, uri: "", startedAt: "" };
}

async function writeRecord(file: string, record: LauncherRecord): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
  await fsp.rename(tmp, file);
}

/** Removes the record only if it is still ours: a newer launcher may have replaced it. */
function removeRecordSync(file: string, pid: number | undefined): void {
  const record = readRecord(file);
  if (record && record.pid === pid) fs.rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Alive, and (where /proc tells) running our launcher: a recycled pid is not reused. */
function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readCmdline(pid);
  return cmdline === undefined || cmdline.includes(LAUNCHER_CLASS);
}

function readCmdline(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return undefined;
  }
}

/** Launchers on this machine serving `dataDir` (Linux only; elsewhere an empty list). */
function launchersOn(dataDir: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    const argv = readCmdline(pid);
    if (!argv?.includes(LAUNCHER_CLASS)) return false;
    const i = argv.indexOf("--data");
    return i >= 0 && path.resolve(argv[i + 1] ?? "") === dataDir;
  });
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping

async function choosePort(wanted: number, host: string, strict: boolean): Promise<number> {
  if (wanted > 0 && (await listenOnce(wanted, host)) !== undefined) return wanted;
  if (strict && wanted > 0) throw new Error(`port ${wanted} on ${host} is taken (the embedded Neo4j must come back on it)`);
  const port = await listenOnce(0, host);
  if (port === undefined) throw new Error(`no free port on ${host} for the embedded Neo4j`);
  return port;
}

/** Binds and releases `port` (0: any); resolves the bound port, or undefined when it is taken. */
function listenOnce(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const bound = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => finish(new Error(`the launcher did not report READY within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = (s: string) => {
      out = (out + s).slice(-4096);
      const m = /^READY (bolt:\/\/\S+)\s*$/m.exec(out);
      if (m) finish(undefined, m[1]);
    };
    // "close", not "exit": by then stderr has been read to the end.
    const onClose = (code: number | null, signal: string | null) =>
      finish(new Error(`the launcher exited (${code ?? signal}) before it was ready`));
    const onError = (e: Error) => finish(new Error(`could not run the launcher: ${e.message}`));
    const finish = (err?: Error, uri?: string) => {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.off("close", onClose);
      child.off("error", onError);
      // Keep reading stdout so the launcher can never block on a full pipe.
      child.stdout!.resume();
      if (err) reject(err);
      else resolve(uri!);
    };
    child.stdout!.setEncoding("utf8").on("data", onData);
    child.once("close", onClose);
    child.once("error", onError);
  });
}

async function boltAnswers(uri: string): Promise<boolean> {
  return (await tryBolt(uri)) === undefined;
}

/** undefined when Bolt at `uri` runs a query-ready handshake, else the driver's error. */
async function tryBolt(uri: string): Promise<Error | undefined> {
  // The embedded database has authentication disabled: any credentials are accepted.
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return undefined;
  } catch (e) {
    return e as Error;
  } finally {
    await driver.close();
  }
}

async function verifyBolt(uri: string, attempts: number): Promise<void> {
  let last: Error | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await tryBolt(uri);
    if (!last) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the launcher reported READY but Bolt at ${uri} does not answer: ${last?.message}`);
}

/** SIGTERM (the launcher shuts Neo4j down cleanly), then SIGKILL after STOP_TIMEOUT_MS. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}

function describeFailure(reason: string, dataDir: string, stderr: LineTail): string {
  const parts = [`embedded Neo4j on ${dataDir} failed to start: ${reason}`];
  const err = stderr.text();
  if (/FileLockException|locked by another process/.test(err)) {
    const holders = launchersOn(dataDir);
    parts.push(
      holders.length > 0
        ? `Its store lock is held by another launcher on the same directory: pid ${holders.join(", ")}. ` +
            `Stop it (kill ${holders.join(" ")}) or use another NEO4J_DATA_DIR.`
        : `Another process holds Neo4j's store lock in ${path.join(dataDir, "data", "databases")}. ` +
            `Stop the Neo4j using ${dataDir}, or use another NEO4J_DATA_DIR.`,
    );
  }
  parts.push(`launcher stderr (last ${TAIL_LINES} lines):\n${indent(err || "(empty)")}`);
  const debugLog = path.join(dataDir, "logs", "debug.log");
  if (fs.existsSync(debugLog)) parts.push(`${debugLog} (last ${TAIL_LINES} lines):\n${indent(tailOfFile(debugLog))}`);
  return parts.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** The last `max` lines written to a stream. */
class LineTail {
  private buf = "";
  constructor(private readonly max: number) {}
  push(s: string): void {
    this.buf = (this.buf + s).slice(-64 * 1024);
  }
  text(): string {
    return this.buf.trimEnd().split("\n").slice(-this.max).join("\n");
  }
}

function tailOfFile(file: string, lines = TAIL_LINES): string {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const size = fs.fstatSync(fd).size;
      const len = Math.min(size, 64 * 1024);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, size - len);
      // Maven colours its output even in batch mode.
      const text = buf.toString("utf8").replace(/\x1b\[[0-9;]*m/g, "");
      return text.trimEnd().split("\n").slice(-lines).join("\n");
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return `(could not read: ${(e as Error).message})`;
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}
