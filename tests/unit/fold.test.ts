import { describe, expect, it } from "vitest";
import { foldEvidence, nameKey, slugify } from "../../src/text/fold.js";

describe("nameKey: how entity names are compared (rule 3)", () => {
  it.each([
    ["Scale AI", "scale ai"],
    ["SCALE ai", "scale ai"],
    ["Scale AI, Inc.", "scale ai"],
    ["Société Générale SA", "societe generale"],
    ["Meta-Platforms", "meta platforms"],
    ["Acme Robotics GmbH & Co. KG", "acme robotics gmbh and"],
    ["Mistral AI SAS", "mistral ai"],
    ["  Alexandr   Wang ", "alexandr wang"],
  ])("%s -> %s", (name, key) => expect(nameKey(name)).toBe(key));

  it("keeps a name that is only a legal form", () => {
    expect(nameKey("AB")).toBe("ab");
  });

  it("does not merge different names", () => {
    expect(nameKey("OpenAI")).not.toBe(nameKey("Open AI Labs"));
  });
});

describe("foldEvidence (rule 1)", () => {
  it("folds white space, typographic quotes, apostrophes and dashes", () => {
    expect(foldEvidence("L’an\u00a0dernier,\n  « Scale » — vite")).toBe(`L'an dernier, " Scale " - vite`);
  });
});

describe("slugify", () => {
  it.each([
    ["Scale AI", "scale-ai"],
    ["Société Générale", "societe-generale"],
    ["L'Oréal", "loreal"],
    ["  --  ", ""],
  ])("%s -> %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("nameKey: dotted legal forms", () => {
  it.each([
    ["ASML Holding N.V.", "asml holding"],
    ["Ubisoft Entertainment S.A.", "ubisoft entertainment"],
    ["Acme L.L.C.", "acme"],
    ["Anthropic PBC", "anthropic"],
    ["Scale.ai", "scale ai"],
  ])("%s -> %s", (name, key) => expect(nameKey(name)).toBe(key));
});
