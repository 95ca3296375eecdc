// The one reader of process.env: every setting, validated, with its default.
// Documented in README.md ("Configuration") and docs/operations.md; docker-compose.yml is
// checked against it.
import path from "node:path";
import { z } from "zod";
import { DEFAULT_ARTICLE_LIMITS } from "./ingest/limits.js";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().positive();
const list = z
  .string()
  .default("")
  .transform((s) => s.split(",").map((t) => t.trim()).filter(Boolean));

/** An API_TOKENS entry: `token` (an editor) or `token:reader` / `token:editor`. */
const TOKEN_ENTRY = /^[^\s,:]+(?::(?:reader|editor))?$/;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // auto: readable lines when stdout is a terminal, JSON lines otherwise (log.ts).
  LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),

  // An external Neo4j (server, cluster, Aura). When unset, the embedded one is started.
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().optional(),

  // Embedded Neo4j (tools/neo4j-launcher), used only when NEO4J_URI is unset.
  NEO4J_DATA_DIR: z.string().default(".data/neo4j"),
  NEO4J_EMBEDDED_PORT: port.default(7687),
  NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, "a JVM size such as 2g or 512m").default("2g"),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]$/i, "a size such as 1g or 512m").default("1g"),
  // When the embedded Neo4j dies, the API starts it again after NEO4J_RESTART_MIN_MS, doubling
  // the wait while it keeps dying, up to NEO4J_RESTART_MAX_MS.
  NEO4J_RESTART_MIN_MS: positive.default(1000),
  NEO4J_RESTART_MAX_MS: positive.default(30000),

  // Time limits. A transaction is cut at DB_TX_TIMEOUT_MS or at its request's deadline,
  // whichever comes first; the database itself terminates it.
  DB_TX_TIMEOUT_MS: positive.default(15000),
  REQUEST_TIMEOUT_MS: positive.default(20000),
  // How long the driver retries a transaction that failed for a transient reason (a
  // cluster election, a dropped connection) before the API answers SERVICE_UNAVAILABLE.
  DB_RETRY_MS: z.coerce.number().int().min(0).default(1000),
  DB_POOL_SIZE: positive.default(50),
  // How long a request that sends back a write's bookmarks (dealgraph-bookmarks) waits for
  // the database to have that write (never past REQUEST_TIMEOUT_MS); a quarter of
  // DB_POOL_SIZE may be waiting at once.
  BOOKMARK_WAIT_MS: positive.default(3000),

  SEED_ON_START: bool.default(true),
  SEED_PATH: z.string().default("seeds"),

  // Comma-separated bearer tokens, each `token` (editor) or `token:reader`: readers may
  // query, editors may also mutate.
  API_TOKENS: list.refine((entries) => entries.every((e) => TOKEN_ENTRY.test(e)), {
    message: "each entry is a token without spaces, optionally followed by :reader or :editor",
  }),
  // Who may run queries: anyone ("public") or callers with a reader or editor token ("token").
  QUERY_ACCESS: z.enum(["public", "token"]).default("public"),

  // Operation limits, checked before anything runs (docs/operations.md explains the cost).
  GRAPHQL_MAX_DEPTH: positive.default(10),
  GRAPHQL_MAX_ALIASES: positive.default(20),
  GRAPHQL_MAX_DIRECTIVES: positive.default(10),
  GRAPHQL_MAX_TOKENS: positive.default(2000),
  // An upper bound of the objects an answer can hold, from the lists' real bounds (each
  // list counted at its \`first\` or its default, 20): a dashboard's deal graph with the
  // sources of its 1,000 edges costs about 60,000; the request that once took the server
  // down costs 3.4 million.
  GRAPHQL_MAX_COST: positive.default(250000),
  HTTP_MAX_BODY_BYTES: positive.default(1024 * 1024),
  // What one request may read from the database (rows, and list items within rows) and
  // send back (bytes of JSON); text read counts towards the second after each query, so a
  // request is stopped before its answer is built (docs/operations.md).
  GRAPHQL_MAX_ROWS: positive.default(100_000),
  // The reads of one level of a request as one statement (src/store/common/merge-reads.ts);
  // false sends them as separate statements in one transaction (npm run bench compares).
  DB_MERGE_READS: bool.default(true),
  HTTP_MAX_RESPONSE_BYTES: positive.default(16 * 1024 * 1024),
  // CSV exports (GET /export/deals.csv ...): how long one may stream (its read transaction
  // stays open while the client downloads), and how many may run at once per instance.
  EXPORT_TIMEOUT_MS: positive.default(300_000),
  EXPORT_MAX_CONCURRENT: positive.default(4),
  // Subscriptions over WebSocket: open connections per instance, subscriptions per
  // connection, the size of one message, and how long a client has to send connection_init.
  WS_MAX_CONNECTIONS: positive.default(500),
  WS_MAX_SUBSCRIPTIONS: positive.default(10),
  WS_MAX_MESSAGE_BYTES: positive.default(64 * 1024),
  WS_INIT_TIMEOUT_MS: positive.default(5000),
  // What one article may hold, through the API or a file (src/ingest/limits.ts says why
  // these defaults): entities, facts (investments, roles and relations), body bytes, and
  // the bytes of an article file, checked before it is parsed.
  ARTICLE_MAX_ENTITIES: positive.default(DEFAULT_ARTICLE_LIMITS.maxEntities),
  ARTICLE_MAX_FACTS: positive.default(DEFAULT_ARTICLE_LIMITS.maxFacts),
  ARTICLE_MAX_BODY_BYTES: positive.default(DEFAULT_ARTICLE_LIMITS.maxBodyBytes),
  ARTICLE_MAX_FILE_BYTES: positive.default(DEFAULT_ARTICLE_LIMITS.maxFileBytes),
  // Answers kept for repeats of the same query (src/api/server/response-cache.ts): their
  // total size in bytes of JSON (0: no cache; default 64 MiB, 0 when NODE_ENV=test), and
  // how often the graph's write counters are read to learn of writes not announced.
  RESPONSE_CACHE_MAX_BYTES: z.coerce.number().int().min(0).optional(),
  RESPONSE_CACHE_CHECK_MS: positive.default(1000),
  // The schema over introspection; default: on, except when NODE_ENV=production.
  INTROSPECTION: bool.optional(),
  // Stack traces in GraphQL errors (extensions.stacktrace), for debugging the server: off
  // by default in every mode (a 20-line trace on each error drowns the message); refused
  // in production, where they would show the server's code to anyone.
  GRAPHQL_STACKTRACES: bool.default(false),

  // Origins allowed to call the API from a browser ("*" for any); none by default.
  CORS_ORIGINS: list.refine((origins) => origins.every((o) => o === "*" || /^https?:\/\/[^/\s]+$/.test(o)), {
    message: 'each entry is an origin such as https://app.example.com, or "*"',
  }),
  // Express's "trust proxy": which X-Forwarded-* headers to believe (false, true, a hop
  // count, or addresses/subnets). Only affects the client address in logs.
  TRUST_PROXY: z.string().default("false"),

  // Prometheus metrics at /metrics; with METRICS_TOKEN set, only for that bearer token.
  METRICS_ENABLED: bool.default(true),
  METRICS_TOKEN: z.string().optional(),

  // The GraphQL playground (/playground, and /graphql in a browser): "on", "token" (only
  // for an API token, which the browser asks for) or "off". Default: on, off in production.
  PLAYGROUND: z.enum(["on", "token", "off"]).optional(),
  // Live updates (the graphChanged subscription) shared by every instance using this Redis,
  // e.g. redis://localhost:6379. Unset: one instance, nothing else needed.
  REDIS_URL: z.string().url().optional(),
});

export type Config = Omit<z.infer<typeof schema>, "INTROSPECTION" | "RESPONSE_CACHE_MAX_BYTES"> & { INTROSPECTION: boolean; RESPONSE_CACHE_MAX_BYTES: number };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment; a bad value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(defined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const cfg = parsed.data;
  if (cfg.GRAPHQL_STACKTRACES && cfg.NODE_ENV === "production") {
    throw new ConfigError("invalid configuration:\n  GRAPHQL_STACKTRACES: must not be true when NODE_ENV=production (stack traces would reach every client)");
  }
  if (cfg.NEO4J_RESTART_MAX_MS < cfg.NEO4J_RESTART_MIN_MS) {
    throw new ConfigError(
      `invalid configuration:\n  NEO4J_RESTART_MAX_MS: must be at least NEO4J_RESTART_MIN_MS (${cfg.NEO4J_RESTART_MIN_MS}), got ${cfg.NEO4J_RESTART_MAX_MS}`,
    );
  }
  return {
    ...cfg,
    NEO4J_DATA_DIR: path.resolve(cfg.NEO4J_DATA_DIR),
    SEED_PATH: path.resolve(cfg.SEED_PATH),
    INTROSPECTION: cfg.INTROSPECTION ?? cfg.NODE_ENV !== "production",
    // Off by default in tests, whose fixtures are written straight through the driver, and
    // over a routing URI (a cluster, Aura): a reader that has not caught up with a write
    // could answer a request after the change was announced, and that answer be kept.
    RESPONSE_CACHE_MAX_BYTES: cfg.RESPONSE_CACHE_MAX_BYTES ?? (cfg.NODE_ENV === "test" || /^neo4j(\+s|\+ssc)?:/.test(cfg.NEO4J_URI ?? "") ? 0 : 64 * 1024 * 1024),
  };
}
