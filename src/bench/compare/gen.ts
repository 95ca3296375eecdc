// `npm run gen -- --deals 10k [--seed 42] [--bulk | --ingest] [--out <dir>]`: synthetic deal
// data (generate.ts), deterministic from the seed, into the configured database (NEO4J_URI,
// else the embedded one on NEO4J_DATA_DIR) or, with --out, into article files that
// `npm run seed -- <dir>` loads. Running it again with a larger --deals adds to the graph.
//
// Path: the ingest path (validation, entity resolution, derivation in Neo4j: what
// `npm run seed` does) up to 100k deals, the bulk path (bulk.ts) above, unless told.
import path from "node:path";
import { readArgsOrExit } from "../../cli/args.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/connect.js";
import { Db } from "../../db/db.js";
import { applyMigrations } from "../../db/migrations.js";
import { writeArticleFiles } from "./generate.js";
import { growGraph, parseCount } from "./grow.js";

const USAGE = `usage: dealgraph gen --deals <N, e.g. 1k, 10k, 100k, 1m> [--seed 42] [--bulk | --ingest] [--out <dir>]
  Synthetic deal data into the database (NEO4J_URI, else the embedded one), or with --out
  into article files for seed. The ingest path up to 100k deals, the bulk path above.`;
const BULK_ABOVE = 100_000;

const { values } = readArgsOrExit({
  name: "gen",
  usage: USAGE,
  options: {
    deals: { type: "string" },
    seed: { type: "string", default: "42" },
    bulk: { type: "boolean", default: false },
    ingest: { type: "boolean", default: false },
    out: { type: "string" },
  },
});
const deals = parseCount(values.deals ?? "");
const seed = Number(values.seed);
if (!Number.isFinite(deals) || deals <= 0 || !Number.isInteger(seed) || (values.bulk && values.ingest)) {
  console.error(`gen: ${JSON.stringify(values)} is not a valid set of options\n${USAGE}`);
  process.exit(2);
}
const log = (m: string) => console.error(`gen: ${m}`);

if (values.out) {
  const dir = path.resolve(values.out);
  const written = await writeArticleFiles(dir, { seed, deals });
  log(`${written.files.toLocaleString("en-US")} article files, ${written.deals.toLocaleString("en-US")} deals, in ${dir}`);
} else {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  try {
    await applyMigrations(database.driver, config.NEO4J_DATABASE);
    const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
    const how = values.bulk ? "bulk" : values.ingest ? "ingest" : deals > BULK_ABOVE ? "bulk" : "ingest";
    const report = await growGraph(db, { seed, deals, path: how, log });
    log(
      report.written
        ? `${report.written.toLocaleString("en-US")} articles written in ${report.seconds.toFixed(1)} s; the graph holds ${report.deals.toLocaleString("en-US")} generated deals from ${report.articles.toLocaleString("en-US")} articles (seed ${seed})`
        : `the graph already holds ${report.deals.toLocaleString("en-US")} generated deals (seed ${seed}): nothing to add`,
    );
  } finally {
    await database.close();
  }
}
