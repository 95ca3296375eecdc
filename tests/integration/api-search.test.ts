// search(text, types, first) on the founding article plus the test corpus: accents,
// aliases, typos, type-ahead, article titles, and Lucene syntax that is searched for,
// never interpreted, never an error.
import { describe, expect, it } from "vitest";
import { useLoadedApi } from "../helpers/api.js";

const api = useLoadedApi();

interface Hit {
  score: number;
  match: string;
  matchedText: string;
  type: string;
  node: { id: string };
  entity: { id: string } | null;
  article: { id: string } | null;
}

const SEARCH = `query($text: String!, $types: [SearchType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score match matchedText type node { id }
    entity { ... on Company { id } ... on Person { id } }
    article { id }
  } }`;

async function search(text: string, types?: string[], first?: number): Promise<Hit[]> {
  const { data, errors } = await api.run<{ search: Hit[] }>(SEARCH, { text, types, first });
  expect(errors, text).toBeUndefined();
  return data!.search;
}
const top = async (text: string, types?: string[]) => (await search(text, types))[0];

describe("search", () => {
  it("finds names and aliases whatever the case and accents", async () => {
    expect(await top("ANTHROPIC")).toMatchObject({ match: "EXACT", entity: { id: "anthropic" } });
    expect(await top("Karen Simonyan")).toMatchObject({ match: "EXACT", matchedText: "Karén Simonyan", entity: { id: "karen-simonyan" } });
    expect(await top("Dassault Systemes")).toMatchObject({ match: "EXACT", entity: { id: "dassault-systemes" } });
    expect(await top("Timothée Lacroix")).toMatchObject({ match: "EXACT", entity: { id: "timothee-lacroix" } });
    expect(await top("a16z")).toMatchObject({ match: "EXACT", matchedText: "a16z", entity: { id: "andreessen-horowitz" } });
    expect(await top("Alphabet")).toMatchObject({ match: "EXACT", entity: { id: "google" } });
    expect(await top("Lawrence Summers")).toMatchObject({ match: "EXACT", entity: { id: "larry-summers" } });
  });

  it("tolerates one typo, and not two", async () => {
    expect(await top("Antropic")).toMatchObject({ match: "FUZZY", matchedText: "Anthropic", entity: { id: "anthropic" } });
    expect(await top("Mistrall")).toMatchObject({ match: "FUZZY", entity: { id: "mistral-ai" } });
    expect(await top("Alexander Wang")).toMatchObject({ match: "FUZZY", entity: { id: "alexandr-wang" } });
    expect(await search("Antrpic")).toEqual([]);
  });

  it("ranks an exact name above a prefix above a typo", async () => {
    const hits = await search("meta", ["COMPANY", "PERSON", "ARTICLE"]);
    expect(hits[0]).toMatchObject({ match: "EXACT", node: { id: "meta" } });
    const order = { EXACT: 3, PREFIX: 2, FUZZY: 1 } as Record<string, number>;
    const bands = hits.map((h) => order[h.match]!);
    expect(bands).toEqual([...bands].sort((a, b) => b - a));
    expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
    for (const h of hits) expect(Math.floor(h.score)).toBe(order[h.match]);
    // "Meta-morphose ..." and "Meta Platforms takes 49% ..." start with it.
    expect(hits.filter((h) => h.type === "ARTICLE" && h.match === "PREFIX").map((h) => h.node.id).sort()).toEqual([
      "meta-scale-ai",
      "meta-scale-ai-stake-2025",
    ]);
  });

  it("completes the start of a name, and of a later word", async () => {
    expect(await top("anthr")).toMatchObject({ match: "PREFIX", entity: { id: "anthropic" } });
    const murati = await search("murati");
    expect(murati[0]).toMatchObject({ match: "PREFIX", entity: { id: "mira-murati" } });
  });

  it("looks through article titles when asked, and only then", async () => {
    const hits = await search("Mistral AI lève", ["ARTICLE"]);
    expect(hits.map((h) => h.node.id).sort()).toEqual(["mistral-ai-serie-a-2023", "mistral-ai-serie-b-2024"]);
    expect(hits.every((h) => h.type === "ARTICLE" && h.entity === null && h.article?.id === h.node.id)).toBe(true);
    // Accents folded in titles too.
    expect((await search("leve 600 millions", ["ARTICLE"]))[0]?.node.id).toBe("mistral-ai-serie-b-2024");
    expect((await search("Mistral AI lève")).every((h) => h.type !== "ARTICLE")).toBe(true);
  });

  it("keeps to the types asked for", async () => {
    expect((await search("Amodei", ["PERSON"])).map((h) => h.node.id).sort()).toEqual(["daniela-amodei", "dario-amodei"]);
    expect(await search("Amodei", ["COMPANY"])).toEqual([]);
  });

  it("searches Lucene syntax as text: never interpreted, never an error", async () => {
    const texts = ['"', ":", "*", "(", ")", "\\", "AND", "OR NOT", "name:Meta", "Meta*", "Meta~2", "[a TO z]", "{x}", "/regex/", "a && b || !c", '"Scale AI"', "Scale (AI)", "^Meta", "+Meta -Google", "Character.AI"];
    for (const text of texts) {
      const { errors } = await api.run(SEARCH, { text });
      expect(errors, text).toBeUndefined();
    }
    expect(await search("*")).toEqual([]);
    // A wildcard is not a wildcard, a field is not a field: only what the words say is found.
    expect((await search("name:Meta")).map((h) => h.node.id)).toEqual([]);
    expect(await top('"Scale AI"')).toMatchObject({ match: "EXACT", entity: { id: "scale-ai" } });
    expect(await top("Scale (AI)")).toMatchObject({ match: "EXACT", entity: { id: "scale-ai" } });
    expect(await top("Character.AI")).toMatchObject({ match: "EXACT", entity: { id: "character-ai" } });
    expect((await search("Meta*"))[0]).toMatchObject({ entity: { id: "meta" } });
  });

  it("returns at most `first` hits, and refuses what it cannot take", async () => {
    expect(await search("a", undefined, 3)).toHaveLength(3);
    for (const [variables, argument] of [
      [{ text: "x", first: 0 }, "first"],
      [{ text: "x", first: 51 }, "first"],
      [{ text: "x".repeat(201) }, "text"],
    ] as const) {
      const { errors } = await api.run(SEARCH, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    }
  });

  it("takes one round trip, whatever it searches", async () => {
    const { roundTrips, errors } = await api.run(`{ a: search(text: "meta", types: [COMPANY, PERSON, ARTICLE]) { node { id } }
      b: search(text: "Antropic") { entity { ... on Company { name aliases } } } }`);
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
  });
});
