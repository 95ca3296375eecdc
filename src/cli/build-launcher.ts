// `npm run neo4j:build`: builds the embedded Neo4j launcher now (it is otherwise built on
// first use), so that CI and Docker-less setups fail early and clearly if Java or Maven is missing.
import { ensureLauncherBuilt } from "../db/embedded.js";
import { readArgsOrExit } from "./args.js";

readArgsOrExit({
  name: "neo4j:build",
  usage: `usage: dealgraph neo4j:build
  Builds the embedded Neo4j launcher (tools/neo4j-launcher, with Maven) if it is not built yet;
  otherwise it is built on first use. Needs Java 17+ and Maven.`,
  options: {},
});

try {
  const paths = await ensureLauncherBuilt({ log: (m) => console.error(`neo4j:build: ${m}`) });
  console.error(`neo4j:build: ready (${paths.jar})`);
} catch (error) {
  console.error(`neo4j:build: ${(error as Error).message}`);
  process.exit(1);
}
