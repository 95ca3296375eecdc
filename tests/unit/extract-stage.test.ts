// A funding round's stage read from the text (issue 13, item 5): "Series F", "série B",
// "amorçage"; only for funding rounds, and the draft writes it as a valid article field.
import { describe, expect, it } from "vitest";
import { checkDraft, renderDraft } from "../../src/extract/draft.js";
import { extract } from "../../src/extract/extract.js";

const stages = (text: string) => extract(text, { published: "2024-05-21", known: [], id: "x" }).deals.map((d) => [d.kind, d.stage?.value, d.stage?.text]);

describe("round stages in news text", () => {
  it("reads Series F in English and série B in French", () => {
    expect(stages("Scale AI raises\n\nScale AI raised $1 billion in a Series F round led by Accel.\n")).toEqual([["FUNDING_ROUND", "SERIES_F", "Series F"]]);
    expect(stages("Alan lève des fonds\n\nAlan a levé 173 millions d'euros lors d'une série B menée par Index Ventures.\n")).toEqual([["FUNDING_ROUND", "SERIES_B", "série B"]]);
  });

  it("reads seed and pre-seed apart", () => {
    expect(stages("Mistral AI lève\n\nMistral AI a levé 105 millions d'euros lors d'un tour d'amorçage mené par Lightspeed Venture Partners.\n")).toEqual([["FUNDING_ROUND", "SEED", "amorçage"]]);
    expect(stages("Acme raises\n\nAcme Robotics raised $2 million in a pre-seed round from Northwind Ventures.\n")).toEqual([["FUNDING_ROUND", "PRE_SEED", "pre-seed"]]);
  });

  it("gives no stage to a deal that is not a funding round, nor to a round the text does not label", () => {
    expect(stages("Globex buys Initech\n\nGlobex acquired Initech for $300 million.\n").map(([kind, stage]) => [kind, stage])).toEqual([["ACQUISITION", undefined]]);
    expect(stages("Acme raises\n\nAcme Robotics raised $40 million from Northwind Ventures.\n").map(([, stage]) => stage)).toEqual([undefined]);
  });

  it("writes it into the draft, which stays a valid article", () => {
    const draft = renderDraft(extract("Scale AI raises\n\nScale AI raised $1 billion in a Series F round led by Accel.\n", { published: "2024-05-21", known: [], id: "x" }));
    expect(draft).toContain(`stage: SERIES_F  # "Series F"`);
    expect(checkDraft(draft)).toEqual([]);
  });
});
