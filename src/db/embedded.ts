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
import { spawn, type ChildProcess } from "node:child_process";
import fsp from "node:fs/promises";
import path from "node:path";
import { ensureLauncherBuilt } from "./embedded/build.js";
import { boltAnswers, choosePort, describeFailure, stopChild, verifyBolt, waitForReady } from "./embedded/process.js";
import { isLauncherProcess, readRecord, removeRecordSync, watchReused, writeRecord } from "./embedded/record.js";
import { indent, LineTail } from "./embedded/text.js";
import { LAUNCHER_CLASS, TAIL_LINES, type EmbeddedNeo4j, type EmbeddedNeo4jOptions, type LauncherRecord, type Log } from "./embedded/types.js";

export { ensureLauncherBuilt };
export type { EmbeddedNeo4j, EmbeddedNeo4jOptions, EnsureLauncherOptions, LauncherPaths, Log } from "./embedded/types.js";

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

  const args = launcherArgs(opts, launcher.classpath, dataDir, host, port);
  const startedAt = Date.now();
  log(`starting embedded Neo4j on ${dataDir} (port ${port}, heap ${opts.heap}, page cache ${opts.pageCache})`);
  // stdin: a pipe this process never writes to nor closes; its end tells the launcher we are gone.
  const child = spawn(opts.commands?.java ?? "java", args, { stdio: ["pipe", "pipe", "pipe"], detached: false });
  child.stdin!.on("error", () => {}); // EPIPE once the launcher has exited: nothing to tell it any more
  const { exited, stderr } = watchChild(child);

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

/** The launcher's command line: JVM options, then what Neo4j should use and whom to follow. */
function launcherArgs(opts: EmbeddedNeo4jOptions, classpath: string, dataDir: string, host: string, port: number): string[] {
  return [
    `-Xmx${opts.heap}`,
    // A database that ran out of memory is better gone (and reported) than half alive.
    "-XX:+ExitOnOutOfMemoryError",
    "-cp",
    classpath,
    LAUNCHER_CLASS,
    ...["--data", dataDir, "--host", host, "--port", String(port), "--pagecache", opts.pageCache],
    ...(opts.txTimeoutMs ? ["--tx-timeout", `${opts.txTimeoutMs}ms`] : []),
    ...(opts.bookmarkTimeoutMs ? ["--bookmark-timeout", `${Math.max(1_000, opts.bookmarkTimeoutMs)}ms`] : []),
    // The launcher shuts down when this process is gone: its stdin pipe closes, or this pid ends.
    ...["--parent", String(process.pid)],
  ];
}

/** How the launcher ended, once it has (its last words on stderr read), and the tail of its stderr. */
function watchChild(child: ChildProcess): { exited: Promise<string>; stderr: LineTail } {
  const exited = new Promise<string>((resolve) =>
    // "close": the launcher's last words on stderr have been read by then.
    child.once("close", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)),
  );
  const stderr = new LineTail(TAIL_LINES);
  child.stderr!.setEncoding("utf8").on("data", (s: string) => stderr.push(s));
  child.on("error", (e) => stderr.push(`\n(node: ${e.message})\n`));
  return { exited, stderr };
}
