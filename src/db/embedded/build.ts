// Builds the launcher (tools/neo4j-launcher) with Maven when its jar is missing or older than its
// sources, after checking that Java 17+ and Maven are there to say what to install if not.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { indent, tailOfFile } from "./text.js";
import type { EnsureLauncherOptions, LauncherPaths } from "./types.js";

/**
 * Returns the launcher's jar and library folder, building them with Maven first when they are
 * missing or older than pom.xml or the Java sources.
 *
 * @example
 *   const paths = await ensureLauncherBuilt({ log: (m) => logger.info(m) });
 */
export async function ensureLauncherBuilt(opts: EnsureLauncherOptions = {}): Promise<LauncherPaths> {
  const dir = opts.launcherDir ?? findLauncherDir();
  const java = opts.commands?.java ?? "java";
  const mvn = opts.commands?.mvn ?? "mvn";
  const jar = path.join(dir, "target", "neo4j-launcher.jar");
  const libDir = path.join(dir, "target", "lib");
  const paths: LauncherPaths = { dir, jar, libDir, classpath: `${jar}${path.delimiter}${path.join(libDir, "*")}` };

  checkJava(java);
  if (!needsBuild(paths)) return paths;

  checkTool(mvn, "maven");
  const logFile = path.join(dir, "target", "build.log");
  await fsp.mkdir(path.dirname(logFile), { recursive: true });
  opts.log?.(
    fs.existsSync(paths.jar)
      ? `rebuilding embedded Neo4j launcher (pom.xml or its sources changed)… log: ${logFile}`
      : `building embedded Neo4j launcher (first run, downloads ~120 MB from Maven Central)… log: ${logFile}`,
  );
  const out = fs.openSync(logFile, "w");
  try {
    const code = await new Promise<number | string>((resolve, reject) => {
      const child = spawn(mvn, ["-q", "-B", "-f", path.join(dir, "pom.xml"), "package", "-DskipTests"], {
        stdio: ["ignore", out, out],
      });
      child.once("error", reject);
      child.once("exit", (c, signal) => resolve(c ?? signal ?? "unknown"));
    });
    if (code !== 0 || needsBuild(paths)) {
      throw new Error(
        `building the embedded Neo4j launcher failed (mvn exited with ${code}); see ${logFile}:\n` +
          indent(tailOfFile(logFile)),
      );
    }
  } finally {
    fs.closeSync(out);
  }
  return paths;
}



function findLauncherDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tools", "neo4j-launcher");
    if (fs.existsSync(path.join(candidate, "pom.xml"))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`tools/neo4j-launcher/pom.xml not found above ${fileURLToPath(import.meta.url)}`);
    }
  }
}

function missingToolError(problem: string): Error {
  return new Error(
    `the embedded Neo4j needs Java 17+ and Maven, but ${problem}.\n` +
      `  Install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven),\n` +
      `  or set NEO4J_URI to an existing Neo4j 5 (with NEO4J_USER and NEO4J_PASSWORD).`,
  );
}

/** Runs `<cmd> -version`; returns its output, or throws the install advice. */
function checkTool(cmd: string, name: string): string {
  const r = spawnSync(cmd, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw missingToolError(code === "ENOENT" ? `\`${cmd}\` (${name}) was not found on PATH` : `\`${cmd} -version\` failed: ${r.error.message}`);
  }
  if (r.status !== 0) throw missingToolError(`\`${cmd} -version\` exited with ${r.status ?? r.signal}`);
  return `${r.stdout}${r.stderr}`;
}

function checkJava(cmd: string): void {
  const out = checkTool(cmd, "java");
  // `java -version` prints e.g. `openjdk version "17.0.15"` or, before Java 9, `"1.8.0_392"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  if (!m) return; // an unusual build: let the launcher itself say what is wrong
  const major = m[1] === "1" ? Number(m[2]) : Number(m[1]);
  if (major < 17) throw missingToolError(`\`${cmd}\` is Java ${major}`);
}

function needsBuild(paths: LauncherPaths): boolean {
  let jarTime: number;
  try {
    jarTime = fs.statSync(paths.jar).mtimeMs;
    if (!fs.readdirSync(paths.libDir).some((f) => f.endsWith(".jar"))) return true;
  } catch {
    return true;
  }
  const sources = [path.join(paths.dir, "pom.xml")];
  const srcDir = path.join(paths.dir, "src");
  if (fs.existsSync(srcDir)) {
    for (const f of fs.readdirSync(srcDir, { recursive: true, encoding: "utf8" })) sources.push(path.join(srcDir, f));
  }
  return sources.some((f) => fs.statSync(f).mtimeMs > jarTime);
}
