// "Deals in this view", the list beside the graph, in headless Chromium at 1440 and 390 px:
// one item per deal the graph draws (a round with two investors is two edges, one item),
// reached with Tab alone; Enter or Space opens the deal's sources in the panel, whose
// heading then has the focus.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsRun } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { DOSSIER_EVIDENCE, dossierSuite } from "../helpers/scale-ai-dossier.js";
import type { WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-browser-tests";

/** What has the focus: its tag, id, classes and text. */
function focused(page: Page): Promise<{ tag: string; inPanel: boolean; className: string; text: string }> {
  return page.evaluate(() => {
    const e = (globalThis as any).document.activeElement;
    return { tag: e?.tagName ?? "", inPanel: Boolean(e?.closest("#panel")), className: String(e?.className ?? ""), text: e?.textContent ?? "" };
  });
}

/** Presses Tab until a deal of the list has the focus (at most `limit` times); returns how many presses. */
async function tabToDeal(page: Page, limit = 60): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)).className.includes("deal-item")) return n;
  }
  throw new Error(`no deal of the list took the focus in ${limit} presses of Tab`);
}

describe.skipIf(!browserTestsRun())("deals in this view", () => {
  let api: WebServer;
  const suite = browserSuite(dossierSuite(TOKEN, (server) => (api = server)));
  const open = (path: string, width: number) => suite.open(width, path, { height: 900 });


  for (const width of [1440, 390]) {
    it(`lists each deal of the graph once, and opens its sources from the keyboard (${width} px)`, async () => {
      const page = await open("/#explore?id=scale-ai", width);
      const items = page.locator("#deal-list button.deal-item");
      await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(5);
      // The API gives six deal edges (Nvidia and Amazon's round has two) for five deals.
      const edges = await page.evaluate(() => (globalThis as any).dealgraph.drawn().edges.filter((e: any) => e.type === "INVESTED_IN").length);
      expect(edges).toBe(6);
      expect(await page.locator("#deal-list h2").textContent()).toBe("Deals in this view (5)");
      expect(await items.allTextContents()).toEqual([
        "Amazon, Nvidia → Scale AI · $500M · July 2025",
        "Meta → Scale AI · $14.3B · June 2025",
        "Amazon → Scale AI · $1B · 2024",
        "Google → Scale AI · $2B · May 2023",
        "Accel → Scale AI · amount unknown · 2019",
      ]);

      // Keyboard only: Tab from the top of the page to the first deal, Enter.
      await page.locator("body").focus();
      await tabToDeal(page);
      expect((await focused(page)).text).toBe("Amazon, Nvidia → Scale AI · $500M · July 2025");
      await page.keyboard.press("Enter");
      await page.locator("#panel blockquote.evidence", { hasText: DOSSIER_EVIDENCE.syndicate }).waitFor();
      await page.waitForFunction(() => (globalThis as any).document.activeElement?.matches("#panel h2") ?? false);
      expect(await page.locator("#panel h2").textContent()).toBe("Amazon, Nvidia → Scale AI");
      const heading = await page.locator("#panel h2").boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(0);
      expect(heading!.y).toBeLessThan(900);

      // Back to the list with Shift+Tab (the panel follows it), up to Meta's deal, Space.
      for (let n = 0; n < 10 && !(await focused(page)).text.startsWith("Meta →"); n++) await page.keyboard.press("Shift+Tab");
      expect((await focused(page)).className).toContain("deal-item");
      await page.keyboard.press("Space");
      await page.locator('#panel blockquote.evidence[lang="fr"]', { hasText: "Meta a déboursé 14,3 milliards de dollars" }).waitFor();
      await page.waitForFunction(() => (globalThis as any).document.activeElement?.matches("#panel h2") ?? false);
      expect(await page.locator("#panel h2").textContent()).toBe("Meta → Scale AI");
    });
  }

  it("follows the view: the path mode's deals, none without a graph", async () => {
    const page = await open("/#path?a=amazon&b=alexandr-wang", 1440);
    const items = page.locator("#deal-list button.deal-item");
    await expect.poll(() => items.allTextContents(), { timeout: 15_000 }).toEqual([expect.stringMatching(/^Amazon(, Nvidia)? → Scale AI/)]);
    await page.goto(`${api.url}/#explore`);
    await expect.poll(() => page.locator("#deal-list").textContent(), { timeout: 15_000 }).toBe("Deals in this view (0)No deal in this view.");
  });
});
