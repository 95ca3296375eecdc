// Writes schema/schema.graphql from the code (npm run schema:emit). The file is committed
// so that reviews show every change to the API; tests/unit/schema-drift.test.ts checks it.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printDealgraphSchema } from "../api/schema.js";
import { readArgsOrExit } from "./args.js";

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

readArgsOrExit({
  name: "schema:emit",
  usage: `usage: dealgraph schema:emit
  Writes schema/schema.graphql from the code (then: npm run codegen, for the dashboard's types).`,
  options: {},
});
await writeFile(SCHEMA_FILE, printDealgraphSchema(), "utf8");
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
