// The review inbox's API against a real Neo4j: drafts made from text, Markdown and a saved
// page, listed as another reviewer sees them, saved over their version, published through
// ingestArticle (problems on the fact and field, nothing written; or the deal in the graph
// with its evidence and the live event), discarded; editors only; oversize input refused.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContext } from "../../src/api/context.js";
import { createServer, type DealgraphServer } from "../../src/api/server/index.js";
import { loadConfig } from "../../src/config.js";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { EventBus } from "../../src/events/bus.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const ALICE = "alice-editor-token";
const BOB = "bob-editor-token";
const READER = "reader-token";
const FIXTURES = "tests/fixtures/extract/inputs";
let server: DealgraphServer;
let events: EventBus;
const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", API_TOKENS: `${ALICE},${BOB},${READER}:reader` });

type Result = { data?: any; errors?: Array<{ message: string; extensions?: any }> };
/** `token` null: the request sends none. */
async function run(query: string, variables: Record<string, unknown>, token: string | null = ALICE): Promise<Result> {
  const contextValue = createContext({ driver: testDriver(), config, token: token ?? undefined, events });
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as Result;
}
async function ok(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const r = await run(query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data;
}

const DRAFT_FIELDS = `id status version format createdBy updatedBy updatedAt publishedArticleId
  article { articleId title publisher url source language publishedOn body }
  entities { key type name aliases kind matchedId matchedName confidence rule decision mentions { start end } }
  deals { key kind target investors leadInvestors otherInvestors amount { value currency usd } valuation { value currency } stakePercent stage status announcedOn evidence evidenceSpan { start end } confidence rule notes decision }
  roles { key person company title since until evidence evidenceSpan { start end } confidence rule notes decision }
  problems { path message key field }`;
const CREATE = `mutation ($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { ${DRAFT_FIELDS} } }`;
const GET = `query ($id: ID!) { draft(id: $id) { ${DRAFT_FIELDS} } }`;
const LIST = `query ($status: DraftStatus, $first: Int, $after: String) { drafts(status: $status, first: $first, after: $after) { totalCount edges { cursor node { id status article { title } createdBy } } pageInfo { hasNextPage endCursor } } }`;
const SAVE = `mutation ($id: ID!, $version: Int!, $input: DraftInput!, $by: String) { saveDraft(id: $id, version: $version, input: $input, by: $by) { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishDraft(id: $id, version: $version) { published problems { path message key field } report { articleId outcome created { type } } draft { ${DRAFT_FIELDS} } } }`;
const DISCARD = `mutation ($id: ID!, $version: Int!) { discardDraft(id: $id, version: $version) { id status version } }`;
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId outcome } }`;

const TEXT = `Nabla Bio raises $26 million Series A led by Radical Ventures

Nabla Bio has raised $26 million in a Series A round led by Radical Ventures, the Boston company said on Tuesday.

The company designs antibodies with generative models.
`;

/** The draft as saveDraft takes it back: the reviewer's view of every field. */
function asInput(d: any) {
  const { body: _body, ...article } = d.article;
  return {
    article,
    entities: d.entities.map((e: any) => ({ key: e.key, type: e.type, name: e.name, aliases: e.aliases, kind: e.kind, matchedId: e.matchedId, decision: e.decision })),
    deals: d.deals.map((x: any) => ({
      key: x.key, kind: x.kind, target: x.target, investors: x.investors, leadInvestors: x.leadInvestors, otherInvestors: x.otherInvestors,
      amount: x.amount && { value: x.amount.value, currency: x.amount.currency }, valuation: x.valuation, stakePercent: x.stakePercent,
      stage: x.stage, status: x.status, announcedOn: x.announcedOn, evidence: x.evidence, decision: x.decision,
    })),
    roles: d.roles.map((x: any) => ({ key: x.key, person: x.person, company: x.company, title: x.title, since: x.since, until: x.until, evidence: x.evidence, decision: x.decision })),
  };
}

async function count(cypher: string): Promise<number> {
  const [row] = await new Db(testDriver()).read<{ n: number }>(cypher);
  return row!.n;
}
const graphNodes = () => count("MATCH (n) WHERE NOT n:GraphState AND NOT n:Draft RETURN count(n) AS n");
const draftNodes = () => count("MATCH (d:Draft) RETURN count(d) AS n");

async function createText(content = TEXT, extra: Record<string, unknown> = {}) {
  return (await ok(CREATE, { input: { content, publishedOn: "2025-03-04", ...extra }, by: "Alice" })).createDraft;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  server = createServer({ driver: testDriver(), config });
  events = server.events;
  await server.start();
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe("createDraft", () => {
  it("drafts plain text: the deal with its evidence at its place in the body, a known investor matched to the graph", async () => {
    await ok(INGEST, {
      input: {
        id: "radical-fund", title: "Radical Ventures closes a fund", publisher: "Wire", language: "en", publishedOn: "2024-01-01",
        entities: [{ ref: "r", type: "Company", id: "radical-ventures", name: "Radical Ventures", kind: "INVESTOR" }], body: "Radical Ventures closed a fund.",
      },
    });
    const d = await createText();
    expect(d).toMatchObject({ status: "OPEN", version: 1, format: "TEXT", createdBy: expect.stringMatching(/^Alice \(token [0-9a-f]{8}\)$/), publishedArticleId: null, problems: [] });
    expect(d.article).toMatchObject({ title: "Nabla Bio raises $26 million Series A led by Radical Ventures", publishedOn: "2025-03-04", language: "en", publisher: null });
    expect(d.article.body.startsWith("Nabla Bio has raised $26 million")).toBe(true);
    const deal = d.deals[0];
    expect(deal).toMatchObject({ kind: "FUNDING_ROUND", amount: { value: 26_000_000, currency: "USD", usd: 26_000_000 }, stage: "SERIES_A", decision: "ACCEPTED", rule: expect.any(String) });
    expect(d.article.body.slice(deal.evidenceSpan.start, deal.evidenceSpan.end).replace(/\s+/g, " ")).toBe(deal.evidence);
    const radical = d.entities.find((e: any) => e.name === "Radical Ventures");
    expect(radical).toMatchObject({ matchedId: "radical-ventures", matchedName: "Radical Ventures", decision: "ACCEPTED" });
    expect(deal.investors).toContain(radical.key);
    expect(deal.leadInvestors).toContain(radical.key);
    const nabla = d.entities.find((e: any) => e.key === deal.target);
    expect(nabla).toMatchObject({ name: "Nabla Bio", matchedId: null });
    for (const m of nabla.mentions) expect(d.article.body.slice(m.start, m.end)).toBe("Nabla Bio");
    // Kept: another request reads the same draft.
    expect((await ok(GET, { id: d.id }, BOB)).draft).toEqual(d);
  });

  it("drafts Markdown: its link and emphasis marks are not in the body the evidence is quoted from", async () => {
    const content = await readFile(`${FIXTURES}/xai.md`, "utf8");
    const d = (await ok(CREATE, { input: { content, fileName: "xai.md", publishedOn: "2024-05-26" } })).createDraft;
    expect(d.format).toBe("MARKDOWN");
    expect(d.article.title).toBe("xAI raises $6 billion in a Series B round");
    expect(d.article.articleId).toBe("xai");
    expect(d.article.body).toContain("xAI, the artificial intelligence company founded by Elon Musk, has raised $6 billion");
    expect(d.article.body).not.toMatch(/\]\(|\*\*|!\[/);
    expect(d.deals[0]).toMatchObject({ amount: { value: 6e9, currency: "USD" }, stage: "SERIES_B" });
  });

  it("drafts a saved page: its main text, and title, publisher, date and canonical URL from its metadata", async () => {
    const content = await readFile(`${FIXTURES}/h-seed.html`, "utf8");
    const d = (await ok(CREATE, { input: { content, fileName: "h-seed.html" } })).createDraft;
    expect(d.format).toBe("HTML");
    expect(d.article).toMatchObject({
      articleId: "h-seed", title: "H raises a $220 million seed round", publisher: "Tech Daily", url: "https://techdaily.example/2024/05/h-seed", publishedOn: "2024-05-21", language: "en",
    });
    expect(d.article.body).toContain("Paris-based startup H has raised a $220 million seed round");
    expect(d.article.body).not.toMatch(/Home|Copyright|Startups/);
    for (const x of [...d.deals, ...d.roles].filter((f: any) => f.evidenceSpan)) expect(d.article.body.slice(x.evidenceSpan.start, x.evidenceSpan.end).replace(/\s+/g, " ")).toBe(x.evidence);
  });

  it("refuses a file named .html that is no page, naming the file; nothing is stored", async () => {
    const content = await readFile(`${FIXTURES}/not-html.html`, "utf8");
    const r = await run(CREATE, { input: { content, fileName: "not-html.html" } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.content" });
    expect(r.errors?.[0]?.message).toMatch(/not-html\.html is not an HTML page/);
    const given = await run(CREATE, { input: { content, format: "HTML" } });
    expect(given.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.format" });
    expect(await draftNodes()).toBe(0);
  });

  it("refuses content over ARTICLE_MAX_BODY_BYTES, naming input.content; nothing is stored", async () => {
    const content = `Big news\n\n${"Acme raised money. ".repeat(15_000)}`;
    const r = await run(CREATE, { input: { content } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.content" });
    expect(r.errors?.[0]?.message).toMatch(/at most 262144 \(ARTICLE_MAX_BODY_BYTES\)/);
    expect(await draftNodes()).toBe(0);
  });

  it("refuses a bad url or language, naming it", async () => {
    expect((await run(CREATE, { input: { content: TEXT, url: "ftp://x" } })).errors?.[0]?.extensions).toMatchObject({ argument: "input.url" });
    expect((await run(CREATE, { input: { content: TEXT, language: "english" } })).errors?.[0]?.extensions).toMatchObject({ argument: "input.language" });
    expect(await draftNodes()).toBe(0);
  });
});

describe("the queue", () => {
  it("lists open drafts newest first, a page at a time, as another reviewer sees them", async () => {
    const first = await createText();
    const second = await createText(TEXT.replace("Nabla Bio", "Chai Discovery"));
    const page = (await ok(LIST, { first: 1 }, BOB)).drafts;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node.id)).toEqual([second.id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(LIST, { first: 1, after: page.pageInfo.endCursor }, BOB)).drafts;
    expect(next.edges.map((e: any) => e.node.id)).toEqual([first.id]);
    expect(next.edges[0].node.createdBy).toMatch(/^Alice/);
    expect((await ok(LIST, { status: "PUBLISHED" }, BOB)).drafts.totalCount).toBe(0);
  });

  it("answers only editors: a reader token and no token get the errors of other editor-only operations", async () => {
    const d = await createText();
    for (const [token, code] of [[READER, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      expect((await run(LIST, {}, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await run(GET, { id: d.id }, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await run(CREATE, { input: { content: TEXT } }, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await run(DISCARD, { id: d.id, version: 1 }, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await run(PUBLISH, { id: d.id, version: 1 }, token)).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await draftNodes()).toBe(1);
    expect((await ok(GET, { id: d.id })).draft.status).toBe("OPEN");
  });
});

describe("saveDraft", () => {
  it("saves the reviewed draft: a new version, who saved it, fields and decisions as edited, a new entity and deal kept", async () => {
    const d = await createText();
    const input = asInput(d);
    input.article.publisher = "Bio Wire";
    input.deals[0].decision = "REJECTED";
    input.entities.push({ key: "acme", type: "Company", name: "Acme Capital", aliases: ["Boston company"], kind: "INVESTOR", matchedId: null, decision: "ACCEPTED" });
    input.deals.push({ ...input.deals[0], key: "by-hand", investors: ["acme"], leadInvestors: [], decision: "ACCEPTED" });
    const saved = (await ok(SAVE, { id: d.id, version: 1, input, by: "Bob" }, BOB)).saveDraft;
    expect(saved).toMatchObject({ version: 2, createdBy: d.createdBy, updatedBy: expect.stringMatching(/^Bob \(token/), article: { publisher: "Bio Wire", body: d.article.body } });
    expect(saved.deals.map((x: any) => [x.key, x.decision, x.rule])).toEqual([[d.deals[0].key, "REJECTED", d.deals[0].rule], ["by-hand", "ACCEPTED", "reviewer"]]);
    expect(saved.deals[1].evidenceSpan).toEqual(d.deals[0].evidenceSpan);
    const added = saved.entities.at(-1);
    expect(added).toMatchObject({ key: "acme", rule: "reviewer", confidence: 1, mentions: [expect.any(Object)] });
    expect(saved.article.body.slice(added.mentions[0].start, added.mentions[0].end)).toBe("Boston company");
    expect((await ok(GET, { id: d.id }, ALICE)).draft).toEqual(saved);
  });

  it("refuses a stale version with CONFLICT saying who saved it and when; the draft keeps the first save", async () => {
    const d = await createText();
    const bobs = asInput(d);
    bobs.article.title = "Bob's title";
    const saved = (await ok(SAVE, { id: d.id, version: 1, input: bobs, by: "Bob" }, BOB)).saveDraft;
    const alices = asInput(d);
    alices.article.title = "Alice's title";
    const r = await run(SAVE, { id: d.id, version: 1, input: alices, by: "Alice" });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", version: 2, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt });
    expect(r.errors?.[0]?.message).toContain(`was saved by ${saved.updatedBy} at ${saved.updatedAt}`);
    expect((await ok(GET, { id: d.id })).draft.article.title).toBe("Bob's title");
  });

  it("of two saves of the same version at once, keeps one and refuses the other", async () => {
    const d = await createText();
    const edits = ["First", "Second"].map((title) => ({ ...asInput(d), article: { ...asInput(d).article, title } }));
    const results = await Promise.all(edits.map((input, i) => run(SAVE, { id: d.id, version: 1, input }, i ? BOB : ALICE)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const winner = results.find((r) => !r.errors)!.data.saveDraft;
    expect((await ok(GET, { id: d.id })).draft).toMatchObject({ version: 2, article: { title: winner.article.title } });
  });

  it("refuses a key no entity has, or a match the graph does not hold, naming the field", async () => {
    const d = await createText();
    const input = asInput(d);
    input.deals[0].target = "nobody";
    expect((await run(SAVE, { id: d.id, version: 1, input })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.deals[0].target" });
    const matched = asInput(d);
    matched.entities[0].matchedId = "no-such-company";
    expect((await run(SAVE, { id: d.id, version: 1, input: matched })).errors?.[0]?.extensions).toMatchObject({ argument: "input.entities[0].matchedId" });
    expect((await ok(GET, { id: d.id })).draft.version).toBe(1);
  });
});

describe("publishDraft", () => {
  it("keeps the loader's problems on the fact and field they concern, and writes nothing", async () => {
    const d = await createText();
    const input = asInput(d);
    input.article.publisher = "Bio Wire";
    input.deals[0].amount = { value: 26_000_000, currency: "ZZZ" };
    const saved = (await ok(SAVE, { id: d.id, version: 1, input })).saveDraft;
    const before = await graphNodes();
    const r = (await ok(PUBLISH, { id: d.id, version: saved.version })).publishDraft;
    expect(r.published).toBe(false);
    expect(r.report).toBeNull();
    expect(r.problems).toEqual([{ path: "input.investments[0].amount.currency", message: expect.stringContaining("ISO 4217"), key: d.deals[0].key, field: "amount.currency" }]);
    expect(r.draft).toMatchObject({ status: "OPEN", version: saved.version + 1, problems: r.problems, publishedArticleId: null });
    expect(await graphNodes()).toBe(before);
  });

  it("names an article field (a missing publisher) as article.publisher", async () => {
    const d = await createText();
    const r = (await ok(PUBLISH, { id: d.id, version: 1 })).publishDraft;
    expect(r.published).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ path: "input.publisher", key: null, field: "article.publisher" }));
    expect(await graphNodes()).toBe(0);
  });

  it("publishes the accepted facts through ingestArticle: the deal in the graph with its evidence, the live event, the draft PUBLISHED", async () => {
    const d = await createText();
    const input = asInput(d);
    input.article.publisher = "Bio Wire";
    input.article.articleId = "nabla-series-a";
    const saved = (await ok(SAVE, { id: d.id, version: 1, input })).saveDraft;
    const changes: unknown[] = [];
    const stop = events.onChange((c) => changes.push(c));
    const r = (await ok(PUBLISH, { id: d.id, version: saved.version })).publishDraft;
    stop();
    expect(r).toMatchObject({ published: true, problems: [], report: { articleId: "nabla-series-a", outcome: "CREATED" } });
    expect(r.draft).toMatchObject({ status: "PUBLISHED", publishedArticleId: "nabla-series-a", version: saved.version + 1 });
    expect(changes).toHaveLength(1);
    const article = (await ok(`{ article(id: "nabla-series-a") { publisher investments { kind stage amount { value currency } target { name } sources { evidence } } } }`, {})).article;
    expect(article.publisher).toBe("Bio Wire");
    expect(article.investments).toEqual([{ kind: "FUNDING_ROUND", stage: "SERIES_A", amount: { value: 26_000_000, currency: "USD" }, target: { name: "Nabla Bio" }, sources: [{ evidence: d.deals[0].evidence }] }]);
    // Published is final.
    expect((await run(SAVE, { id: d.id, version: r.draft.version, input })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await ok(LIST, { status: "PUBLISHED" })).drafts.totalCount).toBe(1);
  });

  it("does not replace an article already in the graph", async () => {
    await ok(INGEST, { input: { id: "nabla-series-a", title: "Another", publisher: "Wire", language: "en", publishedOn: "2024-01-01", entities: [], body: "Something else." } });
    const d = await createText();
    const input = asInput(d);
    input.article.publisher = "Bio Wire";
    input.article.articleId = "nabla-series-a";
    const saved = (await ok(SAVE, { id: d.id, version: 1, input })).saveDraft;
    const before = await graphNodes();
    const r = (await ok(PUBLISH, { id: d.id, version: saved.version })).publishDraft;
    expect(r.published).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ path: "input.id", field: "article.articleId", message: expect.stringContaining("already has an article with id nabla-series-a") })]);
    expect(await graphNodes()).toBe(before);
  });
});

describe("discardDraft", () => {
  it("sets the draft aside: out of the open queue, no longer saved or published", async () => {
    const d = await createText();
    const r = (await ok(DISCARD, { id: d.id, version: 1 }, BOB)).discardDraft;
    expect(r).toMatchObject({ status: "DISCARDED", version: 2 });
    expect((await ok(LIST, {})).drafts.totalCount).toBe(0);
    expect((await ok(LIST, { status: "DISCARDED" })).drafts.totalCount).toBe(1);
    const again = await run(PUBLISH, { id: d.id, version: 2 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "DISCARDED" });
    expect(await graphNodes()).toBe(0);
  });
});
