// The one reader of process.env: every setting, validated, with its default.
// Documented in README.md ("Configuration"); docker-compose.yml is checked against it.
import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

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

  DB_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),

  SEED_ON_START: bool.default(true),
  SEED_PATH: z.string().default("seeds"),

  // Comma-separated bearer tokens that may call mutations.
  API_TOKENS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((t) => t.trim()).filter(Boolean)),
});

export type Config = z.infer<typeof schema>;

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
  return { ...cfg, NEO4J_DATA_DIR: path.resolve(cfg.NEO4J_DATA_DIR), SEED_PATH: path.resolve(cfg.SEED_PATH) };
}
