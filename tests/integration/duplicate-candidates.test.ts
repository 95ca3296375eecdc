// Query.duplicateCandidates: the possible duplicates deal resolution leaves for a person,
// newest link first, paged like every connection, a page costing a bounded number of round
// trips; a pair a person marks distinct leaves the list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { loadPossibleDuplicates, SCALE_ROUND, vagueDeal as dealOf } from "../helpers/possible-duplicates.js";

const TOKEN = "tok";
let api: TestApi;

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
  // Three links to Scale AI's 2024 round, made by Nvidia's, Meta's and Accel's vague reports, in that order.
  await loadPossibleDuplicates();
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

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
