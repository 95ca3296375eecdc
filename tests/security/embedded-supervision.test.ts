// The embedded Neo4j under the API's supervision, against the real thing: the API started as
// `npm start` starts it (src/index.ts in its own process, NEO4J_URI unset, a temporary data
// directory, free ports on 127.0.0.1), its Neo4j killed with kill -9, idle and then under
// editors' writes and readers' reads; then the API itself killed with kill -9, while a
// second API reuses its launcher. Figures are printed on stderr as [embedded-supervision].
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiProcess, freePort, launcherOn, processGone, spawnApi, waitUntilGone } from "../helpers/api-process.js";
import { postGraphql } from "../helpers/http.js";

const EDITOR = "supervision-editor-token-7c1d4a";
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome } }`;
/** An article's facts, and one of its companies (which exists only if some of the article was written). */
const FACTS = `query($id: ID!, $company: ID!) {
  article(id: $id) { id mentions { __typename } investments { id } roles { id } relations { id } }
  company(id: $company) { id }
}`;
const READS = [
  `{ companies(first: 5) { totalCount edges { node { id name } } } }`,
  `{ company(id: "meta") { name investmentsMade { id target { name } } } }`,
  `{ article(id: "meta-scale-ai") { title mentions { __typename } } }`,
];

/**
 * An article with four entities and four facts (two investments, a role, a relation), all its
 * own (explicit ids), so that "how much of it is in the graph" has one answer: all or nothing.
 */
function faultArticle(tag: string) {
  const [fund, alpha, beta, jane] = [`Fund ${tag}`, `Alpha ${tag}`, `Beta ${tag}`, `Jane ${tag}`];
  const sentences = [
    `${fund} invested $12 million in ${alpha}.`,
    `${alpha} acquired ${beta}.`,
    `${jane} is the chief executive of ${alpha}.`,
    `${alpha} partners with ${beta}.`,
  ];
  return {
    id: `fault-${tag}`,
    title: `Fault ${tag}`,
    publisher: "Fault Wire",
    language: "en",
    publishedOn: "2025-03-01",
    body: sentences.join(" "),
    entities: [
      { ref: "fund", type: "Company", id: `fund-${tag}`, name: fund },
      { ref: "alpha", type: "Company", id: `alpha-${tag}`, name: alpha },
      { ref: "beta", type: "Company", id: `beta-${tag}`, name: beta },
      { ref: "jane", type: "Person", id: `jane-${tag}`, name: jane },
    ],
    investments: [
      { kind: "FUNDING_ROUND", investors: ["fund"], target: "alpha", amount: { value: 12_000_000, currency: "USD" }, announcedOn: "2025-03", evidence: sentences[0] },
      { kind: "ACQUISITION", investors: ["alpha"], target: "beta", announcedOn: "2025-03", evidence: sentences[1] },
    ],
    roles: [{ person: "jane", company: "alpha", title: "Chief Executive Officer", evidence: sentences[2] }],
    relations: [{ type: "PARTNERS_WITH", from: "alpha", to: "beta", evidence: sentences[3] }],
  };
}
/** What faultArticle states: entities mentioned and facts of each kind. */
const STATED = { mentions: 4, investments: 2, roles: 1, relations: 1 };

type Answer = Awaited<ReturnType<typeof postGraphql>>;
const post = postGraphql;

async function probe(url: string, retry = true): Promise<{ health: { status: number; body: Record<string, unknown> }; ready: number; at: number }> {
  try {
    const [health, ready] = await Promise.all([fetch(`${url}/health`), fetch(`${url}/ready`)]);
    return { health: { status: health.status, body: (await health.json()) as Record<string, unknown> }, ready: ready.status, at: Date.now() };
  } catch (error) {
    // A kept-alive socket the server closed as it was reused (ECONNRESET, seen on a loaded
    // machine) is the client's race, not an answer: one more try, on a fresh connection.
    if (retry) return probe(url, false);
    throw new Error(`probing ${url}: ${(error as Error).message} (${String((error as Error).cause)})`, { cause: error });
  }
}

/** Probes until /ready is 200; every probe on the way is returned. */
async function untilReady(url: string, withinMs: number) {
  const seen: Array<Awaited<ReturnType<typeof probe>>> = [];
  const started = Date.now();
  for (;;) {
    const p = await probe(url);
    seen.push(p);
    if (p.ready === 200) return seen;
    if (Date.now() - started > withinMs) throw new Error(`/ready not 200 within ${withinMs / 1000} s; last: ${JSON.stringify(p)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the embedded Neo4j, supervised by the API", () => {
  let dataDir: string;
  let api: ApiProcess;
  let second: ApiProcess | undefined;
  const figures: Record<string, number | string> = {};
  const env = () => ({
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(neo4jPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    NEO4J_RESTART_MIN_MS: "1000",
    NEO4J_RESTART_MAX_MS: "8000",
    API_TOKENS: EDITOR,
    SEED_ON_START: "true",
    DB_RETRY_MS: "1000",
  });
  let neo4jPort: number;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-supervision-"));
    neo4jPort = await freePort();
    api = await spawnApi(env());
    await untilReady(api.url, 180_000).catch((error) => {
      throw new Error(`${(error as Error).message}\nAPI log:\n${api.lines.slice(-20).join("\n")}`);
    });
  });

  afterAll(async () => {
    // Whatever a failed test left: the APIs (our children), then any launcher still serving the directory.
    for (const p of [api, second]) if (p && p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    const left = dataDir ? launcherOn(dataDir) : undefined;
    if (left && !processGone(left.pid)) {
      await waitUntilGone(left.pid, 20_000).catch(() => process.kill(left.pid, "SIGKILL"));
    }
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    process.stderr.write(`[embedded-supervision] ${JSON.stringify(figures)}\n`);
  });

  it("restarts a Neo4j killed with kill -9: /health degraded and /ready 503 meanwhile, then ready again by itself", { timeout: 180_000 }, async () => {
    const before = launcherOn(dataDir)!;
    expect((await probe(api.url)).health.body).toEqual({ status: "ok" });

    process.kill(before.pid, "SIGKILL");
    const killedAt = Date.now();
    const seen = await untilReady(api.url, 150_000);
    const recoveryMs = seen.at(-1)!.at - killedAt;
    figures.idleKillToReadyMs = recoveryMs;

    // Meanwhile: alive (200), saying why it cannot serve, and not ready. The last probe may
    // overlap: the API's database probe can see the new Neo4j answer a moment before the
    // supervisor has finished its own check of it and says "ok".
    const degraded = seen.filter((p) => p.health.body.status === "degraded");
    expect(degraded.length).toBeGreaterThan(0);
    expect(degraded.slice(0, -1).every((p) => p.health.status === 200 && p.ready === 503)).toBe(true);
    expect(degraded[0]!.health.body).toMatchObject({ status: "degraded", database: "restarting", lastExit: "signal SIGKILL" });
    expect(seen.every((p) => p.health.status === 200)).toBe(true);

    // The same API process, a new Neo4j on the same port, and queries answered again. (Its
    // launcher.json is written once the supervisor's own check of Bolt is done, which may be
    // a moment after /ready saw it answer.)
    expect(api.child.exitCode).toBeNull();
    await expect.poll(() => newLauncher(before.pid), { timeout: 10_000 }).toBe(true);
    const after = launcherOn(dataDir)!;
    expect(after.uri).toBe(before.uri);
    const answer = await post(api.url, `{ company(id: "meta") { name } }`);
    expect(answer.body).toEqual({ data: { company: { name: "Meta" } } });
    await expect.poll(async () => (await probe(api.url)).health.body, { timeout: 10_000 }).toEqual({ status: "ok" });

    const logs = api.logs();
    expect(logs).toContainEqual(expect.objectContaining({ level: 50, msg: "embedded Neo4j died: restarting it", neo4jPid: before.pid, exit: "signal SIGKILL" }));
    expect(logs).toContainEqual(expect.objectContaining({ level: 40, msg: "embedded Neo4j: next start attempt", inMs: 1000 }));
    expect(logs).toContainEqual(expect.objectContaining({ msg: "embedded Neo4j restarted: the API is ready again once it answers", neo4jPid: after.pid, restarts: 1 }));
  });

  it("keeps every acknowledged write whole through a kill -9 under writes and reads, and recovers without a restart of the API", { timeout: 240_000 }, async () => {
    let running = true;
    const answers: Array<Answer & { kind: "read" | "write"; id?: string }> = [];
    const attempted: string[] = [];
    const acknowledged: string[] = [];
    const reader = async (n: number) => {
      for (let i = 0; running; i++) {
        answers.push({ ...(await post(api.url, READS[(n + i) % READS.length]!)), kind: "read" });
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        const input = faultArticle(`e${n}x${i}`);
        attempted.push(input.id);
        const answer = await post(api.url, INGEST, { input }, EDITOR);
        answers.push({ ...answer, kind: "write", id: input.id });
        // Acknowledged: answered with data and no error.
        if (answer.body?.data?.ingestArticle?.articleId === input.id && !answer.body.errors) acknowledged.push(input.id);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const clients = [...[0, 1, 2, 3].map(reader), ...[0, 1].map(writer)];

    let killedAt = 0;
    let readyAt = 0;
    try {
      await until(() => acknowledged.length >= 3, 90_000, "3 writes acknowledged");
      const victim = launcherOn(dataDir)!;
      process.kill(victim.pid, "SIGKILL");
      killedAt = Date.now();
      const seen = await untilReady(api.url, 150_000);
      readyAt = seen.at(-1)!.at;
      expect(seen.some((p) => p.ready === 503 && p.health.body.status === "degraded")).toBe(true);
      // Run on until reads and writes sent after recovery succeed.
      const ackedBefore = acknowledged.length;
      await until(
        () => answers.some((a) => a.kind === "read" && a.sentAt >= readyAt && a.status === 200 && !a.body?.errors) && acknowledged.length > ackedBefore,
        90_000,
        "reading and writing again",
      );
    } finally {
      running = false;
      await Promise.allSettled(clients);
    }
    await Promise.all(clients);
    figures.loadKillToReadyMs = readyAt - killedAt;
    figures.writesAttempted = attempted.length;
    figures.writesAcknowledged = acknowledged.length;
    figures.requests = answers.length;

    // The API never restarted, and every answer was data or a clean outage error.
    expect(api.child.exitCode).toBeNull();
    expect(api.logs().filter((l) => /^Dealgraph ready in /.test(l.msg))).toHaveLength(1);
    const errorCodes = new Map<string, number>();
    for (const a of answers) {
      expect(a.status, a.text).not.toBe(500);
      for (const e of a.body?.errors ?? []) {
        errorCodes.set(e.extensions?.code, (errorCodes.get(e.extensions?.code) ?? 0) + 1);
        expect(["SERVICE_UNAVAILABLE", "TIMEOUT"], a.text).toContain(e.extensions?.code);
      }
    }
    figures.errors = JSON.stringify(Object.fromEntries(errorCodes));
    expect(answers.some((a) => a.sentAt >= killedAt && a.doneAt <= readyAt && a.body?.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE")).toBe(true);

    // Every write: whole or absent; every acknowledged one: whole.
    const whole: string[] = [];
    const problems: string[] = [];
    for (const id of attempted) {
      const tag = id.replace(/^fault-/, "");
      const { body } = await post(api.url, FACTS, { id, company: `alpha-${tag}` });
      expect(body.errors, JSON.stringify(body)).toBeUndefined();
      const article = body.data.article;
      if (article) {
        const counts = {
          mentions: article.mentions.length,
          investments: article.investments.length,
          roles: article.roles.length,
          relations: article.relations.length,
        };
        if (JSON.stringify(counts) !== JSON.stringify(STATED)) problems.push(`${id} is half there: ${JSON.stringify(counts)}`);
        else whole.push(id);
      } else if (body.data.company) {
        problems.push(`${id} is absent but its company alpha-${tag} is there`);
      } else if (acknowledged.includes(id)) {
        problems.push(`${id} was acknowledged but is missing`);
      }
    }
    figures.writesWhole = whole.length;
    expect(problems).toEqual([]);
    expect(acknowledged.every((id) => whole.includes(id))).toBe(true);
  });

  it("ends the launcher when the API is killed with kill -9, even while another API reuses it; the other then starts its own", { timeout: 240_000 }, async () => {
    const owned = launcherOn(dataDir)!;
    second = await spawnApi(env());
    await untilReady(second.url, 120_000);
    // The second API uses the first one's launcher rather than failing on the store lock.
    expect(second.lines.join("\n")).toContain(`using the embedded Neo4j already running on ${dataDir} (pid ${owned.pid})`);

    api.child.kill("SIGKILL");
    await api.exited;
    figures.launcherExitAfterApiKillMs = await waitUntilGone(owned.pid, 30_000);

    // The reusing API saw it go and started its own, on the same port: ready again by itself.
    const killedAt = Date.now();
    await untilReady(second.url, 150_000);
    figures.reuserReadyAgainMs = Date.now() - killedAt;
    await expect.poll(() => newLauncher(owned.pid), { timeout: 10_000 }).toBe(true);
    const own = launcherOn(dataDir)!;
    expect(own.uri).toBe(owned.uri);
    expect(second.logs()).toContainEqual(expect.objectContaining({ msg: "embedded Neo4j died: restarting it", exit: "gone (it belonged to another process)" }));
    expect((await post(second.url, `{ company(id: "meta") { name } }`)).body).toEqual({ data: { company: { name: "Meta" } } });

    second.child.kill("SIGKILL");
    await second.exited;
    figures.ownLauncherExitAfterApiKillMs = await waitUntilGone(own.pid, 30_000);
  });

  /** Whether launcher.json names a launcher other than `oldPid`. */
  function newLauncher(oldPid: number): boolean {
    const record = launcherOn(dataDir);
    return record !== undefined && record.pid !== oldPid;
  }

  async function until(done: () => boolean, withinMs: number, what: string) {
    const started = Date.now();
    while (!done()) {
      if (Date.now() - started > withinMs) throw new Error(`not ${what} within ${withinMs / 1000} s; API log:\n${api.lines.slice(-10).join("\n")}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});
