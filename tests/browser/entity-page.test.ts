// Company and person pages (#company?id=…, #person?id=…) in headless Chromium, at 1440 and
// 390 px, over the seed plus an article that gives Scale AI a deal with two sources, a
// round with two investors, a deal called off and one without an amount: each section
// shows the facts the graph holds, each row opens its sources (with the quote) in the
// panel, focus moving there, and the totals are the API's.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEAL_STATUSES, RAISE_KINDS, UNCOUNTED_STATUSES } from "../../src/domain/vocabulary.js";
import { axeReport, describeViolations } from "../helpers/axe.js";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { INGEST } from "../helpers/live-article.js";
import { DOSSIER_EVIDENCE, dossierSuite, SCALE_AI_DOSSIER } from "../helpers/scale-ai-dossier.js";
import type { WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-browser-tests";
const WIDTHS = [1440, 390];
const COUNTED = DEAL_STATUSES.filter((s) => !UNCOUNTED_STATUSES.includes(s));

/** The API's own figures for a company, each total asked two ways: the Company field and dealStats. */
const API_TOTALS = `query ($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {
  company(id: $id) { totalRaisedUsd totalInvestedUsd dealCount }
  raised: dealStats(groupBy: KIND, where: $raised) { total { dealCount totalUsd amountKnownCount } }
  invested: dealStats(groupBy: STATUS, where: $invested) { total { dealCount totalUsd amountKnownCount } }
  participant: dealStats(groupBy: KIND, where: $participant) { total { dealCount } }
}`;

/** axe-core's critical and serious violations on the page and the panel beside it. */
async function axeViolations(page: Page): Promise<string[]> {
  return describeViolations(await axeReport(page, {}, { include: [["#entity-page"], ["#panel"]] }));
}

const section = (page: Page, key: string) => page.locator(`#entity-page section.page-section.${key}`);
const rowsText = (page: Page, key: string) => section(page, key).locator("li.row").allTextContents();

/** Reads a total as the page shows it: its figure, and the exact numbers it carries. */
async function total(page: Page, name: string): Promise<{ text: string; usd: number | null; deals: number }> {
  const box = page.locator(`#entity-page .total[data-total="${name}"]`);
  const usd = await box.getAttribute("data-usd");
  return { text: (await box.textContent()) ?? "", usd: usd === null ? null : Number(usd), deals: Number(await box.getAttribute("data-deals")) };
}

/** Clicks the row's evidence button and waits for the panel to show `quote` with its heading focused. */
async function openEvidence(page: Page, row: ReturnType<Page["locator"]>, quote: string): Promise<string> {
  await row.locator("button.evidence-link").first().click();
  const evidence = page.locator("#panel blockquote.evidence", { hasText: quote });
  await evidence.waitFor();
  await page.waitForFunction(() => (globalThis as any).document.activeElement?.matches("#panel h2") ?? false);
  return (await page.locator("#panel").textContent()) ?? "";
}

describe.skipIf(!browserTestsRun())("entity pages", () => {
  let api: WebServer;
  const suite = browserSuite(dossierSuite(TOKEN, (server) => (api = server)));
  const open = (path: string, width: number) => suite.open(width, path, { height: 900 });


  async function apiTotals(id: string) {
    const where = { raised: { targetId: id, kind: RAISE_KINDS, status: COUNTED }, invested: { investorId: id, status: COUNTED }, participant: { participantId: id } };
    const { data, errors } = await api.post(API_TOTALS, { id, ...where });
    expect(errors).toBeUndefined();
    return data;
  }

  /** Nothing on the page is wider than the page (no horizontal scrolling inside it). */
  async function fitsWidth(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => {
      const root = (globalThis as any).document.getElementById("entity-page");
      const right = root.getBoundingClientRect().right;
      return { inner: root.scrollWidth - root.clientWidth, beyond: [...root.querySelectorAll("li.row, .total, figure")].filter((e: any) => e.getBoundingClientRect().right > right + 1).length };
    });
    expect(overflow).toEqual({ inner: 0, beyond: 0 });
  }

  for (const width of WIDTHS) {
    it(`shows Scale AI's totals as the API counts them, each deal once (${width} px)`, async () => {
      const page = await open("/#company?id=scale-ai", width);
      await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
      const fromApi = await apiTotals("scale-ai");

      // Raised: the four deals received that were not called off; Meta's (two sources) and
      // Nvidia and Amazon's (two investors) once each; Accel's has no amount.
      const raised = await total(page, "raised");
      expect(raised.usd).toBe(15_800_000_000);
      expect(raised.usd).toBe(fromApi.company.totalRaisedUsd);
      expect(raised.usd).toBe(fromApi.raised.total.totalUsd);
      expect(raised.deals).toBe(4);
      expect(raised.deals).toBe(fromApi.raised.total.dealCount);
      expect(raised.text).toContain("$15.8B");
      expect(raised.text).toContain("4 deals: funding rounds and equity stakes received, not called off; 1 without an amount");

      const invested = await total(page, "invested");
      expect(invested.usd).toBe(fromApi.invested.total.totalUsd);
      expect(fromApi.company.totalInvestedUsd).toBeNull();
      expect(invested.text).toContain("none known");

      // Deals: the called-off one too, as Company.dealCount counts.
      const deals = await total(page, "deals");
      expect(deals.deals).toBe(5);
      expect(deals.deals).toBe(fromApi.company.dealCount);
      expect(deals.deals).toBe(fromApi.participant.total.dealCount);

      // The timeline: by year, as raised counts.
      const bars = await section(page, "timeline").locator("svg .bar title").allTextContents();
      expect(bars).toContain("2025: 2 deals, $14.8B");
      expect(bars).toContain("2024: 1 deal, $1B");
      expect(bars).toContain("2019: 1 deal, amount unknown (1 without an amount)");
      expect(bars).toContain("2023: 0 deals, amount unknown");
      await fitsWidth(page);
      await openEvidence(page, section(page, "deals-received").locator("li.row", { hasText: "Meta" }), "Meta a déboursé");
      expect(await axeViolations(page)).toEqual([]);
      if (width === 1440) await screenshot(page, "company-page");
    });

    it(`lists Scale AI's deals, investors, people, relations and articles, each opening its sources (${width} px)`, async () => {
      const page = await open("/#company?id=scale-ai", width);
      await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();

      // One row per deal, newest first.
      const received = await rowsText(page, "deals-received");
      expect(received).toHaveLength(5);
      expect(received[0]).toMatch(/^Amazon, Nvidia\$500MJuly 2025Funding round/);
      expect(received[1]).toMatch(/^Meta\$14\.3BJune 2025Equity stake, Completed/);
      expect(received.join("\n")).toContain("Google$2BMay 2023Funding round, Terminated");
      expect(received.join("\n")).toContain("Accelamount unknown2019");
      // Meta's deal: both sources, the French quote among them.
      let panel = await openEvidence(page, section(page, "deals-received").locator("li.row", { hasText: "Meta" }), "Meta a déboursé 14,3 milliards de dollars");
      expect(panel).toContain("Meta → Scale AI");
      expect(panel).toContain("Sources (2)");
      expect(panel).toContain(DOSSIER_EVIDENCE.meta);

      // Investors, largest total first; the called-off deal's investor is not one.
      const investors = await rowsText(page, "investors");
      expect(investors.map((r) => r.replace(/(\$|amount unknown).*/, ""))).toEqual(["Meta (lead)", "Amazon", "Nvidia", "Accel"]);
      expect(investors[1]).toContain("$1.5B2 deals");
      panel = await openEvidence(page, section(page, "investors").locator("li.row", { hasText: "Amazon" }), "Amazon et d'autres investisseurs");
      expect(panel).toContain("Amazon → Scale AI");

      // People: current and former, with their tenure.
      const people = section(page, "people");
      const current = await people.locator("h4:has-text('Current') + ul li.row").allTextContents();
      const former = await people.locator("h4:has-text('Former') + ul li.row").allTextContents();
      expect(current).toEqual(["Jason DroegeCEOJune 2025 – presentcurrentSources ›", "Alexandr WangBoard memberstart unknown – presentcurrentSources ›"]);
      expect(former).toEqual(["Alexandr WangCEOstart unknown – June 2025formerSources ›"]);
      panel = await openEvidence(page, people.locator("h4:has-text('Former') + ul li.row"), "quitte son poste");
      expect(panel).toContain("Alexandr Wang — CEO");

      // Relations, and their sources.
      expect(await rowsText(page, "relations")).toEqual(["LabelboxCompetitorSources ›"]);
      panel = await openEvidence(page, section(page, "relations").locator("li.row"), DOSSIER_EVIDENCE.labelbox);
      expect(panel).toContain("Labelbox — Scale AI"); // a symmetric relation names its companies in id order

      expect(await section(page, "portfolio").textContent()).toContain("No deal invested in.");
      const articles = await section(page, "articles").locator("li").allTextContents();
      expect(articles.map((a) => a.split(" Test Wire")[0].split(" Le Fil")[0])).toEqual([SCALE_AI_DOSSIER.title, "Meta-morphose : quand Scale AI passe à la caisse (et au Meta-vers)"]);
      await fitsWidth(page);
    });

    it(`shows Meta's portfolio, investments and competitors (${width} px)`, async () => {
      const page = await open("/#company?id=meta", width);
      await page.locator("#entity-page h2", { hasText: "Meta" }).waitFor();
      const fromApi = await apiTotals("meta");
      const invested = await total(page, "invested");
      expect(invested.usd).toBe(14_300_000_000);
      expect(invested.usd).toBe(fromApi.company.totalInvestedUsd);
      expect(invested.deals).toBe(fromApi.invested.total.dealCount);
      expect(await rowsText(page, "portfolio")).toEqual([expect.stringMatching(/^Scale AI\$14\.3BJune 2025Equity stake/)]);
      expect((await rowsText(page, "relations")).map((r) => r.replace("Sources ›", ""))).toEqual(["AnthropicCompetitor", "GoogleCompetitor", "OpenAICompetitor"]);
      const panel = await openEvidence(page, section(page, "relations").locator("li.row", { hasText: "OpenAI" }), "Meta cherche à rattraper Google, OpenAI et Anthropic");
      expect(panel).toContain("Meta — OpenAI");
      // A row's name leads to that company's page.
      await section(page, "portfolio").locator("a", { hasText: "Scale AI" }).click();
      await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
      expect(new URL(page.url()).hash).toBe("#company?id=scale-ai");
    });

    it(`shows Alexandr Wang's roles over time and the deals he made (${width} px)`, async () => {
      const page = await open("/#person?id=alexandr-wang", width);
      await page.locator("#entity-page h2", { hasText: "Alexandr Wang" }).waitFor();
      expect(await rowsText(page, "roles")).toEqual([
        "Scale AICEOstart unknown – June 2025formerSources ›",
        "Scale AIBoard memberstart unknown – presentcurrentSources ›",
        "MetaSuperintelligence leadJune 2025 – presentcurrentSources ›",
      ]);
      let panel = await openEvidence(page, section(page, "roles").locator("li.row", { hasText: "Superintelligence" }), "où il travaillera sur les ambitions du groupe");
      expect(panel).toContain("Alexandr Wang — Superintelligence lead");

      expect(await rowsText(page, "deals-made")).toEqual([expect.stringMatching(/^Anysphere\$60MAugust 2024Funding round/)]);
      panel = await openEvidence(page, section(page, "deals-made").locator("li.row"), DOSSIER_EVIDENCE.wang);
      expect(panel).toContain("Alexandr Wang → Anysphere");

      const { data } = await api.post(`{ person(id: "alexandr-wang") { dealCount totalInvestedUsd } }`);
      const invested = await total(page, "invested");
      expect(invested.usd).toBe(60_000_000);
      expect(invested.usd).toBe(data.person.totalInvestedUsd);
      expect((await total(page, "deals invested in")).deals).toBe(data.person.dealCount);
      await fitsWidth(page);
      expect(await axeViolations(page)).toEqual([]);
      if (width === 1440) await screenshot(page, "person-page");
    });
  }

  it("reaches a page from the explore view's panel, and another from the search box on a page", async () => {
    const page = await open("/", 1440);
    await page.fill("#search", "Scale AI");
    await page.locator('[role="option"][data-id="scale-ai"]').click();
    // The search shows the company in the panel, with a link to its page.
    await page.locator("#panel a", { hasText: "Open page" }).click();
    await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
    expect(new URL(page.url()).hash).toBe("#company?id=scale-ai");
    expect(await page.locator("#graph").isVisible()).toBe(false);

    await page.fill("#search", "Alexandr");
    await page.locator('[role="option"][data-id="alexandr-wang"]').click();
    await page.locator("#entity-page h2", { hasText: "Alexandr Wang" }).waitFor();
    expect(new URL(page.url()).hash).toBe("#person?id=alexandr-wang");
    // Back returns to the company's page.
    await page.goBack();
    await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
  });

  it("follows an article loaded through the API: the totals and the deals change, the reader stays where they were", async () => {
    const page = await open("/#company?id=scale-ai", 1440);
    await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
    await page.locator("#live.on").waitFor();
    await section(page, "people").scrollIntoViewIfNeeded();
    const scrolled = await page.locator("#entity-page").evaluate((e: any) => e.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    const article = {
      id: "index-backs-scale-ai",
      title: "Index Ventures backs Scale AI",
      publisher: "Test Wire",
      language: "en",
      publishedOn: "2025-09-02",
      entities: [
        { ref: "index", type: "Company", id: "index-ventures", name: "Index Ventures", kind: "INVESTOR" },
        { ref: "scale", type: "Company", id: "scale-ai", name: "Scale AI" },
      ],
      investments: [{ kind: "FUNDING_ROUND", investors: ["index"], target: "scale", amount: { value: 500_000_000, currency: "USD" }, announcedOn: "2025-09", evidence: "Index Ventures put $500 million into Scale AI." }],
      body: "Index Ventures put $500 million into Scale AI.",
    };
    const loaded = await api.post(INGEST, { input: article }, TOKEN);
    expect(loaded.errors, JSON.stringify(loaded.errors)).toBeUndefined();
    try {
      await expect.poll(async () => (await total(page, "raised")).usd, { timeout: 15_000 }).toBe(16_300_000_000);
      expect((await total(page, "raised")).usd).toBe((await apiTotals("scale-ai")).company.totalRaisedUsd);
      expect(await rowsText(page, "deals-received")).toHaveLength(6);
      expect(await page.locator("#entity-page").evaluate((e: any) => e.scrollTop)).toBe(scrolled);
    } finally {
      await api.post(`mutation { removeArticle(id: "${article.id}") { outcome } }`, {}, TOKEN);
    }
    await expect.poll(async () => (await total(page, "raised")).usd, { timeout: 15_000 }).toBe(15_800_000_000);
  });

  it("says so when no company has the id, or none is given", async () => {
    const page = await open("/#company?id=no-such-company", 1440);
    await page.locator("#entity-page h2", { hasText: "No company with the id “no-such-company”" }).waitFor();
    await page.goto(`${api.url}/#person`);
    await page.locator("#entity-page h2", { hasText: "No person chosen" }).waitFor();
  });
});
