// Start (`dealgraph start`, `npm start`): config -> database (embedded unless NEO4J_URI) ->
// HTTP server -> schema and seeds; then one line says it is ready, with the addresses of the
// dashboard, the playground and GraphQL.
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openDatabase, type Database } from "./db/connect.js";
import { Db } from "./db/db.js";
import { applyMigrations } from "./db/migrations.js";
import { articleLimits } from "./ingest/limits.js";
import { loadArticles } from "./ingest/pipeline.js";
import { countArticles } from "./store/index.js";
import { formatProblem, InvalidArticlesError } from "./ingest/problems.js";
import { createStdoutLogger, type Logger } from "./log.js";
import { createServer } from "./api/server/index.js";
import { readArgsOrExit } from "./cli/args.js";
import { START } from "./cli/commands.js";
import { playgroundMode } from "./web/routes.js";

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

/** A URL people can open: a wildcard address (0.0.0.0, ::) is this machine, localhost. */
function origin(address: { host: string; port: number }): string {
  const host = address.host === "0.0.0.0" || address.host === "::" ? "localhost" : address.host.includes(":") ? `[${address.host}]` : address.host;
  return `http://${host}:${address.port}`;
}

/** The one line that says the API is ready, and where its pages are. */
function readyLine(base: string, config: Pick<Config, "NODE_ENV" | "PLAYGROUND">, seconds: number): string {
  const mode = playgroundMode(config);
  const playground = mode === "off" ? "playground off (PLAYGROUND=off)" : `playground ${base}/playground${mode === "token" ? " (with an API token)" : ""}`;
  return `Dealgraph ready in ${seconds.toFixed(1)} s: dashboard ${base}/, ${playground}, GraphQL ${base}/graphql`;
}

async function main(): Promise<void> {
  readArgsOrExit(START);
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
  const log = createStdoutLogger(config.LOG_LEVEL, config.LOG_FORMAT);

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
  const base = origin(await server.listen(config.HOST, config.PORT));
  // Not ready yet: /ready says 503 until the schema is applied and the seeds are in.
  log.info(`listening on ${base}, not ready yet: schema and seeds first`);

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
  if (!stopping) log.info(readyLine(base, config, process.uptime()));
}

await main();
