// The acceptance query over the founding article (seeds/meta-scale-ai.md), loaded
// by the real loader, and the lookups around it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";

let api: TestApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await loadArticles(new Db(testDriver()), ["seeds/meta-scale-ai.md"]);
  api = await startTestApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

const ACCEPTANCE = `{ company(name: "scale ai") { name
    investmentsReceived { kind announcedOn stakePercent amount { value currency usd } valuation { value currency }
      investors { ... on Company { name } } otherInvestors
      sources { evidence article { title language publisher source } } }
    executives { title current person { name } } } }`;

const ARTICLE = {
  title: "Meta-morphose : quand Scale AI passe à la caisse (et au Meta-vers)",
  language: "fr",
  publisher: "Le Fil Tech (démo)",
  source: "TechCrunch",
};

describe("the acceptance query", () => {
  it("answers with Meta's stake, Amazon's round and Alexandr Wang's roles", async () => {
    const { data, errors } = await api.run(ACCEPTANCE);
    expect(errors).toBeUndefined();
    const company = data.company;
    expect(company.name).toBe("Scale AI");

    const [meta, amazon, ...others] = company.investmentsReceived;
    expect(others).toEqual([]);
    expect(meta).toMatchObject({
      kind: "EQUITY_STAKE",
      announcedOn: "2025-06",
      stakePercent: 49,
      amount: { value: 14_300_000_000, currency: "USD", usd: 14_300_000_000 },
      valuation: { value: 29_000_000_000, currency: "USD" },
      investors: [{ name: "Meta" }],
      otherInvestors: false,
    });
    expect(meta.sources).toHaveLength(1);
    expect(meta.sources[0].evidence).toContain("14,3 milliards de dollars");
    expect(meta.sources[0].article).toEqual(ARTICLE);

    expect(amazon).toMatchObject({
      kind: "FUNDING_ROUND",
      announcedOn: "2024",
      stakePercent: null,
      amount: { value: 1_000_000_000, currency: "USD", usd: 1_000_000_000 },
      valuation: null,
      investors: [{ name: "Amazon" }],
      otherInvestors: true,
    });
    expect(amazon.sources[0].evidence).toContain("Amazon et d'autres investisseurs");
    expect(amazon.sources[0].article).toEqual(ARTICLE);

    expect(company.executives).toEqual(
      expect.arrayContaining([
        { title: "CEO", current: false, person: { name: "Alexandr Wang" } },
        { title: "Board member", current: true, person: { name: "Alexandr Wang" } },
      ]),
    );
    expect(company.executives).toHaveLength(2);
  });

  it("finds the company by any spelling of a name or alias", async () => {
    for (const name of ["Scale AI", "SCALE-AI", "Scale AI, Inc."]) {
      const { data } = await api.run(`query($n: String) { company(name: $n) { id } }`, { n: name });
      expect(data.company, name).toEqual({ id: "scale-ai" });
    }
    const { data } = await api.run(`{ a: company(name: "meta platforms") { id } b: company(name: "Facebook") { id } c: company(name: "Nobody Corp") { id } }`);
    expect(data).toEqual({ a: { id: "meta" }, b: { id: "meta" }, c: null });
  });
});

describe("around the founding deal", () => {
  it("derives Scale AI's total raised and latest valuation, and Meta's portfolio", async () => {
    const { data, errors } = await api.run(`{
      scale: company(id: "scale-ai") { totalRaisedUsd dealCount latestValuation { value currency usd } investors { ... on Company { id } } }
      meta: company(id: "meta") { aliases portfolio { id } investmentsMade { id leadInvestors { ... on Company { id } } target { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.scale).toEqual({
      totalRaisedUsd: 15_300_000_000,
      dealCount: 2,
      latestValuation: { value: 29_000_000_000, currency: "USD", usd: 29_000_000_000 },
      investors: [{ id: "amazon" }, { id: "meta" }],
    });
    expect(data.meta.aliases.sort()).toEqual(["Facebook", "Meta Platforms"]);
    expect(data.meta.portfolio).toEqual([{ id: "scale-ai" }]);
    expect(data.meta.investmentsMade).toEqual([{ id: "meta-scale-ai-2025", leadInvestors: [{ id: "meta" }], target: { id: "scale-ai" } }]);
  });

  it("lists competitors from either side of COMPETES_WITH", async () => {
    const { data } = await api.run(`{ meta: company(id: "meta") { competitors { id } } google: company(id: "google") { competitors { id } } }`);
    expect(data.meta.competitors.map((c: { id: string }) => c.id)).toEqual(["anthropic", "google", "openai"]);
    expect(data.google.competitors).toEqual([{ id: "meta" }]);
  });

  it("follows Alexandr Wang from Scale AI to Meta", async () => {
    const { data, errors } = await api.run(`{
      person(name: "alexandr wang") { id
        current: roles(current: true) { title company { id } }
        past: roles(current: false) { title until sources { until evidence } }
        articles { id } }
      node(id: "alexandr-wang") { __typename ... on Person { name } } }`);
    expect(errors).toBeUndefined();
    expect(data.person.id).toBe("alexandr-wang");
    expect(data.person.current).toEqual(
      expect.arrayContaining([
        { title: "Board member", company: { id: "scale-ai" } },
        { title: "Superintelligence lead", company: { id: "meta" } },
      ]),
    );
    expect(data.person.past).toEqual([
      { title: "CEO", until: "2025-06", sources: [{ until: "2025-06", evidence: expect.stringContaining("quitte son poste") }] },
    ]);
    expect(data.person.articles).toEqual([{ id: "meta-scale-ai" }]);
    expect(data.node).toEqual({ __typename: "Person", name: "Alexandr Wang" });
  });

  it("shows the article with what it mentions and reports", async () => {
    const { data, errors } = await api.run(`{ article(id: "meta-scale-ai") { publishedOn language source
      mentions { __typename ... on Company { id } ... on Person { id } }
      investments { id } roles { title } } }`);
    expect(errors).toBeUndefined();
    expect(data.article.publishedOn).toBe("2025-06-13");
    expect(data.article.mentions).toHaveLength(9);
    expect(data.article.mentions).toContainEqual({ __typename: "Person", id: "alexandr-wang" });
    expect(data.article.investments).toHaveLength(2);
    expect(data.article.roles).toHaveLength(3);
  });

  it("reads each source's own figures", async () => {
    const { data } = await api.run(`{ investment(id: "meta-scale-ai-2025") { sources { amount { value currency usd } stakePercent valuation { value } announcedOn since until } } }`);
    expect(data.investment.sources).toEqual([
      {
        amount: { value: 14_300_000_000, currency: "USD", usd: 14_300_000_000 },
        stakePercent: 49,
        valuation: { value: 29_000_000_000 },
        announcedOn: "2025-06",
        since: null,
        until: null,
      },
    ]);
  });
});
