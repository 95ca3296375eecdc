// `dealgraph <command> [arguments]` (bin/dealgraph.js): every command of package.json's
// scripts that runs a CLI of ours, by the same name, without npm's banner on stdout, so that
// `dealgraph extract a.txt > draft.md` writes the draft and nothing else. Each command is
// its own file, run here as if Node had been given it (process.argv[1] is that file).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readArgs } from "./args.js";
import { ALIASES, COMMANDS, START, usage } from "./commands.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function run(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`dealgraph: which command?\n${usage()}\n`);
    process.exitCode = 2;
    return;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  const name = ALIASES[first] ?? first;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`dealgraph: ${first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`}\n${usage()}\n`);
    process.exitCode = 2;
    return;
  }
  if (name === "start") {
    // --help, or a mistake, before the pages are built: then the API, with pages built from the current web/.
    const args = readArgs(START, rest);
    if (args.exit !== undefined) {
      process.exitCode = args.exit;
      return;
    }
    const { ensureWebBuilt } = await import("../web/build.js");
    await ensureWebBuilt((line) => process.stderr.write(`dealgraph: ${line}\n`)).catch((error: Error) =>
      process.stderr.write(`dealgraph: web build failed (the API starts all the same; its pages say what is missing): ${error.message}\n`),
    );
  }
  const file = path.join(ROOT, command.file);
  process.argv = [process.argv[0]!, file, ...rest];
  await import(pathToFileURL(file).href);
}

await run(process.argv.slice(2));
