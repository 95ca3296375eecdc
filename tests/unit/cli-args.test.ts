// The one argument reader of every command (src/cli/args.ts): --help, and the mistakes it
// names. tests/integration/cli-help.test.ts runs it through each command's own process.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readArgs, wantsHelp } from "../../src/cli/args.js";

const COMMAND = {
  name: "try",
  usage: "usage: dealgraph try [--lang fr|en] [--dry-run] [file]",
  options: { lang: { type: "string" }, "dry-run": { type: "boolean" }, output: { type: "string", short: "o" } },
  positionals: true,
} as const;

let out: string;
let err: string;
beforeEach(() => {
  out = err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe("readArgs", () => {
  it("gives the options and arguments", () => {
    const args = readArgs(COMMAND, ["a.txt", "--lang", "fr", "-o", "draft.md", "--dry-run"]);
    expect(args).toEqual({ values: { lang: "fr", output: "draft.md", "dry-run": true }, positionals: ["a.txt"] });
    expect(out + err).toBe("");
  });

  it.each([["--help"], ["-h"], ["a.txt", "--help"], ["--bogus", "--help"]])("prints the usage on stdout for %s and says exit 0", (...argv) => {
    expect(readArgs(COMMAND, argv)).toEqual({ exit: 0 });
    expect(out).toBe(`${COMMAND.usage}\n`);
    expect(err).toBe("");
  });

  it.each([
    [["--bogus"], "try: unknown option '--bogus'"],
    [["-x"], "try: unknown option '-x'"],
    [["--lang"], "try: Option '--lang <value>' argument missing"],
    [["--dry-run=yes"], "try: Option '--dry-run' does not take an argument"],
  ])("refuses %j naming what is wrong, with the usage, and exit 2 unless the command says otherwise", (argv, message) => {
    expect(readArgs(COMMAND, argv)).toEqual({ exit: 2 });
    expect(err).toBe(`${message}\n${COMMAND.usage}\n`);
    expect(out).toBe("");
    expect(readArgs({ ...COMMAND, badUsageExit: 1 }, argv)).toEqual({ exit: 1 });
  });

  it("refuses an argument where a command takes options only", () => {
    expect(readArgs({ ...COMMAND, positionals: false }, ["stray"])).toEqual({ exit: 2 });
    expect(err).toMatch(/^try: unexpected argument 'stray': this command takes options only\n/);
  });

  it("reads --help after -- as an argument, not a request for help", () => {
    expect(wantsHelp(["--", "--help"])).toBe(false);
    expect(readArgs(COMMAND, ["--", "--help"])).toEqual({ values: {}, positionals: ["--help"] });
  });
});
