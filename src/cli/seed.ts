// `npm run seed -- [--dry-run] [files or folders]`: loads article files (default: the
// SEED_PATH folder, seeds/). Exit codes: 0 loaded, 1 invalid input (nothing written),
// 2 database unreachable, 3 anything else.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { type Config, ConfigError, loadConfig } from "../config.js";
import { announceLoads } from "../events/announce.js";
import { createEventBus } from "../events/bus.js";
import { createLogger } from "../log.js";
import { openDatabase } from "../db/connect.js";
import { Db } from "../db/db.js";
import { applyMigrations } from "../db/migrations.js";
import { articleLimits } from "../ingest/limits.js";
import { loadArticles } from "../ingest/load.js";
import { formatProblem, InvalidArticlesError } from "../ingest/problems.js";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../db/errors.js";
import type { ArticleWriteResult } from "../ingest/write.js";

const USAGE = `usage: npm run seed -- [--dry-run] [file or folder ...]
  Loads article files (.md with YAML front matter, or .json) into the graph.
  With no path, loads SEED_PATH (default: seeds/). Folders are read recursively.
  --dry-run   validate everything, write nothing`;

export const EXIT = { OK: 0, INVALID: 1, UNREACHABLE: 2, FAILED: 3 } as const;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    console.error(`seed: ${(error as Error).message}\n${USAGE}`);
    return EXIT.INVALID;
  }
  if (args.values.help) {
    console.log(USAGE);
    return EXIT.OK;
  }
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
    // A bar on a terminal; elsewhere (CI, pipes) only the one-line summary below.
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: "seed |{bar}| {value}/{total} articles | {rate}/s | eta {eta}s", stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    const report = await loadArticles(db, paths, {
      dryRun,
      limits: articleLimits(config),
      onBatch: (_results, done, total) => {
        if (!bar) return;
        if (done === _results.length) bar.start(total, 0, { rate: "-" });
        bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000)) });
      },
    });
    bar?.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // Live dashboards hear of the load through the API instances' shared Redis; without
    // REDIS_URL there is no one to tell (an API's own bus lives in its own process).
    const announced = !report.dryRun && config.REDIS_URL ? await announceToRedis(config, report.articles) : undefined;
    if (report.dryRun) {
      console.log(`seed: ${report.files.length} file(s) valid; nothing written (--dry-run)`);
    } else {
      const count = (o: ArticleWriteResult["outcome"]) => report.articles.filter((a) => a.outcome === o).length;
      console.log(
        `seed: ${report.articles.length} article(s) in ${seconds}s: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged` +
          (announced === undefined ? "" : `; ${announced} change(s) announced to live subscribers through REDIS_URL`),
      );
    }
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
    console.error(`seed: failed: ${(error as Error).stack ?? error}`);
    return EXIT.FAILED;
  } finally {
    await database.close();
  }
}

/** Publishes what the load changed on the Redis the API instances share; a Redis that is down costs the load nothing. */
async function announceToRedis(config: Config, articles: readonly ArticleWriteResult[]): Promise<number | undefined> {
  const bus = createEventBus(config, createLogger("silent"));
  let timer: NodeJS.Timeout | undefined;
  try {
    const gaveUp = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer within 5 s")), 5_000)));
    await Promise.race([bus.ready(), gaveUp]);
    return await announceLoads(bus, articles);
  } catch (error) {
    console.error(`seed: the articles are loaded, but live subscribers were not told (Redis at REDIS_URL: ${(error as Error).message})`);
    return undefined;
  } finally {
    clearTimeout(timer);
    await bus.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
