// A reviewed draft as the article publishDraft loads (src/drafts/to-article.ts): only
// ACCEPTED facts, the entities they use and the ACCEPTED ones, a match's graph id; and the
// loader's problems put back on the draft's facts and fields.
import { describe, expect, it } from "vitest";
import type { DraftContent, DraftDeal, DraftEntity } from "../../src/domain/drafts.js";
import { draftArticle, problemOnDraft } from "../../src/drafts/to-article.js";
import { evidenceSpan, mentionsIn } from "../../src/drafts/from-extraction.js";

const entity = (key: string, over: Partial<DraftEntity> = {}): DraftEntity => ({
  key, type: "Company", name: key.toUpperCase(), aliases: [], kind: null, matchedId: null, matchedName: null, candidates: [],
  confidence: 0.8, rule: "test", reasons: [], decision: "ACCEPTED", mentions: [], ...over,
});
const deal = (key: string, over: Partial<DraftDeal> = {}): DraftDeal => ({
  key, kind: "FUNDING_ROUND", target: "acme", investors: ["fund"], leadInvestors: [], otherInvestors: false, amount: { value: 5e6, currency: "USD" },
  valuation: null, stakePercent: null, stage: "SEED", status: null, announcedOn: null, evidence: "Acme raised $5M from Fund.", evidenceSpan: null,
  confidence: 0.8, rule: "test", notes: [], decision: "ACCEPTED", ...over,
});
const draft = (over: Partial<DraftContent> = {}): DraftContent => ({
  article: { articleId: "acme-seed", title: "Acme seed", publisher: "Wire", url: null, source: null, language: "en", publishedOn: "2025-01-02", body: "Acme raised $5M from Fund.\n" },
  entities: [entity("acme"), entity("fund", { matchedId: "fund-capital", decision: "PENDING" }), entity("bob", { type: "Person", decision: "PENDING" }), entity("zed", { decision: "REJECTED" })],
  deals: [deal("deal-1"), deal("deal-2", { decision: "PENDING", investors: ["zed"] }), deal("deal-3", { decision: "REJECTED" })],
  roles: [],
  problems: [],
  ...over,
});

describe("draftArticle", () => {
  it("publishes the ACCEPTED facts with the entities they use and the ACCEPTED ones; a match carries its graph id", () => {
    const { article, origin, problems } = draftArticle(draft());
    expect(problems).toEqual([]);
    expect(article).toEqual({
      id: "acme-seed", title: "Acme seed", publisher: "Wire", language: "en", publishedOn: "2025-01-02", body: "Acme raised $5M from Fund.\n",
      entities: [{ ref: "acme", type: "Company", name: "ACME" }, { ref: "fund", type: "Company", name: "FUND", id: "fund-capital" }],
      investments: [{ kind: "FUNDING_ROUND", investors: ["fund"], target: "acme", amount: { value: 5e6, currency: "USD" }, stage: "SEED", evidence: "Acme raised $5M from Fund." }],
    });
    expect(origin).toEqual({ entities: ["acme", "fund"], investments: ["deal-1"], roles: [] });
  });

  it("says so when an accepted fact uses a rejected entity", () => {
    const { problems } = draftArticle(draft({ deals: [deal("deal-1", { investors: ["fund", "zed"] })] }));
    expect(problems).toEqual([{ path: "input.investments[0].investors[1]", message: expect.stringContaining("ZED (zed), which is rejected"), key: "deal-1", field: "investors[1]" }]);
  });
});

describe("problemOnDraft", () => {
  const origin = { entities: ["acme", "fund"], investments: ["deal-1", "deal-7"], roles: ["role-1"] };
  it("puts a fact's problem on its key and field", () => {
    expect(problemOnDraft("input.investments[1].amount.currency", "bad", origin)).toEqual({ path: "input.investments[1].amount.currency", message: "bad", key: "deal-7", field: "amount.currency" });
    expect(problemOnDraft("input.roles[0].evidence", "bad", origin)).toMatchObject({ key: "role-1", field: "evidence" });
    expect(problemOnDraft("input.investments[0]", "bad", origin)).toMatchObject({ key: "deal-1", field: null });
  });

  it("names an entity's fields as the draft does (ref is key, id is matchedId), and the article's as article.<field>", () => {
    expect(problemOnDraft("input.entities[1].id", "bad", origin)).toMatchObject({ key: "fund", field: "matchedId" });
    expect(problemOnDraft("input.entities[0].aliases[2]", "bad", origin)).toMatchObject({ key: "acme", field: "aliases[2]" });
    expect(problemOnDraft("input.publisher", "bad", origin)).toEqual({ path: "input.publisher", message: "bad", key: null, field: "article.publisher" });
    expect(problemOnDraft("input.id", "bad", origin)).toMatchObject({ key: null, field: "article.articleId" });
    expect(problemOnDraft("input", "bad", origin)).toMatchObject({ key: null, field: null });
  });
});

describe("evidenceSpan", () => {
  it("finds evidence written with its white space folded, and nothing else", () => {
    const body = "Acme  raised\n$5M from Fund. Then more.";
    expect(evidenceSpan(body, "Acme raised $5M from Fund.")).toEqual({ start: 0, end: 27 });
    expect(evidenceSpan(body, "Acme raised $6M")).toBeNull();
  });
});

describe("mentionsIn", () => {
  it("finds a name and its aliases as whole words, in body order", () => {
    const body = "Acme Capital led. Acmeville is not it; ACME Cap. and Acme  Capital again.";
    expect(mentionsIn(body, ["Acme Capital", "ACME Cap"], 10).map((m) => body.slice(m.start, m.end))).toEqual(["Acme Capital", "ACME Cap", "Acme  Capital"]);
    expect(mentionsIn(body, ["Acme"], 1)).toEqual([{ start: 0, end: 4 }]);
  });
});
