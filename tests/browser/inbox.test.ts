// The review inbox in headless Chromium, over a real server and Neo4j, each control used
// as a person uses it: an article pasted, its draft reviewed beside the text (evidence
// marked, a fact's passage lit when the card is hovered or focused), a deal's amount and
// date corrected, a wrong deal and a wrong company rejected, the article published; the
// deal then in the API's dealGraph and, live, in a dashboard page opened before. Also: a
// file chosen or dropped; a problem of the loader shown on its field; two reviewers saving
// the same draft; a draft discarded; the inbox without a token.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsRun, screenshot } from "../helpers/browser.js";
import { browserSuite } from "../helpers/browser-suite.js";
import { graphHas } from "../helpers/dashboard-page.js";
import { ANTHROPIC_ARTICLE, createDraftThroughApi, EDITOR_TOKEN, factCard, openAsEditor, pasteArticle } from "../helpers/inbox-page.js";
import { loadSeeds } from "../helpers/web-server.js";

const DRAFT = `query ($id: ID!) { draft(id: $id) { id status version updatedBy publishedArticleId deals { key decision amount { value } } } }`;
/** How long a poll waits for the server's answer to show (2 cores shared by the whole suite). */
const WAIT = { timeout: 15_000 };
const OPEN_DRAFTS = `{ drafts(first: 100) { edges { node { id } } } }`;

describe.skipIf(!browserTestsRun())("dashboard: the review inbox", () => {
  const suite = browserSuite({ env: { API_TOKENS: EDITOR_TOKEN }, fill: loadSeeds, timeoutMs: 120_000 });

  async function draftNow(id: string): Promise<any> {
    const { data, errors } = await suite.api.post(DRAFT, { id }, EDITOR_TOKEN);
    expect(errors).toBeUndefined();
    return data.draft;
  }

  async function openDraftIds(): Promise<string[]> {
    const { data } = await suite.api.post(OPEN_DRAFTS, {}, EDITOR_TOKEN);
    return data.drafts.edges.map((e: { node: { id: string } }) => e.node.id);
  }

  /** Whether the first lit mark is within the article text's visible box. */
  const activeInView = (page: Page) =>
    page.evaluate(() => {
      const { document } = globalThis as any;
      const box = document.querySelector(".article-text").getBoundingClientRect();
      const mark = document.querySelector(".article-text mark.active")?.getBoundingClientRect();
      return Boolean(mark) && mark.top >= box.top - 1 && mark.bottom <= box.bottom + 1;
    });

  /** The text of the marks lit in the article now. */
  const litText = (page: Page) => page.locator(".article-text mark.active").allTextContents().then((t) => t.join(""));

  it("without a token, says the inbox needs an editor token; the token dialog's Save opens the queue", async () => {
    const page = await suite.open(1440, "/#inbox");
    const alert = page.locator("#inbox").getByRole("alert");
    await expect.poll(() => alert.textContent(), WAIT).toContain("it needs an editor token");
    expect(await page.getByRole("tab", { name: "Inbox" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByLabel("Article text").count()).toBe(0);
    await page.getByRole("button", { name: "Paste a token…" }).click();
    await page.locator("#token-dialog").getByLabel("Token").fill(EDITOR_TOKEN);
    await page.locator("#token-dialog").getByRole("button", { name: "Save" }).click();
    await page.getByLabel("Article text").waitFor();
    await expect.poll(() => page.locator("#queue-status").textContent(), WAIT).toMatch(/open draft|queue is empty/);
  });

  it("paste → review → edit a deal → reject a wrong deal and a wrong company → publish: the deal is in dealGraph and appears live in an open dashboard", async () => {
    // A reader's dashboard, open on Anthropic before anything is published.
    const observer = await suite.open(1440, "/#explore?id=anthropic");
    await graphHas(observer, ["anthropic"]);
    await observer.evaluate(() => ((globalThis as any).openedBefore = true));

    const page = await openAsEditor(suite, "/#inbox", "Alice");
    const id = await pasteArticle(page, ANTHROPIC_ARTICLE.text, "2023-05-23");
    await page.locator("#inbox h2", { hasText: ANTHROPIC_ARTICLE.title }).waitFor();

    // The facts beside the text: the round, with its confidence and rule; Anthropic matched to the graph, Spark Capital new.
    const round = factCard(page, /^Anthropic ← Spark Capital \(lead\)/);
    expect(await round.locator("h4").textContent()).toContain("Google");
    expect(await round.locator(".meta").textContent()).toMatch(/confidence 0\.\d\d · rule \S+/);
    const anthropic = factCard(page, /^Anthropic/).filter({ has: page.locator("a.match") });
    expect(await anthropic.locator("a.match").getAttribute("href")).toBe("#company?id=anthropic");
    expect(await factCard(page, /^Spark Capital/).filter({ has: page.locator(".new") }).count()).toBe(1);

    // Hovering the round lights its evidence in the text; focusing the role's Accept lights the role's.
    expect(await page.locator(".article-text mark").count()).toBeGreaterThan(1);
    await round.hover();
    await expect.poll(() => litText(page), WAIT).toContain("led by Spark Capital");
    const role = factCard(page, /^Dario Amodei: /);
    await role.getByRole("button", { name: "Accept" }).focus();
    await expect.poll(() => litText(page), WAIT).toContain("chief executive Dario Amodei");
    expect(await litText(page)).not.toContain("led by Spark Capital");
    // In a text taller than its box, the lit passage is scrolled into the box.
    await page.locator(".article-text").evaluate((el) => {
      (el as any).style.maxHeight = "8em";
      (el as any).scrollTop = 0;
    });
    expect(await activeInView(page)).toBe(false);
    await role.hover();
    await expect.poll(() => activeInView(page), WAIT).toBe(true);
    expect(await litText(page)).toContain("chief executive Dario Amodei");
    await page.locator(".article-text").evaluate((el) => ((el as any).style.maxHeight = ""));
    // An entity's card lights where the text names it.
    await page.locator("li.fact", { has: page.locator("h4 .who", { hasText: /^Spark Capital$/ }) }).hover();
    await expect.poll(() => page.locator(".article-text mark.active").allTextContents(), WAIT).toEqual(["Spark Capital"]);

    // Correct the round: its amount and its date; an edited fact counts as accepted.
    await round.getByRole("button", { name: "Edit" }).click();
    expect(await round.getByRole("button", { name: "Edit" }).getAttribute("aria-expanded")).toBe("true");
    await round.getByLabel("Amount", { exact: true }).fill("455M");
    await round.getByLabel("Announced on").fill("2023-05-23");
    await expect.poll(() => round.locator("h4").textContent(), WAIT).toContain("$455M");
    expect(await round.getAttribute("data-decision")).toBe("ACCEPTED");

    // Reject what the extractor got wrong: Spark Capital funded by Anthropic, and "Claude" as a company.
    const backwards = factCard(page, /^Spark Capital ← Anthropic/);
    if (await backwards.count()) {
      await backwards.getByRole("button", { name: "Reject" }).click();
      expect(await backwards.getByRole("button", { name: "Reject" }).getAttribute("aria-pressed")).toBe("true");
    }
    const claude = factCard(page, /^Claude/);
    await claude.getByRole("button", { name: "Reject" }).click();
    expect(await claude.getAttribute("data-decision")).toBe("REJECTED");

    await page.getByLabel("Publisher").fill("TechCrunch");
    // For the README: the draft under review from the top, the round's edit form closed and its passage lit.
    await round.getByRole("button", { name: "Edit" }).click();
    await round.hover();
    await page.locator("#inbox").evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, "inbox");
    // Scrolled down to the companies, the text is still beside them, under the draft's toolbar.
    await page.locator("#inbox").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const [bar, text] = await Promise.all([page.locator(".draft-bar").boundingBox(), page.locator(".article-text").boundingBox()]);
    expect(text!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    expect(text!.y + text!.height).toBeLessThanOrEqual(900);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.locator("#inbox h2", { hasText: "Published" }).waitFor();
    const link = page.getByRole("link", { name: "See Anthropic’s deal in the graph" });
    expect(await link.getAttribute("href")).toBe("#explore?id=anthropic");

    // The API: the draft published, the round with the corrected amount, no company Claude, no backwards deal.
    const published = await draftNow(id);
    expect(published.status).toBe("PUBLISHED");
    expect(published.updatedBy).toContain("Alice");
    const { data } = await suite.api.post(`{ dealGraph(ids: ["anthropic"], depth: 1) { nodes { id label } edges { source target type amountUsd } } search(text: "Claude") { entity { ... on Company { id name } } } }`);
    const spark = data.dealGraph.nodes.find((n: { label: string }) => n.label === "Spark Capital");
    expect(spark).toBeDefined();
    expect(data.dealGraph.edges).toContainEqual({ source: spark.id, target: "anthropic", type: "INVESTED_IN", amountUsd: 455_000_000 });
    expect(data.dealGraph.edges.filter((e: { source: string; target: string }) => e.source === "anthropic" && e.target === spark.id)).toEqual([]);
    expect(data.search.map((s: { entity: { name?: string } }) => s.entity?.name)).not.toContain("Claude");

    // The reader's page drew Spark Capital by itself (graphChanged), not by reloading.
    await graphHas(observer, [spark.id], true, 20_000);
    expect(await observer.evaluate(() => (globalThis as any).openedBefore)).toBe(true);

    // The link opens the graph around the deal.
    await link.click();
    await graphHas(page, ["anthropic", spark.id]);
  });

  it("measures an ordinary article from pasted text to published: a reviewer's clicks and keystrokes, and the time", async () => {
    const page = await openAsEditor(suite, "/#inbox", "Timer");
    let clicks = 0;
    let keys = 0;
    const click = async (target: ReturnType<Page["locator"]>) => (clicks++, target.click());
    const type = async (target: ReturnType<Page["locator"]>, text: string) => {
      clicks++;
      await target.click();
      await page.keyboard.type(text);
      keys += text.length;
    };
    const text = ANTHROPIC_ARTICLE.text.replace(/Anthropic raises \$450 million in a Series C led by Spark Capital/, "Anthropic closes its Series C with Spark Capital in the lead");
    const started = Date.now();
    // Paste: one click in the field, one Ctrl+V.
    await click(page.getByLabel("Article text"));
    await page.getByLabel("Article text").fill(text);
    keys += 1;
    await type(page.getByLabel("Published on (optional)"), "2023-05-24");
    await click(page.getByRole("button", { name: "Draft the facts" }));
    await page.waitForURL(/#inbox\?id=/);
    await page.locator(".draft-facts li.fact").first().waitFor();
    // Review as a person does: read, then correct only what is wrong.
    const corrections: string[] = [];
    for (const wrong of [/^Spark Capital ← Anthropic/, /^Claude/]) {
      const card = factCard(page, wrong);
      if ((await card.count()) && (await card.getAttribute("data-decision")) !== "REJECTED") {
        await click(card.getByRole("button", { name: "Reject" }));
        corrections.push(`reject ${wrong.source}`);
      }
    }
    if (!(await page.getByLabel("Publisher").inputValue())) {
      await type(page.getByLabel("Publisher"), "TechCrunch");
      corrections.push("publisher");
    }
    await click(page.getByRole("button", { name: "Publish" }));
    await page.locator("#inbox h2", { hasText: "Published" }).waitFor();
    const seconds = (Date.now() - started) / 1000;
    console.log(`inbox: pasted text to published in ${seconds.toFixed(1)} s (headless, machine time), ${clicks} clicks and ${keys} keystrokes; corrections: ${corrections.join(", ") || "none"}`);
    expect(clicks).toBeGreaterThan(0);
  });

  it("fixes an entity's type and its match; Accept all proposed accepts what is pending and leaves what was rejected; Save keeps it all", async () => {
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, "Anthropic, this spring, raises"));
    const page = await openAsEditor(suite, `/#inbox?id=${id}`, "Alice");
    const claude = factCard(page, /^Claude/);
    await claude.waitFor();

    // Claude is no company: make it a person (the commonest fix is one select away).
    await claude.getByLabel("Type").selectOption("Person");
    expect(await claude.getAttribute("data-decision")).toBe("ACCEPTED");
    // Spark Capital matched to a company of the graph by searching for it, then made new, then matched again.
    // The entity's card (not the deal's), by its key: its summary changes as it is matched.
    const sparkKey = await page.locator("li.fact", { has: page.locator("h4 .who", { hasText: /^Spark Capital$/ }) }).getAttribute("data-key");
    const spark = page.locator(`li.fact[data-key="${sparkKey}"]`);
    await spark.getByRole("button", { name: "Edit" }).click();
    const same = spark.getByLabel("Same as (in the graph)");
    await same.fill("Meta");
    await spark.getByRole("option", { name: /Meta/ }).first().click();
    const match = spark.locator("a.match");
    await expect.poll(() => match.getAttribute("href"), WAIT).toBe("#company?id=meta");
    await spark.getByRole("button", { name: "Make it a new one" }).click();
    expect(await spark.locator(".new").count()).toBe(1);
    await same.fill("Meta");
    await spark.getByRole("option", { name: /Meta/ }).first().click();
    await expect.poll(() => match.textContent(), WAIT).toBe("matched: Meta");

    // The role back to "proposed" (a second click on Accept), the round rejected, then all proposed accepted:
    // the role is accepted again, the rejected round stays rejected.
    const role = factCard(page, /^Dario Amodei: /);
    await role.getByRole("button", { name: "Accept" }).click();
    expect(await role.getAttribute("data-decision")).toBe("PENDING");
    const round = factCard(page, /^Anthropic ← /);
    await round.getByRole("button", { name: "Reject" }).click();
    await page.getByRole("button", { name: "Accept all proposed" }).click();
    expect(await role.getAttribute("data-decision")).toBe("ACCEPTED");
    expect(await round.getAttribute("data-decision")).toBe("REJECTED");
    expect(await page.locator("#draft-status").textContent()).toBe("1 fact accepted.");

    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("#draft-status").textContent(), WAIT).toMatch(/^Saved/);
    const { data } = await suite.api.post(`query ($id: ID!) { draft(id: $id) { entities { name type matchedId } roles { decision } deals { target decision } } }`, { id }, EDITOR_TOKEN);
    const entities = data.draft.entities as Array<{ name: string; type: string; matchedId: string | null }>;
    expect(entities.find((e) => e.name === "Claude")?.type).toBe("Person");
    expect(entities.find((e) => e.name === "Spark Capital")?.matchedId).toBe("meta");
    expect(data.draft.roles.map((r: { decision: string }) => r.decision)).toEqual(["ACCEPTED"]);
    const deals = data.draft.deals as Array<{ target: string; decision: string }>;
    expect(deals.filter((d) => d.target === "anthropic").map((d) => d.decision)).toEqual(["REJECTED"]);
    expect(deals.filter((d) => d.target !== "anthropic").every((d) => d.decision === "ACCEPTED")).toBe(true);
  });

  it("on a phone (390 px): a draft's text above its facts, an open edit form, nothing wider than the screen; closing with changes not saved asks first", async () => {
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, "Anthropic, on a phone, raises"));
    const page = await openAsEditor(suite, `/#inbox?id=${id}`, "Alice", 390);
    const round = factCard(page, /^Anthropic ← Spark Capital/);
    await round.getByRole("button", { name: "Edit" }).click();
    await round.getByLabel("Amount", { exact: true }).waitFor();
    const layout = await page.evaluate(() => {
      const { document } = globalThis as any;
      const text = document.querySelector(".article-text").getBoundingClientRect();
      const facts = document.querySelector(".draft-facts").getBoundingClientRect();
      return { scrollWidth: document.documentElement.scrollWidth, textAbove: text.bottom <= facts.top };
    });
    expect(layout).toEqual({ scrollWidth: 390, textAbove: true });

    // A change not saved: closing the tab asks first.
    await round.getByLabel("Amount", { exact: true }).fill("460M");
    const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => (resolve(dialog.type()), void dialog.accept())));
    await page.close({ runBeforeUnload: true });
    expect(await Promise.race([asked, new Promise((resolve) => setTimeout(() => resolve("no dialog"), 5_000))])).toBe("beforeunload");
  });

  it("drafts from a chosen .md file and from an .html file dropped on the form", async () => {
    const page = await openAsEditor(suite, "/#inbox", "Alice");
    await page.getByLabel("Article text").waitFor();
    await page.getByLabel(/or a file/).setInputFiles({
      name: "xai-series-b.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# xAI raises $6 billion in a Series B\n\nxAI said on Sunday it had raised **$6 billion** in a Series B round. Andreessen Horowitz and Sequoia Capital took part.\n"),
    });
    await expect.poll(() => page.locator("#draft-file-note").textContent(), WAIT).toContain("xai-series-b.md (markdown");
    await page.getByRole("button", { name: "Draft the facts" }).click();
    await page.locator("#inbox h2", { hasText: "xAI raises $6 billion in a Series B" }).waitFor();
    expect(await page.locator(".article-text").textContent()).not.toContain("**");

    await page.goto(`${suite.api.url}/#inbox`);
    const form = page.locator("form.new-draft");
    await form.waitFor();
    const html = `<!doctype html><html><head><title>Poolside lève 500 millions de dollars</title><meta property="og:site_name" content="Les Échos"></head><body><article><h1>Poolside lève 500 millions de dollars</h1><p>La start-up Poolside a levé 500 millions de dollars auprès de Bain Capital Ventures, a-t-elle annoncé mercredi.</p></article></body></html>`;
    const transfer = await page.evaluateHandle((html) => {
      const g = globalThis as any;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([html], "poolside.html", { type: "text/html" }));
      return dt;
    }, html);
    await form.dispatchEvent("dragover", { dataTransfer: transfer });
    expect(await form.getAttribute("class")).toContain("dropping");
    await form.dispatchEvent("drop", { dataTransfer: transfer });
    await expect.poll(() => page.locator("#draft-file-note").textContent(), WAIT).toContain("poolside.html (html");
    await page.getByRole("button", { name: "Draft the facts" }).click();
    await page.locator("#inbox h2", { hasText: "Poolside lève 500 millions de dollars" }).waitFor();
    expect(await page.getByLabel("Publisher").inputValue()).toBe("Les Échos");
    expect(await page.locator(".article-text").textContent()).not.toContain("<p>");
  });

  it("shows the loader's problem on the field it concerns, marked invalid and focused; publishes once it is fixed", async () => {
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, "Anthropic, again, raises"), { publishedOn: "2023-05-25" });
    const page = await openAsEditor(suite, `/#inbox?id=${id}`, "Alice");
    await page.locator(".draft-facts li.fact").first().waitFor();
    await page.getByLabel("Publisher").fill("");
    // A currency no one uses: the loader names the deal's amount.currency.
    const round = factCard(page, /^Anthropic ← Spark Capital/);
    await round.getByRole("button", { name: "Edit" }).click();
    await round.getByLabel("Amount: currency").fill("XYZ");
    await page.getByRole("button", { name: "Publish" }).click();

    const publisher = page.getByLabel("Publisher");
    await expect.poll(() => publisher.getAttribute("aria-invalid"), WAIT).toBe("true");
    const note = page.locator(`#${await publisher.getAttribute("aria-describedby")}`);
    expect(await note.textContent()).toBe("is required");
    // The first field in the page's order (the article's publisher) has the focus.
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe("article-publisher");
    const currency = round.getByLabel("Amount: currency");
    expect(await currency.getAttribute("aria-invalid")).toBe("true");
    expect(await round.locator(`#${await currency.getAttribute("aria-describedby")}`).textContent()).toMatch(/XYZ|currency/i);
    expect(await page.locator("#draft-status").textContent()).toMatch(/Not published: \d problems? to fix/);
    expect((await draftNow(id)).status).toBe("OPEN");

    await publisher.fill("TechCrunch");
    await round.getByLabel("Amount: currency").fill("USD");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.locator("#inbox h2", { hasText: "Published" }).waitFor();
    expect((await draftNow(id)).status).toBe("PUBLISHED");
  });

  it("refuses a save on a stale version, naming who saved last; their version can then be loaded", async () => {
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, "Anthropic, once more, raises"));
    const alice = await openAsEditor(suite, `/#inbox?id=${id}`, "Alice");
    const bob = await openAsEditor(suite, `/#inbox?id=${id}`, "Bob");
    for (const page of [alice, bob]) await factCard(page, /^Claude/).waitFor();

    await factCard(alice, /^Claude/).getByRole("button", { name: "Reject" }).click();
    await alice.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => alice.locator("#draft-status").textContent(), WAIT).toMatch(/^Saved \(version \d+\)/);
    const saved = await draftNow(id);
    expect(saved.updatedBy).toContain("Alice");

    await bob.getByLabel("Publisher").fill("Reuters");
    await bob.getByRole("button", { name: "Save" }).click();
    const status = bob.locator("#draft-status");
    await expect.poll(() => status.textContent(), WAIT).toMatch(/^Not saved: Alice.* saved this draft/);
    expect(await status.getAttribute("role")).toBe("alert");
    expect((await draftNow(id)).version).toBe(saved.version);

    await bob.getByRole("button", { name: "Load their version" }).click();
    await expect.poll(() => factCard(bob, /^Claude/).getAttribute("data-decision"), WAIT).toBe("REJECTED");
    expect(await bob.getByLabel("Publisher").inputValue()).not.toBe("Reuters");
  });

  it("discards a draft after confirmation, and not without; leaving a draft with changes not saved asks first", async () => {
    const page = await openAsEditor(suite, "/#inbox", "Alice");
    await page.getByLabel("Article text").waitFor();
    // Made by another editor meanwhile: the queue shows it, newest first, when the tab is chosen again.
    const id = await createDraftThroughApi(suite, ANTHROPIC_ARTICLE.text.replace(/Anthropic raises/, "Anthropic, yet again, raises"), {}, "Carol");
    const item = page.locator(`li.queue-item[data-draft="${id}"]`);
    expect(await item.count()).toBe(0);
    await page.getByRole("tab", { name: "Inbox" }).click();
    await item.waitFor();
    expect(await page.locator("li.queue-item").first().getAttribute("data-draft")).toBe(id);
    expect(await item.textContent()).toMatch(/Carol.*\d+ deals? · \d+ roles? · \d+ entit/);
    await item.getByRole("link").click();
    await factCard(page, /^Claude/).waitFor();

    // Changes not saved: leaving by a tab or by a link asks first, and staying keeps them.
    await factCard(page, /^Claude/).getByRole("button", { name: "Reject" }).click();
    for (const leave of [page.getByRole("tab", { name: "Explore" }), page.getByRole("link", { name: "← All drafts" })]) {
      const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
      await leave.click();
      expect(await asked).toContain("changes not saved");
      expect(new URL(page.url()).hash).toBe(`#inbox?id=${id}`);
      expect(await factCard(page, /^Claude/).getAttribute("data-decision")).toBe("REJECTED");
    }

    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("button", { name: "Discard…" }).click();
    expect((await draftNow(id)).status).toBe("OPEN");

    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("leaves the queue for every reviewer");
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Discard…" }).click();
    await page.waitForURL(/#inbox$/);
    await page.getByLabel("Article text").waitFor();
    await expect.poll(() => draftNow(id).then((d) => d.status), WAIT).toBe("DISCARDED");
    expect(await openDraftIds()).not.toContain(id);
    expect(await page.locator(`li.queue-item[data-draft="${id}"]`).count()).toBe(0);
  });
});
