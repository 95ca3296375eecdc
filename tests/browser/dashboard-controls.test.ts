// Every control of the dashboard's explore and path views, used as a person uses it (a
// click on the box, on its label, the keyboard), at a laptop's width and a phone's: each
// does what its label says, which the test checks against the API's own answer, and a
// click on nothing sends nothing. Before issue 15 the filter boxes could not be toggled:
// a click listener on <body data-mode> re-rendered the page before `change` fired.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { loadArticles } from "../../src/ingest/pipeline.js";
import { browserTestsRun } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { dealEdgePoint } from "../helpers/dashboard-page.js";
import { testDriver } from "../helpers/db.js";
import type { WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-control-tests";
const KINDS = ["FUNDING_ROUND", "EQUITY_STAKE", "ACQUISITION", "LICENSE_AND_HIRE"];
const WIDTHS = [1440, 390] as const;

const DEAL_GRAPH = `query ($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {
  dealGraph(ids: $ids, depth: $depth, where: $where) { nodes { id } edges { id type investment { id } } }
}`;
const DEAL_STATS = `query ($where: InvestmentWhere) { dealStats(groupBy: YEAR, where: $where) { total { dealCount } } }`;

interface Drawn {
  nodes: string[];
  edges: string[];
}

/** Waits until the page has drawn exactly `expected`. */
async function drawsExactly(page: Page, expected: Drawn): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const data = (globalThis as any).dealgraph?.drawn();
      if (!data) return false;
      const nodes = data.nodes.map((n: any) => n.id).sort().join();
      const edges = data.edges.map((e: any) => e.id).sort().join();
      return nodes === expected.nodes.join() && edges === expected.edges.join();
    },
    expected,
    { timeout: 10_000 },
  );
}

/** expect.poll with room for a busy machine (its default gives up after a second). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** The /graphql requests a page sends from now on. */
function countRequests(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/graphql") counter.count++;
  });
  return counter;
}

describe.skipIf(!browserTestsRun())("the dashboard's controls", { timeout: 120_000 }, () => {
  let api: WebServer;
  const suite = browserSuite({
    env: { API_TOKENS: TOKEN },
    fill: () => loadArticles(new Db(testDriver()), ["seeds", "tests/fixtures/corpus"]).then(() => undefined),
    ready: async (server) => {
      api = server;
    },
  });
  const open = (path: string, width: number) => suite.open(width, path);

  /** The API's deal graph for these arguments, as ids. */
  async function expected(ids: string[], depth: number, where: Record<string, unknown>): Promise<Drawn> {
    const { data, errors } = await api.post(DEAL_GRAPH, { ids, depth, where });
    expect(errors).toBeUndefined();
    return {
      nodes: data.dealGraph.nodes.map((n: any) => n.id).sort(),
      edges: data.dealGraph.edges.map((e: any) => e.id).sort(),
    };
  }

  const base = { edgeTypes: ["INVESTED_IN", "HOLDS_ROLE"], kinds: KINDS };

  describe.each(WIDTHS)("at %i px", (width) => {
    it("each deal kind box, clicked, clicked on its label or toggled with Space, filters the graph by that kind", async () => {
      const page = await open("/#explore?id=openai&depth=1", width);
      await drawsExactly(page, await expected(["openai"], 1, base));
      let changed = 0;
      for (const [i, kind] of KINDS.entries()) {
        const box = page.locator(`#kinds input[value="${kind}"]`);
        const label = page.locator("#kinds label").filter({ has: page.locator(`input[value="${kind}"]`) });
        const without = KINDS.filter((k) => k !== kind);
        const target = await expected(["openai"], 1, { ...base, kinds: without });
        // Three ways a person toggles a box: the box, its label, the keyboard.
        if (i % 3 === 0) await box.click();
        else if (i % 3 === 1) await label.click({ position: { x: (await label.boundingBox())!.width - 4, y: 6 } });
        else {
          await box.focus();
          await page.keyboard.press("Space");
        }
        await eventually(() => box.isChecked()).toBe(false);
        await drawsExactly(page, target);
        expect(new URL(page.url()).hash).toContain(`kinds=${without.join("%2C")}`);
        if (target.edges.length !== (await expected(["openai"], 1, base)).edges.length) changed++;
        await box.click();
        await eventually(() => box.isChecked()).toBe(true);
        await drawsExactly(page, await expected(["openai"], 1, base));
      }
      // OpenAI's deals are of more than one kind, so some box took deals away.
      expect(changed).toBeGreaterThan(0);
    });

    it("each “Also show” box adds exactly those edges, and takes them away again", async () => {
      const page = await open("/#explore?id=openai&depth=1", width);
      await drawsExactly(page, await expected(["openai"], 1, base));
      const boxes = ["COMPETES_WITH", "PARTNERS_WITH", "SUBSIDIARY_OF", "HOLDS_ROLE"];
      let added = 0;
      for (const type of boxes) {
        const box = page.locator(`#edge-types input[value="${type}"]`);
        const was = await box.isChecked();
        const edgeTypes = was ? base.edgeTypes.filter((t) => t !== type) : [...base.edgeTypes, type];
        const target = await expected(["openai"], 1, { ...base, edgeTypes });
        await box.click();
        await eventually(() => box.isChecked()).toBe(!was);
        await drawsExactly(page, target);
        added += Math.abs(target.edges.length - (await expected(["openai"], 1, base)).edges.length);
        await box.click();
        await drawsExactly(page, await expected(["openai"], 1, base));
      }
      // Competitors and roles exist around OpenAI: the boxes were tried on something.
      expect(added).toBeGreaterThan(0);
      expect((await expected(["openai"], 1, { ...base, edgeTypes: ["INVESTED_IN", "COMPETES_WITH"] })).edges.length).toBeGreaterThan(
        (await expected(["openai"], 1, { ...base, edgeTypes: ["INVESTED_IN"] })).edges.length,
      );
    });

    it("the depth select draws the graph that many hops out", async () => {
      const page = await open("/#explore?id=scale-ai&depth=1", width);
      await drawsExactly(page, await expected(["scale-ai"], 1, base));
      await page.selectOption("#depth", "2");
      const two = await expected(["scale-ai"], 2, base);
      expect(two.nodes.length).toBeGreaterThan((await expected(["scale-ai"], 1, base)).nodes.length);
      await drawsExactly(page, two);
      expect(new URL(page.url()).hash).toContain("depth=2");
    });

    it("the date fields filter the graph and the chart alike, and a wrong date is refused without a request", async () => {
      const page = await open("/#explore?id=openai&depth=1", width);
      await drawsExactly(page, await expected(["openai"], 1, base));
      await page.fill("#date-from", "2025");
      await page.press("#date-from", "Enter");
      await page.locator("#date-from").blur();
      const from2025 = await expected(["openai"], 1, { ...base, from: "2025" });
      await drawsExactly(page, from2025);
      expect(new URL(page.url()).hash).toContain("from=2025");

      // The chart counts the same deals the graph draws of OpenAI: the summary says how many.
      const stats = await api.post(DEAL_STATS, { where: { participantId: "openai", announcedFrom: "2025" } });
      const count = stats.data.dealStats.total.dealCount;
      await eventually(() => page.locator("#chart figcaption").textContent()).toMatch(new RegExp(`OpenAI \\(from 2025\\): ${count} deals?`));
      const summary = (await page.locator("#summary").textContent()) ?? "";
      const drawnDeals = Number(/(\d+) deals?(?: \((\d+) of them)?/.exec(summary)![2] ?? /(\d+) deals?/.exec(summary)![1]);
      expect(drawnDeals).toBe(count);

      await page.fill("#date-to", "2024-1");
      const requests = countRequests(page);
      await page.press("#date-to", "Enter");
      await page.locator("#date-to").blur();
      await eventually(() => page.locator("#status").textContent()).toContain("“2024-1” is not a date");
      expect(requests.count).toBe(0);
      expect(await page.locator("#date-to").evaluate((e) => (e as any).validity.valid)).toBe(false);
    });

    it("counts a deal with several investors once in the summary, as the chart does", async () => {
      // The first hub of the corpus where some deal has more than one investor (one arrow each).
      let hub: { id: string; deals: number; arrows: number } | undefined;
      for (const id of ["scale-ai", "anthropic", "openai", "mistral-ai"]) {
        const { data } = await api.post(DEAL_GRAPH, { ids: [id], depth: 1, where: { edgeTypes: ["INVESTED_IN"] } });
        const mine = data.dealGraph.edges.filter((e: any) => e.type === "INVESTED_IN");
        const deals = new Set(mine.map((e: any) => e.investment.id)).size;
        if (mine.length > deals) {
          hub = { id, deals, arrows: mine.length };
          break;
        }
      }
      expect(hub).toBeDefined();
      const page = await open(`/#explore?id=${hub!.id}&depth=1&edges=INVESTED_IN`, width);
      await eventually(() => page.locator("#summary").textContent()).toMatch(new RegExp(`· ${hub!.deals} deals?$`));
      const stats = await api.post(DEAL_STATS, { where: { participantId: hub!.id } });
      expect(stats.data.dealStats.total.dealCount).toBe(hub!.deals);
      await eventually(() => page.locator("#chart figcaption").textContent()).toMatch(new RegExp(`: ${hub!.deals} deals?,`));
    });

    it("the chart's select groups the deal volume by kind", async () => {
      const page = await open("/#explore?id=scale-ai", width);
      await page.locator("#chart figcaption").waitFor();
      await page.selectOption("#stats-by", "KIND");
      await eventually(async () => `${await page.locator("#chart figcaption").textContent()} | ${page.url()}`).toContain("by kind");
      expect(new URL(page.url()).hash).toContain("stats=KIND");
      const labels = await page.locator("#chart text.label").allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.every((l) => !/^\d{4}$/.test(l))).toBe(true);
    });

    it("the mode tabs switch views and only the tabs are marked selected", async () => {
      const page = await open("/#explore?id=scale-ai", width);
      await page.locator("#chart figcaption").waitFor();
      await page.getByRole("tab", { name: "Path between two" }).click();
      await eventually(() => page.locator("#path-form").isVisible()).toBe(true);
      expect(await page.locator("#filters").isVisible()).toBe(false);
      expect(new URL(page.url()).hash).toMatch(/^#path/);
      await page.getByRole("tab", { name: "Review" }).click();
      await eventually(() => page.locator("#review").isVisible()).toBe(true);
      await page.getByRole("tab", { name: "Explore" }).click();
      await eventually(() => page.locator("#explore-form").isVisible()).toBe(true);
      const marked = await page.locator("[aria-selected]").evaluateAll((els) => els.map((e) => e.getAttribute("role")));
      expect(marked.length).toBeGreaterThanOrEqual(3);
      expect(marked.every((role) => role === "tab")).toBe(true);
      expect(await page.locator('[aria-selected="true"]').textContent()).toBe("Explore");
    });

    it("the path form's hops select and button find the path within that many hops", async () => {
      const page = await open("/#path?a=amazon&b=alexandr-wang&hops=4", width);
      await eventually(() => page.locator("#panel h2").textContent()).toBe("Amazon → Scale AI → Alexandr Wang");
      await page.selectOption("#max-hops", "1");
      await eventually(async () => `${await page.locator("#panel").textContent()} | ${await page.locator("#status").textContent()}`).toMatch(/not connected within/);
      expect(new URL(page.url()).hash).toContain("hops=1");
      await page.selectOption("#max-hops", "2");
      await page.getByRole("button", { name: "Find path" }).click();
      await eventually(() => page.locator("#panel h2").textContent()).toBe("Amazon → Scale AI → Alexandr Wang");
    });

    it("the token dialog keeps a token on Save and not on Cancel", async () => {
      const page = await open("/#explore", width);
      const button = page.locator("#token-button");
      await button.click();
      await page.fill("#token-input", "not-kept");
      await page.locator("#token-cancel").click();
      expect(await page.locator("#token-dialog").evaluate((d) => (d as any).open)).toBe(false);
      expect((await button.getAttribute("class")) ?? "").not.toContain("set");
      await button.click();
      expect(await page.locator("#token-input").inputValue()).toBe("");
      await page.fill("#token-input", TOKEN);
      await page.getByRole("button", { name: "Save" }).click();
      await eventually(() => button.getAttribute("class")).toContain("set");
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBeGreaterThan(0);
    });

    it("the links go where they say", async () => {
      const page = await open("/#explore?id=scale-ai", width);
      await page.getByRole("link", { name: "Playground" }).click();
      await page.waitForURL(`${api.url}/playground`);
      await page.goBack();
      await page.getByRole("link", { name: "Dealgraph" }).click();
      await page.waitForURL((url) => url.pathname === "/");
    });

    it("a click on nothing, on the panel or in the search box sends no request and keeps the panel", async () => {
      const page = await open("/#explore?id=scale-ai", width);
      await page.locator("#chart figcaption").waitFor();
      await drawsExactly(page, await expected(["scale-ai"], 1, base));
      // Open Meta's deal in the panel.
      const point = await dealEdgePoint(page, "meta", "scale-ai");
      await page.mouse.click(point.x, point.y);
      const evidence = page.locator("#panel blockquote.evidence");
      await evidence.first().waitFor();
      const panel = await page.locator("#panel").textContent();
      const requests = countRequests(page);
      await page.locator("#panel blockquote.evidence").first().click();
      await page.locator("#search").click();
      await page.locator(".stats h2").click();
      await page.locator("body").click({ position: { x: 2, y: 2 } });
      await page.waitForTimeout(300);
      expect(requests.count).toBe(0);
      expect(await page.locator("#panel").textContent()).toBe(panel);
      expect(await page.locator("body").getAttribute("aria-selected")).toBeNull();
    });
  });
});
