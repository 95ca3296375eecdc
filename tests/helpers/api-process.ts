// The API as `npm start` runs it (src/index.ts in a node process of its own) on 127.0.0.1 and a
// free port, its log lines kept: for tests that kill it, or kill what it runs on. Without
// NEO4J_URI in `env` it starts (or reuses) the embedded Neo4j on the given NEO4J_DATA_DIR.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every line it wrote, stdout and stderr. */
  lines: string[];
  /** Its JSON log lines, parsed. */
  logs(): Array<Record<string, any>>;
  /** Settles with the exit code or signal once the process has ended. */
  exited: Promise<number | string>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the API and resolves once it listens (not necessarily ready: see /ready).
 *
 * @example
 *   const api = await spawnApi({ NEO4J_DATA_DIR: dir, API_TOKENS: "editor-token-123456" });
 *   await fetch(`${api.url}/ready`);
 */
export async function spawnApi(env: Record<string, string>, startTimeoutMs = 120_000): Promise<ApiProcess> {
  const inherited = { ...process.env };
  // The test run's own database (global-setup) is in the environment; this API picks its own.
  delete inherited.NEO4J_URI;
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...inherited, NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", SEED_PATH: "seeds", ...env },
  });
  const lines: string[] = [];
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not listen within ${startTimeoutMs / 1000} s:\n${lines.join("\n")}`)), startTimeoutMs);
    const collect = (stream: NodeJS.ReadableStream) => {
      let buffer = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buffer += chunk;
        const parts = buffer.split("\n");
        buffer = parts.pop()!;
        for (const line of parts) {
          lines.push(line);
          const m = /listening on (http:\/\/[^\s,"]+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        }
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${how}) before it listened:\n${lines.join("\n")}`));
    });
  });
  const logs = () =>
    lines.flatMap((l) => {
      if (!l.startsWith("{")) return [];
      try {
        return [JSON.parse(l) as Record<string, any>];
      } catch {
        return [];
      }
    });
  return { child, pid: child.pid!, url, lines, logs, exited };
}

/** The pid and Bolt URI of the launcher serving `dataDir` (its launcher.json), if any. */
export function launcherOn(dataDir: string): { pid: number; uri: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, "launcher.json"), "utf8"));
  } catch {
    return undefined;
  }
}

/** Whether `pid` has ended (a zombie waiting for its reaper counts as ended). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    // /proc/<pid>/stat: "pid (name) S ...", the state after the closing parenthesis.
    return /\)\s+Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** Polls every 50 ms until `pid` has ended; resolves how long that took, or rejects after `withinMs`. */
export async function waitUntilGone(pid: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!processGone(pid)) {
    if (Date.now() - started > withinMs) throw new Error(`pid ${pid} still runs after ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}
