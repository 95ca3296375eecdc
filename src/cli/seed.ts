// `npm run seed -- [--dry-run] [files or folders]`: loads article files (default: the
// SEED_PATH folder, seeds/). Exit codes: 0 loaded, 1 invalid input (nothing written),
// 2 database unreachable, 3 anything else.
import cliProgress from "cli-progress";
import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import { articleLimits } from "../ingest/limits.js";
import { type LoadReport, loadArticles } from "../ingest/pipeline.js";
import { formatProblem, InvalidArticlesError } from "../ingest/problems.js";
import { DatabaseConflictError, DatabaseUnavailableError, isDatabaseUnavailable } from "../db/errors.js";
import type { ArticleWriteResult } from "../ingest/plan.js";
import { openPublisher } from "../ingest/publish.js";
import type { EventBus } from "../events/bus.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph seed [--dry-run] [file or folder ...]
  Loads article files (.md with YAML front matter, or .json) into the graph.
  With no path, loads SEED_PATH (default: seeds/). Folders are read recursively.
  Decision files (a folder named decisions/, see dealgraph decisions) are applied first.
  --dry-run   validate everything, write nothing`;

/** 2: the database could not take the load now (unreachable, or a write at the same moment): run it again. */
export const EXIT = { OK: 0, INVALID: 1, UNREACHABLE: 2, FAILED: 3 } as const;

export async function main(argv: string[]): Promise<number> {
  const args = readArgs({ name: "seed", usage: USAGE, options: { "dry-run": { type: "boolean" } }, positionals: true, badUsageExit: EXIT.INVALID }, argv);
  if (args.exit !== undefined) return args.exit;
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`seed: ${error.message}`);
      return EXIT.INVALID;
    }
    throw error;
  }
  const paths = args.positionals.length ? args.positionals : [config.SEED_PATH];
  const dryRun = args.values["dry-run"] ?? false;

  let database;
  let publish: EventBus | undefined;
  try {
    database = await openDatabase(config, (m) => console.error(`seed: ${m}`));
  } catch (error) {
    console.error(`seed: cannot reach the database: ${(error as Error).message}`);
    return EXIT.UNREACHABLE;
  }
  try {
    await applyMigrations(database.driver, config.NEO4J_DATABASE);
    const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
    const started = Date.now();
    const bar = progressBar(started);
    // Live dashboards hear of the load through the Redis the API instances share (REDIS_URL),
    // batch by batch as the pipeline commits; without it there is no one to tell.
    publish = dryRun ? undefined : await openPublisher(config, (m) => console.error(`seed: ${m}`));
    const report = await loadArticles(db, paths, {
      dryRun,
      publish,
      limits: articleLimits(config),
      onBatch: bar.onBatch,
    });
    bar.stop();
    console.log(summary(report, ((Date.now() - started) / 1000).toFixed(1), publish !== undefined));
    return EXIT.OK;
  } catch (error) {
    if (error instanceof InvalidArticlesError) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(`seed: ${error.problems.length} problem(s); nothing was written`);
      return EXIT.INVALID;
    }
    if (isDatabaseUnavailable(error) || error instanceof DatabaseUnavailableError) {
      console.error(`seed: the database at ${database.uri} is unreachable: ${(error as Error).message.split(". ")[0]}`);
      return EXIT.UNREACHABLE;
    }
    if (error instanceof DatabaseConflictError) {
      // Batches before this one are written and stay; this one wrote nothing. A second run
      // finds the written articles unchanged and plans the rest against the graph as it is.
      const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
      console.error(`seed: another write reached the same articles at the same moment${cause}; this batch wrote nothing: run the same command again`);
      return EXIT.UNREACHABLE;
    }
    console.error(`seed: failed: ${(error as Error).stack ?? error}`);
    return EXIT.FAILED;
  } finally {
    await publish?.close();
    await database.close();
  }
}

/** A bar on a terminal; elsewhere (CI, pipes) nothing, and only the one-line summary. */
function progressBar(started: number): { onBatch: (results: ArticleWriteResult[], done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { onBatch: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: "seed |{bar}| {value}/{total} articles | {rate}/s | eta {eta}s", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    onBatch: (results, done, total) => {
      if (done === results.length) bar.start(total, 0, { rate: "-" });
      bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000)) });
    },
    stop: () => bar.stop(),
  };
}

/** The one line a load ends with. `announced`: whether changes went to live subscribers (REDIS_URL). */
function summary(report: LoadReport, seconds: string, announced: boolean): string {
  if (report.dryRun) return `seed: ${report.files.length} file(s) valid; nothing written (--dry-run)`;
  const count = (o: ArticleWriteResult["outcome"]) => report.articles.filter((a) => a.outcome === o).length;
  const told = announced ? `; ${report.articles.length - count("unchanged")} change(s) announced to live subscribers through REDIS_URL` : "";
  const decided = report.decisions ? `; ${report.decisions} decision(s) from decision files applied` : "";
  return `seed: ${report.articles.length} article(s) in ${seconds}s: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged${decided}${told}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
