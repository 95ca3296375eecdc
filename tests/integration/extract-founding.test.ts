// The extractor end to end on the founding article's text, against the real Neo4j: the
// graph's entities read and matched, the draft valid and loadable, the CLI's three
// situations (graph, --offline, database unreachable).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/extract.js";
import { checkDraft, renderDraft } from "../../src/extract/draft.js";
import type { KnownEntity } from "../../src/extract/entities.js";
import { extract } from "../../src/extract/extract.js";
import { readKnownEntities } from "../../src/store/index.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { parseArticleText } from "../../src/ingest/files.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let db: Db;
let dir: string;
let founding: string;

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
  dir = await mkdtemp(path.join(os.tmpdir(), "dealgraph-extract-"));
  // The raw text: the seed file without its front matter.
  founding = (await readFile("seeds/meta-scale-ai.md", "utf8")).replace(/^---\n[\s\S]*?\n---\n/, "");
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await closeTestDriver();
});

describe("the founding article's text, offline", () => {
  const x = () => extract(founding, { published: "2025-06-13", id: "meta-scale-ai-draft" });

  it("proposes Meta's 14.3 billion dollars for 49% of Scale AI at a 29 billion valuation", () => {
    const deals = x().deals.filter((d) => d.active);
    const meta = deals.find((d) => d.investors.map((e) => e.name).join() === "Meta")!;
    expect(meta).toMatchObject({
      kind: "EQUITY_STAKE",
      target: expect.objectContaining({ name: "Scale AI" }),
      amount: { value: 14_300_000_000, currency: "USD", text: "14,3 milliards de dollars" },
      valuation: { value: 29_000_000_000, currency: "USD" },
      stake: { value: 49, text: expect.stringMatching(/^49\s%$/u), approximate: false },
      announcedOn: { date: "2025-06", precision: "month" },
      status: "COMPLETED",
    });
  });

  it("proposes Amazon's earlier billion, dated from 'L'an dernier'", () => {
    const amazon = x().deals.find((d) => d.investors.map((e) => e.name).join() === "Amazon")!;
    expect(amazon).toMatchObject({
      active: true,
      kind: "FUNDING_ROUND",
      otherInvestors: true,
      target: expect.objectContaining({ name: "Scale AI" }),
      amount: { value: 1_000_000_000, currency: "USD" },
      announcedOn: { date: "2024", precision: "year", text: "L\u2019an dernier" },
    });
  });

  it("proposes Alexandr Wang's move: CEO of Scale AI until June 2025, to Meta, still on Scale AI's board", () => {
    const roles = x().roles.map((r) => [r.person.name, r.title, r.company.name, r.since?.date, r.until?.date, r.active]);
    expect(roles).toEqual([
      ["Alexandr Wang", "CEO", "Scale AI", undefined, "2025-06", true],
      ["Alexandr Wang", "TODO", "Meta", "2025-06", undefined, true],
      ["Alexandr Wang", "Board member", "Scale AI", undefined, undefined, true],
    ]);
  });

  it("gives each proposal its sentence as evidence, and the draft is a valid article", () => {
    const extraction = x();
    const draft = renderDraft(extraction);
    expect(checkDraft(draft)).toEqual([]);
    const article = validateArticle("draft.md", parseArticleText("draft.md", draft, "md").data).article!;
    expect(article.body).toBe(founding);
    expect(article.investments!.map((i) => i.evidence)).toEqual([
      "Meta a déboursé 14,3 milliards de dollars pour s\u2019offrir la moitié de Scale AI : une participation de 49 %, sans droit de vote, qui valorise la start-up à 29 milliards de dollars.",
      "L\u2019an dernier, Amazon et d\u2019autres investisseurs avaient injecté 1 milliard de dollars dans Scale AI.",
    ]);
    expect(article.roles![0]!.evidence).toMatch(/^Alexandr Wang, le directeur général de Scale AI, quitte son poste pour rejoindre Meta/);
  });
});

describe("with the graph", () => {
  it("reads the graph's companies and people as tests/fixtures/extract/gold/known.json lists them", async () => {
    await loadArticles(db, ["seeds/meta-scale-ai.md"]);
    const known = await readKnownEntities(db);
    const fixture = JSON.parse(await readFile("tests/fixtures/extract/gold/known.json", "utf8")) as { entities: KnownEntity[] };
    const norm = (es: KnownEntity[]) => es.map((e) => ({ ...e, aliases: [...e.aliases].sort() })).sort((a, b) => a.id.localeCompare(b.id));
    expect(norm(known)).toEqual(norm(fixture.entities));
  });

  it("matches the founding article's entities, and the reviewed draft loads beside the seed as the same facts", async () => {
    await loadArticles(db, ["seeds/meta-scale-ai.md"]);
    const x = extract(founding, { published: "2025-06-13", id: "meta-scale-ai-draft", known: await readKnownEntities(db) });
    expect(Object.fromEntries(x.entities.filter((e) => e.known).map((e) => [e.name, e.known!.id]))).toMatchObject({
      Meta: "meta",
      "Scale AI": "scale-ai",
      Amazon: "amazon",
      "Alexandr Wang": "alexandr-wang",
      Google: "google",
    });
    // The review: the one placeholder a person has to fill.
    const reviewed = renderDraft(x).replace("title: TODO", "title: Superintelligence lead");
    const file = path.join(dir, "meta-scale-ai-draft.md");
    await writeFile(file, reviewed);
    const report = await loadArticles(db, [file]);
    expect(report.articles.map((a) => a.outcome)).toEqual(["created"]);

    // Format rule 6: both articles now source the same two deals and the same roles.
    const deals = await db.read<{ id: string; sources: number }>(
      `// test.dealSources
       MATCH (i:Investment)-[:TARGET]->(:Company {id: 'scale-ai'}) RETURN i.id AS id, count { (i)-[:SOURCED_FROM]->() } AS sources ORDER BY id`,
    );
    expect(deals.map((d) => d.sources)).toEqual([2, 2]);
    const roles = await db.read<{ id: string; sources: number }>(
      `// test.roleSources
       MATCH (:Person {id: 'alexandr-wang'})-[:HOLDS]->(r:Role) RETURN r.id AS id, count { (r)-[:SOURCED_FROM]->() } AS sources ORDER BY id`,
    );
    expect(roles).toEqual([
      { id: "alexandr-wang--meta--superintelligence-lead", sources: 2 },
      { id: "alexandr-wang--scale-ai--board-member", sources: 2 },
      { id: "alexandr-wang--scale-ai--ceo", sources: 2 },
    ]);
  });
});

describe("npm run extract", () => {
  let out: string;
  let err: string;
  beforeEach(() => {
    out = "";
    err = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  async function run(args: string[]): Promise<number> {
    const file = path.join(dir, "founding.txt");
    await writeFile(file, founding);
    return main([file, "--published", "2025-06-13", ...args]);
  }

  it("matches names against the graph and writes the draft to stdout", async () => {
    await loadArticles(db, ["seeds/meta-scale-ai.md"]);
    expect(await run([])).toBe(0);
    expect(out).toContain("# matched: meta");
    expect(out).toContain("id: founding");
    expect(err).toMatch(/\d+ companies and people read from the graph/);
    expect(checkDraft(out)).toEqual([]);
  });

  it("--offline: every entity new, said on stderr", async () => {
    expect(await run(["--offline"])).toBe(0);
    expect(out).not.toMatch(/# matched: [a-z]/);
    expect(err).toContain("--offline: the graph is not read; every entity is proposed as new");
  });

  it("with the database unreachable: every entity new, said on stderr, still a draft", async () => {
    const uri = process.env.NEO4J_URI;
    process.env.NEO4J_URI = "bolt://127.0.0.1:1";
    try {
      expect(await run([])).toBe(0);
    } finally {
      process.env.NEO4J_URI = uri;
    }
    expect(err).toMatch(/the database is unreachable .*: every entity is proposed as new/);
    expect(out).toContain("investments:");
  });

  it("rejects bad options with exit code 1", async () => {
    expect(await run(["--lang", "de"])).toBe(1);
    expect(err).toContain('--lang "de": expected one of en, fr');
    expect(await main(["--published", "13/06/2025", "x.txt"])).toBe(1);
  });
});
