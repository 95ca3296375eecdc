// `dealgraph extract [file] [-o draft.md] [--format text|markdown|html] [--lang fr|en] [--published YYYY-MM-DD] [--id slug] [--offline]`:
// proposes a draft article file (format v1) from raw article text, Markdown or a saved web
// page (src/extract/input.ts), for a person to review:
// into the --output file, else on stdout. Progress goes to stderr. Entities are matched
// against the graph unless --offline or the database is unreachable.
// Exit codes: 0 draft written, 1 bad input (or --output exists), 3 anything else.
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { renderCheckedDraft } from "../extract/draft.js";
import type { KnownEntity } from "../extract/entities.js";
import { extract } from "../extract/extract.js";
import { INPUT_FORMATS, type InputFormat, InputError, readInput } from "../extract/input.js";
import { readKnownEntities } from "../store/index.js";
import { LANGS, type Lang } from "../extract/text.js";
import { isPartialDate } from "../ingest/model.js";
import { formatProblem } from "../ingest/problems.js";
import { slugify } from "../text/fold.js";
import { isId } from "../domain/vocabulary.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph extract [file] [-o draft.md] [--format text|markdown|html] [--lang fr|en] [--published YYYY-MM-DD] [--id slug] [--offline]
  Reads an article (plain text .txt, Markdown .md, or a saved web page .html/.htm, whose
  main text, title, publisher, date and canonical URL are taken from the page; stdin when
  no file or "-") and writes a draft article file (format v1): entities matched against
  the graph or proposed as new, deals and roles with their evidence and confidence,
  doubtful ones commented out. Review it, then load it with: dealgraph seed draft.md
  -o, --output the file to write the draft to (default: stdout); an existing file is
               left alone (the draft may hold a person's review) unless --force
  --force      overwrite the --output file
  --format     text, markdown or html (default: from the file name, else sniffed);
               a page's scripts never run and nothing it links to is fetched
  --lang       the text's language (default: detected)
  --published  publication date, YYYY, YYYY-MM or YYYY-MM-DD (default: today)
  --id         the article id (default: from the file name, else the title)
  --offline    do not read the graph: every entity is proposed as new`;

export const EXIT = { OK: 0, INVALID: 1, FAILED: 3 } as const;

const say = (message: string) => process.stderr.write(`extract: ${message}\n`);

export async function main(argv: string[]): Promise<number> {
  const args = readArgs(
    {
      name: "extract",
      usage: USAGE,
      options: {
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        format: { type: "string" },
        lang: { type: "string" },
        published: { type: "string" },
        id: { type: "string" },
        offline: { type: "boolean" },
      },
      positionals: true,
      badUsageExit: EXIT.INVALID,
    },
    argv,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  if (positionals.length > 1) {
    say(`one file at a time (got ${positionals.length})\n${USAGE}`);
    return EXIT.INVALID;
  }
  if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang)) {
    say(`--lang ${JSON.stringify(values.lang)}: expected one of ${LANGS.join(", ")}`);
    return EXIT.INVALID;
  }
  const format = values.format?.toUpperCase() as InputFormat | undefined;
  if (format !== undefined && !INPUT_FORMATS.includes(format)) {
    say(`--format ${JSON.stringify(values.format)}: expected one of ${INPUT_FORMATS.map((f) => f.toLowerCase()).join(", ")}`);
    return EXIT.INVALID;
  }
  if (values.published !== undefined && !isPartialDate(values.published)) {
    say(`--published ${JSON.stringify(values.published)}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
    return EXIT.INVALID;
  }
  if (values.id !== undefined && !isId(values.id)) {
    say(`--id ${JSON.stringify(values.id)}: expected a slug ([a-z0-9][a-z0-9-]*)`);
    return EXIT.INVALID;
  }

  if (values.force && values.output === undefined) {
    say(`--force overwrites the --output file: give one\n${USAGE}`);
    return EXIT.INVALID;
  }
  if (values.output !== undefined && !values.force && (await exists(values.output))) {
    say(`${values.output} exists: not overwritten (it may hold a review); pass --force to replace it`);
    return EXIT.INVALID;
  }

  const file = positionals[0];
  let raw: string;
  try {
    raw = file && file !== "-" ? await readFile(file, "utf8") : await readStdin();
  } catch (error) {
    say(`cannot read ${file}: ${(error as Error).message}`);
    return EXIT.INVALID;
  }
  if (!raw.trim()) {
    say(`${file ?? "stdin"} is empty`);
    return EXIT.INVALID;
  }

  let input;
  try {
    input = readInput(raw, { format, fileName: file && file !== "-" ? file : undefined });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    say(error.message);
    return EXIT.INVALID;
  }
  if (input.format === "HTML") say(`read as a web page: ${Object.keys(input.metadata).join(", ") || "no metadata"} from its metadata`);

  const known = values.offline ? [] : await knownEntities();
  if (values.offline) say("--offline: the graph is not read; every entity is proposed as new");
  const id = values.id ?? (file && file !== "-" ? slugify(path.basename(file).replace(/\.[^.]+$/, "")) || undefined : undefined);
  const extraction = extract(input.text, { lang: values.lang as Lang | undefined, published: values.published, id, known, page: input.metadata });
  const { text: draft, problems } = renderCheckedDraft(extraction, file && file !== "-" ? file : "stdin");
  if (values.output === undefined) process.stdout.write(draft);
  else {
    try {
      // "wx": a file that appeared since the check above is not overwritten either.
      await writeFile(values.output, draft, { encoding: "utf8", flag: values.force ? "w" : "wx" });
    } catch (error) {
      say(`cannot write ${values.output}: ${(error as Error).message}`);
      return EXIT.INVALID;
    }
    say(`draft written to ${values.output}; review it, then: dealgraph seed ${values.output}`);
  }

  const active = (xs: Array<{ active: boolean }>) => xs.filter((x) => x.active).length;
  say(
    `${extraction.lang} (${extraction.langFrom}); ${active(extraction.entities)} entities (${extraction.entities.filter((e) => e.known).length} matched), ` +
      `${active(extraction.deals)}/${extraction.deals.length} deals and ${active(extraction.roles)}/${extraction.roles.length} roles proposed (the rest commented out)`,
  );
  if (extraction.publishedFrom === "today") say(`no --published: publishedOn is today's date (${extraction.published})`);
  if (problems.length) {
    for (const p of problems) say(`the draft is not a valid article (an extractor bug): ${formatProblem(p)}`);
    return EXIT.FAILED;
  }
  return EXIT.OK;
}

/** The graph's entities, or none (with a word on stderr) when the database cannot be reached. */
async function knownEntities(): Promise<KnownEntity[]> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(`${error.message}\nthe graph is not read: every entity is proposed as new`);
    return [];
  }
  let database;
  try {
    say(`reading the graph's companies and people to match names (--offline skips this)${config.NEO4J_URI ? "" : "; the embedded Neo4j may take a while to start"}`);
    database = await openDatabase(config, (m) => say(m));
    await database.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    const known = await readKnownEntities(new Db(database.driver, { database: config.NEO4J_DATABASE }));
    say(`${known.length} companies and people read from the graph at ${database.uri}`);
    return known;
  } catch (error) {
    say(`the database is unreachable (${(error as Error).message.split("\n")[0]}): every entity is proposed as new`);
    return [];
  } finally {
    await database?.close().catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) say("reading the article from stdin (end with Ctrl-D)");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      say(`failed: ${(error as Error).stack ?? String(error)}`);
      process.exit(EXIT.FAILED);
    },
  );
}
