// The layer check (`npm run lint:layers`, .dependency-cruiser.cjs) must fail when a layer
// reaches where it may not: run on a small tree of probe files that break each kind of
// rule, beside files that keep them, it names exactly the breaking ones and exits non-zero.
// Without this, a config that matched nothing (a wrong path pattern) would pass forever.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEPCRUISE = path.join(ROOT, "node_modules/.bin/depcruise");

// Paths relative to the probe tree's root, as the config's patterns see them.
const PROBES: Record<string, string> = {
  "src/api/uses-driver.ts": `import neo4j from "neo4j-driver";\nexport const driverApi = neo4j;\n`,
  "src/api/driver-type.ts": `import type { Driver } from "neo4j-driver";\nexport type Handle = Driver;\n`,
  "src/api/through-index.ts": `import { deals } from "../store/deals/index.js";\nexport const ok = deals;\n`,
  "src/api/into-store-file.ts": `import { rows } from "../store/deals/deals.store.js";\nexport const notOk = rows;\n`,
  "src/store/deals/index.ts": `export { rows as deals } from "./deals.store.js";\n`,
  "src/store/deals/deals.store.ts": `export const rows = 1;\n`,
  "src/store/deals/uses-graphql.ts": `import { GraphQLError } from "graphql";\nexport const e = GraphQLError;\n`,
  "src/db/uses-api.ts": `import { ok } from "../api/through-index.js";\nexport const back = ok;\n`,
  "src/extract/uses-db.ts": `import { rows } from "../db/rows.js";\nexport const r = rows;\n`,
  "src/db/rows.ts": `export const rows = 2;\n`,
  "src/db/uses-store.ts": `import { deals } from "../store/deals/index.js";\nexport const d = deals;\n`,
  "src/ingest/uses-api.ts": `import { ok } from "../api/through-index.js";\nexport const i = ok;\n`,
  "src/store/deals/inside.ts": `import { rows } from "./deals.store.js";\nexport const own = rows;\n`,
  "src/store/roles/through-deals-index.ts": `import { deals } from "../deals/index.js";\nexport const fine = deals;\n`,
  "src/store/roles/into-deals-file.ts": `import { rows } from "../deals/deals.store.js";\nexport const notFine = rows;\n`,
  "src/api/company/company.resolver.ts": `export const CompanyResolver = 1;\n`,
  "src/api/company/company.type.ts": `export const Company = 2;\n`,
  "src/api/company/index.ts": `export * from "./company.type.js";\n`,
  "src/api/person/person.resolver.ts": `import { CompanyResolver } from "../company/company.resolver.js";\nexport const p = CompanyResolver;\n`,
  "src/api/person/person.type.ts": `import { Company } from "../company/index.js";\nimport { one } from "../common/one.js";\nexport const t = [Company, one];\n`,
  "src/api/common/one.ts": `export const one = 1;\n`,
  "src/cycle/a.ts": `import { b } from "./b.js";\nexport const a = () => b;\n`,
  "src/cycle/b.ts": `import { a } from "./a.js";\nexport const b = () => a;\n`,
};

describe("the layer check", () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dealgraph-layers-"));
    for (const [file, text] of Object.entries(PROBES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    // The probes resolve npm packages as the real tree does.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fails, naming each import that crosses a boundary, and only those", () => {
    const depcruise = (outputType: string) =>
      spawnSync(DEPCRUISE, ["src", "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", outputType], { cwd: dir, encoding: "utf8" });
    // As `npm run lint:layers` runs it: the "err" report sets the exit status (the number of errors).
    const check = depcruise("err");
    expect(check.status, check.stderr).toBe(11);
    const report = JSON.parse(depcruise("json").stdout) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    const found = report.summary.violations
      .map((v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*node_modules\/([^/]+).*$/, "$1")}`)
      .sort();
    expect(found).toEqual(
      [
        "api-not-to-driver: src/api/driver-type.ts -> neo4j-driver",
        "api-not-to-driver: src/api/uses-driver.ts -> neo4j-driver",
        "api-module-through-index: src/api/person/person.resolver.ts -> src/api/company/company.resolver.ts",
        "extract-not-to-db-or-api: src/extract/uses-db.ts -> src/db/rows.ts",
        "no-circular: src/cycle/a.ts -> src/cycle/b.ts",
        "store-db-not-to-graphql: src/db/uses-api.ts -> src/api/through-index.ts",
        "store-db-not-to-graphql: src/store/deals/uses-graphql.ts -> graphql",
        "store-folder-through-index: src/api/into-store-file.ts -> src/store/deals/deals.store.ts",
        "store-folder-through-index-between-stores: src/store/roles/into-deals-file.ts -> src/store/deals/deals.store.ts",
        "db-not-to-store-or-ingest: src/db/uses-store.ts -> src/store/deals/index.ts",
        "ingest-not-to-api: src/ingest/uses-api.ts -> src/api/through-index.ts",
      ].sort(),
    );
  });
});
