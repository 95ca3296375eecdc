// What a load that must be refused reports: the problems, formatted as the CLI prints them.
import type { Db } from "../../src/db/db.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { formatProblem, InvalidArticlesError } from "../../src/ingest/problems.js";

/** Loads `paths` and returns the problems that refused the run; fails the test if it loaded. */
export async function problemsOf(db: Db, paths: string[]): Promise<string[]> {
  try {
    await loadArticles(db, paths);
  } catch (error) {
    if (error instanceof InvalidArticlesError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected the load to be rejected");
}
