// The GraphQL playground in headless Chromium, with no request leaving the machine:
// /graphql in a browser is GraphiQL, served by the API, listing the example queries of
// examples/; each runs in the editor's tab (no new tab or page); the schema's docs are
// there; the API token field is the first thing in the side panel, and what is pasted
// there is sent; errors carry no stack trace; the example titles are readable (axe).
import fs from "node:fs";
import type { Browser, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt } from "../../src/web/build.js";
import { axeReport, describeViolations } from "../helpers/axe.js";
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

/** A POST of a query to /graphql, not GraphiQL's own introspection (sent at start and after a token is saved). */
function isQuery(response: Response): boolean {
  const request = response.request();
  return new URL(response.url()).pathname === "/graphql" && request.method() === "POST" && !String(request.postData()).includes("__schema");
}

/** Runs the example of this file name with its ▶ and returns the answer the page received, once the response pane shows it. */
async function runAndRead(page: Page, file: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const example = page.locator(`.dealgraph-examples li[data-example="${file.replace(/\.graphql$/, "")}"]`);
  const answered = page.waitForResponse(isQuery, { timeout: 15_000 });
  await example.locator(".dealgraph-run").click();
  const body = await (await answered).json();
  const key = `"${Object.keys(body.data ?? body)[0]}"`;
  const shows = (text: string) => String((globalThis as any).document.querySelector(".graphiql-response")?.textContent ?? "").replace(/\u00a0/g, " ").includes(text);
  await page.waitForFunction(shows, key, { timeout: 15_000 });
  return body;
}

/** The query editor's text, as Monaco holds it. */
async function editorText(page: Page): Promise<string> {
  return (await page.locator(".graphiql-query-editor .view-lines").textContent())?.replace(/\u00a0/g, " ") ?? "";
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
    // In development mode, the default of `npm start`, where Apollo would add stack traces.
    guarded = await startWebServer({ API_TOKENS: `${READER}:reader`, QUERY_ACCESS: "token", NODE_ENV: "development" });
    browser = await launch();
  });
  afterAll(async () => {
    for (const { external, errors } of pages) {
      expect(external).toEqual([]);
      // GraphiQL logs a failed introspection (the guarded server, before the token) as an
      // error, and Chromium a query refused by validation (HTTP 400).
      expect(errors.filter((e) => !/introspection|status of 40[01]/i.test(e))).toEqual([]);
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

  it("runs every example in the editor's own tab: no new editor tab, no new page", async () => {
    const page = await open(`${api.url}/playground`);
    await page.locator(".dealgraph-examples li").first().waitFor();
    const tabs = page.locator(".graphiql-session-header .graphiql-tab");
    expect(await tabs.count()).toBe(1);
    for (const file of EXAMPLE_FILES) {
      const answer = await runAndRead(page, file);
      expect(answer.errors, file).toBeUndefined();
      expect(await tabs.count(), `after ${file}`).toBe(1);
      expect(page.context().pages(), `after ${file}`).toHaveLength(1);
    }
    // The last one is what the editor holds.
    expect(await editorText(page)).toContain(fs.readFileSync(new URL(`../../examples/${EXAMPLE_FILES.at(-1)}`, import.meta.url), "utf8").match(/^(query|subscription) \w+/m)![0]);
  }, 240_000);

  it("opens an example in a new editor tab when the current one holds the user's own query, which it keeps", async () => {
    const page = await open(`${api.url}/playground`);
    await page.locator(".graphiql-query-editor .view-lines").waitFor();
    await page.locator(".graphiql-query-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("{ mine: __typename }");
    const tabs = page.locator(".graphiql-session-header .graphiql-tab");
    await runAndRead(page, EXAMPLE_FILES[0]!);
    expect(await tabs.count()).toBe(2);
    expect(page.context().pages()).toHaveLength(1);
    await tabs.first().locator(".graphiql-tab-button").click();
    await expect.poll(() => editorText(page)).toContain("{ mine: __typename }");
  });

  it("shows the API token field first in the side panel, in view without scrolling, at 1440 and 390 px", async () => {
    const page = await open(`${api.url}/playground`);
    for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      const field = page.locator("#dealgraph-token");
      await field.waitFor();
      const box = (await field.boundingBox())!;
      expect(box.y + box.height, `${size.width} px: the field ends above the fold`).toBeLessThanOrEqual(size.height);
      expect(box.x + box.width, `${size.width} px: the field ends inside the width`).toBeLessThanOrEqual(size.width);
      const first = (await page.locator(".dealgraph-examples li").first().boundingBox())!;
      expect(box.y, "above the first example").toBeLessThan(first.y);
    }
  });

  it("draws the example titles and descriptions at a contrast of at least 4.5:1, light and dark", async () => {
    const page = await open(`${api.url}/playground`);
    await page.locator(".dealgraph-examples li").first().waitFor();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // The editors follow the system's setting as it changes (Monaco's theme class).
      await page.locator(`.graphiql-query-editor .monaco-editor${colorScheme === "dark" ? ".vs-dark" : ":not(.vs-dark)"}`).waitFor({ timeout: 5_000 });
      const report = await axeReport(page, { runOnly: ["color-contrast"] });
      expect(describeViolations(report, ["critical", "serious", "moderate", "minor"]), colorScheme).toEqual([]);
      // A control that axe checked: the titles are there and drawn.
      expect(await page.locator(".dealgraph-example-title").first().isVisible()).toBe(true);
    }
  });

  it("sends the API token pasted in the side panel, and answers errors without a stack trace in development mode", async () => {
    const page = await open(`${guarded.url}/playground`);
    await page.locator(".dealgraph-examples li").first().waitFor();
    const example = EXAMPLE_FILES.find((f) => /scale-ai/.test(f)) ?? EXAMPLE_FILES[0]!;

    await runExample(page, example, "UNAUTHENTICATED");
    await page.fill("#dealgraph-token", READER);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await runExample(page, example, '"Scale AI"');
    expect(await responseText(page)).not.toContain("UNAUTHENTICATED");

    // A mistake of one's own, run with Ctrl-Enter: the message, and no 20-line stack trace.
    await page.locator(".graphiql-query-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("{ nope }");
    const answered = page.waitForResponse(isQuery);
    await page.keyboard.press("ControlOrMeta+Enter");
    const body = await (await answered).json();
    expect(body.errors[0].message).toContain('Cannot query field "nope"');
    expect(body.errors[0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    await expect.poll(() => responseText(page)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(await responseText(page)).not.toContain("stacktrace");
  });
});
