// What every browser suite sets up the same way: the web pages built, a database emptied
// and filled by the suite, a server over it, a Chromium, and at the end every page checked
// for requests off the server and console errors (tests/helpers/browser.ts).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { ensureWebBuilt } from "../../src/web/build.js";
import { launch, openPage, type WatchedPage } from "./browser.js";
import { closeTestDriver, resetDatabase, testDriver } from "./db.js";
import { startWebServer, type WebServer } from "./web-server.js";

export interface BrowserSuite {
  readonly api: WebServer;
  readonly browser: Browser;
  /**
   * A new page `width` pixels wide (844 high under 600 px, like a phone, else 900), in
   * `colorScheme`, at `path` of the server when one is given.
   */
  open(width: number, path?: string, options?: { height?: number; colorScheme?: "light" | "dark" }): Promise<Page>;
}

export interface BrowserSuiteOptions {
  /** The server's settings besides NODE_ENV=test and LOG_LEVEL=silent. */
  env?: Record<string, string>;
  /** Fills the emptied database (its schema applied) before the server starts. */
  fill?: () => Promise<void>;
  /** Runs once the server listens: loading through the API, reading what the tests need. */
  ready?: (api: WebServer) => Promise<void>;
  /** For beforeAll, when filling takes long. */
  timeoutMs?: number;
}

/** Call inside a describe: registers its beforeAll and afterAll. */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  const pages: WatchedPage[] = [];
  let api: WebServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    await resetDatabase();
    await applyMigrations(testDriver());
    await options.fill?.();
    api = await startWebServer(options.env);
    browser = await launch();
    await options.ready?.(api);
  }, options.timeoutMs);
  afterAll(async () => {
    for (const { external, errors } of pages) {
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    }
    await browser?.close();
    await api?.stop();
    await closeTestDriver();
  });
  return {
    get api() {
      if (!api) throw new Error("the suite's server is not started yet (use it inside a test)");
      return api;
    },
    get browser() {
      if (!browser) throw new Error("the suite's browser is not started yet (use it inside a test)");
      return browser;
    },
    async open(width, path, { height, colorScheme } = {}) {
      const watched = await openPage(this.browser, this.api.url);
      pages.push(watched);
      await watched.page.setViewportSize({ width, height: height ?? (width < 600 ? 844 : 900) });
      if (colorScheme) await watched.page.emulateMedia({ colorScheme });
      if (path !== undefined) await watched.page.goto(`${this.api.url}${path}`);
      return watched.page;
    },
  };
}
