// The review inbox's additions, in headless Chromium over a real server and Neo4j: what the
// extractor missed (here taken out of its draft through the API, so the test does not hang
// on what the extractor reads) added by a reviewer: a company matched to the graph and a
// new one as investors of the proposed round, a person and their role with the evidence
// picked by selecting it in the article text; published, and then in dealGraph and the
// person's roles. Evidence not in the text is refused on its field, nothing saved or
// published (so is an added company left without a name); an added fact can be removed
// before saving.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsRun } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { ANTHROPIC_ARTICLE, createDraftThroughApi, EDITOR_TOKEN, factCard, openAsEditor } from "../helpers/inbox-page.js";
import { loadSeeds } from "../helpers/web-server.js";

const WAIT = { timeout: 15_000 };

const DRAFT_INPUT = `query ($id: ID!) { draft(id: $id) {
  version status publishedArticleId
  article { articleId title publisher url source language publishedOn }
  entities { key type name aliases kind matchedId decision }
  deals { key kind target investors leadInvestors otherInvestors amount { value currency } valuation { value currency } stakePercent stage status announcedOn evidence decision }
  roles { key person company title since until evidence decision }
} }`;

const SAVE = `mutation ($id: ID!, $version: Int!, $input: DraftInput!, $by: String) { saveDraft(id: $id, version: $version, input: $input, by: $by) { version } }`;

/** The passage of the role the test adds (the extractor's own role is taken out). */
const ROLE_PASSAGE = "Anthropic's chief executive Dario Amodei";

describe.skipIf(!browserTestsRun())("dashboard: adding what the extractor missed in the review inbox", () => {
  const suite = browserSuite({ env: { API_TOKENS: EDITOR_TOKEN }, fill: loadSeeds, timeoutMs: 120_000 });

  async function draftNow(id: string): Promise<any> {
    const { data, errors } = await suite.api.post(DRAFT_INPUT, { id }, EDITOR_TOKEN);
    expect(errors).toBeUndefined();
    return data.draft;
  }

  /**
   * A draft of the Anthropic article as an extractor that missed `names` (entities whose
   * name holds one of them) and every role would have made it: those taken out through saveDraft.
   */
  async function draftMissing(variant: string, names: string[]): Promise<string> {
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, variant), { publishedOn: "2023-05-23" });
    const d = await draftNow(id);
    const missed = new Set(d.entities.filter((e: { name: string }) => names.some((n) => e.name.toLowerCase().includes(n.toLowerCase()))).map((e: { key: string }) => e.key));
    const deals = d.deals
      .filter((x: { target: string }) => !missed.has(x.target))
      .map((x: { investors: string[]; leadInvestors: string[] }) => ({ ...x, investors: x.investors.filter((k) => !missed.has(k)), leadInvestors: x.leadInvestors.filter((k) => !missed.has(k)) }));
    const input = { article: { ...d.article, publisher: "TechCrunch" }, entities: d.entities.filter((e: { key: string }) => !missed.has(e.key)), deals, roles: [] };
    const { errors } = await suite.api.post(SAVE, { id, version: d.version, input, by: "extractor-stand-in" }, EDITOR_TOKEN);
    expect(errors).toBeUndefined();
    return id;
  }

  /** Selects `passage` in the article text as a person dragging over it would (the text is cut into marks). */
  async function selectInText(page: Page, passage: string): Promise<void> {
    const found = await page.locator(".article-text").evaluate((box, passage) => {
      const { document } = globalThis as any;
      const walker = document.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
      const nodes: Array<{ node: any; at: number }> = [];
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, at: text.length });
        text += n.data;
      }
      const start = text.indexOf(passage);
      if (start < 0) return false;
      const end = start + passage.length;
      const point = (offset: number, isEnd: boolean) => {
        const hit = nodes.filter((x) => (isEnd ? x.at < offset : x.at <= offset)).pop()!;
        return [hit.node, offset - hit.at] as const;
      };
      const range = document.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(end, true));
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, passage);
    expect(found).toBe(true);
  }

  const focusedId = (page: Page) => page.evaluate(() => (globalThis as any).document.activeElement?.id as string | undefined);

  it("adds a missing investor matched to the graph, a new company as investor, a person and their role with evidence picked by selecting text; publishes them", async () => {
    const id = await draftMissing("Anthropic, this time, raises", ["Google", "Zoom Ventures", "Dario Amodei"]);
    const page = await openAsEditor(suite, `/#inbox?id=${id}`, "Alice");
    const round = factCard(page, /^Anthropic ← Spark Capital \(lead\)/);
    await round.waitFor();
    expect(await round.locator("h4").textContent()).not.toMatch(/Google|Zoom/);
    expect(await page.locator(".fact-group", { hasText: "Roles" }).locator("li.fact").count()).toBe(0);

    // Google, missed: added, typed from the keyboard into the focused name field, matched to the graph's Google.
    await page.getByRole("button", { name: "Add a company or person" }).click();
    const google = page.locator("li.fact").last();
    const googleKey = (await google.getAttribute("data-key"))!;
    expect(await focusedId(page)).toBe(`fact-name-${googleKey}`);
    await page.keyboard.type("Google");
    expect(await google.getAttribute("data-decision")).toBe("ACCEPTED");
    expect(await google.locator(".fact-head .meta").textContent()).toMatch(/Accepted · confidence 1\.00 · rule reviewer/);
    await google.getByLabel("Same as (in the graph)").fill("Google");
    await google.getByRole("option", { name: /Google/ }).first().click();
    await expect.poll(() => google.locator("a.match").getAttribute("href"), WAIT).toBe("#company?id=google");

    // Zoom Ventures, missed and not in the graph: a new company.
    await page.getByRole("button", { name: "Add a company or person" }).click();
    const zoom = page.locator("li.fact").last();
    expect(await zoom.getAttribute("data-key")).not.toBe(googleKey);
    await zoom.getByLabel("Name").fill("Zoom Ventures");
    expect(await zoom.locator(".new").count()).toBe(1);
    // Dario Amodei, a person.
    await page.getByRole("button", { name: "Add a company or person" }).click();
    const dario = page.locator("li.fact").last();
    await dario.getByLabel("Name").fill("Dario Amodei");
    await dario.getByLabel("Type").selectOption("Person");

    // Both investors ticked in the proposed round.
    await round.getByRole("button", { name: "Edit" }).click();
    await round.getByLabel("Google", { exact: true }).check();
    await round.getByLabel("Zoom Ventures", { exact: true }).check();
    await expect.poll(() => round.locator("h4").textContent(), WAIT).toMatch(/Google.*Zoom Ventures|Zoom Ventures.*Google/);

    // The role: its form opens focused; its evidence taken from a selection in the article text.
    await page.getByRole("button", { name: "Add a role" }).click();
    const role = page.locator(".fact-group", { hasText: "Roles" }).locator("li.fact");
    expect(await role.count()).toBe(1);
    expect(await focusedId(page)).toMatch(/^fact-person-/);
    await role.getByLabel("Person").selectOption({ label: "Dario Amodei" });
    await role.getByLabel("Company", { exact: true }).selectOption({ label: "Anthropic" });
    await role.getByLabel("Title").fill("Chief executive");
    await selectInText(page, ROLE_PASSAGE);
    await role.getByRole("button", { name: "Use selection" }).click();
    const evidence = role.getByLabel("Evidence (quoted from the text)");
    expect(await evidence.inputValue()).toBe(ROLE_PASSAGE);
    expect(await evidence.getAttribute("aria-invalid")).toBeNull();
    expect(await role.locator("h4").textContent()).toBe("Dario Amodei: Chief executive, Anthropic");
    // The passage is marked in the text as the role's, and lit with it.
    const roleKey = (await role.getAttribute("data-key"))!;
    expect((await page.locator(`.article-text mark[data-facts~="${roleKey}"]`).allTextContents()).join("")).toBe(ROLE_PASSAGE);

    await page.getByRole("button", { name: "Publish" }).click();
    await page.locator("#inbox h2", { hasText: "Published" }).waitFor();
    expect((await draftNow(id)).status).toBe("PUBLISHED");

    const { data, errors } = await suite.api.post(
      `{ dealGraph(ids: ["anthropic"], depth: 1) { nodes { id label } edges { source target type } } person(name: "Dario Amodei") { roles { title company { id } } } }`,
    );
    expect(errors).toBeUndefined();
    const zoomNode = data.dealGraph.nodes.find((n: { label: string }) => n.label === "Zoom Ventures");
    expect(zoomNode).toBeDefined();
    expect(data.dealGraph.edges).toContainEqual({ source: "google", target: "anthropic", type: "INVESTED_IN" });
    expect(data.dealGraph.edges).toContainEqual({ source: zoomNode.id, target: "anthropic", type: "INVESTED_IN" });
    expect(data.person.roles).toContainEqual({ title: "Chief executive", company: { id: "anthropic" } });
  });

  it("refuses evidence that is not in the article text on its field, saving and publishing nothing; an added fact is removed before saving", async () => {
    const id = await draftMissing("Anthropic, at last, raises", []);
    const before = await draftNow(id);
    const page = await openAsEditor(suite, `/#inbox?id=${id}`, "Bob");
    await factCard(page, /^Anthropic ← Spark Capital/).waitFor();

    // A deal the text does not state: its evidence is made up.
    await page.getByRole("button", { name: "Add a deal" }).click();
    const deal = page.locator(".fact-group", { hasText: "Deals" }).locator("li.fact").last();
    expect(await deal.locator(".fact-head .meta").textContent()).toMatch(/rule reviewer/);
    await deal.getByLabel("Target").selectOption({ label: "Anthropic" });
    await deal.getByLabel("Spark Capital", { exact: true }).check();
    const evidence = deal.getByLabel("Evidence (quoted from the text)");
    await evidence.fill("Anthropic raised $900 million from Spark Capital.");
    // Said as it is typed…
    await expect.poll(() => evidence.getAttribute("aria-invalid"), WAIT).toBe("true");
    expect(await deal.locator(".field-error").textContent()).toMatch(/Not in the article text/);

    // …and publishing is refused on that field, which takes the focus; nothing reaches the API.
    await page.getByRole("button", { name: "Publish" }).click();
    await expect.poll(() => page.locator("#draft-status").textContent(), WAIT).toMatch(/^Not published: 1 problem to fix/);
    expect(await evidence.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await evidence.getAttribute("aria-describedby"))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/Not in the article text: the evidence must be quoted from it word for word/);
    expect(await focusedId(page)).toBe(await evidence.getAttribute("id"));
    const after = await draftNow(id);
    expect(after.status).toBe("OPEN");
    expect(after.version).toBe(before.version);
    expect(after.publishedArticleId).toBeNull();
    const { data } = await suite.api.post(`query ($id: ID!) { article(id: $id) { id } }`, { id: before.article.articleId });
    expect(data.article).toBeNull();

    // Removed before saving: the card is gone.
    await deal.getByRole("button", { name: "Remove" }).click();
    expect(await page.locator("li.fact .fact-head .meta", { hasText: "rule reviewer" }).count()).toBe(0);
    // A company added and left without a name is refused on its name, then removed too.
    await page.getByRole("button", { name: "Add a company or person" }).click();
    const unnamed = page.locator("li.fact").last();
    await page.getByRole("button", { name: "Publish" }).click();
    const name = unnamed.getByLabel("Name");
    await expect.poll(() => name.getAttribute("aria-invalid"), WAIT).toBe("true");
    expect(await page.locator(`[id="${await name.getAttribute("aria-describedby")}"]`).textContent()).toBe("Give its name, as the text writes it.");
    expect((await draftNow(id)).version).toBe(before.version);
    await unnamed.getByRole("button", { name: "Remove" }).click();
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe("+ Add a company or person");
    expect(await page.locator("li.fact .fact-head .meta", { hasText: "rule reviewer" }).count()).toBe(0);
    // The draft saves without them.
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("#draft-status").textContent(), WAIT).toMatch(/^Saved/);
    expect((await draftNow(id)).deals.map((x: { evidence: string }) => x.evidence)).toEqual(before.deals.map((x: { evidence: string }) => x.evidence));
  });
});
