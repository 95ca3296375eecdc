// The embedded Neo4j launcher against the real thing: reuse, stale records, port fallback, locks.
// Each launcher start costs ~10 s, so one launcher serves the tests of the second block.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/graph/embedded.js";
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
