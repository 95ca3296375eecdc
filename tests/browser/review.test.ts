// The dashboard's review view in headless Chromium, each control used as a person uses it:
// the possible duplicates listed side by side; a decision's buttons held back until there is
// a reason; a wrong editor token answered by the API's own words beside the pair; "Different
// deals" taking the pair off the list; "Same deal — merge" leaving one deal (checked through
// the API) and the dashboard's chart fetched again.
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { ensureWebBuilt } from "../../src/web/build.js";
import { browserTestsRun, launch, openPage, screenshot, type WatchedPage } from "../helpers/browser.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { loadPossibleDuplicates, SCALE_ROUND, vagueArticle, vagueDeal } from "../helpers/possible-duplicates.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-review-tests";
const CANDIDATES = `{ duplicateCandidates { totalCount edges { node { a { id } b { id } } } } }`;

describe.skipIf(!browserTestsRun())("dashboard: reviewing possible duplicates", () => {
  let api: WebServer;
  let browser: Browser;
  // Each page, with the console errors it may show: none, but for the wrong token's refusal (HTTP 401).
  const pages: Array<{ watched: WatchedPage; allowed?: RegExp }> = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    await applyMigrations(testDriver());
    await resetDatabase();
    // Three deals linked to Scale AI's 2024 round: Nvidia's, Meta's and Accel's vague reports.
    await loadPossibleDuplicates();
    api = await startWebServer({ API_TOKENS: TOKEN });
    browser = await launch();
  });
  afterAll(async () => {
    for (const { watched, allowed } of pages) {
      expect(watched.external).toEqual([]);
      expect(watched.errors.filter((e) => !allowed?.test(e))).toEqual([]);
    }
    await browser?.close();
    await api?.stop();
    await closeTestDriver();
  });

  async function openReview(allowed?: RegExp): Promise<Page> {
    const watched = await openPage(browser, api.url);
    pages.push({ watched, allowed });
    await watched.page.goto(`${api.url}/#review`);
    await watched.page.locator("li.candidate").first().waitFor();
    return watched.page;
  }

  /** The listed pair whose newer deal is `investor`'s vague report's. */
  const pair = (page: Page, investor: string): Locator => page.locator(`li.candidate[data-a="${vagueDeal(investor)}"]`);

  async function pairsListed(): Promise<string[]> {
    const { data } = await api.post<{ duplicateCandidates: { edges: Array<{ node: { a: { id: string } } }> } }>(CANDIDATES);
    return data!.duplicateCandidates.edges.map((e) => e.node.a.id);
  }

  it("lists each possible duplicate: both deals side by side with their sources, the score and the fields that agreed", async () => {
    const page = await openReview();
    await expect.poll(() => page.locator("li.candidate").count()).toBe(3);
    expect(await page.getByRole("tab", { name: "Review" }).getAttribute("aria-selected")).toBe("true");
    const nvidia = pair(page, "nvidia");
    const why = (await nvidia.locator(".why").textContent()) ?? "";
    expect(why).toContain("Score 4.");
    expect(why).toContain("Agreed: Announced on, Investors, Sole candidate. Conflicting: none.");
    expect(why).toContain(`“${vagueArticle("nvidia").title}”`);

    const newer = nvidia.getByRole("region", { name: `Newer deal: ${vagueDeal("nvidia")}` });
    const newerText = (await newer.textContent()) ?? "";
    for (const text of ["Scale AI", "Funding round", "2024", "Nvidia, and others", vagueArticle("nvidia").title, "Scale AI raised $1 billion in a Series F"]) expect(newerText).toContain(text);
    const older = nvidia.getByRole("region", { name: `Older deal: ${SCALE_ROUND}` });
    const olderText = (await older.textContent()) ?? "";
    // The founding article's round, joined by the Series F report: two sources, $1B.
    for (const text of ["Sources (2)", "Scale AI raises a Series F", "Meta-morphose", "$1B", "Series f"]) expect(olderText).toContain(text);
    // The token field says what it is for.
    await expect.poll(() => page.getByLabel("Editor token").getAttribute("type")).toBe("password");
    expect(await page.locator("#review").textContent()).toContain("they need an editor token");
    await screenshot(page, "dashboard-review");
  });

  it("keeps both buttons disabled until a reason is written", async () => {
    const page = await openReview();
    const accel = pair(page, "accel");
    const buttons = [accel.getByRole("button", { name: "Same deal — merge" }), accel.getByRole("button", { name: "Different deals" })];
    const reason = accel.getByLabel("Reason");
    for (const b of buttons) expect(await b.isDisabled()).toBe(true);
    await reason.fill("   ");
    for (const b of buttons) expect(await b.isDisabled()).toBe(true);
    await reason.fill("Accel led the Series F");
    for (const b of buttons) expect(await b.isEnabled()).toBe(true);
    await reason.fill("");
    for (const b of buttons) expect(await b.isDisabled()).toBe(true);
  });

  it("shows the API's refusal of a wrong token beside the pair, and decides nothing", async () => {
    const page = await openReview(/status of 401/);
    await page.getByLabel("Editor token").fill("not-the-editor-token");
    const meta = pair(page, "meta");
    await meta.getByLabel("Reason").fill("Meta's own round");
    await meta.getByRole("button", { name: "Different deals" }).click();
    const alert = meta.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("The API token is not valid.");
    expect(await alert.textContent()).toMatch(/^Not marked distinct: .*Check the editor token above\.$/);
    expect(await pairsListed()).toContain(vagueDeal("meta"));
  });

  it("takes a pair off the list when it is marked as different deals, with a reason", async () => {
    const page = await openReview();
    await page.getByLabel("Editor token").fill(TOKEN);
    const meta = pair(page, "meta");
    await meta.getByLabel("Reason").fill("Meta's own 2024 round, not the Series F");
    await meta.getByRole("button", { name: "Different deals" }).click();
    await meta.waitFor({ state: "detached" });
    expect(await page.locator("li.candidate").count()).toBe(2);
    expect(await pairsListed()).not.toContain(vagueDeal("meta"));
    // Both deals are still there: distinct, not merged.
    const { data } = await api.post(`{ a: investment(id: "${vagueDeal("meta")}") { id } b: investment(id: "${SCALE_ROUND}") { id } }`);
    expect(data).toEqual({ a: { id: vagueDeal("meta") }, b: { id: SCALE_ROUND } });
  });

  it("merges the newer deal into the older one with a reason: one deal, and the chart fetched again", async () => {
    const page = await openReview();
    const caption = page.locator("#chart figcaption");
    await expect.poll(() => caption.textContent()).toMatch(/all companies: \d+ deals/);
    const before = Number(/all companies: (\d+) deals/.exec((await caption.textContent()) ?? "")![1]);

    await page.getByLabel("Editor token").fill(TOKEN);
    const nvidia = pair(page, "nvidia");
    await nvidia.getByLabel("Reason").fill("Nvidia was in the Series F: the same round");
    await nvidia.getByRole("button", { name: "Same deal — merge" }).click();
    await nvidia.waitFor({ state: "detached" });
    expect(await pairsListed()).not.toContain(vagueDeal("nvidia"));

    // The graph has one deal where there were two: Nvidia's report is a source of the round.
    const { data } = await api.post(`{ gone: investment(id: "${vagueDeal("nvidia")}") { id } round: investment(id: "${SCALE_ROUND}") { sources { article { id } } } }`);
    expect(data.gone).toBeNull();
    expect(data.round.sources.map((s: { article: { id: string } }) => s.article.id)).toContain(vagueArticle("nvidia").id);
    await expect.poll(() => caption.textContent()).toContain(`all companies: ${before - 1} deals`);
  });
});
