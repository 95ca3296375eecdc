// Applies schema/migrations/*.cypher in file order. Every statement is written with
// IF NOT EXISTS, so applying them again (each start, each test run) changes nothing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { COUNT_WRITE } from "./db.js";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/migrations");

/** Splits a migration file into statements: `;` at a line end closes one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applyMigrations(driver: Driver, database?: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  const applied: string[] = [];
  const session = driver.session({ database });
  try {
    for (const file of files) {
      for (const statement of splitStatements(await readFile(path.join(dir, file), "utf8"))) {
        // Schema statements cannot share a transaction with data; each runs on its own.
        const { summary } = await session.run(statement);
        // A migration that changed data counts as a write nobody announced, so the
        // response caches of instances already running drop what it may have changed.
        const u = summary.counters.updates();
        if (u.nodesCreated + u.nodesDeleted + u.propertiesSet + u.relationshipsCreated + u.relationshipsDeleted + u.labelsAdded + u.labelsRemoved > 0) {
          await session.run(COUNT_WRITE, { announced: 0 });
        }
      }
      applied.push(file);
    }
    // Indexes are built in the background; queries should not race a fresh one.
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
  return applied;
}
