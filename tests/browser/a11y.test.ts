// axe-core in headless Chromium over every view of the dashboard (explore with a deal's
// sources open, path, review, table, a company's page, the inbox's queue and a draft under
// review) and the playground, at 1440 and 390 px wide, in the light
// and the dark theme (prefers-color-scheme): no critical or serious violation. The counts
// of every impact are printed at the end.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { type AxeReport, axeReport, describeViolations } from "../helpers/axe.js";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { dealEdgePoint, graphHas } from "../helpers/dashboard-page.js";
import { ANTHROPIC_ARTICLE, createDraftThroughApi, EDITOR_TOKEN } from "../helpers/inbox-page.js";
import { loadPossibleDuplicates } from "../helpers/possible-duplicates.js";

interface View {
  name: string;
  path: string;
  /** Resolves once the view shows what axe should check. */
  ready(page: Page): Promise<void>;
}

/** The draft the inbox's view opens (made once the server listens). */
let draftId = "";

/** Becomes an editor in the page as the token dialog would (the inbox reads the token on each showing), then shows `hash`. */
async function asEditor(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    ({ token, hash }) => {
      const g = globalThis as any;
      g.sessionStorage.setItem("dealgraph.apiToken", token);
      g.location.hash = hash;
    },
    { token: EDITOR_TOKEN, hash },
  );
}

const VIEWS: View[] = [
  {
    name: "playground",
    path: "/playground",
    ready: async (page) => {
      await page.locator(".dealgraph-examples li").first().waitFor();
      // Monaco draws the editors a moment after the page.
      await page.locator(".graphiql-query-editor .view-lines").first().waitFor();
    },
  },
  {
    name: "explore",
    path: "/#explore?id=scale-ai",
    ready: async (page) => {
      await graphHas(page, ["scale-ai", "meta"]);
      await page.locator("#chart figure").waitFor();
      const point = await dealEdgePoint(page, "meta", "scale-ai");
      await page.mouse.click(point.x, point.y);
      await page.locator("#panel blockquote.evidence").first().waitFor();
    },
  },
  {
    name: "path",
    path: "/#path?a=amazon&b=alexandr-wang",
    ready: async (page) => {
      await graphHas(page, ["amazon", "scale-ai", "alexandr-wang"]);
      await page.locator("#panel h2").waitFor();
    },
  },
  { name: "review", path: "/#review", ready: (page) => page.locator("li.candidate").first().waitFor() },
  { name: "table", path: "/#table?of=deals", ready: (page) => page.locator("table.rows tbody tr").first().waitFor() },
  {
    name: "company page",
    path: "/#company?id=scale-ai",
    ready: async (page) => {
      await page.locator("#entity-page h2", { hasText: "Scale AI" }).waitFor();
      await page.locator("#entity-page .timeline figure").waitFor();
    },
  },
  {
    name: "inbox",
    path: "/#explore",
    ready: async (page) => {
      await asEditor(page, "#inbox");
      await page.locator(`li.queue-item[data-draft="${draftId}"]`).waitFor();
    },
  },
  {
    name: "inbox draft",
    path: "/#explore",
    ready: async (page) => {
      await asEditor(page, `#inbox?id=${draftId}`);
      await page.locator(".article-text mark").first().waitFor();
      // A role added by the reviewer (its form open, with its evidence field and Remove), a deal's edit form open, its passage lit.
      await page.getByRole("button", { name: "Add a role" }).click();
      const deal = page.locator(".fact-group").first().locator("li.fact").first();
      await deal.getByRole("button", { name: "Edit" }).click();
      await deal.hover();
      await page.locator(".article-text mark.active").first().waitFor();
    },
  },
];

const WIDTHS = [1440, 390] as const;
const SCHEMES = ["light", "dark"] as const;

describe.skipIf(!browserTestsRun())("accessibility (axe-core)", () => {
  // The seeds, Scale AI's Series F and three vague reports: a graph, a path and pairs to review.
  // And an editor token, with a draft in the inbox.
  const suite = browserSuite({
    env: { API_TOKENS: EDITOR_TOKEN },
    fill: loadPossibleDuplicates,
    ready: async () => {
      draftId = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text);
    },
  });
  const figures: Array<{ view: string; width: number; scheme: string } & AxeReport["counts"]> = [];

  afterAll(() => {
    console.log(`axe violations (rules) by impact:\n${figures.map((f) => `  ${f.view} ${f.width}px ${f.scheme}: critical ${f.critical}, serious ${f.serious}, moderate ${f.moderate}, minor ${f.minor}`).join("\n")}`);
  });

  async function open(view: View, width: number, scheme: (typeof SCHEMES)[number]): Promise<Page> {
    const page = await suite.open(width, view.path, { colorScheme: scheme });
    await view.ready(page);
    return page;
  }

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      it.each(VIEWS.map((v) => [v.name, v]))(`${scheme}, ${width} px: %s has no critical or serious violation`, async (_, view) => {
        const page = await open(view as View, width, scheme);
        const report = await axeReport(page);
        figures.push({ view: (view as View).name, width, scheme, ...report.counts });
        expect(describeViolations(report, ["critical", "serious"])).toEqual([]);
        await page.context().close();
      });
    }
  }

  it("dark: the system's dark setting gives the dashboard and the playground a dark background", async () => {
    for (const view of [VIEWS[0]!, VIEWS[1]!]) {
      const page = await open(view, 1440, "dark");
      const background = await page.evaluate(() => {
        // The first opaque background from the page's main box up to its root.
        const { document, getComputedStyle } = globalThis as any;
        for (let el = document.querySelector(".graphiql-container") ?? document.body; el; el = el.parentElement) {
          const [r, g, b, a = 1] = (String(getComputedStyle(el).backgroundColor).match(/[\d.]+/g) ?? []).map(Number);
          if (a > 0) return [r!, g!, b!];
        }
        return [255, 255, 255];
      });
      // Relative luminance (WCAG), well under the light theme's near-white.
      const luminance = background.map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      expect(0.2126 * luminance[0]! + 0.7152 * luminance[1]! + 0.0722 * luminance[2]!, `${view.name}: background rgb(${background})`).toBeLessThan(0.05);
      await screenshot(page, view.name === "playground" ? "playground-dark" : "dashboard-dark");
      await page.context().close();
    }
  });
});
