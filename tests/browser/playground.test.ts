// The GraphQL playground in headless Chromium, with no request leaving the machine:
// /graphql in a browser is GraphiQL, served by the API, listing the example queries of
// examples/; one runs; the schema's docs are there; a pasted token is sent.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt } from "../../src/web/build.js";
import { browserTestsRun, launch, openPage, screenshot, type WatchedPage } from "../helpers/browser.js";
import { closeTestDriver, resetDatabase } from "../helpers/db.js";
import { loadSeeds, startWebServer, type WebServer } from "../helpers/web-server.js";

const READER = "reader-token-for-playground-tests";
const EXAMPLE_FILES = fs.readdirSync(new URL("../../examples/", import.meta.url)).filter((f) => f.endsWith(".graphql"));

/** The text GraphiQL shows as the response (Monaco draws it as lines of spans). */
async function responseText(page: Page): Promise<string> {
  return (await page.locator(".graphiql-response").textContent())?.replace(/\u00a0/g, " ") ?? "";
}

/** Opens the example of this file name and runs it, resolving once its response shows `expected`. */
async function runExample(page: Page, file: string, expected: string): Promise<void> {
  const example = page.locator(`.dealgraph-examples li[data-example="${file.replace(/\.graphql$/, "")}"]`);
  await example.locator(".dealgraph-run").click();
  // A function, not a string, runs in the page: its Content-Security-Policy forbids eval.
  const shows = (text: string) => {
    const response = (globalThis as any).document.querySelector(".graphiql-response");
    return String(response?.textContent ?? "").replace(/\u00a0/g, " ").includes(text);
  };
  await page.waitForFunction(shows, expected, { timeout: 15_000 }).catch(async (error: Error) => {
    throw new Error(`the response never showed ${JSON.stringify(expected)}; it shows: ${(await responseText(page)).slice(0, 400)}`, { cause: error });
  });
}

describe.skipIf(!browserTestsRun())("playground", () => {
  let api: WebServer;
  let guarded: WebServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    await resetDatabase();
    await loadSeeds();
    api = await startWebServer();
    guarded = await startWebServer({ API_TOKENS: `${READER}:reader`, QUERY_ACCESS: "token" });
    browser = await launch();
  });
  afterAll(async () => {
    for (const { external, errors } of pages) {
      expect(external).toEqual([]);
      // GraphiQL logs a failed introspection (the guarded server, before the token) as an error.
      expect(errors.filter((e) => !/introspection|status of 401/i.test(e))).toEqual([]);
    }
    await browser?.close();
    await api?.stop();
    await guarded?.stop();
    await closeTestDriver();
  });

  async function open(url: string): Promise<Page> {
    const watched = await openPage(browser, url);
    pages.push(watched);
    await watched.page.goto(url);
    return watched.page;
  }

  it("serves GraphiQL at /graphql with every example query ready to run, and the schema's docs", async () => {
    expect(EXAMPLE_FILES.length).toBeGreaterThan(0);
    const page = await open(`${api.url}/graphql`);
    await page.locator(".dealgraph-examples li").first().waitFor();
    expect(await page.locator(".dealgraph-examples li").count()).toBe(EXAMPLE_FILES.length);

    const example = EXAMPLE_FILES.find((f) => /scale-ai/.test(f) && /graph/.test(f)) ?? EXAMPLE_FILES[0]!;
    await runExample(page, example, '"Scale AI"');
    expect(await responseText(page)).not.toContain('"errors"');
    await screenshot(page, "playground");

    // Docs: the schema came through introspection.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Subscription").first().waitFor();
  });

  it("sends the API token pasted in the Examples panel", async () => {
    const page = await open(`${guarded.url}/playground`);
    await page.locator(".dealgraph-examples li").first().waitFor();
    const example = EXAMPLE_FILES.find((f) => /scale-ai/.test(f)) ?? EXAMPLE_FILES[0]!;

    await runExample(page, example, "UNAUTHENTICATED");
    await page.fill("#dealgraph-token", READER);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await runExample(page, example, '"Scale AI"');
    expect(await responseText(page)).not.toContain("UNAUTHENTICATED");
  });
});
