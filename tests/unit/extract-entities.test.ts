// Entities in article text: the graph's, matched by name and alias; new ones, proposed.
import { describe, expect, it } from "vitest";
import { findEntities, type KnownEntity } from "../../src/extract/entities.js";
import { matchKnownEntities } from "../../src/extract/known-names.js";
import { splitSentences } from "../../src/extract/text.js";

const KNOWN: KnownEntity[] = [
  { id: "meta", type: "Company", name: "Meta", aliases: ["Meta Platforms", "Facebook"] },
  { id: "scale-ai", type: "Company", name: "Scale AI", aliases: [] },
  { id: "amazon", type: "Company", name: "Amazon", aliases: [] },
  { id: "google", type: "Company", name: "Google", aliases: [] },
  { id: "societe-generale", type: "Company", name: "Société Générale", aliases: [] },
  { id: "loreal", type: "Company", name: "L'Oréal", aliases: [] },
  { id: "alexandr-wang", type: "Person", name: "Alexandr Wang", aliases: [] },
];

const matched = (text: string, known = KNOWN) => matchKnownEntities(text, known).map((m) => [m.text, m.known.map((k) => k.id).join("|")]);

describe("matchKnownEntities: names and aliases of the graph's entities", () => {
  it("finds names and aliases, the longest first", () => {
    expect(matched("Meta Platforms, formerly Facebook, bought half of Scale AI.")).toEqual([
      ["Meta Platforms", "meta"],
      ["Facebook", "meta"],
      ["Scale AI", "scale-ai"],
    ]);
  });

  it("reads through English possessives", () => {
    expect(matched("Meta's deal and Scale AI's board; Amazon’s round")).toEqual([
      ["Meta", "meta"],
      ["Scale AI", "scale-ai"],
      ["Amazon", "amazon"],
    ]);
  });

  it("reads through French elisions, typographic apostrophes included", () => {
    expect(matched("le rachat d'Amazon, la stratégie d\u2019Alexandr Wang, les parts de l'Amazon")).toEqual([
      ["Amazon", "amazon"],
      ["Alexandr Wang", "alexandr-wang"],
      ["Amazon", "amazon"],
    ]);
  });

  it("keeps an elision that is part of the name", () => {
    expect(matched("L'Oréal investit ; les parts de L’Oréal")).toEqual([
      ["L'Oréal", "loreal"],
      ["L’Oréal", "loreal"],
    ]);
  });

  it("is accent- and case-insensitive, and marks all-lowercase matches as weak", () => {
    expect(matched("SOCIETE GENERALE et Societe Generale")).toEqual([
      ["SOCIETE GENERALE", "societe-generale"],
      ["Societe Generale", "societe-generale"],
    ]);
    const [lower] = matchKnownEntities("on en parle chez amazon", KNOWN);
    expect(lower).toMatchObject({ text: "amazon", weakCase: true });
  });

  it("ignores legal suffixes, as the loader does", () => {
    expect(matched("Scale AI Inc. said, and Scale AI, Inc. agreed")).toEqual([
      ["Scale AI Inc", "scale-ai"],
      ["Scale AI", "scale-ai"],
    ]);
  });

  it("does not take a longer name for a known shorter one", () => {
    expect(matched("Google DeepMind and Google Cloud, but Google alone; Meta-vers")).toEqual([["Google", "google"]]);
  });

  it("reports every entity a name could be", () => {
    const twice: KnownEntity[] = [...KNOWN, { id: "meta-2", type: "Company", name: "META", aliases: [] }];
    expect(matched("Meta", twice)).toEqual([["Meta", "meta|meta-2"]]);
  });
});

const found = (text: string, known: KnownEntity[] = []) =>
  Object.fromEntries(findEntities(text, splitSentences(text), known).map((e) => [e.name, `${e.type}${e.known ? `=${e.known.id}` : ""}:${e.confidence >= 0.5 ? "kept" : "doubtful"}`]));

describe("findEntities: new candidates", () => {
  it("proposes capitalized names, typed by the words around them", () => {
    expect(found("La start-up parisienne Mistral AI a levé des fonds. Son patron, Arthur Mensch, a expliqué le projet.")).toEqual({
      "Mistral AI": "Company:kept",
      "Arthur Mensch": "Person:kept",
    });
  });

  it("reads 'X, the startup', 'CEO X', 'chipmaker X', 'X said'", () => {
    expect(found("Wiz, the cloud security startup, hired people. CEO Jane Roe said so. Chipmaker Nvidia agreed.")).toEqual({
      Wiz: "Company:kept",
      "Jane Roe": "Person:kept",
      Nvidia: "Company:kept",
    });
  });

  it("drops leading common words and places, and doubts a lone word opening a sentence", () => {
    expect(found("Chez Meta, tout va vite. Pour Meta, la Silicon Valley compte. Recruter coûte cher.")).toEqual({
      Meta: "Company:kept",
      Recruter: "Company:doubtful",
    });
  });

  it("folds partial and former names into the full one", () => {
    const text = "Mistral AI a levé des fonds. Mistral recrute. Le PDG Alexandr Wang part. Wang reste. H Company, qui s'appelait Holistic AI, grandit. H recrute.";
    const entities = findEntities(text, splitSentences(text), []);
    const byName = Object.fromEntries(entities.map((e) => [e.name, e.mentions.map((m) => m.text)]));
    expect(byName["Mistral AI"]).toEqual(["Mistral AI", "Mistral"]);
    expect(byName["Alexandr Wang"]).toEqual(["Alexandr Wang", "Wang"]);
    expect(byName["H Company"]).toEqual(["H Company", "Holistic AI", "H"]);
    expect(entities.find((e) => e.name === "H Company")?.aliases).toContain("Holistic AI");
  });

  it("marks known entities matched, with their graph id", () => {
    expect(found("Meta rachète la moitié de Scale AI. D'après TechCrunch.", KNOWN)).toMatchObject({ Meta: "Company=meta:kept", "Scale AI": "Company=scale-ai:kept" });
  });
});
