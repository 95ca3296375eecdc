// The README's extract workflow ("From raw text to a draft article"), its commands run as
// written (npx dealgraph ...) from the repository's folder against the test database: raw
// text -> draft file -> seed, and the graph then holds the draft's entities and facts.
// Only the file names are swapped for a temporary folder's.
import { exec, execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { parseArticleText } from "../../src/ingest/files.js";
import type { Article } from "../../src/ingest/model.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const TEXT = `Acme Robotics raises $40 million

Acme Robotics, a Lyon-based maker of warehouse robots, said on Tuesday that it had raised $40 million in a Series B round led by Northwind Ventures. Acme's chief executive, Jane Doe, said the money would fund its expansion in the United States.
`;

/** The README's block of the workflow: its commands, comments and blank lines left out. */
async function readmeWorkflow(): Promise<string[]> {
  const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => /dealgraph extract .* -o /.test(b) && /dealgraph seed /.test(b));
  if (!block) throw new Error("README.md has no sh block with `dealgraph extract ... -o` and `dealgraph seed`");
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("#"));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const settle = (p: Promise<{ stdout: string; stderr: string }>): Promise<Run> =>
  p.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** What the graph says of an article: its entities' names and its facts, by name, sorted. */
const ARTICLE = `query ($id: ID!) { article(id: $id) {
  mentions { ... on Company { name } ... on Person { name } }
  investments { kind stage target { name } amount { value currency } investors { ... on Company { name } ... on Person { name } } }
  roles { title person { name } company { name } } } }`;

function factsOf(article: Article) {
  const name = (ref: string) => article.entities.find((e) => e.ref === ref)!.name;
  return {
    mentions: article.entities.map((e) => e.name).sort(),
    investments: (article.investments ?? [])
      .map((i) => ({ kind: i.kind, stage: i.stage ?? null, target: name(i.target), amount: i.amount ? { value: i.amount.value, currency: i.amount.currency } : null, investors: i.investors.map(name).sort() }))
      .sort((a, b) => a.target.localeCompare(b.target)),
    roles: (article.roles ?? []).map((r) => ({ title: r.title, person: name(r.person), company: name(r.company) })).sort((a, b) => a.person.localeCompare(b.person)),
  };
}

function factsFromApi(answer: any) {
  return {
    mentions: answer.mentions.map((m: { name: string }) => m.name).sort(),
    investments: answer.investments
      .map((i: any) => ({ kind: i.kind, stage: i.stage, target: i.target.name, amount: i.amount, investors: i.investors.map((x: { name: string }) => x.name).sort() }))
      .sort((a: any, b: any) => a.target.localeCompare(b.target)),
    roles: answer.roles.map((r: any) => ({ title: r.title, person: r.person.name, company: r.company.name })).sort((a: any, b: any) => a.person.localeCompare(b.person)),
  };
}

let dir: string;
let api: TestApi;
beforeAll(async () => {
  await applyMigrations(testDriver());
  dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-readme-"));
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api.stop();
  await closeTestDriver();
  await rm(dir, { recursive: true, force: true });
});

describe("the README's extract workflow", () => {
  it("runs as written: the text drafted into a file, the draft seeded, its entities and facts in the graph", { timeout: 300_000 }, async () => {
    await resetDatabase();
    const commands = await readmeWorkflow();
    expect(commands).toEqual([expect.stringMatching(/^npx dealgraph extract article\.txt -o draft\.md$/), expect.stringMatching(/^npx dealgraph seed draft\.md$/)]);
    const article = path.join(dir, "article.txt");
    const draft = path.join(dir, "draft.md");
    await writeFile(article, TEXT);

    // NEO4J_URI (the test database) is in the environment: extract reads the graph, seed writes to it.
    for (const command of commands) {
      const run = await settle(promisify(exec)(command.replace(/\barticle\.txt\b/g, article).replace(/\bdraft\.md\b/g, draft), { cwd: ROOT, env: process.env, timeout: 240_000 }));
      expect(run.code, `${command}\n${run.stderr}`).toBe(0);
      if (command.includes(" extract ")) {
        // Nothing on stdout: the draft is in its file, what extract did on stderr.
        expect(run.stdout).toBe("");
        expect(run.stderr).toContain(`draft written to ${draft}`);
      } else {
        expect(run.stdout).toMatch(/^seed: 1 article\(s\) in [\d.]+s: 1 created, 0 updated, 0 unchanged/m);
      }
    }

    const text = await readFile(draft, "utf8");
    expect(text.startsWith("---\n"), text.slice(0, 200)).toBe(true);
    const parsed = validateArticle(draft, parseArticleText(draft, text, "md").data, "article");
    expect(parsed.problems).toEqual([]);
    const expected = factsOf(parsed.article!);
    // The text gives a deal and a role: the check below compares facts, not two empty lists.
    expect(expected.investments).toHaveLength(1);
    expect(expected.roles).toHaveLength(1);

    const answer = await api.run(ARTICLE, { id: parsed.article!.id });
    expect(answer.errors).toBeUndefined();
    expect(factsFromApi(answer.data.article)).toEqual(expected);
    expect(expected.investments[0]).toMatchObject({ target: "Acme Robotics", investors: ["Northwind Ventures"], amount: { value: 40_000_000, currency: "USD" } });
  });

  it("writes the draft alone on stdout without -o (no banner), and refuses to overwrite a draft with -o", { timeout: 120_000 }, async () => {
    const article = path.join(dir, "article.txt");
    const draft = path.join(dir, "draft.md");
    const bin = path.join(ROOT, "bin/dealgraph.js");
    const reviewed = "--- a reviewed draft ---\n";
    await writeFile(draft, reviewed);
    const [toStdout, refused] = await Promise.all([
      settle(promisify(execFile)(bin, ["extract", article, "--offline", "--published", "2024-03-05"], { cwd: ROOT, env: process.env })),
      settle(promisify(execFile)(bin, ["extract", article, "--offline", "-o", draft], { cwd: ROOT, env: process.env })),
    ]);
    expect(toStdout.code, toStdout.stderr).toBe(0);
    expect(toStdout.stdout).toMatch(/^---\n/);
    expect(validateArticle("stdout", parseArticleText("stdout", toStdout.stdout, "md").data, "article").problems).toEqual([]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${draft} exists: not overwritten`);
    expect(await readFile(draft, "utf8")).toBe(reviewed);
  });
});
