// Decisions as files (decisions/<id>.json, the format of src/domain/decisions.ts): found
// in any folder named `decisions` under the paths `npm run seed` is given, loaded before
// the articles so that resolution follows them, and written back from the graph by
// `npm run decisions -- export`.
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/db.js";
import { type Decision, decisionSchema } from "../domain/decisions.js";
import { allDecisions, decisionsById } from "../store/index.js";
import { applyDecision } from "./decide.js";
import { applyEntityMerge } from "./decide-entities.js";
import { DECISIONS_FOLDER } from "./files.js";
import { fieldPath, type Problem } from "./problems.js";

/** The decision files of a list of paths: every `*.json` under a folder named `decisions`. */
export async function listDecisionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info?.isDirectory()) continue;
    const entries = await readdir(p, { withFileTypes: true, recursive: true });
    for (const e of entries) {
      const full = path.join(e.parentPath, e.name);
      if (e.isFile() && e.name.endsWith(".json") && path.basename(e.parentPath) === DECISIONS_FOLDER) files.push(full);
    }
  }
  return [...new Set(files)].sort();
}

/** Reads and checks decision files: the decisions, oldest first, or every problem (file, field). */
export async function readDecisionFiles(files: readonly string[]): Promise<{ decisions: Decision[]; problems: Problem[] }> {
  const decisions: Decision[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      problems.push({ file, path: "", message: `is not JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = decisionSchema.safeParse(data);
    if (parsed.success) decisions.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ file, path: fieldPath(issue.path), message: issue.message });
  }
  const seen = new Map<string, string>();
  for (const [i, d] of decisions.entries()) {
    const other = seen.get(d.id);
    if (other) problems.push({ file: files[i]!, path: "id", message: `${d.id} is also the id of the decision in ${other}` });
    seen.set(d.id, files[i]!);
  }
  return { decisions: decisions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1)), problems };
}

/**
 * Loads decision files before the articles of a seed: each decision not yet in the graph
 * is recorded and applied to what the graph holds; one the graph has is left as it is
 * (the graph may have moved on: a revert made in the API since the files were written).
 */
export async function loadDecisions(db: Db, decisions: readonly Decision[]): Promise<number> {
  if (!decisions.length) return 0;
  const known = await decisionsById(db.reader(), decisions.map((d) => d.id));
  let applied = 0;
  // In order, each in its transaction: an entity merge rewrites the articles it names, read first.
  for (const d of decisions) {
    if (known.has(d.id)) continue;
    if (d.action === "MERGE_ENTITIES" && !d.reverted) await applyEntityMerge(db, d);
    else await db.writeTransaction((tx) => applyDecision(tx, d));
    applied++;
  }
  return applied;
}

/** Writes every decision of the graph to `<dir>/<id>.json` (each file whole: written aside, then renamed); the count. */
export async function exportDecisions(db: Db, dir: string): Promise<number> {
  const decisions = await allDecisions(db.reader());
  await mkdir(dir, { recursive: true });
  for (const d of decisions) {
    const file = path.join(dir, `${d.id}.json`);
    await writeFile(`${file}.tmp`, `${JSON.stringify(d, null, 2)}\n`);
    await rename(`${file}.tmp`, file);
  }
  return decisions.length;
}
