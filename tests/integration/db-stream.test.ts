// Db.stream, which the CSV exports read through: rows are pulled from Neo4j as the caller
// takes them, so a caller that stops taking them (a client that reads no more) holds the
// read open with the rest of the rows unpulled, and one that stops early closes it.
import { afterAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { closeTestDriver, testDriver } from "../helpers/db.js";

const OPEN = "// test.streamOpen\nSHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH '// test.stream\n' RETURN currentQuery";

async function openReads(): Promise<number> {
  return (await new Db(testDriver()).read(OPEN)).length;
}

describe("Db.stream", () => {
  afterAll(closeTestDriver);

  it("pulls rows as they are taken: the read stays open while the caller holds back, and closes when it stops", async () => {
    // Far more rows than one fetch of the driver (1,000): a stream that read them all
    // before giving the first would have ended its read by then.
    const rows = new Db(testDriver()).stream("// test.stream\nUNWIND range(1, 2000000) AS i RETURN i");
    const first = await rows.next();
    expect(first.value).toEqual({ i: 1 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await openReads()).toBe(1);
    let taken = 1;
    for await (const row of rows) {
      taken++;
      expect(row.i).toBe(taken);
      if (taken === 5_000) break;
    }
    for (let i = 0; i < 50 && (await openReads()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openReads()).toBe(0);
  });
});
