// Command-line arguments for every command of ours (npm scripts and `dealgraph <command>`):
// Node's util.parseArgs, strict, with --help / -h added. `--help` prints the usage on stdout
// and stops before anything starts; a mistake (an unknown option, a missing value, an
// argument a command does not take) is printed on stderr naming it, with the usage.
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Command<O extends Options> {
  /** The command's name as people type it, prefixing every message: "seed", "bench:load". */
  name: string;
  /** Printed by --help, and after a mistake. Starts with "usage:". */
  usage: string;
  options: O;
  /** Whether it takes arguments besides options (files, a subcommand). Default: false. */
  positionals?: boolean;
  /** The exit code of a mistake in the arguments; default 2. Commands with documented codes keep theirs. */
  badUsageExit?: number;
}

const HELP = { help: { type: "boolean", short: "h" } } as const;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: boolean; strict: true }>>;

/** Either the arguments, or the exit code the command ends with (usage or a mistake already printed). */
export type ReadArgs<O extends Options> = { values: Parsed<O>["values"]; positionals: string[]; exit?: undefined } | { exit: number };

/**
 * Reads `argv` for `command`. On --help or a mistake it has printed what to print and
 * returns `{ exit }`: the caller returns that code without doing anything else.
 *
 * @example
 *   const args = readArgs({ name: "seed", usage: USAGE, options: { "dry-run": { type: "boolean" } }, positionals: true }, argv);
 *   if (args.exit !== undefined) return args.exit;
 *   args.values["dry-run"]; args.positionals;
 */
export function readArgs<O extends Options>(command: Command<O>, argv: string[]): ReadArgs<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options: { ...command.options, ...HELP }, allowPositionals: command.positionals ?? false, strict: true }) as Parsed<O>;
  } catch (error) {
    // --help wins over a mistake beside it: "seed --bogus --help" shows the usage.
    if (wantsHelp(argv)) return help(command);
    process.stderr.write(`${command.name}: ${mistake(error as Error & { code?: string })}\n${command.usage}\n`);
    return { exit: command.badUsageExit ?? 2 };
  }
  if ((parsed.values as { help?: boolean }).help) return help(command);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** readArgs for a script that runs at its top level: exits the process on --help or a mistake. */
export function readArgsOrExit<O extends Options>(command: Command<O>, argv = process.argv.slice(2)): { values: Parsed<O>["values"]; positionals: string[] } {
  const args = readArgs(command, argv);
  if (args.exit !== undefined) process.exit(args.exit);
  return args;
}

/** Whether the arguments ask for help (before any `--`, which ends the options). */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

function help(command: Command<Options>): { exit: number } {
  process.stdout.write(`${command.usage}\n`);
  return { exit: 0 };
}

/** parseArgs's message, shortened to what was wrong: "unknown option '--bogus'". */
function mistake(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option '${quoted}'`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument '${quoted}': this command takes options only`;
    default:
      return error.message.replace(/\.$/, "");
  }
}
