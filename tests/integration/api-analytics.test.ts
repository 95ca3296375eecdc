// What analysts and dashboards ask beyond the examples, on the founding article plus the
// test corpus: filters, orderings by aggregates, keyset paging of aggregate orderings
// under inserts, nested connections, totals without rows, relations with their sources,
// roles over time, deal statistics.
import { describe, expect, it } from "vitest";
import { useLoadedApi } from "../helpers/api.js";
import { testDriver } from "../helpers/db.js";
import { writeGraph } from "../helpers/graph-fixtures.js";

const api = useLoadedApi();

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}
const nodeIds = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);

describe("filters", () => {
  it("on companies: name prefix (names and aliases), country, kind, portfolio, total raised", async () => {
    const d = await data(`{
      prefix: companies(where: { nameStartsWith: "mist" }) { edges { node { id } } }
      alias: companies(where: { nameStartsWith: "Meta Plat" }) { edges { node { id } } }
      accent: companies(where: { nameStartsWith: "dassault syst" }) { edges { node { id } } }
      fr: companies(where: { country: ["fr"] }) { totalCount }
      investors: companies(where: { kind: [INVESTOR], country: ["US"] }) { edges { node { id } } }
      portfolio: companies(where: { investorId: "nvidia" }) { edges { node { id } } }
      raised: companies(where: { minTotalRaisedUsd: 10e9 }, orderBy: { field: TOTAL_RAISED_USD, direction: DESC }) { edges { node { id } } }
    }`);
    expect(nodeIds(d.prefix)).toEqual(["mistral-ai"]);
    expect(nodeIds(d.alias)).toEqual(["meta"]);
    expect(nodeIds(d.accent)).toEqual(["dassault-systemes"]);
    expect(d.fr.totalCount).toBe(6);
    expect(nodeIds(d.investors)).toEqual(["andreessen-horowitz", "general-catalyst", "iconiq", "lightspeed-venture-partners"]);
    expect(nodeIds(d.portfolio)).toEqual(["inflection-ai", "mellanox-technologies", "mistral-ai", "scale-ai", "thinking-machines-lab"]);
    expect(nodeIds(d.raised)).toEqual(["openai", "anthropic", "scale-ai"]);
  });

  it("on deals: participant, lead, currency, target country, amount range, article", async () => {
    const d = await data(`{
      google: investments(where: { participantId: "google" }) { totalCount }
      led: investments(where: { leadInvestorId: "general-catalyst" }) { edges { node { id } } }
      eur: investments(where: { currency: ["EUR"] }) { totalCount }
      fr: investments(where: { targetCountry: ["FR"] }) { totalCount }
      range: investments(where: { minUsd: 1e9, maxUsd: 2e9 }, orderBy: { field: AMOUNT_USD, direction: ASC }) { edges { node { amount { usd } } } }
      article: investments(where: { articleId: "microsoft-activision-2022" }) { totalCount }
      sources: investments(orderBy: { field: SOURCE_COUNT, direction: DESC }, first: 5) { edges { node { id sources { article { id } } } } }
    }`);
    expect(d.google.totalCount).toBe(6);
    expect(nodeIds(d.led).sort()).toEqual(["andreessen-horowitz-and-8-funding-round-mistral-ai-2024-06", "general-catalyst-and-1-funding-round-adept-2023"]);
    expect(d.eur.totalCount).toBe(6);
    expect(d.fr.totalCount).toBe(6);
    const amounts = d.range.edges.map((e: any) => e.node.amount.usd);
    expect(amounts.every((a: number) => a >= 1e9 && a <= 2e9)).toBe(true);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(d.article.totalCount).toBe(3);
    expect(d.sources.edges.slice(0, 5).every((e: any) => e.node.sources.length === 2)).toBe(true);
  });

  it("on investors, people and articles", async () => {
    const d = await data(`{
      scale: investors(where: { investedInId: "scale-ai" }, orderBy: { field: NAME }) { edges { node { ... on Company { id } } } }
      people: investors(where: { types: [PERSON] }, orderBy: { field: NAME }) { edges { node { ... on Person { id } } } }
      gates: investors(where: { coInvestorOfId: "bill-gates" }) { totalCount }
      in2014: investors(where: { investedFrom: "2014", investedTo: "2016", dealKind: [ACQUISITION] }) { edges { node { ... on Company { id } } } }
      openaiCeos: people(where: { companyId: "openai", titleContains: "ceo", roleAsOf: "2023-11-20" }) { edges { node { id } } }
      mir: people(where: { nameStartsWith: "mir" }) { edges { node { id } } }
      fr: articles(where: { language: "fr" }) { totalCount }
      wire: articles(where: { publisher: "The Cap Table Wire (demo)", publishedFrom: "2024", publishedTo: "2024" }) { edges { node { id } } }
      titled: articles(where: { titleContains: "OPENAI" }) { totalCount }
    }`);
    expect(nodeIds(d.scale)).toEqual(["accel", "amazon", "meta", "nvidia"]);
    expect(nodeIds(d.people)).toEqual(["bill-gates", "eric-schmidt", "reid-hoffman"]);
    expect(d.gates.totalCount).toBe(4);
    expect(nodeIds(d.in2014).sort()).toEqual(["google", "microsoft"]);
    expect(nodeIds(d.openaiCeos).sort()).toEqual(["emmett-shear", "sam-altman"]);
    expect(nodeIds(d.mir)).toEqual(["mira-murati"]);
    expect(d.fr.totalCount).toBe(9);
    expect(nodeIds(d.wire)).toEqual(["anthropic-amazon-google-2024"]);
    expect(d.titled.totalCount).toBe(4);
  });
});

describe("orderings by aggregates", () => {
  it("sort companies by deal count and by total invested, and people by deal count", async () => {
    const d = await data(`{
      deals: companies(orderBy: { field: DEAL_COUNT, direction: DESC }, first: 3) { edges { node { id dealCount } } }
      invested: companies(orderBy: { field: TOTAL_INVESTED_USD, direction: DESC }, first: 2) { edges { node { id totalInvestedUsd } } }
      valued: companies(orderBy: { field: LATEST_VALUATION_USD, direction: DESC }, first: 2) { edges { node { id } } }
      people: people(orderBy: { field: DEAL_COUNT, direction: DESC }, first: 3) { edges { node { id dealCount } } }
    }`);
    expect(d.deals.edges.map((e: any) => [e.node.id, e.node.dealCount])).toEqual([
      ["microsoft", 9],
      // A tie, broken by id in the direction of the sort.
      ["nvidia", 7],
      ["anthropic", 7],
    ]);
    // OpenAI's $40B round counts whole for each of its five investors: Thrive Capital (the
    // last of the tie by id) has "invested" $40B, more than Google's $35B over six deals.
    expect(d.invested.edges.map((e: any) => [e.node.id, e.node.totalInvestedUsd])).toEqual([
      ["microsoft", expect.any(Number)],
      ["thrive-capital", 40e9],
    ]);
    expect(d.invested.edges[0].node.totalInvestedUsd).toBeCloseTo(68.7e9 + 40e9 + 26.2e9 + 10e9 + 7.5e9 + 1.3e9 + 1e9 + 650e6 + 16.23e6, -3);
    expect(nodeIds(d.valued)).toEqual(["openai", "anthropic"]);
    expect(d.people.edges.every((e: any) => e.node.dealCount === 1)).toBe(true);
  });

  it("page investors by total invested with keyset cursors that hold when rows are inserted between pages", async () => {
    const QUERY = `query($after: String) { investors(orderBy: { field: TOTAL_INVESTED_USD, direction: DESC }, first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ... on Company { id } ... on Person { id } } } } }`;
    const walk = async (start: string | null = null) => {
      const ids: string[] = [];
      let after = start;
      for (;;) {
        const page = (await data(QUERY, { after })).investors;
        ids.push(...nodeIds(page));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    };
    const all = await walk();
    expect(all).toHaveLength(36);
    expect(new Set(all).size).toBe(36);

    const first = (await data(QUERY, { after: null })).investors;
    // New investors, one ranking before the cursor, one far after it.
    await writeGraph(testDriver(), {
      companies: [
        { id: "zz-big-fund", name: "ZZ Big Fund", kind: "INVESTOR" },
        { id: "zz-small-fund", name: "ZZ Small Fund", kind: "INVESTOR" },
      ],
      articles: [{ id: "zz-wire" }],
      investments: [
        { id: "zz-big", investors: ["zz-big-fund"], target: "wiz", amount: { value: 900e9, currency: "USD" }, sources: [{ article: "zz-wire", evidence: "big" }] },
        { id: "zz-small", investors: ["zz-small-fund"], target: "wiz", amount: { value: 1, currency: "USD" }, sources: [{ article: "zz-wire", evidence: "small" }] },
      ],
    });
    try {
      const rest = await walk(first.pageInfo.endCursor);
      // Nothing skipped, nothing repeated: the page after the cursor is where it was, plus what was inserted after it.
      expect([...nodeIds(first), ...rest.filter((id) => id !== "zz-small-fund")]).toEqual(all);
      expect(rest).toContain("zz-small-fund");
      expect(rest).not.toContain("zz-big-fund");
      expect((await data(QUERY, { after: null })).investors.edges[0].node.id).toBe("zz-big-fund");
    } finally {
      await testDriver().executeQuery("MATCH (n) WHERE n.id STARTS WITH 'zz-' DETACH DELETE n");
    }
  });
});

describe("connections", () => {
  it("page each parent's own deals, all parents in one query per level", async () => {
    const query = `query($after: String) { companies(where: { ids: ["mistral-ai", "anthropic", "openai"] }) { edges { node { id
      investmentsConnection(side: TARGET, first: 2, after: $after, orderBy: { field: ANNOUNCED_ON, direction: ASC }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { announcedOn } } } } } } }`;
    const { data: d, roundTrips } = await api.run(query);
    expect(roundTrips).toBe(2);
    const byId = new Map<string, any>(d.companies.edges.map((e: any) => [e.node.id, e.node.investmentsConnection]));
    expect([byId.get("anthropic").totalCount, byId.get("mistral-ai").totalCount, byId.get("openai").totalCount]).toEqual([7, 5, 3]);
    expect(byId.get("openai").edges.map((e: any) => e.node.announcedOn)).toEqual(["2019-07", "2023-01-23"]);
    const next = await data(`query($after: String) { company(id: "openai") {
      investmentsConnection(side: TARGET, first: 2, after: $after, orderBy: { field: ANNOUNCED_ON, direction: ASC }) {
        pageInfo { hasNextPage } edges { node { announcedOn } } } } }`, { after: byId.get("openai").pageInfo.endCursor });
    expect(next.company.investmentsConnection).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { announcedOn: "2025-03-31" } }] });
  });

  it("page the articles that mention a person, filtered", async () => {
    const d = await data(`{ person(id: "mira-murati") {
      all: articlesConnection { totalCount }
      en: articlesConnection(where: { publishedFrom: "2025" }) { totalCount edges { node { id } } } } }`);
    expect(d.person.all.totalCount).toBe(3);
    expect(nodeIds(d.person.en)).toEqual(["thinking-machines-seed-2025"]);
  });

  it("count without fetching rows, and fetch rows without counting", async () => {
    const { data: d, roundTrips } = await api.run(`{ investments { totalCount } companies { totalCount } }`);
    // 33 deals: the founding article's 2024 round and the corpus's Series F are one (deal resolution).
    expect(d).toEqual({ investments: { totalCount: 33 }, companies: { totalCount: 53 } });
    expect(roundTrips).toBe(1);
    expect((await data(`{ investments(first: 1) { edges { node { id } } } }`)).investments.edges).toHaveLength(1);
  });
});

describe("provenance", () => {
  it("relations are nodes with their sources", async () => {
    const d = await data(`{ node(id: "competes-with--anthropic--openai") { __typename id ... on CompanyRelation {
      type from { id } to { id } sources { evidence article { id language } } } } }`);
    expect(d.node).toMatchObject({ __typename: "CompanyRelation", type: "COMPETES_WITH", from: { id: "anthropic" }, to: { id: "openai" } });
    expect(d.node.sources).toHaveLength(3);
    expect(d.node.sources.every((s: any) => s.evidence.length > 10)).toBe(true);
  });

  it("articles list the relations they state; companies their relations of each type", async () => {
    const d = await data(`{ article(id: "microsoft-activision-close-2023") { relations { type from { id } to { id } } }
      company(id: "microsoft") { subsidiaries: relations(types: [SUBSIDIARY_OF]) { from { id } } all: relations { type } } }`);
    expect(d.article.relations).toEqual([{ type: "SUBSIDIARY_OF", from: { id: "activision-blizzard" }, to: { id: "microsoft" } }]);
    expect(d.company.subsidiaries.map((r: any) => r.from.id).sort()).toEqual(["activision-blizzard", "github"]);
    expect(new Set(d.company.all.map((r: any) => r.type))).toEqual(new Set(["COMPETES_WITH", "PARTNERS_WITH", "SUBSIDIARY_OF"]));
  });
});

describe("time", () => {
  it("roles asOf a day, a month or a year, and current from tenure", async () => {
    const d = await data(`{ person(id: "mira-murati") {
      day: roles(asOf: "2023-11-18") { title }
      year: roles(asOf: "2024") { title }
      now: roles(current: true) { title company { id } }
      past: roles(current: false) { title current } } }`);
    expect(d.person.day.map((r: any) => r.title).sort()).toEqual(["CTO", "Interim CEO"]);
    expect(d.person.year.map((r: any) => r.title)).toEqual(["CTO"]);
    expect(d.person.now).toEqual([{ title: "CEO", company: { id: "thinking-machines-lab" } }]);
    expect(d.person.past.every((r: any) => r.current === false)).toBe(true);
  });
});

describe("dealStats", () => {
  it("puts deals dated only to the year apart when grouping by quarter", async () => {
    // Adept: the 2023 round (dated to the year only) and Amazon's licence deal of 2024-06.
    const d = await data(`{ dealStats(groupBy: QUARTER, where: { targetId: "adept" }) { buckets { key label dealCount } unplaced { dealCount totalUsd } } }`);
    expect(d.dealStats.unplaced).toEqual({ dealCount: 1, totalUsd: 350e6 });
    expect(d.dealStats.buckets).toEqual([{ key: "2024-Q2", label: "Q2 2024", dealCount: 1 }]);
  });

  it("lists every kind, and splits by status", async () => {
    const d = await data(`{ dealStats(groupBy: KIND, splitBy: STATUS) { buckets { key dealCount totalUsd averageUsd } series { key dealCount } total { dealCount } } }`);
    expect(d.dealStats.buckets.map((b: any) => [b.key, b.dealCount])).toEqual([
      ["FUNDING_ROUND", 12],
      ["EQUITY_STAKE", 10],
      ["ACQUISITION", 8],
      ["LICENSE_AND_HIRE", 3],
    ]);
    const terminated = d.dealStats.series.find((s: any) => s.key === "TERMINATED");
    expect(terminated.dealCount).toEqual([0, 0, 1, 0]);
    expect(d.dealStats.total.dealCount).toBe(33);
  });
});
