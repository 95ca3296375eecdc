// The draft article file: comments on every proposal, doubtful ones commented out, valid as written.
import { describe, expect, it } from "vitest";
import { checkDraft, renderCheckedDraft, renderDraft } from "../../src/extract/draft.js";
import type { KnownEntity } from "../../src/extract/entities.js";
import { extract } from "../../src/extract/extract.js";
import { parseArticleText } from "../../src/ingest/files.js";

const KNOWN: KnownEntity[] = [{ id: "meta", type: "Company", name: "Meta", aliases: ["Meta Platforms", "Facebook"] }];
const TEXT = `Meta rachète une part de Scale AI

Meta a déboursé 14,3 milliards de dollars pour s'offrir 49 % de Scale AI, la start-up d'Alexandr Wang. Recruter coûte cher. Alexandr Wang rejoint Meta.
`;

describe("renderDraft", () => {
  const x = extract(TEXT, { published: "2025-06-13", known: KNOWN, id: "meta-scale" });
  const draft = renderDraft(x);

  it("marks each entity matched (with its id) or new, and comments out doubtful ones", () => {
    expect(draft).toContain("- { ref: meta, type: Company, id: meta, name: Meta }  # matched: meta");
    expect(draft).toMatch(/- \{ ref: scale-ai, type: Company, name: Scale AI \}  # new \(0\.\d\d, entity\.[a-z.-]+\): /);
    expect(draft).toMatch(/ {2}# - \{ ref: recruter, type: Company, name: Recruter \}  # new \(0\.30, entity\.capitalized-word\)/);
  });

  it("names the rule that proposed each fact and typed each new entity, as the code names it", () => {
    expect(draft).toMatch(/# confidence: 0\.\d\d, rule role\.fr\.move\.join \("rejoint"\)\n/);
    expect(x.roles.map((r) => r.rule)).toEqual(["role.fr.move.join"]);
    expect(x.entities.find((e) => e.name === "Meta")!.rule).toBe("entity.gazetteer");
  });

  it("gives every fact its confidence, evidence and the words each figure was read from", () => {
    expect(draft).toMatch(/# confidence: 0\.\d\d, rule deal\.fr\.debourse \("a déboursé", "s'offrir", also read by deal\.fr\.rachete\)/);
    expect(draft).toContain(`amount: { value: 14300000000, currency: USD }  # "14,3 milliards de dollars"`);
    expect(draft).toContain(`stakePercent: 49  # "49 %"`);
    expect(draft).toContain(`announcedOn: 2025-06  # the publication month: check`);
    expect(draft).toContain(`evidence: "Meta a déboursé 14,3 milliards de dollars pour s'offrir 49 % de Scale AI, la start-up d'Alexandr Wang."`);
  });

  it("writes low-confidence facts commented out, with what to check", () => {
    expect(draft).toMatch(/# check: the text does not say as what: write the title\n {2}# - person: alexandr-wang\n {2}# {3}company: meta\n {2}# {3}title: TODO/);
  });

  it("is a valid article as written, with placeholders to edit", () => {
    expect(checkDraft(draft)).toEqual([]);
    const data = parseArticleText("draft.md", draft, "md").data as Record<string, unknown>;
    expect(data).toMatchObject({ id: "meta-scale", title: "Meta rachète une part de Scale AI", publisher: "unknown", language: "fr", publishedOn: "2025-06-13" });
    expect(draft).toContain("publisher: unknown  # TODO: the site or outlet that published it");
  });

  it("says when the publication date is today's", () => {
    const today = renderDraft(extract(TEXT, { today: new Date("2025-01-02T10:00:00Z") }));
    expect(today).toContain("publishedOn: 2025-01-02  # today's date: write the publication date");
  });

  it("quotes names YAML would misread", () => {
    const d = renderDraft(extract("T\n\nNvidia a racheté Run:ai pour 700 millions de dollars.\n", { published: "2024-12-31" }));
    expect(d).toContain(`name: "Run:ai"`);
    expect(checkDraft(d)).toEqual([]);
  });
});

describe("renderCheckedDraft", () => {
  it("comments out a fact the loader would reject instead of failing the file", () => {
    const x = extract("T\n\nJane Doe was named CEO of Acme Robotics in March.\n", { published: "2024-06-10" });
    x.roles[0]!.until = { date: "2020", precision: "year" }; // until before since
    const { text, problems } = renderCheckedDraft(x);
    expect(problems).toEqual([]);
    expect(text).toMatch(/# check: the loader would reject it: until: 2020 ends before since \(2024-03\) begins\n {2}# - person: jane-doe/);
    expect(text).toContain("# roles:");
  });
});
