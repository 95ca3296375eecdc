// The launcher as a child process: the port it gets, the READY line it prints, Bolt answering,
// stopping it, and saying why it failed to start.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { launchersOn } from "./record.js";
import { indent, LineTail, tailOfFile } from "./text.js";
import { STOP_TIMEOUT_MS, TAIL_LINES } from "./types.js";


export async function choosePort(wanted: number, host: string, strict: boolean): Promise<number> {
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

export function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
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

export async function boltAnswers(uri: string): Promise<boolean> {
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

export async function verifyBolt(uri: string, attempts: number): Promise<void> {
  let last: Error | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await tryBolt(uri);
    if (!last) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the launcher reported READY but Bolt at ${uri} does not answer: ${last?.message}`);
}

/** SIGTERM (the launcher shuts Neo4j down cleanly), then SIGKILL after STOP_TIMEOUT_MS. */
export async function stopChild(child: ChildProcess): Promise<void> {
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

export function describeFailure(reason: string, dataDir: string, stderr: LineTail): string {
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
