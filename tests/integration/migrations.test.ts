// Migrations run at every start, over whatever an older version left: each must fix what it
// is for and change nothing on the next run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
});
afterAll(() => closeTestDriver());

describe("005: a company's kind is stored", () => {
  it("gives a company an older version left without a kind the default, and keeps a stored kind", async () => {
    await testDriver().executeQuery("CREATE (:Company:Entity:Node {id: 'old-co', name: 'Old Co'}), (:Company:Entity:Node {id: 'lab', name: 'Lab', kind: 'RESEARCH'})");
    await applyMigrations(testDriver());
    const { records } = await testDriver().executeQuery("MATCH (c:Company) RETURN c.id AS id, c.kind AS kind ORDER BY id");
    expect(records.map((r) => [r.get("id"), r.get("kind")])).toEqual([
      ["lab", "RESEARCH"],
      ["old-co", "COMPANY"],
    ]);
  });
});
