// The commands of `dealgraph` (bin/dealgraph.js, src/cli/dealgraph.ts): one per script of
// package.json that runs a CLI of ours, by the script's name and running the script's file.
// tests/integration/cli-help.test.ts checks the two lists agree.
import type { Command } from "./args.js";

export interface Subcommand {
  /** The file it runs, from the repository's root. */
  file: string;
  summary: string;
}

/** The commands, in the order `dealgraph --help` lists them. Each is also `npm run <name>`. */
export const COMMANDS: Record<string, Subcommand> = {
  start: { file: "src/index.ts", summary: "start the API, the dashboard and the playground (embedded Neo4j unless NEO4J_URI)" },
  seed: { file: "src/cli/seed.ts", summary: "load article files (and decision files) into the graph" },
  extract: { file: "src/cli/extract.ts", summary: "draft an article file from raw news text, for review (-o draft.md)" },
  decisions: { file: "src/cli/decisions.ts", summary: "export or list the decisions on deal and entity resolution" },
  "eval:extract": { file: "src/cli/eval-extract.ts", summary: "score the extractor against the gold articles" },
  "eval:resolution": { file: "src/cli/eval-resolution.ts", summary: "measure deal resolution's precision and recall on synthetic news" },
  "schema:emit": { file: "src/cli/emit-schema.ts", summary: "write schema/schema.graphql from the code" },
  "web:build": { file: "src/web/build.ts", summary: "build the dashboard and the playground (web/ -> dist/public)" },
  "neo4j:build": { file: "src/cli/build-launcher.ts", summary: "build the embedded Neo4j launcher now (Java and Maven)" },
  gen: { file: "src/bench/compare/gen.ts", summary: "make synthetic deal data, in the database or as article files" },
  bench: { file: "src/bench/compare/bench.ts", summary: "Dealgraph against the Neo4j GraphQL Library and raw Cypher" },
  "bench:profile": { file: "src/bench/compare/profile.ts", summary: "where each benchmark query spends its time" },
  "bench:ingest": { file: "src/bench/ingest.ts", summary: "loading speed: the loader against plain batched MERGE" },
  "bench:graph": { file: "src/bench/graph.ts", summary: "deal graph and path queries on a large graph" },
  "bench:load": { file: "bench/load/run.ts", summary: "the API under concurrent clients" },
};

/** Other names people reach for. */
export const ALIASES: Record<string, string> = { serve: "start" };

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: dealgraph <command> [arguments]     (dealgraph <command> --help for its own)
Commands (each also npm run <command> -- [arguments]; start is also serve):
${lines.join("\n")}
Run it from the repository's folder: settings come from the environment (README.md,
"Configuration") and relative defaults (.data/neo4j, seeds/) from the current folder.`;
}

/** `dealgraph start` (src/index.ts), whose arguments the bin reads first: it builds the pages before starting. */
export const START = {
  name: "start",
  usage: `usage: dealgraph start        (also: dealgraph serve, npm start)
  Starts the API: the embedded Neo4j (unless NEO4J_URI is set), the schema, the seed
  articles when the graph is empty (SEED_ON_START, SEED_PATH), and the HTTP server on
  HOST:PORT (default 127.0.0.1:4000). One line says when it is ready, with the addresses
  of the dashboard (/), the playground (/playground) and GraphQL (/graphql).
  Settings are environment variables (README.md, "Configuration"). Logs go to stdout:
  readable lines on a terminal, JSON lines otherwise; LOG_FORMAT=json or pretty chooses.
  Ctrl-C (SIGINT) or SIGTERM drains the requests in flight and stops cleanly.`,
  options: {},
} satisfies Command<Record<string, never>>;
