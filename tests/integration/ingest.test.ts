// The article loader against a real Neo4j: format rules 1 to 6 on files under
// tests/fixtures/articles, and the founding article in seeds/.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { problemsOf } from "../helpers/ingest.js";

const FIX = "tests/fixtures/articles";
let db: Db;

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
});
beforeEach(() => resetDatabase());
afterAll(closeTestDriver);

/** Every node label combination and relationship type with its count: the graph's fingerprint. */
async function counts(): Promise<Record<string, number>> {
  const nodes = await db.read<{ k: string; c: number }>("MATCH (n) RETURN apoc_free_labels AS k, count(*) AS c".replace("apoc_free_labels", "reduce(s = '', l IN labels(n) | s + ':' + l)"));
  const rels = await db.read<{ k: string; c: number }>("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c");
  return Object.fromEntries([...nodes, ...rels].map((r) => [r.k, r.c]).sort());
}


describe("the founding article", () => {
  it("loads, and loading it again changes nothing (rule 4)", async () => {
    const first = await loadArticles(db, ["seeds"]);
    expect(first.articles.map((a) => a.outcome)).toEqual(["created"]);
    const before = await counts();
    expect(before[":Node:Investment:Fact"]).toBe(2);
    expect(before[":Node:Company:Entity"]).toBeGreaterThanOrEqual(7);

    const second = await loadArticles(db, ["seeds"]);
    expect(second.articles.map((a) => a.outcome)).toEqual(["unchanged"]);
    expect(await counts()).toEqual(before);
  });

  it("states Meta's stake and Amazon's round with their evidence", async () => {
    await loadArticles(db, ["seeds"]);
    const rows = await db.read<{ investors: string[]; amount: number; stake: number | null; evidence: string }>(
      `MATCH (x)-[:INVESTED]->(i:Investment)-[:TARGET]->(:Company {id: 'scale-ai'}), (i)-[s:SOURCED_FROM]->(:Article)
       RETURN collect(x.id) AS investors, i.amountUsd AS amount, i.stakePercent AS stake, s.evidence AS evidence ORDER BY amount DESC`,
    );
    expect(rows.map((r) => [r.investors, r.amount, r.stake])).toEqual([
      [["meta"], 14_300_000_000, 49],
      [["amazon"], 1_000_000_000, null],
    ]);
    expect(rows[0]!.evidence).toContain("14,3 milliards de dollars");
  });
});

describe("validation (rules 1, 2, 5)", () => {
  it("reports every problem of every broken file, with file and field, and writes nothing", async () => {
    const problems = await problemsOf(db, [`${FIX}/valid`, `${FIX}/broken`]);
    expect(problems).toEqual([
      `${FIX}/broken/bad-currency.md: investments[0].amount.currency: "DOLLARS" is not an ISO 4217 code`,
      `${FIX}/broken/bad-date.json: publishedOn: "2024-13" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      `${FIX}/broken/evidence-not-in-body.md: investments[0].evidence: is not in the body; the nearest passage is: "Alpha agreed to acquire Beta for $5 million, people said."`,
      expect.stringMatching(/^tests\/fixtures\/articles\/broken\/no-front-matter\.md: no YAML front matter/),
      `${FIX}/broken/target-is-a-person.md: investments[0].target: "p" is a Person, expected a Company`,
      `${FIX}/broken/unknown-ref.md: roles[0].person: "bob" is not a ref declared in entities`,
    ]);
    expect(await counts()).toEqual({});
  });

  it("validates without writing on a dry run", async () => {
    const report = await loadArticles(db, [`${FIX}/valid`], { dryRun: true });
    expect(report.files).toHaveLength(2);
    expect(await counts()).toEqual({});
  });

  it("names a path that does not exist", async () => {
    expect(await problemsOf(db, [`${FIX}/nowhere`])).toEqual([`${FIX}/nowhere: no such file or folder`]);
  });
});

describe("entity resolution (rule 3)", () => {
  it("matches names and aliases ignoring case, accents, punctuation and legal suffixes; aliases accumulate", async () => {
    await loadArticles(db, [`${FIX}/valid`]);
    const [acme] = await db.read<{ name: string; aliases: string[] }>("MATCH (c:Company {id: 'acme-robotics-inc'}) RETURN c.name AS name, c.aliases AS aliases");
    // "ACME robotics" in the JSON article is the same company as "Acme Robotics, Inc.".
    expect(acme).toEqual({ name: "Acme Robotics, Inc.", aliases: ["Acme", "ACME robotics"] });
    const [nw] = await db.read<{ ids: string[] }>("MATCH (c:Company) WHERE c.name STARTS WITH 'Northwind' RETURN collect(c.id) AS ids");
    expect(nw!.ids).toEqual(["northwind-ventures"]);
  });

  it("rejects an ambiguous name, naming the candidates", async () => {
    await loadArticles(db, [`${FIX}/valid`]);
    await loadArticles(db, [`${FIX}/ambiguous/two-acmes.md`]);
    const problems = await problemsOf(db, [`${FIX}/ambiguous/which-acme.md`]);
    expect(problems).toEqual([
      `${FIX}/ambiguous/which-acme.md: entities[0].name: "Acme" matches 2 companies: Acme Holdings (acme-holdings), Acme Robotics, Inc. (acme-robotics-inc); give the entity an "id" to choose one`,
    ]);
  });
});

describe("re-loading and several sources (rules 4 and 6)", () => {
  it("a changed article replaces what it contributed: dropped facts and unused entities go", async () => {
    await loadArticles(db, [`${FIX}/valid/acme-series-b.md`]);
    const report = await loadArticles(db, [`${FIX}/changed/acme-series-b.md`]);
    expect(report.articles[0]!.outcome).toBe("updated");
    expect(report.articles[0]!.removed).toEqual([
      { id: "jane-doe", type: "Person" },
      { id: "jane-doe--acme-robotics-inc--ceo", type: "Role" },
    ]);
    expect(report.articles[0]!.updated.map((r) => r.id).sort()).toEqual(["acme-robotics-inc", "northwind-ventures", "northwind-ventures-funding-round-acme-robotics-inc-2024-03"]);
    expect(report.articles[0]!.created).toEqual([]);
    const [deal] = await db.read("MATCH (i:Investment) RETURN i.valuationValue AS valuation, count { (i)-[:SOURCED_FROM]->() } AS sources");
    expect(deal).toEqual({ valuation: null, sources: 1 });
  });

  it("the same deal from two articles is one investment with two sources, each keeping its figures", async () => {
    await loadArticles(db, [`${FIX}/valid`, `${FIX}/overlap`]);
    const deals = await db.read<{ id: string; amount: number; figures: number[] }>(
      `MATCH (i:Investment)-[s:SOURCED_FROM]->(a:Article)
       WITH i, s ORDER BY a.publishedOn
       RETURN i.id AS id, i.amountValue AS amount, collect(s.amountValue) AS figures`,
    );
    // The later report (April) gives $42M and is shown; the March one keeps its $40M.
    expect(deals).toEqual([{ id: expect.any(String), amount: 42_000_000, figures: [40_000_000, 42_000_000] }]);
  });

  it("a later source that leaves out the status or gives a coarser date does not undo an earlier one", async () => {
    await loadArticles(db, [`${FIX}/sources`]);
    const [deal] = await db.read("MATCH (i:Investment {id: 'omega-delta'}) RETURN i.status AS status, i.announcedOn AS announcedOn, i.amountValue AS amount");
    expect(deal).toEqual({ status: "COMPLETED", announcedOn: "2022-01-18", amount: 900_000_000 });
  });
});

describe("ids are unique within their kind (issue 12, item 9)", () => {
  it("loads a deal whose id is already a company's: the deal and the company are two nodes", async () => {
    await loadArticles(db, [`${FIX}/sources/closing.md`]);
    expect((await loadArticles(db, [`${FIX}/clash`])).articles.map((a) => a.outcome)).toEqual(["created"]);
    const rows = await db.read<{ kind: string }>("MATCH (n {id: 'delta'}) RETURN [l IN labels(n) WHERE l IN ['Company', 'Investment']][0] AS kind");
    expect(rows.map((r) => r.kind).sort()).toEqual(["Company", "Investment"]);
  });
});

