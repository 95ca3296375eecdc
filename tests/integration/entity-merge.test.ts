// Merging two companies (issue 13, item 3: "merge two deals (or two entities)"): an editor
// merges "Mistral" into "Mistral AI"; the articles that named Mistral are resolved again as
// naming Mistral AI, their deals and relations with them. The merge survives re-loading
// every file, a rebuild from the files and the exported decision is the live graph, and
// reverting it gives Mistral back whole.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { exportDecisions } from "../../src/ingest/decisions-files.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { graphSnapshot } from "../helpers/graph-snapshot.js";

const TOKEN = "entity-merge-editor";
let api: TestApi;
let dir: string;
const db = () => new Db(testDriver());

const big = {
  id: "mistral-ai-round",
  title: "Mistral AI raises",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2024-06-12",
  entities: [
    { ref: "m", type: "Company", name: "Mistral AI", country: "FR" },
    { ref: "gc", type: "Company", name: "General Catalyst", kind: "INVESTOR" },
    { ref: "am", type: "Person", name: "Arthur Mensch" },
  ],
  investments: [{ kind: "FUNDING_ROUND", investors: ["gc"], target: "m", amount: { value: 600e6, currency: "EUR" }, announcedOn: "2024-06", evidence: "General Catalyst led a EUR 600 million round in Mistral AI" }],
  roles: [{ person: "am", company: "m", title: "CEO", evidence: "Arthur Mensch, chief executive of Mistral AI" }],
  body: "General Catalyst led a EUR 600 million round in Mistral AI. Arthur Mensch, chief executive of Mistral AI, said so.",
};
const short = {
  id: "mistral-microsoft",
  title: "Microsoft backs Mistral",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2024-02-27",
  entities: [
    { ref: "m", type: "Company", name: "Mistral", country: "FR" },
    { ref: "ms", type: "Company", name: "Microsoft" },
  ],
  investments: [{ kind: "EQUITY_STAKE", investors: ["ms"], target: "m", amount: { value: 15e6, currency: "EUR" }, announcedOn: "2024-02", evidence: "Microsoft takes a EUR 15 million stake in Mistral" }],
  relations: [{ type: "PARTNERS_WITH", from: "ms", to: "m", evidence: "Microsoft and Mistral partner" }],
  body: "Microsoft takes a EUR 15 million stake in Mistral. Microsoft and Mistral partner on models.",
};

/** What each company is party to: its deals as target, its relations, the articles naming it. */
async function companies(): Promise<unknown[]> {
  return db().read(
    `MATCH (c:Company) WHERE c.id STARTS WITH 'mistral'
     RETURN c.id AS id, c.aliases AS aliases,
            COLLECT { MATCH (c)<-[:TARGET]-(i) RETURN i.id ORDER BY i.id } AS deals,
            COLLECT { MATCH (c)<-[:FROM|TO]-(r:Relation) RETURN r.id ORDER BY r.id } AS relations,
            COLLECT { MATCH (c)<-[:MENTIONS]-(a) RETURN a.id ORDER BY a.id } AS articles
     ORDER BY id`,
  );
}

const snapshot = () => graphSnapshot(db());

async function reloadAll(): Promise<void> {
  await db().write(`MATCH (a:Article) SET a.contentHash = 'stale'`);
  await loadArticles(db(), [dir]);
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "dealgraph-entity-merge-"));
  await writeFile(path.join(dir, "a.json"), JSON.stringify(big));
  await writeFile(path.join(dir, "b.json"), JSON.stringify(short));
  await loadArticles(db(), [dir]);
  api = await startTestApi(testDriver(), { API_TOKENS: TOKEN });
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
  await rm(dir, { recursive: true, force: true });
});

describe("merging two companies", () => {
  let before: unknown[];
  let merge: string;

  it("starts from two companies, linked as possible duplicates", async () => {
    before = await companies();
    expect(before).toEqual([
      { id: "mistral", aliases: [], deals: ["microsoft-equity-stake-mistral-2024-02"], relations: ["partners-with--microsoft--mistral"], articles: ["mistral-microsoft"] },
      { id: "mistral-ai", aliases: [], deals: ["general-catalyst-funding-round-mistral-ai-2024-06"], relations: [], articles: ["mistral-ai-round"] },
    ]);
  });

  it("moves the mentions, deals and relations of the one merged away, and survives re-loading every file", async () => {
    const { data, errors } = await api.run(`mutation { mergeEntities(from: "mistral", into: "mistral-ai", reason: "one company", by: "Ana") { id action from into articles } }`, {}, { token: TOKEN });
    expect(errors).toBeUndefined();
    merge = data.mergeEntities.id;
    expect(data.mergeEntities).toMatchObject({ action: "MERGE_ENTITIES", from: "mistral", into: "mistral-ai", articles: ["mistral-microsoft"] });
    const merged = [
      {
        id: "mistral-ai",
        aliases: ["Mistral"],
        deals: ["general-catalyst-funding-round-mistral-ai-2024-06", "microsoft-equity-stake-mistral-ai-2024-02"],
        relations: ["partners-with--microsoft--mistral-ai"],
        articles: ["mistral-ai-round", "mistral-microsoft"],
      },
    ];
    expect(await companies()).toEqual(merged);
    await reloadAll();
    expect(await companies()).toEqual(merged);
  });

  it("is reproduced by a rebuild from the article files and the exported decision", async () => {
    const live = await snapshot();
    expect(await exportDecisions(db(), path.join(dir, "decisions"))).toBe(1);
    await resetDatabase();
    await loadArticles(db(), [dir]);
    expect(await snapshot()).toEqual(live);
  });

  it("reverted, gives the company merged away back whole; refusals name the argument", async () => {
    const refused = await api.run(`mutation { mergeEntities(from: "mistral-ai", into: "general-catalyst", reason: "x") { id } }`, {}, { token: TOKEN });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "into" });
    expect(refused.errors?.[0]?.message).toContain("mistral-ai-round names both");
    const person = await api.run(`mutation { mergeEntities(from: "arthur-mensch", into: "mistral-ai", reason: "x") { id } }`, {}, { token: TOKEN });
    expect(person.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "into" });
    const { errors } = await api.run(`mutation($id: ID!) { revertDecision(id: $id, reason: "two firms after all") { reverted { reason } } }`, { id: merge }, { token: TOKEN });
    expect(errors).toBeUndefined();
    const back = (await companies()) as Array<{ id: string; deals: string[]; relations: string[]; articles: string[] }>;
    expect(back.map(({ id, deals, relations, articles }) => ({ id, deals, relations, articles }))).toEqual(
      (before as Array<{ id: string; deals: string[]; relations: string[]; articles: string[] }>).map(({ id, deals, relations, articles }) => ({ id, deals, relations, articles })),
    );
  });
});
