// web/src/gql/ (the dashboard's result, variable and enum types, and its typed documents) is
// generated from schema/schema.graphql and the documents in web/src by `npm run codegen`, and
// committed; it must be what the current schema and documents give, or the dashboard would be
// checked against an API that no longer exists.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../../codegen.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUTPUT = "web/src/gql";

it("web/src/gql/ matches what codegen makes of schema/schema.graphql and the web's documents", async () => {
  // Generated in memory (saveToFile false): the committed files are only read.
  const generated: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: ROOT, silent: true }, false);
  const expected = generated.map((file) => path.relative(ROOT, path.resolve(ROOT, file.filename))).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.every((file) => path.dirname(file) === OUTPUT), `codegen writes outside ${OUTPUT}: ${expected}`).toBe(true);

  const committed = (await readdir(path.join(ROOT, OUTPUT))).map((name) => `${OUTPUT}/${name}`).sort();
  const stale: string[] = [];
  for (const file of generated) {
    const text = await readFile(path.resolve(ROOT, file.filename), "utf8").catch(() => undefined);
    if (text !== file.content) stale.push(file.filename);
  }
  const hint = `${OUTPUT}/ is out of date with the schema or the web's documents: run \`npm run codegen\` and commit it`;
  expect(committed, hint).toEqual(expected);
  expect(stale, hint).toEqual([]);
});
