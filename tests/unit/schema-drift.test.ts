// schema/schema.graphql is the API's contract as committed; the code must build exactly it.
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { printDealgraphSchema } from "../../src/api/schema.js";

it("schema/schema.graphql matches the schema built from the code", async () => {
  const committed = await readFile(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
  const built = printDealgraphSchema();
  expect(built === committed, "schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit it").toBe(true);
});
