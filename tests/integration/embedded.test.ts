// The embedded Neo4j launcher against the real thing: reuse, stale records, port fallback, locks,
// and the end of a launcher whose owner is gone.
// Each launcher start costs ~10 s, so one launcher serves the tests of the second block.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ensureLauncherBuilt, startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded.js";
import { freePort, waitUntilGone } from "../helpers/api-process.js";
import { closeTestDriver, testDriver } from "../helpers/db.js";

describe("the test run's database", () => {
  afterAll(closeTestDriver);

  it("answers RETURN 1 at the provided URI", async () => {
    const { records } = await testDriver().executeQuery("RETURN 1 AS one");
    expect(records[0]?.get("one").toNumber()).toBe(1);
  });

  it("is also what code reading NEO4J_URI finds", () => {
    expect(loadConfig().NEO4J_URI).toBe(inject("neo4jUri"));
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function returnsOne(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""));
  try {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    return records[0]?.get("one").toNumber() === 1;
  } finally {
    await driver.close();
  }
}

describe("startEmbeddedNeo4j", () => {
  const logs: string[] = [];
  let dataDir: string;
  let record: string;
  let blocker: net.Server;
  let takenPort: number;
  let deadPid: number;
  let db: EmbeddedNeo4j;

  const options = () => ({ dataDir, port: takenPort, heap: "512m", pageCache: "64m", log: (m: string) => logs.push(m) });

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-embedded-"));
    record = path.join(dataDir, "launcher.json");
    // What a killed run leaves behind: a record naming a process that is gone.
    deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;
    await fs.writeFile(record, JSON.stringify({ pid: deadPid, uri: "bolt://127.0.0.1:1", startedAt: "2020-01-01T00:00:00Z" }));
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    takenPort = (blocker.address() as net.AddressInfo).port;

    db = await startEmbeddedNeo4j(options());
  });

  afterAll(async () => {
    await db?.stop();
    await new Promise((resolve) => blocker?.close(resolve));
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it("replaces a stale launcher.json whose process is gone", async () => {
    expect(db.reused).toBe(false);
    expect(logs.join("\n")).toContain(`removing stale ${record} (pid ${deadPid} is gone)`);
    expect(JSON.parse(await fs.readFile(record, "utf8"))).toMatchObject({ pid: db.pid, uri: db.uri });
  });

  it("falls back to a free port when the requested one is taken", async () => {
    const port = Number(new URL(db.uri).port);
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(takenPort);
    expect(logs.join("\n")).toContain(`port ${takenPort} is taken on 127.0.0.1, using free port ${port} instead`);
    expect(await returnsOne(db.uri)).toBe(true);
  });

  it("reuses the launcher already running on the same data directory, and leaves it running", async () => {
    const second = await startEmbeddedNeo4j(options());
    expect(second).toMatchObject({ reused: true, uri: db.uri, pid: db.pid });
    await second.stop();
    expect(isAlive(db.pid)).toBe(true);
    expect(await returnsOne(db.uri)).toBe(true);
  });

  it("names the launcher holding the store lock when the record is missing", async () => {
    const saved = await fs.readFile(record, "utf8");
    await fs.rm(record);
    try {
      const err = await startEmbeddedNeo4j(options()).then(
        (unexpected) => unexpected.stop().then(() => undefined),
        (e: Error) => e,
      );
      expect(err?.message).toContain(`Its store lock is held by another launcher on the same directory: pid ${db.pid}.`);
      expect(err?.message).toContain("FileLockException");
    } finally {
      await fs.writeFile(record, saved);
    }
    expect(await returnsOne(db.uri)).toBe(true);
  });

  it("stops: the process exits and launcher.json is removed", async () => {
    await db.stop();
    expect(isAlive(db.pid)).toBe(false);
    await expect(fs.access(record)).rejects.toThrow();
  });
});

// The launcher run by hand, as embedded.ts runs it, to check each of its two signs of a gone
// owner alone (the API's tests, tests/security/embedded-supervision.test.ts, see both at once).
describe("a launcher given --parent", () => {
  const dirs: string[] = [];
  const started: ChildProcess[] = [];

  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  /** Starts the launcher with `--parent parentPid` and a stdin pipe held by this process; resolves at READY. */
  async function launch(parentPid: number) {
    const paths = await ensureLauncherBuilt();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-parent-"));
    dirs.push(dataDir);
    const args = ["-Xmx512m", "-cp", paths.classpath, "dev.dealgraph.launcher.Launcher"];
    args.push("--data", dataDir, "--port", String(await freePort()), "--pagecache", "64m", "--parent", String(parentPid));
    const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
    started.push(child);
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const exited = new Promise<number | string>((resolve) => child.once("close", (code, signal) => resolve(code ?? signal ?? "?")));
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout!.setEncoding("utf8").on("data", (s: string) => {
        out += s;
        if (/^READY bolt:/m.test(out)) resolve();
      });
      void exited.then((how) => reject(new Error(`the launcher exited (${how}) before READY:\n${stderr}`)));
    });
    return { child, exited, stderr: () => stderr };
  }

  it("shuts Neo4j down and exits when its stdin pipe closes, though the parent still runs", { timeout: 120_000 }, async () => {
    const launcher = await launch(process.pid);
    launcher.child.stdin!.end();
    const ms = await waitUntilGone(launcher.child.pid!, 30_000);
    expect(await launcher.exited).toBe(0);
    expect(launcher.stderr()).toContain("its pipe on stdin was closed");
    process.stderr.write(`[embedded] launcher gone ${ms} ms after its stdin closed\n`);
  });

  it("shuts Neo4j down and exits when the parent's pid ends, though its stdin pipe stays open", { timeout: 120_000 }, async () => {
    const parent = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "ignore" });
    started.push(parent);
    const launcher = await launch(parent.pid!);
    parent.kill("SIGKILL");
    const ms = await waitUntilGone(launcher.child.pid!, 30_000);
    expect(await launcher.exited).toBe(0);
    expect(launcher.stderr()).toContain(`pid ${parent.pid} has exited`);
    process.stderr.write(`[embedded] launcher gone ${ms} ms after its parent pid ended\n`);
  });
});
