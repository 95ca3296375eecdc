// Every command of ours (package.json's scripts that run a CLI, and `dealgraph <command>`):
// --help prints the usage and exits 0 having started nothing, connected nowhere and written
// nothing; an unknown option is refused, naming it. Each runs in a process of its own, through
// the bin (bin/dealgraph.js), with the database and Redis pointed at a port that records any
// connection and the temporary folder pointed at an empty one.
import { execFile } from "node:child_process";
import fs from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALIASES, COMMANDS } from "../../src/cli/commands.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/dealgraph.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let trap: net.Server;
let trapPort: number;
const connections: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-cli-help-"));
  fs.mkdirSync(path.join(dir, "tmp"));
  trap = net.createServer((socket) => {
    connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", resolve));
  trapPort = (trap.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => trap.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** The environment of every run: anything that connects or starts a database is seen. */
function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${trapPort}`,
    REDIS_URL: `redis://127.0.0.1:${trapPort}`,
    NEO4J_DATA_DIR: path.join(dir, "neo4j"),
    SEED_PATH: path.join(dir, "seeds"),
    TMPDIR: path.join(dir, "tmp"),
    PORT: String(trapPort),
  };
}

async function run(file: string, args: string[], options: { timeoutMs?: number } = {}): Promise<Run> {
  return promisify(execFile)(file, args, { cwd: ROOT, env: env(), timeout: options.timeoutMs ?? 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string; killed?: boolean }) => ({ code: error.killed ? -1 : error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** What a command could have left behind: files under the temporary folder (tsx's cache aside), the schema, the web build's stamp. */
async function traces(): Promise<Record<string, unknown>> {
  const mtime = (f: string) => (fs.existsSync(path.join(ROOT, f)) ? fs.statSync(path.join(ROOT, f)).mtimeMs : undefined);
  return {
    dir: (await readdir(dir)).sort(),
    tmp: (await readdir(path.join(dir, "tmp"))).filter((f) => !f.startsWith("tsx")).sort(),
    schema: mtime("schema/schema.graphql"),
    webStamp: mtime("dist/public/.inputs-sha256"),
    results: fs.existsSync(path.join(ROOT, "bench/results")) ? (await readdir(path.join(ROOT, "bench/results"))).length : 0,
  };
}

/** At most `n` at a time: the machine has two cores. */
async function inTurn<T, R>(items: T[], n: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await f(items[i]!);
      }
    }),
  );
  return results;
}

const NAMES = Object.keys(COMMANDS);

describe("dealgraph's commands", () => {
  it("are package.json's scripts that run a CLI of ours, each running the same file", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(pkg.bin).toEqual({ dealgraph: "bin/dealgraph.js" });
    const ours = Object.entries(pkg.scripts).filter(([, script]) => /^(tsx|node bin\/dealgraph\.js) /.test(script));
    const expected = Object.fromEntries(ours.map(([name, script]) => [name, script.startsWith("tsx ") ? script.split(" ")[1] : COMMANDS[script.split(" ")[2]!]?.file]));
    expect(Object.fromEntries(NAMES.map((n) => [n, COMMANDS[n]!.file]))).toEqual(expected);
    expect(pkg.scripts.start).toBe("node bin/dealgraph.js start");
  });

  it("are listed by dealgraph --help (and -h), which exits 0; no command or an unknown one is refused, naming it", async () => {
    const [help, short, none, unknown, option] = await Promise.all([run(BIN, ["--help"]), run(BIN, ["-h"]), run(BIN, []), run(BIN, ["frobnicate"]), run(BIN, ["--frobnicate"])]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^usage: dealgraph <command>/);
    for (const name of NAMES) expect(help.stdout).toMatch(new RegExp(`^  ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+\\S`, "m"));
    expect(short).toEqual(help);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("usage: dealgraph <command>");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^dealgraph: unknown command 'frobnicate'\n/);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^dealgraph: unknown option '--frobnicate'\n/);
    expect(connections).toEqual([]);
  });

  it("each print their usage on --help and -h, exit 0, and start nothing, connect nowhere, write nothing", { timeout: 600_000 }, async () => {
    const before = await traces();
    const cases = [...NAMES.map((n) => [n, "--help"]), ...Object.keys(ALIASES).map((a) => [a, "--help"]), ["seed", "-h"], ["start", "-h"], ["extract", "--offline", "--help"]];
    const runs = await inTurn(cases, 3, async (args) => ({ args, result: await run(BIN, args) }));
    for (const { args, result } of runs) {
      const name = COMMANDS[args[0]!] ? args[0] : ALIASES[args[0]!];
      const what = `dealgraph ${args.join(" ")}: ${result.stderr}`;
      expect(result.code, what).toBe(0);
      expect(result.stdout, what).toMatch(new RegExp(`^usage: dealgraph ${name}\\b`));
      expect(result.stderr, what).toBe("");
    }
    expect(connections).toEqual([]);
    expect(await traces()).toEqual(before);
  });

  it("each refuse an unknown option, naming it, with a non-zero exit code and the usage, having started nothing", { timeout: 600_000 }, async () => {
    const before = await traces();
    const runs = await inTurn(NAMES, 3, async (name) => ({ name, result: await run(BIN, [name, "--no-such-option"]) }));
    for (const { name, result } of runs) {
      const what = `dealgraph ${name} --no-such-option: ${result.stderr}`;
      expect(result.code, what).toBeGreaterThan(0);
      expect(result.stderr, what).toMatch(new RegExp(`^${name}: unknown option '--no-such-option'\\n`));
      expect(result.stderr, what).toContain(`usage: dealgraph ${name}`);
      expect(result.stdout, what).toBe("");
    }
    expect(connections).toEqual([]);
    expect(await traces()).toEqual(before);
  });

  it("`npm start -- --help` prints the usage and starts nothing (npm's own lines aside)", { timeout: 120_000 }, async () => {
    const result = await run("npm", ["start", "--silent", "--", "--help"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^usage: dealgraph start\b/);
    expect(connections).toEqual([]);
  });
});
