// Ids are unique within a kind only (issue 12, item 9): an article and the deal it reports
// may share a slug. node(id:) stays unambiguous: a typed id `<Typename>:<id>` names one
// node; a plain id names the one node that has it, and is refused, with the typed ids to
// use, when nodes of several kinds share it. Lookups of a given kind find only that kind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { relationId, writeGraph } from "../helpers/graph-fixtures.js";

const SHARED = "google-anthropic-2023";
let api: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    companies: [
      { id: "google", name: "Google" },
      { id: "anthropic", name: "Anthropic" },
    ],
    articles: [{ id: SHARED, title: "Google invests in Anthropic", publishedOn: "2023-10-27", mentions: ["google", "anthropic"] }],
    investments: [
      {
        id: SHARED,
        kind: "EQUITY_STAKE",
        investors: ["google"],
        target: "anthropic",
        announcedOn: "2023-10",
        amount: { value: 2_000_000_000, currency: "USD" },
        sources: [{ article: SHARED, evidence: "Google agreed to invest up to $2 billion in Anthropic." }],
      },
    ],
    relations: [{ type: "PARTNERS_WITH", from: "google", to: "anthropic", sources: [{ article: SHARED, evidence: "Google and Anthropic work together." }] }],
  });
  api = await startTestApi(testDriver());
});

afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on Article { title } ... on Investment { kind target { id } } ... on Company { name } } }`;

describe("node(id:) when an article and a deal share a slug", () => {
  it("finds each by its typed id", async () => {
    const article = await api.run(NODE, { id: `Article:${SHARED}` });
    expect(article.errors).toBeUndefined();
    expect(article.data.node).toEqual({ __typename: "Article", id: SHARED, title: "Google invests in Anthropic" });
    const deal = await api.run(NODE, { id: `Investment:${SHARED}` });
    expect(deal.errors).toBeUndefined();
    expect(deal.data.node).toEqual({ __typename: "Investment", id: SHARED, kind: "EQUITY_STAKE", target: { id: "anthropic" } });
  });

  it("refuses the plain id, naming `id` and the typed ids to use", async () => {
    const { data, errors } = await api.run(NODE, { id: SHARED });
    expect(data?.node ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect(errors![0]!.message).toMatch(/^id: /);
    expect(errors![0]!.message).toContain(`Investment:${SHARED}`);
    expect(errors![0]!.message).toContain(`Article:${SHARED}`);
  });

  it("answers a plain id that names one node, and null for a typed id of another kind or an unknown id", async () => {
    const company = await api.run(NODE, { id: "anthropic" });
    expect(company.errors).toBeUndefined();
    expect(company.data.node).toEqual({ __typename: "Company", id: "anthropic", name: "Anthropic" });
    expect((await api.run(NODE, { id: "Company:anthropic" })).data.node).toEqual({ __typename: "Company", id: "anthropic", name: "Anthropic" });
    for (const id of [`Company:${SHARED}`, "Person:anthropic", "nobody", "Role:nobody"]) {
      const { data, errors } = await api.run(NODE, { id });
      expect(errors, id).toBeUndefined();
      expect(data.node, id).toBeNull();
    }
  });

  it("refuses an unknown typename, listing the valid ones, and a typed id whose slug is not one", async () => {
    const unknown = await api.run(NODE, { id: `Deal:${SHARED}` });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect(unknown.errors![0]!.message).toContain('"Deal" is not a type of node');
    for (const typename of ["Company", "Person", "Investment", "Role", "CompanyRelation", "Article"]) expect(unknown.errors![0]!.message).toContain(typename);
    const badSlug = await api.run(NODE, { id: "Company:Not A Slug" });
    expect(badSlug.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
  });

  it("keeps the kinds apart in every lookup by id and every reference", async () => {
    const { data, errors } = await api.run(`{
      investment(id: "${SHARED}") { id kind sources { article { id title } } }
      article(id: "${SHARED}") { id title investments { id kind } mentions { ... on Company { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.investment).toEqual({ id: SHARED, kind: "EQUITY_STAKE", sources: [{ article: { id: SHARED, title: "Google invests in Anthropic" } }] });
    expect(data.article).toEqual({
      id: SHARED,
      title: "Google invests in Anthropic",
      investments: [{ id: SHARED, kind: "EQUITY_STAKE" }],
      mentions: [{ id: "anthropic" }, { id: "google" }],
    });
  });
});

describe("node(id:) with the type a change event names", () => {
  it("takes Relation:<id>, as graphChanged names a relation, for a CompanyRelation", async () => {
    const RELATION = `query ($id: ID!) { node(id: $id) { __typename ... on CompanyRelation { type from { id } to { id } } } }`;
    const id = relationId({ type: "PARTNERS_WITH", from: "google", to: "anthropic", sources: [] });
    for (const typed of [`Relation:${id}`, `CompanyRelation:${id}`]) {
      const { data, errors } = await api.run(RELATION, { id: typed });
      expect(errors, typed).toBeUndefined();
      expect(data.node).toEqual({ __typename: "CompanyRelation", type: "PARTNERS_WITH", from: { id: "anthropic" }, to: { id: "google" } });
    }
  });
});
