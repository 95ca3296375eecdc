// The text side of search: user text never reaches Lucene as syntax, and hits rank
// exact above prefix above typo.
import { describe, expect, it } from "vitest";
import { classify, editDistance, escapeLucene, luceneQuery } from "../../src/store/index.js";

describe("the Lucene query", () => {
  it("escapes every metacharacter, so it is searched for as text", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it("folds case and accents, and offers each word as itself, a prefix and one typo away", () => {
    expect(luceneQuery("Société")).toBe("societe OR societe* OR societe~1");
    expect(luceneQuery("ai")).toBe("ai OR ai*");
    expect(luceneQuery("x")).toBe("x");
  });

  it("keeps operators and field syntax as plain words", () => {
    expect(luceneQuery("title:meta AND NOT x")).toBe(
      "title\\:meta OR title\\:meta* OR title\\:meta~1 OR and OR and* OR not OR not* OR x",
    );
  });

  it("is null when nothing is left to search for", () => {
    for (const text of ["", "   ", '"', ":", "*", "(", ") ( *:* ~ ^"]) expect(luceneQuery(text), text).toBeNull();
  });
});

describe("classify", () => {
  it("finds EXACT names and aliases, whatever the case, accents, punctuation or legal suffix", () => {
    expect(classify("scale ai, inc.", ["Scale AI"])).toMatchObject({ match: "EXACT", matchedText: "Scale AI" });
    expect(classify("karen simonyan", ["Karén Simonyan"])).toMatchObject({ match: "EXACT" });
    expect(classify("FACEBOOK", ["Meta", "Facebook"])).toMatchObject({ match: "EXACT", matchedText: "Facebook" });
  });

  it("finds PREFIX matches from the start of the name or of a later word", () => {
    expect(classify("anthr", ["Anthropic"])).toMatchObject({ match: "PREFIX" });
    expect(classify("wang", ["Alexandr Wang"])).toMatchObject({ match: "PREFIX" });
  });

  it("finds FUZZY matches one typo away, and nothing further", () => {
    expect(classify("Antropic", ["Anthropic"])).toMatchObject({ match: "FUZZY", matchedText: "Anthropic" });
    expect(classify("mistrall ai", ["Mistral AI"])).toMatchObject({ match: "FUZZY" });
    expect(classify("scaleai", ["Scale AI"])).toMatchObject({ match: "FUZZY" });
    // Two letters swapped: one typo, as Lucene's fuzzy query (which found the candidate) counts it.
    expect(classify("Darpix", ["Drapix Data"])).toMatchObject({ match: "FUZZY", matchedText: "Drapix Data" });
    expect(classify("antrpic", ["Anthropic"])).toBeNull();
    expect(classify("darpxi", ["Drapix Data"])).toBeNull();
    expect(classify("scale ai", ["Mistral AI"])).toBeNull();
  });

  it("scores EXACT above PREFIX above FUZZY, closer matches higher within each", () => {
    const exact = classify("meta", ["Meta"])!.score;
    const prefix = classify("meta", ["Meta Platforms"])!.score;
    const longer = classify("meta", ["Metaverse Holdings Group"])!.score;
    const fuzzy = classify("mwta", ["Meta"])!.score;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(longer);
    expect(longer).toBeGreaterThan(fuzzy);
    expect([exact, prefix, fuzzy].map(Math.floor)).toEqual([3, 2, 1]);
  });
});

it("editDistance counts insertions, deletions, substitutions and swaps of neighbours", () => {
  expect([editDistance("antropic", "anthropic"), editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("same", "same")]).toEqual([1, 3, 3, 0]);
  expect([editDistance("darpix", "drapix"), editDistance("ab", "ba"), editDistance("abcd", "badc"), editDistance("ca", "abc")]).toEqual([1, 1, 2, 3]);
});
