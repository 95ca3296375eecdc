// Builds the web pages (web/ -> dist/public, with Vite) when what they are built from has
// changed, so that `npm start` and `npm test` serve pages built from the current web/ and
// an up-to-date build costs nothing. "What they are built from" is web/, examples/, the
// domain file the dashboard imports and the lockfile, by content: a checkout that only
// touches file times does not rebuild.
//
//   tsx src/web/build.ts             build now
//   tsx src/web/build.ts --if-stale  build only when the inputs changed since the last build;
//                                    a failure is reported, not fatal (npm start goes on)
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArgsOrExit } from "../cli/args.js";
import { WEB_ROOT } from "./routes.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// src/domain/limits.ts and vocabulary.ts: the files outside web/ that the dashboard imports (the
// API's reach limits, the order of deal kinds).
const INPUTS = ["web", "examples", "src/domain/limits.ts", "src/domain/vocabulary.ts", "package-lock.json"];
const STAMP = path.join(WEB_ROOT, ".inputs-sha256");

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)))
    .sort();
}

/** A digest of every input file's path and content. */
export function inputsDigest(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Whether dist/public is missing or was built from other inputs. */
export function webBuildIsStale(): boolean {
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html")) || !fs.existsSync(STAMP)) return true;
  return fs.readFileSync(STAMP, "utf8").trim() !== inputsDigest();
}

/** Builds web/ into dist/public with Vite (a dev dependency) and records what it was built from. */
export async function buildWeb(log: (line: string) => void = () => undefined): Promise<void> {
  const digest = inputsDigest();
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new Error("Vite is not installed (it is a dev dependency): run `npm install`, then `npm run web:build`.");
  }
  const started = Date.now();
  await vite.build({
    configFile: path.join(ROOT, "web/vite.config.ts"),
    logLevel: "warn",
  });
  fs.writeFileSync(STAMP, `${digest}\n`);
  log(`web pages built into ${path.relative(ROOT, WEB_ROOT)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the pages when they are missing or stale; resolves at once when they are current. */
export async function ensureWebBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  if (!webBuildIsStale()) return;
  log("web pages missing or out of date: building them (web/ -> dist/public)");
  await buildWeb(log);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const ifStale = readArgsOrExit({
    name: "web:build",
    usage: `usage: dealgraph web:build [--if-stale]
  Builds the dashboard and the playground (web/ -> dist/public, with Vite).
  --if-stale   only when web/ (or what it imports) changed since the last build`,
    options: { "if-stale": { type: "boolean" } },
  }).values["if-stale"];
  const log = (line: string) => console.log(line);
  (ifStale ? ensureWebBuilt(log) : buildWeb(log)).catch((error: Error) => {
    console.error(`web build failed: ${error.message}`);
    // Before `npm start` (--if-stale), the API starts all the same: its pages then say what is missing.
    process.exit(ifStale ? 0 : 1);
  });
}
