// Deal resolution (issue 13, items 1, 2 and 6): a report without a deal id is scored against
// the deals of its target (src/domain/deal-match.ts). The same deal gets one more source,
// with the reason kept on it; a report resolution cannot tell from a deal becomes a deal of
// its own linked to it as a possible duplicate; another deal stays another deal; and totals
// count the merged deal once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { Article } from "../../src/ingest/model.js";
import { type DealResolution } from "../../src/ingest/resolve.js";
import { loadArticles, withdrawArticles, writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let api: TestApi;
const db = () => new Db(testDriver());

const SERIES_F = "Scale AI raised $1 billion in a Series F led by Accel, with Amazon, Meta and Nvidia";

/** An article reporting one Scale AI deal, `deal` giving the fields that vary. */
function report(id: string, publishedOn: string, deal: Record<string, unknown>, investors = ["accel", "amazon", "meta", "nvidia"]): Article {
  const names: Record<string, string> = { accel: "Accel", amazon: "Amazon", meta: "Meta", nvidia: "Nvidia", a16z: "Andreessen Horowitz" };
  const v = validateArticle(`${id}.json`, {
    id,
    title: "Scale AI raises",
    publisher: "Test Wire",
    language: "en",
    publishedOn,
    entities: [{ ref: "scale", type: "Company", name: "Scale AI", id: "scale-ai" }, ...investors.map((ref) => ({ ref, type: "Company", name: names[ref] }))],
    investments: [{ kind: "FUNDING_ROUND", investors, target: "scale", evidence: SERIES_F, ...deal }],
    body: `${SERIES_F}.`,
  });
  if (!v.article) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return v.article;
}

const seriesF = (id = "series-f-report") =>
  report(id, "2024-05-22", { leadInvestors: ["accel"], otherInvestors: true, amount: { value: 1_000_000_000, currency: "USD" }, stage: "SERIES_F", announcedOn: "2024-05" });

async function fresh(resolution?: DealResolution, ...articles: Article[]): Promise<void> {
  await resetDatabase();
  await loadArticles(db(), ["seeds"]);
  await writeArticles(db(), articles, { resolution });
}

async function scaleDeals(): Promise<Array<{ id: string; kind: string; sources: Array<{ article: { id: string }; match: unknown }> }>> {
  const { data, errors } = await api.run(`{
    company(id: "scale-ai") {
      totalRaisedUsd
      investmentsConnection(first: 10, side: TARGET, orderBy: { field: ANNOUNCED_ON, direction: ASC }) {
        edges { node { id kind sources { article { id } match { method score agreed conflicting decision } } } }
      }
    }
  }`);
  expect(errors).toBeUndefined();
  return (data.company as { investmentsConnection: { edges: Array<{ node: never }> } }).investmentsConnection.edges.map((e) => e.node);
}

async function totalRaised(): Promise<number> {
  const { data } = await api.run(`{ company(id: "scale-ai") { totalRaisedUsd } }`);
  return (data.company as { totalRaisedUsd: number }).totalRaisedUsd;
}

const TOKEN = "resolution-test-editor";

beforeAll(async () => {
  await applyMigrations(testDriver());
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

describe("the founding article's 2024 round and a later report of the Series F", () => {
  it("are one deal with two sources, and Scale AI has raised $15.3B, not $16.3B", async () => {
    await fresh(undefined, seriesF());
    const deals = await scaleDeals();
    const rounds = deals.filter((d) => d.kind === "FUNDING_ROUND");
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.sources).toEqual([
      // Newest article first. The seed made the deal; the report scored as the same deal: dates
      // agree at their precision (2024 holds 2024-05), Amazon and others is within the four
      // investors, the amounts are equal, and it is the only Scale AI round of that time.
      { article: { id: "meta-scale-ai" }, match: { method: "NEW", score: null, agreed: [], conflicting: [], decision: null } },
      { article: { id: "series-f-report" }, match: { method: "SCORE", score: 7, agreed: ["ANNOUNCED_ON", "INVESTORS", "AMOUNT", "SOLE_CANDIDATE"], conflicting: [], decision: null } },
    ]);
    expect(await totalRaised()).toBe(15_300_000_000);
  });

  it("stay two deals, counted twice, when resolution only compares deal keys (what eval:resolution measures against)", async () => {
    await fresh("key", seriesF());
    expect((await scaleDeals()).filter((d) => d.kind === "FUNDING_ROUND")).toHaveLength(2);
    expect(await totalRaised()).toBe(16_300_000_000);
  });
});

describe("a report resolution cannot tell from a deal", () => {
  it("becomes a deal of its own, linked to the other as a possible duplicate with its score and reasons", async () => {
    // Nvidia and others in 2024, no amount: the date and the investors agree, nothing else is given.
    const vague = report("vague-report", "2024-12-01", { otherInvestors: true, announcedOn: "2024" }, ["nvidia"]);
    await fresh(undefined, seriesF(), vague);
    const deals = (await scaleDeals()).filter((d) => d.kind === "FUNDING_ROUND");
    expect(deals).toHaveLength(2);
    const links = await db().read<{ from: string; to: string; score: number; agreed: string[]; conflicting: string[]; articleId: string }>(
      `MATCH (a:Investment)-[l:POSSIBLE_DUPLICATE]->(b:Investment) RETURN a.id AS from, b.id AS to, l.score AS score, l.agreed AS agreed, l.conflicting AS conflicting, l.articleId AS articleId`,
    );
    const vagueDeal = deals.find((d) => d.sources.some((s) => s.article.id === "vague-report"))!;
    expect(links).toEqual([{ from: vagueDeal.id, to: expect.any(String), score: 4, agreed: ["ANNOUNCED_ON", "INVESTORS", "SOLE_CANDIDATE"], conflicting: [], articleId: "vague-report" }]);
    expect(deals.map((d) => d.id)).toContain(links[0]!.to);
  });

  it("marked distinct by an editor, loses its link, which re-loading does not bring back; reverted, the link returns", async () => {
    await fresh(undefined, seriesF(), report("vague-report", "2024-12-01", { otherInvestors: true, announcedOn: "2024" }, ["nvidia"]));
    const linked = async () => (await db().read<{ n: number }>(`MATCH (:Investment)-[l:POSSIBLE_DUPLICATE]->(:Investment) RETURN count(l) AS n`))[0]!.n;
    const [{ a, b }] = await db().read<{ a: string; b: string }>(`MATCH (a:Investment)-[:POSSIBLE_DUPLICATE]->(b:Investment) RETURN a.id AS a, b.id AS b`);
    const decided = await api.run(`mutation($a: ID!, $b: ID!) { markDistinct(a: $a, b: $b, reason: "two rounds") { id action a b } }`, { a, b }, { token: TOKEN });
    expect(decided.errors).toBeUndefined();
    expect(decided.data.markDistinct).toMatchObject({ action: "DISTINCT", a, b });
    expect(await linked()).toBe(0);
    // Withdrawn and loaded again, the vague report is resolved afresh: the same grey-zone
    // score, but no link to a deal a person said it is not.
    await withdrawArticles(db(), ["vague-report"]);
    const again = await writeArticles(db(), [report("vague-report", "2024-12-01", { otherInvestors: true, announcedOn: "2024" }, ["nvidia"])]);
    expect(again[0]!.created.map((n) => n.id)).toContain(a);
    expect(await linked()).toBe(0);
    const id = (decided.data.markDistinct as { id: string }).id;
    expect((await api.run(`mutation($id: ID!) { revertDecision(id: $id, reason: "no, maybe one") { reverted { reason } } }`, { id }, { token: TOKEN })).errors).toBeUndefined();
    expect(await linked()).toBe(1);
  });
});

describe("reports that conflict", () => {
  it("stay separate deals: another round stage, or a date a year away", async () => {
    const seriesE = report("series-e-report", "2024-05-30", { amount: { value: 1_000_000_000, currency: "USD" }, stage: "SERIES_E", announcedOn: "2024-05" });
    const nextYear = report("next-year-report", "2025-05-30", { amount: { value: 1_000_000_000, currency: "USD" }, announcedOn: "2025-05" }, ["accel"]);
    await fresh(undefined, seriesF(), seriesE, nextYear);
    const rounds = (await scaleDeals()).filter((d) => d.kind === "FUNDING_ROUND");
    // The founding article's round joins the Series F; the Series E and the 2025 round stand apart.
    expect(rounds.map((d) => d.sources.map((s) => s.article.id).sort())).toEqual(
      expect.arrayContaining([["meta-scale-ai", "series-f-report"], ["series-e-report"], ["next-year-report"]]),
    );
    expect(rounds).toHaveLength(3);
    const seriesEDeal = rounds.find((d) => d.sources[0]!.article.id === "series-e-report")!;
    expect(seriesEDeal.sources[0]!.match).toMatchObject({ method: "NEW", conflicting: ["STAGE"] });
  });

  it("re-loading the same files changes nothing, and loading them in another order gives the same deals", async () => {
    await fresh(undefined, seriesF());
    const once = await scaleDeals();
    await writeArticles(db(), [seriesF()]);
    expect(await scaleDeals()).toEqual(once);
    await resetDatabase();
    await writeArticles(db(), [seriesF()]);
    await loadArticles(db(), ["seeds"]);
    const rounds = (await scaleDeals()).filter((d) => d.kind === "FUNDING_ROUND");
    expect(rounds.map((d) => d.sources.map((s) => s.article.id).sort())).toEqual([["meta-scale-ai", "series-f-report"]]);
  });
});
