// Headless Chromium for the browser tests: Debian's chromium package (installed by
// .ci/run), driven by playwright-core, which downloads no browser of its own. Each page
// records what would break "works offline": any request to another host, any console
// error (a Content-Security-Policy violation is one), any uncaught exception.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { toolsRequired } from "./redis.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ARTIFACTS = path.join(ROOT, "tests/artifacts");

/** The Chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((c): c is string => Boolean(c && fs.existsSync(c)));
}

/** Whether the browser tests run here: skipped, saying why, when there is no Chromium (CI installs it and sets DEALGRAPH_REQUIRE_TEST_TOOLS=1). */
export function browserTestsRun(): boolean {
  if (findChromium()) return true;
  if (toolsRequired()) return true; // launch() then fails with the reason
  console.warn("No Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser tests are skipped.");
  return false;
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: apt-get install chromium (or set CHROMIUM_PATH).");
  // Playwright gives each launch a new, empty profile directory. Without the
  // background-networking flags, Chromium reaches for Google's servers at start.
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Requests to anything but the test server (none may happen). */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A new page in a fresh context, 1400x900, whose requests off `origin` are refused and recorded. */
export async function openPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const watched: WatchedPage = { page, external: [], errors: [] };
  const host = new URL(origin).host;
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === host || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    watched.external.push(url.href);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(`uncaught: ${error.message}`));
  return watched;
}

/** Saves a screenshot as tests/artifacts/<name>.png (ignored by git) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  // UPDATE_SCREENSHOTS=1 also refreshes the README's copy under docs/screenshots/.
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    const docs = path.join(ROOT, "docs/screenshots");
    fs.mkdirSync(docs, { recursive: true });
    fs.copyFileSync(file, path.join(docs, `${name}.png`));
  }
  return file;
}
