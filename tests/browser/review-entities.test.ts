// The dashboard's review view switched to companies and people, in headless Chromium, each
// control used as a person uses it: the select "What to review" lists the companies whose
// names leave doubt ("Mistral" and "Mistral AI", both in France) side by side; "Same company
// — merge" merges them (checked through the API: Mistral is gone and Mistral AI has its
// deal); "Different companies" and "Different people" take a pair off the list; the select
// back on deals lists the deals again.
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/db/db.js";
import { applyMigrations } from "../../src/db/migrations.js";
import type { Article } from "../../src/ingest/model.js";
import { writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { ensureWebBuilt } from "../../src/web/build.js";
import { browserTestsRun, launch, openPage, screenshot, type WatchedPage } from "../helpers/browser.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { loadPossibleDuplicates, vagueDeal } from "../helpers/possible-duplicates.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-entity-review-tests";

function article(input: Record<string, unknown>): Article {
  const v = validateArticle(`${input.id}.json`, { publisher: "Test Wire", language: "en", ...input });
  if (!v.article) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return v.article;
}

/** An article that names one company or person and says nothing else of it. */
function naming(id: string, type: "Company" | "Person", name: string): Article {
  const evidence = `${name} spoke at a conference`;
  return article({ id, title: `${name} at a conference`, publishedOn: "2025-01-01", entities: [{ ref: "e", type, name }], body: `${evidence}.` });
}

/** Mistral AI (FR) raises, and its chief executive, Arthur Mensch, says so. */
const mistralAiRound = article({
  id: "mistral-ai-round",
  title: "Mistral AI raises",
  publishedOn: "2024-06-12",
  entities: [
    { ref: "m", type: "Company", name: "Mistral AI", country: "FR" },
    { ref: "gc", type: "Company", name: "General Catalyst", kind: "INVESTOR" },
    { ref: "am", type: "Person", name: "Arthur Mensch" },
  ],
  investments: [{ kind: "FUNDING_ROUND", investors: ["gc"], target: "m", amount: { value: 600e6, currency: "EUR" }, announcedOn: "2024-06", evidence: "General Catalyst led a EUR 600 million round in Mistral AI" }],
  roles: [{ person: "am", company: "m", title: "CEO", evidence: "Arthur Mensch, chief executive of Mistral AI" }],
  body: "General Catalyst led a EUR 600 million round in Mistral AI. Arthur Mensch, chief executive of Mistral AI, said so.",
});

/** Loaded later: "Mistral" (FR), a shorter form of the name, takes Microsoft's stake. */
const MICROSOFT_BACKS_MISTRAL = "mistral-microsoft";
const mistralStake = article({
  id: MICROSOFT_BACKS_MISTRAL,
  title: "Microsoft backs Mistral",
  publishedOn: "2024-02-27",
  entities: [
    { ref: "m", type: "Company", name: "Mistral", country: "FR" },
    { ref: "ms", type: "Company", name: "Microsoft" },
  ],
  investments: [{ kind: "EQUITY_STAKE", investors: ["ms"], target: "m", amount: { value: 15e6, currency: "EUR" }, announcedOn: "2024-02", evidence: "Microsoft takes a EUR 15 million stake in Mistral" }],
  relations: [{ type: "PARTNERS_WITH", from: "ms", to: "m", evidence: "Microsoft and Mistral partner" }],
  body: "Microsoft takes a EUR 15 million stake in Mistral. Microsoft and Mistral partner on models.",
});

const COMPANIES = `{ duplicateCandidates(kind: COMPANY) { edges { node { a { id } b { id } } } } }`;
const PEOPLE = `{ duplicateCandidates(kind: PERSON) { edges { node { a { id } b { id } } } } }`;

describe.skipIf(!browserTestsRun())("dashboard: reviewing possible duplicate companies and people", () => {
  let api: WebServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    await applyMigrations(testDriver());
    await resetDatabase();
    // Three possible duplicate deals (Scale AI's 2024 round), for the select's default.
    await loadPossibleDuplicates();
    const db = new Db(testDriver());
    await writeArticles(db, [mistralAiRound, naming("cohere-talk", "Company", "Cohere")]);
    // Each a shorter or longer form of a known name: three links, none merged.
    await writeArticles(db, [mistralStake, naming("cohere-health-talk", "Company", "Cohere Health"), naming("arthur-talk", "Person", "Arthur")]);
    api = await startWebServer({ API_TOKENS: TOKEN });
    browser = await launch();
  });
  afterAll(async () => {
    for (const watched of pages) {
      expect(watched.external).toEqual([]);
      expect(watched.errors).toEqual([]);
    }
    await browser?.close();
    await api?.stop();
    await closeTestDriver();
  });

  /** The review tab, its deals listed, then switched by the select to `kind` (its option's value). */
  async function openReview(kind?: "COMPANY" | "PERSON"): Promise<Page> {
    const watched = await openPage(browser, api.url);
    pages.push(watched);
    const { page } = watched;
    await page.goto(`${api.url}/#review`);
    await page.locator("li.candidate").first().waitFor();
    if (kind) await page.getByLabel("What to review").selectOption(kind);
    return page;
  }

  const pair = (page: Page, a: string): Locator => page.locator(`li.candidate[data-a="${a}"]`);

  async function pairsListed(query: string): Promise<string[]> {
    const { data } = await api.post<{ duplicateCandidates: { edges: Array<{ node: { a: { id: string }; b: { id: string } } }> } }>(query);
    return data!.duplicateCandidates.edges.map((e) => `${e.node.a.id} -> ${e.node.b.id}`);
  }

  it("lists the possible duplicate companies when the select says companies: both side by side, the score, the agreed fields and the article", async () => {
    expect(await pairsListed(COMPANIES)).toEqual(expect.arrayContaining(["mistral -> mistral-ai", "cohere-health -> cohere"]));
    const page = await openReview();
    const select = page.getByLabel("What to review");
    expect(await select.inputValue()).toBe("DEAL");
    expect(await select.locator("option").allTextContents()).toEqual(["Deals", "Companies", "People"]);
    await select.selectOption("COMPANY");

    const mistral = pair(page, "mistral");
    await mistral.waitFor();
    // Companies only: no deal is listed any more.
    await expect.poll(() => page.locator(`li.candidate[data-a="${vagueDeal("nvidia")}"]`).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Same deal — merge" }).count()).toBe(0);
    expect(await page.locator("#review .hint").textContent()).toContain("“Mistral” and “Mistral AI”");
    expect(await mistral.getByRole("heading", { level: 3 }).textContent()).toBe("Mistral and Mistral AI");
    const why = (await mistral.locator(".why").textContent()) ?? "";
    expect(why).toContain("Score 3.");
    expect(why).toContain("Agreed: Name, Country. Conflicting: none.");
    expect(why).toContain("“Microsoft backs Mistral”");

    const newer = (await mistral.getByRole("region", { name: "Newer company: mistral" }).textContent()) ?? "";
    for (const text of ["Mistral", "FR", "Deals1", "Named in 1 article", "Microsoft backs Mistral", "Test Wire"]) expect(newer).toContain(text);
    const older = (await mistral.getByRole("region", { name: "Older company: mistral-ai" }).textContent()) ?? "";
    for (const text of ["Mistral AI", "FR", "Mistral AI raises"]) expect(older).toContain(text);
    expect(await mistral.getByRole("button", { name: "Same company — merge" }).isDisabled()).toBe(true);
    expect(await mistral.getByRole("button", { name: "Different companies" }).isDisabled()).toBe(true);
    await screenshot(page, "dashboard-review-companies");
  });

  it("merges the newer company into the older one with a reason: Mistral is gone and Mistral AI has its deal", async () => {
    const page = await openReview("COMPANY");
    await page.getByLabel("Editor token").fill(TOKEN);
    const mistral = pair(page, "mistral");
    const merge = mistral.getByRole("button", { name: "Same company — merge" });
    await mistral.getByLabel("Reason").fill("Mistral is Mistral AI, named short");
    expect(await merge.isEnabled()).toBe(true);
    await merge.click();
    await mistral.waitFor({ state: "detached" });
    // The list fetched again is still of companies.
    expect(await page.getByLabel("What to review").inputValue()).toBe("COMPANY");
    await pair(page, "cohere-health").waitFor();
    expect(await pairsListed(COMPANIES)).not.toContain("mistral -> mistral-ai");

    const { data } = await api.post(`{ gone: company(id: "mistral") { id } kept: company(id: "mistral-ai") { investmentsReceived { kind sources { article { id } } } } }`);
    expect(data.gone).toBeNull();
    const stake = data.kept.investmentsReceived.find((i: { kind: string }) => i.kind === "EQUITY_STAKE");
    expect(stake.sources.map((s: { article: { id: string } }) => s.article.id)).toEqual([MICROSOFT_BACKS_MISTRAL]);
  });

  it("takes a pair of companies off the list when they are marked as different, with a reason", async () => {
    const page = await openReview("COMPANY");
    await page.getByLabel("Editor token").fill(TOKEN);
    const cohere = pair(page, "cohere-health");
    await cohere.getByLabel("Reason").fill("a health start-up, not the AI lab");
    await cohere.getByRole("button", { name: "Different companies" }).click();
    await cohere.waitFor({ state: "detached" });
    expect(await pairsListed(COMPANIES)).not.toContain("cohere-health -> cohere");
    // Both companies are still there: distinct, not merged.
    const { data } = await api.post(`{ a: company(id: "cohere-health") { id } b: company(id: "cohere") { id } }`);
    expect(data).toEqual({ a: { id: "cohere-health" }, b: { id: "cohere" } });
    await expect.poll(() => page.locator("#review [role=status]").textContent()).toBe("No possible duplicates: nothing to review.");
  });

  it("lists the possible duplicate people when the select says people, and takes one off as different people", async () => {
    const page = await openReview("PERSON");
    const arthur = pair(page, "arthur");
    await arthur.waitFor();
    const older = (await arthur.getByRole("region", { name: "Older person: arthur-mensch" }).textContent()) ?? "";
    for (const text of ["Arthur Mensch", "CEO, Mistral AI", "Mistral AI raises"]) expect(older).toContain(text);
    expect(await arthur.getByRole("region", { name: "Newer person: arthur" }).textContent()).toContain("Arthur at a conference");
    expect(await arthur.getByRole("button", { name: "Same person — merge" }).isDisabled()).toBe(true);

    await page.getByLabel("Editor token").fill(TOKEN);
    await arthur.getByLabel("Reason").fill("another Arthur");
    await arthur.getByRole("button", { name: "Different people" }).click();
    await arthur.waitFor({ state: "detached" });
    expect(await pairsListed(PEOPLE)).toEqual([]);
    const { data } = await api.post(`{ a: person(id: "arthur") { id } b: person(id: "arthur-mensch") { id } }`);
    expect(data).toEqual({ a: { id: "arthur" }, b: { id: "arthur-mensch" } });
  });

  it("lists the deals again when the select is switched back to deals", async () => {
    const page = await openReview("COMPANY");
    await expect.poll(() => page.locator("#review [role=status]").textContent()).toBe("No possible duplicates: nothing to review.");
    await page.getByLabel("What to review").selectOption("DEAL");
    await pair(page, vagueDeal("nvidia")).waitFor();
    await expect.poll(() => page.locator("li.candidate").count()).toBe(3);
    expect(await page.getByRole("button", { name: "Same deal — merge" }).count()).toBe(3);
    expect(await page.locator("#review .hint").textContent()).toContain("Deals that resolution could not tell apart.");
  });
});
