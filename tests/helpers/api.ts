// Runs GraphQL operations through the real server (Apollo's pipeline: validation rules,
// formatError) against the test database, and reports the round trips each one made.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { createContext } from "../../src/api/context.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "./db.js";

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  /** Database round trips the operation made (Db.roundTrips of its context). */
  roundTrips: number;
}

export interface TestApi {
  server: DealgraphServer;
  config: Config;
  /** `as.token`: the bearer token the request carries (an API_TOKENS entry for mutations). */
  run<T = any>(query: string, variables?: Record<string, unknown>, as?: { token?: string }): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

/** A started server (not listening) on `driver`; NODE_ENV is "test" unless `env` says otherwise. */
export async function startTestApi(driver: Driver, env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const server = createServer({ driver, config });
  await server.start();
  return {
    server,
    config,
    async run(query, variables, as) {
      const contextValue = createContext({ driver, config, ...(as?.token ? { token: as.token } : {}) });
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: data as any, errors: errors as GraphQLResult["errors"], roundTrips: contextValue.db.roundTrips };
    },
    stop: () => server.stop(),
  };
}

/**
 * For a test file that asks questions of loaded articles: registers the hooks that empty
 * the test database, load `folders` through the real loader and start a test API (before
 * all), and stop it (after all). The API it returns answers from beforeAll on.
 */
export function useLoadedApi(folders: string[] = ["seeds", "tests/fixtures/corpus"]): Pick<TestApi, "run"> {
  let api: TestApi | undefined;
  beforeAll(async () => {
    await applyMigrations(testDriver());
    await resetDatabase();
    await loadArticles(new Db(testDriver()), folders);
    api = await startTestApi(testDriver());
  });
  afterAll(async () => {
    await api?.stop();
    await closeTestDriver();
  });
  return {
    run: (query, variables) => {
      if (!api) throw new Error("useLoadedApi: the API starts in beforeAll; ask it from a test");
      return api.run(query, variables);
    },
  };
}
