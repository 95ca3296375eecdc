// Parsing and validating one article, without a database: the format's shapes and
// the messages a writer of files sees.
import { describe, expect, it } from "vitest";
import { MAX_YAML_DEPTH, parseArticleText } from "../../src/ingest/files.js";
import { type ArticleLimits, DEFAULT_ARTICLE_LIMITS } from "../../src/ingest/limits.js";
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

function check(text: string, encoding: "md" | "json" = "md", limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS) {
  const parsed = parseArticleText("x.md", text, encoding);
  if (parsed.problems.length) return { problems: parsed.problems.map(formatProblem) };
  const v = validateArticle("x.md", parsed.data, "x", limits);
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

/** One deal of Alpha buying Beta, with these extra fields (YAML flow map entries). */
const deal = (extra: string) => `  - { kind: ACQUISITION, investors: [a], target: b, evidence: "Alpha bought Beta", ${extra} }`;

describe("amounts and valuations stay finite and believable", () => {
  it("refuses 1e308 EUR, judged in dollars at the deal's year's rate, naming the field", () => {
    const { problems } = check(front(`${BASE}\ninvestments:\n${deal("amount: { value: 1e308, currency: EUR }, announcedOn: 2024")}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^x\.md: investments\[0\]\.amount\.value: 1\.00e\+308 EUR \(about \$1\.08e\+308 at 2024's rate\) is over the bound of \$10 trillion/);
  });

  it("refuses a valuation over $10 trillion in dollars, and in yen once converted", () => {
    const { problems } = check(
      front(`${BASE}\ninvestments:\n${deal("amount: { value: 1.2e13, currency: USD }, valuation: { value: 2e15, currency: JPY }, announcedOn: 2024-03")}`),
    );
    expect(problems.map((p) => p.split(": ").slice(0, 2).join(": "))).toEqual(["x.md: investments[0].amount.value", "x.md: investments[0].valuation.value"]);
    expect(problems[1]).toContain("2,000,000,000,000,000 JPY (about $13,205,240,000,000 at 2024's rate)");
  });

  it("admits the largest real deals in high-unit currencies: $200 billion in yen, won and rupiah", () => {
    // 200 billion dollars at 2024's rates: 30.3 trillion yen, 273 trillion won; IDR has no
    // rate, so it is judged as written (3.2 quadrillion rupiah, under 10^18).
    for (const amount of ["3.03e13, currency: JPY", "2.73e14, currency: KRW", "3.2e15, currency: IDR", "2e11, currency: USD"]) {
      expect(check(front(`${BASE}\ninvestments:\n${deal(`amount: { value: ${amount} }, announcedOn: 2024`)}`)).problems).toEqual([]);
    }
    // A valuation of $5 trillion, about what the most valuable company is worth.
    expect(check(front(`${BASE}\ninvestments:\n${deal("valuation: { value: 5e12, currency: USD }")}`)).problems).toEqual([]);
  });

  it("judges an amount in a currency without a dollar rate as written, against 10^18 units, and one of a year without a rate at the nearest year's", () => {
    const over = check(front(`${BASE}\ninvestments:\n${deal("amount: { value: 2e18, currency: IRR }")}`)).problems;
    expect(over).toEqual([
      expect.stringMatching(/^x\.md: investments\[0\]\.amount\.value: 2,000,000,000,000,000,000 IRR is over the bound of 10\^18 units for an amount without a dollar rate/),
    ]);
    // EUR in 2031: no rate that year, so not converted, but judged at the nearest year's rate.
    expect(check(front(`${BASE}\ninvestments:\n${deal("amount: { value: 1e17, currency: EUR }, announcedOn: 2031")}`)).problems).toEqual([
      expect.stringMatching(/^x\.md: investments\[0\]\.amount\.value: 100,000,000,000,000,000 EUR \(about \$[\d,.]+ at 20\d\d's rate\) is over the bound of \$10 trillion/),
    ]);
    expect(check(front(`${BASE}\ninvestments:\n${deal("amount: { value: 5e9, currency: EUR }, announcedOn: 2031")}`)).problems).toEqual([]);
  });

  it.each([
    [".inf", "Infinity"],
    ["-.inf", "-Infinity"],
    [".nan", "NaN"],
    ["1e400", "Infinity"],
  ])("refuses %s anywhere a number goes", (yaml, shown) => {
    const { problems } = check(front(`${BASE}\ninvestments:\n${deal(`amount: { value: ${yaml}, currency: USD }, stakePercent: ${yaml}`)}`));
    expect(problems).toEqual([
      `x.md: investments[0].amount.value: must be a finite number, got ${shown}`,
      `x.md: investments[0].stakePercent: must be a finite number, got ${shown}`,
    ]);
  });
});

describe("one article states each fact once", () => {
  it("refuses two deals with the same id, naming both places", () => {
    const { problems } = check(
      front(`${BASE}\n  - { ref: c, type: Company, name: Gamma }\ninvestments:
${deal("id: x, amount: { value: 5, currency: USD }")}
  - { id: y, kind: FUNDING_ROUND, investors: [c], target: b, evidence: "Alpha bought Beta" }
  - { id: x, kind: FUNDING_ROUND, investors: [c], target: a, evidence: "Alpha bought Beta" }`),
    );
    expect(problems).toEqual(['x.md: investments[2].id: "x" is also investments[0].id']);
  });

  it("allows a deal id that is also an entity's id (ids are unique within their kind, issue 12 item 9)", () => {
    const { problems } = check(front(`${BASE.replace("name: Beta }", "name: Beta, id: beta-co }")}\ninvestments:\n${deal("id: beta-co")}`));
    expect(problems).toEqual([]);
  });

  it("refuses the same deal twice without ids (same target, kind, investors, month), and allows two deals with their own ids", () => {
    const twice = check(front(`${BASE}\ninvestments:\n${deal("announcedOn: 2024-03-01")}\n${deal("announcedOn: 2024-03-20, amount: { value: 9, currency: USD }")}`));
    expect(twice.problems).toEqual([
      "x.md: investments[1]: the same deal as investments[0] (same target, kind, investors and announcement month): state it once, or give each its own id if they are two deals",
    ]);
    const withOneId = check(front(`${BASE}\ninvestments:\n${deal("id: first")}\n${deal("status: COMPLETED")}`));
    expect(withOneId.problems).toHaveLength(1);
    const distinct = check(front(`${BASE}\ninvestments:\n${deal("id: first")}\n${deal("id: second")}`));
    expect(distinct.problems).toEqual([]);
  });

  it("refuses the same role twice: same person, company and title (as the graph names roles), whatever the dates", () => {
    const people = `${BASE}\n  - { ref: p, type: Person, name: Pat }\n  - { ref: q, type: Person, name: Quinn }\nroles:`;
    const role = (who: string, title: string, extra = "") => `  - { person: ${who}, company: a, title: "${title}", evidence: "Alpha bought Beta"${extra} }`;
    const { problems } = check(
      front(`${people}\n${role("p", "CEO", ", since: 2020")}\n${role("q", "CEO")}\n${role("p", "Chief Technology Officer")}\n${role("p", "ceo", ", since: 2021")}\n${role("q", "CEO")}`),
    );
    expect(problems).toEqual([
      "x.md: roles[3]: the same role as roles[0] (same person, company and title; a role has one tenure): state it once",
      "x.md: roles[4]: the same role as roles[1] (same person, company and title; a role has one tenure): state it once",
    ]);
  });

  it("refuses the same relation twice, in either order for symmetric types only", () => {
    const rel = (type: string, from: string, to: string) => `  - { type: ${type}, from: ${from}, to: ${to}, evidence: "Alpha bought Beta" }`;
    const { problems } = check(
      front(
        `${BASE}\nrelations:\n${rel("COMPETES_WITH", "a", "b")}\n${rel("COMPETES_WITH", "b", "a")}\n${rel("SUBSIDIARY_OF", "a", "b")}\n${rel("SUBSIDIARY_OF", "b", "a")}\n${rel("SUBSIDIARY_OF", "a", "b")}`,
      ),
    );
    expect(problems).toEqual([
      "x.md: relations[1]: the same relation as relations[0] (COMPETES_WITH between the same companies, in either order): state it once",
      "x.md: relations[4]: the same relation as relations[2] (SUBSIDIARY_OF between the same companies): state it once",
    ]);
  });
});

describe("caps per article", () => {
  const small: ArticleLimits = { maxEntities: 3, maxFacts: 2, maxBodyBytes: 40, maxFileBytes: 1024 };

  it("has defaults well above real articles (the corpus holds at most 14 entities, 11 facts, a 2.8 KB body)", () => {
    expect(DEFAULT_ARTICLE_LIMITS).toEqual({ maxEntities: 500, maxFacts: 500, maxBodyBytes: 262144, maxFileBytes: 1048576 });
  });

  it("refuses more entities, facts or body bytes than the limits, naming the field, the count and the setting", () => {
    const text = front(
      `${BASE}\n  - { ref: c, type: Company, name: Gamma }\n  - { ref: d, type: Company, name: Delta }\ninvestments:\n${deal("id: one")}\n${deal("id: two")}\nrelations:\n  - { type: COMPETES_WITH, from: a, to: b, evidence: "Alpha bought Beta" }`,
      "Alpha bought Beta for $5 million, said the écrivain.",
    );
    expect(check(text, "md", small).problems).toEqual([
      "x.md: entities: 4 entities; the limit is 3 (ARTICLE_MAX_ENTITIES)",
      "x.md: investments: 3 facts (2 investments, 1 relations); the limit is 2 (ARTICLE_MAX_FACTS)",
      "x.md: body: 54 bytes; the limit is 40 (ARTICLE_MAX_BODY_BYTES)",
    ]);
    // At the limits exactly, all is well.
    expect(check(text, "md", { ...small, maxEntities: 4, maxFacts: 3, maxBodyBytes: 54 }).problems).toEqual([]);
  });

  it("refuses more than 20 other names for one entity, naming it", () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `"Alpha ${i}"`).join(", ");
    const withAliases = (n: number) => front(BASE.replace("name: Alpha }", `name: Alpha, aliases: [${names(n)}] }`));
    expect(check(withAliases(21)).problems).toEqual(["x.md: entities[0].aliases: has 21 names; at most 20"]);
    expect(check(withAliases(20)).problems).toEqual([]);
  });
});

describe("cost of checking evidence", () => {
  it("checks 500 evidences missing from a 256 KiB body in well under the request deadline (the body is split once)", () => {
    const sentence = "Northwind Ventures led a forty million round in Acme Robotics, with others joining. ";
    const body = sentence.repeat(Math.floor(DEFAULT_ARTICLE_LIMITS.maxBodyBytes / sentence.length) - 1);
    const data = {
      id: "x", title: "T", publisher: "P", language: "en", publishedOn: "2024",
      entities: [{ ref: "a", type: "Company", name: "Alpha" }, { ref: "b", type: "Company", name: "Beta" }],
      investments: Array.from({ length: 500 }, (_, i) => ({ id: `d-${i}`, kind: "ACQUISITION", investors: ["a"], target: "b", evidence: `Northwind led round ${i}` })),
      body,
    };
    const started = performance.now();
    const { problems } = validateArticle("input", data);
    const ms = performance.now() - started;
    expect(problems).toHaveLength(500);
    expect(problems[0]!.message).toMatch(/^is not in the body; the nearest passage is: "Northwind Ventures led/);
    // 0.2 s on a quiet machine; splitting the body for each miss took 6 s.
    expect(ms).toBeLessThan(3000);
  });
});

describe("hostile YAML", () => {
  it("refuses an alias bomb (billion laughs) with a problem, not an exception", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const { problems } = check(front(`${BASE}\n${levels.join("\n")}`));
    expect(problems).toEqual([
      'x.md: invalid YAML front matter: its aliases expand more than 100 times (nested aliases, as in a "billion laughs" file); article files need no aliases',
    ]);
  });

  it("refuses deep nesting before parsing it (the parser would overflow its stack)", () => {
    for (const nested of [`${"[".repeat(5000)}${"]".repeat(5000)}`, `\n  ${"- ".repeat(5000)}x`, `${"{k: ".repeat(MAX_YAML_DEPTH)}1${"}".repeat(MAX_YAML_DEPTH)}`]) {
      expect(check(front(`${BASE}\nextra: ${nested}`)).problems).toEqual([
        `x.md: invalid YAML front matter: it nests more than ${MAX_YAML_DEPTH} levels deep (the format needs 5)`,
      ]);
    }
    // The format's own nesting is far from it.
    expect(check(front(`${BASE.replace("name: Alpha }", "name: Alpha, aliases: [A] }")}\ninvestments:\n${deal("amount: { value: 5, currency: USD }")}`)).problems).toEqual([]);
  });
});

describe("ids as the API takes them", () => {
  it("refuses an id longer than the API's 300 characters, which node(id:) and article(id:) could not ask for", () => {
    const long = `a${"-b".repeat(150)}`;
    const data = {
      id: "x", title: "T", publisher: "P", language: "en", publishedOn: "2024", body: "Alpha buys Beta.",
      entities: [{ ref: "a", type: "Company", name: "Alpha" }, { ref: "b", type: "Company", name: "Beta" }],
      investments: [{ id: long, kind: "ACQUISITION", investors: ["a"], target: "b", evidence: "Alpha buys Beta" }],
    };
    const { problems } = validateArticle("input", data);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(["investments[0].id: is longer than 300 characters, the most an id may have"]);
    expect(validateArticle("input", { ...data, investments: [{ ...data.investments[0], id: long.slice(0, 300) }] }).problems).toEqual([]);
  });
});
