// Test runner settings: real Neo4j (tests/helpers/global-setup.ts), one test file at a time.
import { createRequire } from "node:module";
import { defineConfig, type Plugin } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * graphql 16 ships CommonJS (index.js) and ESM (index.mjs) side by side with no "exports" map.
 * Node, and so type-graphql, Apollo and every other dependency loaded by Node, gets the CommonJS
 * files; Vite would resolve our own `import ... from "graphql"` through the "module" field to
 * the .mjs files, a second copy whose classes fail `instanceof` against the first ("Cannot use
 * GraphQLSchema from another module or realm"). Resolving graphql and its subpaths exactly as
 * Node's require() does leaves one copy. tests/unit/graphql-single-copy.test.ts checks it.
 */
function graphqlAsNodeResolvesIt(): Plugin {
  return {
    name: "dealgraph:graphql-as-node-resolves-it",
    enforce: "pre",
    resolveId(source) {
      return source === "graphql" || source.startsWith("graphql/") ? require.resolve(source) : null;
    },
  };
}

export default defineConfig({
  plugins: [graphqlAsNodeResolvesIt()],
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // One Neo4j Community database (a single "neo4j" database) is shared and tests reset it.
    fileParallelism: false,
    testTimeout: 60_000,
    // Long enough for a hook that starts its own embedded Neo4j (~10 s, more on a cold JVM).
    hookTimeout: 240_000,
  },
});
