// Parsing and validating one article, without a database: the format's shapes and
// the messages a writer of files sees.
import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../src/ingest/files.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { validateArticle } from "../../src/ingest/validate.js";

const front = (fields: string, body = "Alpha bought Beta for $5 million.") => `---\n${fields}\n---\n${body}\n`;
const BASE = `title: T
publisher: P
language: en
publishedOn: 2024-05-21
entities:
  - { ref: a, type: Company, name: Alpha }
  - { ref: b, type: Company, name: Beta }`;

function check(text: string, encoding: "md" | "json" = "md") {
  const parsed = parseArticleText("x.md", text, encoding);
  if (parsed.problems.length) return { problems: parsed.problems.map(formatProblem) };
  const v = validateArticle("x.md", parsed.data, "x");
  return { article: v.article, problems: v.problems.map(formatProblem) };
}

describe("YAML quirks", () => {
  it("reads unquoted dates and years as partial dates", () => {
    const { article, problems } = check(
      front(`${BASE}\ninvestments:\n  - { kind: ACQUISITION, investors: [a], target: b, announcedOn: 2016, evidence: "Alpha bought Beta" }`),
    );
    expect(problems).toEqual([]);
    expect(article!.publishedOn).toBe("2024-05-21");
    expect(article!.investments![0]!.announcedOn).toBe("2016");
  });

  it("rejects impossible dates", () => {
    expect(check(front(BASE.replace("2024-05-21", "2023-02-29"))).problems).toEqual([
      'x.md: publishedOn: "2023-02-29" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it("reports a YAML syntax error with its line", () => {
    expect(check(front(`${BASE}\n  - { ref: c, type: [`)).problems[0]).toMatch(/^x\.md: invalid YAML front matter \(line \d+\)/);
  });

  it("rejects a duplicated key", () => {
    expect(check(front(`${BASE}\ntitle: again`)).problems[0]).toMatch(/^x\.md: invalid YAML front matter/);
  });
});

describe("shapes and messages", () => {
  it("lists every shape problem at once, with field paths", () => {
    const { problems } = check(
      front(`${BASE.replace("language: en", "language: english")}
investments:
  - { kind: MERGER, investors: [], target: b, stakePercent: 120, evidence: "x" }
unknownField: 1`),
    );
    expect(problems).toEqual([
      'x.md: language: "english" is not an ISO 639-1 code (e.g. en, fr)',
      'x.md: investments[0].kind: "MERGER" is not one of EQUITY_STAKE, FUNDING_ROUND, ACQUISITION, LICENSE_AND_HIRE',
      "x.md: investments[0].investors: needs at least one investor",
      "x.md: investments[0].stakePercent: must be more than 0 and at most 100",
      'x.md: unknown field "unknownField"',
    ]);
  });

  it("requires the required fields", () => {
    expect(check(front("title: T")).problems).toEqual([
      "x.md: publisher: is required",
      "x.md: language: is required",
      "x.md: publishedOn: is required",
      "x.md: entities: is required",
    ]);
  });

  it("checks refs: declared, of the right type, leads among investors, declared once", () => {
    const { problems } = check(
      front(`${BASE}
  - { ref: a, type: Person, name: Again }
investments:
  - { kind: ACQUISITION, investors: [a, z], leadInvestors: [b], target: b, evidence: "Alpha bought Beta" }`),
    );
    expect(problems).toEqual([
      'x.md: entities[2].ref: "a" is declared twice',
      'x.md: investments[0].investors[1]: "z" is not a ref declared in entities',
      'x.md: investments[0].leadInvestors[0]: "b" is not among the investors',
    ]);
  });

  it("accepts evidence that differs only by typographic quotes and spacing", () => {
    const { problems } = check(
      front(`${BASE}\nrelations:\n  - { type: COMPETES_WITH, from: a, to: b, evidence: "Alpha's  rival, \\"Beta\\"" }`, "Alpha’s rival,\n“Beta”, grows."),
    );
    expect(problems).toEqual([]);
  });

  it("takes the JSON encoding with a body field", () => {
    const json = JSON.stringify({ title: "T", publisher: "P", language: "fr", publishedOn: "2025-06", entities: [], body: "Rien." });
    expect(check(json, "json").problems).toEqual([]);
    expect(check("{ nope", "json").problems[0]).toMatch(/^x\.md: invalid JSON/);
  });

  it("refuses a body field in a .md file", () => {
    expect(check(front(`${BASE}\nbody: hello`)).problems).toEqual([
      "x.md: body: in a .md file the body is the text after the front matter, not a field",
    ]);
  });
});

describe("tenure", () => {
  it("lets a role end in the year it began (until 2024 covers all of 2024)", () => {
    const { problems } = check(
      front(`${BASE}\n  - { ref: p, type: Person, name: Pat }\nroles:\n  - { person: p, company: a, title: CEO, since: 2024-05, until: 2024, evidence: "Alpha bought Beta" }`),
    );
    expect(problems).toEqual([]);
  });
});
