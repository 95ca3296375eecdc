// The dashboard's table view (issue 15) in headless Chromium at 1440 and 390 px: every
// control does what its label says, checked against the API's own answer for the same
// filters (each kind box, the stage select, the dates, the amounts, the investor search,
// the country, each sortable header, Next and Previous, the deals/companies/people select,
// the Export CSV link with and without a token), the URL carries the filters and a reload
// keeps them, and a row's target leads to the explore view.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeArticleFiles } from "../../src/bench/compare/generate.js";
import { Db } from "../../src/db/db.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { testDriver } from "../helpers/db.js";
import type { WebServer } from "../helpers/web-server.js";

const TOKEN = "reader-token-for-table-tests";
/** Waits for what the page shows after a control changed it (a 2-core machine's first sort by a field may take seconds). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const WIDTHS = [1440, 390];

describe.skipIf(!browserTestsRun())("the table view", () => {
  let api: WebServer;
  const suite = browserSuite({
    env: { API_TOKENS: `${TOKEN}:reader` },
    // The seed and the corpus, and 150 generated deals: more than a page of 50.
    fill: async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dealgraph-table-"));
      await writeArticleFiles(dir, { seed: 5, deals: 150 });
      await loadArticles(new Db(testDriver()), ["seeds", "tests/fixtures/corpus", dir]);
      await fs.rm(dir, { recursive: true, force: true });
    },
    ready: async (server) => {
      api = server;
    },
    timeoutMs: 180_000,
  });

  async function open(hash: string, width: number): Promise<Page> {
    const page = await suite.open(width, `/${hash}`, { height: 900 });
    await page.locator("table.rows tbody tr").first().waitFor();
    current = page;
    return page;
  }

  /** What the API says for the same listing: its total and the first page's target (or entity) names. */
  async function expected(of: "deals" | "companies" | "people", where: Record<string, unknown>, orderBy?: { field: string; direction: string }, after?: string) {
    const field = { deals: "investments", companies: "companies", people: "people" }[of];
    const type = { deals: "Investment", companies: "Company", people: "Person" }[of];
    const name = of === "deals" ? "target { name }" : "name";
    const { data, errors } = await api.post(
      `query ($where: ${type}Where, $orderBy: ${type}Order, $after: String) { list: ${field}(where: $where, orderBy: $orderBy, first: 50, after: $after) { totalCount pageInfo { endCursor } edges { node { ${name} } } } }`,
      { where, orderBy, after },
    );
    expect(errors).toBeUndefined();
    return { total: data.list.totalCount as number, names: data.list.edges.map((e: any) => (of === "deals" ? e.node.target.name : e.node.name)) as string[], endCursor: data.list.pageInfo.endCursor as string };
  }

  /** What the page shows: the total, and the first link of each row (the target, or the entity). */
  async function shown(page: Page): Promise<{ total: number; names: string[] }> {
    const text = (await page.locator(".table-total").textContent()) ?? "";
    const names = await page.locator("table.rows tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("a")?.textContent ?? ""));
    return { total: Number(text.replace(/[^\d]/g, "")), names: names.filter(Boolean) };
  }

  /** Waits until the page shows `want` (total and names), after a control changed it. */
  async function expectShown(page: Page, want: { total: number; names: string[] }): Promise<void> {
    await poll(() => shown(page)).toEqual({ total: want.total, names: want.names });
  }

  /** Types into the table's control labelled `label`, and commits it (Enter). */
  async function fill(label: string, value: string, page = current!): Promise<void> {
    const input = page.locator("#table").getByLabel(label, { exact: label === "to" });
    await input.fill(value);
    await input.press("Enter");
  }
  let current: Page | undefined;

  const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.replace(/^#table\?/, ""));

  for (const width of WIDTHS) {
    it(`filters deals with every control, and the URL keeps them (${width} px)`, async () => {
      const page = await open("#table?of=deals", width);
      const order = { field: "ANNOUNCED_ON", direction: "DESC" };
      await expectShown(page, await expected("deals", {}, order));

      // Each kind box: unchecking one leaves the other kinds; checking it again, all of them.
      const KIND_LABELS: Array<[string, string]> = [["Acquisition", "ACQUISITION"], ["Equity stake", "EQUITY_STAKE"], ["License and hire", "LICENSE_AND_HIRE"], ["Funding round", "FUNDING_ROUND"]];
      for (const [label, kind] of KIND_LABELS.slice(0, 3)) {
        await page.getByRole("checkbox", { name: label }).uncheck();
        const others = KIND_LABELS.map(([, k]) => k).filter((k) => k !== kind).sort();
        await poll(() => hashParams(page).get("kind")?.split(",").sort()).toEqual(others);
        await expectShown(page, await expected("deals", { kind: others }, order));
        await page.getByRole("checkbox", { name: label }).check();
        await poll(() => hashParams(page).has("kind")).toBe(false);
      }
      await page.getByRole("checkbox", { name: "Funding round" }).uncheck();
      const kinds = ["ACQUISITION", "EQUITY_STAKE", "LICENSE_AND_HIRE"];
      await poll(() => hashParams(page).get("kind")?.split(",").sort()).toEqual(kinds);
      await expectShown(page, await expected("deals", { kind: kinds }, order));
      await page.getByRole("checkbox", { name: "Funding round" }).check();
      // Every kind checked is no filter at all.
      await poll(() => hashParams(page).has("kind")).toBe(false);

      // The stage select.
      await page.getByLabel("Stage").selectOption("SEED");
      await poll(() => hashParams(page).get("stage")).toBe("SEED");
      await expectShown(page, await expected("deals", { kind: [...kinds, "FUNDING_ROUND"], stage: ["SEED"] }, order));
      await page.getByLabel("Stage").selectOption("");

      // The dates, the amounts, the investor search, the country: each in turn, then all at once.
      const all = { kind: [...kinds, "FUNDING_ROUND"] };
      const steps: Array<[string, string, string, Record<string, unknown>]> = [
        ["Announced from", "2021", "from", { announcedFrom: "2021" }],
        ["to", "2024-06", "to", { announcedTo: "2024-06" }],
        ["Amount from (USD)", "5000000", "min", { minUsd: 5e6 }],
        ["to (USD)", "2000000000", "max", { maxUsd: 2e9 }],
        ["Target country", "us", "country", { targetCountry: ["US"] }],
      ];
      let where: Record<string, unknown> = { ...all };
      for (const [label, value, param, filter] of steps) {
        await fill(label, value);
        await poll(() => hashParams(page).get(param)).toBe(param === "country" ? "US" : value);
        where = { ...where, ...filter };
        await expectShown(page, await expected("deals", where, order));
      }
      // Reloading (or sharing the URL) keeps every filter.
      const before = await shown(page);
      await page.reload();
      await page.locator("table.rows tbody tr").first().waitFor();
      await expectShown(page, before);
      expect(await page.locator("#table").getByLabel("Announced from").inputValue()).toBe("2021");
      expect(await page.locator("#table").getByLabel("Target country").inputValue()).toBe("US");

      // The investor search, alone (the others cleared).
      await page.goto(`${api.url}/#table?of=deals`);
      await page.locator("table.rows tbody tr").first().waitFor();
      await fill("Investor", "nvidia");
      await poll(() => hashParams(page).get("investor")).toBe("nvidia");
      const byInvestor = await expected("deals", { investorNameContains: "nvidia" }, order);
      expect(byInvestor.total).toBeGreaterThan(0);
      await expectShown(page, byInvestor);
      // It narrows the list: not every deal has Nvidia among its investors.
      expect(byInvestor.total).toBeLessThan((await expected("deals", {}, order)).total);
    }, 120_000);

    it(`sorts by each sortable header, pages by cursor, switches listing, exports (${width} px)`, async () => {
      const page = await open("#table?of=deals", width);
      for (const [header, field] of [["Amount", "AMOUNT_USD"], ["Stake", "STAKE_PERCENT"], ["Valuation", "VALUATION_USD"], ["Sources", "SOURCE_COUNT"], ["Date", "ANNOUNCED_ON"]]) {
        const th = page.locator("th", { has: page.getByRole("button", { name: header, exact: false }) }).first();
        const button = th.getByRole("button");
        // A header not sorted by sorts largest (or newest) first; a second click turns it round.
        const firstDirection = "DESC";
        await button.click();
        await poll(() => th.getAttribute("aria-sort")).toBe("descending");
        await expectShown(page, await expected("deals", {}, { field, direction: firstDirection }));
        await button.click();
        const second = "ASC";
        await poll(() => th.getAttribute("aria-sort")).toBe("ascending");
        expect(hashParams(page).get("sort")).toBe(field);
        await expectShown(page, await expected("deals", {}, { field, direction: second }));
      }
      // Back to the default order: newest first.
      await page.locator("th", { has: page.getByRole("button", { name: "Date" }) }).getByRole("button").click();
      await poll(() => hashParams(page).has("sort")).toBe(false);
      // Next and Previous, by cursor.
      const order = { field: "ANNOUNCED_ON", direction: "DESC" };
      const first = await expected("deals", {}, order);
      await expectShown(page, first);
      expect(await page.getByRole("button", { name: "Previous" }).isDisabled()).toBe(true);
      await page.getByRole("button", { name: "Next" }).click();
      await expectShown(page, await expected("deals", {}, order, first.endCursor));
      await poll(() => page.locator("table.rows caption").textContent()).toBe(`Deals 51–100 of ${first.total}`);
      await page.getByRole("button", { name: "Previous" }).click();
      await expectShown(page, first);
      await poll(() => page.locator("table.rows caption").textContent()).toBe(`Deals 1–50 of ${first.total}`);

      // The export link: the same filters and sort, a download.
      await page.getByRole("checkbox", { name: "Acquisition" }).uncheck();
      await poll(() => hashParams(page).get("kind")).toBeTruthy();
      const link = page.getByRole("link", { name: "Export CSV" });
      await poll(() => link.getAttribute("href")).toBe(`/export/deals.csv?kind=${encodeURIComponent(hashParams(page).get("kind")!)}&orderBy=ANNOUNCED_ON&direction=DESC`);
      expect(await link.getAttribute("download")).toBe("dealgraph-deals.csv");
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const csv = await fs.readFile((await download.path())!, "utf8");
      const { total } = await expected("deals", { kind: hashParams(page).get("kind")!.split(",") }, order);
      expect(csv.split("\n").filter((line) => /^[a-z0-9-]+,/.test(line)).length - 1).toBe(total);
      expect(download.suggestedFilename()).toMatch(/^dealgraph-deals-\d{4}-\d{2}-\d{2}\.csv$/);
      // With a token in the tab, the link followed is one the server signed: no token in it.
      await page.locator("#token-button").click();
      await page.locator("#token-input").fill(TOKEN);
      await page.getByRole("button", { name: "Save" }).click();
      await page.locator("table.rows tbody tr").first().waitFor();
      const [signed] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
      expect(signed.url()).toContain("signature=");
      expect(signed.url()).not.toContain(TOKEN);
      expect((await fs.readFile((await signed.path())!, "utf8")).startsWith("id,announcedOn,kind")).toBe(true);

      // The listing select: companies, then people, each its connection's total.
      await page.getByLabel("Show").selectOption("companies");
      await poll(() => hashParams(page).get("of")).toBe("companies");
      await expectShown(page, await expected("companies", {}, { field: "NAME", direction: "ASC" }));
      expect(await page.locator("table.rows th").allTextContents()).toContain("Raised");
      await page.getByLabel("Country", { exact: true }).fill("FR");
      await page.getByLabel("Country", { exact: true }).press("Enter");
      await expectShown(page, await expected("companies", { country: ["FR"] }, { field: "NAME", direction: "ASC" }));
      await poll(() => page.getByRole("link", { name: "Export CSV" }).getAttribute("href")).toBe("/export/companies.csv?country=FR&orderBy=NAME&direction=ASC");
      const byName = { field: "NAME", direction: "ASC" };
      for (const [label, value, filter] of [["Raised from (USD)", "1000000", { minTotalRaisedUsd: 1e6 }], ["Name", "an", { nameContains: "an" }]] as const) {
        await fill(label, value);
        await expectShown(page, await expected("companies", { country: ["FR"], ...filter }, byName));
        await fill(label, "");
      }
      await page.locator("#table").getByRole("checkbox", { name: "Investor" }).uncheck();
      await expectShown(page, await expected("companies", { country: ["FR"], kind: ["COMPANY", "RESEARCH", "MEDIA", "OTHER"] }, byName));
      await page.getByLabel("Show").selectOption("people");
      await poll(() => hashParams(page).get("of")).toBe("people");
      await expectShown(page, await expected("people", {}, { field: "NAME", direction: "ASC" }));
      await page.getByLabel("Investing").selectOption("yes");
      await expectShown(page, await expected("people", { investor: true }, byName));
      await fill("Name", "a");
      await expectShown(page, await expected("people", { investor: true, nameContains: "a" }, byName));

      // A row's name leads to the explore view.
      const name = page.locator("table.rows tbody tr a").first();
      const id = new URLSearchParams((await name.getAttribute("href"))!.split("?")[1]).get("id");
      await name.click();
      await poll(() => new URL(page.url()).hash).toContain(`#explore?id=${id}`);
      await poll(() => page.locator("#table").isHidden()).toBe(true);

      // Nothing of the table is wider than the screen (the rows scroll within their box).
      await page.goto(`${api.url}/#table?of=deals`);
      await page.locator("table.rows tbody tr").first().waitFor();
      const overflow = await page.locator("#table").evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (width === 1440) {
        await page.goto(`${api.url}/#table?of=deals&kind=FUNDING_ROUND,EQUITY_STAKE&from=2022&sort=AMOUNT_USD&dir=DESC`);
        await poll(() => page.locator("th[aria-sort=descending]").textContent()).toContain("Amount");
        await poll(() => page.locator(".table-status").textContent()).toBe("");
        await screenshot(page, "table");
      }
    }, 120_000);
  }
});
