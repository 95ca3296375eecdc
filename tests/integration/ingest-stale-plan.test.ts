// The plan is made from what the resolve step read, outside the write transaction. If
// another writer (npm run seed beside the API, a second instance) changes one of the
// articles in between, applying that plan would re-derive the wrong facts and leave the
// other writer's facts without a source. apply checks, inside its transaction, that each
// article is still as read: if not, it writes nothing and raises a conflict to run again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { DatabaseConflictError } from "../../src/db/errors.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { applyBatch, applyWithdrawal } from "../../src/ingest/apply.js";
import type { Article } from "../../src/ingest/model.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { planArticles } from "../../src/ingest/plan.js";
import { resolveArticles, type Run } from "../../src/ingest/resolve.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { storedArticles } from "../../src/store/articles/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let db: Db;

/** One article of a deal by Globex in Initech, with the investor and amount given. */
function article(investor: string, amount: number): Article {
  const { article: a, problems } = validateArticle("stale.json", {
    id: "initech-round",
    title: "Initech raises money",
    publisher: "Test Wire",
    language: "en",
    publishedOn: "2024-03-01",
    entities: [
      { ref: "inv", type: "Company", name: investor },
      { ref: "initech", type: "Company", name: "Initech" },
    ],
    investments: [{ id: "initech-round-a", kind: "FUNDING_ROUND", investors: ["inv"], target: "initech", amount: { value: amount, currency: "USD" }, evidence: `${investor} invests in Initech` }],
    body: `${investor} invests in Initech.`,
  });
  expect(problems).toEqual([]);
  return a!;
}

const run = (): Run => ({ run: (cypher, params) => db.read(cypher, params) });

async function investorsOfTheRound(): Promise<string[]> {
  const rows = await db.read<{ name: string }>("MATCH (c:Company)-[:INVESTED]->(:Investment {id: 'initech-round-a'}) RETURN c.name AS name ORDER BY name");
  return rows.map((r) => r.name);
}

beforeAll(async () => {
  await applyMigrations(testDriver());
  db = new Db(testDriver());
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDriver());

describe("a plan made before another writer changed the article", () => {
  it("is refused as a conflict inside its transaction, writing nothing", async () => {
    await writeArticles(db, [article("Globex", 1_000_000)]);
    // This run reads and plans a new version of the article...
    const plans = planArticles(await resolveArticles(run(), [article("Hooli", 2_000_000)]));
    // ...while another writer updates the same article first.
    await writeArticles(db, [article("Umbrella", 3_000_000)]);
    const hashAfterOther = (await storedArticles(run(), ["initech-round"]))[0]!.hash;

    const attempt = db.writeTransaction((tx) => applyBatch(tx, plans));
    await expect(attempt).rejects.toBeInstanceOf(DatabaseConflictError);
    await expect(attempt).rejects.toMatchObject({ cause: { message: expect.stringContaining("initech-round") } });
    // The other writer's version stands, whole: its investor, its hash.
    expect(await investorsOfTheRound()).toEqual(["Umbrella"]);
    expect((await storedArticles(run(), ["initech-round"]))[0]!.hash).toBe(hashAfterOther);
  });

  it("still applies when nobody wrote in between", async () => {
    await writeArticles(db, [article("Globex", 1_000_000)]);
    const plans = planArticles(await resolveArticles(run(), [article("Hooli", 2_000_000)]));
    const [result] = await db.writeTransaction((tx) => applyBatch(tx, plans));
    expect(result!.outcome).toBe("updated");
    expect(await investorsOfTheRound()).toEqual(["Hooli"]);
  });

  it("a withdrawal read before another writer's update is refused too", async () => {
    await writeArticles(db, [article("Globex", 1_000_000)]);
    const stored = await storedArticles(run(), ["initech-round"]);
    await writeArticles(db, [article("Umbrella", 3_000_000)]);
    await expect(db.writeTransaction((tx) => applyWithdrawal(tx, stored))).rejects.toBeInstanceOf(DatabaseConflictError);
    expect(await investorsOfTheRound()).toEqual(["Umbrella"]);
  });
});
