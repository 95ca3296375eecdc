// Raw text handling: sentences, language, title and body, the same-length folded view.
import { describe, expect, it } from "vitest";
import { detectLanguage, flatten, prepareText, splitSentences } from "../../src/extract/text.js";

describe("splitSentences", () => {
  it("splits at sentence ends, not at decimals, abbreviations, initials or ellipses followed by lowercase", () => {
    const text = "Meta paid $14.3 billion. Scale AI Inc. said yes! Le fonds U.S. Ventures a suivi… sauf M. Dupont. Fin ?";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Meta paid $14.3 billion.",
      "Scale AI Inc. said yes!",
      "Le fonds U.S. Ventures a suivi… sauf M. Dupont.",
      "Fin ?",
    ]);
  });

  it("keeps hard-wrapped lines together, and headings apart", () => {
    const text = "## Le patron change de crèmerie\n\nAlexandr Wang quitte\nson poste. Il rejoint Meta.\n";
    expect(splitSentences(text).map((s) => [s.text, s.heading])).toEqual([
      ["Le patron change de crèmerie", true],
      ["Alexandr Wang quitte\nson poste.", false],
      ["Il rejoint Meta.", false],
    ]);
  });

  it("gives offsets into the body", () => {
    const body = "Un. Deux trois.";
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("flatten", () => {
  it("maps typographic characters to ASCII one for one, keeping offsets", () => {
    const text = "L’an\u00a0dernier, « Scale » — 49\u202f%";
    expect(flatten(text)).toBe(`L'an dernier, " Scale " - 49 %`);
    expect(flatten(text)).toHaveLength(text.length);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Meta a déboursé 14,3 milliards de dollars pour s'offrir la moitié de Scale AI.", "fr"],
    ["Microsoft has completed its acquisition of Activision Blizzard, the publisher of the game.", "en"],
    ["", "en"],
  ])("%s -> %s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe("prepareText", () => {
  it("takes a short first line standing alone as the title, out of the body", () => {
    expect(prepareText("Mistral AI lève 600 millions\n\nLa start-up a levé.\n")).toMatchObject({ title: "Mistral AI lève 600 millions", titleFrom: "first line", body: "La start-up a levé.\n" });
  });

  it("takes a Markdown heading as the title", () => {
    expect(prepareText("# Titre\nCorps.\n")).toMatchObject({ title: "Titre", titleFrom: "heading", body: "Corps.\n" });
  });

  it("takes the first sentence as the title when the text opens on a paragraph, and keeps the body whole", () => {
    const raw = "Chez Meta, on ne fait pas les choses à moitié. Meta a déboursé beaucoup.\n";
    expect(prepareText(raw)).toMatchObject({ title: "Chez Meta, on ne fait pas les choses à moitié.", titleFrom: "first sentence", body: raw });
  });

  it("drops a front matter and returns its fields", () => {
    const p = prepareText("---\ntitle: Un titre\npublishedOn: 2025-06-13\nlanguage: fr\n---\nLe corps.\n");
    expect(p).toMatchObject({ title: "Un titre", body: "Le corps.\n", frontMatter: { publishedOn: "2025-06-13", language: "fr" } });
  });

  it("normalizes to NFC and drops a byte order mark", () => {
    expect(prepareText("\uFEFFTitre\n\nCafe\u0301.\n").body).toBe("Café.\n");
  });
});
