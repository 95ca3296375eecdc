// The advice given when Java or Maven is missing or too old, before any launcher is started.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureLauncherBuilt } from "../../src/db/embedded.js";

const advice =
  "  Install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven),\n" +
  "  or set NEO4J_URI to an existing Neo4j 5 (with NEO4J_USER and NEO4J_PASSWORD).";

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a rejection");
}

describe("ensureLauncherBuilt without the tools it needs", () => {
  let dir: string;
  let launcherDir: string;

  /** A stand-in `java` that prints the given version banner, as `java -version` does (stderr). */
  async function fakeJava(version: string): Promise<string> {
    const file = path.join(dir, `java-${version}`);
    await fs.writeFile(file, `#!/bin/sh\necho 'openjdk version "${version}" 2024-01-16' >&2\n`, { mode: 0o755 });
    return file;
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-tools-"));
    // A launcher folder that was never built, so Maven is needed.
    launcherDir = path.join(dir, "neo4j-launcher");
    await fs.mkdir(launcherDir);
    await fs.writeFile(path.join(launcherDir, "pom.xml"), "<project/>\n");
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("says what to install when java is not on PATH", async () => {
    const message = await failure(ensureLauncherBuilt({ launcherDir, commands: { java: "dealgraph-no-such-java" } }));
    expect(message).toBe(
      "the embedded Neo4j needs Java 17+ and Maven, but `dealgraph-no-such-java` (java) was not found on PATH.\n" + advice,
    );
  });

  it("rejects a Java older than 17", async () => {
    const java = await fakeJava("11.0.22");
    const message = await failure(ensureLauncherBuilt({ launcherDir, commands: { java } }));
    expect(message).toBe(`the embedded Neo4j needs Java 17+ and Maven, but \`${java}\` is Java 11.\n${advice}`);
  });

  it("says what to install when the launcher must be built and mvn is not on PATH", async () => {
    const java = await fakeJava("17.0.15");
    const message = await failure(
      ensureLauncherBuilt({ launcherDir, commands: { java, mvn: "dealgraph-no-such-mvn" } }),
    );
    expect(message).toBe(
      "the embedded Neo4j needs Java 17+ and Maven, but `dealgraph-no-such-mvn` (maven) was not found on PATH.\n" + advice,
    );
  });
});
