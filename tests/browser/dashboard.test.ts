// The dashboard in headless Chromium, as an analyst uses it, with no request leaving the
// machine: find Scale AI, see Meta and Amazon in its deal graph, click Meta's deal and
// read the French evidence; find a path; watch an article loaded through the API appear.
import { describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { dealEdgePoint, graphHas } from "../helpers/dashboard-page.js";
import { testDriver } from "../helpers/db.js";
import { INGEST, NVIDIA_SCALE } from "../helpers/live-article.js";
import { seriesFReport } from "../helpers/possible-duplicates.js";
import { loadSeeds, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-browser-tests";

describe.skipIf(!browserTestsRun())("dashboard", () => {
  let api: WebServer;
  // Pages are checked at the end for what an offline, locked-down network would not allow.
  const suite = browserSuite({
    env: { API_TOKENS: TOKEN },
    fill: loadSeeds,
    ready: async (server) => {
      api = server;
    },
  });
  const open = (path: string) => suite.open(1400, path);

  it("finds Scale AI, draws Meta and Amazon, and shows the French evidence of Meta's deal", async () => {
    const page = await open("/");
    await page.fill("#search", "Scale AI");
    await page.locator('[role="option"][data-id="scale-ai"]').click();
    await graphHas(page, ["scale-ai", "meta", "amazon"]);
    expect(await page.locator("#summary").textContent()).toMatch(/3 companies · 1 person · 2 deals/);

    const point = await dealEdgePoint(page, "meta", "scale-ai");
    await page.mouse.click(point.x, point.y);
    const evidence = page.locator('#panel blockquote.evidence[lang="fr"]');
    await evidence.waitFor();
    expect(await evidence.textContent()).toContain("Meta a déboursé 14,3 milliards de dollars");
    const panel = (await page.locator("#panel").textContent()) ?? "";
    expect(panel).toContain("Meta → Scale AI");
    expect(panel).toContain("Meta-morphose : quand Scale AI passe à la caisse");
    expect(panel).toContain("Le Fil Tech (démo)");
    expect(panel).toContain("49 %");
    // The deal-volume chart, from dealStats.
    expect(await page.locator("#chart figcaption").textContent()).toContain("Scale AI: 2 deals");
    await screenshot(page, "dashboard-evidence");
  });

  it("finds the path between Amazon and Alexandr Wang", async () => {
    const page = await open("/#path?a=amazon&b=alexandr-wang");
    await graphHas(page, ["amazon", "scale-ai", "alexandr-wang"]);
    expect(await page.locator("#panel h2").textContent()).toBe("Amazon → Scale AI → Alexandr Wang");
  });

  it("says in the deal's panel where its sources disagree, and who said what", async () => {
    // A second report of Meta's deal (same deal id) that gives another stake.
    const other = {
      id: "meta-stake-report",
      title: "Meta takes half of Scale AI",
      publisher: "Test Wire",
      language: "en",
      publishedOn: "2025-06-20",
      entities: [
        { ref: "meta", type: "Company", id: "meta", name: "Meta" },
        { ref: "scale", type: "Company", id: "scale-ai", name: "Scale AI" },
      ],
      investments: [{ id: "meta-scale-ai-2025", kind: "EQUITY_STAKE", investors: ["meta"], target: "scale", stakePercent: 50, evidence: "Meta took a 50% stake in Scale AI." }],
      body: "Meta took a 50% stake in Scale AI.",
    };
    expect((await api.post(INGEST, { input: other }, TOKEN)).data.ingestArticle.outcome).toBe("CREATED");
    try {
      const page = await open("/#explore?id=scale-ai");
      await graphHas(page, ["meta"]);
      const point = await dealEdgePoint(page, "meta", "scale-ai");
      await page.mouse.click(point.x, point.y);
      const section = page.locator('#panel section[aria-label="Sources disagree"]');
      await section.waitFor();
      const text = (await section.textContent()) ?? "";
      expect(text).toContain("Stake: 49 (Meta-morphose : quand Scale AI passe à la caisse (et au Meta-vers)) vs 50 (Meta takes half of Scale AI)");
    } finally {
      await api.post(`mutation { removeArticle(id: "${other.id}") { outcome } }`, {}, TOKEN);
    }
  });

  it("says under each source of a deal how it was matched to the deal", async () => {
    // A Series F report of Scale AI's 2024 round, which resolution merges into the founding
    // article's round by score. Written as a loaded file is (the API's ArticleInput has no
    // stage), taken back through the API.
    const report = seriesFReport();
    await writeArticles(new Db(testDriver()), [report]);
    try {
      const page = await open("/#explore?id=scale-ai");
      await graphHas(page, ["amazon", "nvidia"]);
      const point = await dealEdgePoint(page, "amazon", "scale-ai");
      await page.mouse.click(point.x, point.y);
      const sources = page.locator('#panel section[aria-label="Sources"] figure.source');
      // The deal is fetched when clicked: a busy machine may take more than poll's default second.
      await expect.poll(() => sources.count(), { timeout: 10_000 }).toBe(2);
      // Each source's title and the line under it, newest article first.
      const lines = await sources.evaluateAll((figures) => figures.map((f) => [f.querySelector("cite")?.textContent ?? "", f.querySelector(".match")?.textContent ?? null]));
      expect(lines).toEqual([
        ["Meta-morphose : quand Scale AI passe à la caisse (et au Meta-vers)", "Made this deal"],
        [report.title, "Matched by score 7: date, investors, amount, only candidate"],
      ]);
      await sources.last().scrollIntoViewIfNeeded();
      await screenshot(page, "dashboard-source-match");
    } finally {
      await api.post(`mutation { removeArticle(id: "${report.id}") { outcome } }`, {}, TOKEN);
    }
  });

  it("draws an article loaded through the API as soon as it is committed", async () => {
    const page = await open("/#explore?id=scale-ai");
    await graphHas(page, ["meta"]);
    await page.locator("#live.on").waitFor();
    await graphHas(page, ["nvidia"], false);

    const result = await api.post(INGEST, { input: NVIDIA_SCALE }, TOKEN);
    expect(result.data.ingestArticle.outcome).toBe("CREATED");
    await graphHas(page, ["nvidia"], true, 15_000);
    expect(await page.locator(".toast").textContent()).toContain("nvidia-backs-scale-ai");
    await screenshot(page, "dashboard-live");

    await api.post(`mutation { removeArticle(id: "${NVIDIA_SCALE.id}") { outcome } }`, {}, TOKEN);
    await graphHas(page, ["nvidia"], false, 15_000);
  });
});
