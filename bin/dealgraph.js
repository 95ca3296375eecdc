#!/usr/bin/env node
// `dealgraph <command>`: Dealgraph's commands (src/cli/commands.ts), TypeScript run through
// tsx in this process, as `npm run` does but without npm's banner. `npx dealgraph --help`
// lists them.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// The repository's tsconfig whatever the current folder: decorators (type-graphql) need it.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli/dealgraph.ts");
