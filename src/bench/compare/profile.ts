// `npm run bench:profile [-- --queries "profile,deal list"] [--requests 60]`: where a
// query's time goes, on the graph `npm run gen` made (NEO4J_URI, else the embedded
// database on NEO4J_DATA_DIR). For each query of the benchmark's mix, Dealgraph in this
// process (Apollo's executeOperation, no HTTP) and raw Cypher:
// - the statements Dealgraph sends, each with its database hits (PROFILE) and the size of
//   its rows as JSON: query shape and over-fetching;
// - time per request: all of it, the part spent in transactions, the rest (parsing,
//   validation, resolvers, result mapping);
// - the same for the raw statement, the floor.
import neo4j, { type Driver } from "neo4j-driver";
import { readArgsOrExit } from "../../cli/args.js";
import { loadConfig } from "../../config.js";
import { createContext } from "../../api/context.js";
import { openDatabase } from "../../db/connect.js";
import { createServer } from "../../api/server/index.js";
import { rawClient } from "./client.js";
import { recordingDriver, type Sent } from "./recording-driver.js";
import { drawInputs, QUERIES } from "./queries.js";

const { values } = readArgsOrExit({
  name: "bench:profile",
  usage: `usage: dealgraph bench:profile [--queries "profile,deal list"] [--requests 60] [--seed 7]
  Where each query of the benchmark's mix spends its time, on the graph gen made (NEO4J_URI,
  else the embedded database on NEO4J_DATA_DIR): statements, database hits, time per request.`,
  options: { queries: { type: "string" }, requests: { type: "string", default: "60" }, seed: { type: "string", default: "7" } },
});
const requests = Number(values.requests);
const queries = values.queries ? QUERIES.filter((q) => values.queries!.split(",").includes(q.name)) : QUERIES;

const dbHits = (p: neo4j.ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + dbHits(c), 0);

async function profiled(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<{ hits: number; bytes: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher}`, params);
    const rows = result.records.map((r) => r.toObject());
    return { hits: dbHits(result.summary.profile as neo4j.ProfiledPlan), bytes: JSON.stringify(rows, (_k, v) => (neo4j.isInt(v) ? v.toNumber() : v)).length };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" });
  const database = await openDatabase(config, (m) => console.error(`profile: ${m}`));
  const sink: { record: Sent[] | null } = { record: null };
  const driver = recordingDriver(database.driver, sink);
  const server = createServer({ driver, config });
  await server.start();
  try {
    const inputs = await drawInputs(database.driver, Number(values.seed));
    const raw = rawClient(database.driver);
    for (const q of queries) {
      const own = inputs[q.name]!;
      const once = async (i: number) => {
        const contextValue = createContext({ driver, config });
        const started = performance.now();
        const response = await server.apollo.executeOperation({ query: q.dealgraph.query, variables: q.dealgraph.variables(own[i % own.length]!) }, { contextValue });
        const ms = performance.now() - started;
        if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
        const bytes = response.body.kind === "single" ? JSON.stringify(response.body.singleResult).length : 0;
        return { ms, db: contextValue.db.timeMs, roundTrips: contextValue.db.roundTrips, bytes };
      };
      for (let i = 0; i < 20; i++) await once(i);
      let [ms, db, bytes, roundTrips] = [0, 0, 0, 0];
      for (let i = 0; i < requests; i++) {
        const r = await once(i);
        [ms, db, bytes, roundTrips] = [ms + r.ms, db + r.db, bytes + r.bytes, roundTrips + r.roundTrips];
      }
      let rawMs = 0;
      for (let i = 0; i < 20; i++) await raw(q, own[i % own.length]!);
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        await raw(q, own[i % own.length]!);
        rawMs += performance.now() - started;
      }

      // The statements of one request (the first input), profiled one by one.
      sink.record = [];
      await once(0);
      const sent = sink.record;
      sink.record = null;
      console.log(`\n## ${q.name}\n`);
      console.log(`Dealgraph: ${(ms / requests).toFixed(1)} ms a request, ${(db / requests).toFixed(1)} ms of it in ${(roundTrips / requests).toFixed(1)} transactions, ${((ms - db) / requests).toFixed(1)} ms outside them; response ${Math.round(bytes / requests)} bytes`);
      let total = 0;
      for (const s of sent) {
        const p = await profiled(database.driver, s.cypher, s.params);
        total += p.hits;
        console.log(`  ${s.cypher.split("\n")[0]}: ${p.hits} db hits, rows ${p.bytes} bytes`);
      }
      const floor = await profiled(database.driver, q.raw.cypher, q.raw.params(own[0]!));
      console.log(`  in all: ${sent.length} statements, ${total} db hits`);
      console.log(`raw Cypher: ${(rawMs / requests).toFixed(1)} ms a request; ${floor.hits} db hits, rows ${floor.bytes} bytes`);
    }
  } finally {
    await server.stop();
    await database.close();
  }
}

await main();
