// "A folder of broken files of all kinds (58 of them) is rejected with as many precise
// messages and an unchanged graph" (format rule 5). Each file under tests/fixtures/broken is a valid
// article but for ONE mistake a writer (person or program) makes; the table below is
// every message the loader gives, word for word, so a change in any of them fails here.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { formatProblem, InvalidArticlesError, type Problem } from "../../src/ingest/problems.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const DIR = "tests/fixtures/broken";
const F = (name: string) => `${DIR}/${name}`;

/**
 * The expected report, in the order the loader gives it: files in sorted path order
 * (byte order, so the capitalised file name comes first), then the problems found by
 * entity resolution against the graph, which only the articles valid on their own reach.
 */
const EXPECTED: Array<string | ReturnType<typeof expect.stringMatching>> = [
  // A file name that is not a slug gives an invalid default article id.
  `${F("Acme_Series_B.md")}: id: the file name gives the id "Acme_Series_B", which is not a slug: rename the file or set "id"`,
  // YAML can write infinity; no figure is infinite.
  `${F("amount-infinite.md")}: investments[0].valuation.value: must be a finite number, got Infinity`,
  `${F("amount-negative.md")}: investments[0].amount.value: must be a positive number`,
  // 1e308 EUR overflows to Infinity in dollars; the bound is judged after conversion (issue 11).
  `${F("amount-over-bound.md")}: investments[0].amount.value: 1.00e+308 EUR (about $1.08e+308 at 2024's rate) is over the bound of $10 trillion; the largest deal ever reported was about $200 billion: a typo, or a figure in the wrong unit?`,
  `${F("amount-value-words.md")}: investments[0].amount.value: expected number, got string "14,3 milliards"`,
  `${F("article-id-not-slug.md")}: id: "Acme Series B" is not a slug ([a-z0-9][a-z0-9-]*)`,
  `${F("body-field.md")}: body: in a .md file the body is the text after the front matter, not a field`,
  `${F("company-kind-unknown.md")}: entities[0].kind: "STARTUP" is not one of COMPANY, INVESTOR, RESEARCH, MEDIA, OTHER`,
  `${F("country-alpha3.md")}: entities[0].country: "USA" is not an ISO 3166-1 alpha-2 code (e.g. US, FR)`,
  `${F("currency-not-iso.md")}: investments[0].amount.currency: "US$" is not an ISO 4217 code`,
  `${F("date-feb-29-2023.json")}: investments[0].announcedOn: "2023-02-29" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  `${F("date-in-words.md")}: publishedOn: "June 2025" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  `${F("date-month-13.md")}: publishedOn: "2024-13" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  // YAML reads an unquoted 24 as a number; only 4-digit years are taken as partial dates.
  `${F("date-two-digit-year.md")}: publishedOn: "24" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  `${F("deal-status-unknown.json")}: investments[0].status: "CLOSED" is not one of ANNOUNCED, COMPLETED, TERMINATED, RUMORED`,
  // One article states each fact once: the same deal by target, kind, investors and month.
  `${F("duplicate-deal.json")}: investments[1]: the same deal as investments[0] (same target, kind, investors and announcement month): state it once, or give each its own id if they are two deals`,
  `${F("duplicate-entity-id.json")}: entities[1].id: "acme-robotics" is also the id of entity "acme"`,
  `${F("duplicate-investment-id.md")}: investments[1].id: "globex-initech-2024" is also investments[0].id`,
  `${F("duplicate-ref.md")}: entities[1].ref: "acme" is declared twice`,
  `${F("duplicate-relation.md")}: relations[1]: the same relation as relations[0] (COMPETES_WITH between the same companies, in either order): state it once`,
  `${F("duplicate-role.md")}: roles[1]: the same role as roles[0] (same person, company and title; a role has one tenure): state it once`,
  `${F("empty-body.md")}: body: the article body is empty`,
  `${F("entity-type-unknown.md")}: entities[1].type: "Organization" is not one of Company, Person`,
  `${F("evidence-not-in-body.md")}: investments[0].evidence: is not in the body; the nearest passage is: "Northwind Ventures led a $40 million round in Acme Robotics, the company said on Tuesday."`,
  // Typographic apostrophes fold (d’euros = d'euros), accents do not (Societe != Société).
  `${F("evidence-wrong-folding.md")}: investments[0].evidence: is not in the body; the nearest passage is: "Société Générale a investi 10 millions d'euros dans Acme Robotics, selon la start-up."`,
  `${F("front-matter-list.md")}: the front matter must be a YAML mapping of fields`,
  // V8's wording; Node 22 and later add the line and column.
  expect.stringMatching(
    /^tests\/fixtures\/broken\/invalid-json\.json: invalid JSON: Expected double-quoted property name in JSON at position 222( \(line 9 column 1\))?$/,
  ),
  `${F("investment-kind-unknown.md")}: investments[0].kind: "MERGER" is not one of EQUITY_STAKE, FUNDING_ROUND, ACQUISITION, LICENSE_AND_HIRE`,
  `${F("investment-missing-evidence.md")}: investments[0].evidence: is required`,
  `${F("investment-missing-investors.md")}: investments[0].investors: is required`,
  `${F("investment-missing-kind.md")}: investments[0].kind: is required`,
  `${F("investment-missing-target.json")}: investments[0].target: is required`,
  `${F("investor-undeclared.md")}: investments[0].investors[0]: "northwind" is not a ref declared in entities`,
  `${F("json-array.json")}: expected object, got a list`,
  `${F("language-name.md")}: language: "english" is not an ISO 639-1 code (e.g. en, fr)`,
  `${F("lead-not-investor.md")}: investments[0].leadInvestors[0]: "fund" is not among the investors`,
  `${F("missing-entities.json")}: entities: is required`,
  `${F("missing-published-on.md")}: publishedOn: is required`,
  `${F("missing-publisher.json")}: publisher: is required`,
  `${F("no-front-matter.md")}: no YAML front matter: the file must start with a line '---', then the fields, then a line '---', then the body`,
  `${F("not-utf8.md")}: is not valid UTF-8`,
  `${F("person-with-kind.md")}: entities[1].kind: only a Company has a kind`,
  `${F("relation-to-itself.md")}: relations[0].to: a company cannot be related to itself`,
  `${F("relation-type-unknown.json")}: relations[0].type: "RIVAL_OF" is not one of COMPETES_WITH, PARTNERS_WITH, SUBSIDIARY_OF`,
  `${F("role-missing-title.md")}: roles[0].title: is required`,
  `${F("role-person-is-company.md")}: roles[0].person: "fund" is a Company, expected a Person`,
  `${F("role-until-before-since.md")}: roles[0].until: 2019-03 ends before since (2021-09) begins`,
  `${F("stake-over-100.json")}: investments[0].stakePercent: must be more than 0 and at most 100`,
  `${F("stake-zero.md")}: investments[0].stakePercent: must be more than 0 and at most 100`,
  `${F("target-also-investor.json")}: investments[0].target: the target cannot also be an investor`,
  `${F("target-is-person.md")}: investments[0].target: "jane" is a Person, expected a Company`,
  `${F("unknown-field-typo.md")}: investments[0]: unknown field "annoucedOn"`,
  // The closing '---' is missing: the whole file is one unterminated front matter.
  `${F("unterminated-front-matter.md")}: no YAML front matter: the file must start with a line '---', then the fields, then a line '---', then the body`,
  `${F("url-ftp.md")}: url: "ftp://news.example.com/2024/acme-series-b" is not an absolute http(s) URL`,
  // Billion laughs: refused at 100 alias expansions, a problem of that file (it used to exit 3 with a stack trace).
  `${F("yaml-alias-bomb.md")}: invalid YAML front matter: its aliases expand more than 100 times (nested aliases, as in a "billion laughs" file); article files need no aliases`,
  // The quote opened on line 2 of the file is found missing at the end of the front matter.
  `${F("yaml-syntax-error.md")}: invalid YAML front matter (line 6): Missing closing "quote`,
  // 3,000 nested lists, refused before the parser recurses into them.
  `${F("yaml-too-deep.md")}: invalid YAML front matter: it nests more than 32 levels deep (the format needs 5)`,
  // Valid on its own; "meta" is the id of a Company the founding article loaded.
  `${F("entity-id-of-another-type.md")}: entities[1].id: "meta" is already the id of a Company, not a Person`,
];

let db: Db;

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
  await resetDatabase();
  // A non-empty graph: the founding article, so that "unchanged" means something.
  await loadArticles(db, ["seeds/meta-scale-ai.md"]);
});
afterAll(closeTestDriver);

/** Canonical JSON: object keys sorted, so equal values give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The graph's fingerprint: nodes per label set, relationships per type, and a checksum
 * of every node and relationship with its element id, labels or type, and properties.
 */
async function snapshot(): Promise<{ counts: Record<string, number>; checksum: string }> {
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    "// test.snapshot.nodes\nMATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props",
  );
  const rels = await db.read<{ id: string; type: string; from: string; to: string; props: Record<string, unknown> }>(
    "// test.snapshot.relationships\nMATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props",
  );
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const n of nodes) {
    const key = [...n.labels].sort().join(":");
    counts[key] = (counts[key] ?? 0) + 1;
    lines.push(canonical({ ...n, labels: [...n.labels].sort() }));
  }
  for (const r of rels) {
    counts[`-[:${r.type}]->`] = (counts[`-[:${r.type}]->`] ?? 0) + 1;
    lines.push(canonical(r));
  }
  lines.sort();
  return { counts, checksum: createHash("sha256").update(lines.join("\n")).digest("hex") };
}

async function fixtureFiles(): Promise<string[]> {
  return (await readdir(DIR)).map(F).sort();
}

describe("a folder of 58 broken files", () => {
  it("holds 58 article files, each broken in one way that the table names", async () => {
    const files = await fixtureFiles();
    expect(files).toHaveLength(58);
    expect(files.every((f) => /\.(md|json)$/.test(f))).toBe(true);
    expect(EXPECTED).toHaveLength(58);
  });

  it("is rejected with 58 precise problems, one per file, and the graph is unchanged", async () => {
    const before = await snapshot();
    expect(before.counts["Company:Entity:Node"]).toBeGreaterThanOrEqual(7);

    let problems: Problem[] | undefined;
    try {
      await loadArticles(db, [DIR]);
    } catch (error) {
      if (!(error instanceof InvalidArticlesError)) throw error;
      problems = error.problems;
    }
    expect(problems, "the load should have been rejected").toBeDefined();
    expect(problems!.map(formatProblem)).toEqual(EXPECTED);

    // Every file named exactly once.
    const named = problems!.map((p) => p.file).sort();
    expect(named).toEqual(await fixtureFiles());

    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["`seed`", []],
    // A dry run checks exactly what a load checks: it calls none of these files valid.
    ["`seed --dry-run`", ["--dry-run"]],
  ])("makes %s exit 1, listing the 58 problems on stderr, and writes nothing", async (_, flags) => {
    const before = await snapshot();
    // The project's own tsx, as `npx tsx` would run it, without npm's notices on stderr.
    // NEO4J_URI is in the environment: the global setup set it before the workers started.
    const tsx = path.resolve("node_modules/.bin/tsx");
    const result = await promisify(execFile)(tsx, ["src/cli/seed.ts", ...flags, DIR], { env: process.env }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code, result.stderr).toBe(1);
    // One line per problem, in the loader's order, then the summary: nothing else.
    expect(result.stderr.trimEnd().split("\n")).toEqual([...EXPECTED, "seed: 58 problem(s); nothing was written"]);
    expect(await snapshot()).toEqual(before);
  });
});
