// `<dataDir>/launcher.json` and the processes behind it: which launcher serves a data directory,
// whether its pid is still that launcher, and watching one that another process started.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { LAUNCHER_CLASS, REUSED_POLL_MS, type EmbeddedNeo4j, type LauncherRecord } from "./types.js";


/** Another process's launcher, watched by its pid: it ends when its owner ends or stops it. */
export function watchReused(running: LauncherRecord): EmbeddedNeo4j {
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


export function readRecord(file: string): LauncherRecord | undefined {
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

export async function writeRecord(file: string, record: LauncherRecord): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
  await fsp.rename(tmp, file);
}

/** Removes the record only if it is still ours: a newer launcher may have replaced it. */
export function removeRecordSync(file: string, pid: number | undefined): void {
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
export function isLauncherProcess(pid: number): boolean {
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
export function launchersOn(dataDir: string): number[] {
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
