// Query.duplicateCandidates: the possible duplicates deal resolution leaves for a person,
// newest link first, paged like every connection, a page costing a bounded number of round
// trips; a pair a person marks distinct leaves the list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { Article } from "../../src/ingest/model.js";
import { loadArticles, writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

const TOKEN = "tok";
let api: TestApi;
const db = () => new Db(testDriver());

const SERIES_F = "Scale AI raised $1 billion in a Series F led by Accel, with Amazon, Meta and Nvidia";
const NAMES: Record<string, string> = { accel: "Accel", amazon: "Amazon", meta: "Meta", nvidia: "Nvidia", a16z: "Andreessen Horowitz" };

/** An article reporting one Scale AI round, `deal` giving the fields that vary. */
function report(id: string, title: string, publishedOn: string, deal: Record<string, unknown>, investors: string[]): Article {
  const v = validateArticle(`${id}.json`, {
    id,
    title,
    publisher: "Test Wire",
    language: "en",
    publishedOn,
    entities: [{ ref: "scale", type: "Company", name: "Scale AI", id: "scale-ai" }, ...investors.map((ref) => ({ ref, type: "Company", name: NAMES[ref] }))],
    investments: [{ kind: "FUNDING_ROUND", investors, target: "scale", evidence: SERIES_F, ...deal }],
    body: `${SERIES_F}.`,
  });
  if (!v.article) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return v.article;
}

const seriesF = report(
  "series-f-report",
  "Scale AI raises a Series F",
  "2024-05-22",
  { leadInvestors: ["accel"], otherInvestors: true, amount: { value: 1_000_000_000, currency: "USD" }, stage: "SERIES_F", announcedOn: "2024-05" },
  ["accel", "amazon", "meta", "nvidia"],
);
/** "<investor> and others, 2024", no amount: too vague to be told from the Series F, so a deal of its own, linked to it. */
const vague = (investor: string) => report(`vague-${investor}`, `${NAMES[investor]} backs Scale AI`, "2024-12-01", { otherInvestors: true, announcedOn: "2024" }, [investor]);

const PAGE = `query ($first: Int, $after: String, $kind: DuplicateKind) {
  duplicateCandidates(kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        score agreed conflicting foundAt
        article { id title }
        a { __typename id ... on Investment { kind announcedOn investors { ... on Company { id } } sources { article { id } } } }
        b { __typename id ... on Investment { kind sources { article { id } } } }
      }
    }
  }
}`;

interface Candidate {
  score: number;
  agreed: string[];
  conflicting: string[];
  foundAt: string;
  article: { id: string; title: string } | null;
  a: { __typename: string; id: string; investors: Array<{ id: string }>; sources: Array<{ article: { id: string } }> };
  b: { __typename: string; id: string; sources: Array<{ article: { id: string } }> };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: Candidate }>;
}

async function page(vars: Record<string, unknown> = {}): Promise<Page> {
  const { data, errors } = await api.run<{ duplicateCandidates: Page }>(PAGE, vars);
  expect(errors).toBeUndefined();
  return data!.duplicateCandidates;
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await loadArticles(db(), ["seeds"]);
  await writeArticles(db(), [seriesF]);
  // One run each, so each link has its own foundAt: Nvidia's oldest, Meta's newest.
  for (const investor of ["nvidia", "meta", "accel"]) await writeArticles(db(), [vague(investor)]);
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

const SCALE_ROUND = "amazon-funding-round-scale-ai-2024";
const dealOf = (investor: string) => `${investor}-funding-round-scale-ai-2024`;

describe("duplicateCandidates", () => {
  it("lists the possible duplicates newest first, each with both deals, its score, its reasons and the article that made it", async () => {
    const p = await page();
    expect(p.totalCount).toBe(3);
    expect(p.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    // Loaded Nvidia's report first and Accel's last: the newest link comes first.
    expect(p.edges.map((e) => e.node.article?.id)).toEqual(["vague-accel", "vague-meta", "vague-nvidia"]);
    const times = p.edges.map((e) => e.node.foundAt);
    for (const t of times) expect(new Date(t).toISOString()).toBe(t);
    expect([...times].sort().reverse()).toEqual(times);

    const [accel, , nvidia] = p.edges.map((e) => e.node);
    // The vague report is the newer deal, a; the round it could not be told from is b.
    expect(nvidia).toMatchObject({
      score: 4,
      agreed: ["ANNOUNCED_ON", "INVESTORS", "SOLE_CANDIDATE"],
      conflicting: [],
      article: { id: "vague-nvidia", title: "Nvidia backs Scale AI" },
      a: { __typename: "Investment", id: dealOf("nvidia"), kind: "FUNDING_ROUND", announcedOn: "2024", investors: [{ id: "nvidia" }], sources: [{ article: { id: "vague-nvidia" } }] },
      b: { __typename: "Investment", id: SCALE_ROUND, kind: "FUNDING_ROUND" },
    });
    expect(nvidia!.b.sources.map((s) => s.article.id).sort()).toEqual(["meta-scale-ai", "series-f-report"]);
    // Once Nvidia's deal is there, the round is no longer the sole 2024 candidate.
    expect(accel).toMatchObject({ score: 3, agreed: ["ANNOUNCED_ON", "INVESTORS"], conflicting: [], a: { id: dealOf("accel") }, b: { id: SCALE_ROUND } });
  });

  it("costs the same few round trips for a page of one as for a page of three", async () => {
    const one = await api.run(PAGE, { first: 1 });
    const three = await api.run(PAGE, { first: 3 });
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    // The page; a, b and article of every row in one batch; the deals' investors and sources.
    expect(three.roundTrips).toBeLessThanOrEqual(3);
    expect(three.roundTrips).toBe(one.roundTrips);
  });

  it("pages with `after`: the next page holds the rest, none seen twice", async () => {
    const all = (await page()).edges.map((e) => e.cursor);
    const first = await page({ first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[1]!.cursor });
    const rest = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(rest.totalCount).toBe(3);
    expect([...first.edges, ...rest.edges].map((e) => e.cursor)).toEqual(all);
    expect(rest.edges[0]!.node.article?.id).toBe("vague-nvidia");
  });

  it("answers first: 0 with the count and no rows", async () => {
    const p = await page({ first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBe(3);
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it("refuses first: 101, naming `first`, and a cursor it did not make, naming `after`", async () => {
    const tooMany = await api.run(PAGE, { first: 101 });
    expect(tooMany.data ?? null).toBeNull();
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    for (const after of ["not a cursor", Buffer.from('["2024", "x"]').toString("base64url")]) {
      const { errors } = await api.run(PAGE, { after });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      expect(errors?.[0]?.message).toMatch(/^after: /);
    }
  });

  it("answers an empty page for companies and people (resolution links deals only, so far)", async () => {
    for (const kind of ["COMPANY", "PERSON"]) {
      expect(await page({ kind })).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
    }
  });

  it("leaves out a pair once an editor marks it distinct", async () => {
    const { data, errors } = await api.run(
      `mutation ($a: ID!, $b: ID!) { markDistinct(a: $a, b: $b, reason: "Meta's own 2024 round, not the Series F", by: "test") { action a b } }`,
      { a: dealOf("meta"), b: SCALE_ROUND },
      { token: TOKEN },
    );
    expect(errors).toBeUndefined();
    expect(data.markDistinct).toEqual({ action: "DISTINCT", a: dealOf("meta"), b: SCALE_ROUND });
    const p = await page();
    expect(p.totalCount).toBe(2);
    expect(p.edges.map((e) => e.node.article?.id)).toEqual(["vague-accel", "vague-nvidia"]);
  });
});
