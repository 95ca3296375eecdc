// The deal graph as a reader sees it, on the seed plus the test corpus: around the companies
// with the most deals, at depth 1, 2 and 3 on a 1440x900 page, no label is drawn under 9 px
// and no two drawn labels overlap; a deal is one labelled arrow however many investors it
// has; the zoom, fit, export and expand controls do what they say, at 1440 and 390 px.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { testDriver } from "../helpers/db.js";
import type { WebServer } from "../helpers/web-server.js";

/** What the reader sees of the labels, as Cytoscape decides which to draw. */
interface LabelFigures {
  zoom: number;
  /** Labels drawn. */
  shown: number;
  /** The smallest drawn label's size on screen, in px (font-size × zoom); null when none is drawn. */
  smallest: number | null;
  /** Pairs of drawn labels whose boxes overlap on screen, by element id. */
  overlaps: Array<[string, string]>;
}

// Functions, not strings, go to the page: its Content-Security-Policy forbids eval.

/**
 * Runs in the page. A label is drawn when it has text, its element is visible, its opacity is
 * not 0, and its font size at the renderer's texture scale (the zoom rounded up to a power of
 * two, as Cytoscape's eleTextBiggerThanMin has it) reaches min-zoomed-font-size.
 */
function labelFigures(): LabelFigures {
  const cy = (globalThis as any).dealgraph.cy;
  const zoom: number = cy.zoom();
  const scale = 2 ** Math.ceil(Math.log2(zoom * (globalThis as any).devicePixelRatio));
  const drawn = cy.elements().filter((e: any) => {
    const label = e.pstyle("label");
    const text = label?.strValue ?? label?.value;
    if (!text || !e.visible() || e.effectiveOpacity() === 0 || e.pstyle("text-opacity").value === 0) return false;
    return e.pstyle("font-size").pfValue * scale >= e.pstyle("min-zoomed-font-size").pfValue;
  });
  const boxes = drawn.map((e: any) => ({ id: e.id(), box: e.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false }) }));
  const overlaps: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      // Boxes that only touch do not overlap.
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlaps.push([boxes[i].id, boxes[j].id]);
    }
  }
  const sizes: number[] = drawn.map((e: any) => e.pstyle("font-size").pfValue * zoom);
  return { zoom, shown: sizes.length, smallest: sizes.length ? Math.min(...sizes) : null, overlaps };
}

// Laying out a few hundred elements takes a while on a busy machine.
describe.skipIf(!browserTestsRun())("deal graph view", { timeout: 180_000 }, () => {
  let api: WebServer;
  let hubs: string[] = [];
  const suite = browserSuite({
    fill: () => loadArticles(new Db(testDriver()), ["seeds", "tests/fixtures/corpus"]).then(() => undefined),
    ready: async (server) => {
      api = server;
      // The corpus's biggest hubs: the companies with the most deals.
      const { data } = await api.post(`{ companies(first: 3, orderBy: { field: DEAL_COUNT, direction: DESC }) { edges { node { id dealCount } } } }`);
      hubs = data.companies.edges.map((e: any) => e.node.id);
    },
  });
  const open = (width: number, height = 900) => suite.open(width, undefined, { height });


  /** Loads `id`'s graph at `depth` afresh and waits until it is drawn. */
  async function draw(page: Page, id: string, depth: number): Promise<void> {
    await page.goto("about:blank");
    await page.goto(`${api.url}/#explore?id=${id}&depth=${depth}`);
    await page.waitForFunction(
      (id) => {
        const cy = (globalThis as any).dealgraph?.cy;
        const doc = (globalThis as any).document;
        // Drawn, and the chart below it too: the canvas keeps its size from then on.
        return Boolean(cy) && cy.getElementById(id).length > 0 && doc.getElementById("status")?.textContent === "" && doc.querySelector("#chart figure, #chart .error");
      },
      id,
    );
  }

  it("draws no label under 9 px and no two labels over each other around the biggest hubs, at depth 1 to 3", async () => {
    expect(hubs).toHaveLength(3);
    const page = await open(1440);
    const rows: string[] = [];
    const failures: string[] = [];
    for (const hub of hubs) {
      for (const depth of [1, 2, 3]) {
        await draw(page, hub, depth);
        const f = await page.evaluate(labelFigures);
        const nodes = await page.evaluate(() => (globalThis as any).dealgraph.cy.nodes().length);
        rows.push(`${hub} depth ${depth}: ${nodes} nodes, zoom ${f.zoom.toFixed(2)}, ${f.shown} labels drawn, smallest ${f.smallest?.toFixed(1) ?? "-"} px, ${f.overlaps.length} overlapping pairs`);
        if (f.smallest !== null && f.smallest < 9) failures.push(`${hub} depth ${depth}: a label at ${f.smallest.toFixed(1)} px`);
        if (f.overlaps.length) failures.push(`${hub} depth ${depth}: ${f.overlaps.length} overlapping pairs, e.g. ${f.overlaps[0].join(" and ")}`);
        // The focus is always named.
        expect(f.shown).toBeGreaterThan(0);
      }
    }
    console.log(`label figures at 1440x900:\n${rows.join("\n")}`);
    expect(failures).toEqual([]);
  });

  it("draws a deal with several investors as one diamond and one labelled arrow, whose every piece opens the deal", async () => {
    const page = await open(1440);
    await draw(page, "anthropic", 1);
    // What the dashboard asks by default: deals and roles.
    const { data } = await api.post(`{ dealGraph(ids: ["anthropic"], depth: 1, where: { edgeTypes: [INVESTED_IN, HOLDS_ROLE] }) { edges { type investment { id } } } }`);
    const deals = new Set<string>(data.dealGraph.edges.filter((e: any) => e.type === "INVESTED_IN").map((e: any) => e.investment.id));
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as any).dealgraph.cy;
      const labelled: Record<string, number> = {};
      cy.elements().forEach((e: any) => {
        if (e.data("deal") && e.pstyle("label").strValue) labelled[e.data("deal")] = (labelled[e.data("deal")] ?? 0) + 1;
      });
      const diamond = cy.nodes(".deal").filter((n: any) => n.data("deal") === "anthropic-series-e");
      return { labelled, investors: diamond.incomers("node").length, targets: diamond.outgoers("node").map((n: any) => n.id()) };
    });
    // One label per deal, however many investors: Series E has nine.
    expect(Object.keys(drawn.labelled).sort()).toEqual([...deals].sort());
    expect(Object.values(drawn.labelled).every((n) => n === 1)).toBe(true);
    expect(drawn.investors).toBe(9);
    expect(drawn.targets).toEqual(["anthropic"]);

    // Hovering the diamond names the deal on its arrow, legibly, whatever the zoom.
    const point = await renderedPoint(page, "@deal:anthropic-series-e");
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => {
      const cy = (globalThis as any).dealgraph.cy;
      const arrow = cy.getElementById("@deal:anthropic-series-e:to");
      return !arrow.hasClass("quiet") && arrow.pstyle("font-size").pfValue * cy.zoom() >= 12 - 1e-6;
    });
    // Clicking the diamond, or an investor's thin line into it, opens the deal.
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator("#panel h2").textContent()).toMatch(/Lightspeed.*→ Anthropic$/);
    await page.locator("#panel").evaluate((panel) => panel.replaceChildren());
    const line = await page.evaluate(() => {
      const cy = (globalThis as any).dealgraph.cy;
      const part = cy.getElementById("@deal:anthropic-series-e").incomers("edge")[0];
      const box = cy.container().getBoundingClientRect();
      const mid = part.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(line.x, line.y);
    await expect.poll(() => page.locator("#panel h2").textContent()).toMatch(/Lightspeed.*→ Anthropic$/);
  });

  it("saves a readable depth-2 graph for the README", async () => {
    const page = await open(1440);
    await draw(page, "anthropic", 2);
    const point = await renderedPoint(page, "@deal:anthropic-series-e");
    await page.mouse.click(point.x, point.y);
    await page.locator("#panel blockquote.evidence").first().waitFor();
    await page.mouse.move(0, 0);
    const f = await page.evaluate(labelFigures);
    expect(f.smallest).toBeGreaterThanOrEqual(9);
    expect(f.overlaps).toEqual([]);
    await screenshot(page, "dashboard");
  });

  for (const width of [1440, 390]) {
    it(`zooms in, out and fits with the buttons and the keys, at ${width} px`, async () => {
      const page = await open(width);
      await draw(page, "anthropic", 2);
      const zoom = () => page.evaluate(() => (globalThis as any).dealgraph.cy.zoom() as number);
      const fitted = await zoom();
      await page.getByRole("button", { name: "Zoom in" }).click();
      expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
      await page.getByRole("button", { name: "Zoom out" }).click();
      expect(await zoom()).toBeCloseTo(fitted, 5);
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.getByRole("button", { name: "Zoom in" }).click();
      expect(await page.evaluate(allInView)).toBe(false);
      await page.getByRole("button", { name: "Fit" }).click();
      expect(await zoom()).toBeCloseTo(fitted, 5);
      expect(await page.evaluate(allInView)).toBe(true);
      // The labels follow the zoom: still none under 9 px, none over another.
      const f = await page.evaluate(labelFigures);
      expect(f.smallest).toBeGreaterThanOrEqual(9);
      expect(f.overlaps).toEqual([]);

      await page.locator("#graph").focus();
      await page.keyboard.press("+");
      expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
      await page.keyboard.press("-");
      await page.keyboard.press("-");
      expect(await zoom()).toBeCloseTo(fitted / 1.25, 5);
      await page.keyboard.press("0");
      expect(await zoom()).toBeCloseTo(fitted, 5);
    });

    it(`downloads the view as PNG and as SVG, at ${width} px`, async () => {
      const page = await open(width);
      await draw(page, "anthropic", 1);
      const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^PNG/ }).click()]);
      expect(png.suggestedFilename()).toBe("dealgraph-anthropic.png");
      const bytes = fs.readFileSync((await png.path())!);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Twice the canvas's size in pixels.
      const canvas = await page.locator("#graph").boundingBox();
      expect(bytes.readUInt32BE(16)).toBe(Math.round(canvas!.width) * 2);

      const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^SVG/ }).click()]);
      expect(svg.suggestedFilename()).toBe("dealgraph-anthropic.svg");
      const text = fs.readFileSync((await svg.path())!, "utf8");
      expect(text).toMatch(/^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/);
      expect(text).toContain("Anthropic");
    });

    it(`expands a node in place, keeping what was drawn where it was, at ${width} px`, async () => {
      const page = await open(width);
      await draw(page, "anthropic", 1);
      const before = await page.evaluate(positions);
      expect(before.amazon).toBeDefined();
      expect(before["scale-ai"]).toBeUndefined();
      // Amazon's panel, from a click on Amazon, panned to the middle of the canvas (a phone shows little of it).
      await page.evaluate(() => {
        const cy = (globalThis as any).dealgraph.cy;
        cy.center(cy.getElementById("amazon"));
      });
      const point = await renderedPoint(page, "amazon");
      await page.mouse.click(point.x, point.y);
      await page.getByRole("button", { name: "Expand in place" }).click();
      await page.waitForFunction(() => (globalThis as any).dealgraph.cy.getElementById("scale-ai").length > 0);
      const after = await page.evaluate(positions);
      for (const [id, at] of Object.entries(before)) {
        expect(after[id], id).toBeDefined();
        expect(after[id].x, id).toBeCloseTo(at.x, 3);
        expect(after[id].y, id).toBeCloseTo(at.y, 3);
      }
      expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
      // The new edge from Amazon to Scale AI opens its deal like any other.
      expect(await page.locator("#summary").textContent()).toMatch(/\d+ deals?\b/);
      const f = await page.evaluate(labelFigures);
      expect(f.smallest).toBeGreaterThanOrEqual(9);
      expect(f.overlaps).toEqual([]);
    });
  }
});

/** Where on the page the element `id` (a node) is drawn. */
async function renderedPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = (globalThis as any).dealgraph.cy;
    const at = cy.getElementById(id).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** Runs in the page: whether every node lies inside the canvas. */
function allInView(): boolean {
  const cy = (globalThis as any).dealgraph.cy;
  const box = cy.nodes().renderedBoundingBox({ includeLabels: false });
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
}

/** Runs in the page: every entity node's position in the graph's own coordinates. */
function positions(): Record<string, { x: number; y: number }> {
  const cy = (globalThis as any).dealgraph.cy;
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().not(".deal").forEach((n: any) => void (out[n.id()] = { ...n.position() }));
  return out;
}
