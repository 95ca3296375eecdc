// Start: config -> database (embedded unless NEO4J_URI) -> schema and seeds -> HTTP server.
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openDatabase, type Database } from "./db/connect.js";
import { Db } from "./db/db.js";
import { applyMigrations } from "./db/migrations.js";
import { articleLimits } from "./ingest/limits.js";
import { loadArticles } from "./ingest/pipeline.js";
import { countArticles } from "./store/index.js";
import { formatProblem, InvalidArticlesError } from "./ingest/problems.js";
import { createLogger, type Logger } from "./log.js";
import { createServer } from "./api/server/index.js";

const RETRY_MS = 5_000;

/**
 * Applies the schema and, on an empty graph, loads the seed articles. When the database
 * is unreachable it tries again every few seconds, while the API serves and /ready says 503.
 */
async function prepareDatabase(database: Database, config: Config, log: Logger): Promise<void> {
  for (;;) {
    try {
      await applyMigrations(database.driver, config.NEO4J_DATABASE);
      const db = new Db(database.driver, { database: config.NEO4J_DATABASE });
      if (config.SEED_ON_START) {
        if ((await countArticles(db)) === 0) {
          const report = await loadArticles(db, [config.SEED_PATH], { limits: articleLimits(config) });
          log.info({ articles: report.articles.length, path: config.SEED_PATH }, "empty graph: seed articles loaded");
        }
      }
      return;
    } catch (error) {
      if (error instanceof InvalidArticlesError) {
        log.error({ problems: error.problems.map(formatProblem) }, "seed articles are invalid; nothing was loaded");
        return;
      }
      log.warn({ err: (error as Error).message }, `database not ready; trying again in ${RETRY_MS / 1000}s`);
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);

  let database: Database;
  try {
    // The API restarts its embedded Neo4j when it dies (an external one has its own supervisor).
    database = await openDatabase(config, (m) => log.info(m), { supervise: log });
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }

  // Ready once the schema is applied and the seeds are in, and while the database answers.
  let prepared = false;
  const supervised = database.supervised;
  const server = createServer({
    driver: database.driver,
    config,
    logger: log,
    ready: async () => prepared && (await database.driver.verifyConnectivity({ database: config.NEO4J_DATABASE }).then(() => true, () => false)),
    ...(supervised ? { liveness: () => supervised.health() } : {}),
  });
  const address = await server.listen(config.HOST, config.PORT);
  log.info(`Dealgraph API at http://${address.host}:${address.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: draining requests");
    await server.stop();
    log.info("HTTP server stopped; closing the database");
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await prepareDatabase(database, config, log);
  prepared = true;
  log.info({ secondsSinceStart: Number(process.uptime().toFixed(1)) }, "ready: schema applied");
}

await main();
