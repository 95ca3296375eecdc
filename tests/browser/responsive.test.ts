// The dashboard on a phone (390x844) in headless Chromium: no horizontal scrolling in the
// explore, path and review views; every control of the header inside the viewport; a
// tapped deal's panel brought into view. Screenshots: dashboard-mobile.png, dashboard-mobile-deal.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { dealEdgePoint, graphHas } from "../helpers/dashboard-page.js";
import { loadPossibleDuplicates } from "../helpers/possible-duplicates.js";

const PHONE = { width: 390, height: 844 };

/** What sticks out of the viewport's width: the page's scroll width, and the elements whose box passes the right edge. */
async function overflow(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate((width) => {
    const { document, getComputedStyle } = globalThis as any;
    const outside: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (box.right > width + 0.5 || box.left < -0.5) outside.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 12) };
  }, PHONE.width);
}

/** The header's visible controls (tabs, fields, buttons, links) whose box is not wholly inside the viewport. */
async function headerControlsOutside(page: Page): Promise<string[]> {
  const controls = page.locator("header.top").locator("a, button, input, select");
  const outside: string[] = [];
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const box = (await control.boundingBox())!;
    if (box.x < 0 || box.y < 0 || box.x + box.width > PHONE.width || box.y + box.height > PHONE.height) {
      outside.push(`${(await control.textContent())?.trim() || (await control.getAttribute("id")) || (await control.getAttribute("placeholder"))} at ${JSON.stringify(box)}`);
    }
  }
  return outside;
}

describe.skipIf(!browserTestsRun())("dashboard at 390 px", () => {
  // The seeds, Scale AI's Series F and three vague reports: a graph, a path and pairs to review.
  const suite = browserSuite({ fill: loadPossibleDuplicates });
  const open = (path: string) => suite.open(PHONE.width, path, { height: PHONE.height });


  it.each([
    ["explore", "/#explore?id=scale-ai", (page: Page) => graphHas(page, ["scale-ai", "meta", "amazon"])],
    ["path", "/#path?a=amazon&b=alexandr-wang", (page: Page) => graphHas(page, ["amazon", "scale-ai", "alexandr-wang"])],
    ["review", "/#review", (page: Page) => page.locator("li.candidate").first().waitFor()],
  ])("%s: nothing wider than the screen, every header control on it", async (mode, path, ready) => {
    const page = await open(path);
    await ready(page);
    await page.locator("#chart figure").waitFor();
    const { scrollWidth, outside } = await overflow(page);
    expect(outside, `${mode}: elements past the edges`).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await headerControlsOutside(page), `${mode}: header controls off the screen`).toEqual([]);
    if (mode === "explore") await screenshot(page, "dashboard-mobile");
  });

  it("brings a tapped deal's panel into view", async () => {
    const page = await open("/#explore?id=scale-ai");
    await graphHas(page, ["meta"]);
    const point = await dealEdgePoint(page, "meta", "scale-ai");
    expect(point.y, "the deal is drawn on the first screen").toBeLessThan(PHONE.height);
    await page.mouse.click(point.x, point.y);
    const heading = page.locator("#panel h2");
    await heading.waitFor();
    expect(await heading.textContent()).toContain("Meta → Scale AI");
    await expect.poll(async () => {
      const box = (await heading.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= PHONE.height;
    }, { timeout: 3_000 }).toBe(true);
    await screenshot(page, "dashboard-mobile-deal");
  });
});
