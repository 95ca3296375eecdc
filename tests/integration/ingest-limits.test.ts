// Issue 11, points 2, 5 and 6 on every path in: the ingestArticle mutation, article files
// (npm run seed and its --dry-run) share one validation (src/ingest/validate.ts), so an
// amount over the bound, a fact stated twice, or an article over a cap is refused by each,
// naming the input or file, the field and the bound, and nothing is written.
import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createContext } from "../../src/api/context.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { formatProblem, InvalidArticlesError } from "../../src/ingest/problems.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const TOKEN = "limits-editor-token-0123456789";
const servers: DealgraphServer[] = [];
let dir: string;

async function start(env: Record<string, string> = {}) {
  const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", API_TOKENS: TOKEN, ...env });
  const server = createServer({ driver: testDriver(), config });
  await server.start();
  servers.push(server);
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const contextValue = createContext({ driver: testDriver(), config, token: TOKEN });
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
  };
}
let run: Awaited<ReturnType<typeof start>>;

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome created { id type } } }`;

async function nodeCount(): Promise<number> {
  const [row] = await new Db(testDriver()).read<{ n: number }>("MATCH (n) RETURN count(n) AS n");
  return row!.n;
}

/** A valid article: Alpha buys Beta, Pat runs Alpha, Alpha competes with Beta; `change` edits it. */
function article(change: (a: any) => void = () => {}): any {
  const a = {
    id: "alpha-beta",
    title: "Alpha buys Beta",
    publisher: "Example News",
    language: "en",
    publishedOn: "2024-05-21",
    entities: [
      { ref: "alpha", type: "Company", name: "Alpha Limits Corp" },
      { ref: "beta", type: "Company", name: "Beta Limits Corp" },
      { ref: "pat", type: "Person", name: "Pat Limits" },
    ],
    investments: [
      { kind: "ACQUISITION", investors: ["alpha"], target: "beta", amount: { value: 5e8, currency: "EUR" }, announcedOn: "2024-05", evidence: "Alpha bought Beta" },
    ],
    roles: [{ person: "pat", company: "alpha", title: "CEO", evidence: "Pat, who runs Alpha" }],
    relations: [{ type: "COMPETES_WITH", from: "alpha", to: "beta", evidence: "Alpha competes with Beta" }],
    body: "Alpha bought Beta for 500 million euros. Pat, who runs Alpha, said so. Alpha competes with Beta no more.",
  };
  change(a);
  return a;
}

/** An article at a size: `entities` companies, `facts` deals from each to the next, each with its sentence. */
function bigArticle(entities: number, facts: number): any {
  const names = Array.from({ length: entities }, (_, i) => `Limitco ${i}`);
  const deals = Array.from({ length: facts }, (_, i) => ({
    id: `limitco-deal-${i}`,
    kind: "FUNDING_ROUND",
    investors: [`e${i % entities}`],
    target: `e${(i + 1) % entities}`,
    evidence: `${names[i % entities]} invested in ${names[(i + 1) % entities]}, deal ${i}.`,
  }));
  return {
    id: `big-${entities}-${facts}`,
    title: "A long roundup",
    publisher: "Example News",
    language: "en",
    publishedOn: "2024-05-21",
    entities: names.map((name, i) => ({ ref: `e${i}`, type: "Company", name })),
    investments: deals,
    body: deals.map((d) => d.evidence).join(" "),
  };
}

/** The problems the mutation answered, as `field: message`. */
async function refused(input: unknown): Promise<string[]> {
  const { data, errors } = await run(INGEST, { input });
  expect(data?.ingestArticle ?? null).toBeNull();
  expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  return errors![0]!.extensions.problems.map((p: { field: string; message: string }) => `${p.field}: ${p.message}`);
}

/** The problems loading these paths reported, or [] when it loaded them. */
async function fileProblems(paths: string[], options: Parameters<typeof loadArticles>[2] = {}): Promise<string[]> {
  try {
    await loadArticles(new Db(testDriver()), paths, options);
    return [];
  } catch (error) {
    if (error instanceof InvalidArticlesError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** `npm run seed -- <args>` as a process, with extra environment. */
async function seed(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return promisify(execFile)(tsx, ["src/cli/seed.ts", ...args], { env: { ...process.env, ...env } }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  run = await start();
  dir = await mkdtemp(path.join(tmpdir(), "dealgraph-limits-"));
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  for (const s of servers) await s.stop();
  await rm(dir, { recursive: true, force: true });
  await closeTestDriver();
});

describe("through ingestArticle", () => {
  it("takes the valid article (the cases below each break it in one way)", async () => {
    const { errors, data } = await run(INGEST, { input: article() });
    expect(errors).toBeUndefined();
    expect(data.ingestArticle.outcome).toBe("CREATED");
  });

  it("refuses 1e308 EUR, judged in dollars at 2024's rate, and writes nothing", async () => {
    const problems = await refused(article((a) => (a.investments[0].amount.value = 1e308)));
    expect(problems).toEqual([
      "input.investments[0].amount.value: 1.00e+308 EUR (about $1.08e+308 at 2024's rate) is over the bound of $10 trillion; the largest deal ever reported was about $200 billion: a typo, or a figure in the wrong unit?",
    ]);
    expect(await nodeCount()).toBe(0);
  });

  it("refuses a valuation over the bound, and a literal too large for a double (1e400, read as Infinity)", async () => {
    expect(await refused(article((a) => (a.investments[0].valuation = { value: 2e13, currency: "USD" })))).toEqual([
      expect.stringMatching(/^input\.investments\[0\]\.valuation\.value: 20,000,000,000,000 USD is over the bound of \$10 trillion/),
    ]);
    // As a literal in the document, graphql-js parses 1e400 to Infinity without complaint.
    const literal = `mutation { ingestArticle(input: {
      id: "x", title: "T", publisher: "P", language: "en", publishedOn: "2024",
      entities: [{ ref: "a", type: "Company", name: "Alpha Limits Corp" }, { ref: "b", type: "Company", name: "Beta Limits Corp" }],
      investments: [{ kind: ACQUISITION, investors: ["a"], target: "b", amount: { value: 1e400, currency: "USD" }, evidence: "Alpha bought Beta" }],
      body: "Alpha bought Beta." }) { outcome } }`;
    const { errors } = await run(literal);
    expect(errors?.[0]?.extensions?.problems).toEqual([{ field: "input.investments[0].amount.value", message: "must be a finite number, got Infinity" }]);
    expect(await nodeCount()).toBe(0);
  });

  it("refuses a fact stated twice: a deal id, the same deal, the same role, the same relation the other way round", async () => {
    const problems = await refused(
      article((a) => {
        a.investments.push({ ...a.investments[0], amount: { value: 6e8, currency: "EUR" } });
        a.investments.push({ id: "twice", kind: "FUNDING_ROUND", investors: ["beta"], target: "alpha", evidence: "Alpha bought Beta" });
        a.investments.push({ id: "twice", kind: "EQUITY_STAKE", investors: ["pat"], target: "alpha", evidence: "Alpha bought Beta" });
        a.roles.push({ ...a.roles[0], title: "ceo", since: "2020" });
        a.relations.push({ type: "COMPETES_WITH", from: "beta", to: "alpha", evidence: "Alpha competes with Beta" });
      }),
    );
    expect(problems).toEqual([
      'input.investments[3].id: "twice" is also investments[2].id',
      "input.investments[1]: the same deal as investments[0] (same target, kind, investors and announcement month): state it once, or give each its own id if they are two deals",
      "input.roles[1]: the same role as roles[0] (same person, company and title; a role has one tenure): state it once",
      "input.relations[1]: the same relation as relations[0] (COMPETES_WITH between the same companies, in either order): state it once",
    ]);
    expect(await nodeCount()).toBe(0);
  });

  it("gives a new entity its slug even when a deal of the same article has that id (ids are unique within their kind, issue 12 item 9)", async () => {
    // "Beta Limits Corp" takes the slug beta-limits-corp, which the deal also names: two nodes.
    const { errors } = await run(INGEST, { input: article((a) => (a.investments[0].id = "beta-limits-corp")) });
    expect(errors).toBeUndefined();
    const rows = await new Db(testDriver()).read<{ id: string; labels: string[] }>(
      "MATCH (n:Node) WHERE n.id STARTS WITH 'beta-limits-corp' RETURN n.id AS id, labels(n) AS labels ORDER BY id, 'Investment' IN labels(n)",
    );
    expect(rows.map((r) => [r.id, r.labels.includes("Investment") ? "Investment" : r.labels.includes("Company") ? "Company" : r.labels.join(":")])).toEqual([
      ["beta-limits-corp", "Company"],
      ["beta-limits-corp", "Investment"],
    ]);
  });

  it("refuses an article over the default caps at once, naming the field and the cap", async () => {
    let started = Date.now();
    expect(await refused(bigArticle(10_000, 1))).toEqual(["input.entities: 10,000 entities; the limit is 500 (ARTICLE_MAX_ENTITIES)"]);
    const tenThousand = Date.now() - started;
    expect(tenThousand).toBeLessThan(2000);
    expect(await refused(bigArticle(2, 501))).toEqual(["input.investments: 501 facts (501 investments); the limit is 500 (ARTICLE_MAX_FACTS)"]);
    started = Date.now();
    const body = article((a) => (a.body = `${a.body} ${"x".repeat(256 * 1024)}`));
    expect(await refused(body)).toEqual([`input.body: ${(Buffer.byteLength(body.body)).toLocaleString("en-US")} bytes; the limit is 262,144 (ARTICLE_MAX_BODY_BYTES)`]);
    expect(await nodeCount()).toBe(0);
    console.log(`10,000 entities refused in ${tenThousand} ms; a 256 KiB body in ${Date.now() - started} ms`);
  });

  it("takes an article at the caps (500 entities, 500 facts) within the request deadline", async () => {
    const started = Date.now();
    const { errors, data } = await run(INGEST, { input: bigArticle(500, 500) });
    const ms = Date.now() - started;
    expect(errors).toBeUndefined();
    expect(data.ingestArticle.created.filter((c: { type: string }) => c.type === "Investment")).toHaveLength(500);
    expect(ms).toBeLessThan(loadConfig().REQUEST_TIMEOUT_MS);
    console.log(`an article of 500 entities and 500 facts loaded in ${ms} ms`);
  });

  it("follows the ARTICLE_MAX_* settings", async () => {
    const strict = await start({ ARTICLE_MAX_ENTITIES: "2", ARTICLE_MAX_FACTS: "2", ARTICLE_MAX_BODY_BYTES: "50" });
    const { errors } = await strict(INGEST, { input: article() });
    expect(errors?.[0]?.extensions?.problems).toEqual([
      { field: "input.entities", message: "3 entities; the limit is 2 (ARTICLE_MAX_ENTITIES)" },
      { field: "input.investments", message: "3 facts (1 investments, 1 roles, 1 relations); the limit is 2 (ARTICLE_MAX_FACTS)" },
      { field: "input.body", message: "104 bytes; the limit is 50 (ARTICLE_MAX_BODY_BYTES)" },
    ]);
    expect(await nodeCount()).toBe(0);
    expect(() => loadConfig({ ARTICLE_MAX_FACTS: "none" })).toThrow(/ARTICLE_MAX_FACTS/);
  });
});

describe("through article files", () => {
  it("refuses a file over the entity cap, and one over the file size before parsing it (a link to /dev/zero too)", async () => {
    const many = path.join(dir, "many.json");
    await writeFile(many, JSON.stringify(bigArticle(501, 1)));
    const huge = path.join(dir, "huge.md");
    await writeFile(huge, `---\ntitle: T\n---\n${"x".repeat(1024 * 1024)}`);
    const zero = path.join(dir, "zero.md");
    await symlink("/dev/zero", zero);
    expect(await fileProblems([many, huge, zero])).toEqual([
      `${many}: entities: 501 entities; the limit is 500 (ARTICLE_MAX_ENTITIES)`,
      `${huge}: is 1,048,593 bytes; the limit is 1,048,576 (ARTICLE_MAX_FILE_BYTES), checked before parsing`,
      `${zero}: is over 1,048,576 bytes; the limit is 1,048,576 (ARTICLE_MAX_FILE_BYTES), checked before parsing`,
    ]);
    expect(await nodeCount()).toBe(0);
  });

  it("are checked against the settings by `npm run seed`, and by its --dry-run, which exit 1 writing nothing", async () => {
    const file = path.join(dir, "alpha-beta.json");
    await writeFile(file, JSON.stringify(article()));
    for (const flags of [[], ["--dry-run"]]) {
      const result = await seed([...flags, file], { ARTICLE_MAX_ENTITIES: "2", ARTICLE_MAX_FILE_BYTES: "100000" });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr.trimEnd().split("\n")).toEqual([
        `${file}: entities: 3 entities; the limit is 2 (ARTICLE_MAX_ENTITIES)`,
        "seed: 1 problem(s); nothing was written",
      ]);
      const tiny = await seed([...flags, file], { ARTICLE_MAX_FILE_BYTES: "100" });
      expect(tiny.stderr).toMatch(/alpha-beta\.json: is \d{3} bytes; the limit is 100 \(ARTICLE_MAX_FILE_BYTES\), checked before parsing/);
    }
    expect(await nodeCount()).toBe(0);
    // And without the settings, the same file loads.
    expect(await seed([file])).toEqual({ code: 0, stderr: "" });
  });

  it("refuses on a dry run what a load refuses: a bound and a duplicate", async () => {
    const file = path.join(dir, "twice.json");
    await writeFile(
      file,
      JSON.stringify(
        article((a) => {
          a.investments[0].amount = { value: 2e19, currency: "XAF" };
          a.roles.push({ ...a.roles[0] });
        }),
      ),
    );
    const expected = [
      `${file}: investments[0].amount.value: 20,000,000,000,000,000,000 XAF is over the bound of 10^18 units for an amount without a dollar rate (even in Iranian rials that is about $1 trillion): a typo, or a figure in the wrong unit?`,
      `${file}: roles[1]: the same role as roles[0] (same person, company and title; a role has one tenure): state it once`,
    ];
    expect(await fileProblems([file], { dryRun: true })).toEqual(expected);
    expect(await fileProblems([file])).toEqual(expected);
    expect(await nodeCount()).toBe(0);
  });
});
