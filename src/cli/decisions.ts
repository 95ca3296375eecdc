// `npm run decisions -- export [folder]` writes every decision on deal resolution the graph
// holds (merges, splits, distinct pairs, with their reversals) to <folder>/<id>.json, by
// default SEED_PATH/decisions, where `npm run seed` finds them; `npm run decisions -- list`
// prints them, newest first. Exit codes: 0 done, 1 bad usage, 2 database unreachable.
import path from "node:path";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import { exportDecisions } from "../ingest/decisions-files.js";
import { DECISIONS_FOLDER } from "../ingest/files.js";
import { recentDecisions } from "../store/index.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph decisions export [folder]
       dealgraph decisions list
  export   writes the graph's decisions (merges, splits, distinct pairs, their reversals)
           to <folder>/<id>.json (default: SEED_PATH/${DECISIONS_FOLDER}), where seed finds them
  list     prints them, newest first`;

export async function main(argv: string[]): Promise<number> {
  const args = readArgs({ name: "decisions", usage: USAGE, options: {}, positionals: true, badUsageExit: 1 }, argv);
  if (args.exit !== undefined) return args.exit;
  const { positionals } = args;
  const [command, folder, ...rest] = positionals;
  if ((command !== "export" && command !== "list") || rest.length || (command === "list" && folder)) {
    console.error(`decisions: ${command ? `unknown arguments: ${positionals.join(" ")}` : "no command"}\n${USAGE}`);
    return 1;
  }
  const config = loadConfig();
  let database;
  try {
    database = await openDatabase(config, (m) => console.error(`decisions: ${m}`));
  } catch (error) {
    console.error(`decisions: cannot reach the database: ${(error as Error).message}`);
    return 2;
  }
  try {
    await applyMigrations(database.driver, config.NEO4J_DATABASE);
    const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
    if (command === "list") {
      for (const d of await recentDecisions(db.reader(), 1000)) {
        const what =
          d.action === "MERGE" || d.action === "MERGE_ENTITIES" ? `${d.from} into ${d.into}` : d.action === "SPLIT" ? `${d.article} off ${d.deal} (now ${d.newDeal})` : `${d.a} and ${d.b}`;
        console.log(`${d.at}  ${d.id}  ${d.action} ${what}  by ${d.by}: ${d.reason}${d.reverted ? `  [reverted ${d.reverted.at} by ${d.reverted.by}: ${d.reverted.reason}]` : ""}`);
      }
      return 0;
    }
    const dir = path.resolve(folder ?? path.join(config.SEED_PATH, DECISIONS_FOLDER));
    const written = await exportDecisions(db, dir);
    console.log(`decisions: ${written} decision file(s) in ${dir}`);
    return 0;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
