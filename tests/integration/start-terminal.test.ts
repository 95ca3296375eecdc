// What `npm start` (src/index.ts) prints: one line once the API is ready, not before, with
// the dashboard's, the playground's and GraphQL's addresses; JSON lines when stdout is not a
// terminal, readable lines when it is (LOG_FORMAT=json keeps JSON there). The API runs in a
// process of its own against the test run's Neo4j, through a TCP proxy the test opens when
// it chooses, so that "listening" and "ready" are seconds apart.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureWebBuilt } from "../../src/web/build.js";
import { type ApiProcess, spawnApi } from "../helpers/api-process.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READY = /^Dealgraph ready in \d+\.\d s: dashboard (http:\/\/\S+\/), playground (http:\/\/\S+\/playground), GraphQL (http:\/\/\S+\/graphql)$/;

/** A TCP proxy to the test database that refuses connections until open() and drops them all on close(). */
async function databaseProxy(): Promise<{ uri: string; open(): void; close(): Promise<void> }> {
  const target = new URL(inject("neo4jUri"));
  let open = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    open: () => void (open = true),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function until<T>(what: string, withinMs: number, f: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await f();
    if (value !== undefined) return value;
    if (Date.now() - started > withinMs) throw new Error(`no ${what} within ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const status = (url: string) => fetch(url).then((r) => r.status);

let proxy: Awaited<ReturnType<typeof databaseProxy>>;
beforeAll(async () => {
  await ensureWebBuilt();
  proxy = await databaseProxy();
});
afterAll(() => proxy.close());

describe("npm start, its output piped (not a terminal)", () => {
  let api: ApiProcess;
  afterAll(async () => {
    api?.child.kill("SIGTERM");
    await api?.exited;
  });

  it("says it is ready only once /ready answers 200, in one line with the dashboard's, the playground's and GraphQL's addresses", { timeout: 180_000 }, async () => {
    // LOG_FORMAT empty: its default, auto.
    api = await spawnApi({ NEO4J_URI: proxy.uri, NEO4J_PASSWORD: "", SEED_ON_START: "false", PLAYGROUND: "on", LOG_FORMAT: "" });
    const readyLines = () => api.logs().filter((l) => /ready/i.test(l.msg) && !/not ready/.test(l.msg));

    // Listening, the database unreachable: not ready, and not said to be, through a retry or more.
    expect(await status(`${api.url}/ready`)).toBe(503);
    await until("retry of the database", 30_000, () => (api.logs().some((l) => /database not ready/.test(l.msg)) ? true : undefined));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(readyLines()).toEqual([]);
    expect(await status(`${api.url}/ready`)).toBe(503);

    proxy.open();
    const line = await until("ready line", 90_000, () => readyLines()[0]);
    // Said once ready, not before: /ready agrees at once.
    expect(await status(`${api.url}/ready`)).toBe(200);
    const [, dashboard, playground, graphql] = READY.exec(line.msg) ?? [];
    expect(line.msg, "the ready line").toMatch(READY);
    expect([dashboard, playground, graphql]).toEqual([`${api.url}/`, `${api.url}/playground`, `${api.url}/graphql`]);

    // Each address serves what the line says.
    for (const page of [dashboard!, playground!]) {
      const response = await fetch(page, { headers: { accept: "text/html" } });
      expect(response.status, page).toBe(200);
      expect(response.headers.get("content-type"), page).toMatch(/^text\/html/);
    }
    const answer = await fetch(graphql!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await answer.json()).toEqual({ data: { __typename: "Query" } });

    // One ready line, whatever comes after.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(readyLines()).toHaveLength(1);
  });

  it("writes JSON lines only, each with its level, time and message", () => {
    const stdout = api.lines.filter((l) => l.trim());
    expect(stdout.length).toBeGreaterThan(3);
    for (const line of stdout) expect(() => JSON.parse(line), line).not.toThrow();
    for (const entry of api.logs()) expect(entry).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
  });
});

/** `script` (util-linux) gives the API a pseudo-terminal as stdout, as a person's shell does. */
const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The API under a pseudo-terminal: its output, ANSI colours and carriage returns removed. */
async function startOnTerminal(env: Record<string, string>): Promise<{ child: ChildProcess; lines: () => string[]; stop: () => Promise<void> }> {
  const inherited = { ...process.env };
  delete inherited.LOG_FORMAT;
  const child = spawn("script", ["-qfec", `${JSON.stringify(process.execPath)} --import tsx src/index.ts`, "/dev/null"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...inherited, NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", NEO4J_URI: proxy.uri, NEO4J_PASSWORD: "", SEED_ON_START: "false", PLAYGROUND: "on", ...env },
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    child,
    // eslint-disable-next-line no-control-regex
    lines: () => output.replace(/\x1b\[[0-9;]*m/g, "").replace(/\r/g, "").split("\n").filter((l) => l.trim()),
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

describe.skipIf(!hasScript)("npm start on a terminal", () => {
  it("writes readable lines (time, level, message), the ready line among them, and no JSON", { timeout: 180_000 }, async () => {
    proxy.open();
    const api = await startOnTerminal({});
    try {
      const ready = await until("ready line", 120_000, () => api.lines().find((l) => /Dealgraph ready in /.test(l)));
      expect(ready).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Dealgraph ready in \d+\.\d s: dashboard http:\/\/127\.0\.0\.1:\d+\/, playground http:\/\/127\.0\.0\.1:\d+\/playground, GraphQL http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const lines = api.lines();
      expect(lines.find((l) => /listening on http/.test(l))).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: listening on http:\/\/127\.0\.0\.1:\d+, not ready yet/);
      for (const line of lines) expect(line, line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] (DEBUG|INFO|WARN|ERROR|FATAL): /);
      expect(lines.filter((l) => /Dealgraph ready in /.test(l))).toHaveLength(1);
    } finally {
      await api.stop();
    }
  });

  it("writes JSON lines there too when LOG_FORMAT=json", { timeout: 180_000 }, async () => {
    proxy.open();
    const api = await startOnTerminal({ LOG_FORMAT: "json" });
    try {
      await until("ready line", 120_000, () => api.lines().find((l) => /Dealgraph ready in /.test(l)));
      for (const line of api.lines()) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      await api.stop();
    }
  });
});
