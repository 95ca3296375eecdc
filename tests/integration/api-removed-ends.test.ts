// A request reads the graph level by level; a removal that lands between two levels can
// take away the other end of a fact the level before still saw (a deal's target, a role's
// person or company, a relation's ends). Those fields are non-null: the client gets
// NOT_FOUND naming the field and telling it to ask again, never an internal error.
// (The fuzzer met this: a generated removeArticle ran while a query was between levels.)
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createContext } from "../../src/api/context.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { InvestmentResolver } from "../../src/api/investment/investment.resolver.js";
import type { InvestmentRecord } from "../../src/store/index.js";
import { RelationResolver } from "../../src/api/relation/relation.resolver.js";
import type { RelationRecord } from "../../src/store/index.js";
import { RoleResolver } from "../../src/api/role/role.resolver.js";
import type { RoleRecord } from "../../src/store/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";

const context = () => createContext({ driver: testDriver(), config: loadConfig({ ...process.env, LOG_LEVEL: "warn" }) });

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), { companies: [{ id: "acme", name: "Acme" }], people: [{ id: "ada", name: "Ada" }] });
});
afterAll(async () => {
  await closeTestDriver();
});

describe("the other end of a fact, removed while a request ran", () => {
  it("is NOT_FOUND naming the field, for every non-null end", async () => {
    const gone = { extensions: { code: "NOT_FOUND" } };
    await expect(new InvestmentResolver().target({ targetId: "removed-co" } as InvestmentRecord, context())).rejects.toMatchObject({
      ...gone,
      message: expect.stringMatching(/^Investment\.target: removed-co is no longer in the graph/),
    });
    const role = { personId: "removed-person", companyId: "removed-co" } as RoleRecord;
    await expect(new RoleResolver().person(role, context())).rejects.toMatchObject({ ...gone, extensions: { field: "Role.person" } });
    await expect(new RoleResolver().company(role, context())).rejects.toMatchObject({ ...gone, extensions: { field: "Role.company" } });
    const relation = { fromId: "acme", toId: null } as RelationRecord;
    await expect(new RelationResolver().to(relation, context())).rejects.toMatchObject({ ...gone, extensions: { field: "CompanyRelation.to" } });
  });

  it("is the node when it is there", async () => {
    expect(await new InvestmentResolver().target({ targetId: "acme" } as InvestmentRecord, context())).toMatchObject({ id: "acme", name: "Acme" });
    expect(await new RoleResolver().person({ personId: "ada" } as RoleRecord, context())).toMatchObject({ id: "ada" });
    expect(await new RelationResolver().from({ fromId: "acme" } as RelationRecord, context())).toMatchObject({ id: "acme" });
  });
});
